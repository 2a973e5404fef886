package templates

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// assembleAPITOS assembles the API terms for the example answers changed
// by set, in both languages, and fails if the answers are refused.
func assembleAPITOS(t *testing.T, set func(v questionnaire.Values)) map[textfmt.Lang]*document.Document {
	t.Helper()
	k, _ := Lookup("api-tos")
	v := clone(exampleValues(t, k))
	set(v)
	settleVAT(v)
	if errs := refusals(k, v); len(errs) > 0 {
		t.Fatalf("%s: the answers are refused: %v", describe(k, v), errs)
	}
	docs := map[textfmt.Lang]*document.Document{}
	for _, l := range textfmt.All {
		doc, err := k.Assemble(v, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		docs[l] = doc
	}
	return docs
}

var (
	// A licence on published Contributions is an advantage the Consumer
	// gives instead of a price (L. 224-25-2 and L. 112-4-1 C. consom.).
	phraseLicenceAdvantage = apiTOSPhrase{
		textfmt.EN: "that licence is the advantage the Consumer provides to the Provider instead of a price, within the meaning of articles L. 112-4-1 and L. 224-25-2 of the French Consumer Code",
		textfmt.FR: "cette licence constitue l'avantage que le Consommateur procure au Fournisseur au lieu d'un prix, au sens des articles L. 112-4-1 et L. 224-25-2 du Code de la consommation",
	}
	phraseLicenceGuarantee = apiTOSPhrase{
		textfmt.EN: "the API being provided in return for the licence that the Consumer grants it in his or her Contributions",
		textfmt.FR: "l'API étant fournie en contrepartie de la licence que le Consommateur lui concède sur ses Contributions",
	}
	phraseLicenceExtraAdvantage = apiTOSPhrase{
		textfmt.EN: "advantage that the Consumer provides in addition to the price, within the meaning of article L. 224-25-5, 2°, a)",
		textfmt.FR: "avantage qu'il lui procure en complément du prix, au sens de l'article L. 224-25-5, 2°, a)",
	}
	// What each party leaves outside the cap and the exclusion.
	phraseCapSums = apiTOSPhrase{
		textfmt.EN: "for the User, to sums due under the Agreement (the price and, where applicable, late-payment penalties or interest and the fixed indemnity for recovery costs under",
		textfmt.FR: "pour l'Utilisateur, aux sommes dues au titre du Contrat (prix et, le cas échéant, pénalités ou intérêts de retard et indemnité forfaitaire pour frais de recouvrement prévus à",
	}
	phraseCapContributions = apiTOSPhrase{
		textfmt.EN: "gives on its Contributions under",
		textfmt.FR: "donne sur ses Contributions à",
	}
	phraseCapIndemnity = apiTOSPhrase{
		textfmt.EN: "the indemnity against third-party claims under",
		textfmt.FR: "à la garantie contre les recours de tiers prévue à",
	}
	phraseCapDefence = apiTOSPhrase{
		textfmt.EN: "for the Provider, to the defence under",
		textfmt.FR: "pour le Fournisseur, à la défense prévue à",
	}
	// RS-2 (fx5s): the warranty of title stays under the cap.
	phraseCapWarranty = apiTOSPhrase{
		textfmt.EN: "for the Provider, to the warranty under",
		textfmt.FR: "pour le Fournisseur, à la garantie prévue à",
	}
	phraseCapRefunds = apiTOSPhrase{
		textfmt.EN: "refunds due under",
		textfmt.FR: "aux remboursements dus en application de",
	}
	phraseCapGrossFault = apiTOSPhrase{
		textfmt.EN: "in the event of gross negligence or wilful misconduct (article 1231-3 of the French Civil Code), nor to personal injury",
		textfmt.FR: "en cas de faute lourde ou dolosive (article 1231-3 du Code civil), ni en cas de dommage corporel",
	}
	// The endings that spare the User any deletion.
	phraseEndByLaw = apiTOSPhrase{
		textfmt.EN: "because the Provider terminates it where the law requires it",
		textfmt.FR: "par la résiliation que prononce le Fournisseur lorsque la loi l'exige",
	}
	phraseEndOnPrice = apiTOSPhrase{
		textfmt.EN: ", because the User has not accepted",
		textfmt.FR: ", faute pour l'Utilisateur d'avoir accepté",
	}
	phraseEndAfterDissolution = apiTOSPhrase{
		textfmt.EN: "including after its dissolution as provided in",
		textfmt.FR: "y compris après sa dissolution dans les conditions de",
	}
	phraseOpenDataKept = apiTOSPhrase{
		textfmt.EN: "Data other than Personal Data are never subject to that deletion",
		textfmt.FR: "Les Données autres que les Données personnelles ne sont jamais soumises à cette suppression",
	}
	phraseKeepAllData = apiTOSPhrase{
		textfmt.EN: "the User may keep the Data already obtained",
		textfmt.FR: "l'Utilisateur peut conserver les Données déjà obtenues",
	}
	// What survives the end of the Agreement.
	phraseSurvivingTransfers = apiTOSPhrase{
		textfmt.EN: "for Personal Data transferred before the Agreement ends",
		textfmt.FR: "pour les Données personnelles transférées avant la fin du Contrat",
	}
	phraseSurvivingAnnexB = apiTOSPhrase{
		textfmt.EN: "until the Personal Data are deleted or returned",
		textfmt.FR: "jusqu'à la suppression ou la restitution des Données personnelles",
	}
	phraseSurvivingSums = apiTOSPhrase{
		textfmt.EN: "on sums due and refunds",
		textfmt.FR: "relatives aux sommes dues et aux remboursements",
	}
	// A public buyer's paid access is heard by the administrative courts,
	// even where the Provider runs an industrial and commercial service.
	phraseSPICPublicBuyer = apiTOSPhrase{
		textfmt.EN: "disputes relating to that administrative contract fall within the jurisdiction of the administrative courts, not of the judicial courts",
		textfmt.FR: "les litiges relatifs à ce contrat administratif relèvent de la juridiction administrative, et non de la juridiction judiciaire",
	}
)

// A Consumer who licenses the Contributions that the Provider publishes
// gives an advantage instead of a price: the terms name it, owe the
// conformity guarantee and grant withdrawal without calling either
// voluntary; without published Contributions, free access stays outside
// the guarantee unless the Provider chooses it.
func TestAPITOSLicensedContributionsOweTheGuarantee(t *testing.T) {
	for _, c := range []struct {
		price     string
		published bool
	}{{"free", true}, {"free", false}, {"paid", true}, {"paid", false}} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["audience"], v["pricing.model"] = "business-and-consumers", c.price
			v["consumer.voluntary_guarantee"] = true
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["contributions.published"] = c.published
			if c.price == "free" && v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
		})
		for l, doc := range docs {
			what := string(l) + " " + c.price
			free := c.price == "free"
			for _, m := range []struct {
				p    apiTOSPhrase
				id   string
				want bool
			}{
				{phraseLicenceAdvantage, "consumer-information", free && c.published},
				{phraseLicenceExtraAdvantage, "consumer-information", !free && c.published},
				{phraseLicenceGuarantee, "consumer-guarantee", free && c.published},
				{phraseGuaranteeVoluntary, "consumer-guarantee", free && !c.published},
				{phraseVoluntaryWithdrawal, "consumer-withdrawal", free && !c.published},
				{phraseGuaranteeBox, "consumer-guarantee", true},
			} {
				if got := m.p.in(doc, m.id); got != m.want {
					t.Errorf("%s published=%v: clause %s says %q: %v, want %v", what, c.published, m.id, m.p[l], got, m.want)
				}
			}
			if c, _ := doc.Clause("consumer-withdrawal"); strings.Contains(c.Body, textfmt.Typeset(l, map[textfmt.Lang]string{textfmt.EN: "refund", textfmt.FR: "rembours"}[l])) && free {
				t.Errorf("%s: refunds in the withdrawal clause of a free service", what)
			}
		}
	}
}

