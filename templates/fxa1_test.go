package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxa1Paid is the combination of the fxa1 review: paid access, by
// account, for business users, with restricted access, a non-commercial
// restriction and a trademark policy.
func fxa1Paid(v questionnaire.Values) {
	v["pricing.model"], v["audience"] = "paid", "business"
	v["conditions.access"] = "restricted"
	v["access.restrictions.url"] = "https://acme-meteo.example/legal/access-restrictions"
	v["conditions.data"] = "open-data-licence"
	v["data.licence.title"] = questionnaire.Translated{textfmt.EN: "Open Database License (ODbL) 1.0", textfmt.FR: "Open Database License (ODbL) 1.0"}
	v["data.licence.url"] = "https://opendatacommons.org/licenses/odbl/1-0/"
	v["data.bulk_url"] = "https://acme-meteo.example/bulk"
	v["conditions.output"] = "non-commercial"
	v["commercial_use.url"] = "https://acme-meteo.example/commercial"
	v["conditions.attribution"] = "trademark"
	v["trademark.url"] = "https://acme-meteo.example/legal/trademark"
}

// fxa1-1: the remedies of the service level document are due whenever
// the levels are not met, without proof of fault, whatever the cap;
// free access has no service level document and no such sentence.
func TestFxa1ServiceCreditsWithoutFault(t *testing.T) {
	due := apiTOSPhrase{
		textfmt.EN: "Those remedies are due whenever those levels are not met, as measured under that document, without the User having to prove a fault of the Provider, save in a case of force majeure (Article\u00a09.4) and in the cases that document excludes.",
		textfmt.FR: "Ces mesures de compensation sont dues dès que ces niveaux ne sont pas atteints, tels qu'ils sont mesurés selon ce document, sans que l'Utilisateur ait à prouver une faute du Fournisseur, sauf en cas de force majeure (article\u00a09.4) et dans les cas que ce document exclut.",
	}
	for _, model := range []string{"paid", "free"} {
		for _, cap := range []string{"fees", "amount", "none"} {
			if model == "free" && cap == "fees" {
				continue
			}
			checkPhrases(t, model+"/"+cap, func(v questionnaire.Values) {
				fxa1Paid(v)
				v["pricing.model"], v["liability.cap"] = model, cap
			}, map[string]phraseWant{
				"credits due without fault": {due, "warranty-disclaimer", model == "paid"},
			})
		}
	}
}
