package templates

import (
	"fmt"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// The safety limit states itself what it cannot exclude: liability for
// personal injury and for gross negligence or wilful misconduct (art.
// 1231-3 C. civ.; R. 212-1, 6° C. consom.), and liability for defective
// products where that regime applies (art. 1245 ff., 1245-14 C. civ.),
// instead of a bare "without prejudice" to the liability clause; for
// commercial and open data alike (review fxa2, FXA2-1).
func TestFxa2SafetyCarveOut(t *testing.T) {
	carveOut := apiTOSPhrase{
		textfmt.EN: "That limit does not relieve the Provider of liability for personal injury or for gross negligence or wilful misconduct (article 1231-3 of the French Civil Code), nor, where that regime applies, of liability for defective products (articles 1245 and following of the French Civil Code); its liability remains governed by",
		textfmt.FR: "Cette limite ne l'exonère ni de sa responsabilité en cas de dommage corporel ou de faute lourde ou dolosive (article 1231-3 du Code civil), ni, dans la mesure où ce régime s'applique, de la responsabilité du fait des produits défectueux (articles 1245 et suivants du Code civil) ; sa responsabilité demeure régie par",
	}
	bare := apiTOSPhrase{
		textfmt.EN: "such use, without prejudice to",
		textfmt.FR: "un tel usage, sans préjudice de",
	}
	for _, data := range []string{"commercial", "open-reuse"} {
		for _, audience := range []string{"business", "business-and-consumers"} {
			for _, critical := range []bool{false, true} {
				set := func(v questionnaire.Values) {
					v["conditions.data"], v["audience"], v["safety.critical"] = data, audience, critical
				}
				for l, doc := range published12a(t, set) {
					what := fmt.Sprintf("%s data=%s %s critical=%v", l, data, audience, critical)
					if got := carveOut.in(doc, "liability-safety"); got != critical {
						t.Errorf("%s: safety carve-out present: %v, want %v", what, got, critical)
					}
					if bare.in(doc, "liability-safety") {
						t.Errorf("%s: safety limit still rests on a bare cross-reference", what)
					}
				}
			}
		}
	}
}
