package templates

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// apiTOSWalk returns every combination of the five FACT conditions (3
// access × 3 specification × 3 data × 3 output × 3 attribution), crossed
// with the audience and the price: 1296 answers sets. The other choices
// (kind of provider, sign-up, personal data, cap, safety, refunds, the
// prevailing language) take each of their options in turn, so that every
// one of them meets many combinations; the periods take distinct values
// that change from one set to the next, so that a clause printing the
// wrong period, or a fixed one, cannot go unnoticed.
func apiTOSWalk(t testing.TB, k *Kind) []questionnaire.Values {
	base := exampleValues(t, k)
	conditions := []string{"conditions.access", "conditions.specification", "conditions.data", "conditions.output", "conditions.attribution", "audience", "pricing.model"}
	sets := []questionnaire.Values{base}
	for _, key := range conditions {
		qq, _ := k.Questionnaire.Question(key)
		var next []questionnaire.Values
		for _, v := range sets {
			for _, id := range qq.OptionIDs() {
				c := clone(v)
				c[key] = id
				next = append(next, c)
			}
		}
		sets = next
	}
	cycle := func(key string, i int) any {
		qq, _ := k.Questionnaire.Question(key)
		opts := optionValues(qq)
		return opts[i%len(opts)]
	}
	for i, v := range sets {
		for j, key := range []string{"provider.type", "acceptance.method", "personal_data.processed", "personal_data.role",
			"personal_data.transfers", "safety.critical", "pricing.prepaid", "prevailing_language", "provider.merchant", "pricing.vat",
			"personal_data.special", "consumer.voluntary_guarantee", "data_act.processing_service", "contributions.published",
			"provider.public_activity", "provider.public_accounting", "personal_data.returns", "personal_data.returned_own_only",
			"personal_data.health", "contributions.sensitive"} {
			v[key] = cycle(key, i/(j+1)+j)
		}
		if v["personal_data.special"] == true && v["personal_data.health"] == true {
			v["personal_data.transfers"] = "eea-only" // a rule refuses health data for care hosted outside the EEA
		}
		if v["contributions.published"] == true {
			v["personal_data.returns"] = true // a rule refuses published contributions said to return no personal data
		}
		if v["personal_data.special"] == true && v["personal_data.role"] == "controller" {
			v["personal_data.role"] = "both" // a rule refuses sensitive data processed on the provider's own account
		}
		if v["personal_data.special"] == true {
			v["personal_data.special_categories"] = questionnaire.Translated{
				textfmt.EN: "data concerning health (conditions declared by End Users)",
				textfmt.FR: "données concernant la santé (affections déclarées par les Utilisateurs finaux)",
			}
		}
		if i%4 == 3 {
			// Punctuation typed with plain spaces, beside a code span and
			// a time that must stay as typed.
			v["personal_data.categories"] = questionnaire.Translated{textfmt.EN: answerWithPunctuation[textfmt.EN], textfmt.FR: answerWithPunctuation[textfmt.FR]}
		}
		if i%4 == 1 {
			v["personal_data.title"] = questionnaire.Translated{textfmt.EN: "Data protection notice", textfmt.FR: "Notice de protection des données"}
		}
		nameProvider(v, i)
		v["liability.cap"] = cycle("liability.cap", i)
		if v["liability.cap"] == "fees" && v["pricing.model"] == "free" {
			v["liability.cap"] = "amount" // a rule refuses a cap on fees nobody pays
		}
		for _, key := range []string{"provider.vat_number", "provider.security_contact", "change.log_url",
			"personal_data.subprocessors_url", "personal_data.categories", "safety.official_source", "data_act.exportable",
			"provider.profession.body", "provider.insurance.insurer", "contributions.reviews_check", "provider.publication_director"} {
			if i%3 == 0 {
				delete(v, key) // optional answers left empty
			}
		}
		if v["conditions.data"] == "open-data-licence" && v["conditions.output"] == "non-commercial" && i%2 == 0 {
			// A data licence that itself excludes commercial reuse: the
			// terms then print only the grant that supplements it.
			v["data.licence.title"] = "CC BY-NC 4.0"
			v["data.licence.url"] = "https://creativecommons.org/licenses/by-nc/4.0/legalcode"
		}
		if i%4 == 1 {
			// Data published for download under their licence besides the API.
			v["data.bulk_url"] = "https://acme-meteo.example/open-data/download"
		}
		settleVAT(v)
		notice := 3 + i%5
		v["change.notice_months"] = notice
		v["change.deprecation_months"] = 13 + i%7
		v["term.termination_notice_months"] = notice + 1 + i%3
		v["pricing.increase_notice_months"] = notice + i%2 // its own notice, never shorter than a breaking change's
		v["term.cure_months"] = 1 + i%2
		v["term.specification_months"] = 24 + i%11
		if i%13 == 0 {
			v["term.specification_months"] = 120 // the longest the questionnaire allows
		}
		v["pricing.payment_days"] = []int{30, 45, 0, 60}[i%4]
		if i%3 == 2 {
			v["pricing.payment_methods"] = []string{"sepa-debit", "card"}
		}
		v["pricing.payment_cure_days"] = 8 + i%9
		v["liability.cap_amount"] = 100 + 50*(i%40)
		v["personal_data.retention_days"] = []int{0, 7, 30, 90}[i%4]
		if i%17 == 3 {
			v["personal_data.retention_days"] = 3650 // the longest the questionnaire allows
		}
		v["connection_data.retention_days"] = []int{180, 0, 365, 90, 730}[i%5]
		if i%5 == 1 {
			// Terms effective before the Data Act withdraws switching
			// charges, on 12 January 2027.
			v["effective_date"] = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
		}
		if i%4 == 2 {
			v["data_act.excluded"] = questionnaire.Translated{
				textfmt.EN: "the parameters of the Provider's forecasting models",
				textfmt.FR: "les paramètres des modèles de prévision du Fournisseur",
			}
		}
	}
	return sets
}

