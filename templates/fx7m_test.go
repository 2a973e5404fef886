package templates

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fx7mPublic is a paid API of a public body keeping public accounts, with
// the activity given ("industrial-commercial" or "administrative").
func fx7mPublic(t *testing.T, activity string, agency bool, methods ...string) questionnaire.Values {
	t.Helper()
	k, _ := Lookup("api-tos")
	v := publicValues(t, k)
	v["provider.public_activity"] = activity
	v["pricing.model"], v["provider.public_accounting"], v["pricing.revenue_agency"] = "paid", true, agency
	v["pricing.payment_methods"] = methods
	return v
}

// fx7mCheck fails unless the clause id holds each phrase, in both
// languages, exactly when on.
func fx7mCheck(t *testing.T, what string, v questionnaire.Values, on bool, id string, phrases ...apiTOSPhrase) {
	t.Helper()
	docs := assembleAPITOS(t, func(w questionnaire.Values) {
		for key := range w {
			if _, ok := v[key]; !ok {
				delete(w, key)
			}
		}
		for key, val := range v {
			w[key] = val
		}
	})
	for l, doc := range docs {
		for _, p := range phrases {
			if got := p.in(doc, id); got != on {
				t.Errorf("%s %s %s: %q present=%v, want %v", what, l, id, p[l], got, on)
			}
		}
	}
}

// RM2-3: a cash office (régie de recettes) collects by card only what is
// invoiced at the start of a billing period; sums invoiced after
// performance go to the revenue order, as does a failed charge. A private
// provider's stored card still covers every invoice, arrears included; an
// administrative service (revenue order for all) and a public body without
// a cash office have no stored-card authorisation at all.
var (
	phraseFx7mAgencyCard = apiTOSPhrase{
		textfmt.FR: "par sa régie de recettes, du montant de chaque facture émise au début d'une période de facturation. Les sommes facturées après l'exécution des prestations qu'elles rémunèrent ne sont pas débitées sur la carte : elles font l'objet du titre de recettes prévu ci-après.",
		textfmt.EN: "through its cash office, with the amount of each invoice issued at the start of a billing period. Sums invoiced after the performance of the services they pay for are not charged to the card: they are the subject of the revenue order provided for below.",
	}
	phraseFx7mAgencyFailure = apiTOSPhrase{
		textfmt.FR: "la somme due fait alors l'objet du titre de recettes prévu ci-après",
		textfmt.EN: "the sum due is then the subject of the revenue order provided for below",
	}
	phraseFx7mArrearsCard = apiTOSPhrase{
		textfmt.FR: "y compris lorsqu'elle couvre des prestations facturées après leur exécution",
		textfmt.EN: "including an invoice for services billed after their performance",
	}
)

func TestFx7mCashOfficeCardOnlyInAdvance(t *testing.T) {
	k, _ := Lookup("api-tos")
	spicAgency := fx7mPublic(t, "industrial-commercial", true, "card", "transfer")
	fx7mCheck(t, "SPIC with cash office", spicAgency, true, "access-payment", phraseFx7mAgencyCard, phraseFx7mAgencyFailure)
	fx7mCheck(t, "SPIC with cash office", spicAgency, false, "access-payment", phraseFx7mArrearsCard)

	spicNoAgency := fx7mPublic(t, "industrial-commercial", false, "card", "transfer")
	fx7mCheck(t, "SPIC without cash office", spicNoAgency, false, "access-payment", phraseFx7mAgencyCard, phraseFx7mAgencyFailure, phraseFx7mArrearsCard)

	admin := fx7mPublic(t, "administrative", true, "card", "transfer")
	fx7mCheck(t, "administrative with cash office", admin, false, "access-payment", phraseFx7mAgencyCard, phraseFx7mAgencyFailure, phraseFx7mArrearsCard)

	private := exampleValues(t, k)
	private["pricing.model"], private["pricing.payment_methods"] = "paid", []string{"card"}
	fx7mCheck(t, "private provider", private, true, "access-payment", phraseFx7mArrearsCard)
	fx7mCheck(t, "private provider", private, false, "access-payment", phraseFx7mAgencyCard, phraseFx7mAgencyFailure)
}

