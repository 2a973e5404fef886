package templates

import (
	"slices"
	"testing"

	"apitos/internal/questionnaire"
)

// pairs returns, on top of the example answers, every pair of options of
// two questions of which at least one is in focus: with focus on the
// decision rules, every rule meets every other rule; with focus on the
// route of contributions, every route meets every option of every other
// question.
func pairs(t *testing.T, k *Kind, focus []string, within bool) []questionnaire.Values {
	base := exampleValues(t, k)
	qs := choices(k)
	var out []questionnaire.Values
	for i, a := range qs {
		for _, b := range qs[i+1:] {
			inA, inB := slices.Contains(focus, a.Key), slices.Contains(focus, b.Key)
			if !(inA || inB) || (within && !(inA && inB)) {
				continue
			}
			for _, oa := range optionValues(a) {
				for _, ob := range optionValues(b) {
					c := clone(base)
					c[a.Key], c[b.Key] = oa, ob
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// decisionKeys are the questions that choose how the bodies of a charter
// decide.
var decisionKeys = []string{"governance.default_rule", "decisions.technical", "decisions.strategy", "decisions.budget",
	"decisions.licence", "decisions.membership", "decisions.conduct", "governance.vote_callers", "governance.steering",
	"amendment.rule"}

// Every pair of decision rules gives a charter that defines each rule it
// uses, and only those, with a table that names them.
func TestCharterEveryPairOfDecisionRules(t *testing.T) {
	k, _ := Lookup("charter")
	cases := pairs(t, k, decisionKeys, true)
	if len(cases) < 500 {
		t.Fatalf("only %d pairs of decision rules", len(cases))
	}
	for _, vals := range cases {
		checkCharter(t, k, vals)
	}
	t.Logf("%d pairs", len(cases))
}

// Every route of contributions, paired with every option of every other
// question, gives a policy whose clauses are its own.
func TestContributionEveryRouteWithEveryOption(t *testing.T) {
	k, _ := Lookup("contribution")
	cases := pairs(t, k, []string{"inbound"}, false)
	for _, vals := range cases {
		checkContribution(t, k, vals)
	}
	t.Logf("%d pairs", len(cases))
}
