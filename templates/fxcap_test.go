package templates

import (
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// An association, free, for business users, with restricted access and
// acting as processor: the combination of the review this file answers.
func fxcapAssociation(v questionnaire.Values) {
	v["provider.type"], v["provider.legal_form"] = "organisation", "association régie par la loi du 1er juillet 1901"
	delete(v, "provider.share_capital")
	delete(v, "provider.registration")
	delete(v, "provider.merchant")
	v["provider.identifier"] = "RNA W751234567"
	v["pricing.model"], v["audience"] = "free", "business"
	v["conditions.access"] = "restricted"
	v["access.restrictions.url"] = "https://acme-meteo.example/legal/access-restrictions"
	v["personal_data.processed"], v["personal_data.role"] = true, "processor"
}

// BE-1: responses that return only what the User sent, or results
// computed from its own request, are not data the Provider supplies.
func TestFxcapReturnedOwnInputOnly(t *testing.T) {
	suppliedUse := apiTOSPhrase{
		textfmt.EN: "Where the API returns Personal Data, the User shall use them only for purposes compatible with those for which they are made available",
		textfmt.FR: "Lorsque l'API renvoie des Données personnelles, l'Utilisateur ne les utilise qu'à des fins compatibles avec celles pour lesquelles elles ont été mises à disposition",
	}
	ownOnly := apiTOSPhrase{
		textfmt.EN: "The only Personal Data that the API returns to a User are those that the User has sent in its requests, returned as they are or normalised, and the results that the API computes from them for that User alone: those Personal Data are not Data made available under",
		textfmt.FR: "Les seules Données personnelles que l'API renvoie à un Utilisateur sont celles qu'il a lui-même envoyées dans ses requêtes, renvoyées telles quelles ou normalisées, et les résultats que l'API calcule à partir de celles-ci pour lui seul : ces Données personnelles ne sont pas des Données mises à disposition dans les conditions de l'",
	}
	annexOwn := apiTOSPhrase{
		textfmt.EN: "data concerned: the personal data that the responses to the User's own requests contain, namely those that the User has sent and the results computed from them",
		textfmt.FR: "données concernées : les données personnelles que contiennent les réponses aux propres requêtes de l'Utilisateur, à savoir celles qu'il a envoyées et les résultats calculés à partir de celles-ci",
	}
	purpose := apiTOSPhrase{
		textfmt.EN: "nature and purpose of the transfer: returning to the User, in the responses of the API, the data it has sent and the results of its requests for the operation of its Applications",
		textfmt.FR: "nature et finalité du transfert : le renvoi à l'Utilisateur, dans les réponses de l'API, des données qu'il a envoyées et des résultats de ses requêtes pour le fonctionnement de ses Applications",
	}
	deletion := apiTOSPhrase{
		textfmt.EN: "the User shall delete the Personal Data that the API has communicated to it",
		textfmt.FR: "l'Utilisateur supprime les Données personnelles que l'API lui a communiquées",
	}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, returns := range []bool{true, false} {
			checkPhrases(t, role, func(v questionnaire.Values) {
				fxcapAssociation(v)
				v["personal_data.role"], v["personal_data.returns"] = role, returns
			}, map[string]phraseWant{
				"supplied data used compatibly": {suppliedUse, "data-personal", returns},
				"own input only":                {ownOnly, "data-personal", !returns},
				"annex I.B own input":           {annexOwn, "data-transfers", !returns},
				"annex I.B purpose":             {purpose, "data-transfers", !returns},
				"echo":                          {phraseNothingReturned, "data-transfers", !returns},
				"no deletion of own data":       {deletion, "term-effects", returns},
			})
		}
	}
}

// BE-1: a description of the returned data as what users sent warns
// that the answer "yes" treats them as the Provider's supply.
func TestFxcapReturnedOwnInputWarning(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		returned questionnaire.Translated
		returns  bool
		warned   bool
	}{
		{questionnaire.Translated{textfmt.EN: "the address that the User sent, normalised", textfmt.FR: "l'adresse envoyée par l'Utilisateur, normalisée"}, true, true},
		{questionnaire.Translated{textfmt.EN: "the address given in the request", textfmt.FR: "l'adresse transmise dans la requête, normalisée"}, true, true},
		{questionnaire.Translated{textfmt.EN: "the location coordinates of End Users, returned with each forecast", textfmt.FR: "les coordonnées de localisation des Utilisateurs finaux, renvoyées avec chaque prévision"}, true, false},
		{questionnaire.Translated{textfmt.EN: "the owner of each parcel", textfmt.FR: "le propriétaire de chaque parcelle"}, true, false},
	} {
		v := exampleValues(t, k)
		fxcapAssociation(v)
		v["personal_data.returns"], v["personal_data.returned"] = c.returns, c.returned
		var ids []string
		for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(v), testDay) {
			ids = append(ids, p.Rule.ID)
			if p.Rule.ID == "returned-only-users-own" && !p.Warning() {
				t.Errorf("%v: an error, not a warning", c.returned)
			}
		}
		if slices.Contains(ids, "returned-only-users-own") != c.warned {
			t.Errorf("%v: warned %v, want %v", c.returned, !c.warned, c.warned)
		}
	}
}

