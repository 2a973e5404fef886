package templates

import (
	"fmt"
	"testing"

	"apitos/internal/textfmt"
)

// RK2-2: the binding rules of the Documentation of an administrative
// public service (rate limits, caching) are regulatory: the text names
// who sets them, the Provider's competent authority. Other providers
// change their Documentation under the contract.
func TestFx4kDocumentationAuthority(t *testing.T) {
	rule := apiTOSPhrase{textfmt.EN: "The rules of the Documentation that bind Users, such as the rate limits and the caching rules, are set and amended by the Provider's competent authority, within the limits of the Rules and in accordance with this article.", textfmt.FR: "Les règles de la Documentation qui s'imposent aux Utilisateurs, notamment les limites de débit et les règles de mise en cache, sont fixées et modifiées par l'autorité compétente du Fournisseur, dans les limites du Règlement et dans les conditions du présent article."}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			if got := rule.in(doc, "change-api"); got != p.admin {
				t.Errorf("%s %s: 5.2 names the competent authority: %v", l, p.name, got)
			}
		}
	}
}

// RK2-6: a User of an administrative public service may end its
// Registration at any time (10.2): 10.4 lists only the User's serious
// breaches, for which the Provider may withdraw access at once, and no
// longer a right of the User to end it for the Provider's breach.
// Contract providers keep the resolutory clause for each party.
func TestFx4kSeriousBreachesAdministrative(t *testing.T) {
	userRight := apiTOSPhrase{textfmt.EN: "and the User may end its Registration without waiting", textfmt.FR: "et l'Utilisateur peut mettre fin à son Inscription sans attendre"}
	providerSide := apiTOSPhrase{textfmt.EN: "for the Provider: a breach of the confidentiality of requests", textfmt.FR: "pour le Fournisseur : un manquement à la confidentialité des requêtes"}
	userOnly := apiTOSPhrase{textfmt.EN: "where the User commits one of the following serious breaches, which make it impossible to continue its relationship with the service: a use of the API that is manifestly unlawful;", textfmt.FR: "lorsque l'Utilisateur commet l'un des manquements graves suivants, qui rendent impossible la poursuite de sa relation avec le service : une utilisation manifestement illicite de l'API ;"}
	eachParty := apiTOSPhrase{textfmt.EN: "1. for the User: a use of the API", textfmt.FR: "1. pour l'Utilisateur : une utilisation manifestement illicite"}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			if userRight.in(doc, "term-breach") {
				t.Errorf("%s: 10.4 gives the User a right to end its Registration for breach", what)
			}
			for ph, want := range map[*apiTOSPhrase]bool{&providerSide: !p.admin, &userOnly: p.admin, &eachParty: !p.admin} {
				if got := ph.in(doc, "term-breach"); got != want {
					t.Errorf("%s: 10.4 says %q: %v", what, (*ph)[l], got)
				}
			}
		}
	}
}

// RK2-5: the general-interest withdrawal in 10.3 follows only the
// procedural paragraph of 10.4 (reasons, adversarial procedure, appeal),
// not the formal notice and cure period for a breach.
func TestFx4kGeneralInterestProcedure(t *testing.T) {
	proc := apiTOSPhrase{textfmt.EN: "by a reasoned decision taken as provided in the last paragraph of Article", textfmt.FR: "par une décision motivée prise dans les conditions du dernier alinéa de l'article"}
	what := apiTOSPhrase{textfmt.EN: "(statement of reasons, adversarial procedure, means and time limits of appeal).", textfmt.FR: "(motivation, procédure contradictoire, voies et délais de recours)."}
	for _, p := range providers13a {
		for l, doc := range published12a(t, p.set) {
			for _, ph := range []apiTOSPhrase{proc, what} {
				if got := ph.in(doc, "term-provider"); got != p.admin {
					t.Errorf("%s %s: 10.3 says %q: %v", l, p.name, ph[l], got)
				}
			}
		}
	}
}
