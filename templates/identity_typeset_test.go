package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// A SIREN number typed with ordinary spaces is printed in the French
// terms with narrow no-break spaces, so that no line breaks inside it,
// and as typed in the English terms; typed without spaces, it is
// printed as typed in both.
func TestRegistrationNumberDoesNotBreakInFrench(t *testing.T) {
	k, _ := Lookup("api-tos")
	for typed, want := range map[string][2]string{
		"RCS Rennes 200 012 342": {"RCS Rennes 200 012 342", "RCS Rennes 200\u202f012\u202f342"},
		"RCS Rennes 200012342":   {"RCS Rennes 200012342", "RCS Rennes 200012342"},
	} {
		vals := k.Examples()
		vals["provider.registration"] = typed
		for i, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
			text := assembledText(t, k, vals, l)
			if !strings.Contains(text, want[i]) {
				t.Errorf("%s: %q not printed as %q", l, typed, want[i])
			}
			if l == textfmt.FR && strings.Contains(text, "200 012 342") {
				t.Errorf("fr: %q printed with a breaking space", typed)
			}
		}
	}
}
