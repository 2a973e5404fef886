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

// fxa1-2: a paid User whose offer loses Data or features to a permanent
// force majeure may leave at no cost, the Agreement then ending for
// force majeure, which refunds the sums paid in advance whatever the
// prepaid option; free access has no such sentence.
func TestFxa1ForceMajeurePartialWithdrawal(t *testing.T) {
	leave := apiTOSPhrase{
		textfmt.EN: "a User whose offer includes Data or features so withdrawn being entitled to terminate the Agreement at no cost within one\u00a0(1)\u00a0month of being so informed, in which case the Agreement ends because of force majeure within the meaning of Article\u00a010.6;",
		textfmt.FR: "l'Utilisateur dont l'offre comprend des Données ou fonctions ainsi retirées pouvant alors résilier le Contrat sans frais dans un délai d'un\u00a0(1)\u00a0mois à compter de cette information, auquel cas le Contrat prend fin en raison d'une force majeure au sens de l'article\u00a010.6\u202f;",
	}
	cause := apiTOSPhrase{textfmt.EN: "because of force majeure;", textfmt.FR: "en raison d'une force majeure\u202f;"}
	for _, c := range []struct{ model, prepaid string }{{"paid", "refund"}, {"paid", "period-end"}, {"free", ""}} {
		checkPhrases(t, c.model+"/"+c.prepaid, func(v questionnaire.Values) {
			fxa1Paid(v)
			v["pricing.model"] = c.model
			if c.prepaid != "" {
				v["pricing.prepaid"] = c.prepaid
			} else {
				v["liability.cap"] = "amount"
			}
		}, map[string]phraseWant{
			"termination on partial withdrawal": {leave, "liability-force-majeure", c.model == "paid"},
			"force majeure among the causes":    {cause, "term-effects", true},
		})
	}
}

// fxa1-3: the trademark policy option grants a written licence whose
// scope is stated (article L. 714-1 of the Intellectual Property Code);
// the other attribution options grant none.
func TestFxa1TrademarkLicenceScope(t *testing.T) {
	licence := apiTOSPhrase{
		textfmt.EN: "The Provider grants the User, free of charge, a non-exclusive and non-transferable licence, without the right to sublicense, to use its name and trademarks solely for that statement, in any form that the document “Trademark and attribution policy” allows for it or, failing that, in words; that licence ends with the Agreement",
		textfmt.FR: "Le Fournisseur concède à l'Utilisateur, à titre gratuit, une licence non exclusive et incessible, sans droit de sous-licence, d'utiliser son nom et ses marques pour cette seule mention, sous toute forme que le document «\u202fPolitique d'usage des marques et de mention de la source\u202f» permet pour celle-ci ou, à défaut, sous forme verbale\u202f; cette licence prend fin avec le Contrat",
	}
	old := apiTOSPhrase{
		textfmt.EN: "The Provider authorises the User to use its name and trademarks for that statement.",
		textfmt.FR: "Le Fournisseur autorise l'Utilisateur à utiliser son nom et ses marques pour cette mention.",
	}
	for _, attribution := range []string{"trademark", "required", "none"} {
		for _, data := range []string{"open-data-licence", "commercial"} {
			checkPhrases(t, attribution+"/"+data, func(v questionnaire.Values) {
				fxa1Paid(v)
				v["conditions.attribution"], v["conditions.data"] = attribution, data
				if data == "commercial" {
					v["conditions.output"] = "any-reuse"
					v["data.commercial.url"] = "https://acme-meteo.example/legal/data-licence"
				}
			}, map[string]phraseWant{
				"scoped licence":  {licence, "user-attribution-trademark", attribution == "trademark"},
				"bare permission": {old, "user-attribution-trademark", false},
			})
		}
	}
}

// fxa1-4: with restricted access, listing the making available of
// access to the API among commercial uses does not let a User, paid or
// not, open access to the API beyond its Applications and the access
// restrictions; other access modes have no such sentence.
func TestFxa1NonCommercialAccessWithinRestrictions(t *testing.T) {
	within := apiTOSPhrase{
		textfmt.EN: "Whatever the remuneration, the User shall make the API available to third parties only through its Applications and within the restrictions of Article\u00a03.2, which a commercial use does not lift.",
		textfmt.FR: "Quelle que soit la rémunération, l'Utilisateur ne met l'API à la disposition de tiers qu'au moyen de ses Applications et dans les limites de l'article\u00a03.2, qu'un usage commercial ne lève pas.",
	}
	for _, access := range []string{"restricted", "neutrality", "share-alike"} {
		for _, model := range []string{"paid", "free"} {
			checkPhrases(t, access+"/"+model, func(v questionnaire.Values) {
				fxa1Paid(v)
				v["conditions.access"], v["pricing.model"] = access, model
				if model == "free" {
					v["liability.cap"] = "amount"
				}
			}, map[string]phraseWant{
				"access within the restrictions": {within, "user-non-commercial", access == "restricted"},
			})
		}
	}
}

// fxa1-6: withdrawing a User's price plan, or giving less for the same
// price, is a price increase for that User, with its notice and its
// express acceptance, not a mere change of an Annex A Document; free
// access has no price plan.
func TestFxa1PlanWithdrawalIsAPriceIncrease(t *testing.T) {
	rise := apiTOSPhrase{
		textfmt.EN: "The withdrawal of the price plan that a User has chosen, and any reduction of what that plan includes for the same price, such as the volume of calls it includes or the levels of service and support that the document “Service level agreement” attaches to it, are a price increase for that User under this article, save where Article\u00a09.4 applies.",
		textfmt.FR: "Le retrait de la formule tarifaire choisie par un Utilisateur, ainsi que toute réduction de ce que comprend cette formule pour un même prix, tel le volume d'appels qu'elle inclut ou les niveaux de service et d'assistance que lui attache le document « Engagement de niveau de service », constituent pour cet Utilisateur une hausse de prix au sens du présent article, sauf application de l'article\u00a09.4.",
	}
	for _, c := range []struct{ model, ptype string }{{"paid", "company"}, {"paid", "individual"}, {"free", "company"}} {
		checkPhrases(t, c.model+"/"+c.ptype, func(v questionnaire.Values) {
			fxa1Paid(v)
			v["pricing.model"] = c.model
			if c.model == "free" {
				v["liability.cap"] = "amount"
			}
			if c.ptype == "individual" {
				v["provider.type"], v["provider.legal_form"], v["provider.name"] = "individual", "entrepreneur individuel", "Jeanne Martin EI"
				v["provider.registration"] = "RNE, SIREN 123 456 782"
				delete(v, "provider.share_capital")
				delete(v, "provider.merchant")
			}
		}, map[string]phraseWant{
			"plan withdrawal is a rise": {rise, "access-price", c.model == "paid"},
		})
	}
}
