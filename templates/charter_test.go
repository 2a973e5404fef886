package templates

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// charterClauses maps each option of the charter that selects a clause to
// the clauses it, and only it, produces. Yes/no answers are keyed "true"
// and "false".
var charterClauses = clauseTable{
	"membership.admission": {
		"declaration":  {"membership-admission-declaration"},
		"contribution": {"membership-admission-contribution"},
		"approval":     {"membership-admission-approval"},
	},
	"governance.steering": {
		"true":  {"bodies-steering"},
		"false": {"bodies-no-steering"},
	},
	"commons.people_recorded": {
		"true": {"personal-data-recorded"},
	},
	"commons.personal_data": {
		"true": {"personal-data-resources"},
	},
	"commons.sensitive_participants": {
		"true": {"personal-data-participants"},
	},
	"governance.vote_callers": {
		"any-member": {"decisions-calling-any-member"},
		"fifth":      {"decisions-calling-fifth"},
		"chair":      {"decisions-calling-chair"},
	},
	"economy.public_accounts": {
		"true":  {"economy-accounts-public"},
		"false": {"economy-accounts-members"},
	},
	"economy.reciprocity": {
		"none":           {"reciprocity-none"},
		"encouraged":     {"reciprocity-encouraged"},
		"members-commit": {"reciprocity-members"},
	},
	"conduct.code": {
		"contributor-covenant-2.1": {"conduct-cc-2-1"},
		"contributor-covenant-3.0": {"conduct-cc-3-0"},
		"custom":                   {"conduct-custom"},
	},
	"conduct.mediation":           {"true": {"conduct-mediation"}},
	"standards.public_frameworks": {"true": {"standards-public-frameworks"}},
	"standards.reuse":             {"true": {"standards-metadata"}},
	"assets.trademark": {
		"true":  {"assets-trademark-registered"},
		"false": {"assets-trademark-unregistered"},
	},
	"exit.devolution": {
		"commons":     {"exit-devolution-commons"},
		"public-body": {"exit-devolution-public-body"},
		"foundation":  {"exit-devolution-foundation"},
	},
	"legal.vehicle": {
		"none":                 {"legal-none"},
		"de-facto-association": {"legal-de-facto"},
		"association":          {"legal-association"},
		"fiscal-host":          {"legal-fiscal-host", "economy-funds-host"},
		"scic":                 {"legal-scic"},
		"public-body":          {"legal-public-body"},
	},
}

// charterMultiClauses maps options of multiple choices to the clauses that
// exist exactly when the option is chosen.
var charterMultiClauses = clauseTable{
	"commons.resources": {"hardware": {"licences-hardware"}, "standard": {"standards-royalty-free"}},
}

// charterPhrases holds, for options of multiple choices that add text
// rather than clauses, a phrase in each language that appears exactly when
// the option is chosen.
var charterPhrases = map[string]map[string][2]string{
	"values.shared": {
		"openness":           {"**Openness.**", "**Ouverture.**"},
		"sharing":            {"**Sharing.**", "**Partage.**"},
		"transparency":       {"**Transparency.**", "**Transparence.**"},
		"inclusion":          {"**Inclusion.**", "**Inclusion.**"},
		"non-discrimination": {"**Non-discrimination.**", "**Non-discrimination.**"},
		"general-interest":   {"**General interest.**", "**Intérêt général.**"},
		"sustainability":     {"**Sustainability.**", "**Pérennité.**"},
	},
	"membership.classes": {
		"individuals":   {"**Individuals**", "**Les personnes physiques**"},
		"public-bodies": {"**Public bodies:**", "**Les personnes publiques :**"},
		"non-profits":   {"**Non-profit organisations:**", "**Les organismes à but non lucratif :**"},
		"companies":     {"**Companies**", "**Les entreprises**"},
		"research":      {"**Research and education organisations:**", "**Les organismes de recherche et d’enseignement :**"},
	},
	"economy.funding": {
		"donations":       {"**Donations**", "**Dons**"},
		"grants":          {"**Public grants**", "**Subventions publiques**"},
		"membership-fees": {"**Membership fees**", "**Cotisations**"},
		"services":        {"**Paid services**", "**Services payants**"},
		"sponsorship":     {"**Patronage**", "**Mécénat**"},
		"procurement":     {"**Public contracts**", "**Commandes publiques**"},
	},
	"transparency.published": {
		"minutes":   {"the minutes of the meetings", "les comptes rendus des réunions"},
		"votes":     {"the detailed result of each vote", "le résultat détaillé de chaque vote"},
		"roadmap":   {"its roadmap, kept up to date", "sa feuille de route, tenue à jour"},
		"members":   {"Members who agree to appear on it;", "qui acceptent d’y figurer ;"},
		"interests": {"the declarations of interests", "les déclarations d’intérêts"},
	},
	"commons.resources": {
		"software": {"- **Software:**", "- **Logiciels :**"},
		"data":     {"- **Data:**", "- **Données :**"},
		"content":  {"- **Content:**", "- **Contenus :**"},
		"standard": {"- **Standards and specifications:**", "- **Standards et spécifications :**"},
		"hardware": {"- **Hardware designs:**", "- **Conceptions de matériel :**"},
		"know-how": {"- **Know-how:**", "- **Savoir-faire :**"},
	},
}

// charterOnlyPhrases holds, for options of multiple choices, phrases in
// each language that may appear only when the option is chosen: text that
// speaks of donors, membership fees, minutes, votes or declarations of
// interests belongs to the option that creates them, wherever it is
// printed (accounts, personal data, retention, the decisions table).
var charterOnlyPhrases = map[string]map[string][2][]string{
	"economy.funding": {
		"donations": {{"donor", "Donations"}, {"donateur", "Dons"}},
		// A public body may pay an endowment fund « ni cotisation ni don »:
		// the French phrases are those of the fee itself.
		"membership-fees": {{"membership fee"}, {"de la cotisation", "des cotisations", "Les cotisations"}},
	},
	"transparency.published": {
		"minutes":   {{"minutes of the meetings", "Decisions, minutes"}, {"comptes rendus"}},
		"votes":     {{"how each member of the"}, {"le vote de chaque membre"}},
		"interests": {{"declaration of interests", "declarations of interests"}, {"déclaration d’intérêts", "déclarations d’intérêts"}},
	},
}

// charterOptionOnly holds, for single choices, phrases that belong to
// some of their options and may appear only with them: the enforcement
// ladder of each code of conduct, the rules of a cooperative.
var charterOptionOnly = map[string][]struct {
	options []string
	phrases [2][]string
}{
	"conduct.code": {
		{[]string{"contributor-covenant-3.0"}, [2][]string{{"**temporarily limited activities:**", "**temporary suspension:**"}, {"**la limitation temporaire des activités :**", "**la suspension temporaire :**"}}},
		{[]string{"contributor-covenant-2.1", "custom"}, [2][]string{{"**correction:**", "other than a correction"}, {"**la correction :**", "autre qu’une correction"}}},
	},
	"legal.vehicle": {
		{[]string{"scic"}, [2][]string{{"cooperative audit", "Article 1836", "Article L. 231-6"}, {"révision coopérative", "article 1836", "article L. 231-6"}}},
		{[]string{"none", "de-facto-association"}, [2][]string{{"As long as the Commons has no legal personality, the Members, who together determine"}, {"Tant que le Commun est dépourvu de personnalité juridique, les Membres,"}}},
	},
	"governance.steering": {
		{[]string{"false"}, [2][]string{{"Appeal Panel"}, {"Commission de recours"}}},
	},
}

var decisionTypes = []string{"technical", "strategy", "budget", "licence", "membership", "conduct"}

// charterCases returns the combinations of templates_test.go plus, on top
// of answers where every multiple choice is fully ticked, each option of
// each choice alone, so that every option is tried against a complete
// charter as well as against the covering set.
func charterCases(t *testing.T, k *Kind) []questionnaire.Values {
	out := combinations(t, k)
	full := exampleValues(t, k)
	for _, qq := range choices(k) {
		if qq.Type == questionnaire.TypeMulti {
			full[qq.Key] = qq.OptionIDs()
		}
	}
	out = append(out, full)
	for _, qq := range choices(k) {
		for _, o := range optionValues(qq) {
			c := clone(full)
			c[qq.Key] = o
			out = append(out, c)
		}
	}
	// The empty case of every multiple choice: what init --example gives.
	return append(out, exampleValues(t, k))
}

// endowmentFund reports whether the assets are held by a French
// endowment fund, which has no members and so collects no fees.
func endowmentFund(v questionnaire.Values) bool {
	return answer(v, "legal.vehicle") == "fiscal-host" && answer(v, "legal.host_form") == "endowment-fund" && answer(v, "governing_law") == "FR"
}

// frenchPublicBody reports whether the commons is carried by a French
// public body, which may levy no fee for a vote in the assembly and so
// receives voluntary contributions instead.
func frenchPublicBody(v questionnaire.Values) bool {
	return answer(v, "legal.vehicle") == "public-body" && answer(v, "governing_law") == "FR"
}

// effective returns the decision rule applied to a type of decision.
func effective(v questionnaire.Values, typ string) string {
	r := answer(v, "decisions."+typ)
	if r == "" || r == "default" {
		r = answer(v, "governance.default_rule")
	}
	return r
}

func TestCharterOptionsProduceTheirOwnClauses(t *testing.T) {
	k, _ := Lookup("charter")
	for _, raw := range charterCases(t, k) {
		checkCharter(t, k, raw)
	}
}