// providerNames are names as each kind of provider writes it: a sole
// trader established in France follows the name with "EI", and an
// organisation's name often begins with a noun that takes an article in
// French.
var providerNames = map[string]string{"company": "Acme Météo SAS", "individual": "Jeanne Martin EI", "organisation": "Association Météo Libre", "public-body": "Institut public de météorologie"}

// establishment holds the particulars of a provider established in a
// country: its register, its VAT number and its address are those of
// that country, as the rules between the country and the identity ask.
type establishment struct{ registration, vat, address, identifier string }

var establishments = map[string]establishment{
	"FR":    {"RCS Paris 123 456 789", "FR12 123456789", "12 rue des Nuages, 75011 Paris, France", "RNA W751234567"},
	"BE":    {"BCE 0123.456.789, RPM Bruxelles", "BE0123456789", "Rue de la Loi 16, 1000 Bruxelles, Belgique", "BCE 0123.456.789"},
	"DE":    {"Handelsregister B, Amtsgericht Charlottenburg, HRB 123456", "DE123456789", "Unter den Linden 1, 10117 Berlin, Deutschland", "VR 12345 B"},
	"IT":    {"Registro delle Imprese di Torino, REA TO-1234567", "IT12345678901", "Via Nizza 150, 10126 Torino, Italia", "RUNTS n. 12345, codice fiscale 97123450017"},
	"US-NY": {"New York Department of State, DOS ID 1234567", "EU372012345", "350 Fifth Avenue, New York, NY 10118, United States", "EIN 12-3456789"},
}

