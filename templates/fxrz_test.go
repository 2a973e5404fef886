package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// RZ-1: whatever the Provider's role and audience, a User can keep its
// requests out of the Provider's own purposes, and a User acting as a
// processor must, unless its controller authorised them in writing
// (GDPR, art. 28(10) and 29). Without own purposes, no such clause.
var (
	phraseRZOptOut = apiTOSPhrase{
		textfmt.EN: "may exclude its requests from the processing that the Provider carries out for the purposes listed above, by the means that the Documentation describes for that purpose",
		textfmt.FR: "peut exclure ses requêtes des traitements que le Fournisseur effectue pour les finalités énumérées ci-dessus, par le moyen que la Documentation décrit à cet effet",
	}
	phraseRZProcessorMust = apiTOSPhrase{
		textfmt.EN: "as a processor on behalf of a controller shall exclude its requests in that way, unless that controller has authorised their processing for the Provider's purposes in writing (articles 28(10) and 29 of the GDPR)",
		textfmt.FR: "en qualité de sous-traitant pour le compte d'un responsable du traitement exclut ainsi ses requêtes, sauf si ce responsable du traitement a autorisé par écrit leur traitement pour les finalités du Fournisseur (articles 28, paragraphe 10, et 29 du RGPD)",
	}
	phraseRZAnnexOptOut = apiTOSPhrase{
		textfmt.EN: "it shall exclude its requests from the processing that the Provider carries out for its own purposes",
		textfmt.FR: "il exclut ses requêtes des traitements que le Fournisseur effectue pour ses finalités propres",
	}
	// RZ-3: a Consumer's requests concern third parties too: the
	// Provider alone answers to them and informs them (GDPR, art. 14),
	// and the Consumer, told of the advantage, is told of the exclusion.
	phraseRZThirdParties = apiTOSPhrase{
		textfmt.EN: "towards that Consumer and towards the other persons to whom his or her requests relate, for the processing set out in this article, including informing those persons of the processing it carries out for its own purposes (article 14 of the GDPR)",
		textfmt.FR: "à son égard et à l'égard des autres personnes que concernent ses requêtes, des traitements prévus au présent article, y compris de l'information de ces personnes sur les traitements qu'il effectue pour ses finalités propres (article 14 du RGPD)",
	}
	phraseRZConsumerExclude = apiTOSPhrase{
		textfmt.EN: "exclude his or her requests",
		textfmt.FR: "exclure ses requêtes",
	}
)

func TestFxrzOwnPurposesOptOut(t *testing.T) {
	for _, tc := range []struct {
		role, audience, provider string
		purposes                 bool
	}{
		{"both", "business-and-consumers", "individual", true},
		{"both", "business", "company", true},
		{"both", "business-and-consumers", "company", true},
		{"controller", "business-and-consumers", "company", true},
		{"controller", "business", "public-body", true},
		{"processor", "business-and-consumers", "company", false},
		{"controller", "business", "company", false},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["personal_data.processed"] = true
			v["personal_data.role"] = tc.role
			v["audience"] = tc.audience
			v["provider.type"] = tc.provider
			if tc.provider == "individual" {
				v["provider.name"], v["provider.legal_form"] = "Jeanne Martin EI", "entrepreneur individuel"
			}
			if tc.purposes {
				v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "improving the geocoding", textfmt.FR: "l'amélioration du géocodage"}
			} else {
				delete(v, "personal_data.purposes")
			}
		})
		want := tc.role != "processor" && tc.purposes
		for l, doc := range docs {
			for _, p := range []apiTOSPhrase{phraseRZOptOut, phraseRZProcessorMust} {
				if p.in(doc, "data-personal") != want {
					t.Errorf("%+v %s: 6.2 says %q: %v, want %v", tc, l, p[l], !want, want)
				}
			}
			consumers := tc.audience == "business-and-consumers"
			if got := phraseRZThirdParties.in(doc, "data-personal"); got != (want && consumers) {
				t.Errorf("%+v %s: 6.2 says %q: %v", tc, l, phraseRZThirdParties[l], got)
			}
			if got := phraseRZConsumerExclude.in(doc, "consumer-information"); got != (want && consumers) {
				t.Errorf("%+v %s: 11.1 says %q: %v", tc, l, phraseRZConsumerExclude[l], got)
			}
			if _, ok := doc.Clause("dpa-scope"); ok {
				if got := phraseRZAnnexOptOut.in(doc, "dpa-scope"); got != (want && tc.role == "both") {
					t.Errorf("%+v %s: B.1 says %q: %v", tc, l, phraseRZAnnexOptOut[l], got)
				}
			}
		}
	}
}