// checkCharter assembles a charter in every language and checks that each
// option produces its own clauses and phrases, and only them.
func checkCharter(t *testing.T, k *Kind, raw questionnaire.Values) {
	t.Helper()
	vals := k.Questionnaire.Resolve(raw)
	for li, l := range textfmt.All {
		doc, err := k.Assemble(raw, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		what := string(l) + " " + describe(k, raw)
		checkClauses(t, doc, charterClauses, func(key, option string) bool { return answer(vals, key) == option }, what)
		checkClauses(t, doc, charterMultiClauses, func(key, option string) bool { return slices.Contains(multi(vals, key), option) }, what)
		md := string(markdown.Render(doc))
		checkClean(t, md, what)
		text := md
		if endowmentFund(vals) {
			// The fund's Members' gifts are no donations of third parties.
			text = strings.ReplaceAll(md, "**Dons des Membres**", "")
		}
		for key, options := range charterOnlyPhrases {
			for option, phrases := range options {
				if slices.Contains(multi(vals, key), option) {
					continue
				}
				for _, p := range phrases[li] {
					if strings.Contains(text, textfmt.Typeset(l, p)) {
						t.Fatalf("%s: %q printed without %s=%s", what, p, key, option)
					}
				}
			}
		}
		for key, owners := range charterOptionOnly {
			for _, o := range owners {
				if slices.Contains(o.options, answer(vals, key)) {
					continue
				}
				for _, p := range o.phrases[li] {
					if strings.Contains(md, textfmt.Typeset(l, p)) {
						t.Fatalf("%s: %q printed with %s=%s", what, p, key, answer(vals, key))
					}
				}
			}
		}
		for key, options := range charterPhrases {
			for option, phrases := range options {
				want := slices.Contains(multi(vals, key), option)
				if key == "economy.funding" && option == "membership-fees" && (endowmentFund(vals) || frenchPublicBody(vals)) {
					// Members' gifts replace fees in a French endowment
					// fund (TestCharterEndowmentFundTakesNoPublicMoney)
					// and in a French public body (the reserves of
					// TestCharterLeavesToTheVehicleWhatItsLawReserves).
					want = false
				}
				if got := strings.Contains(md, textfmt.Typeset(l, phrases[li])); got != want {
					t.Fatalf("%s: phrase for %s=%s present=%v, want %v", what, key, option, got, want)
				}
			}
		}
		checkCharterRules(t, doc, vals, what)
		checkCharterLicences(t, doc, vals, l, what)
		checkCharterBodies(t, doc, md, vals, l, what)
		checkCharterGovernance(t, doc, md, vals, l, what)
		checkCharterHolderAndSpecifications(t, doc, vals, l, what)
	}
}

// clauseChecks gives the checks of a charter's text: the body of a
// clause by ID, whether a text holds a phrase as typeset in l, and a
// condition that stops the test, naming the case, when it fails.
func clauseChecks(t *testing.T, doc *document.Document, l textfmt.Lang, what string) (body func(id string) string, has func(text, p string) bool, must func(ok bool, format string, args ...any)) {
	body = func(id string) string { c, _ := doc.Clause(id); return c.Body }
	has = func(text, p string) bool { return strings.Contains(text, textfmt.Typeset(l, p)) }
	must = func(ok bool, format string, args ...any) {
		t.Helper()
		if !ok {
			t.Fatalf("%s: "+format, append([]any{what}, args...)...)
		}
	}
	return body, has, must
}

// Each decision rule is defined exactly when a rule of the charter uses
// it: the default rule or a type of decision, the two-thirds majority
// also when consensus or consent falls back on it, and simple majority
// always, since the approval of the accounts uses it. The table names the
// effective rule of each type, then the fixed rows, then the default.
func checkCharterRules(t *testing.T, doc *document.Document, vals questionnaire.Values, what string) {
	t.Helper()
	used := map[string]bool{answer(vals, "governance.default_rule"): true, "majority": true}
	for _, typ := range decisionTypes {
		used[effective(vals, typ)] = true
	}
	used["two-thirds"] = used["two-thirds"] || used["consensus"] || used["consent"]
	k, _ := Lookup("charter")
	rules, _ := k.Questionnaire.Question("governance.default_rule")
	for _, r := range rules.OptionIDs() {
		if _, ok := doc.Clause("rule-" + r); ok != used[r] {
			t.Fatalf("%s: rule %s defined=%v, used=%v", what, r, ok, used[r])
		}
	}
	table, _ := doc.Clause("decisions-table")
	var body []string
	for _, row := range strings.Split(table.Body, "\n") {
		if strings.HasPrefix(row, "| ") && !strings.HasPrefix(row, "| Type") {
			body = append(body, row)
		}
	}
	// The appointment of Maintainers follows the technical row;
	// elections, accounts and amendments follow the typed rows; a SCIC
	// has a row of its own for the dissolution, which the law of its
	// company form governs; a legal entity other than a public body that
	// may sell services around software has a row for the Assembly's
	// decision on each category of them; any vehicle but a public body
	// whose Resources include hardware has a row for the Assembly's
	// decision to place a product on the market.
	scic := answer(vals, "legal.vehicle") == "scic"
	rows := len(decisionTypes) + 5
	if scic {
		rows++
	}
	resources := multi(vals, "commons.resources")
	software := len(resources) == 0 || slices.Contains(resources, "software")
	if v := answer(vals, "legal.vehicle"); slices.Contains(multi(vals, "economy.funding"), "services") && software && (v == "association" || v == "scic" || v == "fiscal-host") {
		rows++
	}
	if slices.Contains(resources, "hardware") && answer(vals, "legal.vehicle") != "public-body" {
		rows++
	}
	// Rows that follow the vehicle and the answers: the membership fees
	// that the Assembly sets where no statutes do, the cap on funds a
	// commons without legal person holds, the registration of its name as
	// a trade mark, and the declaration of an undeclared association.
	v := answer(vals, "legal.vehicle")
	fr := answer(vals, "governing_law") == "FR"
	endowment := v == "fiscal-host" && answer(vals, "legal.host_form") == "endowment-fund" && fr
	fees := slices.Contains(multi(vals, "economy.funding"), "membership-fees") && !endowment && !(v == "public-body" && fr)
	steering := fmt.Sprint(vals["governance.steering"]) != "false"
	if fees && steering && v != "association" && v != "scic" && v != "public-body" {
		rows++
	}
	if v == "none" || v == "de-facto-association" {
		rows++
	}
	if fmt.Sprint(vals["assets.trademark"]) != "true" {
		rows++
	}
	if v == "de-facto-association" {
		rows++
	}
	// RC-20: under consensus or consent as the default rule, designations
	// and acts of administration are decided by simple majority.
	if d := answer(vals, "governance.default_rule"); d == "consensus" || d == "consent" {
		rows++
	}
	if len(body) != rows {
		t.Fatalf("%s: decision table has %d rows", what, len(body))
	}
	ruleOf := func(r string) string { c, _ := doc.Clause("rule-" + r); return "(" + c.Label(doc.Lang) + ") |" }
	// Whatever the technical rule, no sitting Maintainer, nor a third of
	// them, can keep a newcomer out: under consensus or two-thirds,
	// Maintainers are appointed by simple majority, in the table and in
	// the clause on Maintainers.
	appoint := effective(vals, "technical")
	if appoint == "consensus" || appoint == "two-thirds" {
		appoint = "majority"
	}
	maintainer, _ := doc.Clause("roles-maintainer")
	majority, _ := doc.Clause("rule-majority")
	inClause := strings.Contains(maintainer.Body, "("+majority.Label(doc.Lang)+")")
	if !strings.Contains(body[1], maintainer.Label(doc.Lang)) || !strings.Contains(body[1], strings.TrimSuffix(ruleOf(appoint), " |")) || inClause != (appoint != effective(vals, "technical")) {
		t.Fatalf("%s: Maintainers are appointed under %q, want %s (clause names the majority: %v)", what, body[1], appoint, inClause)
	}
	body = slices.Delete(body, 1, 2)
	for i, typ := range decisionTypes {
		want := ruleOf(effective(vals, typ))
		if typ == "licence" {
			// The licences are written into the Charter: whatever the
			// licence rule, the row adds the amendment's majority and
			// notice, which the clause on changing a licence states, and
			// names the licence rule only where that majority does not
			// already contain it.
			change, _ := doc.Clause("licences-change")
			amendment := answer(vals, "amendment.rule")
			if amendment == "" {
				amendment = "two-thirds"
			}
			licence := effective(vals, typ)
			absorbed := amendment == "consensus" || licence == "majority" || licence == "two-thirds"
			want = strings.TrimSuffix(want, " |") + ", "
			if strings.Contains(body[i], want) == absorbed || !strings.HasSuffix(body[i], change.Label(doc.Lang)+" |") {
				t.Fatalf("%s: licence row %q does not add the amendment rule of %s", what, body[i], change.Label(doc.Lang))
			}
			continue
		}
		if typ == "conduct" {
			// Sanctions follow the rule of the row and the express approval
			// or fallback vote of the Conduct Committee's article.
			committee, _ := doc.Clause("conduct-committee")
			want = strings.TrimSuffix(want, " |") + ", "
			if !strings.Contains(body[i], want) || !strings.HasSuffix(body[i], committee.Label(doc.Lang)+" |") && !strings.Contains(body[i], committee.Label(doc.Lang)+" requires |") {
				t.Fatalf("%s: conduct row %q does not name rule %s and %s", what, body[i], effective(vals, typ), committee.Label(doc.Lang))
			}
			continue
		}
		if !strings.HasSuffix(body[i], want) {
			t.Fatalf("%s: row %q does not name rule %s", what, body[i], effective(vals, typ))
		}
	}
	// Money is never spent, nor anyone paid, by silence: the definition of
	// lazy consensus puts every budget, expense and remuneration to a vote,
	// and the table says so where budget or membership decisions are left
	// to lazy consensus.
	lang := slices.Index(textfmt.All, doc.Lang)
	if lazy, ok := doc.Clause("rule-lazy-consensus"); ok {
		want := [2]string{"Silence never counts as agreement to a decision that adopts or amends a budget, commits an expense", "Le silence ne vaut jamais accord pour une décision qui adopte ou modifie un budget, engage une dépense"}[lang]
		if !strings.Contains(lazy.Body, textfmt.Typeset(doc.Lang, want)) {
			t.Fatalf("%s: lazy consensus may spend money: %q", what, lazy.Body)
		}
	}
	for i, typ := range decisionTypes {
		vote := map[string][2]string{
			"budget":     {"simple majority for any other budget decision", "majorité simple pour toute autre décision budgétaire"},
			"membership": {"Simple majority for a refusal", "Majorité simple pour un refus"},
		}[typ][lang]
		if vote == "" {
			continue
		}
		// A refusal of admission is voted under consensus and consent too
		// (RC-3): one objection would otherwise admit a banned person.
		voted := effective(vals, typ) == "lazy-consensus" || typ == "membership" && slices.Contains([]string{"consensus", "consent"}, effective(vals, typ))
		if got := strings.Contains(body[i], textfmt.Typeset(doc.Lang, vote)); got != voted {
			t.Fatalf("%s: %s row %q puts its money or refusals to a vote=%v", what, typ, body[i], got)
		}
	}
	// With accounts shown to the Members only, the value of transparency
	// promises the public decisions and their reasons, not the use of money.
	if slices.Contains(multi(vals, "values.shared"), "transparency") {
		values, _ := doc.Clause("values")
		public := [2]string{"the use of money are public", "l'usage de l'argent sont publics"}[lang]
		if got := strings.Contains(values.Body, textfmt.Typeset(doc.Lang, public)); got != (answer(vals, "economy.public_accounts") == "true") {
			t.Fatalf("%s: transparency makes the use of money public=%v: %q", what, got, values.Body)
		}
	}
	fixed := []string{"decisions-elections", "rule-majority", "amendment-procedure"}
	if scic {
		// The accounts and the dissolution are decisions of the members
		// of the cooperative: whatever rule the answers choose, the rows
		// give the quorum and majority of the Commercial Code for its form.
		accounts, dissolution := scicMajorities(answer(vals, "legal.company_form"))
		spaces := strings.NewReplacer("\u00a0", " ", "\u202f", " ")
		if row := spaces.Replace(body[len(decisionTypes)+1]); !strings.Contains(row, accounts) || strings.Contains(row, ruleOf("majority")) {
			t.Fatalf("%s: accounts row %q does not give the majority of %s", what, row, accounts)
		}
		if row := spaces.Replace(body[len(decisionTypes)+3]); !strings.Contains(row, dissolution) {
			t.Fatalf("%s: dissolution row %q does not give the majority of %s", what, row, dissolution)
		}
		fixed[1] = ""
	}
	for i, id := range fixed {
		if id == "" {
			continue
		}
		c, _ := doc.Clause(id)
		row := body[len(decisionTypes)+i]
		// A charter whose Assembly is the general meeting of its legal
		// entity also refers the dissolution to its own clause:
		// "(articles 16.1 et 17.4)".
		ok := strings.HasSuffix(row, "("+c.Label(doc.Lang)+") |") ||
			id == "amendment-procedure" && regexp.MustCompile(`\([^()]*\b`+regexp.QuoteMeta(c.Number)+`\b[^()]*\) \|$`).MatchString(row)
		if !ok {
			t.Fatalf("%s: row %q does not refer to %s", what, row, id)
		}
	}
	if last := body[len(body)-1]; !strings.HasSuffix(last, ruleOf(answer(vals, "governance.default_rule"))) {
		t.Fatalf("%s: last row %q does not name the default rule", what, last)
	}
}

// A licence clause exists, and its SPDX identifier appears, exactly for the
// types of resources chosen; with none chosen, for software and data.
// Content and documentation are always licensed: every commons publishes
// some, if only its user documentation and website. The public-sector clause appears with public bodies and reports
// each licence on the decree list correctly.
func checkCharterLicences(t *testing.T, doc *document.Document, vals questionnaire.Values, l textfmt.Lang, what string) {
	t.Helper()
	res := multi(vals, "commons.resources")
	want := map[string]bool{
		"software": len(res) == 0 || slices.Contains(res, "software"),
		"data":     len(res) == 0 || slices.Contains(res, "data"),
		"content":  true,
		"hardware": slices.Contains(res, "hardware"),
	}
	annex, _ := doc.Clause("annex-a")
	for typ, w := range want {
		id := answer(vals, "licences."+typ)
		c, ok := doc.Clause("licences-" + typ)
		if ok != w {
			t.Fatalf("%s: licence clause for %s present=%v, want %v", what, typ, ok, w)
		}
		if ok && !strings.Contains(c.Body, "`"+id+"`") {
			t.Fatalf("%s: licence clause for %s lacks %s", what, typ, id)
		}
		if strings.Contains(annex.Body, "/licenses/"+id+".html") != w && answer(vals, "licences."+typ) != "" {
			// Two types may share a licence (CC-BY-4.0 for data and content).
			shared := false
			for other, ow := range want {
				shared = shared || (other != typ && ow && answer(vals, "licences."+other) == id)
			}
			if !shared {
				t.Fatalf("%s: Annex A lists %s for %s: %v", what, id, typ, !w)
			}
		}
	}
	classes := multi(vals, "membership.classes")
	publicMembers := slices.Contains(classes, "public-bodies") || slices.Contains(classes, "research")
	if _, ok := doc.Clause("membership-public-bodies"); ok != publicMembers {
		t.Fatalf("%s: public-body members clause present=%v, want %v (public bodies or research bodies may join)", what, ok, publicMembers)
	}
	public := publicMembers || answer(vals, "legal.vehicle") == "public-body"
	c, ok := doc.Clause("licences-public-sector")
	if ok != public {
		t.Fatalf("%s: public-sector licence clause present=%v, want %v", what, ok, public)
	}
	if !ok {
		return
	}
	listed := map[string][]string{
		"software": {"Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CECILL-B", "MIT", "CECILL-2.1", "CECILL-C", "EPL-2.0",
			"EUPL-1.2", "GPL-3.0-only", "GPL-3.0-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "MPL-2.0"},
		"data": {"etalab-2.0", "ODbL-1.0"}, "content": {"etalab-2.0", "ODbL-1.0"}, "hardware": {"etalab-2.0", "ODbL-1.0"},
	}
	// The table of the French list binds French public bodies only: under
	// another law the clause states that law, Belgian law by name, and
	// the French rule in one sentence for a French public Member.
	law := answer(vals, "governing_law")
	table := strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "| Resources | Licence | On the list |", textfmt.FR: "| Ressources | Licence | Sur la liste |"}[l])
	belgian := strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "the Law of 4 May 2016 on the re-use of public sector information", textfmt.FR: "la loi du 4 mai 2016 relative à la réutilisation des informations du secteur public"}[l])
	frenchMember := strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "A French public body that is a Member may, however,", textfmt.FR: "Une personne publique française Membre ne peut toutefois"}[l])
	if table != (law == "FR") || belgian != (law == "BE") || frenchMember == (law == "FR") {
		t.Fatalf("%s: public-sector clause under %s: table=%v, Belgian law=%v, French rule for Members=%v", what, law, table, belgian, frenchMember)
	}
	if law != "FR" {
		return
	}
	yes := map[textfmt.Lang]string{textfmt.EN: "| Yes |", textfmt.FR: "| Oui |"}[l]
	for typ, w := range want {
		if !w {
			continue
		}
		id := answer(vals, "licences."+typ)
		var line string
		for _, row := range strings.Split(c.Body, "\n") {
			if strings.Contains(row, "| `"+id+"` |") {
				line = row
			}
		}
		if got := strings.HasSuffix(line, yes); got != slices.Contains(listed[typ], id) {
			t.Fatalf("%s: public-sector table row for %s (%s) is %q", what, typ, id, line)
		}
	}
}