// nameProvider gives a provider the name its kind calls for, and
// establishes it in France or, four times in eight, elsewhere, with the
// particulars of the country; only a German provider names the authority
// of its Land.
func nameProvider(v questionnaire.Values, i int) {
	v["provider.name"] = providerNames[fmt.Sprint(v["provider.type"])]
	country := []string{"FR", "FR", "BE", "FR", "DE", "IT", "FR", "US-NY"}[i%8]
	e := establishments[country]
	v["provider.country"], v["provider.registration"], v["provider.address"] = country, e.registration, e.address
	v["provider.vat_number"] = e.vat
	delete(v, "provider.identifier")
	if v["provider.type"] == "public-body" {
		v["prevailing_language"] = "fr" // a rule refuses another for a public body
	}
	if (v["provider.type"] == "organisation" || v["provider.type"] == "public-body") && i%2 == 0 {
		v["provider.identifier"] = e.identifier
	}
	if country != "DE" {
		delete(v, "personal_data.authority")
	}
	delete(v, "provider.authorisation")
	if i%3 == 1 {
		v["provider.authorisation"] = "autorisation d'établissement n° 10123456/0"
	}
}

// settleVAT gives a provider without a VAT number a reason for charging
// none that fits where it is established: the exemption for small
// businesses or another exemption within the European Union; outside it,
// none, and a VAT number, with VAT charged, for selling to consumers. A
// provider with a number is not said to be outside VAT.
func settleVAT(v questionnaire.Values) {
	country := fmt.Sprint(v["provider.country"])
	if _, ok := v["provider.vat_number"]; ok {
		// Identified for VAT: not outside it, and outside the Union not
		// under a Member State's exemption either.
		if v["pricing.vat"] == "outside-eu" || !inEU(country) && v["pricing.vat"] == "franchise" {
			v["pricing.vat"] = "charged"
		}
		return
	}
	switch {
	case inEU(country) && v["pricing.vat"] == "outside-eu":
		v["pricing.vat"] = "franchise"
	case !inEU(country) && v["audience"] == "business-and-consumers":
		v["provider.vat_number"] = establishments[country].vat
		v["pricing.vat"] = "charged"
	case !inEU(country):
		v["pricing.vat"] = "outside-eu"
	}
}

// A period as a document prints it: "three (3) months" is {3, months}.
type period struct {
	n    int
	unit string
}

func (p period) String() string { return fmt.Sprintf("%d %s", p.n, p.unit) }

// periodPattern finds a period as the documents print it: "thirty (30)
// days", "three thousand six hundred and fifty (3,650) days", or, in
// figures only, "180 days", which checkAPITOSTimeLimits refuses.
var periodPattern = regexp.MustCompile(`(?:\(([\d,\x{202f}]+)\)|\b(\d[\d,\x{202f}]*\d))\x{00a0}(\p{L}+)`)

// bareFigure strips the thousands separators of a figure.
var bareFigure = strings.NewReplacer(",", "", "\u202f", "")

var periodUnits = map[string]string{
	"month": "months", "months": "months", "mois": "months",
	"day": "days", "days": "days", "jour": "days", "jours": "days",
	"year": "years", "years": "years", "an": "years", "ans": "years",
	"working": "days", // "fourteen (14) working days", "jours ouvrables"
}

// periods lists the periods a text prints, sorted.
func periods(s string) []period {
	var out []period
	for _, m := range periodPattern.FindAllStringSubmatch(s, -1) {
		unit, ok := periodUnits[m[3]]
		if !ok {
			continue // a figure that is not a period, such as an amount
		}
		n, _ := strconv.Atoi(bareFigure.Replace(m[1] + m[2]))
		out = append(out, period{n, unit})
	}
	return sortPeriods(out)
}

func sortPeriods(ps []period) []period {
	slices.SortFunc(ps, func(a, b period) int {
		if a.unit != b.unit {
			return strings.Compare(a.unit, b.unit)
		}
		return a.n - b.n
	})
	return ps
}

