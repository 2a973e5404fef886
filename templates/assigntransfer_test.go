package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// Under an assignment, as under an FLA, the assignee may transfer the
// assigned rights only in the cases of transfer the linked charter
// provides for (holder of the assets, devolution, end of hosting), and
// every transfer is notified to the contributor, taking effect against
// them only then (C. civ. 1216, al. 2): the contributor keeps claims
// (licence back, reversion) against whoever holds the rights.
func TestAssignmentTransferCasesAndNotice(t *testing.T) {
	notice := [2]string{"Any transfer of those rights, which carries the signed agreements with it, shall be notified to you in writing", "Toute transmission de ces droits, qui emporte celle des accords signés, vous est notifiée par écrit"}
	civ := [2]string{"(French Civil Code, Article 1216, second paragraph)", "(Code civil, article 1216, alinéa 2)"}
	cases := [2]string{"in the cases that the Charter provides for (Articles ", "dans les cas que prévoit la Charte (articles "}
	agreement := map[string]any{"inbound": "assignment", "agreement.url": "https://sentiers.example/accord"}
	for _, h := range fxriHosts {
		for li, l := range textfmt.All {
			cs := fxriMerge(h, map[string]any{"legal.vehicle": "fiscal-host", "governing_law": "FR", "exit.devolution": "commons"})
			body := strings.ReplaceAll(fxrdPolicy(t, true, cs, agreement, l, "inbound-assignment"), "’", "'")
			i := strings.Index(body, cases[li])
			if i < 0 {
				t.Errorf("%v %s: no list of the charter's transfer cases", h, l)
				continue
			}
			if list := body[i+len(cases[li]) : i+len(cases[li])+30]; strings.Count(list, ".") < 3 {
				t.Errorf("%v %s: transfer cases %q: holder, devolution and end of hosting expected", h, l, list)
			}
			if !strings.Contains(body, notice[li]) || !strings.Contains(body, civ[li]) {
				t.Errorf("%v %s: no written notice of a transfer", h, l)
			}
		}
	}
	for li, l := range textfmt.All {
		body := strings.ReplaceAll(fxrdPolicy(t, false, nil, agreement, l, "inbound-assignment"), "’", "'")
		if strings.Contains(body, cases[li]) || !strings.Contains(body, notice[li]) {
			t.Errorf("unlinked %s: list of the charter's cases, or no notice: %s", l, body)
		}
	}
}