// RM2-11: 8.4 cites the clauses it flows down to End Users in the order of
// the terms, and, under an open licence, binds them to the no-competition
// rule for their access to the API through the Application only; a
// commercial data licence, whose restrictions bind the Data, and the other
// permitted uses keep the plain list.
var (
	phraseFx7mFlowDownOpen = apiTOSPhrase{
		textfmt.FR: "les règles du 4° de l'article 8.2, celles de l'article 8.6, pour le seul accès à l'API par l'intermédiaire de l'Application, et celles de l'article 8.7",
		textfmt.EN: "to the rules of point 4 of Article\u00a08.2, to those of Article\u00a08.6, for access to the API through the Application only, and to those of Article\u00a08.7",
	}
	phraseFx7mFlowDownAny = apiTOSPhrase{
		textfmt.FR: "les règles du 4° de l'article 8.2 et celles de l'article 8.6",
		textfmt.EN: "to the rules of point 4 of Article\u00a08.2 and to those of Article\u00a08.6",
	}
)

func TestFx7mEndUserFlowDownOrder(t *testing.T) {
	k, _ := Lookup("api-tos")
	open := exampleValues(t, k)
	open["conditions.output"], open["conditions.data"] = "no-direct-competition", "open-reuse"
	fx7mCheck(t, "no competition, open data", open, true, "user-end-users", phraseFx7mFlowDownOpen)
	any := exampleValues(t, k)
	any["conditions.output"], any["conditions.data"] = "any-reuse", "open-reuse"
	fx7mCheck(t, "any reuse", any, false, "user-end-users", phraseFx7mFlowDownOpen)
	fx7mCheck(t, "any reuse", any, true, "user-end-users", phraseFx7mFlowDownAny)
	// Whatever the options, no reference list in 8.4 runs backwards.
	for _, out := range []string{"any-reuse", "no-direct-competition", "non-commercial"} {
		for _, data := range []string{"open-reuse", "commercial"} {
			if out == "non-commercial" && data == "open-reuse" {
				continue // refused: public-domain data cannot be kept non-commercial
			}
			docs := assembleAPITOS(t, func(v questionnaire.Values) {
				v["conditions.output"], v["conditions.data"] = out, data
			})
			for l, doc := range docs {
				if m := fx7mBackwards(clauseText(doc, "user-end-users")); m != "" {
					t.Errorf("%s %s %s: 8.4 cites clauses out of order: %q", out, data, l, m)
				}
			}
		}
	}
}

// fx7mBackwards returns the first pair of clause numbers that a list
// cites in descending order, such as "8.7 et 8.6", or "".
func fx7mBackwards(text string) string {
	pair := regexp.MustCompile(`(\d+)\.(\d+)(?:,| and| et)[\s\x{a0}](\d+)\.(\d+)`)
	for i := 0; i < len(text); {
		loc := pair.FindStringSubmatchIndex(text[i:])
		if loc == nil {
			return ""
		}
		n := func(k int) int { v, _ := strconv.Atoi(text[i+loc[2*k] : i+loc[2*k+1]]); return v }
		if n(1) > n(3) || n(1) == n(3) && n(2) > n(4) {
			return text[i+loc[0] : i+loc[1]]
		}
		i += loc[6] // start again at the second number
	}
	return ""
}

// RM2-13: the English terms keep a French public body's name as it is and
// gloss its legal form where they state it, as they do a French company's;
// the gloss follows the category of public person. The French terms, and a
// private provider's, carry no such gloss.
func TestFx7mPublicBodyLegalFormGloss(t *testing.T) {
	k, _ := Lookup("api-tos")
	for cat, gloss := range map[string]string{"local": "French local public body", "state": "French State or national public body", "other": "French public-law body"} {
		v := publicValues(t, k)
		v["provider.public_category"] = cat
		docs := assembleAPITOS(t, func(w questionnaire.Values) {
			for key, val := range v {
				w[key] = val
			}
		})
		want := "**Legal form:** " + textfmt.TypesetAnswer(textfmt.EN, v["provider.legal_form"].(string)) + " (" + gloss + ")"
		en, _ := docs[textfmt.EN].Clause("parties")
		fr, _ := docs[textfmt.FR].Clause("parties")
		if !strings.Contains(en.Body, want) {
			t.Errorf("%s: no gloss %q in the English parties:\n%s", cat, want, en.Body)
		}
		if strings.Contains(fr.Body, gloss) {
			t.Errorf("%s: English gloss in the French terms", cat)
		}
	}
	docs := assembleAPITOS(t, func(questionnaire.Values) {})
	if en, _ := docs[textfmt.EN].Clause("parties"); strings.Contains(en.Body, "public body)") {
		t.Errorf("a private provider glossed as a public body")
	}
}

