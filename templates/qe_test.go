package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// qeAll is the plain text of the front matter and every clause.
func qeAll(doc *document.Document) string {
	var b strings.Builder
	b.WriteString(doc.Front)
	for _, c := range doc.Clauses {
		b.WriteString("\n")
		b.WriteString(c.Body)
	}
	return b.String()
}

// RE-12, RE-19, RE-21: the reviews clause (6.6) no longer refers to a
// deposit of the Data in a public archive on closure, which no article
// organises; the limit on keeping a review "does not extend to" the
// copies others lawfully obtained; the author "peut joindre le
// Fournisseur à l'adresse" without a stray comma; the summary says
// "except Personal Data"; and the credit clause (6.5.2) is two sentences.
func TestQEReviewsAndCreditWording(t *testing.T) {
	archive := apiTOSPhrase{textfmt.EN: "public archive when the Provider closes the API", textfmt.FR: "archive publique lorsque le Fournisseur ferme l'API"}
	recall := apiTOSPhrase{textfmt.EN: "that limit does not extend to the copies of a review that others have lawfully obtained", textfmt.FR: "cette limite n'atteint pas les copies d'un avis que d'autres ont licitement obtenues"}
	reach := apiTOSPhrase{textfmt.EN: "that limit does not reach", textfmt.FR: "peut joindre le Fournisseur, à l'adresse"}
	contact := apiTOSPhrase{textfmt.EN: "the author of a review may reach the Provider", textfmt.FR: "l'auteur d'un avis peut joindre le Fournisseur à l'adresse"}
	keep := apiTOSPhrase{textfmt.EN: "and shall respect the work, keeping that name or pseudonym with the work when it passes the work on", textfmt.FR: "et respecte l'œuvre. Il conserve ce nom ou ce pseudonyme avec l'œuvre lorsqu'il la transmet"}
	for _, data := range []string{"commercial", "open-data-licence", "open-reuse"} {
		docs := published12a(t, func(v questionnaire.Values) {
			v["conditions.data"], v["contributions.published"], v["contributions.reviews"] = data, true, true
		})
		for l, doc := range docs {
			what := string(l) + " " + data
			if archive.in(doc, "data-reviews") || reach.in(doc, "data-reviews") {
				t.Errorf("%s: old wording left in 6.6", what)
			}
			if !recall.in(doc, "data-reviews") || !contact.in(doc, "data-reviews") {
				t.Errorf("%s: 6.6 wording missing", what)
			}
			if keep.in(doc, "data-contributions-credit") != (data != "commercial") {
				t.Errorf("%s: credit sentence", what)
			}
			all := qeAll(doc)
			if strings.Contains(all, "Personal Data excepted") {
				t.Errorf("%s: “Personal Data excepted” left", what)
			}
		}
		fr := strings.Count(qeAll(docs[textfmt.FR]), textfmt.Typeset(textfmt.FR, "à l'exception des Données personnelles")) + strings.Count(qeAll(docs[textfmt.FR]), textfmt.Typeset(textfmt.FR, " pas les Données personnelles"))
		en := strings.Count(qeAll(docs[textfmt.EN]), ", except Personal Data") + strings.Count(qeAll(docs[textfmt.EN]), ", other than Personal Data,") + strings.Count(qeAll(docs[textfmt.EN]), " not cover Personal Data")
		if fr != en || (data != "commercial" && en == 0) {
			t.Errorf("%s: “except Personal Data” %d times in EN, %d in FR", data, en, fr)
		}
	}
}

