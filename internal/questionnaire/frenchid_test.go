package questionnaire

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

func TestFrenchIdentifierChecks(t *testing.T) {
	cases := []struct {
		answer string
		// want lists, for each number that fails, words its English
		// reason holds; none when every number passes or none is French.
		want []string
	}{
		{"RCS Paris 123 456 782", nil},
		{"RCS Paris 123 456 789", []string{"SIREN number 123 456 789", "ninth digit of 2"}},
		{"RCS de Rennes B 200 012 345", []string{"SIREN number 200 012 345"}},
		{"200 012 345 RCS Rennes", []string{"SIREN number 200 012 345"}},
		{"SIREN 123456782", nil},
		{"SIREN : 123456789", []string{"SIREN number 123 456 789"}},
		{"SIREN 123\u202f456\u202f789", []string{"SIREN number 123 456 789"}},
		{"RNA W751234567, SIREN 123\u00a0456\u00a0789", []string{"SIREN number 123 456 789"}},
		{"RNE, SIREN 123 456 782", nil},
		{"123 456 789", []string{"SIREN number 123 456 789"}},
		{"123 456 782", nil},
		{"SIRET 123 456 782 00010", nil},
		{"SIRET 123 456 782 00011", []string{"SIRET number 123 456 782 00011", "last digit of 0"}},
		// La Poste: the Luhn digit, or digits adding up to a multiple of 5.
		{"SIRET 356 000 000 00048", nil},
		{"SIRET 35600000000015", nil},
		{"SIRET 35600000000016", []string{"La Poste", "sum of its digits, 21"}},
		{"FR11 123456782", nil},
		{"FR11123456782", nil},
		{"FR45200012345", []string{"key 45", "SIREN number 200 012 345 is 91", "FR91200012345"}},
		{"FR12 123456789", []string{"key of the SIREN number 123 456 789 is 32"}},
		// The right key on a SIREN that fails its own check.
		{"FR91200012345", []string{"SIREN number 200 012 345 fails"}},
		// Keys with letters, and Monaco's numbers, are not checked.
		{"FRXA 123456789", nil},
		{"FR82000512345", nil},
		// Foreign numbers, and numbers that are not identifiers.
		{"BCE 0123.456.789, RPM Bruxelles", nil},
		{"CHE-123.456.789", nil},
		{"Handelsregister B, Amtsgericht Charlottenburg, HRB 123456", nil},
		{"DE123456789", nil},
		{"RCS Luxembourg B123456", nil},
		{"Foretaksregisteret NO 923 609 016 MVA", nil},
		{"FR76 3000 6000 0112 3456 7890 189", nil},
		{"SIREN 123 456 789 00012", nil}, // fourteen digits after SIREN: not a SIREN
		{"about 123 456 789 requests a day", nil},
	}
	for _, c := range cases {
		got := identifierReasons(c.answer)
		if len(c.want) == 0 {
			if len(got) > 0 {
				t.Errorf("%q: warned %q, want nothing", c.answer, got[0][textfmt.EN])
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: %d warnings, want 1", c.answer, len(got))
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(got[0][textfmt.EN], w) {
				t.Errorf("%q: %q does not say %q", c.answer, got[0][textfmt.EN], w)
			}
		}
		if fr := got[0][textfmt.FR]; fr == "" || fr == got[0][textfmt.EN] {
			t.Errorf("%q: no French reason: %q", c.answer, fr)
		}
	}
}

func TestFrenchIdentifierReasonsInFrench(t *testing.T) {
	for answer, want := range map[string]string{
		"RCS Paris 123 456 789": "le numéro SIREN 123 456 789 ne respecte pas sa clé de contrôle",
		"SIRET 12345678200011":  "ses treize premiers chiffres appellent 0 pour dernier chiffre",
		"FR45 200012345":        "porte la clé 45, alors que la clé du numéro SIREN 200 012 345 est 91",
		"SIRET 35600000000016":  "d'un établissement de La Poste",
	} {
		got := identifierReasons(answer)
		if len(got) != 1 || !strings.Contains(got[0][textfmt.FR], want) {
			t.Errorf("%q: %v, want a French reason saying %q", answer, got, want)
		}
	}
}

func TestCheckIdentifiersNamesTheAnswer(t *testing.T) {
	q := load(t, sample+`      - key: registration
        type: text
        label: {en: Registration, fr: Immatriculation}
      - key: vat
        type: text
        label: {en: VAT, fr: TVA}
`)
	vals := Values{"registration": "RCS Paris 123 456 789", "vat": "FR11 123456782",
		"mission": Translated{textfmt.EN: "SIREN 200 012 345", textfmt.FR: "SIREN 200 012 345"}}
	got := q.checkIdentifiers(q.Resolve(vals))
	var keys []string
	for _, p := range got {
		if !p.Warning() || p.Rule.ID != IdentifierRuleID || p.Msg == nil {
			t.Errorf("%s: %+v is not a warning of %s", p.Key, p, IdentifierRuleID)
		}
		keys = append(keys, p.Key)
	}
	if strings.Join(keys, ",") != "mission,registration" {
		t.Errorf("warned under %v, want registration and mission (once)", keys)
	}
}