// Bodies and the legal vehicle: no text names a body or an entity that the
// answers do not create.
func checkCharterBodies(t *testing.T, doc *document.Document, md string, vals questionnaire.Values, l textfmt.Lang, what string) {
	t.Helper()
	steering := map[textfmt.Lang]string{textfmt.EN: "Steering Committee", textfmt.FR: "Comité de pilotage"}[l]
	if got, want := strings.Contains(md, steering), answer(vals, "governance.steering") == "true"; got != want {
		t.Fatalf("%s: %q present=%v, want %v", what, steering, got, want)
	}
	vehicle := answer(vals, "legal.vehicle")
	entity := slices.Contains([]string{"association", "fiscal-host", "scic", "public-body"}, vehicle)
	term := map[textfmt.Lang]string{textfmt.EN: "Legal Entity", textfmt.FR: "Structure porteuse"}[l]
	if got := strings.Contains(md, term); got != entity {
		t.Fatalf("%s: %q present=%v, want %v", what, term, got, entity)
	}
	if got := strings.Contains(md, answer(vals, "legal.entity_name")) && entity; got != entity {
		t.Fatalf("%s: entity name present=%v, want %v", what, got, entity)
	}
	// The law of 1901 on associations is cited for associations, and,
	// under French law, for the Members of a commons without a legal
	// entity of its own, who form at most an undeclared association.
	law1901 := map[textfmt.Lang]string{textfmt.EN: "1 July 1901", textfmt.FR: "1er juillet 1901"}[l]
	french := answer(vals, "governing_law") == "FR"
	wantAssoc := vehicle == "association" || vehicle == "de-facto-association" ||
		french && (vehicle == "none" || vehicle == "fiscal-host")
	if got := strings.Contains(md, law1901); got != wantAssoc {
		t.Fatalf("%s: law of 1901 cited=%v, want %v", what, got, wantAssoc)
	}
	trustee := !entity || answer(vals, "assets.holder") == "trustee"
	if _, ok := doc.Clause("assets-holder-trustee"); ok != trustee {
		t.Fatalf("%s: trustee clause present=%v, want %v", what, ok, trustee)
	}
	if _, ok := doc.Clause("assets-holder-entity"); ok == trustee {
		t.Fatalf("%s: entity holder clause present=%v", what, ok)
	}
	if _, ok := doc.Clause("economy-funds-entity"); ok != slices.Contains([]string{"association", "scic", "public-body"}, vehicle) {
		t.Fatalf("%s: entity funds clause present=%v", what, ok)
	}
	if _, ok := doc.Clause("economy-funds-member"); ok != (vehicle == "none" || vehicle == "de-facto-association") {
		t.Fatalf("%s: member funds clause present=%v", what, ok)
	}
	// The legal vehicle is described, never named by the label of its
	// option, which is written for whoever answers the questionnaire.
	k, _ := Lookup("charter")
	qq, _ := k.Questionnaire.Question("legal.vehicle")
	for _, o := range qq.Options {
		if label := textfmt.Typeset(l, o.Label.In(l)); o.ID != "none" && strings.Contains(md, label) {
			t.Fatalf("%s: the option label %q is printed", what, label)
		}
	}
	checkPublicBody(t, doc, md, vals, l, what)
}

// A French public body adopts its charter in French, which prevails
// whatever the answers say; its data protection officer is named; and a
// hosted commons names the legal form of its host.
func checkPublicBody(t *testing.T, doc *document.Document, md string, vals questionnaire.Values, l textfmt.Lang, what string) {
	t.Helper()
	vehicle := answer(vals, "legal.vehicle")
	public := vehicle == "public-body"
	if dpo := answer(vals, "privacy.dpo"); dpo != "" && strings.Contains(md, dpo) != public {
		t.Fatalf("%s: data protection officer named=%v", what, !public)
	}
	if langs, ok := doc.Clause("legal-languages"); ok && public && answer(vals, "governing_law") == "FR" {
		want := map[textfmt.Lang]string{textfmt.EN: "drawn up in French", textfmt.FR: "établie en français"}[l]
		if !strings.Contains(langs.Body, want) || strings.Contains(langs.Body, map[textfmt.Lang]string{textfmt.EN: "English version prevails", textfmt.FR: "version anglaise prévaut"}[l]) {
			t.Fatalf("%s: a French public body's charter says %q", what, langs.Body)
		}
	}
	if vehicle == "fiscal-host" {
		forms := map[string][2]string{"association": {"association", "association"}, "foundation": {"a foundation", "fondation"},
			"endowment-fund": {"an endowment fund", "fonds de dotation"}, "other": {"a non-profit legal person", "personne morale à but non lucratif"}}
		// Under French law a foundation is named by its kind, which decides
		// what it may receive (loi n° 87-571, art. 18, 19-8).
		if answer(vals, "legal.host_form") == "foundation" && answer(vals, "governing_law") == "FR" {
			forms["foundation"] = map[string][2]string{
				"public-utility": {"a foundation recognised as being of public utility", "fondation reconnue d’utilité publique, régie par la loi n° 87-571"},
				"corporate":      {"a corporate foundation (fondation d’entreprise) governed by Articles 19 to 19-13", "fondation d’entreprise régie par les articles 19 à 19-13"},
				"other":          {"a foundation with legal personality", "fondation dotée de la personnalité morale"},
			}[answer(vals, "legal.foundation_kind")]
		}
		c, _ := doc.Clause("legal-fiscal-host")
		li := slices.Index(textfmt.All, l)
		if form := textfmt.Typeset(l, forms[answer(vals, "legal.host_form")][li]); !strings.Contains(c.Body, answer(vals, "legal.entity_name")+", "+form) &&
			!strings.Contains(c.Body, answer(vals, "legal.entity_name")+", "+map[bool]string{true: "an ", false: ""}[l == textfmt.EN]+form) {
			t.Fatalf("%s: the host is not described as %q: %q", what, form, c.Body)
		}
	}
}

