package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RM2-1, RM2-2, RS2-3: the caps of the two parties mirror each other.
// The User is uncapped only for intrusion and circumvention (point 4 of
// fair use) and restrictive measures; its other breaches of fair use and
// of the security of its credentials fall under a separate trebled cap,
// as do the Provider's breaches of confidentiality and of its change
// commitments. The indemnity covers only unlawful use and intrusion.
var (
	phraseFx7sUserTrebled = apiTOSPhrase{
		textfmt.EN: "(d) **Separate caps.** Nor does the exclusion apply to a breach by the Provider of the confidentiality",
		textfmt.FR: "d) **Plafonds distincts.** L'exclusion ne s'applique pas davantage aux manquements du Fournisseur à la confidentialité",
	}
	phraseFx7sUserTrebledOnly = apiTOSPhrase{
		textfmt.EN: "The User's total liability for its other breaches of Articles\u00a08.2 and 8.3 is subject to a separate cap equal to three times the cap in (b)",
		textfmt.FR: "La responsabilité totale de l'Utilisateur au titre de ses autres manquements aux articles\u00a08.2 et 8.3 est soumise à un plafond distinct, égal au triple du plafond prévu au b)",
	}
	phraseFx7sProviderConfidentialityTrebled = apiTOSPhrase{
		textfmt.EN: "the Provider's total liability for each of those two categories of breaches is subject to a separate cap equal to three times the cap in (b)",
		textfmt.FR: "la responsabilité totale du Fournisseur au titre de chacune de ces deux catégories de manquements est soumise à un plafond distinct, égal au triple du plafond prévu au b)",
	}
	phraseFx7sConfidentialityUncapped = apiTOSPhrase{
		textfmt.EN: "for the Provider, to a breach of the confidentiality",
		textfmt.FR: "pour le Fournisseur, aux manquements à la confidentialité",
	}
	phraseFx7sProviderList = apiTOSPhrase{
		textfmt.EN: "; for the Provider, to the defence under",
		textfmt.FR: " ; pour le Fournisseur, à la défense prévue à",
	}
	phraseFx7sWholeFairUseUncapped = apiTOSPhrase{
		textfmt.EN: "under Articles\u00a08.2, 8.3",
		textfmt.FR: "au titre des articles\u00a08.2, 8.3",
	}
	phraseFx7sIndemnityWholeFairUse = apiTOSPhrase{
		textfmt.EN: "the User breaches Article\u00a08.2",
		textfmt.FR: "l'Utilisateur manque à l'article\u00a08.2",
	}
	phraseFx7sIndemnityPoints = apiTOSPhrase{
		textfmt.EN: "the User breaches point 3 or point 4 of Article\u00a08.2",
		textfmt.FR: "l'Utilisateur manque au 3° ou au 4° de l'article\u00a08.2",
	}
)

func TestFx7sReciprocalCaps(t *testing.T) {
	for _, c := range []struct {
		name, price, cap, audience, ptype string
	}{
		{"free amount", "free", "amount", "business", "company"},
		{"paid amount", "paid", "amount", "business", "company"},
		{"paid fees consumers", "paid", "fees", "business-and-consumers", "company"},
		{"free no cap", "free", "none", "business", "company"},
		{"paid public body", "paid", "amount", "business", "public-body"},
	} {
		capped := c.cap != "none"
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["pricing.model"], v["liability.cap"], v["audience"] = c.price, c.cap, c.audience
			v["provider.type"] = c.ptype
		}, map[string]phraseWant{
			"lettered (d)":             {phraseFx7sUserTrebled, "liability-limit", capped},
			"user trebled":             {phraseFx7sUserTrebledOnly, "liability-limit", capped},
			"confidentiality trebled":  {phraseFx7sProviderConfidentialityTrebled, "liability-limit", capped},
			"confidentiality uncapped": {phraseFx7sConfidentialityUncapped, "liability-limit", false},
			"provider list when paid":  {phraseFx7sProviderList, "liability-limit", capped && c.price == "paid"},
			"whole fair use uncapped":  {phraseFx7sWholeFairUseUncapped, "liability-limit", false},
			"indemnity whole fair use": {phraseFx7sIndemnityWholeFairUse, "liability-indemnity", false},
			"indemnity points 3 and 4": {phraseFx7sIndemnityPoints, "liability-indemnity", c.ptype != "public-body" || c.price == "paid"},
		})
	}
}

// RT-7: the service level remedies stay the only compensation for
// missing the levels but do not count towards the cap, which remains
// whole for the Provider's other breaches; without a cap, or without a
// price (no service level), nothing is said about a cap.
var phraseFx7sSLAOutsideCap = apiTOSPhrase{
	textfmt.EN: "save in the event of the Provider's gross negligence or wilful misconduct, and do not count towards the cap set in Article\u00a09.",
	textfmt.FR: "sauf faute lourde ou dolosive du Fournisseur, et ne s'imputent pas sur le plafond prévu à l'article\u00a09.",
}

