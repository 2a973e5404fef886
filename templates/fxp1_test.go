package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// TestFxp1NoticeNamesTheClause (fxp1-1): where a broken outbound
// commitment ends the assignment or the exclusive licence as of right, the
// formal notice must refer expressly to that clause (French Civil Code,
// Article 1225, second paragraph), and French law is cited only when it
// governs. The CLA, which gives a right to terminate instead, is unchanged.
func TestFxp1NoticeNamesTheClause(t *testing.T) {
	notice := map[textfmt.Lang]string{
		textfmt.EN: "of a formal notice from you that expressly refers to this clause",
		textfmt.FR: "à compter d’une mise en demeure de votre part qui mentionne expressément la présente clause",
	}
	cite := map[textfmt.Lang]string{
		textfmt.EN: "(French Civil Code, Article 1225)",
		textfmt.FR: "(Code civil, article 1225)",
	}
	effect := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "the assignment of your Contributions is terminated as of right", textfmt.FR: "la cession de vos Contributions est résolue de plein droit"},
		"fla":        {textfmt.EN: "the licence of your Contributions is terminated as of right", textfmt.FR: "la licence de vos Contributions est résiliée de plein droit"},
		"cla":        {textfmt.EN: "you may terminate the licences that you granted it", textfmt.FR: "vous pouvez résilier, pour l’avenir, les licences"},
	}
	for _, linked := range []bool{false, true} {
		for inbound, words := range effect {
			for _, law := range []string{"FR", "BE"} {
				if linked && law != "FR" {
					continue
				}
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "cla.outbound": "listed", "governing_law": law}
					body := fxClause(t, linked, set, l, "inbound-"+inbound)
					what := inbound + ", " + law + ", " + string(l)
					if !strings.Contains(body, words[l]) {
						t.Errorf("%s: no %q", what, words[l])
					}
					asOfRight := inbound != "cla"
					if got := strings.Contains(body, notice[l]); got != asOfRight {
						t.Errorf("%s: notice naming the clause=%v", what, got)
					}
					if got := strings.Contains(body, notice[l]+" "+cite[l]); got != (asOfRight && law == "FR") {
						t.Errorf("%s: Article 1225 cited=%v", what, got)
					}
				}
			}
		}
	}
}