// Licence answers accept any current SPDX identifier, refuse a licence
// named as people name it or a typo with the licences it can mean, and
// print an identifier outside the
// menu as it is.
func TestCharterLicenceAnswers(t *testing.T) {
	k, _ := Lookup("charter")
	q := k.Questionnaire
	for _, c := range []struct{ key, typed, suggestion string }{
		{"licences.software", "EUPL-1.3", "EUPL-1.2"},
		{"licences.software", "Apache 2.0", "Apache-2.0"},
		{"licences.software", "CeCILL-2", "CECILL-2.0 or CECILL-2.1"},
		{"licences.data", "etalab", "etalab-2.0"},
		{"licences.data", "ODBL", "ODbL-1.0"},
		{"licences.data", "odbl-1.0", ""},
		{"licences.content", "CC-BY-SA-4", "CC-BY-SA-4.0"},
	} {
		qq, _ := q.Question(c.key)
		v, m := qq.Convert(c.typed)
		if c.suggestion == "" {
			if m != nil {
				t.Errorf("%s=%q refused: %s", c.key, c.typed, m.ID)
			}
			continue
		}
		if m == nil || m.ID != "value.licence_suggest" || m.Data["Suggestion"].(questionnaire.Text).In(textfmt.EN) != c.suggestion {
			t.Errorf("%s=%q: got %v, %+v; want a suggestion of %s", c.key, c.typed, v, m, c.suggestion)
		}
	}
	qq, _ := q.Question("licences.software")
	if _, m := qq.Convert("GPL-3.0"); m == nil || m.ID != "value.licence_deprecated_later" || m.Data["Later"] != "GPL-3.0-or-later" {
		t.Errorf("deprecated GPL-3.0 accepted: %+v", m)
	}
	vals := exampleValues(t, k)
	vals["commons.resources"] = []string{"software"}
	vals["licences.software"] = "GPL-2.0-only"
	for _, l := range textfmt.All {
		doc, err := k.Assemble(vals, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := doc.Clause("licences-software")
		if !strings.Contains(c.Body, "**GPL-2.0-only**") || !strings.Contains(c.Body, "https://spdx.org/licenses/GPL-2.0-only.html") {
			t.Errorf("%s: licence outside the menu printed as %q", l, c.Body)
		}
	}
}

// Every licence offered is a current SPDX identifier with an explanation,
// and the menus hold the licences the charter promises.
func TestCharterLicenceMenus(t *testing.T) {
	k, _ := Lookup("charter")
	want := map[string][]string{
		"licences.software": {"MIT", "Apache-2.0", "BSD-3-Clause", "MPL-2.0", "EUPL-1.2", "GPL-3.0-or-later",
			"AGPL-3.0-or-later", "LGPL-3.0-or-later", "CECILL-2.1", "CECILL-B", "CECILL-C"},
		"licences.data":    {"etalab-2.0", "ODbL-1.0", "CC-BY-4.0", "CC0-1.0"},
		"licences.content": {"CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "etalab-2.0"},
	}
	for key, ids := range want {
		qq, _ := k.Questionnaire.Question(key)
		if !slices.Equal(qq.OptionIDs(), ids) {
			t.Errorf("%s offers %v, want %v", key, qq.OptionIDs(), ids)
		}
		for _, o := range qq.Options {
			if o.Rights == "" {
				t.Errorf("%s/%s has no rights level", key, o.ID)
			}
		}
	}
	// The French public-sector rule is stated where licences are chosen.
	for _, g := range k.Questionnaire.Groups {
		if g.ID != "licences" {
			continue
		}
		for _, l := range textfmt.All {
			intro := strings.ReplaceAll(g.Intro.In(l), "\u00a0", " ") // citations are kept on one line
			if !strings.Contains(intro, "L. 323-2") || !strings.Contains(intro, "D. 323-2-1") {
				t.Errorf("%s: the licences step does not state the public-sector rule", l)
			}
		}
	}
}

// The decisions table gives a body the admissions only when the charter
// admits members on approval: otherwise admission follows from the
// declaration or the contribution, and only refusals are decided.
func TestCharterApprovalOnlyWhenAdmissionNeedsIt(t *testing.T) {
	k, _ := Lookup("charter")
	phrase := map[textfmt.Lang]string{textfmt.EN: "(an application that is not refused is admitted)", textfmt.FR: "(la candidature qui n’est pas refusée est admise)"}
	qq, _ := k.Questionnaire.Question("membership.admission")
	for _, o := range qq.Options {
		vals := exampleValues(t, k)
		vals["membership.admission"] = o.ID
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := string(markdown.Render(doc))
			want := o.ID != "declaration" && o.ID != "contribution"
			if got := strings.Contains(md, phrase[l]); got != want {
				t.Errorf("admission %s, %s: approval in the decisions table = %v, want %v", o.ID, l, got, want)
			}
		}
	}
}

// TestCharterTransitionalOnlyInFirstVersion: the founders and the first
// meeting belong to the first adoption (version 1.x or 0.x); a charter
// amended into version 2.0 or later has none to organise, and says
// instead what it replaces and that terms in progress continue.
func TestCharterTransitionalOnlyInFirstVersion(t *testing.T) {
	k, _ := Lookup("charter")
	for version, want := range map[string]bool{
		"1.0": true, "1.3": true, "0.9": true, "1": true, "draft": true,
		"2.0": false, "2": false, "10.1": false, "v3.0": false,
	} {
		vals := exampleValues(t, k)
		vals["version"] = version
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, ok := doc.Clause("transitional")
			if !ok {
				t.Fatalf("version %q, %s: no transitional provisions", version, l)
			}
			founders := strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "founding Members", textfmt.FR: "Membres fondateurs"}[l])
			revision := strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "replaces the previous version", textfmt.FR: "remplace la version précédente"}[l])
			if founders != want || revision == want {
				t.Errorf("version %q, %s: founders = %v, revision = %v, want founders %v", version, l, founders, revision, want)
			}
			md := string(markdown.Render(doc))
			if want && !strings.Contains(md, map[textfmt.Lang]string{textfmt.EN: "the first version of this Charter", textfmt.FR: "la première version de la Charte"}[l]) && !strings.Contains(md, "declared") && !strings.Contains(md, "déclaré") {
				t.Errorf("version %q, %s: the founders are not those of the first version", version, l)
			}
		}
	}
}

// TestCharterNamesAfterFrenchPrepositions: a name the user gives is
// inserted after a preposition or a verb in French; it must take its
// article ("l’Office…", "de l’Association…") or elide ("d’Atlas…"), for
// every legal form and devolution.
func TestCharterNamesAfterFrenchPrepositions(t *testing.T) {
	k, _ := Lookup("charter")
	names := map[string]string{
		"commons.name":      "Atlas des haies",
		"legal.entity_name": "Association Atlas des haies",
		"exit.beneficiary":  "Office français de la biodiversité",
	}
	vehicles, _ := k.Questionnaire.Question("legal.vehicle")
	devolutions, _ := k.Questionnaire.Question("exit.devolution")
	for _, v := range vehicles.Options {
		for _, d := range devolutions.Options {
			vals := exampleValues(t, k)
			for key, name := range names {
				vals[key] = name
			}
			vals["legal.vehicle"], vals["exit.devolution"] = v.ID, d.ID
			doc, err := k.Assemble(vals, textfmt.FR, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := string(markdown.Render(doc))
			for _, name := range names {
				// A name with an article needs it after any of these
				// words; a name without one elides "de" and "que" before
				// a vowel.
				words := "de|que"
				if textfmt.Article(name) != "" {
					words = "de|à|par|que|désigne|bénéficiaire|suivant :"
				}
				bad := regexp.MustCompile(`(^|[\s(])(` + words + `) ` + regexp.QuoteMeta(name))
				if m := bad.FindString(md); m != "" {
					t.Errorf("%s, %s: %q lacks its article or elision", v.ID, d.ID, strings.TrimSpace(m))
				}
			}
		}
	}
}

// TestCharterFrenchReferencesOnlyUnderFrenchLaw: under another governing
// law, control is defined without the French Commercial Code, and the
// French public-sector rules (RGI, RGAA, RGS, CRPA licence list) bind only
// French public bodies, as the governing-law warning says.
func TestCharterFrenchReferencesOnlyUnderFrenchLaw(t *testing.T) {
	k, _ := Lookup("charter")
	forbidden := [2][]string{
		{"Commercial Code", "Under French law, a public body", "The Resources aim to comply with the frameworks that French public bodies"},
		{"Code de commerce", "En droit français, une personne publique", "Les Ressources visent à respecter les référentiels que les personnes publiques françaises"},
	}
	for _, law := range []string{"BE", "DE", "GB", "US-NY"} {
		for _, vehicle := range []string{"fiscal-host", "public-body", "none"} {
			vals := exampleValues(t, k)
			vals["governing_law"], vals["legal.vehicle"] = law, vehicle
			vals["membership.classes"] = []string{"companies", "public-bodies", "research"}
			vals["standards.public_frameworks"] = true
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				md := string(markdown.Render(doc))
				for _, p := range forbidden[li] {
					if strings.Contains(md, p) {
						t.Errorf("%s, %s, %s: prints %q", law, vehicle, l, p)
					}
				}
			}
		}
	}
}

// TestCharterDrafterWarnings: the combinations a lawyer would flag warn
// the drafter, and the neighbouring safe answers do not.
func TestCharterDrafterWarnings(t *testing.T) {
	k, _ := Lookup("charter")
	cases := []struct {
		rule    string
		set     map[string]any
		without map[string]any
	}{
		{"low-quorum-many-proxies",
			map[string]any{"governance.quorum": 20, "governance.proxies": 5},
			map[string]any{"governance.quorum": 20, "governance.proxies": 2}},
		{"low-quorum-many-proxies",
			map[string]any{"governance.quorum": 25, "governance.proxies": 12},
			map[string]any{"governance.quorum": 30, "governance.proxies": 12}},
		{"steering-committee-many-proxies",
			map[string]any{"governance.steering": true, "governance.proxies": 3},
			map[string]any{"governance.steering": true, "governance.proxies": 1}},
		{"steering-committee-many-proxies",
			map[string]any{"governance.steering": true, "governance.quorum": 50, "governance.proxies": 4},
			map[string]any{"governance.steering": false, "governance.quorum": 50, "governance.proxies": 4}},
		{"research-members-patent-undertaking",
			map[string]any{"membership.classes": []string{"individuals", "research"}, "commons.resources": []string{"software", "hardware"}},
			map[string]any{"membership.classes": []string{"individuals", "non-profits"}, "commons.resources": []string{"software", "hardware"}}},
		{"membership-by-lazy-consensus",
			map[string]any{"decisions.membership": "lazy-consensus"},
			map[string]any{"decisions.membership": "majority"}},
		{"french-legal-form-english-prevails",
			map[string]any{"legal.vehicle": "association", "governing_law": "FR", "prevailing_language": "en"},
			map[string]any{"legal.vehicle": "association", "governing_law": "FR", "prevailing_language": "fr"}},
		{"devolution-to-public-body-unlisted-content-licence",
			map[string]any{"exit.devolution": "public-body", "governing_law": "FR", "licences.content": "CC-BY-4.0"},
			map[string]any{"exit.devolution": "public-body", "governing_law": "FR", "licences.content": "etalab-2.0"}},
	}
	for _, c := range cases {
		for _, tc := range []struct {
			answers map[string]any
			want    bool
		}{{c.set, true}, {c.without, false}} {
			vals := exampleValues(t, k)
			for key, v := range tc.answers {
				vals[key] = v
			}
			if got := slices.Contains(brokenRules(k, vals), c.rule); got != tc.want {
				t.Errorf("%s with %v: warned=%v, want %v", c.rule, tc.answers, got, tc.want)
			}
		}
	}
}

// TestCharterControllerContact: the legal entity is reached at its own
// data protection address when one is given, and is the sole controller
// whatever its form: the bodies of the Commons, which decide on conduct
// files, act under its authority (GDPR Article 29), and no joint control
// of the Members is stated; nor do the Members' interests ground its
// processing, which rests on its own and, for the Resources, reusers'.
func TestCharterControllerContact(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"association", "fiscal-host", "scic", "public-body"} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"], vals["privacy.contact"] = vehicle, "privacy@entity.example"
		vals["commons.personal_data"] = true
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, ok := doc.Clause("personal-data-controller")
			if !ok || !strings.Contains(c.Body, "privacy@entity.example") {
				t.Errorf("%s, %s: the controller's own address is not given", vehicle, l)
			}
			for _, p := range [][2]string{
				{"sole controller", "seule responsable"},
				{"under the authority of the Legal Entity and on its instructions (GDPR, Article 29)", "sous l'autorité de la Structure porteuse et sur ses instructions (RGPD, article 29)"},
			} {
				if !strings.Contains(c.Body, textfmt.Typeset(l, p[li])) {
					t.Errorf("%s, %s: the controller clause lacks %q", vehicle, l, p[li])
				}
			}
			if art26 := [2]string{"Article 26", "article 26"}[li]; strings.Contains(c.Body, art26) {
				t.Errorf("%s, %s: joint control is still stated", vehicle, l)
			}
			purposes, _ := doc.Clause("personal-data-purposes")
			resources, _ := doc.Clause("personal-data-resources")
			members := textfmt.Typeset(l, [2]string{"Legal Entity and of the Members", "Structure porteuse et des Membres"}[li])
			reusers := textfmt.Typeset(l, [2]string{"of the Legal Entity and of third parties, in particular reusers,", "de la Structure porteuse et des tiers, notamment des réutilisateurs,"}[li])
			if vehicle != "public-body" && (strings.Contains(purposes.Body+resources.Body, members) || !strings.Contains(resources.Body, reusers)) {
				t.Errorf("%s, %s: legitimate interests are not the controller's and reusers':\n%s\n%s", vehicle, l, purposes.Body, resources.Body)
			}
		}
	}
}