// apiTOSPeriods states, for one answers set, every period the terms may
// print and the one clause that prints each: the periods chosen by the
// provider, each from its answer, and the few the law fixes. A clause
// missing from the map prints no period at all, so that no clause can
// state a period of its own. The summary states exactly the periods of
// the articles it sums up.
func apiTOSPeriods(v questionnaire.Values) map[string][]period {
	months := func(key string) period { return period{v[key].(int), "months"} }
	days := func(key string) period { return period{v[key].(int), "days"} }
	notice, deprecation, closure := months("change.notice_months"), months("change.deprecation_months"), months("term.termination_notice_months")
	cure, specification := months("term.cure_months"), months("term.specification_months")
	paid, consumers := v["pricing.model"] == "paid", v["audience"] == "business-and-consumers"

	want := map[string][]period{
		"summary":            {notice, deprecation, closure, cure},
		"change-api":         {notice},
		"change-deprecation": {deprecation},
		"change-terms":       {notice},
		"term-provider":      {closure, specification},
		"term-breach":        {cure},
		"jurisdiction":       {{30, "days"}}, // amicable settlement
		"assignment":         {{30, "days"}}, // a Consumer's or Non-Professional's way out of an assignment
		// refusal of a person whose Agreement the Provider terminated for
		// breach in the previous twelve (12) months (RS2-14)
		"scope-acceptance": {{12, "months"}},
	}
	if !administrativeValues(v) {
		// A Provider's termination without formal notice takes effect on eight
		// days' notice towards a Consumer or Non-Professional (R. 212-2, 4°).
		want["term-breach"] = append(want["term-breach"], period{8, "days"})
	}
	if administrativeValues(v) {
		// An administrative service's Users may end their acceptance of the Rules at any
		// time; a successor public person takes over by operation of law.
		delete(want, "assignment")
		delete(want, "jurisdiction") // the recours gracieux, not a 30-day amicable step
	}
	if v["conditions.access"] == "restricted" {
		want["access-restricted"] = []period{closure} // exclusion by a change of the restrictions
		// decision on an application within 15 days; failing it, the person
		// may withdraw the application (RN2-11, replacing the reasons of a
		// deemed refusal sent within 5 days of RE4-6)
		want["scope-acceptance"] = append(want["scope-acceptance"], period{15, "days"})
	}
	if v["provider.type"] == "organisation" {
		want["term-continuity"] = []period{notice} // closure by a dissolved provider
	}
	if v["conditions.access"] == "share-alike" {
		// Reciprocity asks of a User's own interface the periods the
		// provider chose for itself, which the clause says it grants at
		// least: notice, deprecation, closure, specification, cure.
		want["user-share-alike"] = []period{notice, deprecation, closure, specification, cure}
		// A User whose interface is free and outside any economic
		// activity owes only the minimum periods of these terms (RV-6).
		want["user-share-alike"] = append(want["user-share-alike"], period{3, "months"}, period{12, "months"}, period{3, "months"}, period{12, "months"}, period{1, "months"})
	}
	if paid {
		cureDays := days("pricing.payment_cure_days")
		// Notice of a price increase, summed up after the access line: a
		// notice of its own, separate from the closure notice (RL-1).
		priceNotice := months("pricing.increase_notice_months")
		want["summary"] = []period{notice, deprecation, closure, priceNotice, cure, cureDays}
		want["access-price"] = []period{priceNotice} // a rise is notified with its own notice, on which a refusal ends the Agreement
		want["term-breach"] = append(want["term-breach"], cureDays)
		// A User whose paid offer loses Data or features to a permanent
		// force majeure may leave within a month, for a cause not
		// attributable to it (articles 1218 and 1229 of the Civil Code).
		want["liability-force-majeure"] = []period{{1, "months"}}
		if v["pricing.payment_days"].(int) > 0 {
			want["access-payment"] = []period{days("pricing.payment_days")}
		}
	}
	if paid {
		want["access-payment"] = append(want["access-payment"], period{14, "days"}) // refunds
		if methods, _ := v["pricing.payment_methods"].([]string); slices.Contains(methods, "sepa-debit") {
			want["access-payment"] = append(want["access-payment"], period{5, "days"}) // pre-notification of a debit
		}
		if v["pricing.vat"] == "franchise" || v["pricing.vat"] == "exempt" {
			want["access-payment"] = append(want["access-payment"], period{30, "days"}) // leaving when VAT is added
		}
	}
	if d, ok := v["personal_data.retention_days"].(int); ok && d > 0 && v["personal_data.processed"] == true {
		want["data-personal"] = []period{{d, "days"}}
	}
	if v["contributions.published"] == true && v["contributions.reviews"] == true {
		want["data-reviews"] = []period{days("contributions.reviews_publication_days")} // time to publish a review
		if questionnaire.Answered(v["contributions.reviews_check"]) && v["contributions.reviews_use_checked"] == true {
			want["data-reviews"] = append(want["data-reviews"], days("contributions.reviews_window_days")) // time to post a checked review
		}
		want["data-reviews"] = append(want["data-reviews"], months("contributions.reviews_months")) // how long a review stays
	}
	if d := v["connection_data.retention_days"].(int); d > 0 {
		want["data-users"] = []period{{d, "days"}}
	}
	if v["personal_data.processed"] == true && v["personal_data.returns"] == true || v["conditions.data"] == "commercial" {
		want["term-effects"] = []period{{30, "days"}} // deletion of returned personal data or of commercially licensed Data
	}
	if v["conditions.data"] == "open-data-licence" && v["conditions.output"] == "non-commercial" {
		title, url := v["data.licence.title"], v["data.licence.url"]
		if t, ok := title.(questionnaire.Translated); ok {
			title = t[textfmt.EN]
		}
		if !nonCommercialURL.MatchString(fmt.Sprint(url)) && !nonCommercialTitle.MatchString(fmt.Sprint(title)) {
			// The User's non-commercial restriction survives for two years.
			want["term-effects"] = append(want["term-effects"], period{2, "years"})
		}
	}
	if v["personal_data.processed"] == true && v["personal_data.role"] != "controller" {
		want["dpa-subprocessors"] = []period{{30, "days"}} // notice of a new sub-processor
	}
	if v["personal_data.processed"] == true && v["personal_data.role"] != "controller" && v["personal_data.special"] == true && v["personal_data.health"] == true {
		want["dpa-security"] = []period{{30, "days"}} // return of health data when the hosting ends (CSP R. 1111-11)
	}
	if consumers {
		want["consumer-changes"] = []period{{30, "days"}} // termination after an adverse change
		want["consumer-withdrawal"] = []period{{14, "days"}}
		if paid {
			want["consumer-withdrawal"] = append(want["consumer-withdrawal"], period{14, "days"}) // refund
		}
	}
	if v["conditions.access"] == "restricted" || v["conditions.data"] == "commercial" || v["conditions.output"] != "any-reuse" {
		want["user-verification"] = []period{{30, "days"}}
	}
	if v["data_act.processing_service"] == true {
		// Notice before switching, transitional period, notice that it is
		// unfeasible, its longest extension, retrieval period after a
		// switch and after any other end (articles 25 of the Data Act).
		want["term-switching"] = []period{{2, "months"}, {30, "days"}, {14, "days"}, {7, "months"}, {30, "days"}, {30, "days"}}
	}
	// Coordinated disclosure of a vulnerability the User reports: the
	// usual ninety days, unless the parties agree otherwise.
	want["user-credentials"] = []period{{90, "days"}}
	if paid && v["liability.cap"] != "none" {
		want["liability-limit"] = []period{{12, "months"}} // the fees of twelve months, when higher than the cap
	}
	for id, ps := range want {
		want[id] = sortPeriods(ps)
	}
	return want
}