// RM2-5: a public body's paid terms say which Data may be reused free of
// charge: under an open licence, all of them, whether or not they are
// public information (CRPA L. 321-1); under a commercial licence, those
// the Documentation designates as public information. The old wording,
// which left the reader to guess which Data are public information, is
// gone.
var (
	phraseFx7mAllDataFree = apiTOSPhrase{
		textfmt.FR: "les Données, qu'elles constituent ou non des informations publiques au sens de l'article L. 321-1 du Code des relations entre le public et l'administration, peuvent être réutilisées gratuitement, sous la licence indiquée",
		textfmt.EN: "the Data, whether or not they are public information within the meaning of article L. 321-1 of the French Code of Relations between the Public and the Administration, may be reused free of charge, under the licence stated in",
	}
	phraseFx7mDesignatedDataFree = apiTOSPhrase{
		textfmt.FR: "les Données que la Documentation désigne comme des informations publiques au sens de l'article L. 321-1 du Code des relations entre le public et l'administration peuvent être réutilisées gratuitement",
		textfmt.EN: "the Data that the Documentation designates as public information within the meaning of article L. 321-1 of the French Code of Relations between the Public and the Administration may be reused free of charge",
	}
	phraseFx7mOldPublicInformation = apiTOSPhrase{
		textfmt.FR: "les Données qui constituent des informations publiques peuvent être réutilisées gratuitement",
		textfmt.EN: "the Data that are public information may be reused free of charge",
	}
)

func TestFx7mPublicInformationDesignated(t *testing.T) {
	open := fx7mPublic(t, "industrial-commercial", false, "transfer")
	open["conditions.data"] = "open-reuse"
	fx7mCheck(t, "open data", open, true, "access-price", phraseFx7mAllDataFree)
	fx7mCheck(t, "open data", open, false, "access-price", phraseFx7mDesignatedDataFree, phraseFx7mOldPublicInformation)
	commercial := fx7mPublic(t, "industrial-commercial", false, "transfer")
	commercial["conditions.data"] = "commercial"
	fx7mCheck(t, "commercial data", commercial, true, "access-price", phraseFx7mDesignatedDataFree)
	fx7mCheck(t, "commercial data", commercial, false, "access-price", phraseFx7mAllDataFree, phraseFx7mOldPublicInformation)
}

// RM2-7: a public body that reserves its API to professionals states why
// Consumers are not denied the public service: the Data are free to all at
// the address the answers give (the free download of a paid API, or the
// download under the open licence). Not said by a private provider, by a
// public body open to Consumers, or where no such address is given.
var phraseFx7mConsumersNotDeprived = apiTOSPhrase{
	textfmt.FR: "Cette réserve ne prive pas les Consommateurs de l'accès aux Données : le Fournisseur les met gratuitement à la disposition de tous à l'adresse",
	textfmt.EN: "That reservation does not deprive Consumers of access to the Data: the Provider makes them available to all free of charge at",
}

func TestFx7mConsumersExclusionJustified(t *testing.T) {
	k, _ := Lookup("api-tos")
	paid := fx7mPublic(t, "industrial-commercial", false, "transfer")
	paid["audience"], paid["pricing.free_data_url"] = "business", "https://www.data.gouv.fr/fr/datasets/example/"
	fx7mCheck(t, "public paid with free address", paid, true, "scope-users", phraseFx7mConsumersNotDeprived)
	noURL := fx7mPublic(t, "industrial-commercial", false, "transfer")
	noURL["audience"], noURL["conditions.data"] = "business", "open-reuse"
	delete(noURL, "pricing.free_data_url")
	fx7mCheck(t, "public paid without address", noURL, false, "scope-users", phraseFx7mConsumersNotDeprived)
	consumers := fx7mPublic(t, "industrial-commercial", false, "transfer")
	consumers["audience"], consumers["pricing.free_data_url"] = "business-and-consumers", "https://www.data.gouv.fr/fr/datasets/example/"
	fx7mCheck(t, "public open to consumers", consumers, false, "scope-users", phraseFx7mConsumersNotDeprived)
	private := exampleValues(t, k)
	private["audience"] = "business"
	fx7mCheck(t, "private provider", private, false, "scope-users", phraseFx7mConsumersNotDeprived)
}

