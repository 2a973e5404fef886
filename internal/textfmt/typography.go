package textfmt

import (
	"strings"
	"unicode/utf8"
)

var frenchSpacing = strings.NewReplacer(
	"'", "’",
	" :", NBSP+":",
	" ;", NarrowNBSP+";",
	" !", NarrowNBSP+"!",
	" ?", NarrowNBSP+"?",
	"« ", "«"+NarrowNBSP,
	" »", NarrowNBSP+"»",
)

var englishSpacing = strings.NewReplacer("'", "’")

// Typeset applies a language's typography to prose written with a plain
// keyboard: the typographic apostrophe in both languages and, in French,
// no-break spaces before high punctuation and inside guillemets. It only
// turns existing spaces into no-break ones, so it never touches a URL such
// as https://example.org/?q=1. It is meant for template text, never for
// what users type.
func Typeset(l Lang, s string) string {
	if l == FR {
		return frenchSpacing.Replace(s)
	}
	return englishSpacing.Replace(s)
}

// De writes the French preposition "de" before a name, elided before a
// vowel as French requires: "de Paris", "d’Orléans", "d’Acme". A name
// starting with "h" keeps "de", since only a dictionary knows whether the
// h is mute. In English it returns the name unchanged.
func De(l Lang, name string) string {
	if l != FR {
		return name
	}
	first, _ := utf8.DecodeRuneInString(name)
	if strings.ContainsRune("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ", first) {
		return "d’" + name
	}
	return "de " + name
}