// RZ-2: the Provider chooses the data it reuses; the questionnaire tells
// it to name only those each purpose needs (GDPR, art. 5(1)(c)), never
// the names attached to addresses, and to offer the exclusion of RZ-1.
func TestFxrzOwnPurposeDataMinimisedInQuestionnaire(t *testing.T) {
	k, _ := Lookup("api-tos")
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"never the names attached to them", "your API must offer that exclusion"},
		textfmt.FR: {"jamais les noms qui les accompagnent", "votre API doit offrir cette exclusion"},
	}
	found := false
	for _, r := range k.Questionnaire.Rules {
		if r.ID != "processor-own-purposes" {
			continue
		}
		found = true
		for l, ws := range want {
			for _, w := range ws {
				if !strings.Contains(r.Reason[l], w) {
					t.Errorf("%s: the warning does not say %q", l, w)
				}
			}
		}
	}
	if !found {
		t.Fatal("no rule processor-own-purposes")
	}
	q, ok := k.Questionnaire.Question("personal_data.controller_categories")
	if !ok {
		t.Fatal("no question personal_data.controller_categories")
	}
	help := q.Help
	if !strings.Contains(help[textfmt.EN], "not the names attached to them") || !strings.Contains(help[textfmt.FR], "non les noms qui les accompagnent") {
		t.Error("the help on own-purpose data does not ask for minimisation")
	}
}

// RZ-8: for paid access, the notice of closure, and the notices set by
// reference to it (price rise, exclusion), grow with the length of the
// relationship with a professional User, up to eighteen months
// (C. com., art. L. 442-1, II); not for free access, nor at 18 months.
var phraseRZEstablishedRelationship = apiTOSPhrase{
	textfmt.EN: "the notice of closure, and every notice that the Agreement sets by reference to it, is extended, where shorter, to one (1) month for each full year that the relationship with that User has lasted, up to eighteen (18) months (article L. 442-1, II, of the French Commercial Code)",
	textfmt.FR: "le préavis de fermeture, ainsi que tout préavis que le Contrat fixe par référence à lui, est porté, s'il est plus court, à un (1) mois par année complète de relation avec cet Utilisateur, dans la limite de dix-huit (18) mois (article L. 442-1, II, du Code de commerce)",
}

func TestFxrzClosureNoticeGrowsWithRelationship(t *testing.T) {
	for _, tc := range []struct {
		pricing string
		months  int
		want    bool
	}{
		{"paid", 6, true},
		{"paid", 18, false},
		{"free", 6, false},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["pricing.model"] = tc.pricing
			v["term.termination_notice_months"] = tc.months
		})
		for l, doc := range docs {
			if got := phraseRZEstablishedRelationship.in(doc, "term-provider"); got != tc.want {
				t.Errorf("%+v %s: 10.3 says %q: %v", tc, l, phraseRZEstablishedRelationship[l], got)
			}
		}
	}
}