// apiTOSPrecedence states how clauses that could undo one another are
// reconciled: each clause named on the left must refer to every clause on
// the right, where the rule is written.
var apiTOSPrecedence = map[string][]string{
	// Closing the API never cuts short the availability of a deprecated
	// version, and the deprecation clause says so too.
	"term-provider":      {"change-deprecation", "term-breach"},
	"change-deprecation": {"term-provider", "liability-force-majeure"},
	// The Documentation changes under the rules for the API, never under
	// those for the terms.
	"change-terms": {"change-api", "change-deprecation", "change-experimental", "change-emergency", "access-price"},
	// Interface changes reach a user only through the withdrawal of a
	// version.
	"change-api": {"change-deprecation", "change-emergency"},
	// The summary refers to the articles whose periods it states.
	"summary": {"change-api", "change-terms", "change-deprecation", "term-provider", "term"},
}

// apiTOSPrecedencePhrases are the sentences that carry those rules, in
// each language: a user's access ends only for a reason set out in the
// terms (neutral access against termination without cause), closing the
// API waits for the end of deprecation periods, and a price applies only
// once accepted; and a change the law or a court requires is not held
// back by the notice of changes to the terms.
var apiTOSPrecedencePhrases = map[textfmt.Lang]map[string][]string{
	textfmt.EN: {
		"term-provider":      {"may end the Agreement with a given User only on a ground set out in the Agreement", "That date may not precede the date until which a deprecated version is to remain available"},
		"change-deprecation": {"No version is withdrawn before that date, even when the Provider closes the API"},
		"change-terms":       {"Changes to the Documentation are governed exclusively by", "Where a change is required by law or by a decision of a court or authority, the notice in this article is shortened to what that obligation allows"},
		"access-price":       {"express acceptance"},
	},
	textfmt.FR: {
		"term-provider":      {"ne peut mettre fin au Contrat conclu avec un Utilisateur déterminé que pour un motif prévu au Contrat", "Cette date ne peut précéder celle jusqu’à laquelle une version déclarée obsolète doit rester disponible"},
		"change-deprecation": {"Aucune version n’est retirée avant cette date, même lorsque le Fournisseur ferme l’API"},
		"change-terms":       {"Les modifications de la Documentation sont régies exclusivement par", "Lorsqu'une modification est imposée par la loi ou par une décision de justice ou d'une autorité, le préavis prévu au présent article est réduit à ce que permet cette obligation"},
		"access-price":       {"acceptation expresse"},
	},
}