// The cap and the lost-profit exclusion name, for each party, what they
// do not reach: the User's sums due, warranty on Contributions and
// indemnity; the Provider's rights warranty (and defence, for paid
// access) and refunds; and neither reaches gross or wilful fault.
func TestAPITOSLiabilityCapCarveOuts(t *testing.T) {
	for _, c := range []struct {
		price     string
		published bool
		consumers bool
	}{{"paid", true, false}, {"paid", false, true}, {"free", true, true}, {"free", false, false}} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["pricing.model"], v["contributions.published"] = c.price, c.published
			v["audience"] = "business"
			if c.consumers {
				v["audience"] = "business-and-consumers"
			}
			if c.price == "free" || v["liability.cap"] == "none" {
				v["liability.cap"] = "amount"
			}
		})
		for l, doc := range docs {
			what := string(l) + " " + c.price
			paid := c.price == "paid"
			for _, m := range []struct {
				p    apiTOSPhrase
				want bool
			}{
				{phraseCapSums, paid},
				{phraseCapContributions, c.published},
				{phraseCapIndemnity, true},
				{phraseCapDefence, paid},
				{phraseCapWarranty, false},
				{phraseCapRefunds, paid},
				{phraseCapGrossFault, true},
			} {
				if got := m.p.in(doc, "liability-limit"); got != m.want {
					t.Errorf("%s published=%v consumers=%v: the cap says %q: %v, want %v", what, c.published, c.consumers, m.p[l], got, m.want)
				}
			}
			limit, _ := doc.Clause("liability-limit")
			for _, id := range []string{"warranty-title", "liability-indemnity"} {
				if !refersTo(limit, id) {
					t.Errorf("%s: the cap does not cite %s", what, id)
				}
			}
			if refersTo(limit, "data-contributions") != c.published {
				t.Errorf("%s published=%v: the cap cites the Contributions' warranty: %v", what, c.published, !c.published)
			}
			consumerOnly := apiTOSPhrase{textfmt.EN: "a User other than a Consumer gives", textfmt.FR: "l'Utilisateur autre qu'un Consommateur donne"}
			if got := consumerOnly.in(doc, "liability-limit"); got != (c.published && c.consumers) {
				t.Errorf("%s: a Consumer's warranty on Contributions taken out of the cap: %v", what, !got)
			}
		}
	}
}