// RZ-14: on a paid plan, a cut in rate limits or call volume is a price
// rise under 3.3 (six months' notice, express acceptance), not a mere
// Breaking Change under 5.2; free access keeps 5.2 alone.
var phraseRZRateCutIsPriceRise = apiTOSPhrase{
	textfmt.EN: "A reduction of the rate limits, of the volume of calls or of anything else that a paid price plan includes for the same price is, however, a price increase for the Users on that plan, governed by",
	textfmt.FR: "La baisse des limites de débit, du volume d'appels ou de tout autre élément qu'une formule tarifaire payante comprend pour un même prix constitue toutefois, pour les Utilisateurs de cette formule, une hausse de prix régie par",
}

func TestFxrzPaidRateCutIsPriceRise(t *testing.T) {
	for _, pricing := range []string{"paid", "free"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) { v["pricing.model"] = pricing })
		for l, doc := range docs {
			if got := phraseRZRateCutIsPriceRise.in(doc, "change-api"); got != (pricing == "paid") {
				t.Errorf("%s %s: 5.2 says %q: %v", pricing, l, phraseRZRateCutIsPriceRise[l], got)
			}
			if c, _ := doc.Clause("change-api"); pricing == "paid" && !refersTo(c, "access-price") {
				t.Errorf("%s %s: 5.2 does not refer to 3.3", pricing, l)
			}
		}
	}
}

// RZ-16: where the attribution duty survives for the Data a User keeps
// (commercial data licence, 10.6), the trademark licence survives for
// that statement; otherwise it simply ends with the Agreement.
var phraseRZTrademarkSurvives = apiTOSPhrase{
	textfmt.EN: "that licence ends with the Agreement, save for the statement that Article\u00a010.6 requires for the Data that the User keeps.",
	textfmt.FR: "cette licence prend fin avec le Contrat, sauf pour la mention que l'article 10.6 impose pour les Données que l'Utilisateur conserve.",
}

func TestFxrzTrademarkLicenceSurvivesForKeptData(t *testing.T) {
	for _, data := range []string{"commercial", "open-data-licence"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["conditions.attribution"], v["conditions.data"] = "trademark", data
			if data == "commercial" {
				v["data.commercial.url"] = "https://acme-meteo.example/legal/data-licence"
			}
		})
		for l, doc := range docs {
			if got := phraseRZTrademarkSurvives.in(doc, "user-attribution-trademark"); got != (data == "commercial") {
				t.Errorf("%s %s: 8.5 says %q: %v\n%s", data, l, phraseRZTrademarkSurvives[l], got, clauseText(doc, "user-attribution-trademark"))
			}
		}
	}
}

// RZ-15: where prepaid sums are refunded on termination but a reduced
// price paid in advance is recalculated (3.4), neither 10.2 nor the
// summary says "at no cost" without that reservation, and both state the
// rule, a refund pro rata, before the exception (review RM-14); free access and
// access paid to the end of the period have no such reservation.
var (
	phraseRZRecalcTerm = apiTOSPhrase{
		textfmt.EN: "without cause and at no cost, any sums paid in advance being refunded pro rata to the time remaining, subject to the recalculation of a reduced price paid in advance provided in",
		textfmt.FR: "sans motif et sans frais, les sommes payées d'avance lui étant remboursées au prorata du temps restant à courir, sous réserve du recalcul d'un prix réduit payé d'avance prévu à l'",
	}
	phraseRZRecalcSummary = apiTOSPhrase{
		textfmt.EN: "at any time, at no cost, any sums paid in advance being refunded pro rata to the time remaining, subject to the recalculation of a reduced price paid in advance (",
		textfmt.FR: "à tout moment, sans frais, les sommes payées d'avance lui étant remboursées au prorata du temps restant à courir, sous réserve du recalcul d'un prix réduit payé d'avance (",
	}
)

