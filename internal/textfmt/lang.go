// Package textfmt formats values and prose for a document language: dates,
// durations, numbers, lists, countries and their law, and the typography each
// language expects.
package textfmt

import (
	"fmt"
	"strings"
)

// Lang is a document or interface language, as a lower-case ISO 639-1 code.
type Lang string

// The languages APIToS writes.
const (
	EN Lang = "en"
	FR Lang = "fr"
)

// All lists the supported languages in their stable output order.
var All = []Lang{EN, FR}

// ParseLang accepts "en" or "fr" (any case, surrounding spaces ignored).
func ParseLang(s string) (Lang, error) {
	l := Lang(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range All {
		if l == known {
			return l, nil
		}
	}
	return "", fmt.Errorf("unknown language %q (expected en or fr)", s)
}

// ParseLangs accepts a comma-separated list such as "en,fr" and returns the
// languages without duplicates, in the order given.
func ParseLangs(s string) ([]Lang, error) {
	var out []Lang
	seen := map[Lang]bool{}
	for _, part := range strings.Split(s, ",") {
		l, err := ParseLang(part)
		if err != nil {
			return nil, err
		}
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out, nil
}

// FromEnv picks the user's language from the POSIX locale variables, in
// their order of precedence (LC_ALL, LC_MESSAGES, LANG). French locales give
// FR; anything else, including an unset or "C" locale, gives EN.
func FromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(v), "fr") {
			return FR
		}
		return EN
	}
	return EN
}

// LangName names language l as a word of a sentence in language in:
// "French", "français".
func LangName(l, in Lang) string {
	names := map[Lang][2]string{EN: {"English", "anglais"}, FR: {"French", "français"}}[l]
	if in == FR {
		return names[1]
	}
	return names[0]
}

// NativeName names a language in itself, as a label on its own, so that
// anyone can find theirs: "English", "Français".
func NativeName(l Lang) string {
	if l == FR {
		return "Français"
	}
	return "English"
}