// onDecreeList are the licences French public bodies may publish under
// without approval (CRPA D. 323-2-1), by type of resource.
var onDecreeList = map[string][]string{
	"software": {"Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CECILL-B", "MIT", "CECILL-2.1", "CECILL-C", "EPL-2.0",
		"EUPL-1.2", "GPL-3.0-only", "GPL-3.0-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "MPL-2.0"},
	"data": {"etalab-2.0", "ODbL-1.0"}, "content": {"etalab-2.0", "ODbL-1.0"}, "hardware": {"etalab-2.0", "ODbL-1.0"},
}

// unlistedLicences are the licences of a charter that a French public body
// could not publish new versions under without approval.
func unlistedLicences(vals questionnaire.Values) []string {
	res := multi(vals, "commons.resources")
	used := map[string]bool{
		"software": len(res) == 0 || slices.Contains(res, "software"),
		"data":     len(res) == 0 || slices.Contains(res, "data"),
		"content":  true,
		"hardware": slices.Contains(res, "hardware"),
	}
	var out []string
	for _, typ := range []string{"software", "data", "content", "hardware"} {
		if id := answer(vals, "licences."+typ); used[typ] && !slices.Contains(onDecreeList[typ], id) {
			out = append(out, "`"+id+"`")
		}
	}
	// A French public body puts the contents of the records under the
	// Licence Ouverte 2.0, which is on the list, the DbCL not being on it.
	frBody := answer(vals, "legal.vehicle") == "public-body" && (answer(vals, "governing_law") == "FR" || answer(vals, "privacy.establishment") == "FR")
	if used["data"] && answer(vals, "licences.data") == "ODbL-1.0" && !frBody {
		out = append(out, "DbCL 1.0")
	}
	return out
}

// checkCharterGovernance checks, for one charter, the rules that keep its
// bodies workable and its references exact, whatever the combination:
// the Assembly adopts the budget and leaves its execution to a named
// organ when there is no steering committee; only the Assembly waits for
// the full notice; security fixes need no vote; an admission on approval
// answers only grounds of refusal; the sanctions that bar admission are
// named as the ladder names them; contributors to specifications give
// the patent undertaking; a devolution to a French public body names the
// licences that need approval.
func checkCharterGovernance(t *testing.T, doc *document.Document, md string, vals questionnaire.Values, l textfmt.Lang, what string) {
	t.Helper()
	li := slices.Index(textfmt.All, l)
	body, has, must := clauseChecks(t, doc, l, what)
	vehicle := answer(vals, "legal.vehicle")
	member := vehicle == "association" || vehicle == "scic"
	steering := answer(vals, "governance.steering") == "true"

	// A public body's Assembly only proposes the budget, and no
	// delegation exists for the decisions table to refer to.
	delegation := [2]string{"delegates", "délégation"}[li]
	must(!(vehicle == "public-body" && has(body("decisions-table"), delegation)), "a public body's decisions table refers to a delegation that does not exist")

	// C-2, C-M1: the budget and its execution.
	noSteering := body("bodies-no-steering")
	adopts := [2]string{"The Assembly shall adopt each year the budget of the Commons", "L'Assemblée adopte chaque année le budget du Commun"}[li]
	proposes := [2]string{"The Assembly shall propose each year the budget of the Commons", "L'Assemblée propose chaque année le budget du Commun"}[li]
	must(has(noSteering, adopts) == (!steering && vehicle != "public-body"), "the Assembly adopting the budget printed=%v", has(noSteering, adopts))
	must(has(noSteering, proposes) == (!steering && vehicle == "public-body"), "the Assembly proposing the budget printed=%v", has(noSteering, proposes))
	if !steering && vehicle != "public-body" {
		executor := map[string][2]string{
			"association": {"the organ that the statutes of the Legal Entity designate to manage it", "l'organe que les statuts de la Structure porteuse chargent de sa gestion"},
			"scic":        {"the organ that the statutes of the Legal Entity designate to manage it", "l'organe que les statuts de la Structure porteuse chargent de sa gestion"},
			"fiscal-host": {"the Members whom the Assembly mandates for that purpose", "les Membres que l'Assemblée mandate à cet effet"},
		}
		want, ok := executor[vehicle]
		if !ok {
			want = [2]string{"the holder of the assets commits the expenditure", "le détenteur des biens engage les dépenses"}
		}
		must(has(noSteering, want[li]), "the budget is not carried out by %q: %q", want[li], noSteering)
		limit, _ := vals["governance.delegation_limit"].(int)
		amount := textfmt.Number(l, limit)
		must(has(noSteering, [2]string{"per operation", "par opération"}[li]) == (limit > 0) && (limit == 0 || strings.Contains(noSteering, amount)),
			"the delegated amount %d is misprinted: %q", limit, noSteering)
		must(has(noSteering, [2]string{"to the next meeting of the Assembly", "à la réunion suivante de l'Assemblée"}[li]), "no report to the next Assembly")
		c, _ := doc.Clause("bodies-no-steering")
		must(strings.Contains(body("decisions-table"), c.Label(l)), "the budget row does not refer to the delegation")
		if member {
			must(strings.Contains(body("economy-funds-entity"), c.Label(l)), "the holding of funds does not refer to the delegation")
		}
	}

	// The Governance Space publishes with the accounts only what the
	// article on public accounts says of funding: no list of "funders"
	// that would name every Member paying a fee.
	if answer(vals, "economy.public_accounts") == "true" {
		acc, _ := doc.Clause("economy-accounts-public")
		space := body("transparency-space")
		must(!has(space, [2]string{"list of its funders", "liste de ses financeurs"}[li]) &&
			strings.Contains(space, textfmt.Typeset(l, [2]string{"with the information on the funding of the Commons that ", "avec les informations sur le financement du Commun que prévoit l'"}[li])+acc.Label(l)),
			"the Governance Space publishes funders beyond the accounts article: %q", space)
	}

	// A host's agreement settles the tax treatment of what Members, who
	// are not its members, pay it in fees or for services.
	if vehicle == "fiscal-host" {
		funding := multi(vals, "economy.funding")
		paid := slices.Contains(funding, "services") || slices.Contains(funding, "membership-fees") && !endowmentFund(vals)
		tax := [2]string{"the tax treatment, under the law that applies to the Legal Entity, of the", "le régime fiscal, selon le droit applicable à la Structure porteuse, des"}[li]
		must(has(body("annex-hosting"), tax) == paid, "the hosting agreement settles the tax treatment=%v, want %v", !paid, paid)
	}

	// An exclusion for unpaid fees pronounced by the Steering Committee is
	// open to an appeal to the Assembly.
	appeal := [2]string{"The Member may appeal within thirty\u00a0(30)\u00a0days of its notification to the Assembly", "Le Membre peut former un recours devant l'Assemblée dans un délai de trente\u00a0(30)\u00a0jours"}[li]
	fees := slices.Contains(multi(vals, "economy.funding"), "membership-fees") && !endowmentFund(vals) && !frenchPublicBody(vals)
	must(has(body("membership-exit"), appeal) == (fees && steering && !member && vehicle != "public-body"), "the appeal against an exclusion for unpaid fees printed=%v", has(body("membership-exit"), appeal))
	// Whatever the budget or default rule, such an exclusion is voted by
	// simple majority, never reached by silence.
	vote := [2]string{"by a vote by simple majority", "par un vote à la majorité simple"}[li]
	must(has(body("membership-exit"), vote) == (fees && !member && vehicle != "public-body"), "the exclusion for unpaid fees is voted by simple majority=%v", has(body("membership-exit"), vote))

	// The scope is written into the Charter: extending it amends the
	// Charter, under the amendment procedure and not by a strategic vote.
	if scope, ok := doc.Clause("identity-scope"); ok {
		amend, _ := doc.Clause("amendment-procedure")
		extends := [2]string{"Extending the scope amends this Article and follows " + amend.Label(l), "L'extension du périmètre modifie le présent article et suit la procédure de l'" + amend.Label(l)}[li]
		must(has(scope.Body, extends), "the extension of the scope does not follow the amendment procedure: %q", scope.Body)
	}

	// C-3, C-M2: short notice for the bodies other than the Assembly,
	// emergencies, and security fixes without a vote.
	votes := body("decisions-votes")
	must(has(votes, [2]string{"Meetings and votes of the Assembly shall be announced at least", "Les réunions et les votes de l'Assemblée sont annoncés au moins"}[li]) &&
		has(votes, [2]string{"forty-eight\u00a0(48)\u00a0hours in advance", "quarante-huit\u00a0(48)\u00a0heures à l'avance"}[li]) &&
		has(votes, [2]string{"it lapses unless the next meeting of the body", "elle devient caduque si la réunion suivante de l'instance"}[li]),
		"the notice of the other bodies or the emergency procedure is missing: %q", votes)
	must(has(body("bodies-technical"), [2]string{"The release of a version that fixes a security vulnerability belongs to the Maintainers", "La publication d'une version qui corrige une vulnérabilité relève des Mainteneurs"}[li]),
		"security fixes wait for a vote")

	// C-1: on approval, under consensus or consent, the proposal is a
	// refusal on a listed ground, and a refusal that fails admits.
	rule := effective(vals, "membership")
	approval := answer(vals, "membership.admission") == "approval"
	consentGround := [2]string{"the proposal put to the body is the refusal of the application on a ground listed in", "la proposition soumise à l'instance est le refus de la candidature pour l'un des motifs prévus"}[li]
	consensusGround := [2]string{"the facilitator shall put the refusal to the vote without waiting", "l'animateur soumet le refus au vote sans attendre"}[li]
	must(has(body("rule-consent"), consentGround) == (approval && rule == "consent"), "consent objection limited to grounds of refusal=%v", !(approval && rule == "consent"))
	must(has(body("rule-consensus"), consensusGround) == (approval && rule == "consensus"), "consensus opposition limited to grounds of refusal=%v", !(approval && rule == "consensus"))

	// C-4: the sanctions that bar admission, as the ladder names them.
	bans := [2]string{"a temporary ban still in force or a permanent ban", "d'une exclusion temporaire en cours ou d'une exclusion définitive"}[li]
	if answer(vals, "conduct.code") == "contributor-covenant-3.0" {
		bans = [2]string{"a temporary suspension still in force or a permanent ban", "d'une suspension temporaire en cours ou d'une exclusion définitive"}[li]
	}
	must(has(body("membership-admission-"+answer(vals, "membership.admission")), bans) && has(body("personal-data-retention"), bans),
		"admission and retention do not name %q", bans)
	for _, old := range [2][]string{{"that has not expired", "as long as the ban lasts"}, {"non encore expirée", "tant que celle-ci dure"}}[li] {
		must(!has(md, old), "%q is still printed", old)
	}

	// C-6: every contributor to a specification gives the patent
	// undertaking, in French patent wording.
	if c, ok := doc.Clause("standards-royalty-free"); ok {
		must(has(c.Body, [2]string{"every Contributor to a specification, whether or not a Member", "tout Contributeur à une spécification, qu'il soit Membre ou non"}[li]),
			"non-member contributors give no patent undertaking")
		must(l == textfmt.EN || has(c.Body, "lorsque la mise en œuvre de la spécification constituerait nécessairement une contrefaçon") && !has(c.Body, "contrefaites"),
			"the French patent wording is a calque: %q", c.Body)
	}

	// C-9: a devolution to a French public body names the licences it
	// would need approved.
	if c, ok := doc.Clause("exit-devolution-public-body"); ok {
		unlisted := unlistedLicences(vals)
		want := answer(vals, "governing_law") == "FR" && len(unlisted) > 0
		decree := [2]string{"only under a licence set by decree", "que sous une licence fixée par décret"}[li]
		must(has(c.Body, decree) == want, "the decree list sentence printed=%v, want %v", !want, want)
		for _, id := range unlisted {
			must(!want || strings.Contains(c.Body, id), "the devolution does not name %s", id)
		}
	}

	// C-8: a nominee only where a service leaves no choice.
	if c, ok := doc.Clause("assets-holder-trustee"); ok && vehicle != "none" && vehicle != "de-facto-association" {
		must(has(c.Body, [2]string{"Only where a service does not allow registration in the name of the Legal Entity", "Ce n'est que lorsqu'un service ne permet pas l'inscription au nom de la Structure porteuse"}[li]),
			"the trustee is not limited to services that require it")
	}

	// C-10, C-M4, C-I4: an association keeps its tax status, names the
	// publication the law requires, and its president may chair.
	assoc := vehicle == "association"
	services := slices.Contains(multi(vals, "economy.funding"), "services")
	// A French host that is not an association is a non-profit body all
	// the same, under the same franchise.
	frHost := vehicle == "fiscal-host" && answer(vals, "governing_law") == "FR"
	must(has(body("economy-funding"), [2]string{"Article 206, 1 bis", "article 206, 1 bis"}[li]) == ((assoc || frHost) && services), "the franchise of Article 206, 1 bis is misplaced")
	if c, ok := doc.Clause("economy-accounts-members"); ok {
		must(has(c.Body, [2]string{"Article 4-1 of French Law No. 87-571", "article 4-1 de la loi n° 87-571"}[li]) == assoc, "the publication of an association's accounts is misplaced")
	}
	must(has(body("bodies-assembly"), [2]string{"entrust the chair of its general meeting", "confient la présidence de son assemblée générale"}[li]) == member,
		"the chair of the general meeting is misplaced")
}

// TestCharterDevolutionNamesTheLicencesToApprove: a devolution to a
// public body under French law names, in one sentence, each licence of
// the charter that a French public body could not publish new versions
// under without approval; with every licence on the decree list, or
// under another law, the sentence is not printed.
func TestCharterDevolutionNamesTheLicencesToApprove(t *testing.T) {
	k, _ := Lookup("charter")
	for _, c := range []struct {
		law                     string
		software, content, data string
		want                    []string
	}{
		{"FR", "CECILL-2.1", "etalab-2.0", "etalab-2.0", nil},
		{"FR", "CECILL-2.1", "CC-BY-4.0", "etalab-2.0", []string{"`CC-BY-4.0`"}},
		{"FR", "AGPL-3.0-or-later", "CC-BY-SA-4.0", "ODbL-1.0", []string{"`AGPL-3.0-or-later`", "DbCL 1.0", "`CC-BY-SA-4.0`"}},
		{"BE", "AGPL-3.0-or-later", "CC-BY-4.0", "CC0-1.0", nil},
	} {
		vals := exampleValues(t, k)
		vals["exit.devolution"], vals["governing_law"], vals["legal.vehicle"] = "public-body", c.law, "fiscal-host"
		vals["commons.resources"] = []string{"software", "data", "content"}
		vals["licences.software"], vals["licences.content"], vals["licences.data"] = c.software, c.content, c.data
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			clause, _ := doc.Clause("exit-devolution-public-body")
			decree := [2]string{"only under a licence set by decree", "que sous une licence fixée par décret"}[li]
			if got := strings.Contains(clause.Body, decree); got != (len(c.want) > 0) {
				t.Errorf("%s %s %s %s, %s: decree sentence printed=%v", c.law, c.software, c.content, c.data, l, got)
			}
			for _, id := range c.want {
				if !strings.Contains(clause.Body, id) {
					t.Errorf("%s %s %s %s, %s: %s is not named: %q", c.law, c.software, c.content, c.data, l, id, clause.Body)
				}
			}
			plural := [2]string{" are not on that list", "les licences "}[li]
			if got := strings.Contains(clause.Body, plural); got != (len(c.want) > 1) {
				t.Errorf("%s %s %s %s, %s: plural=%v for %d licences", c.law, c.software, c.content, c.data, l, got, len(c.want))
			}
		}
	}
}