func TestFx7sServiceCreditsOutsideCap(t *testing.T) {
	for _, c := range []struct{ price, cap string }{
		{"paid", "amount"}, {"paid", "fees"}, {"paid", "none"}, {"free", "amount"},
	} {
		checkPhrases(t, c.price+" "+c.cap, func(v questionnaire.Values) {
			v["pricing.model"], v["liability.cap"] = c.price, c.cap
			v["provider.type"] = "company"
		}, map[string]phraseWant{
			"credits outside cap": {phraseFx7sSLAOutsideCap, "warranty-disclaimer", c.price == "paid" && c.cap != "none"},
			"credits on the cap":  {phraseSLAOldCap, "warranty-disclaimer", false},
		})
	}
}

var phraseSLAOldCap = apiTOSPhrase{textfmt.EN: "and count towards the cap", textfmt.FR: "et s'imputent sur le plafond"}

// RS2-6: consumer status is a matter of fact; a consumer who gets in by a
// false declaration keeps the mandatory protection, so 9.2, 9.3, 9.5 and
// the evidence clause name the Consumer whatever the audience.
func TestFx7sConsumerNamedWhateverTheAudience(t *testing.T) {
	named := map[string]phraseWant{
		"cap": {apiTOSPhrase{
			textfmt.EN: "in no way limit the Provider's liability towards a Consumer or a Non-Professional.",
			textfmt.FR: "ne limitent en rien la responsabilité du Fournisseur envers un Consommateur ou un Non-professionnel.",
		}, "liability-limit", true},
		"indemnity": {apiTOSPhrase{
			textfmt.EN: "A User other than a Consumer or a Non-Professional shall indemnify",
			textfmt.FR: "L'Utilisateur autre qu'un Consommateur ou un Non-professionnel garantit",
		}, "liability-indemnity", true},
		"indemnity without consumer": {apiTOSPhrase{
			textfmt.EN: "A User other than a Non-Professional",
			textfmt.FR: "L'Utilisateur autre qu'un Non-professionnel",
		}, "liability-indemnity", false},
		"evidence": {apiTOSPhrase{
			textfmt.EN: "Towards a Consumer or a Non-Professional, those records are items of evidence",
			textfmt.FR: "À l'égard d'un Consommateur ou d'un Non-professionnel, ces enregistrements constituent des éléments de preuve",
		}, "evidence", true},
	}
	for _, audience := range []string{"business", "business-and-consumers"} {
		checkPhrases(t, audience, func(v questionnaire.Values) {
			v["audience"], v["provider.type"] = audience, "company"
		}, named)
		checkPhrases(t, audience+" paid", func(v questionnaire.Values) {
			v["audience"], v["provider.type"], v["pricing.model"] = audience, "company", "paid"
		}, map[string]phraseWant{"service level": {apiTOSPhrase{
			textfmt.EN: "in no way limit the rights of a Consumer or a Non-Professional.",
			textfmt.FR: "ne limitent en rien les droits d'un Consommateur ou d'un Non-professionnel.",
		}, "warranty-disclaimer", true}})
	}
}

// RM2-6: article 1231-3 of the Civil Code concerns foreseeability and
// gross or wilful fault, not bodily injury: the citation follows the
// fault only, in the safety clause as in the limitation clause.
func TestFx7sSafetyCitation(t *testing.T) {
	for _, data := range []string{"commercial", "open-reuse"} {
		checkPhrases(t, data, func(v questionnaire.Values) {
			v["safety.critical"], v["conditions.data"] = true, data
			if data == "commercial" {
				v["data.commercial.url"] = "https://example.org/licence"
			}
		}, map[string]phraseWant{
			"fault cited": {apiTOSPhrase{
				textfmt.EN: "liability for gross negligence or wilful misconduct (article 1231-3 of the French Civil Code) or for personal injury, nor",
				textfmt.FR: "responsabilité en cas de faute lourde ou dolosive (article 1231-3 du Code civil) ou de dommage corporel, ni",
			}, "liability-safety", true},
			"injury cited": {apiTOSPhrase{
				textfmt.EN: "personal injury or for gross negligence",
				textfmt.FR: "dommage corporel ou de faute lourde",
			}, "liability-safety", false},
		})
	}
}

