package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// A public person keeps the conduct of its defence and the decision to
// settle, which its organs alone may take: the User it calls in under the
// third-party indemnity is involved and consulted, not put in charge; a
// private Provider leaves the defence to the User that indemnifies it.
func TestAPITOSPublicBodyKeepsItsDefence(t *testing.T) {
	k, _ := Lookup("api-tos")
	keeps := map[textfmt.Lang]string{
		textfmt.FR: "l'associe à sa défense et le consulte avant toute transaction",
		textfmt.EN: "involves it in the defence and consults it before any settlement",
	}
	leaves := map[textfmt.Lang]string{
		textfmt.FR: "lui laisse la conduite de la défense et ne transige pas sans son accord",
		textfmt.EN: "lets it conduct the defence and does not settle without its consent",
	}
	for _, public := range []bool{true, false} {
		v := exampleValues(t, k)
		if public {
			v = publicValues(t, k)
		}
		for _, l := range textfmt.All {
			doc := assemble12c(t, k, v, l)
			c, ok := doc.Clause("liability-indemnity")
			if !ok {
				t.Fatalf("%s: no third-party indemnity clause", l)
			}
			body := plainSpaces(c.Body)
			if strings.Contains(body, plainSpaces(textfmt.Typeset(l, keeps[l]))) != public ||
				strings.Contains(body, plainSpaces(textfmt.Typeset(l, leaves[l]))) == public {
				t.Errorf("%s public=%v: wrong conduct of the defence:\n%s", l, public, body)
			}
		}
	}
}
