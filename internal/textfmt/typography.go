package textfmt

import (
	"bytes"
	"regexp"
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
	" %", NBSP + "%",
	"« ", "«" + NarrowNBSP,
	" »", NarrowNBSP + "»",
}, citations...)...)

var englishSpacing = strings.NewReplacer(append([]string{"'", "’"}, citations...)...)

// Typeset applies a language's typography to prose written with a plain
// keyboard: the typographic apostrophe in both languages and, in French,
// no-break spaces before high punctuation and the percent sign and inside
// guillemets. It only turns existing spaces into no-break ones, so it
// never touches a URL such as https://example.org/?q=1. It is meant for
// template text, never for what users type, which may hold a colon or a
// question mark after a space that is not French punctuation (a command
// line, a query, a quotation in another language): TypesetAnswer applies
// to answers only the rules that cannot change what they say.
func Typeset(l Lang, s string) string {
	if l == FR {
		return keepCodeRefs(KeepNumbers(frenchSpacing.Replace(s)))
	}
	return keepCodeRefs(keepEnglishNumbers(englishSpacing.Replace(s)))
}

// englishNumber is the English abbreviation of "number" ("Regulation (EU)
// No 1215/2012", "law no. 94-665"), a plain space and a number that holds
// a slash or a hyphen, as the numbers of acts and decisions do: the French
// text ties « n° » to its number, and the English one should not break
// there either. Requiring the slash or hyphen keeps a sentence that begins
// with "No" and a count ("No 2 Users") untouched.
var englishNumber = regexp.MustCompile(`(^|[\s\x{00A0}(])(No|no\.) (\p{N}+[/-])`)

// keepEnglishNumbers ties "No" or "no." to the number of an act.
func keepEnglishNumbers(s string) string {
	if !strings.Contains(s, "o") {
		return s
	}
	return englishNumber.ReplaceAllString(s, "${1}${2}"+NBSP+"${3}")
}

// codeRef is the letter of a code's part ("L." for the legislative part,
// "R." and "D." for the regulatory one, "A." for orders), a plain space
// and the article's number: "L. 221-5", "et R. 212-1", "D. 215-1". The
// letter begins a word, so that an initial inside a name ("J.-L. 3") is
// not mistaken for one.
var codeRef = regexp.MustCompile(`(^|[\s\x{00A0}\x{202F}(«“])([LRDA]\.) (\p{N})`)

// keepCodeRefs ties a code's part letter to its article number with a
// no-break space, in both languages: split after "R.", the reference
// reads as an initial and a number (the citations above join "article"
// and "L." only, so the second reference of a pair broke).
func keepCodeRefs(s string) string {
	if !strings.Contains(s, ". ") {
		return s
	}
	return codeRef.ReplaceAllString(s, "${1}${2}"+NBSP+"${3}")
}

// numberedPart is a French word that designates a numbered part of a text
// or a numbered thing, singular or plural ("article", "alinéa",
// "paragraphe", "annexe", "n°"), then a plain space and the number that
// follows it: a figure, or the capital letter of an annex ("annexe A")
// or of a code's part ("article L."). The character before the word, if
// any, must not be a letter or a figure ("l’article 12.3" matches, "particle
// 7" and "Mannexe 2" do not), nor the one after a letter ("annexe A" but
// not "article Premier").
var numberedPart = regexp.MustCompile(`(^|[^\p{L}\p{N}_])((?:[Aa]rticle|[Aa]lin[ée]a|[Pp]aragraphe|[Aa]nnexe)s?|[Nn]°) (\p{N}|\p{Lu}(?:$|[^\p{L}\p{N}]))`)

// codeSpan is text between a pair of backquotes, which writers use for
// code and identifiers.
var codeSpan = regexp.MustCompile("`[^`]*`")

// KeepNumbers ties a French reference to the number that follows it with
// a no-break space, so that no line breaks between « article 7 »,
// « l’article 12.3 », « alinéa 2 », « paragraphe 3 », « annexe A » or
// « n° 12 » and the word that announces it, in every output. It only
// turns a plain space into a no-break one, so that a URL, which holds no
// space, is never touched; text between backquotes is left as written.
func KeepNumbers(s string) string {
	if !strings.ContainsAny(s, "aAnN") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range codeSpan.FindAllStringIndex(s, -1) {
		b.WriteString(keepNumbers(s[last:m[0]]))
		b.WriteString(s[m[0]:m[1]])
		last = m[1]
	}
	b.WriteString(keepNumbers(s[last:]))
	return b.String()
}

func keepNumbers(s string) string {
	// A match ends with the character after a letter; one word may follow
	// another that shares it, hence a second pass.
	for range 2 {
		s = numberedPart.ReplaceAllString(s, "${1}${2}"+NBSP+"${3}")
	}
	return s
}