func TestFxrzNoCostReservesPrepaidRecalculation(t *testing.T) {
	for _, c := range []struct{ model, prepaid string }{{"free", ""}, {"paid", "refund"}, {"paid", "period-end"}} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["pricing.model"] = c.model
			if c.prepaid != "" {
				v["pricing.prepaid"] = c.prepaid
			}
		})
		want := c.prepaid == "refund"
		for l, doc := range docs {
			if got := phraseRZRecalcTerm.in(doc, "term-user"); got != want {
				t.Errorf("%+v %s: 10.2 says %q: %v", c, l, phraseRZRecalcTerm[l], got)
			}
			if got := phraseRZRecalcSummary.in(doc, "summary"); got != want {
				t.Errorf("%+v %s: the summary says %q: %v", c, l, phraseRZRecalcSummary[l], got)
			}
		}
	}
}

// RZ-6: module 4 binds every User outside the EEA that no adequacy
// decision covers, a non-certified US User under the Data Privacy
// Framework included (GDPR, art. 45; Decision (EU) 2023/1795).
var phraseRZNoAdequacy = apiTOSPhrase{
	textfmt.EN: "to which no adequacy decision of the European Commission applies, such as a User established in the United States that is not certified under the EU-U.S. Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023)",
	textfmt.FR: "auquel aucune décision d'adéquation de la Commission européenne ne s'applique, tel qu'un Utilisateur établi aux États-Unis qui n'est pas certifié au titre du cadre de protection des données UE-États-Unis (décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023)",
}

func TestFxrzModuleFourCoversNonCertifiedUS(t *testing.T) {
	for _, role := range []string{"processor", "both", "controller"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, role
			if role != "processor" {
				v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "improving the geocoding", textfmt.FR: "l'amélioration du géocodage"}
			}
		})
		for l, doc := range docs {
			if _, ok := doc.Clause("data-transfers"); !ok {
				continue
			}
			if !phraseRZNoAdequacy.in(doc, "data-transfers") {
				t.Errorf("%s %s: 6.3 does not say %q", role, l, phraseRZNoAdequacy[l])
			}
			if phraseRZOldAdequacy.in(doc, "data-transfers") {
				t.Errorf("%s %s: 6.3 still says %q", role, l, phraseRZOldAdequacy[l])
			}
		}
	}
}

var phraseRZOldAdequacy = apiTOSPhrase{
	textfmt.EN: "in a country not recognised as adequate",
	textfmt.FR: "dans un pays qui n'a pas été reconnu comme adéquat",
}

// RZ-5: the provider's answers describe the SCC annex; the help tells a
// geocoder to answer that it returns nothing else, and to name the
// occupants of addresses returned by reverse geocoding.
func TestFxrzReturnedDataHelp(t *testing.T) {
	k, _ := Lookup("api-tos")
	for key, want := range map[string]map[textfmt.Lang]string{
		"personal_data.returns":  {textfmt.EN: "a geocoder that only turns the addresses sent into coordinates returns nothing else, so answer no", textfmt.FR: "un géocodeur qui ne fait que convertir en coordonnées les adresses envoyées ne renvoie rien d'autre, répondez donc non"},
		"personal_data.returned": {textfmt.EN: "such as the addresses, and so their occupants, that reverse geocoding takes from your own data", textfmt.FR: "telles les adresses, et donc leurs occupants, que le géocodage inverse tire de vos propres données"},
	} {
		q, ok := k.Questionnaire.Question(key)
		if !ok {
			t.Fatalf("no question %s", key)
		}
		for l, w := range want {
			if !strings.Contains(q.Help[l], w) && !strings.Contains(q.Help[l], textfmt.Typeset(l, w)) {
				t.Errorf("%s %s: the help does not say %q", key, l, w)
			}
		}
	}
}

