package questionnaire

import (
	"fmt"
	"regexp"
	"strings"

	"apitos/internal/textfmt"
)

// French identification numbers carry their own check: a SIREN number
// (nine digits, the SIRENE directory's number of a business or legal
// person) and a SIRET number (the SIREN and a five-digit establishment
// number) end with a Luhn check digit, except the SIRET numbers of La
// Poste, whose digits may instead add up to a multiple of five; a French
// VAT identification number is FR, a two-character key and the SIREN,
// the key being (12 + 3 × (SIREN modulo 97)) modulo 97 when it is made
// of digits (keys with letters, and the numbers of Monaco, which begin
// with 000 where a SIREN would stand, follow other rules). A number that
// fails its check was mistyped, or is a placeholder: worth a warning,
// never a refusal.

// IdentifierRuleID is the ID of the warning about a French number that
// fails its check.
const IdentifierRuleID = "french-identifier-check"

// sep is what may separate the groups of a number's digits.
const sep = `[ \x{a0}\x{202f}]?`

var (
	nine     = `(\d{3}` + sep + `\d{3}` + sep + `\d{3})`
	fourteen = `(\d{3}` + sep + `\d{3}` + sep + `\d{3}` + sep + `\d{5})`
	// A number that the words around it show to be French: "SIREN" or
	// "SIRET" before it, or "RCS" with the town of its registry before or
	// after it (with the letter A or B that older extracts give).
	sirenAfterWord = regexp.MustCompile(`(?i)\b(?:SIREN|RNE|RCS(?:\s+(?:de\s+|d['’]\s*)?\p{Lu}[\p{L}\-'’ ]*?)?)\s*(?:n[°o]\s*|:\s*|,\s*)?(?:[AB]\s+)?` + nine)
	sirenBeforeRCS = regexp.MustCompile(`(?i)` + nine + `\s*,?\s*RCS\b`)
	siretAfterWord = regexp.MustCompile(`(?i)\bSIRET\s*(?:n[°o]\s*|:\s*)?` + fourteen)
	bareSIREN      = regexp.MustCompile(`^\s*` + nine + `\s*$`)
	frenchVAT      = regexp.MustCompile(`(?i)\bFR` + sep + `([0-9A-Z]{2})` + sep + nine)
	digitAhead     = regexp.MustCompile(`^[ \x{a0}\x{202f}.]?\d`)
)

// checkIdentifiers returns a warning under each answer, among resolved
// answers (see Resolve), that holds a French SIREN, SIRET or VAT number
// failing its check. Answers taken from a linked charter are the
// charter's, and checked there.
func (q *Questionnaire) checkIdentifiers(resolved Values) []Problem {
	linked := resolved.Charter() != ""
	var out []Problem
	for _, qq := range q.order {
		if linked && qq.FromCharter != "" {
			continue
		}
		v, ok := resolved[qq.Key]
		if !ok {
			continue
		}
		if rows, ok := v.([]Record); ok {
			for i, rec := range rows {
				for _, f := range qq.Fields {
					for _, r := range identifierReasons(rec[f.FieldKey()]) {
						out = append(out, identifierProblem(Problem{Key: qq.Key, Row: i + 1, Field: f.FieldKey()}, r))
					}
				}
			}
			continue
		}
		for _, r := range identifierReasons(v) {
			out = append(out, identifierProblem(Problem{Key: qq.Key}, r))
		}
	}
	return out
}

func identifierProblem(p Problem, reason Text) Problem {
	p.Rule = &Rule{ID: IdentifierRuleID, Severity: SeverityWarning, Reason: reason}
	p.Msg = msg("value.rule", "Reason", reason)
	return p
}

// identifierReasons says, for each French number of an answer that fails
// its check, why, in each language. A number written the same in several
// languages of an answer is reported once.
func identifierReasons(v any) []Text {
	var texts []string
	switch v := v.(type) {
	case string:
		texts = []string{v}
	case Translated:
		for _, l := range []textfmt.Lang{textfmt.FR, textfmt.EN} {
			if s := v[l]; s != "" {
				texts = append(texts, s)
			}
		}
	default:
		return nil
	}
	var out []Text
	seen := map[string]bool{}
	add := func(key string, t Text) {
		if !seen[key] {
			seen[key] = true
			out = append(out, t)
		}
	}
	for _, s := range texts {
		for _, n := range frenchNumbers(s) {
			if t, kind := n.fault(); t != nil {
				add(kind+n.key+n.digits, t)
			}
		}
	}
	return out
}

// frenchNumber is a French identification number found in an answer:
// its kind ("siren", "siret" or "vat"), its digits, and for a VAT number
// its key.
type frenchNumber struct {
	kind, digits, key string
}

