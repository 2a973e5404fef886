package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RN2-1: towards a Consumer, 6.2 and 11.1 mention anonymisation only as
// 6.4 allows it, on the Consumer's authorisation, and never when the
// Provider is bound to professional secrecy.
func TestFx6nConsumerAnonymisationFollows64(t *testing.T) {
	in62 := apiTOSPhrase{
		textfmt.EN: "where the Consumer has authorised it as provided in",
		textfmt.FR: "lorsqu'il l'y a autorisé dans les conditions de l",
	}
	in111 := apiTOSPhrase{
		textfmt.EN: "where the Consumer has authorised it as provided in that Article, to make them anonymous",
		textfmt.FR: "lorsque le Consommateur l'y a autorisé dans les conditions de cet article, les rendre anonymes",
	}
	secure62 := apiTOSPhrase{textfmt.EN: "only to answer his or her requests and to secure the API.", textfmt.FR: "aux seules fins de répondre à ses requêtes et de sécuriser l'API."}
	secure111 := apiTOSPhrase{textfmt.EN: "only to answer the requests and to secure the API.", textfmt.FR: "que pour répondre aux requêtes et assurer la sécurité de l'API."}
	for _, secrecy := range []bool{false, true} {
		what := "consumers"
		if secrecy {
			what += ", professional secrecy"
		}
		checkPhrases(t, what, func(v questionnaire.Values) {
			v["pricing.model"], v["audience"] = "free", "business-and-consumers"
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["provider.regulated"], v["provider.profession.secrecy"] = secrecy, secrecy
		}, map[string]phraseWant{
			"6.2 opt-in anonymisation":       {in62, "data-personal", !secrecy},
			"11.1 opt-in anonymisation":      {in111, "consumer-information", !secrecy},
			"6.2 secrecy: no anonymisation":  {secure62, "data-personal", secrecy},
			"11.1 secrecy: no anonymisation": {secure111, "consumer-information", secrecy},
		})
	}
}
