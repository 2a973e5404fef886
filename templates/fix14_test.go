package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// A public person keeps the conduct of its defence and the decision to
// settle, which its organs alone may take: the User it calls in under the
// third-party indemnity is involved, not put in charge, and no settlement
// is charged to it without its consent (review RM-10, article 1171); a
// private Provider leaves the defence to the User that indemnifies it.
func TestAPITOSPublicBodyKeepsItsDefence(t *testing.T) {
	k, _ := Lookup("api-tos")
	keeps := map[textfmt.Lang]string{
		textfmt.FR: "l'associe à sa défense, dont le Fournisseur conserve la conduite, et ne transige pour une somme mise à la charge de l'Utilisateur qu'avec l'accord de celui-ci",
		textfmt.EN: "involves it in the defence, whose conduct the Provider keeps, and settles for a sum charged to the User only with the User's consent",
	}
	leaves := map[textfmt.Lang]string{
		textfmt.FR: "lui laisse la conduite de la défense et ne transige pas sans son accord",
		textfmt.EN: "lets it conduct the defence and does not settle without its consent",
	}
	for _, public := range []bool{true, false} {
		v := exampleValues(t, k)
		if public {
			// Only a buyer under a public contract gives the indemnity
			// of an administrative service (review M2-2).
			v = publicValues(t, k)
			v["pricing.model"] = "paid"
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

// An association or cooperative that dissolves may close the API on the
// notice of a breaking change, before a deprecated version's withdrawal
// date: the deprecation clause and the summary say so where the
// continuity clause allows it, and only there.
func TestAPITOSDissolutionExceptionStatedEverywhere(t *testing.T) {
	k, _ := Lookup("api-tos")
	except := map[textfmt.Lang][2]string{
		textfmt.FR: {"ou dissolution du Fournisseur imposée par une décision de justice, dans les conditions de l", "sauf dissolution du Fournisseur imposée par une décision de justice, notamment une liquidation judiciaire, qui permet une fermeture plus rapide"},
		textfmt.EN: {"or on a dissolution of the Provider ordered by a court, as provided in", "save on a dissolution of the Provider ordered by a court, including in judicial liquidation, which allows an earlier closure"},
	}
	for _, typ := range []string{"organisation", "company"} {
		v := exampleValues(t, k)
		v["provider.type"] = typ
		for _, l := range textfmt.All {
			doc := assemble12c(t, k, v, l)
			dep, _ := doc.Clause("change-deprecation")
			continuity, _ := doc.Clause("term-continuity")
			summary, _ := doc.Clause("summary")
			all := plainSpaces(dep.Body + summary.Body)
			want := typ == "organisation"
			for _, p := range except[l] {
				if strings.Contains(all, plainSpaces(textfmt.Typeset(l, p))) != want {
					t.Errorf("%s %s: %q stated %v", typ, l, p, !want)
				}
			}
			if want && !strings.Contains(continuity.Body, textfmt.Typeset(l, map[textfmt.Lang]string{textfmt.FR: "dissolution", textfmt.EN: "dissolution"}[l])) {
				t.Errorf("%s %s: the continuity clause says nothing of dissolution", typ, l)
			}
		}
	}
}