// BE-2: the User stays outside the cap only for the reuse and use
// restrictions and the indemnity, not for the access restrictions; the
// Provider escapes the exclusion for its change and closure commitments, under a separate, trebled cap (H2-1).
func TestFxcapLiabilityCarveOuts(t *testing.T) {
	providerChanges := apiTOSPhrase{
		textfmt.EN: "or of its commitments on changes and on the closure of the API under Articles\u00a05.2, 5.3, 5.6 and 10.3",
		textfmt.FR: "ni à ses engagements relatifs aux modifications et à la fermeture de l'API prévus aux articles\u00a05.2, 5.3, 5.6 et 10.3",
	}
	userFairUse := apiTOSPhrase{
		textfmt.EN: "In addition, the exclusion does not apply to a breach by the User of Article\u00a08.2",
		textfmt.FR: "En outre, l'exclusion ne s'applique pas aux manquements de l'Utilisateur à l'article\u00a08.2",
	}
	oldExclusionOnly := apiTOSPhrase{
		textfmt.EN: "nor to a breach by the Provider of its commitments under",
		textfmt.FR: "ni aux manquements du Fournisseur aux engagements prévus",
	}
	accessUncapped := apiTOSPhrase{
		textfmt.EN: "for the User, to a breach of Article\u00a03.2",
		textfmt.FR: "pour l'Utilisateur, aux manquements à l'article\u00a03.2",
	}
	for _, c := range []struct {
		data, output string
		user         apiTOSPhrase
	}{
		{"commercial", "no-direct-competition", apiTOSPhrase{
			textfmt.EN: "for the User, to a breach of Articles\u00a06.5 and 8.6 and the indemnity against third-party claims under Article\u00a09.5",
			textfmt.FR: "pour l'Utilisateur, aux manquements aux articles\u00a06.5 et 8.6 et à la garantie contre les recours de tiers prévue à l'article\u00a09.5"}},
		{"open-reuse", "any-reuse", apiTOSPhrase{
			textfmt.EN: "for the User, to the indemnity against third-party claims under Article\u00a09.5",
			textfmt.FR: "pour l'Utilisateur, à la garantie contre les recours de tiers prévue à l'article\u00a09.5"}},
	} {
		checkPhrases(t, c.data+" "+c.output, func(v questionnaire.Values) {
			fxcapAssociation(v)
			v["conditions.data"], v["conditions.output"] = c.data, c.output
			if c.data == "commercial" {
				v["data.commercial.url"] = "https://acme-meteo.example/legal/data-licence"
			}
		}, map[string]phraseWant{
			"user carve-outs":            {c.user, "liability-limit", true},
			"access restrictions capped": {accessUncapped, "liability-limit", false},
			"provider change uncapped":   {providerChanges, "liability-limit", true},
			"user fair use":              {userFairUse, "liability-limit", true},
			"old exclusion-only wording": {oldExclusionOnly, "liability-limit", false},
		})
	}
}