// RM2-14: in the English price and payment clauses, and in the sanctions
// clause, an obligation is written with "shall", never in the present
// tense beside "shall" in the same clause.
func TestFx7mEnglishObligationsShall(t *testing.T) {
	k, _ := Lookup("api-tos")
	present := []string{"the notice states the new price", "the Documentation identifies those Data", "Invoices are sent to the User", "public establishments are sent to it", "purposes states the date on which payment is due", "they are paid to that accountant", "The notice of sums payable is sent", "is paid only in so far as"}
	private := exampleValues(t, k)
	private["pricing.model"] = "paid"
	cases := map[string]questionnaire.Values{
		"SPIC":           fx7mPublic(t, "industrial-commercial", true, "card", "transfer"),
		"administrative": fx7mPublic(t, "administrative", false, "transfer"),
		"private":        private,
	}
	cases["SPIC"]["pricing.high_value"] = true
	for name, v := range cases {
		docs := assembleAPITOS(t, func(w questionnaire.Values) {
			for key, val := range v {
				w[key] = val
			}
		})
		doc := docs[textfmt.EN]
		for _, id := range []string{"access-price", "access-payment", "user-sanctions"} {
			text := clauseText(doc, id)
			for _, p := range present {
				if strings.Contains(text, p) {
					t.Errorf("%s %s: present-tense obligation %q", name, id, p)
				}
			}
		}
		if !strings.Contains(clauseText(doc, "access-price"), "the notice shall state the new price") {
			t.Errorf("%s: the price notice is not an obligation", name)
		}
	}
}

// RM2-8: an API whose road traffic data are published on the national
// access point (Delegated Regulation (EU) 2022/670) says so in 3.3, naming
// transport.data.gouv.fr for a French provider, whatever the price; not
// otherwise.
var phraseFx7mRoadTrafficNAP = apiTOSPhrase{
	textfmt.FR: "Les Données de circulation routière que vise le règlement délégué (UE) 2022/670 de la Commission du 2 février 2022 sont en outre accessibles, avec leurs métadonnées, par le point d'accès national aux données de transport (transport.data.gouv.fr), dans les conditions que ce règlement prévoit.",
	textfmt.EN: "The road traffic Data covered by Commission Delegated Regulation (EU) 2022/670 of 2 February 2022 are also accessible, with their metadata, through the national access point for transport data (transport.data.gouv.fr), on the conditions that Regulation lays down.",
}

func TestFx7mRoadTrafficNationalAccessPoint(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, model := range []string{"paid", "free"} {
		for _, on := range []bool{true, false} {
			v := exampleValues(t, k)
			v["pricing.model"], v["data.road_traffic"] = model, on
			fx7mCheck(t, model, v, on, "access-price", phraseFx7mRoadTrafficNAP)
		}
	}
	public := fx7mPublic(t, "industrial-commercial", false, "transfer")
	public["data.road_traffic"] = true
	fx7mCheck(t, "public paid", public, true, "access-price", phraseFx7mRoadTrafficNAP)
}

// RM2-12: the first paragraph of 3.4 is split, without change of
// substance, into short paragraphs: tax, invoicing and means of payment,
// card payment, SEPA mandate, public buyers.
func TestFx7mPaymentParagraphs(t *testing.T) {
	k, _ := Lookup("api-tos")
	starts := []apiTOSPhrase{
		{textfmt.FR: "Le Fournisseur émet chaque facture", textfmt.EN: "The Provider shall issue each invoice"},
		{textfmt.FR: "Le paiement par carte bancaire", textfmt.EN: "Payment by bank card is"},
		{textfmt.FR: "Le mandat de prélèvement SEPA", textfmt.EN: "The SEPA direct debit mandate"},
		{textfmt.FR: "Par dérogation à ce qui précède, l'Utilisateur qui est un acheteur", textfmt.EN: "By way of derogation from the above, a User that is a buyer"},
	}
	v := exampleValues(t, k)
	v["pricing.model"], v["pricing.payment_methods"] = "paid", []string{"card", "transfer", "sepa-debit"}
	docs := assembleAPITOS(t, func(w questionnaire.Values) {
		for key, val := range v {
			w[key] = val
		}
	})
	for l, doc := range docs {
		c, _ := doc.Clause("access-payment")
		for _, p := range starts {
			if !strings.Contains(c.Body, "\n\n"+textfmt.Typeset(l, p[l])) {
				t.Errorf("%s: %q does not begin a paragraph of 3.4", l, p[l])
			}
		}
	}
	// Under public accounting, the revenue order's sums open their own
	// paragraph too.
	docs = assembleAPITOS(t, func(w questionnaire.Values) {
		for key, val := range fx7mPublic(t, "administrative", false, "transfer") {
			w[key] = val
		}
	})
	for l, doc := range docs {
		c, _ := doc.Clause("access-payment")
		p := map[textfmt.Lang]string{textfmt.FR: "Les sommes dues par l'Utilisateur", textfmt.EN: "The sums due from the User"}[l]
		if !strings.Contains(c.Body, "\n\n"+textfmt.Typeset(l, p)) {
			t.Errorf("%s: %q does not begin a paragraph of 3.4", l, p)
		}
	}
}