// answerPunctuation is a plain space before French high punctuation that
// closes a word group: the sign follows a word, or a code span, and is
// followed by a space or the end of the text. Nothing glued to the sign matches, so a URL, an
// e-mail address, a time such as 10:30 or "SPDX-License-Identifier:" is
// never touched.
var answerPunctuation = regexp.MustCompile(`(^|\S) ([;:!?])(\s|$)`)

var answerGuillemets = strings.NewReplacer("« ", "«"+NarrowNBSP, " »", NarrowNBSP+"»")

// TypesetAnswer gives an answer typed in a French document the no-break
// spaces of the template text around it: before ; ! ? (narrow) and :
// when they punctuate prose, and inside guillemets; it adds the space
// before ; ! ? where the user typed none and no address or code can be
// meant. Text between
// backquotes, which users write for code or identifiers, is left as
// typed, and so is every answer in English.
func TypesetAnswer(l Lang, s string) string {
	if l != FR {
		return s
	}
	parts := strings.Split(s, "`")
	for i := 0; i < len(parts); i += 2 { // even parts lie outside backquotes
		parts[i] = answerGuillemets.Replace(answerPunctuation.ReplaceAllStringFunc(parts[i], spaceBeforeSign))
		parts[i] = answerWord.ReplaceAllStringFunc(parts[i], spaceMissing)
		parts[i] = keepNumbers(narrowGroups(parts[i]))
	}
	return strings.Join(parts, "`")
}

// digitGroups is a figure typed with spaces between groups of three
// digits, as French writes amounts ("10 000 euros") and SIREN numbers
// ("RCS Rennes 200 012 342"), with the five digits that end a SIRET
// number.
var digitGroups = regexp.MustCompile(`\b\d{1,3}(?:[ \x{a0}\x{202f}]\d{3})+(?:[ \x{a0}\x{202f}]\d{5})?\b`)

