package templates

import (
	"strings"
	"testing"
)

// The English charter states the duties of its bodies, of the Legal
// Entity and of the Members as obligations ("shall publish"), not in the
// present tense, which reads as a description of what they do. Each
// phrase below is a duty once written in the present tense.
func TestCharterEnglishDutiesUseShall(t *testing.T) {
	src, err := files.ReadFile("charter/en.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	if strings.Count(text, " shall ") < 50 {
		t.Errorf("charter/en.md states only %d duties with shall", strings.Count(text, " shall "))
	}
	for _, present := range []string{
		"the Legal Entity informs their legal representative",
		"The Technical Committee confirms that Contribution",
		"the public body informs the Assembly",
		"a public body that is a Member pays it no sum",
		"Its facilitator convenes it",
		"The Technical Committee keeps",
		"the facilitator then checks",
		"Technical Committee also publish a declaration",
		"Maintainers inform its legal representative",
		"the legal representative makes the notifications",
		"The Legal Entity secures",
		"The Legal Entity issues receipts",
		"The Legal Entity offers them",
		"the Legal Entity invoices it",
		"The Legal Entity presents itself",
		"the Commons publishes in the Governance Space",
		"the Commons documents the format",
		"The Technical Committee publishes",
		"The Technical Committee designates",
		"that Maintainer presents",
		"the Commons removes or changes",
		"The Committee keeps reports",
		"The Committee acknowledges",
		"the Committee informs the person concerned",
		"It gives the reasons for its decision",
		"it keeps the files referred to it confidential",
		"The Commons publishes at",
		"The Legal Entity keeps the record",
		"answers their requests and keeps the record",
		"each Member answers for the processing",
		"The controller answers within",
		"contact point{{end}} answers within",
		"the Commons publishes it only if",
		"the Commons suspends the publication",
		"the Commons processes that information",
		"The holder places those funds",
		"The holder gives the facilitator",
		"the Assembly then designates",
		"The Legal Entity takes out",
		"The Legal Entity pays the debts",
		"The Legal Entity transfers the assets that it holds",
		"The Assembly appoints one or more Members",
		"The holder of the assets pays",
		"the Assembly confirms that designation",
		"has not designated the beneficiary, the liquidators convene it",
		"the Legal Entity designates{{else}}",
		"wind up the affairs of the Commons designate",
		"Legal Entity states the public-interest reason",
		"the Member who acts tells third parties",
		"the Member who acts informs third parties",
		"Before the notice expires, the Assembly designates",
		"the Legal Entity gives its reasons",
		"The Assembly designates only a beneficiary",
		"competent organ considers and gives its reasons",
		"the management carries out the budget",
		"it appoints an auditor and publishes",
	} {
		if strings.Contains(text, present) {
			t.Errorf("charter/en.md states a duty in the present tense: %q", present)
		}
	}
}