// RE-10: choosing no cap on liability warns, in both languages, of the
// exposure (Civil Code, art. 1231-2 and 1231-3) and suggests a fixed
// amount; a cap, or an administrative public service whose terms cap
// nothing, does not warn.
func TestQELiabilityUncappedWarns(t *testing.T) {
	k, _ := Lookup("api-tos")
	var rule *questionnaire.Rule
	for i := range k.Questionnaire.Rules {
		if k.Questionnaire.Rules[i].ID == "liability-uncapped" {
			rule = k.Questionnaire.Rules[i]
		}
	}
	if rule == nil {
		t.Fatal("no rule liability-uncapped")
	}
	for l, want := range map[textfmt.Lang]string{
		textfmt.EN: "including their loss of profit, revenue, customers or data (articles 1231-2 and 1231-3 of the French Civil Code)",
		textfmt.FR: "y compris leur manque à gagner et la perte de chiffre d'affaires, de clientèle ou de données (articles 1231-2 et 1231-3 du Code civil)",
	} {
		if !strings.Contains(rule.Reason[l], want) && !strings.Contains(rule.Reason[l], textfmt.Typeset(l, want)) {
			t.Errorf("%s reason lacks %q", l, want)
		}
	}
	for _, p := range providers13a {
		for _, cap := range []string{"amount", "fees", "none"} {
			for _, price := range []string{"free", "paid"} {
				if cap == "fees" && price == "free" {
					continue
				}
				v := exampleValues(t, k)
				p.set(v)
				v["liability.cap"], v["pricing.model"] = cap, price
				got := slices.Contains(brokenRules(k, v), "liability-uncapped")
				if want := cap == "none" && !p.admin; got != want {
					t.Errorf("%s, cap %s, %s: warning %v, want %v", p.name, cap, price, got, want)
				}
			}
		}
	}
}

// RE-14, as RN2-11 amends it: under restricted access, the person whose
// application is left unanswered may withdraw it, a withdrawn application
// being deemed refused, and the Provider remains bound to notify its
// decision, whose reasons, for a refusal, are stated once, in the last
// sentence, for every access mode and provider; silence alone no longer
// counts as a refusal whose reasons follow.
func TestQEDeemedRefusalReasoned(t *testing.T) {
	k, _ := Lookup("api-tos")
	deemed := apiTOSPhrase{
		textfmt.EN: "an application so withdrawn is deemed refused and the person is no longer bound by it",
		textfmt.FR: "la demande ainsi retirée est réputée refusée et la personne n'est plus engagée par elle",
	}
	deadline := apiTOSPhrase{textfmt.EN: "until the person withdraws it, the Provider remains bound to notify its decision.", textfmt.FR: "tant qu'elle ne l'a pas retirée, le Fournisseur demeure tenu de lui notifier sa décision."}
	onRequest := apiTOSPhrase{textfmt.EN: "the reasons for the refusal on request", textfmt.FR: "si elle les demande"}
	twice := apiTOSPhrase{textfmt.EN: "a refusal states its reasons by reference to", textfmt.FR: "tout refus est motivé au regard des critères"}
	restrictedReasons := apiTOSPhrase{
		textfmt.EN: "The Provider shall give written reasons for any refusal, by reference to the criteria of",
		textfmt.FR: "Le Fournisseur motive tout refus par écrit, au regard des critères de l'",
	}
	plainReasons := apiTOSPhrase{textfmt.EN: "The Provider shall give written reasons for any refusal.", textfmt.FR: "Le Fournisseur motive tout refus par écrit."}
	for _, p := range providers13a {
		for _, access := range []string{"neutrality", "restricted", "share-alike"} {
			for _, method := range []string{"key-request", "account"} {
				v := exampleValues(t, k)
				p.set(v)
				v["conditions.access"], v["acceptance.method"] = access, method
				restricted := access == "restricted"
				for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
					doc, err := k.Assemble(v, l, Final)
					if err != nil {
						t.Fatalf("%s %s %s %s: %v", p.name, access, method, l, err)
					}
					what := strings.Join([]string{p.name, access, method, string(l)}, " ")
					if deemed.in(doc, "scope-acceptance") != restricted || deadline.in(doc, "scope-acceptance") != restricted || restrictedReasons.in(doc, "scope-acceptance") != restricted || plainReasons.in(doc, "scope-acceptance") == restricted {
						t.Errorf("%s: deemed refusal or reasons sentence", what)
					}
					if onRequest.in(doc, "scope-acceptance") || twice.in(doc, "scope-acceptance") {
						t.Errorf("%s: old wording left", what)
					}
				}
			}
		}
	}
}