// RZ-13: the Provider's own-purpose reuse of requests rests on a licence
// from the User (CPI, art. L. 342-1), unless the User excluded them; error
// reports are licensed for correcting the Data, in every combination.
var (
	phraseRZRequestLicence = apiTOSPhrase{
		textfmt.EN: "the User grants the Provider, free of charge, worldwide and for the duration of the rights, a non-exclusive licence to extract and use the contents of its requests, detached from any link with the User",
		textfmt.FR: "l'Utilisateur concède au Fournisseur, à titre gratuit, pour le monde entier et pour la durée des droits, une licence non exclusive d'extraction et d'utilisation du contenu de ses requêtes, détaché de tout lien avec l'Utilisateur",
	}
	phraseRZReportLicence = apiTOSPhrase{
		textfmt.EN: "The User grants the Provider, free of charge, worldwide and for the duration of the rights, a non-exclusive licence to reproduce, communicate to the public and adapt the contents of its reports, solely to correct the Data and to disseminate the corrected Data, with the right to incorporate those contents in the Data and to make them, so incorporated, available to",
		textfmt.FR: "L'Utilisateur concède au Fournisseur, à titre gratuit, pour le monde entier et pour la durée des droits, une licence non exclusive de reproduction, de représentation et d'adaptation du contenu de ses signalements, aux seules fins de corriger les Données et de diffuser les Données corrigées, avec la faculté d'intégrer ce contenu aux Données et de le mettre, ainsi intégré, à la disposition",
	}
)

func TestFxrzLicenceForOwnPurposeReuse(t *testing.T) {
	for _, role := range []string{"processor", "both", "controller"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, role
			if role != "processor" {
				v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "improving the geocoding", textfmt.FR: "l'amélioration du géocodage"}
			}
		})
		for l, doc := range docs {
			if got := phraseRZRequestLicence.in(doc, "data-provider-use"); got != (role != "processor") {
				t.Errorf("%s %s: 6.4 says %q: %v", role, l, phraseRZRequestLicence[l], got)
			}
			if _, ok := doc.Clause("data-errors"); ok && !phraseRZReportLicence.in(doc, "data-errors") {
				t.Errorf("%s %s: 6.6 does not say %q", role, l, phraseRZReportLicence[l])
			}
		}
	}
}

// RZ-10: "the same situation" of 2.3 is defined by the consideration
// accepted, so that no User claims enterprise limits at list price
// (C. civ., art. 1190).
var phraseRZSameSituation = apiTOSPhrase{
	textfmt.EN: "in the same situation, that is to say one that accepts the same consideration, in particular as to price, volume of calls and length of commitment.",
	textfmt.FR: "placé dans la même situation, c'est-à-dire qui accepte les mêmes contreparties, notamment de prix, de volume d'appels et de durée d'engagement.",
}

func TestFxrzSameSituationDefined(t *testing.T) {
	for _, access := range []string{"restricted", "neutrality"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) { v["conditions.access"] = access })
		for l, doc := range docs {
			if strings.Contains(clauseText(doc, "scope-precedence"), textfmt.Typeset(l, "relax")) || strings.Contains(clauseText(doc, "scope-precedence"), "assouplissement") {
				if !phraseRZSameSituation.in(doc, "scope-precedence") {
					t.Errorf("%s %s: 2.3 does not say %q", access, l, phraseRZSameSituation[l])
				}
			}
		}
	}
}

// RZ-9: restricted access may limit the offer to Consumers residing in
// the EEA (the geo-blocking Regulation protects EU customers only); the
// sentence appears only where Consumers are admitted.
var phraseRZEEAConsumers = apiTOSPhrase{
	textfmt.EN: "or to limit the offer to Consumers residing in the European Economic Area, within the limits of Regulation (EU) 2018/302 of 28 February 2018 on geo-blocking",
	textfmt.FR: "ou pour limiter l'offre faite aux Consommateurs à ceux qui résident dans l'Espace économique européen, dans les limites du règlement (UE) 2018/302 du 28 février 2018 relatif au blocage géographique",
}

