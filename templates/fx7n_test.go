package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RN2-6: where the digital-services rules of the Consumer Code do not
// bind the Provider (free access, no advantage provided in return), 11.4
// says so and applies the rules of L. 224-25-25 and L. 224-25-26
// voluntarily, as 11.3 declares them inapplicable; where they bind it
// (price, personal data for its own purposes, licence in Contributions),
// or where the public body not acting as a trader already grants the
// whole article voluntarily, 11.4 has no such sentence.
func TestFx7nConsumerChangesVoluntary(t *testing.T) {
	voluntary := apiTOSPhrase{
		textfmt.EN: "the provisions of the French Consumer Code on contracts for the supply of digital services do not bind the Provider (article L. 224-25-2 of that Code); the Provider nevertheless voluntarily applies to the Consumer, as terms of the Agreement, the following rules, which it takes from articles L. 224-25-25 and L. 224-25-26 of that Code.",
		textfmt.FR: "les dispositions du Code de la consommation relatives aux contrats de fourniture de services numériques ne s'imposent pas au Fournisseur (article L. 224-25-2 de ce code) ; le Fournisseur applique néanmoins volontairement au Consommateur, comme stipulations du Contrat, les règles suivantes, qu'il reprend des articles L. 224-25-25 et L. 224-25-26 de ce code.",
	}
	notApplicable := apiTOSPhrase{
		textfmt.EN: "the legal guarantee of conformity of digital services does not apply to it",
		textfmt.FR: "la garantie légale de conformité des services numériques ne s'y applique pas",
	}
	notify := apiTOSPhrase{
		textfmt.EN: "The Provider shall notify a Consumer by e-mail, which is a durable medium, of any change to the API",
		textfmt.FR: "Le Fournisseur notifie au Consommateur, par courrier électronique, qui constitue un support durable, toute modification de l'API",
	}
	for _, c := range []struct {
		what      string
		set       func(v questionnaire.Values)
		voluntary bool
	}{
		{"free, processor", func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
		}, true},
		{"free, no personal data", func(v questionnaire.Values) { v["personal_data.processed"] = false }, true},
		{"free, voluntary guarantee", func(v questionnaire.Values) {
			v["personal_data.processed"] = false
			v["consumer.voluntary_guarantee"] = true
		}, true},
		{"paid", func(v questionnaire.Values) {
			v["pricing.model"] = "paid"
			v["personal_data.processed"] = false
		}, false},
		{"free, own purposes", func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "controller"
		}, false},
	} {
		checkPhrases(t, c.what, func(v questionnaire.Values) {
			v["pricing.model"], v["audience"] = "free", "business-and-consumers"
			c.set(v)
		}, map[string]phraseWant{
			"11.4 voluntary":      {voluntary, "consumer-changes", c.voluntary},
			"11.3 not applicable": {notApplicable, "consumer-guarantee", c.voluntary && c.what != "free, voluntary guarantee"},
			"11.4 notification":   {notify, "consumer-changes", true},
		})
	}
}