// BE-3: a resolutory clause lists the serious breaches of each party;
// a false declaration of not being a Consumer is one, and a ground of
// suspension, where the API is reserved for businesses.
func TestFxcapSeriousBreach(t *testing.T) {
	clause := apiTOSPhrase{
		textfmt.EN: "By way of exception to the period set out in the previous paragraph, either party may terminate the Agreement without prior formal notice, as article 1225 of the French Civil Code allows, by a notice sent by e-mail that states the breach relied on",
		textfmt.FR: "Par exception au délai prévu à l'alinéa précédent, chaque partie peut résilier le Contrat sans mise en demeure préalable, comme le permet l'article 1225 du Code civil, par une notification adressée par courrier électronique qui indique le manquement invoqué",
	}
	providerSide := apiTOSPhrase{
		textfmt.EN: "2. for the Provider: a breach of the confidentiality of requests",
		textfmt.FR: "2. pour le Fournisseur : un manquement à la confidentialité des requêtes",
	}
	falseDeclaration := apiTOSPhrase{
		textfmt.EN: "; a false declaration, when accepting the Agreement, that it does not act as a Consumer, in breach of Article\u00a02.5;",
		textfmt.FR: " ; une fausse déclaration, lors de l'acceptation du Contrat, selon laquelle il n'agit pas en qualité de Consommateur, en méconnaissance de l'article\u00a02.5 ;",
	}
	suspendFalse := apiTOSPhrase{
		textfmt.EN: "where the User has falsely declared, when accepting the Agreement, that it does not act as a Consumer, in breach of Article\u00a02.5",
		textfmt.FR: "lorsque l'Utilisateur a faussement déclaré, lors de l'acceptation du Contrat, ne pas agir en qualité de Consommateur, en méconnaissance de l'article\u00a02.5",
	}
	risk := apiTOSPhrase{
		textfmt.EN: "A party that so terminates does so at its own risk",
		textfmt.FR: "La partie qui met ainsi fin à la relation le fait à ses risques",
	}
	refund := apiTOSPhrase{
		textfmt.EN: "and the sums it has paid in advance for the period after the termination are refunded to it",
		textfmt.FR: "et les sommes qu'il a payées d'avance pour la période postérieure à la résiliation lui sont remboursées",
	}
	for _, audience := range []string{"business", "business-and-consumers"} {
		for _, model := range []string{"free", "paid"} {
			business := audience == "business"
			checkPhrases(t, audience+" "+model, func(v questionnaire.Values) {
				fxcapAssociation(v)
				v["audience"], v["pricing.model"] = audience, model
				if model == "paid" {
					v["pricing.url"] = "https://acme-meteo.example/prices"
				}
				if !business {
					v["consumer.mediator_name"], v["consumer.mediator_url"] = "Médiateur", "https://mediateur.example"
				}
			}, map[string]phraseWant{
				"resolutory clause":      {clause, "term-breach", true},
				"provider's breaches":    {providerSide, "term-breach", true},
				"false declaration":      {falseDeclaration, "term-breach", business},
				"suspension on it":       {suspendFalse, "term-breach", business},
				"at the party's risk":    {risk, "term-breach", true},
				"refund of paid periods": {refund, "term-breach", model == "paid"},
			})
		}
	}
}

// BB-6: the date on which a User's termination takes effect is stated
// once in the payment clause.
func TestFxcapTerminationDateOnce(t *testing.T) {
	general := apiTOSPhrase{
		textfmt.EN: "A termination by the User takes effect on the day the Provider receives it, or on any later date the User states. When the User terminates the Agreement for no other reason",
		textfmt.FR: "La résiliation par l'Utilisateur prend effet le jour de sa réception par le Fournisseur, ou à la date ultérieure qu'il indique. Toutefois, lorsque l'Utilisateur résilie le Contrat sans autre motif",
	}
	repeated := apiTOSPhrase{textfmt.EN: "In those cases, the User's termination takes effect", textfmt.FR: "Dans ces cas, la résiliation par l'Utilisateur prend effet"}
	for _, prepaid := range []string{"period-end", "refund"} {
		checkPhrases(t, prepaid, func(v questionnaire.Values) {
			v["pricing.model"], v["pricing.prepaid"], v["audience"] = "paid", prepaid, "business-and-consumers"
			v["pricing.url"] = "https://acme-meteo.example/prices"
			v["consumer.mediator_name"], v["consumer.mediator_url"] = "Médiateur", "https://mediateur.example"
		}, map[string]phraseWant{
			"general rule once": {general, "access-payment", prepaid == "period-end"},
			"no repetition":     {repeated, "access-payment", false},
		})
	}
}

// BE-5: the mining opt-out and the research exception cite the
// database right's exception (L. 342-3, 5° CPI) beside copyright's.
func TestFxcapTDMDatabase(t *testing.T) {
	optOut := apiTOSPhrase{
		textfmt.EN: "of article L. 122-5-3, III, of the French Intellectual Property Code and, in so far as the Data form a database, of article L. 342-3, 5°, of that Code",
		textfmt.FR: "de l'article L. 122-5-3, III, du Code de la propriété intellectuelle et, dans la mesure où les Données constituent une base de données, de l'article L. 342-3, 5°, du même code",
	}
	research := apiTOSPhrase{
		textfmt.EN: "(articles L. 122-5-3, II, and L. 342-3, 5°, of that Code)",
		textfmt.FR: "(articles L. 122-5-3, II, et L. 342-3, 5°, du même code)",
	}
	checkPhrases(t, "commercial data", func(v questionnaire.Values) {
		fxcapAssociation(v)
		v["conditions.data"], v["data.commercial.url"] = "commercial", "https://acme-meteo.example/legal/data-licence"
	}, map[string]phraseWant{
		"opt-out":  {optOut, "data-commercial", true},
		"research": {research, "data-commercial", true},
	})
}