// apiTOSAccessPhrase is what every access clause says of ending a user's
// access: never without a reason set out in the terms.
var apiTOSAccessPhrase = map[textfmt.Lang]string{
	textfmt.EN: "nor end it, unless the reason is objective, proportionate and set out in the Agreement, and shall give written reasons",
	textfmt.FR: "ni ne retire l’accès d’un Utilisateur que pour un motif à la fois objectif, proportionné et prévu par le Contrat, et motive par écrit",
}

// checkAPITOSTimeLimits fails unless the document states one coherent set
// of time limits: every period comes from its answer (or, for the few the
// law fixes, from the law) and stands in the one clause that governs it,
// the summary states the same periods as the articles, and the clauses
// that could undo one another say which prevails.
func checkAPITOSTimeLimits(t *testing.T, doc *document.Document, vals questionnaire.Values, what string) {
	t.Helper()
	want := apiTOSPeriods(vals)
	for _, c := range doc.Clauses {
		// Every period is printed in words and figures, however long.
		for _, m := range periodPattern.FindAllStringSubmatch(mdtext.Plain(c.Body), -1) {
			if _, unit := periodUnits[m[3]]; unit && m[2] != "" {
				t.Fatalf("%s: clause %s states a period in figures only: %q", what, c.ID, m[0])
			}
		}
		got := periods(mdtext.Plain(c.Body))
		if !slices.Equal(got, want[c.ID]) {
			t.Fatalf("%s: clause %s states the periods %v, want %v", what, c.ID, got, want[c.ID])
		}
	}
	if got := periods(mdtext.Plain(doc.Front)); len(got) > 0 {
		t.Fatalf("%s: the front matter states the periods %v", what, got)
	}
	for id, refs := range apiTOSPrecedence {
		c, _ := doc.Clause(id)
		for _, ref := range refs {
			if !refersTo(c, ref) {
				t.Fatalf("%s: clause %s does not refer to %s", what, id, ref)
			}
		}
	}
	for id, phrases := range apiTOSPrecedencePhrases[doc.Lang] {
		c, _ := doc.Clause(id)
		for _, p := range phrases {
			if !strings.Contains(mdtext.Plain(c.Body), textfmt.Typeset(doc.Lang, pinnedFor(doc, p))) {
				t.Fatalf("%s: clause %s does not say %q", what, id, p)
			}
		}
	}
	for _, id := range []string{"access-neutrality", "access-restricted", "access-share-alike"} {
		if c, ok := doc.Clause(id); ok && !strings.Contains(mdtext.Plain(c.Body), pinnedFor(doc, apiTOSAccessPhrase[doc.Lang])) {
			t.Fatalf("%s: %s lets the Provider end a User's access without a reason set out in the terms", what, id)
		}
	}
	if c, ok := doc.Clause("access-restricted"); ok && !refersTo(c, "term-provider") {
		t.Fatalf("%s: a change of the access restrictions can exclude a User sooner than closing the API", what)
	}
}

