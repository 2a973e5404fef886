package templates

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"apitos/internal/textfmt"
)

// A French legal person is identified by the register that holds its
// number: the SIRENE directory (nine digits) for any legal person
// registered there, the national directory of associations (RNA: W and
// nine digits) for a declared association, the trade and companies
// register of a town's court registry for a company ("RCS Nantes 912 345
// 678", or the number first, as Commercial Code R. 123-237 writes it). The
// word may precede the number as the answers write it.
var (
	sirenNumber = regexp.MustCompile(`^\s*(?i:SIREN\s*:?\s*)?(\d{3}[\s\x{a0}\x{202f}]?\d{3}[\s\x{a0}\x{202f}]?\d{3})\s*$`)
	rnaNumber   = regexp.MustCompile(`^\s*(?i:RNA\s*:?\s*)?([Ww]\d{9})\s*$`)
	// A Swiss legal person is identified by its business identification
	// number (UID, IDE in French: CHE and nine digits; Federal Act on the
	// Business Identification Number, SR 431.03), which the commercial
	// register also gives it, whatever the words around it.
	uidNumber   = regexp.MustCompile(`^\s*(?i:(?:UID|IDE|IDI)\s*:?\s*)?(?i:CHE)[-\s\x{a0}\x{202f}.]?(\d{3})[.\s\x{a0}\x{202f}]?(\d{3})[.\s\x{a0}\x{202f}]?(\d{3})(?:\s*(?i:MWST|TVA|IVA|VAT))?\s*$`)
	rcsTown     = `(?i:RCS)\s+(?i:de\s+|d['’]\s*)?(\p{Lu}[\p{L}\-'’ ]*?)`
	rcsSiren    = `(?i:[AB]\s+)?(\d{3}[\s\x{a0}\x{202f}]?\d{3}[\s\x{a0}\x{202f}]?\d{3})`
	rcsTownLast = regexp.MustCompile(`^\s*` + rcsTown + `\s*,?\s+` + rcsSiren + `\s*$`)
	rcsNumLast  = regexp.MustCompile(`^\s*` + rcsSiren + `\s*,?\s+` + rcsTown + `\s*$`)
)

// registration is a legal person's registration as a document prints it:
// the register that holds it ("siren", "rna", "rcs"), when the answer is
// a number of one of them (or "uid" for a Swiss business identification number), the number, and the town of the registry that
// keeps an RCS; otherwise no register, and the answer as written.
type registration struct {
	Register, Number, Town string
}

func registrationOf(v any) registration {
	s := fmt.Sprint(v)
	if m := sirenNumber.FindStringSubmatch(s); m != nil {
		return registration{"siren", m[1], ""}
	}
	if m := rnaNumber.FindStringSubmatch(s); m != nil {
		return registration{"rna", strings.ToUpper(m[1][:1]) + m[1][1:], ""}
	}
	if m := uidNumber.FindStringSubmatch(s); m != nil {
		return registration{"uid", "CHE-" + m[1] + "." + m[2] + "." + m[3], ""}
	}
	if m := rcsTownLast.FindStringSubmatch(s); m != nil {
		return registration{"rcs", m[2], strings.TrimSpace(m[1])}
	}
	if m := rcsNumLast.FindStringSubmatch(s); m != nil {
		return registration{"rcs", m[1], strings.TrimSpace(m[2])}
	}
	return registration{"", s, ""}
}

// frenchOf writes « de » before a French place name, elided before a
// vowel (« de Nantes », « d’Angers », « d’Évry »); the h of French towns is
// mostly aspirated (« de Haguenau »).
func frenchOf(place string) string {
	r, _ := utf8.DecodeRuneInString(place)
	if strings.ContainsRune("AEIOUYÂÉÈÊÎÔÛaeiouyâéèêîôû", r) {
		return "d’" + place
	}
	return "de " + place
}

// streetWord matches the French words that begin a street address
// ("Rue de Fer 12", "Avenue Louise 54"), written in lower case inside a
// French sentence.
var streetWord = regexp.MustCompile(`^(?i:rue|avenue|boulevard|place|quai|chemin|allée|impasse|chaussée|route|square|cours|drève|clos|passage|sentier)\b`)

// buildingWord matches the names of buildings that begin an address
// ("Hôtel de ville, 1 place de la Mairie"), which are neither a street nor
// a town.
var buildingWord = regexp.MustCompile(`^(?i:hôtel|hotel|mairie|maison|bâtiment|batiment|immeuble|campus|cité|palais|château|tour|résidence)\b`)

// seatPhrase writes where a registered office is, after "whose registered
// office is" or "dont le siège est": at a street address ("at 18 rue de
// la République, 69002 Lyon"; « établi au 18 rue de la République », «
// établi rue de Fer 12 », the street word in lower case), or in a town
// (« à Lyon », "in Lyon"), or in a building named first (« situé Hôtel de
// ville, 1 place de la Mairie », "at Hôtel de ville, …").
func seatPhrase(l textfmt.Lang, v any) string {
	s := strings.TrimSpace(fmt.Sprint(v))
	r, _ := utf8.DecodeRuneInString(s)
	number := unicode.IsDigit(r)
	street := streetWord.MatchString(s)
	building := buildingWord.MatchString(s)
	switch {
	case l == textfmt.FR && building:
		return "situé " + s
	case l == textfmt.FR && number:
		return "établi au " + s
	case l == textfmt.FR && street:
		return "établi " + string(unicode.ToLower(r)) + s[utf8.RuneLen(r):]
	case l == textfmt.FR:
		return "à " + s
	case number || street || building:
		return "at " + s
	}
	return "in " + s
}
