package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review RS (Stationnement Vélo Ouest SAS, the default combination: a
// small SAS, free access, businesses only, default conditions).

// RS-1: without Personal Data in requests, 6.2 says that a request names a
// place by an area, never by a person's position (GDPR, art. 4(1)).
var phraseFx5sArea = apiTOSPhrase{
	textfmt.EN: "Where a request concerns a place, it shall designate it by an area, such as a municipality or a bounding box, and not by the position of a person, such as that of an End User's device; no parameter that the Documentation provides for is intended to receive such a position.",
	textfmt.FR: "Lorsqu'une requête porte sur un lieu, elle le désigne par une zone, telle qu'une commune ou un périmètre, et non par la position d'une personne, telle que celle du terminal d'un Utilisateur final ; aucun paramètre que prévoit la Documentation n'est destiné à recevoir une telle position.",
}

func TestFx5sNoPositionInRequests(t *testing.T) {
	for _, c := range []struct {
		name      string
		processed bool
		audience  string
		published bool
	}{
		{"no personal data, business", false, "business", false},
		{"no personal data, consumers", false, "business-and-consumers", false},
		{"no personal data, contributions", false, "business", true},
		{"personal data", true, "business", false},
	} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["personal_data.processed"], v["audience"] = c.processed, c.audience
			v["contributions.published"] = c.published
		}, map[string]phraseWant{
			"area in 6.2":         {phraseFx5sArea, "data-no-personal", !c.processed},
			"area with processed": {phraseFx5sArea, "data-personal", false},
		})
	}
}