// refersTo reports whether a clause refers to the clause id, alone or
// among several.
func refersTo(c document.Clause, id string) bool {
	q := regexp.QuoteMeta(id)
	return regexp.MustCompile("\ue000(?:ref:" + q + ":|refs:[^:]*:(?:[a-z0-9-]+,)*" + q + "[,\ue001])").MatchString(c.RawBody)
}

// definitionTerm is the defined term at the head of a definition.
var definitionTerm = regexp.MustCompile(`(?m)^- \*\*[“«]\x{202f}?(.+?)\x{202f}?[”»]\*\*`)

// checkDefinitionsSorted fails unless the definitions follow the
// alphabetical order of the document's language, accents and case aside.
func checkDefinitionsSorted(t *testing.T, doc *document.Document, what string) {
	t.Helper()
	c, _ := doc.Clause("definitions")
	var terms []string
	for _, m := range definitionTerm.FindAllStringSubmatch(c.Body, -1) {
		terms = append(terms, textfmt.Fold(mdtext.Plain(m[1])))
	}
	if len(terms) < 10 || !slices.IsSorted(terms) {
		t.Fatalf("%s: definitions out of alphabetical order: %v", what, terms)
	}
}

// Every combination of the five conditions, crossed with the audience and
// the price, assembles in both languages with the same clauses, every
// cross-reference resolved, no clause of an option not chosen, definitions
// in alphabetical order, and one coherent set of time limits.
func TestAPITOSEveryCombination(t *testing.T) {
	k, _ := Lookup("api-tos")
	sets := apiTOSWalk(t, k)
	if len(sets) != 1296 {
		t.Fatalf("%d combinations, want 1296", len(sets))
	}
	start := time.Now()
	typed := 0 // documents that print answerWithPunctuation
	for _, vals := range sets {
		what := describe(k, vals)
		if errs := refusals(k, vals); len(errs) > 0 && !publicDomainNonCommercial(vals) {
			t.Fatalf("%s: the answers are refused: %v", what, errs)
		}
		var ids [2][]string
		for i, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatalf("%s %s: %v", l, what, err)
			}
			what := string(l) + " " + what
			checkNumbering(t, doc)
			checkClean(t, string(markdown.Render(doc)), what)
			checkAPITOSOptions(t, k, doc, vals, what)
			checkAPITOSTimeLimits(t, doc, vals, what)
			checkDefinitionsSorted(t, doc, what)
			checkNoDrafterNote(t, doc, what)
			checkAPITOSClasses(t, k, doc, vals, what)
			if checkAnswerSpacing(t, doc, what) {
				typed++
			}
			for _, c := range doc.Clauses {
				ids[i] = append(ids[i], c.ID+"="+c.Number)
			}
		}
		if !slices.Equal(ids[0], ids[1]) {
			t.Fatalf("%s: clauses differ between languages:\nen %v\nfr %v", what, ids[0], ids[1])
		}
	}
	if typed == 0 {
		t.Fatal("no document prints the data typed with punctuation")
	}
	t.Logf("%d combinations in both languages in %v", len(sets), time.Since(start).Round(time.Millisecond))
}

