package templates

import (
	"strings"
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

// RN2-2: a non-commercial licence is never called open in the summary
// (label and pictogram) or in the heading of 6.5.
func TestFx6nNonCommercialNotOpen(t *testing.T) {
	ncSummary := apiTOSPhrase{textfmt.EN: "**Data: non-commercial licence", textfmt.FR: "**Données : licence non commerciale"}
	openSummary := apiTOSPhrase{textfmt.EN: "**Data: open licence", textfmt.FR: "**Données : licence ouverte"}
	ncPicto := apiTOSPhrase{textfmt.EN: "Non-commercial licence", textfmt.FR: "Licence non commerciale"}
	for _, nc := range []bool{true, false} {
		what := map[bool]string{true: "CC BY-NC", false: "CC BY"}[nc]
		checkPhrases(t, what, func(v questionnaire.Values) {
			v["conditions.data"] = "open-data-licence"
			if nc {
				v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", "https://creativecommons.org/licenses/by-nc/4.0/"
				v["conditions.output"] = "non-commercial"
			} else {
				v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution 4.0 International (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/"
			}
		}, map[string]phraseWant{
			"neutral summary label": {ncSummary, "summary", nc},
			"no open summary label": {openSummary, "summary", !nc},
			"neutral pictogram":     {ncPicto, "summary", nc},
		})
		for l, doc := range assembleAPITOS(t, func(v questionnaire.Values) {
			v["conditions.data"] = "open-data-licence"
			if nc {
				v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", "https://creativecommons.org/licenses/by-nc/4.0/"
				v["conditions.output"] = "non-commercial"
			}
		}) {
			want := map[textfmt.Lang]string{textfmt.EN: "Reuse of the data: non-commercial licence", textfmt.FR: "Réutilisation des données : licence non commerciale"}[l]
			got := false
			for _, c := range doc.Clauses {
				if c.ID == "data-open-data-licence" {
					got = strings.Contains(c.Title, textfmt.Typeset(l, want))
				}
			}
			if got != nc {
				t.Errorf("%s %s: heading %q present %v, want %v", what, l, want, got, nc)
			}
		}
	}
}

// RN2-3: the commercial-use agreement of 7.2 covers the Data that the
// results reproduce when the Data licence itself excludes commercial use.
func TestFx6nCommercialAgreementCoversData(t *testing.T) {
	covers := apiTOSPhrase{
		textfmt.EN: "that agreement authorises the use of the Data that the results of the API reproduce for the needs of the commercial use it permits",
		textfmt.FR: "cet accord emporte autorisation d'utiliser les Données que reproduisent les résultats de l'API pour les besoins de l'usage commercial qu'il permet",
	}
	for _, nc := range []bool{true, false} {
		checkPhrases(t, map[bool]string{true: "CC BY-NC", false: "CC BY"}[nc], func(v questionnaire.Values) {
			v["conditions.data"], v["conditions.output"] = "open-data-licence", "non-commercial"
			if nc {
				v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", "https://creativecommons.org/licenses/by-nc/4.0/"
			} else {
				v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution 4.0 International (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/"
			}
		}, map[string]phraseWant{"agreement covers Data": {covers, "outputs-non-commercial", nc}})
	}
}
