package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// TestFx3jConflictContractsBothWays (RJ2-10): the English of the public
// Member's abstention covers, like the French, any contract the public body
// concludes with the Commons, in either direction, and a grant only where
// grants are a funding source; for every vehicle.
func TestFx3jConflictContractsBothWays(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"association", "fiscal-host", "none", "public-body"} {
		for _, funding := range [][]string{{"services"}, {"grants", "services"}} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"] = vehicle
			vals["membership.classes"] = []string{"public-bodies"}
			vals["economy.funding"] = funding
			grants := len(funding) == 2 && vehicle != "none"
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("decisions-conflicts")
				what := fmt.Sprintf("%s %s %v", l, vehicle, funding)
				contract, grant := "concludes or intends to conclude with", "or about a grant that it awards or intends to award to"
				if l == textfmt.FR {
					contract, grant = "passe ou envisage de passer avec", "ou à une subvention qu'elle lui accorde ou envisage de lui accorder"
				}
				if !strings.Contains(c.Body, textfmt.Typeset(l, contract)) {
					t.Errorf("%s: no contract in both directions", what)
				}
				if got := strings.Contains(c.Body, textfmt.Typeset(l, grant)); got != grants {
					t.Errorf("%s: grant limb = %v, want %v", what, got, grants)
				}
				if strings.Contains(c.Body, "awards or intends to award to the Legal Entity") {
					t.Errorf("%s: the narrower English wording remains", what)
				}
			}
		}
	}
}