func TestFxrzConsumerOfferMayBeLimitedToEEA(t *testing.T) {
	for _, audience := range []string{"business-and-consumers", "business"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["conditions.access"], v["audience"] = "restricted", audience
		})
		for l, doc := range docs {
			if got := phraseRZEEAConsumers.in(doc, "access-restricted"); got != (audience != "business") {
				t.Errorf("%s %s: 3.2 says %q: %v", audience, l, phraseRZEEAConsumers[l], got)
			}
		}
	}
}

// RZ-21: English obligations in "shall", and "and following" throughout.
func TestFxrzEnglishObligationsShall(t *testing.T) {
	docs := assembleAPITOS(t, func(v questionnaire.Values) { v["conditions.access"] = "restricted" })
	doc := docs[textfmt.EN]
	if !strings.Contains(clauseText(doc, "access-restricted"), "the Provider shall apply them equally to all Users in the same situation") {
		t.Error("3.2: the criteria are not applied with a \"shall\"")
	}
	if !strings.Contains(clauseText(doc, "data-users"), "The processing set out in this article is based on") {
		t.Error("6.1: the legal basis is not stated as a fact (review RK, RK-22)")
	}
	for _, c := range doc.Clauses {
		if strings.Contains(c.Body, " ff.") {
			t.Errorf("%s says \"ff.\"", c.ID)
		}
	}
}

// RZ-7: without a cap, 9.3 no longer says that nothing limits liability,
// which 9.2 and 9.4 contradict: it says there is no cap, and that the
// Provider's obligations are those of 9.2 and 9.4.
var phraseRZNoCap = apiTOSPhrase{
	textfmt.EN: "sets no cap on either party's liability, the extent of each party's obligations resulting from the Agreement itself, in particular, for the Provider, from",
	textfmt.FR: "ne plafonne la responsabilité d'aucune des parties, l'étendue des obligations de chacune résultant du Contrat lui-même, notamment, pour le Fournisseur, des",
}

func TestFxrzNoCapWording(t *testing.T) {
	for _, limit := range []string{"none", "amount"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) { v["liability.cap"] = limit })
		for l, doc := range docs {
			if got := phraseRZNoCap.in(doc, "liability-limit"); got != (limit == "none") {
				t.Errorf("%s %s: 9.3 says %q: %v", limit, l, phraseRZNoCap[l], got)
			}
			if strings.Contains(clauseText(doc, "liability-limit"), textfmt.Typeset(l, map[textfmt.Lang]string{textfmt.EN: "neither limits nor excludes", textfmt.FR: "ne limite ni n'exclut"}[l])) {
				t.Errorf("%s %s: 9.3 still says that nothing limits liability", limit, l)
			}
		}
	}
}

// RZ-12: safety is the Provider's choice; the help names geocoding.
func TestFxrzSafetyHelpNamesGeocoding(t *testing.T) {
	k, _ := Lookup("api-tos")
	q, ok := k.Questionnaire.Question("safety.critical")
	if !ok {
		t.Fatal("no question safety.critical")
	}
	for l, w := range map[textfmt.Lang]string{textfmt.EN: "a wrongly geocoded address can misdirect emergency services", textfmt.FR: "une adresse mal géocodée peut égarer des secours"} {
		if !strings.Contains(q.Help[l], w) && !strings.Contains(q.Help[l], textfmt.Typeset(l, w)) {
			t.Errorf("%s: the safety help does not say %q", l, w)
		}
	}
}

// RZ-4: a new own purpose reaches only data received after it takes
// effect and after the data subjects are informed (GDPR, art. 6(4),
// 13(3), 14(4)); it appears wherever own purposes are declared.
var phraseRZNewPurpose = apiTOSPhrase{
	textfmt.EN: "applies only to the data received after it takes effect and after the data subjects have been informed of it (articles 13(3) and 14(4) of the GDPR)",
	textfmt.FR: "ne s'applique qu'aux données reçues après sa prise d'effet et après l'information des personnes concernées (articles 13, paragraphe 3, et 14, paragraphe 4, du RGPD)",
}

