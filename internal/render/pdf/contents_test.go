package pdf

import (
	"fmt"
	"testing"

	"apitos/internal/document"
)

// Whatever the number of articles and sections, the contents' last page
// holds at least a quarter of a page of entries, or the lines are closer
// together than usual and the contents take a page fewer; and no page
// ends on an article's entry whose sections are on the next page.
func TestContentsNeverEndOnAFewEntries(t *testing.T) {
	top, bottom := marginTop+12, pageH-marginBottom
	page := bottom - marginTop
	for articles := 1; articles <= 40; articles++ {
		for _, per := range []int{0, 1, 3, 5, 8} {
			var entries []document.Clause
			for a := range articles {
				entries = append(entries, document.Clause{ID: fmt.Sprint(a), Depth: 1})
				for s := range (per + a) % 9 {
					entries = append(entries, document.Clause{ID: fmt.Sprint(a, ".", s), Depth: 2})
				}
			}
			name := fmt.Sprintf("%d articles, %d entries", articles, len(entries))
			plan := planContents(entries, top, bottom)
			if plan.lineH < tocMinLineH || plan.lineH > tocLineH {
				t.Fatalf("%s: line height %g", name, plan.lineH)
			}
			if len(plan.breaks) > 0 {
				last := contentsHeight(entries[plan.breaks[len(plan.breaks)-1]:], nil, plan.lineH, plan.gap)
				if plan.lineH == tocLineH && last < page/4 {
					t.Errorf("%s: the last page holds %.0f mm of entries", name, last)
				}
			}
			for _, b := range plan.breaks {
				if entries[b-1].Depth == 1 && entries[b].Depth == 2 {
					t.Errorf("%s: a page ends on an article whose sections open the next", name)
				}
			}
			// Every page holds what is set on it.
			y, next := top, 0
			for i, c := range entries {
				if next < len(plan.breaks) && plan.breaks[next] == i {
					y, next = marginTop, next+1
				} else if c.Depth == 1 && i > 0 {
					y += plan.gap
				}
				if y += plan.lineH; y > bottom+1e-9 {
					t.Fatalf("%s: entry %d overflows its page", name, i)
				}
			}
		}
	}
}