func frenchNumbers(s string) []frenchNumber {
	var out []frenchNumber
	whole := func(m []int) bool { return !digitAhead.MatchString(s[m[1]:]) }
	for _, m := range siretAfterWord.FindAllStringSubmatchIndex(s, -1) {
		if whole(m) {
			out = append(out, frenchNumber{kind: "siret", digits: digitsOf(s[m[2]:m[3]])})
		}
	}
	for _, re := range []*regexp.Regexp{sirenAfterWord, sirenBeforeRCS, bareSIREN} {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if whole(m) {
				out = append(out, frenchNumber{kind: "siren", digits: digitsOf(s[m[2]:m[3]])})
			}
		}
	}
	for _, m := range frenchVAT.FindAllStringSubmatchIndex(s, -1) {
		if whole(m) {
			out = append(out, frenchNumber{kind: "vat", key: strings.ToUpper(s[m[2]:m[3]]), digits: digitsOf(s[m[4]:m[5]])})
		}
	}
	return out
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// luhn reports whether a string of digits passes the Luhn check.
func luhn(digits string) bool {
	sum := 0
	for i := 0; i < len(digits); i++ {
		d := int(digits[len(digits)-1-i] - '0')
		if i%2 == 1 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// luhnDigit is the last digit that makes digits followed by it pass the
// Luhn check.
func luhnDigit(digits string) int {
	for d := 0; d <= 9; d++ {
		if luhn(digits + fmt.Sprint(d)) {
			return d
		}
	}
	return 0
}

// laPoste is the SIREN number of La Poste, whose establishments' SIRET
// numbers are checked by the sum of their digits.
const laPoste = "356000000"

// vatKey is the key of the French VAT number of a SIREN number.
func vatKey(siren string) string {
	n := 0
	for _, c := range siren {
		n = (n*10 + int(c-'0')) % 97
	}
	return fmt.Sprintf("%02d", (12+3*n)%97)
}

// grouped writes a SIREN number in groups of three digits, and a SIRET
// number with its establishment number apart.
func grouped(digits string) string {
	if len(digits) == 14 {
		return grouped(digits[:9]) + " " + digits[9:]
	}
	return digits[:3] + " " + digits[3:6] + " " + digits[6:]
}

// fault says why a number fails its check, or nil if it passes, and the
// kind of number that fails: a VAT number with the right key fails as
// the SIREN number it holds.
func (n frenchNumber) fault() (Text, string) {
	if t := n.check(); t != nil {
		return t, n.kind
	}
	if n.kind == "vat" && !strings.HasPrefix(n.digits, "000") && digitKey(n.key) {
		n = frenchNumber{kind: "siren", digits: n.digits}
		return n.check(), n.kind
	}
	return nil, ""
}

func digitKey(k string) bool {
	return k[0] >= '0' && k[0] <= '9' && k[1] >= '0' && k[1] <= '9'
}

// check says why a number fails its own check, or nil.
func (n frenchNumber) check() Text {
	switch n.kind {
	case "siren":
		if luhn(n.digits) {
			return nil
		}
		d := luhnDigit(n.digits[:8])
		return Text{
			textfmt.EN: fmt.Sprintf("the SIREN number %s fails its check digit (Luhn algorithm): its first eight digits call for a ninth digit of %d. A number of the SIRENE directory always passes this check, so this one was mistyped; copy it from the registration certificate or from the directory (annuaire-entreprises.data.gouv.fr).", grouped(n.digits), d),
			textfmt.FR: fmt.Sprintf("le numéro SIREN %s ne respecte pas sa clé de contrôle (algorithme de Luhn) : ses huit premiers chiffres appellent %d pour neuvième chiffre. Tout numéro du répertoire SIRENE satisfait à ce contrôle ; celui-ci a donc été mal recopié. Reprenez-le de l'extrait d'immatriculation ou de l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr).", grouped(n.digits), d),
		}
	case "siret":
		if luhn(n.digits) {
			return nil
		}
		if strings.HasPrefix(n.digits, laPoste) {
			sum := 0
			for _, c := range n.digits {
				sum += int(c - '0')
			}
			if sum%5 == 0 {
				return nil
			}
			return Text{
				textfmt.EN: fmt.Sprintf("the SIRET number %s of an establishment of La Poste fails its check: it passes neither the Luhn algorithm nor the rule of La Poste, under which the sum of its digits, %d, is a multiple of 5. It was mistyped; copy it from the SIRENE directory (annuaire-entreprises.data.gouv.fr).", grouped(n.digits), sum),
				textfmt.FR: fmt.Sprintf("le numéro SIRET %s d'un établissement de La Poste ne respecte pas sa clé de contrôle : il ne satisfait ni à l'algorithme de Luhn ni à la règle propre à La Poste, selon laquelle la somme de ses chiffres, %d, est un multiple de 5. Il a été mal recopié ; reprenez-le de l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr).", grouped(n.digits), sum),
			}
		}
		d := luhnDigit(n.digits[:13])
		return Text{
			textfmt.EN: fmt.Sprintf("the SIRET number %s fails its check digit (Luhn algorithm over its fourteen digits): its first thirteen digits call for a last digit of %d. It was mistyped; copy it from the registration certificate or from the SIRENE directory (annuaire-entreprises.data.gouv.fr).", grouped(n.digits), d),
			textfmt.FR: fmt.Sprintf("le numéro SIRET %s ne respecte pas sa clé de contrôle (algorithme de Luhn sur ses quatorze chiffres) : ses treize premiers chiffres appellent %d pour dernier chiffre. Il a été mal recopié ; reprenez-le de l'extrait d'immatriculation ou de l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr).", grouped(n.digits), d),
		}
	case "vat":
		if !digitKey(n.key) {
			return nil // a key with a letter: a number not built on a SIREN
		}
		if want := vatKey(n.digits); n.key != want {
			return Text{
				textfmt.EN: fmt.Sprintf("the French VAT number FR%s%s has the key %s, but the key of the SIREN number %s is %s (12 plus three times the SIREN modulo 97, modulo 97): FR%s%s. Check the number on the tax administration's notice or in the VIES database of the European Commission.", n.key, n.digits, n.key, grouped(n.digits), want, want, n.digits),
				textfmt.FR: fmt.Sprintf("le numéro de TVA intracommunautaire FR%s%s porte la clé %s, alors que la clé du numéro SIREN %s est %s (12 plus trois fois le SIREN modulo 97, modulo 97) : FR%s%s. Vérifiez le numéro sur l'avis de l'administration fiscale ou dans la base VIES de la Commission européenne.", n.key, n.digits, n.key, grouped(n.digits), want, want, n.digits),
			}
		}
	}
	return nil
}
