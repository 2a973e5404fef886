package templates

import (
	"testing"

	"apitos/internal/textfmt"
)

// fxrfVehicles are the answers of a charter for each legal vehicle that is
// not a public body, with a Steering Committee, so that their text can be
// checked unchanged.
func fxrfVehicles() map[string]map[string]any {
	return map[string]map[string]any{
		"association": {"legal.vehicle": "association", "governing_law": "FR"},
		"scic":        {"legal.vehicle": "scic", "governing_law": "FR"},
		"fiscal-host": {"legal.vehicle": "fiscal-host", "governing_law": "FR"},
		"none":        {"legal.vehicle": "none", "governing_law": "FR"},
		"de-facto":    {"legal.vehicle": "de-facto-association", "governing_law": "FR"},
	}
}

// fxrfPublicForms are the kinds of public body the questionnaire allows.
var fxrfPublicForms = []string{"epci", "local-authority", "university", "research", "state", "other"}

// RF-1, RF-3: for every public body, the bodies of the Commons give
// opinions or make proposals under the rules of the table, and the public
// body decides through its competent organ under its own voting rules; a
// change of licence and an amendment are proposed by the Assembly and
// adopted by the public body. Other vehicles keep "decided by the
// Assembly" and their table.
func TestFxrfBodiesGiveOpinionsPublicBodyDecides(t *testing.T) {
	pb := map[textfmt.Lang][]string{
		textfmt.EN: {
			"Where the Legal Entity is named in it, the body of the Commons named with it gives an opinion or makes a proposal under the rule shown, and the Legal Entity decides through its competent organ, under the rules that govern that organ, including its voting rules (Article",
			"| Legal Entity, through its competent organs, on the opinion of the Steering Committee (Article",
			"| Opinion of the Steering Committee, given by",
			"| Assembly, which proposes; Legal Entity, which decides (Article",
			"| Legal Entity, through its competent organ, on the opinion of the Steering Committee | Opinion of the Steering Committee, given by",
			"It is proposed by the Assembly",
			"and adopted by the competent organ of the Legal Entity as provided in Article",
			"The Assembly approves the proposal",
		},
		textfmt.FR: {
			"Lorsque la Structure porteuse y figure, l'instance du Commun mentionnée avec elle rend un avis ou formule une proposition selon la règle indiquée, et la Structure porteuse décide par son organe compétent, selon les règles qui régissent cet organe, notamment ses règles de vote (article",
			"| Structure porteuse, par ses organes compétents, sur avis du Comité de pilotage (article",
			"| Avis du Comité de pilotage, rendu ",
			"| Assemblée, qui propose ; Structure porteuse, qui décide (article",
			"| Structure porteuse, par son organe compétent, sur avis du Comité de pilotage | Avis du Comité de pilotage, rendu ",
			"Il est proposé par l'Assemblée",
			"et adopté par l'organe compétent de la Structure porteuse dans les conditions prévues à l'article",
			"L'Assemblée approuve le projet de modification",
		},
	}
	other := map[textfmt.Lang][]string{
		textfmt.EN: {"It is decided by the Assembly", "| Licences: change of the licence of a type of Resource or of the terms on which Contributions are received | Assembly |"},
		textfmt.FR: {"Il est décidé par l'Assemblée", "| Licences : changement de la licence d'un type de Ressource ou des conditions de réception des Contributions | Assemblée |"},
	}
	for _, form := range fxrfPublicForms {
		set := fxkPublicBody(form)
		set["governance.steering"] = true
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, form+" "+string(l), doc, true, pb[l]...)
			r2Check(t, form+" "+string(l), doc, false, other[l]...)
		}
	}
	for name, set := range fxrfVehicles() {
		set["governance.steering"] = true
		for _, l := range textfmt.All {
			doc := fxkCharter(t, set, l)
			r2Check(t, name+" "+string(l), doc, false, pb[l]...)
			r2Check(t, name+" "+string(l), doc, true, other[l]...)
		}
	}
}
