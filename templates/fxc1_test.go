package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxc1Has fails unless body contains want[li] exactly when present is true.
func fxc1Has(t *testing.T, name string, l textfmt.Lang, body, what, want string, present bool) {
	t.Helper()
	if got := strings.Contains(body, want); got != present {
		t.Errorf("%s %s: %s: contains %q = %v, want %v\n%s", name, l, what, want, got, present, body)
	}
}

// fxc1-1: whoever may call a vote, the facilitator can put a proposal on
// the agenda to the vote; with the "fifth" option, a fifth of the members
// can force it, but a vote no longer depends on their request.
func TestFxc1FacilitatorPutsProposalsToTheVote(t *testing.T) {
	own := [2]string{"The facilitator of each body puts to the vote, on their own initiative, the proposals within the powers of that body", "L'animateur de chaque instance met aux voix, de sa propre initiative, les propositions qui relèvent de la compétence de cette instance"}
	fifth := [2]string{"and shall do so when at least one fifth of the members of that body ask for it", "il est tenu de le faire lorsqu'au moins un cinquième des membres de cette instance le demandent"}
	old := [2]string{"is put to the vote when at least one fifth of the members of that body ask for it", "est mise au vote lorsqu'au moins un cinquième des membres de cette instance le demandent"}
	anyMember := [2]string{"Any member of a body may ask that a proposal within the powers of that body", "Tout membre d'une instance peut demander que soit mise au vote"}
	for _, c := range []string{"any-member", "fifth", "chair"} {
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"governance.vote_callers": c}, l)
			body := clausePlain(doc, "decisions-calling-"+c)
			if body == "" {
				t.Fatalf("%s %s: no clause decisions-calling-%s", c, l, c)
			}
			fxc1Has(t, c, l, body, "own initiative", own[li], c == "fifth")
			fxc1Has(t, c, l, body, "a fifth forces the vote", fifth[li], c == "fifth")
			fxc1Has(t, c, l, body, "vote only on request", old[li], false)
			fxc1Has(t, c, l, body, "any member", anyMember[li], c == "any-member")
		}
	}
}
