package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

func fx7uHas(t *testing.T, what, body, phrase string, want bool) {
	t.Helper()
	if got := strings.Contains(body, phrase); got != want {
		t.Errorf("%s: %q present=%v, want %v", what, phrase, got, want)
	}
}

// TestFx7uAssignmentConsideration (RU-2): the assignment is made, for no
// price, in consideration of the Assignee's commitments, so that it is
// neither a gift nor a gift with charges (French Civil Code, Articles 894
// and 931); the Belgian law states it for each right (CDE, XI.167); the
// other routes are untouched.
func TestFx7uAssignmentConsideration(t *testing.T) {
	head := map[textfmt.Lang]string{textfmt.EN: "4. **Consideration.** The assignment is made in consideration of the commitments that the Assignee makes to you: to distribute the Contribution within the Project once it is integrated into its resources, to credit you as its author, to keep its commitment on licences and to grant you the licence back provided in point 5.", textfmt.FR: "4. **Contrepartie.** La cession est consentie en contrepartie des engagements que le Cessionnaire prend envers vous : diffuser la Contribution au sein du Projet une fois qu'elle est intégrée à ses ressources, vous mentionner comme son auteur, respecter son engagement quant aux licences et vous concéder la licence en retour prévue au point 5."}
	price := map[textfmt.Lang]string{textfmt.EN: "No price in money is due for any of the rights assigned", textfmt.FR: "Aucun prix en argent n'est dû pour aucun des droits cédés"}
	be := map[textfmt.Lang]string{textfmt.EN: "which the parties state expressly for each of them, as Article XI.167, § 1, of the Belgian Code of Economic Law requires", textfmt.FR: "ce que les parties stipulent expressément pour chacun d'eux, comme l'exige l'article XI.167, § 1er, du Code de droit économique"}
	old := map[textfmt.Lang]string{textfmt.EN: "made free of charge", textfmt.FR: "consentie à titre gratuit"}
	for _, law := range []string{"FR", "BE", "DE"} {
		for _, l := range textfmt.All {
			body := plainSpaces(fxClause(t, false, map[string]any{"inbound": "assignment", "governing_law": law}, l, "inbound-assignment"))
			what := "assignment, " + law + ", " + string(l)
			fx7uHas(t, what, body, head[l], true)
			fx7uHas(t, what, body, price[l], true)
			fx7uHas(t, what, body, be[l], law == "BE")
			fx7uHas(t, what, body, old[l], false)
		}
	}
	for _, in := range []string{"fla", "cla"} {
		for _, l := range textfmt.All {
			body := plainSpaces(fxClause(t, false, map[string]any{"inbound": in}, l, "inbound-"+in))
			fx7uHas(t, in+", "+string(l), body, price[l], false)
		}
	}
}