// TestCharterDelegationAmount: without a steering committee, the amount
// up to which funding is accepted without the Assembly is printed as an
// amount of euros, and an amount of 0 leaves every acceptance of funding
// to the Assembly, for every vehicle that has no budget of its own.
func TestCharterDelegationAmount(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"association", "scic", "fiscal-host", "none", "de-facto-association"} {
		for _, limit := range []int{0, 12500} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"], vals["governance.steering"], vals["governance.delegation_limit"] = vehicle, false, limit
			if vehicle == "scic" {
				vals["legal.entity_name"] = "Sentiers en commun SCIC"
			}
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("bodies-no-steering")
				n := textfmt.Number(l, 12500)
				amount := [2]string{"EUR" + textfmt.NBSP + n + " per operation", n + textfmt.NBSP + "euros par opération"}[li]
				if got := strings.Contains(c.Body, amount); got != (limit > 0) {
					t.Errorf("%s, limit %d, %s: %q printed=%v: %q", vehicle, limit, l, amount, got, c.Body)
				}
				rest := [2]string{"Any other expenditure, and the acceptance of any other funding, requires a budget decision of the Assembly",
					"Toute autre dépense, et l’acceptation de tout autre financement, requièrent une décision budgétaire de l’Assemblée"}[li]
				if vehicle == "fiscal-host" {
					// RC-12: only the host's organs accept a gift; the
					// Commons gives its agreement to its allocation.
					rest = [2]string{"Any other expenditure, and the agreement of the Commons to any other funding, requires a budget decision of the Assembly",
						"Toute autre dépense, et l’accord du Commun à tout autre financement, requièrent une décision budgétaire de l’Assemblée"}[li]
				}
				if !strings.Contains(c.Body, rest) {
					t.Errorf("%s, limit %d, %s: what is not delegated is not left to the Assembly: %q", vehicle, limit, l, c.Body)
				}
			}
		}
	}
}

// TestCharterFrenchNameOfTheCommons: in French, the name of the commons
// takes the typographic apostrophe, and where it stands as a noun it is
// quoted after « le commun », so that a name beginning with a common
// noun reads as a name: « la communauté du commun « Phonothèque… » ».
func TestCharterFrenchNameOfTheCommons(t *testing.T) {
	k, _ := Lookup("charter")
	vals := exampleValues(t, k)
	vals["commons.name"] = "Phonothèque ouverte des parlers d'oc"
	doc, err := k.Assemble(vals, textfmt.FR, Final)
	if err != nil {
		t.Fatal(err)
	}
	md := string(markdown.Render(doc))
	if strings.Contains(md, "parlers d'oc") {
		t.Error("the name keeps its straight apostrophe in French")
	}
	quoted := textfmt.Typeset(textfmt.FR, "« Phonothèque ouverte des parlers d'oc »")
	for _, p := range []string{"la communauté du commun ", "désigne le commun ", "est dénommé ", "Le nom "} {
		if !strings.Contains(md, p+quoted) {
			t.Errorf("%q is not followed by the quoted name", p)
		}
	}
}

// TestCharterRulesNoTableRowCanWeaken: for every rule of every type, the
// rules that protect minorities hold. A change of licence, written into the
// Charter, also needs the amendment majority, its notice and half the
// quorum at a second meeting; on approval, the membership rule decides the
// refusal, so an applicant who meets the conditions is admitted unless a
// listed ground is found; a sanction is never adopted by silence.
func TestCharterRulesNoTableRowCanWeaken(t *testing.T) {
	k, _ := Lookup("charter")
	rules, _ := k.Questionnaire.Question("decisions.membership")
	amend, _ := k.Questionnaire.Question("amendment.rule")
	phrases := map[textfmt.Lang]struct{ licence, quorum, admitted, favourable, express, fallback, rowFallback, rowExpress string }{
		textfmt.EN: {"the majority required to amend this Charter",
			"a change of licence or of the terms on which Contributions are received, that second",
			"the applicant is admitted unless", "the opinion is favourable unless", "approve it expressly",
			"at the request of any member of the Committee who has not stepped aside",
			"with the fallback vote of %s", "with the express approval that %s requires"},
		textfmt.FR: {"la majorité qu'exige une modification de la Charte",
			"un changement de licence ou des conditions de réception des Contributions, cette seconde",
			"le candidat est admis, sauf si", "l'avis est favorable, sauf si", "l'approuvent expressément",
			"à la demande de tout membre du Comité non déporté",
			"avec le vote de repli de l'%s", "avec l'approbation expresse qu'exige l'%s"},
	}
	for _, rule := range rules.OptionIDs() {
		for _, a := range amend.OptionIDs() {
			for _, vehicle := range []string{"association", "public-body", "scic/sarl", "scic/sa", "scic/sas"} {
				vals := exampleValues(t, k)
				if v, form, ok := strings.Cut(vehicle, "/"); ok {
					vals["legal.company_form"] = form
					vehicle = v
				}
				vals["decisions.licence"] = rule
				vals["decisions.membership"] = rule
				vals["decisions.conduct"] = rule
				vals["membership.admission"] = "approval"
				vals["amendment.rule"] = a
				vals["legal.vehicle"] = vehicle
				for _, l := range textfmt.All {
					doc, err := k.Assemble(vals, l, Final)
					if err != nil {
						t.Fatal(err)
					}
					what := fmt.Sprintf("%s, rule %s, amendment %s, %s", l, rule, a, vehicle)
					p := phrases[l]
					body := func(id string) string {
						c, ok := doc.Clause(id)
						if !ok {
							t.Fatalf("%s: no clause %s", what, id)
						}
						return c.Body
					}
					licence := textfmt.Typeset(l, p.licence)
					absorbed := textfmt.Typeset(l, pick(l, "as an amendment to this Charter", "comme une modification de la Charte"))
					if !strings.Contains(body("licences-change"), licence) && !strings.Contains(body("licences-change"), absorbed) {
						t.Errorf("%s: a change of licence does not need the amendment majority", what)
					}
					if !strings.Contains(body("decisions-quorum"), textfmt.Typeset(l, p.quorum)) {
						t.Errorf("%s: a second meeting may change a licence below quorum", what)
					}
					admit := p.admitted
					if vehicle == "public-body" {
						admit = p.favourable
					}
					if !strings.Contains(body("membership-admission-approval"), textfmt.Typeset(l, admit)) {
						t.Errorf("%s: the membership rule does not decide the refusal", what)
					}
					// Whatever the rule, a sanction needs the express approval
					// of a majority of the members who have not stepped aside,
					// and under consensus or consent any of them obtains a
					// two-thirds vote at the next meeting, so that one member
					// cannot block a sanction nor two impose one.
					committee := body("conduct-committee")
					if !strings.Contains(committee, textfmt.Typeset(l, p.express)) {
						t.Errorf("%s: a sanction does not need express approval", what)
					}
					conduct := effective(k.Questionnaire.Resolve(vals), "conduct")
					if got := strings.Contains(committee, textfmt.Typeset(l, p.fallback)); got != (conduct == "consensus" || conduct == "consent") {
						t.Errorf("%s: fallback vote on a sanction = %v", what, got)
					}
					// The table's conduct row names the committee's own rule, so
					// that a reader of the table alone is not misled.
					cc, _ := doc.Clause("conduct-committee")
					row := p.rowExpress
					if conduct == "consensus" || conduct == "consent" {
						row = p.rowFallback
					}
					if want := fmt.Sprintf(textfmt.Typeset(l, row), cc.Label(l)); !strings.Contains(body("decisions-table"), want) {
						t.Errorf("%s: the conduct row does not say %q", what, want)
					}
				}
			}
		}
	}
}