func TestFxrzNewPurposeOnlyForFutureData(t *testing.T) {
	for _, role := range []string{"both", "controller"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, role
			v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "improving the geocoding", textfmt.FR: "l'amélioration du géocodage"}
		})
		for l, doc := range docs {
			if !phraseRZNewPurpose.in(doc, "data-personal") {
				t.Errorf("%s %s: 6.2 does not say %q", role, l, phraseRZNewPurpose[l])
			}
		}
	}
}

// RZ-18, RZ-19: no calques of "service credits" and "non-assertion".
func TestFxrzFrenchCalquesOfCreditsAndNonAssertion(t *testing.T) {
	docs := assembleAPITOS(t, func(v questionnaire.Values) {})
	doc := docs[textfmt.FR]
	for _, c := range doc.Clauses {
		for _, w := range []string{"crédits de service", "non-opposition des droits"} {
			if strings.Contains(c.Body, w) || strings.Contains(c.Title, w) {
				t.Errorf("%s says %q", c.ID, w)
			}
		}
	}
	if c, ok := doc.Clause("spec-non-assertion"); ok && c.Title != "Engagement de ne pas opposer ses droits" {
		t.Errorf("4.3 is headed %q", c.Title)
	}
}

// RZ-20, RZ-21: plainer wording of the Data definition, of deprecation
// and of sums due; « Site internet ».
func TestFxrzPlainerWording(t *testing.T) {
	docs := assembleAPITOS(t, func(v questionnaire.Values) {})
	for l, bad := range map[textfmt.Lang][]string{
		textfmt.EN: {"save for those data themselves where the results repeat them", "the sums due for the use of the API until that day remain due"},
		textfmt.FR: {"hormis ces données elles-mêmes", "fait migrer ses Applications", "jusqu'à ce jour restent dues", "Site web"},
	} {
		md := string(markdown.Render(docs[l]))
		for _, w := range bad {
			if strings.Contains(md, textfmt.Typeset(l, w)) || strings.Contains(md, w) {
				t.Errorf("%s says %q", l, w)
			}
		}
	}
}

// RZ-22: FR names the User it says the Provider does not endorse, as EN.
func TestFxrzEndorsementNamesTheUser(t *testing.T) {
	docs := assembleAPITOS(t, func(v questionnaire.Values) { v["conditions.attribution"] = "trademark" })
	md := string(markdown.Render(docs[textfmt.FR]))
	if strings.Contains(md, textfmt.Typeset(textfmt.FR, "le Fournisseur le soutient ou recommande")) {
		t.Error("FR says « le soutient ou recommande »")
	}
	if !strings.Contains(md, textfmt.Typeset(textfmt.FR, "que le Fournisseur soutient l'Utilisateur ou recommande ses Applications")) {
		t.Error("FR does not name the User it says the Provider does not endorse")
	}
}

// RZ-17 (part): the grounds for refusing an application or Access
// Credentials are numbered points, in every access mode.
func TestFxrzRefusalGroundsAreNumbered(t *testing.T) {
	for _, access := range []string{"restricted", "neutrality"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) { v["conditions.access"] = access })
		for l, doc := range docs {
			md := string(markdown.Render(doc))
			for _, w := range map[textfmt.Lang][]string{
				textfmt.EN: {"\n1. the person does not meet the conditions of", "\n2. the information that person has given is manifestly inaccurate;", "\n4. the Provider has, within the previous twelve\u00a0(12)\u00a0months,"},
				textfmt.FR: {"\n1. la personne ne remplit pas les conditions de", "\n2. les informations qu'elle a fournies sont manifestement inexactes ;", "\n4. le Fournisseur a, au cours des douze\u00a0(12)\u00a0mois précédents,"},
			}[l] {
				if !strings.Contains(md, textfmt.Typeset(l, w)) {
					t.Errorf("%s %s: no point %q", access, l, w)
				}
			}
		}
	}
}
