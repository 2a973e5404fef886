package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"

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

// RN2-5: towards Consumers, a regulated Provider names a mediator
// competent for disputes about the API, which 2.1 places outside its
// profession, and is warned to check that its profession's mediator
// hears them; any other Provider names it for disputes with the Provider.
func TestFx7nRegulatedMediator(t *testing.T) {
	k, _ := Lookup("api-tos")
	aboutAPI := apiTOSPhrase{
		textfmt.EN: "competent for disputes relating to the API, the provision of which is not part of the Provider's regulated profession (",
		textfmt.FR: "compétent pour les litiges relatifs à l'API, dont la fourniture ne relève pas de la profession réglementée du Fournisseur (",
	}
	withProvider := apiTOSPhrase{
		textfmt.EN: "consumer mediator, competent for disputes with the Provider",
		textfmt.FR: "médiateur de la consommation suivant, compétent pour les litiges avec le Fournisseur",
	}
	for _, regulated := range []bool{false, true} {
		set := func(v questionnaire.Values) {
			v["audience"] = "business-and-consumers"
			v["consumer.mediator_name"], v["consumer.mediator_url"] = "Médiateur de la consommation de la profession d'expert-comptable", "https://mediateur.example.org"
			if regulated {
				v["provider.type"], v["provider.name"], v["provider.regulated"] = "individual", "Jeanne Martin EI", true
			}
		}
		what := map[bool]string{false: "not regulated", true: "regulated"}[regulated]
		checkPhrases(t, what, set, map[string]phraseWant{
			"11.5 about the API":     {aboutAPI, "consumer-mediation", regulated},
			"11.5 with the Provider": {withProvider, "consumer-mediation", !regulated},
		})
		v := clone(exampleValues(t, k))
		set(v)
		if got := slices.Contains(fx5eWarnings(k, v), "regulated-profession-mediator"); got != regulated {
			t.Errorf("%s: mediator warning %v, want %v", what, got, regulated)
		}
	}
}

// RN2-9: the attribution clause gives as examples of the conditions of a
// licence it does not recognise only those that licence may carry: the
// exclusion of commercial reuse for a non-commercial licence, share-alike
// only for a licence that has it.
func TestFx7nLicenceConditionsExamples(t *testing.T) {
	nc := apiTOSPhrase{
		textfmt.EN: "The licence of the Data imposes conditions, such as stating their source and excluding their reuse for commercial purposes; a User",
		textfmt.FR: "La licence des Données impose des conditions, telles que la mention de leur source et l’exclusion de leur réutilisation à des fins commerciales ; l’Utilisateur",
	}
	ncSA := apiTOSPhrase{
		textfmt.EN: "excluding their reuse for commercial purposes, as well as sharing what is derived from them under the same licence; a User",
		textfmt.FR: "l’exclusion de leur réutilisation à des fins commerciales, ainsi que le partage sous la même licence de ce qui en est dérivé ; l’Utilisateur",
	}
	shareAlike := apiTOSPhrase{
		textfmt.EN: "sharing what is derived from them under the same licence",
		textfmt.FR: "le partage sous la même licence de ce qui en est dérivé",
	}
	for _, c := range []struct {
		title, url   string
		nc, ncSA, sa bool
	}{
		{"Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", "https://creativecommons.org/licenses/by-nc/4.0/legalcode", true, false, false},
		{"Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)", "https://creativecommons.org/licenses/by-nc-sa/4.0/", false, true, true},
		{"Licence maison", "https://example.org/licence", false, false, false},
	} {
		checkPhrases(t, c.title, func(v questionnaire.Values) {
			v["conditions.data"], v["conditions.attribution"] = "open-data-licence", "none"
			v["data.licence.title"], v["data.licence.url"] = c.title, c.url
			if c.nc || c.ncSA {
				v["conditions.output"] = "non-commercial"
			}
		}, map[string]phraseWant{
			"non-commercial":             {nc, "user-attribution-none", c.nc},
			"non-commercial share-alike": {ncSA, "user-attribution-none", c.ncSA},
			"share-alike":                {shareAlike, "user-attribution-none", c.sa},
		})
	}
}

// fx7nNote is the commentary of clause id (why and sources), empty if the
// clause or its commentary is missing.
func fx7nNote(doc *document.Document, id string) string {
	for _, c := range doc.Clauses {
		if c.ID == id && c.Note != nil {
			return c.Note.Why + "\n" + c.Note.Sources
		}
	}
	return ""
}

