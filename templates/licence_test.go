package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// User Content is what the User sends, even as returned; what the API
// computes from it is Data, and the Provider keeps confidential the link
// between a request and its response, not the Data themselves (C. civ.
// art. 1190: one line for every option).
func TestLicenceUserContentLine(t *testing.T) {
	userContent := apiTOSPhrase{
		textfmt.EN: "means the data that the User sends to the API, including where the API returns them to it, as sent or in another format; the User retains all rights in them.",
		textfmt.FR: "désigne les données que l'Utilisateur transmet à l'API, y compris lorsque l'API les lui renvoie, telles quelles ou dans un autre format ; l'Utilisateur en conserve tous les droits.",
	}
	resultsData := apiTOSPhrase{
		textfmt.EN: "the results that the API computes from the User's data are therefore Data, save for those data themselves where the results repeat them",
		textfmt.FR: "sont ainsi des Données les résultats que l'API calcule à partir des données de l'Utilisateur, hormis ces données elles-mêmes lorsqu'ils les reprennent",
	}
	oldLine := apiTOSPhrase{textfmt.EN: "even by means of the Data", textfmt.FR: "même au moyen des Données"}
	link := apiTOSPhrase{
		textfmt.EN: "the User Content and the link between each request and the API's response to it",
		textfmt.FR: "le Contenu de l'Utilisateur et le lien entre chaque requête et la réponse que l'API y apporte",
	}
	notData := apiTOSPhrase{
		textfmt.EN: "that duty does not extend to the Data themselves, taken apart from that link.",
		textfmt.FR: "cette obligation ne s'étend pas aux Données elles-mêmes, prises indépendamment de ce lien.",
	}
	oldResponses := apiTOSPhrase{textfmt.EN: "the API's responses to them and the User Content", textfmt.FR: "les réponses que l'API y apporte et le Contenu de l'Utilisateur"}
	for _, c := range []struct {
		name    string
		secrecy bool
		data    string
	}{{"open reuse", false, "open-reuse"}, {"secrecy", true, "open-data-licence"}, {"licence", false, "open-data-licence"}, {"commercial", false, "commercial"}} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["provider.regulated"], v["provider.profession.secrecy"] = c.secrecy, c.secrecy
			v["conditions.data"] = c.data
		}, map[string]phraseWant{
			"user content":            {userContent, "definitions", true},
			"results are Data":        {resultsData, "definitions", true},
			"no overlap (defs)":       {oldLine, "definitions", false},
			"no overlap (summary)":    {oldLine, "summary", false},
			"confidential link":       {link, "data-provider-use", true},
			"not the Data themselves": {notData, "data-provider-use", true},
			"responses not secret":    {oldResponses, "data-provider-use", false},
		})
	}
}
