package textfmt

import (
	"strings"
	"unicode/utf8"
)

// citations keep a statute reference on one line ("article L. 113-9"):
// split between "article" and "L." or after "L.", it reads as two things.
// A replacer tries its pairs in order, so the forms with a plain space
// after "L." come first.
var citations = []string{
	"article L. ", "article" + NBSP + "L." + NBSP,
	"Article L. ", "Article" + NBSP + "L." + NBSP,
	"articles L. ", "articles" + NBSP + "L." + NBSP,
	"article L.", "article" + NBSP + "L.",
	"Article L.", "Article" + NBSP + "L.",
	"articles L.", "articles" + NBSP + "L.",
}

var frenchSpacing = strings.NewReplacer(append([]string{
	"'", "’",
	" :", NBSP + ":",
	" ;", NarrowNBSP + ";",
	" !", NarrowNBSP + "!",
	" ?", NarrowNBSP + "?",
	"« ", "«" + NarrowNBSP,
	" »", NarrowNBSP + "»",
}, citations...)...)

var englishSpacing = strings.NewReplacer(append([]string{"'", "’"}, citations...)...)

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