// fx7nAnnotated assembles the API terms with their commentary.
func fx7nAnnotated(t *testing.T, set func(v questionnaire.Values)) map[textfmt.Lang]*document.Document {
	t.Helper()
	k, _ := Lookup("api-tos")
	v := clone(exampleValues(t, k))
	set(v)
	docs := map[textfmt.Lang]*document.Document{}
	for _, l := range textfmt.All {
		doc, err := k.AssembleAnnotated(v, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		docs[l] = doc
	}
	return docs
}

// (a) The commentary of 2.2, 6.5 and A.2 calls a non-commercial licence
// of the Data non-commercial, never open; an open licence stays open.
func TestFx7nNonCommercialCommentary(t *testing.T) {
	want := map[string]apiTOSPhrase{
		"scope-documents":        {textfmt.EN: "the non-commercial licence of the Data stays outside the Agreement", textfmt.FR: "la licence non commerciale des Données reste hors du Contrat"},
		"data-open-data-licence": {textfmt.EN: "The Data are placed under a non-commercial licence listed in Annex A", textfmt.FR: "Les Données sont placées sous une licence non commerciale inscrite à l'annexe A"},
		"annex-a-licences":       {textfmt.EN: "Lists the licence of the Data: a non-commercial licence governing reuse", textfmt.FR: "Indique la licence des Données : une licence non commerciale régissant"},
	}
	open := map[string]apiTOSPhrase{
		"scope-documents":        {textfmt.EN: "the open licence of the Data stays outside the Agreement", textfmt.FR: "la licence ouverte des Données reste hors du Contrat"},
		"data-open-data-licence": {textfmt.EN: "The Data are placed under an open data licence listed in Annex A", textfmt.FR: "Les Données sont placées sous une licence de données ouvertes inscrite à l'annexe A"},
		"annex-a-licences":       {textfmt.EN: "Lists the licence of the Data: an open licence governing reuse", textfmt.FR: "Indique la licence des Données : une licence ouverte régissant"},
	}
	for _, nc := range []bool{true, false} {
		docs := fx7nAnnotated(t, func(v questionnaire.Values) {
			v["conditions.data"] = "open-data-licence"
			v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution 4.0 International (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/"
			if nc {
				v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", "https://creativecommons.org/licenses/by-nc/4.0/legalcode"
				v["conditions.output"] = "non-commercial"
			}
		})
		for l, doc := range docs {
			for id := range want {
				note := fx7nNote(doc, id)
				if got := strings.Contains(note, textfmt.Typeset(l, want[id][l])); got != nc {
					t.Errorf("nc=%v, %s, %s: non-commercial commentary %v, want %v", nc, l, id, got, nc)
				}
				if got := strings.Contains(note, textfmt.Typeset(l, open[id][l])); got == nc {
					t.Errorf("nc=%v, %s, %s: open commentary %v, want %v", nc, l, id, got, !nc)
				}
			}
		}
	}
}

// (b) The commentary of "Languages" names legislative decree no. 206/2005
// as the Italian Consumer Code (Codice del consumo), in both languages.
func TestFx7nItalianConsumerCode(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := clone(exampleValues(t, k))
	e := establishments["BE"]
	v["provider.country"], v["provider.registration"], v["provider.address"], v["provider.vat_number"] = "BE", e.registration, e.address, e.vat
	v["audience"] = "business-and-consumers"
	v["consumer.mediator_name"], v["consumer.mediator_url"] = "Service de médiation pour le consommateur", "https://mediationconsommateur.be"
	want := apiTOSPhrase{
		textfmt.EN: "legislative decree no. 206/2005 (Italian Consumer Code, Codice del consumo), art. 9",
		textfmt.FR: "décret législatif n° 206/2005 (Code de la consommation italien, Codice del consumo), art. 9",
	}
	for _, l := range textfmt.All {
		doc, err := k.AssembleAnnotated(v, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		note := fx7nNote(doc, "languages")
		if !strings.Contains(note, textfmt.Typeset(l, want[l])) {
			t.Errorf("%s: languages commentary lacks %q: %s", l, want[l], note)
		}
		if strings.Contains(note, "206/2005 (French") || strings.Contains(note, "206/2005 (Code de la consommation)") {
			t.Errorf("%s: languages commentary calls the Italian code French", l)
		}
	}
}

// RN2-4: where the Data are under a non-commercial or a commercial
// licence, the definition of Data says that the Provider claims no right
// in legislative or regulatory texts, nor in the rates, scales and rules
// they set, which the licence covers only as part of its database; under
// an open licence, which restricts nothing, the sentence is not needed.
func TestFx7nOfficialTextsNotClaimed(t *testing.T) {
	noClaim := apiTOSPhrase{
		textfmt.EN: "The Provider claims no Intellectual Property Right in legislative or regulatory texts, nor in the rates, scales and rules they set, that the Data may reproduce: anyone may reuse them freely, the licence of the Data covering only the Provider's database that brings them together, not each of them.",
		textfmt.FR: "Le Fournisseur ne revendique aucun Droit de propriété intellectuelle sur les textes législatifs ou réglementaires, ni sur les taux, barèmes et règles qu'ils fixent, que les Données peuvent reproduire : chacun peut les reprendre librement, la licence des Données ne portant que sur la base de données du Fournisseur qui les rassemble, et non sur chacun d'eux.",
	}
	for _, c := range []struct {
		what string
		set  func(v questionnaire.Values)
		want bool
	}{
		{"CC BY-NC", func(v questionnaire.Values) {
			v["conditions.data"], v["conditions.output"] = "open-data-licence", "non-commercial"
			v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", "https://creativecommons.org/licenses/by-nc/4.0/legalcode"
		}, true},
		{"commercial licence", func(v questionnaire.Values) { v["conditions.data"] = "commercial" }, true},
		{"CC BY", func(v questionnaire.Values) {
			v["conditions.data"] = "open-data-licence"
			v["data.licence.title"], v["data.licence.url"] = "Creative Commons Attribution 4.0 International (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/"
		}, false},
	} {
		checkPhrases(t, c.what, c.set, map[string]phraseWant{"no claim on official texts": {noClaim, "definitions", c.want}})
	}
}

// RN2-8: the purposes of 6.2 §1 are joined by "and" when there are two
// (answering the requests and securing them, a Provider bound to secrecy
// never anonymising), and listed with a comma before a third.
func TestFx7nPurposesJoined(t *testing.T) {
	two := apiTOSPhrase{
		textfmt.EN: "only to answer the requests and to ensure the security of the processing it carries out on the User's behalf (article 32 of the GDPR).",
		textfmt.FR: "que pour répondre aux requêtes et assurer la sécurité du traitement qu'il effectue pour le compte de l'Utilisateur (article 32 du RGPD).",
	}
	three := apiTOSPhrase{
		textfmt.EN: "only to answer the requests, to ensure the security of the processing it carries out on the User's behalf (article 32 of the GDPR) and, where the User has authorised it",
		textfmt.FR: "que pour répondre aux requêtes, assurer la sécurité du traitement qu'il effectue pour le compte de l'Utilisateur (article 32 du RGPD) et, lorsque l'Utilisateur l'y a autorisé",
	}
	for _, secrecy := range []bool{false, true} {
		checkPhrases(t, map[bool]string{false: "no secrecy", true: "secrecy"}[secrecy], func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["provider.regulated"], v["provider.profession.secrecy"] = secrecy, secrecy
			if secrecy {
				v["provider.type"], v["provider.name"] = "individual", "Jeanne Martin EI"
			}
		}, map[string]phraseWant{
			"two purposes":   {two, "data-personal", secrecy},
			"three purposes": {three, "data-personal", !secrecy},
		})
	}
}

// RN2-11: silence on an application for restricted access is no longer
// a refusal whose reasons follow within five days; the person may
// withdraw the application, then deemed refused.
func TestFx7nNoDeemedRefusalBySilence(t *testing.T) {
	withdraw := apiTOSPhrase{
		textfmt.EN: "If no answer is given within that period, the person may withdraw the application by a simple e-mail: an application so withdrawn is deemed refused",
		textfmt.FR: "À défaut de réponse dans ce délai, la personne peut retirer sa demande par simple courrier électronique : la demande ainsi retirée est réputée refusée",
	}
	old := apiTOSPhrase{
		textfmt.EN: "written reasons for the refusal within",
		textfmt.FR: "les motifs de ce refus au plus tard dans les",
	}
	for _, access := range []string{"restricted", "neutrality"} {
		checkPhrases(t, access, func(v questionnaire.Values) {
			v["conditions.access"] = access
			if access == "restricted" {
				v["access.restrictions.title"], v["access.restrictions.url"] = "Critères d’accès", "https://example.org/criteres"
			}
		}, map[string]phraseWant{
			"withdrawal":         {withdraw, "scope-acceptance", access == "restricted"},
			"no reasons after 5": {old, "scope-acceptance", false},
		})
	}
}

// RN2-7: towards a Consumer, B.1 says that Annex B concerns only the
// persons whose data he or she processes beyond household purposes, such
// as those he or she employs, and a list of data subjects that names a
// household is warned of; without Consumers, neither.
func TestFx7nAnnexBConsumerSubjects(t *testing.T) {
	k, _ := Lookup("api-tos")
	household := apiTOSPhrase{
		textfmt.EN: "Towards a Consumer, this Annex concerns only the persons whose data he or she processes for purposes other than purely personal or household ones, such as the persons he or she employs, even at home;",
		textfmt.FR: "À l'égard d'un Consommateur, la présente annexe ne vise que les personnes dont il traite les données à des fins autres que strictement personnelles ou domestiques, telles que les personnes qu'il emploie, même à domicile ;",
	}
	for _, consumers := range []bool{false, true} {
		set := func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["personal_data.subjects"] = questionnaire.Translated{textfmt.EN: "employees of the User and the members of their household", textfmt.FR: "salariés de l'Utilisateur et membres de leur foyer"}
			if consumers {
				v["audience"] = "business-and-consumers"
				v["consumer.mediator_name"], v["consumer.mediator_url"] = "Médiateur du e-commerce de la FEVAD", "https://mediateur.example.org"
			}
		}
		what := map[bool]string{false: "business", true: "consumers"}[consumers]
		checkPhrases(t, what, set, map[string]phraseWant{"B.1 household": {household, "dpa-scope", consumers}})
		v := clone(exampleValues(t, k))
		set(v)
		if got := slices.Contains(fx5eWarnings(k, v), "dpa-subjects-consumer-household"); got != consumers {
			t.Errorf("%s: household warning %v, want %v", what, got, consumers)
		}
	}
}