// TestCharterPublicBuyersAndFunders: a public body that is a Member and
// buys from the Commons keeps its representatives out of the contract on
// both sides; the funders named are those the funding sources allow, and
// financial support, where gifts are received, is recognised as support,
// never listed as a kind of Contribution.
func TestCharterPublicBuyersAndFunders(t *testing.T) {
	k, _ := Lookup("charter")
	phrases := map[textfmt.Lang]struct{ buyer, grant, gifts, support, threshold, inHouse, noControl string }{
		textfmt.EN: {"take no part in a decision of the Commons about a contract", "or about a grant that it awards or intends to award to",
			"supported the Commons without counterpart", "Financial support is recognised as support, not as a Contribution",
			"below the threshold set in Article R. 2122-8", "exercise over it a control similar to that which they exercise over their own departments",
			"Its membership of the Commons gives it no control over the Legal Entity"},
		textfmt.FR: {"ne prennent part à aucune décision du Commun relative à un contrat que cette personne publique passe", "ou à une subvention qu'elle lui accorde",
			"ont soutenu le Commun sans contrepartie", "Le soutien financier est reconnu comme un soutien, et non comme une Contribution",
			"inférieure au seuil fixé à l'article R. 2122-8", "un contrôle analogue à celui qu'elles exercent sur leurs propres services",
			"Son adhésion au Commun ne lui donne sur la Structure porteuse aucun contrôle"},
	}
	for _, vehicle := range []string{"association", "fiscal-host", "none", "public-body"} {
		for _, classes := range [][]string{{"individuals", "research"}, {"public-bodies"}, {"individuals", "non-profits"}} {
			for _, funding := range [][]string{{"services"}, {"procurement", "membership-fees"}, {"donations"}, {"grants", "services"}, {"grants"}, {}} {
				vals := exampleValues(t, k)
				vals["legal.vehicle"] = vehicle
				vals["membership.classes"] = classes
				vals["economy.funding"] = funding
				public := slices.Contains(classes, "research") || slices.Contains(classes, "public-bodies")
				buys := slices.Contains(funding, "services") || slices.Contains(funding, "procurement")
				// Without a legal person, a public Member grants nothing
				// (membership-public-bodies), so no abstention from a grant.
				grants := slices.Contains(funding, "grants") && vehicle != "none"
				gifts := len(funding) == 0 || slices.ContainsFunc(funding, func(f string) bool { return f == "donations" || f == "grants" })
				private := vehicle == "association" || vehicle == "fiscal-host"
				for _, l := range textfmt.All {
					doc, err := k.Assemble(vals, l, Final)
					if err != nil {
						t.Fatal(err)
					}
					what := fmt.Sprintf("%s, %s, %v, %v", l, vehicle, classes, funding)
					p := phrases[l]
					body := func(id string) string { c, _ := doc.Clause(id); return c.Body }
					// The representatives of a public Member stand aside
					// from a contract it awards to the Commons and, since
					// unlawful taking of interest covers any operation,
					// from a grant it makes to it (C. pén. 432-12).
					if got := strings.Contains(body("decisions-conflicts"), textfmt.Typeset(l, p.buyer)); got != (public && (buys || grants)) {
						t.Errorf("%s: buyer-side abstention = %v", what, got)
					}
					if got := strings.Contains(body("decisions-conflicts"), textfmt.Typeset(l, p.grant)); got != (public && grants) {
						t.Errorf("%s: abstention from a grant = %v", what, got)
					}
					// A public body that is a Member buys from a private
					// legal entity without competition only on the grounds
					// of the Public Procurement Code (R. 2122-3, R. 2122-8),
					// in-house only if public bodies control it, and never
					// by its membership of a hosted commons alone.
					pub := body("membership-public-bodies-procurement")
					if got := strings.Contains(pub, textfmt.Typeset(l, p.threshold)); got != (public && buys && private) {
						t.Errorf("%s: contract below the threshold = %v", what, got)
					}
					if got := strings.Contains(pub, textfmt.Typeset(l, p.inHouse)); got != (public && buys && vehicle == "association") {
						t.Errorf("%s: in-house award under public control = %v", what, got)
					}
					if got := strings.Contains(pub, textfmt.Typeset(l, p.noControl)); got != (public && buys && vehicle == "fiscal-host") {
						t.Errorf("%s: a host is not controlled by its Members = %v", what, got)
					}
					md := string(markdown.Render(doc))
					if got := strings.Contains(md, textfmt.Typeset(l, p.gifts)); got != gifts {
						t.Errorf("%s: list of supporters without counterpart = %v", what, got)
					}
					if got := strings.Contains(body("contribution-open"), textfmt.Typeset(l, p.support)); got != gifts {
						t.Errorf("%s: financial support recognised as support = %v", what, got)
					}
					if strings.Contains(body("contribution-open"), textfmt.Typeset(l, [2]string{"and financial support", "et soutien financier"}[slices.Index(textfmt.All, l)])) {
						t.Errorf("%s: financial support listed as a kind of Contribution", what)
					}
				}
			}
		}
	}
}

// TestCharterPersonsRecorded: the article on persons recorded appears
// when the Resources record people, and cites French law only under it.
func TestCharterPersonsRecorded(t *testing.T) {
	k, _ := Lookup("charter")
	for _, recorded := range []bool{true, false} {
		for _, law := range []string{"FR", "BE"} {
			vals := exampleValues(t, k)
			vals["commons.people_recorded"] = recorded
			vals["governing_law"] = law
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, ok := doc.Clause("personal-data-recorded")
				if ok != recorded {
					t.Fatalf("%s, %s: article on persons recorded = %v", l, law, ok)
				}
				if !ok {
					continue
				}
				for _, p := range []string{"212-3", "17(3)(d)", "Article 89"} {
					if l == textfmt.FR {
						p = map[string]string{"212-3": "212-3", "17(3)(d)": "17, paragraphe 3, d)", "Article 89": "article 89"}[p]
					}
					want := p != "212-3" || law == "FR"
					if got := strings.Contains(c.Body, textfmt.Typeset(l, p)); got != want {
						t.Errorf("%s, %s: %q printed = %v", l, law, p, got)
					}
				}
			}
		}
	}
}

// Personal data contained in the Resources get their own article: a
// public body rests them on its public task and, under French law, redacts
// them before publication (CRPA L. 312-1-2); anyone else on a balanced
// legitimate interest.
func TestCharterPersonalDataInResources(t *testing.T) {
	k, _ := Lookup("charter")
	for _, present := range []bool{true, false} {
		for _, vehicle := range []string{"public-body", "association", "none"} {
			for _, law := range []string{"FR", "BE"} {
				if vehicle == "association" && law != "FR" {
					continue
				}
				vals := exampleValues(t, k)
				vals["commons.personal_data"], vals["legal.vehicle"], vals["governing_law"] = present, vehicle, law
				for _, l := range textfmt.All {
					doc, err := k.Assemble(vals, l, Final)
					if err != nil {
						t.Fatal(err)
					}
					c, ok := doc.Clause("personal-data-resources")
					if ok != present {
						t.Fatalf("%s, %s, %s: article on personal data in the Resources = %v", l, vehicle, law, ok)
					}
					if !ok {
						continue
					}
					public := vehicle == "public-body"
					basis := map[bool]map[textfmt.Lang]string{
						true:  {textfmt.EN: "Article 6(1)(e)", textfmt.FR: "paragraphe 1, point e"},
						false: {textfmt.EN: "Article 6(1)(f)", textfmt.FR: "paragraphe 1, point f"},
					}[public][l]
					for p, want := range map[string]bool{basis: true, "312-1-2": public && law == "FR"} {
						if got := strings.Contains(c.Body, textfmt.Typeset(l, p)); got != want {
							t.Errorf("%s, %s, %s: %q printed = %v", l, vehicle, law, p, got)
						}
					}
					// Measurements from a device at someone's home enter
					// only with that person's consent and a blurred
					// location, in an article of their own that only a
					// commons declaring such measurements prints; the
					// examples of the article on personal data name no
					// trade, shop or place.
					for _, resources := range [][]string{{"software"}, {"data"}, {"hardware", "content"}} {
						for _, devices := range []bool{false, true} {
							v := clone(vals)
							v["commons.resources"], v["commons.device_data"] = resources, devices
							doc, err := k.Assemble(v, l, Final)
							if err != nil {
								t.Fatal(err)
							}
							home, ok := doc.Clause("personal-data-devices")
							if ok != devices {
								t.Fatalf("%s, %s, %s, %v: article on device measurements=%v", l, vehicle, law, resources, ok)
							}
							want := [2]string{"installed at a person's home or in a place they occupy", "installé chez une personne ou dans un lieu qu'elle occupe"}[slices.Index(textfmt.All, l)]
							rounded := [2]string{"rounded to a grid of at least one hundred metres", "arrondies à une maille d'au moins cent mètres"}[slices.Index(textfmt.All, l)]
							for _, p := range []string{want, rounded} {
								if got := strings.Contains(home.Body, textfmt.Typeset(l, p)); got != devices {
									t.Errorf("%s, %s, %s, %v, devices %v: %q printed = %v", l, vehicle, law, resources, devices, p, got)
								}
							}
							data, _ := doc.Clause("personal-data-resources")
							for _, p := range [][]string{{"meter", "farmers", "opening hours", "shop sign", "accessibility of a place"}, {"compteur", "exploitants", "horaires", "enseigne", "accessibilité d'un lieu"}}[slices.Index(textfmt.All, l)] {
								if strings.Contains(data.Body, textfmt.Typeset(l, p)) {
									t.Errorf("%s, %s, %s, %v: example %q foreign to the commons printed", l, vehicle, law, resources, p)
								}
							}
						}
					}
				}
			}
		}
	}
}

