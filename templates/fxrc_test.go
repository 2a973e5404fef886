package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxrcHost is the combination that review RC read: a commons hosted by a
// foundation recognised as of public utility, deciding by consensus,
// whose resources are software, a standard and content.
func fxrcHost() map[string]any {
	return map[string]any{
		"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": "public-utility",
		"legal.entity_name": "Fondation Exemple", "governance.default_rule": "consensus", "governance.steering": false,
		"membership.admission": "declaration", "decisions.membership": "default",
		"commons.resources": []string{"software", "standard", "content"},
	}
}

type fxrcWant struct {
	clause string
	text   [2]string
	want   bool
}

func fxrcCheck(t *testing.T, name string, set map[string]any, wants []fxrcWant) {
	t.Helper()
	for li, l := range textfmt.All {
		doc := charterDoc(t, set, l)
		for _, w := range wants {
			body := clausePlain(doc, w.clause)
			if got := strings.Contains(body, w.text[li]); got != w.want {
				t.Errorf("%s %s %s: %q printed=%v, want %v\n%s", name, l, w.clause, w.text[li], got, w.want, body)
			}
		}
	}
}

// RC-3, RC-4: a refusal of admission is never left to consensus or
// consent (one objection would admit a banned person by lapse): it is
// voted by simple majority, notified to the applicant alone and never
// published.
func TestFxrcRefusalVotedAndNotPublished(t *testing.T) {
	vote := [2]string{"it is put to a vote and requires a simple majority of the votes cast", "il est mis aux voix et requiert la majorité simple des suffrages exprimés"}
	byConsensus := [2]string{"A refusal is never adopted by consensus, so that a single objection cannot admit", "Un refus n'est jamais adopté par consensus, afin qu'une seule opposition ne puisse faire admettre"}
	byConsent := [2]string{"A refusal is never adopted by consent:", "Un refus n'est jamais adopté par consentement :"}
	row := [2]string{"Simple majority for a refusal", "Majorité simple pour un refus"}
	notified := [2]string{"and the refusals of admission, which are notified, with their reasons, to the applicant alone", "ainsi que des refus d'adhésion, notifiés avec leurs motifs au seul candidat"}
	bullet := [2]string{"except the decisions on conduct and the refusals of admission;", "à l'exception des décisions relatives à la conduite et des refus d'adhésion ;"}
	secret := [2]string{"refusals of admission and their reasons;", "les refus d'adhésion et leurs motifs ;"}
	for _, c := range []struct {
		name, rule string
	}{{"consensus", "consensus"}, {"consent", "consent"}, {"majority", "majority"}, {"two-thirds", "two-thirds"}} {
		set := fxWith(fxrcHost(), "decisions.membership", c.rule)
		informal := c.rule == "consensus" || c.rule == "consent"
		fxrcCheck(t, c.name, set, []fxrcWant{
			{"membership-admission-declaration", vote, informal},
			{"membership-admission-declaration", byConsensus, c.rule == "consensus"},
			{"membership-admission-declaration", byConsent, c.rule == "consent"},
			{"decisions-table", row, informal},
			{"decisions-principles", notified, true},
			{"transparency-space", bullet, true},
			{"transparency-confidential", secret, true},
		})
	}
	// On approval under consensus, the refusal goes to the vote at once.
	at := [2]string{"the facilitator shall put the refusal to the vote without waiting for consensus", "l'animateur soumet le refus au vote sans attendre le consensus"}
	fxrcCheck(t, "approval", fxWith(fxrcHost(), "membership.admission", "approval"), []fxrcWant{
		{"rule-consensus", at, true},
		{"membership-admission-approval", vote, true},
	})
}

// RC-5: after two failed rounds the fallback vote is due at any member's
// request; it no longer depends on the facilitator alone.
func TestFxrcConsensusFallbackDue(t *testing.T) {
	due := [2]string{"the facilitator shall put it to a vote of the body at the request of any of its members, at the next meeting or consultation; it is then adopted only by a two-thirds majority", "l'animateur la soumet, à la demande de tout membre de l'instance, au vote de celle-ci lors de la réunion ou consultation suivante ; elle n'est alors adoptée qu'à la majorité des deux tiers"}
	may := [2]string{"the facilitator may put it to a vote", "l'animateur peut la soumettre au vote"}
	fxrcCheck(t, "consensus", fxrcHost(), []fxrcWant{{"rule-consensus", due, true}, {"rule-consensus", may, false}})
}