// MapDigitGroups returns s with each figure typed in groups of three
// digits replaced by f of it. A figure that continues a group of other
// digits ("0123 456 789", a Belgian number) is left as typed.
func MapDigitGroups(s string, f func(figure string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range digitGroups.FindAllStringIndex(s, -1) {
		before := strings.TrimRight(s[:m[0]], " \u00a0\u202f")
		if len(before) < m[0] && before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9' {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(f(s[m[0]:m[1]]))
		last = m[1]
	}
	return b.String() + s[last:]
}

// narrowGroups sets the figures of an answer typed in a French document
// with narrow no-break spaces, as the document sets its own figures, so
// that no line breaks inside them.
func narrowGroups(s string) string { return MapDigitGroups(s, narrowSpaces.Replace) }

var narrowSpaces = strings.NewReplacer(" ", NarrowNBSP, "\u00a0", NarrowNBSP)

// answerWord is a run of text without spaces, in which a missing space
// before ; ! ? may be added.
var answerWord = regexp.MustCompile(`\S+`)

// gluedSign is ; ! or ? typed right after a word with no space: at the end
// of the word ("vraiment?"), or, for a semicolon, between two words of two
// letters or more ("déchets;contact").
var (
	gluedEnd       = regexp.MustCompile(`^(.*[\p{L}\p{N})»])([;!?]+)$`)
	gluedSemicolon = regexp.MustCompile(`^(\p{L}{2,});(\p{L}{2,})$`)
)

// spaceMissing adds the narrow no-break space a French writer puts before
// ; ! ? where the user left none. A word that may be an address or code
// (a URL, an e-mail address, a path, a query) is left as typed, and so is
// a colon, which without a space may be a URL scheme or a time (10:30).
func spaceMissing(w string) string {
	if strings.ContainsAny(w, "/@=&\\") || strings.Contains(w, NarrowNBSP) {
		return w
	}
	if m := gluedSemicolon.FindStringSubmatch(w); m != nil {
		return m[1] + NarrowNBSP + "; " + m[2]
	}
	if m := gluedEnd.FindStringSubmatch(w); m != nil {
		return m[1] + NarrowNBSP + m[2]
	}
	return w
}

func spaceBeforeSign(m string) string {
	space := NarrowNBSP
	if strings.Contains(m, " :") {
		space = NBSP
	}
	return strings.Replace(m, " ", space, 1)
}

// De writes the French preposition "de" before a name, elided before a
// vowel as French requires: "de Paris", "d’Orléans", "d’Acme". A name
// starting with "h" keeps "de", since only a dictionary knows whether the
// h is mute. In English it returns the name unchanged.
//
// A name that begins with a common noun, as the names of many
// organisations do, takes that noun's article: "de l’Association Météo
// Libre", "de la Fondation X", "du Centre Y".
func De(l Lang, name string) string {
	if l != FR {
		return name
	}
	switch Article(name) {
	case "l’":
		return "de l’" + name
	case "la ":
		return "de la " + name
	case "le ":
		return "du " + name
	}
	first, _ := utf8.DecodeRuneInString(name)
	if strings.ContainsRune("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ", first) {
		return "d’" + name
	}
	return "de " + name
}

// Par writes the French preposition "par" before a name, with the article
// of a name that begins with a common noun: "par Acme", "par
// l’Association Météo Libre". In English it returns the name unchanged.
func Par(l Lang, name string) string {
	if l != FR {
		return name
	}
	return "par " + Article(name) + name
}

// Article returns the French definite article that a name takes because
// it begins with a common noun ("l’" for "Association Météo Libre", "la "
// for "Fondation X", "le " for "Centre Y"), or "" for a name that takes
// none, such as "Acme Météo SAS" or "Jeanne Martin EI".
func Article(name string) string {
	word, _, _ := strings.Cut(name, " ")
	gender, ok := organisationNouns[strings.ToLower(word)]
	if !ok || !strings.Contains(name, " ") {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(word)
	switch {
	case strings.ContainsRune("aeiouyàâéèêîôœAEIOUYÀÂÉÈÊÎÔŒ", first) || gender == "mh":
		return "l’"
	case gender == "f":
		return "la "
	}
	return "le "
}

// organisationNouns are the common nouns that begin names of
// organisations in French, with their gender ("mh": masculine, before a
// mute h).
var organisationNouns = map[string]string{
	"académie": "f", "agence": "f", "amicale": "f", "association": "f", "autorité": "f",
	"caisse": "f", "chambre": "f", "collectivité": "f", "commune": "f", "communauté": "f",
	"compagnie": "f", "confédération": "f", "coopérative": "f", "direction": "f", "école": "f",
	"fédération": "f", "fondation": "f", "ligue": "f", "maison": "f", "métropole": "f",
	"mutuelle": "f", "organisation": "f", "région": "f", "société": "f", "union": "f",
	"université": "f", "ville": "f",
	"bureau": "m", "cabinet": "m", "centre": "m", "cercle": "m", "club": "m", "collectif": "m",
	"comité": "m", "conseil": "m", "conservatoire": "m", "consortium": "m", "département": "m",
	"établissement": "m", "fonds": "m", "groupement": "m", "institut": "m", "laboratoire": "m", "ministère": "m",
	"musée": "m", "observatoire": "m", "office": "m", "réseau": "m", "service": "m", "syndicat": "m",
	"hôpital": "mh",
	// Not an organisation, but a name that begins with it takes its
	// article the same way: "de l’API Niveaux marins".
	"api": "f",
}

// Quote puts s between the quotation marks of a language: “s” in English,
// « s » in French, with the no-break spaces French sets inside them.
func Quote(l Lang, s string) string {
	if l == FR {
		return "«" + NarrowNBSP + s + NarrowNBSP + "»"
	}
	return "“" + s + "”"
}

// NestQuotes sets a quotation inside another with the second-level marks
// of the language: “ ” inside « » in French (Lexique des règles
// typographiques en usage à l'Imprimerie nationale), ‘ ’ inside “ ” in
// English. A template quoting a user's answer cannot know that the answer
// holds a quotation of its own, so the marks are set once the whole text
// is known. Quotations are counted line by line, so that a mark left
// unclosed cannot turn the rest of a document, and text between
// backquotes (code, identifiers, paths) is left as typed.
func NestQuotes(l Lang, s string) string {
	open, close, innerOpen, innerClose := "“", "”", "‘", "’"
	if l == FR {
		open, close, innerOpen, innerClose = "«", "»", "“", "”"
	}
	if !strings.Contains(s, open) {
		return s
	}
	out := make([]byte, 0, len(s)+16)
	depth, code := 0, false
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		c := s[i : i+size]
		i += size
		switch {
		case c == "\n":
			depth, code = 0, false
		case c == "`" && (len(out) == 0 || out[len(out)-1] != '\\'):
			code = !code
		case code:
		case c == open:
			depth++
			if depth > 1 {
				c = innerOpen
				i += len(s[i:]) - len(strings.TrimLeft(s[i:], quoteSpaces))
			}
		case c == close && depth > 0:
			depth--
			if depth > 0 {
				out = bytes.TrimRight(out, quoteSpaces)
				c = innerClose
			}
		}
		out = append(out, c...)
	}
	return string(out)
}

// quoteSpaces are the spaces French sets inside guillemets, which the
// English-style inner marks do without.
const quoteSpaces = " " + NBSP + NarrowNBSP