// apiTOSDrafterNotes are what the publishing advice, now in the
// questionnaire's help, said to the provider: none of it belongs to the
// terms.
var apiTOSDrafterNotes = map[textfmt.Lang][]string{
	textfmt.EN: {"addressed to the Provider", "Publish the", "termsOfService", "API-TERMS", ".md"},
	textfmt.FR: {"s’adresse au Fournisseur", "Publiez", "termsOfService", "API-TERMS", ".md"},
}

// checkNoDrafterNote fails when the terms speak to whoever drafts them,
// or when the French text breaks an article or an elision.
func checkNoDrafterNote(t *testing.T, doc *document.Document, what string) {
	t.Helper()
	md := string(markdown.Render(doc))
	for _, note := range append(draftersNotes[doc.Lang], apiTOSDrafterNotes[doc.Lang]...) {
		if strings.Contains(md, note) {
			t.Fatalf("%s: the terms say %q, which is for the provider", what, note)
		}
	}
	if doc.Lang != textfmt.FR {
		return
	}
	// Clause by clause: on short texts the regular expression runs
	// several times faster than on the whole document.
	texts := []string{doc.Front}
	for _, c := range doc.Clauses {
		texts = append(texts, c.Title, c.Body)
	}
	for _, s := range texts {
		if m := frenchSlips.FindStringIndex(s); m != nil {
			t.Fatalf("%s: %q in %q", what, s[m[0]:m[1]], s[max(0, m[0]-60):min(len(s), m[1]+40)])
		}
	}
}

// testDay is the day of generation the rules are checked against.
var testDay = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// refusals lists the rules of severity error that an answers set breaks.
func refusals(k *Kind, vals questionnaire.Values) []string {
	var out []string
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), testDay) {
		if !p.Warning() {
			out = append(out, p.Rule.ID)
		}
	}
	return out
}

// publicDomainNonCommercial is the one combination of conditions the
// questionnaire refuses; its documents must still assemble, for the
// preview that shows why.
func publicDomainNonCommercial(v questionnaire.Values) bool {
	return v["conditions.data"] == "open-reuse" && v["conditions.output"] == "non-commercial"
}

// answerWithPunctuation is a list of data typed with a plain keyboard.
var answerWithPunctuation = map[textfmt.Lang]string{
	textfmt.EN: "IP addresses; device identifiers: model and version (header `X-Device : ID`), time of each call (10:30)",
	textfmt.FR: "adresses IP ; identifiants d'appareil : modèle et version (en-tête `X-Device : ID`), heure de chaque appel (10:30)",
}

// plainSpaceBeforePunctuation is a plain space before French high
// punctuation that ends a word group.
var plainSpaceBeforePunctuation = regexp.MustCompile(`(?m)\S [;:!?](\s|$)`)

// checkAnswerSpacing fails unless a French document gives what users
// type the no-break spaces of its own text before ; : ! ?, except between
// backquotes, and leaves English answers and times as typed. It reports
// whether the document prints answerWithPunctuation.
func checkAnswerSpacing(t *testing.T, doc *document.Document, what string) bool {
	t.Helper()
	md := string(markdown.Render(doc))
	if doc.Lang == textfmt.FR {
		if m := plainSpaceBeforePunctuation.FindString(strings.ReplaceAll(md, "`X-Device : ID", "")); m != "" {
			t.Fatalf("%s: plain space before punctuation in %q", what, m)
		}
	}
	if !strings.Contains(md, "X-Device") {
		return false
	}
	want := map[textfmt.Lang]string{
		textfmt.EN: "IP addresses; device identifiers: model and version (header \\`X-Device : ID\\`), time of each call (10:30)",
		textfmt.FR: "adresses IP\u202f; identifiants d’appareil\u00a0: modèle et version (en-tête \\`X-Device : ID\\`), heure de chaque appel (10:30)",
	}[doc.Lang]
	if !strings.Contains(md, want) {
		t.Fatalf("%s: the data typed by the user are not printed as %q", what, want)
	}
	return true
}