// RS2-10, RS2-13: 7.1 reserves the two clauses that license User material
// to the Provider (use of requests, error reports) and states the rule
// that the definition of User Content used to hold; RS2-5: the licence on
// error reports covers communication to the public and making them
// available to all under the data licence, or to Users and licensees
// under a commercial licence; RS2-9: under CC0, attribution survives for
// the Data obtained before the end.
func TestFx7sUserMaterialAndSurvival(t *testing.T) {
	subjectTo := apiTOSPhrase{
		textfmt.EN: "and, subject to Articles\u00a06.4 and 6.6, the Agreement grants the Provider no licence",
		textfmt.FR: "et, sous réserve des articles\u00a06.4 et 6.6, le Contrat ne lui concède aucune licence",
	}
	retains := apiTOSPhrase{
		textfmt.EN: "The User retains all rights in User Content",
		textfmt.FR: "L'Utilisateur conserve tous les droits sur le Contenu de l'Utilisateur",
	}
	toAll := apiTOSPhrase{
		textfmt.EN: "a non-exclusive licence to reproduce, communicate to the public and adapt the contents of its reports, solely to correct the Data and to disseminate the corrected Data, with the right to incorporate those contents in the Data and to make them, so incorporated, available to all, and to grant anyone the right to reproduce, communicate to the public and adapt them, on the terms of Article",
		textfmt.FR: "une licence non exclusive de reproduction, de représentation et d'adaptation du contenu de ses signalements, aux seules fins de corriger les Données et de diffuser les Données corrigées, avec la faculté d'intégrer ce contenu aux Données et de le mettre, ainsi intégré, à la disposition de tous, et de concéder à quiconque le droit de le reproduire, de le représenter et de l'adapter, dans les conditions de l'article",
	}
	toLicensees := apiTOSPhrase{
		textfmt.EN: "available to Users and to the third parties to whom the Provider licenses the reuse of the Data, on the terms of Article",
		textfmt.FR: "à la disposition des Utilisateurs et des tiers auxquels le Fournisseur concède la réutilisation des Données, dans les conditions de l'article",
	}
	survives := apiTOSPhrase{
		textfmt.EN: ", for the Data obtained before the Agreement ends,",
		textfmt.FR: ", pour les Données obtenues avant la fin du Contrat,",
	}
	for _, c := range []struct{ data, attribution string }{
		{"open-reuse", "required"}, {"open-reuse", "none"}, {"open-data-licence", "required"}, {"commercial", "required"},
	} {
		checkPhrases(t, c.data+" "+c.attribution, func(v questionnaire.Values) {
			v["conditions.data"], v["conditions.attribution"] = c.data, c.attribution
			v["personal_data.processed"] = true
			if c.data == "commercial" {
				v["data.commercial.url"] = "https://example.org/licence"
			}
			if c.data == "open-data-licence" {
				v["data.licence.title"] = map[string]any{"en": "Open Database License (ODbL) 1.0", "fr": "Open Database License (ODbL) 1.0"}
				v["data.licence.url"] = "https://opendatacommons.org/licenses/odbl/1-0/"
			}
		}, map[string]phraseWant{
			"7.1 subject to":       {subjectTo, "outputs-no-claim", true},
			"7.1 retains":          {retains, "outputs-no-claim", true},
			"definition rule gone": {retains, "definitions", false},
			"reports to all":       {toAll, "data-errors", c.data != "commercial"},
			"reports to licensees": {toLicensees, "data-errors", c.data == "commercial"},
			"attribution survives": {survives, "term-effects", c.data == "open-reuse" && c.attribution == "required"},
		})
	}
}

// RS2-14: « douze (12) mois » in 2.4, point 4, as everywhere else, and
// the share capital's « euros » tied to its figure.
func TestFx7sTypography(t *testing.T) {
	checkPhrases(t, "refusal", func(v questionnaire.Values) {}, map[string]phraseWant{
		"twelve (12)": {apiTOSPhrase{
			textfmt.EN: "within the previous twelve\u00a0(12)\u00a0months,",
			textfmt.FR: "au cours des douze\u00a0(12)\u00a0mois précédents,",
		}, "scope-acceptance", true},
		"bare twelve": {apiTOSPhrase{
			textfmt.EN: "within the previous twelve months",
			textfmt.FR: "au cours des douze mois précédents",
		}, "scope-acceptance", false},
	})
	checkPhrases(t, "capital", func(v questionnaire.Values) {
		v["provider.type"], v["provider.share_capital"] = "company", "10 000 euros"
	}, map[string]phraseWant{
		"capital": {apiTOSPhrase{
			textfmt.EN: "with a share capital of EUR\u00a010,000",
			textfmt.FR: "au capital de 10\u202f000\u00a0euros",
		}, "parties", true},
	})
}

// RS2-11 / RN2-10 (in part): the clause says expressly whether loss of
// profit is recoverable where only the cap, or the exclusion, is set
// aside.
func TestFx7sLossOfProfitWhereCapLifted(t *testing.T) {
	said := apiTOSPhrase{
		textfmt.EN: "Breaches for which only the cap is set aside remain subject to the exclusion of loss of profit and of the other losses in (a); those for which the exclusion is set aside give rise to compensation for those losses, within the cap, if any, that applies to them.",
		textfmt.FR: "Les manquements pour lesquels seul le plafond est écarté demeurent soumis à l'exclusion du manque à gagner et des autres préjudices prévue au a) ; ceux pour lesquels l'exclusion est écartée ouvrent droit à la réparation de ces préjudices, dans la limite du plafond qui leur est, le cas échéant, applicable.",
	}
	for _, c := range []struct{ price, cap, ptype string }{
		{"free", "amount", "company"}, {"paid", "fees", "company"}, {"free", "none", "company"}, {"paid", "amount", "public-body"},
	} {
		checkPhrases(t, c.price+" "+c.cap+" "+c.ptype, func(v questionnaire.Values) {
			v["pricing.model"], v["liability.cap"], v["provider.type"] = c.price, c.cap, c.ptype
		}, map[string]phraseWant{"said": {said, "liability-limit", c.cap != "none"}})
	}
}
