package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fx5iHas fails when body does not contain want, or contains it when it
// should not.
func fx5iHas(t *testing.T, what, body, want string, should bool) {
	t.Helper()
	if strings.Contains(body, want) != should {
		t.Errorf("%s: contains %q = %v, want %v", what, want, !should, should)
	}
}

// RI2-20: under every agreement with an outbound commitment, a policy that
// refers to a charter states one rule on a change of licence, the
// charter's: the licensee alone may distribute a combined work; moving the
// Project to a later version is a change of licence decided under the
// charter's procedure; a change so decided reaches the Contributions under
// the "listed" commitment, and only with the author's consent under the
// "current" one. Without a charter, none of it is printed. The charter
// says the same.
func TestFx5iRelicensingOneRule(t *testing.T) {
	alone := [2]string{"It may distribute a combined work within those limits on its own.", "Il peut seul diffuser une œuvre combinée dans ces limites."}
	later := [2]string{"is, however, a change of licence, which takes place only on a decision taken under the conditions that", "est en revanche un changement de licence, qui n'a lieu que sur une décision prise dans les conditions que prévoit"}
	reach := [2]string{"A change to another free licence decided under the same conditions extends this commitment to that licence", "Un changement vers une autre licence libre, décidé dans ces mêmes conditions, étend cet engagement à cette licence"}
	consent := [2]string{"A change to another licence so decided applies to your Contributions only with your express consent.", "Un changement vers une autre licence ainsi décidé ne s'applique à vos Contributions qu'avec votre accord exprès."}
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, out := range []string{"listed", "current"} {
			for li, l := range textfmt.All {
				id := "cla-outbound-" + out
				set := map[string]any{"inbound": inbound, "cla.outbound": out}
				what := inbound + "/" + out + "/" + string(l)
				linked := plainSpaces(assembleLinked(t, set, l, id))
				fx5iHas(t, what, linked, alone[li], true)
				fx5iHas(t, what, linked, later[li], true)
				fx5iHas(t, what, linked, reach[li], out == "listed")
				fx5iHas(t, what, linked, consent[li], out == "current")
				bare := plainSpaces(assembleClause(t, set, l, id))
				if strings.Contains(bare, "Charter") || strings.Contains(bare, "Charte") {
					continue // the examples name a charter address
				}
				fx5iHas(t, what+" without charter", bare, alone[li], false)
				fx5iHas(t, what+" without charter", bare, reach[li], false)
			}
		}
	}
	charterSays := [2]string{"Moving a Resource to a later version of its licence is a change of licence within the meaning of this Section. By contrast, distributing a combined work under a free licence that the licence of a Resource allows anyone to use is not one and requires no decision.", "Le passage d'une Ressource à une version ultérieure de sa licence est un changement de licence au sens du présent article. En revanche, la diffusion d'une œuvre combinée sous une licence libre que la licence d'une Ressource permet à quiconque d'employer n'en est pas un et n'exige aucune décision."}
	for _, v := range []string{"fiscal-host", "association", "none"} {
		for li, l := range textfmt.All {
			body := fxriCharter(t, map[string]any{"legal.vehicle": v}, l, "licences-change")
			fx5iHas(t, v+"/"+string(l), body, charterSays[li], true)
		}
	}
}