// The deletion owed at the end of the Agreement spares the User for
// every ending the terms create without its fault, the automatic end on
// a refused price and termination required by law included; openly
// licensed Data are never to be deleted; and the survival clause keeps
// transfers, the processing annex until deletion, verification and sums
// due alive.
func TestAPITOSEndingsAndSurvival(t *testing.T) {
	for _, c := range []struct {
		price, kind, data, access string
	}{
		{"free", "organisation", "open-data-licence", "neutrality"},
		{"paid", "company", "commercial", "restricted"},
		{"paid", "organisation", "open-reuse", "neutrality"},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["pricing.model"], v["provider.type"], v["conditions.data"], v["conditions.access"] = c.price, c.kind, c.data, c.access
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			if c.price == "free" && v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
		})
		for l, doc := range docs {
			what := string(l) + " " + c.price + " " + c.kind + " " + c.data
			open := c.data != "commercial"
			for _, m := range []struct {
				p    apiTOSPhrase
				want bool
			}{
				{phraseEndByLaw, true},
				{phraseEndOnPrice, true},
				{phraseEndAfterDissolution, c.kind == "organisation"},
				{phraseOpenDataKept, open},
				{phraseKeepAllData, false},
				{phraseSurvivingTransfers, true},
				{phraseSurvivingAnnexB, true},
				{phraseSurvivingSums, c.price == "paid"},
			} {
				if got := m.p.in(doc, "term-effects"); got != m.want {
					t.Errorf("%s: the effects of the end say %q: %v, want %v", what, m.p[l], got, m.want)
				}
			}
			effects, _ := doc.Clause("term-effects")
			for id, want := range map[string]bool{
				"access-price":           true,
				"term-provider":          true,
				"term-continuity":        c.kind == "organisation",
				"data-transfers":         true,
				"user-verification":      c.data == "commercial" || c.access == "restricted",
				"data-provider-use":      true,
				"annex-dpa":              true,
				"access-restricted":      c.access == "restricted",
				"data-open-reuse":        c.data == "open-reuse",
				"data-open-data-licence": c.data == "open-data-licence",
			} {
				if refersTo(effects, id) != want {
					t.Errorf("%s: the effects of the end cite %s: %v, want %v", what, id, !want, want)
				}
			}
		}
	}
}

// A public buyer's paid access to a provider running an industrial and
// commercial public service is an administrative contract (CCP, art.
// L. 6): the jurisdiction clause says so against its general rule.
func TestAPITOSPublicBuyerOfAnIndustrialService(t *testing.T) {
	for _, price := range []string{"paid", "free"} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["provider.type"], v["provider.public_activity"], v["pricing.model"] = "public-body", "industrial-commercial", price
			if price == "free" && v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
		})
		for l, doc := range docs {
			if got := phraseSPICPublicBuyer.in(doc, "jurisdiction"); got != (price == "paid") {
				t.Errorf("%s %s: the public buyer's courts: %v", l, price, got)
			}
		}
	}
}