// checkCharterHolderAndSpecifications checks, for one charter, what a
// commons without a legal person owes to the holder of its assets and to
// those who give it money, how the Members' patent undertaking and the
// licences of specifications are written, how the decisions table states
// the fallbacks of an amendment and of a licence change, and that lists
// name only what the answers create.
func checkCharterHolderAndSpecifications(t *testing.T, doc *document.Document, vals questionnaire.Values, l textfmt.Lang, what string) {
	t.Helper()
	li := slices.Index(textfmt.All, l)
	body, has, must := clauseChecks(t, doc, l, what)
	vehicle := answer(vals, "legal.vehicle")
	noPerson := vehicle == "none" || vehicle == "de-facto-association"
	funding := multi(vals, "economy.funding")
	resources := multi(vals, "commons.resources")
	standard := slices.Contains(resources, "standard")
	software := len(resources) == 0 || slices.Contains(resources, "software")
	publicMembers := slices.Contains(multi(vals, "membership.classes"), "public-bodies") || slices.Contains(multi(vals, "membership.classes"), "research")

	// HC-1: without a legal person, the funds held are capped, a second
	// Member can act on the account, and the holder's death or incapacity
	// ends the mandate with the heirs bound to inform and hand over.
	if noPerson {
		funds := body("economy-funds-member")
		must(has(funds, [2]string{"the cap that the Assembly sets", "le plafond que l'Assemblée fixe"}[li]) &&
			has(funds, [2]string{"power of attorney over the account to a second Member", "procuration sur ce compte à un second Membre"}[li]) &&
			has(funds, [2]string{"personal creditors", "créanciers personnels"}[li]), "the holder's account is neither capped nor shared: %q", funds)
		holder := body("assets-holder-trustee")
		must(has(holder, [2]string{"mandate ends on the holder's death", "mandat prenant fin par son décès"}[li]) &&
			has(holder, [2]string{"The holder's heirs or representative", "Les héritiers ou le représentant du détenteur"}[li]), "the holder's death is not provided for: %q", holder)
	}
	if c, ok := doc.Clause("assets-holder-trustee"); ok && !noPerson {
		must(!has(c.Body, [2]string{"The holder's heirs", "Les héritiers"}[li]), "a nominee of a legal entity carries the continuity clause of a commons without one")
	}

	// HC-2: a natural person invoices no sponsorship, and donors and
	// patrons learn that they get no tax receipt.
	fundingBody := body("economy-funding")
	invoices := [2]string{"shall invoice it as a service", "la facture comme une prestation de services"}[li]
	noCounterpart := [2]string{"no counterpart other than that mention is given", "aucune contrepartie autre que cette mention n'est consentie"}[li]
	sponsorship := slices.Contains(funding, "sponsorship")
	must(has(fundingBody, invoices) == (sponsorship && !noPerson), "the invoicing of sponsorship printed=%v", has(fundingBody, invoices))
	must(has(fundingBody, noCounterpart) == (sponsorship && noPerson), "the ban on sponsorship counterparts printed=%v", has(fundingBody, noCounterpart))
	noReceipt := [2]string{"no receipt entitling", "aucun reçu ouvrant droit à une réduction d'impôt"}[li]
	must(has(fundingBody, noReceipt) == (noPerson && (sponsorship || slices.Contains(funding, "donations"))), "donors told of no tax receipt=%v", has(fundingBody, noReceipt))

	// HC-3, HC-I1, HC-M1, HC-5: the Members' undertaking and the licence
	// of schema files and test suites.
	if standard {
		rf := body("standards-royalty-free")
		for _, p := range [2][]string{
			{"irrevocably and free of charge", "A claim is essential where", "A Member controls a patent where it may license it",
				"except to an assignee or licensee bound by the same undertaking", "Within sixty\u00a0(60)\u00a0days of the publication of a draft",
				"It may not cover claims essential to a part of the specification that the Member itself contributed",
				"represents the Commons before the registries and standards bodies", "machine-readable files"},
			{"irrévocablement et gratuitement", "Une revendication est essentielle lorsque", "Un Membre contrôle un brevet lorsqu'il peut en concéder une licence",
				"qu'à un cessionnaire ou à un licencié tenu du même engagement", "Dans les soixante\u00a0(60)\u00a0jours qui suivent la publication d'un projet",
				"Elle ne peut porter sur les revendications essentielles à une partie de la spécification que le Membre y a lui-même apportée",
				"représente le Commun auprès des registres et des organismes de normalisation", "fichiers lisibles par machine"},
		}[li] {
			must(has(rf, p), "the Members' undertaking lacks %q", p)
		}
		adhesion := [2]string{"A public body that joins makes this undertaking by the decision of its competent organ", "La personne publique qui adhère prend cet engagement par la décision de son organe compétent"}[li]
		must(has(rf, adhesion) == publicMembers, "the public body's decision printed=%v", has(rf, adhesion))
		if publicMembers {
			must(has(body("membership-public-bodies-joining"), [2]string{"mentions the patent undertaking", "mentionne l'engagement relatif aux brevets"}[li]), "the adhesion of a public body does not mention the patent undertaking")
		}
		must(has(body("licences-content"), [2]string{"machine-readable files that express them, such as schemas and examples", "fichiers lisibles par machine qui les expriment, tels que les schémas et les exemples"}[li]),
			"the schema files have no licence")
		suites := [2]string{"The executable test suites of the Commons' specifications are software", "Les suites de tests exécutables des spécifications du Commun sont des logiciels"}[li]
		must(has(body("licences-software"), suites) == software, "test suites under the software licence=%v", !software)
		must(has(body("licences-content"), [2]string{", and their test suites", ", et leurs suites de tests"}[li]) == !software, "test suites under the content licence=%v", software)
	} else {
		must(!has(body("membership-public-bodies-joining"), [2]string{"patent undertaking", "relatif aux brevets"}[li]), "a patent undertaking without specifications")
	}

	// HC-4: the table states the amendment fallback, and the licence row
	// the one that governs a licence change.
	table := body("decisions-table")
	var licenceRow, amendRow string
	for _, row := range strings.Split(table, "\n") {
		switch {
		case strings.HasPrefix(row, textfmt.Typeset(l, [2]string{"| Licences:", "| Licences :"}[li])):
			licenceRow = row
		case strings.HasPrefix(row, [2]string{"| Amendment of this Charter", "| Modification de la Charte"}[li]), strings.HasPrefix(row, [2]string{"| Proposal to amend this Charter", "| Proposition de modification de la Charte"}[li]):
			amendRow = row
		}
	}
	fallback := [2]string{"three-quarters of the votes cast on the proposal put again after three\u00a0(3)\u00a0months", "trois quarts des suffrages exprimés sur la proposition soumise de nouveau après trois\u00a0(3)\u00a0mois"}[li]
	consensus := answer(vals, "amendment.rule") == "consensus"
	// In a SCIC the dissolution has its own row, under the Commercial Code,
	// and the fallback of the Charter's consensus does not reach it.
	scicDissolution := answer(vals, "legal.vehicle") == "scic"
	must(has(amendRow, fallback) == consensus && has(amendRow, [2]string{"and for the dissolution", "et pour la dissolution"}[li]) == (consensus && !scicDissolution),
		"the amendment row does not state the fallback of %s: %q", answer(vals, "amendment.rule"), amendRow)
	must(has(licenceRow, fallback) == consensus, "the licence row does not state which fallback governs: %q", licenceRow)
	agreement := slices.Contains([]string{"lazy-consensus", "consensus", "consent"}, effective(vals, "licence"))
	must(has(licenceRow, [2]string{"fallback vote included", "y compris lors du vote de repli"}[li]) == (agreement && !consensus),
		"the licence row on the fallback vote: %q", licenceRow)

	// HC-6: publication and consultation run as one period, the longer
	// of the two.
	change := body("licences-change")
	notice, _ := vals["amendment.notice_days"].(int)
	consultation, _ := vals["licences.consultation_days"].(int)
	period := max(notice, consultation)
	must(has(change, textfmt.Days(l, period)) && has(change, [2]string{"run together, within that single period", "courent ensemble, pendant ce seul délai"}[li]) &&
		!has(change, [2]string{"submitted beforehand", "au préalable"}[li]), "the licence change does not run one period of %d days: %q", period, change)

	// HC-7: the delegation names only funding the Commons may accept.
	if c, ok := doc.Clause("bodies-no-steering"); ok {
		fund := endowmentFund(vals)
		for _, e := range []struct {
			option string
			text   [2]string
			ok     bool
		}{
			{"donations", [2]string{"a donation", "un don"}, true},
			{"sponsorship", [2]string{"a patronage payment", "un versement de mécénat"}, true},
			{"grants", [2]string{"a grant", "une subvention"}, !noPerson && !fund},
			{"procurement", [2]string{"a public contract", "une commande publique"}, !noPerson},
		} {
			limit, _ := vals["governance.delegation_limit"].(int)
			want := slices.Contains(funding, e.option) && e.ok && limit > 0 && vehicle != "public-body"
			must(has(c.Body, e.text[li]) == want, "the delegation names %q=%v, want %v", e.text[li], !want, want)
		}
	}

	// HC-8: the DPO of a public body that is a joint controller, and the
	// authority of the contact point's country.
	if noPerson {
		dpo := [2]string{"has designated a data protection officer", "a désigné un délégué à la protection des données"}[li]
		must(has(body("personal-data-controller"), dpo) == publicMembers, "the DPO of a public body Member printed=%v", !publicMembers)
		must(!has(body("personal-data-rights"), [2]string{"joint controllers are established", "responsables du traitement sont établis"}[li]),
			"the complaint assumes every Member is established in one country")
	}

	// HC-9: who designates the interim conduct team.
	if c, ok := doc.Clause("transitional"); ok && strings.Contains(c.Body, textfmt.Typeset(l, [2]string{"three founding Members", "trois Membres fondateurs"}[li])) {
		must(has(c.Body, [2]string{"designated for that purpose by all the founding Members", "désignés à cet effet par l'ensemble des Membres fondateurs"}[li]), "the interim conduct team has no designator")
	}

	// HC-M2: between Members, an authorised act binds up to the funds.
	for _, id := range []string{"legal-none", "legal-de-facto"} {
		if c, ok := doc.Clause(id); ok {
			must(has(c.Body, [2]string{"bear its cost only up to the funds held for the Commons", "n'en supportent la charge que dans la limite des fonds détenus pour le Commun"}[li]), "%s: authorising Members' liability is not limited", id)
		}
	}

	// HC-I2: the kinds of Contribution follow the Resources.
	open := body("contribution-open")
	start := strings.Index(open, textfmt.Typeset(l, [2]string{"Every kind of contribution counts: ", "Toute forme de contribution compte : "}[li]))
	must(start >= 0, "the kinds of contribution are not listed")
	kinds := open[start:]
	kinds = kinds[:strings.Index(kinds, ".")]
	for _, k := range []struct {
		text [2]string
		want bool
	}{
		{[2]string{"code, ", "code, "}, software},
		{[2]string{"data, ", "données, "}, len(resources) == 0 || slices.Contains(resources, "data")},
		{[2]string{"specifications, ", "spécifications, "}, standard},
		{[2]string{"hardware designs, ", "conceptions de matériel, "}, slices.Contains(resources, "hardware")},
	} {
		must(strings.Contains(kinds, k.text[li]) == k.want, "the kinds of contribution name %q=%v: %q", k.text[li], !k.want, kinds)
	}

	// HC-FR1, HC-EN1: the standards the user wrote are quoted as a
	// paragraph, not run into a list.
	std := body("standards-open")
	must(!has(std, [2]string{"are: ", "sont les suivants : "}[li]), "the standards are run into a list: %q", std)
	if has(std, [2]string{"describe the main standards that the Commons uses as follows:", "décrivent comme suit les principaux standards qu'emploie le Commun :"}[li]) {
		must(strings.Contains(std, "\n\n> "), "the standards are not quoted as written: %q", std)
	}
}

// The licence row of the decisions table reads as one requirement: when
// the majority required to amend the charter is at least as strict as the
// licence rule, it alone is printed; otherwise the licence rule comes
// first and the amendment majority is added to it.
func TestCharterLicenceRowReadsAsOneRule(t *testing.T) {
	k, _ := Lookup("charter")
	lq, _ := k.Questionnaire.Question("decisions.licence")
	aq, _ := k.Questionnaire.Question("amendment.rule")
	heads := [2]string{"| Licences: change", "| Licences : changement"}
	also := [2]string{"and in addition the majority", "et en outre la majorité"}
	for _, licence := range lq.OptionIDs() {
		for _, amendment := range aq.OptionIDs() {
			vals := exampleValues(t, k)
			vals["decisions.licence"], vals["amendment.rule"], vals["governance.default_rule"] = licence, amendment, "two-thirds"
			rule := licence
			if rule == "default" {
				rule = "two-thirds"
			}
			absorbed := amendment == "consensus" || rule == "majority" || rule == "two-thirds"
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				var row string
				for _, line := range strings.Split(string(markdown.Render(doc)), "\n") {
					if strings.HasPrefix(line, textfmt.Typeset(l, heads[li])) {
						row = line
					}
				}
				if row == "" {
					t.Fatalf("%s: no licence row", l)
				}
				if got := strings.Contains(row, textfmt.Typeset(l, also[li])); got == absorbed {
					t.Errorf("%s licence=%s amendment=%s: the row adds one rule to the other = %v, want %v: %s", l, licence, amendment, got, !absorbed, row)
				}
				if absorbed && (strings.Contains(row, "majority (") || strings.Contains(row, "Majorité simple (") || strings.Contains(row, "Majorité des deux tiers (")) {
					t.Errorf("%s licence=%s amendment=%s: a rule the amendment majority contains is still printed: %s", l, licence, amendment, row)
				}
			}
		}
	}
}

// scicMajorities names the articles of the Commercial Code that govern the
// approval of the accounts and the dissolution in a SCIC of each form.
func scicMajorities(form string) (accounts, dissolution string) {
	switch form {
	case "sarl":
		return "L. 223-29", "L. 223-30"
	case "sa":
		return "L. 225-98", "L. 225-96"
	}
	return "L. 227-9", "L. 227-9"
}

// Participants who are not Members may sit on the Conduct Committee, and
// the article on elections says they may stand for it.
func TestParticipantsMayStandForTheConductCommittee(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"including, for the Conduct Committee, a Participant who is not a Member", "y compris, pour le Comité du code de conduite, un Participant qui n’est pas Membre"}
	for _, steering := range []bool{false, true} {
		vals := k.Examples()
		vals["governance.steering"] = steering
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			var found bool
			for _, c := range doc.Clauses {
				found = found || strings.Contains(c.Body, textfmt.Typeset(l, words[li]))
			}
			if !found {
				t.Errorf("%s steering=%v: Participants not said eligible to the Conduct Committee", l, steering)
			}
		}
	}
}

// A third-party database on which the Commons draws regularly is checked
// once by the Technical Committee, which records it with its licence, so
// that no Contributor has to repeat the check; a commons without data
// says nothing of it.
func TestCharterThirdPartyDataSourcesCheckedOnce(t *testing.T) {
	k, _ := Lookup("charter")
	words := [2]string{"the Technical Committee itself shall check that the licence or the re-use conditions of that database", "le Comité technique vérifie lui-même que la licence ou les conditions de réutilisation de cette base"}
	for _, resources := range [][]string{{"software", "data"}, {"data"}, {"software", "content"}} {
		vals := k.Examples()
		vals["commons.resources"] = resources
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := doc.Clause("licences-third-party")
			if got := strings.Contains(c.Body, textfmt.Typeset(l, words[li])); got != slices.Contains(resources, "data") {
				t.Errorf("%s %v: third-party data sources checked once=%v", l, resources, got)
			}
		}
	}
}
