package textfmt

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Country is a jurisdiction whose law may govern a document: a state or,
// where contract law differs within a state, one of its states, provinces,
// territories or jurisdictions (a subdivision, with its ISO 3166-2 code).
type Country struct {
	Code         string // ISO 3166-1 alpha-2, or ISO 3166-2 for a subdivision
	LawEN, LawFR string
	NameEN       string // the name in English, or, for a subdivision, "Country — Subdivision"
	NameFR       string
}

//go:embed countries.tsv
var countriesTSV string

// countries lists the jurisdictions offered, sorted by code; see
// countries.tsv for what is offered and why.
var countries = sync.OnceValue(func() []Country {
	en, fr := display.English.Regions(), display.French.Regions()
	var out []Country
	for _, line := range strings.Split(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 && len(f) != 5 {
			panic(fmt.Sprintf("countries.tsv: %q has %d columns", line, len(f)))
		}
		c := Country{Code: f[0], LawEN: Typeset(EN, f[1]), LawFR: Typeset(FR, f[2])}
		country, sub, isSub := strings.Cut(c.Code, "-")
		region := language.MustParseRegion(country)
		c.NameEN, c.NameFR = en.Name(region), fr.Name(region)
		switch {
		case isSub && len(f) == 5:
			c.NameEN += " — " + Typeset(EN, f[3])
			c.NameFR += " — " + Typeset(FR, f[4])
		case len(f) == 5:
			c.NameEN, c.NameFR = Typeset(EN, f[3]), Typeset(FR, f[4])
		case isSub:
			panic("countries.tsv: subdivision " + sub + " of " + country + " has no name")
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Country) int { return strings.Compare(a.Code, b.Code) })
	return out
})

// Countries returns every jurisdiction offered, sorted by code.
func Countries() []Country { return slices.Clone(countries()) }

// CountriesByName returns every jurisdiction offered, sorted by its name
// as l sorts words (Côte d'Ivoire between Costa Rica and Croatia, États-Unis
// among the E).
func CountriesByName(l Lang) []Country {
	out := Countries()
	coll := collate.New(language.Make(string(l)))
	slices.SortStableFunc(out, func(a, b Country) int { return coll.CompareString(a.Name(l), b.Name(l)) })
	return out
}

// LookupCountry finds a jurisdiction by its code, in any case: "FR",
// "us-ny".
func LookupCountry(code string) (Country, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	all := countries()
	i, found := slices.BinarySearchFunc(all, code, func(c Country, code string) int {
		return strings.Compare(c.Code, code)
	})
	if !found {
		return Country{}, false
	}
	return all[i], true
}

// Subdivisions lists the subdivisions offered for a country that is not
// offered as a whole ("US": US-AK, US-AL...), or nothing.
func Subdivisions(code string) []Country {
	prefix := strings.ToUpper(strings.TrimSpace(code)) + "-"
	var out []Country
	for _, c := range countries() {
		if strings.HasPrefix(c.Code, prefix) {
			out = append(out, c)
		}
	}
	return out
}

// FindCountry finds a jurisdiction by its code, its label or its name in
// either language, ignoring case and accents ("allemagne", "Germany (DE)").
func FindCountry(s string) (Country, bool) {
	if c, ok := LookupCountry(s); ok {
		return c, true
	}
	c, ok := byName()[Fold(strings.TrimSpace(s))]
	return c, ok
}

// byName indexes the jurisdictions by their folded names and labels in
// every language.
var byName = sync.OnceValue(func() map[string]Country {
	m := map[string]Country{}
	for _, c := range countries() {
		for _, l := range All {
			m[Fold(c.Name(l))], m[Fold(c.Label(l))] = c, c
		}
	}
	return m
})

// CountryName is the name in l of the country with an ISO 3166-1 code,
// whether or not it is offered as a whole.
func CountryName(code string, l Lang) string {
	region, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if l == FR {
		return display.French.Regions().Name(region)
	}
	return display.English.Regions().Name(region)
}

// Name is the jurisdiction's name in l.
func (c Country) Name(l Lang) string {
	if l == FR {
		return c.NameFR
	}
	return c.NameEN
}

// Label names the jurisdiction with its code, as a list of choices shows
// it: "Germany (DE)", "United States — New York (US-NY)".
func (c Country) Label(l Lang) string { return c.Name(l) + " (" + c.Code + ")" }

// Law names the jurisdiction's law as it reads inside a sentence in l:
// "French law", "droit français".
func (c Country) Law(l Lang) string {
	if l == FR {
		return c.LawFR
	}
	return c.LawEN
}

// foldAccents removes diacritics once letters are decomposed.
var foldAccents = runes.Remove(runes.In(unicode.Mn))

// Fold writes s so that a search ignores case, accents and the kind of
// apostrophe or dash typed: "Cote d'ivoire" matches "Côte d’Ivoire".
func Fold(s string) string {
	t := transform.Chain(norm.NFD, foldAccents, norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(strings.NewReplacer("’", "'", "—", "-", "–", "-").Replace(out))
}
