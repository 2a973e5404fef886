package templates

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"apitos/internal/render/markdown"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// contributionClauses maps each option of the contribution policy that
// selects a clause to the clauses it, and only it, produces. Answers to
// questions that do not apply (dco.french without the DCO, cla.outbound
// without a CLA) produce nothing.
var contributionClauses = clauseTable{
	"inbound": {
		"inbound-outbound": {"inbound-outbound"},
		"dco":              {"inbound-dco", "dco-identity"},
		"cla":              {"inbound-cla"},
		"fla":              {"inbound-fla"},
		"assignment":       {"inbound-assignment", "assignment-french-law"},
	},
	"dco.french": {"true": {"dco-french"}},
	"cla.outbound": {
		"fsf-osi": {"cla-outbound-fsf-osi"},
		"listed":  {"cla-outbound-listed"},
		"current": {"cla-outbound-current"},
		"none":    {"cla-outbound-none"},
	},
	"code_of_conduct": {
		"contributor-covenant-2.1": {"conduct-cc-2-1"},
		"contributor-covenant-3.0": {"conduct-cc-3-0"},
		"custom":                   {"conduct-custom"},
	},
	"ai_contributions": {
		"ban":      {"ai-ban"},
		"disclose": {"ai-disclose"},
		"allow":    {"ai-allow"},
	},
	"process.issue_first": {
		"always":      {"process-issue-always"},
		"significant": {"process-issue-significant"},
		"never":       {"process-issue-never"},
	},
	"process.ci":             {"true": {"process-ci"}},
	"process.signed_commits": {"true": {"process-signed"}},
}

// contributorClauses maps each kind of contributor to its clause, present
// when the kind is ticked or when none is (everyone is then addressed).
var contributorClauses = map[string]string{
	"individuals":   "who-individuals",
	"employees":     "employer-employees",
	"public-agents": "employer-public-agents",
	"contractors":   "employer-contractors",
}

// Phrases that must appear, in each language, exactly when an obligation
// or a warning applies.
var (
	// The French-law warning on assignment: formalities of L. 131-3 and
	// the nullity of a global assignment of future works.
	assignmentWarning = map[textfmt.Lang][]string{
		textfmt.EN: {"(Intellectual Property Code, Article\u00a0L.\u00a0131-3)", "An assignment of all future works is void (Article\u00a0L.\u00a0131-1)"},
		textfmt.FR: {"(code de la propriété intellectuelle, article\u00a0L.\u00a0131-3)", "La cession globale des œuvres futures est nulle (article\u00a0L.\u00a0131-1)"},
	}
	// The identity rule of the DCO sign-off.
	dcoIdentity = map[textfmt.Lang]string{
		textfmt.EN: "make it impossible to know who gave the certification",
		textfmt.FR: "empêchent de savoir qui a souscrit l’attestation",
	}
	// Employer ownership of software by employees and public agents.
	employerRule = map[textfmt.Lang]string{
		textfmt.EN: "Article\u00a0L.\u00a0113-9",
		textfmt.FR: "article\u00a0L.\u00a0113-9",
	}
)

// contributionPhrases holds, for options of multiple choices, a phrase in
// each language that appears exactly when the option is chosen.
var contributionPhrases = map[string]map[string][2]string{
	"contributions.types": {
		"code":          {"- **Code:** new features", "- **Code :** nouvelles fonctions"},
		"documentation": {"- **Documentation:**", "- **Documentation :**"},
		"translation":   {"- **Translation** of", "- **Traduction** de"},
		"design":        {"- **Design:**", "- **Conception graphique :**"},
		"data":          {"- **Data:**", "- **Données :**"},
		"bug-reports":   {"- **Bug reports:**", "- **Signalement d'anomalies :**"},
		"review":        {"- **Review** of", "- **Relecture** des"},
		"tests":         {"- **Tests:**", "- **Tests :**"},
		"support":       {"- **Help to users:**", "- **Aide aux usagers :**"},
		"outreach":      {"- **Outreach:**", "- **Diffusion :**"},
		"funding":       {"- **Funding:**", "- **Financement :**"},
	},
	"recognition.methods": {
		"contributors-file": {"`CONTRIBUTORS.md`", "`CONTRIBUTORS.md`"},
		"all-contributors":  {"All Contributors specification", "spécification All Contributors"},
		"release-notes":     {"The notes of each release", "Les notes de chaque version"},
		"trailers":          {"`Reported-by:`", "`Reported-by:`"},
	},
}

func TestContributionOptionsProduceTheirOwnClauses(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, raw := range charterCases(t, k) {
		vals := k.Questionnaire.Resolve(raw)
		inbound := answer(vals, "inbound")
		agreement := inbound == "cla" || inbound == "fla" || inbound == "assignment"
		for li, l := range textfmt.All {
			doc, err := k.Assemble(raw, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			what := string(l) + " " + describe(k, raw)
			has := func(id string) bool { _, ok := doc.Clause(id); return ok }
			checkClauses(t, doc, contributionClauses, func(key, option string) bool { return answer(vals, key) == option }, what)
			allowed := multi(vals, "contributors.allowed")
			for option, id := range contributorClauses {
				if want := len(allowed) == 0 || slices.Contains(allowed, option); has(id) != want {
					t.Fatalf("%s: clause %s present=%v, want %v", what, id, has(id), want)
				}
			}
			if has("personal-data-agreements") != agreement {
				t.Fatalf("%s: agreements kept=%v with inbound %s", what, has("personal-data-agreements"), inbound)
			}
			md := string(markdown.Render(doc))
			for key, options := range contributionPhrases {
				for option, phrases := range options {
					want := slices.Contains(multi(vals, key), option)
					if got := strings.Contains(md, textfmt.Typeset(l, phrases[li])); got != want {
						t.Fatalf("%s: phrase for %s=%s present=%v, want %v", what, key, option, got, want)
					}
				}
			}
			for _, p := range assignmentWarning[l] {
				if got := strings.Contains(md, p); got != (inbound == "assignment") {
					t.Fatalf("%s: French-law warning %q present=%v", what, p, got)
				}
			}
			if got := strings.Contains(md, dcoIdentity[l]); got != (inbound == "dco") {
				t.Fatalf("%s: DCO identity rule present=%v", what, got)
			}
			if got := strings.Contains(md, "Signed-off-by:"); got != (inbound == "dco") {
				t.Fatalf("%s: sign-off example present=%v", what, got)
			}
			if got := strings.Contains(md, "Assisted-by:"); got != (answer(vals, "ai_contributions") == "disclose") {
				t.Fatalf("%s: Assisted-by trailer present=%v", what, got)
			}
			wantEmployer := len(allowed) == 0 || slices.Contains(allowed, "employees") || slices.Contains(allowed, "public-agents")
			if got := strings.Contains(md, employerRule[l]); got != wantEmployer {
				t.Fatalf("%s: employer rule present=%v, want %v", what, got, wantEmployer)
			}
			// The steward and the place to sign appear exactly when there
			// is an agreement to sign.
			for _, key := range []string{"steward.name", "agreement.url"} {
				v := exampleValues(t, k)[key]
				if got := strings.Contains(md, strings.TrimPrefix(v.(string), "https://")); got != agreement {
					t.Fatalf("%s: %s present=%v with inbound %s", what, key, got, inbound)
				}
			}
			// The outbound licences are always stated with their SPDX ids.
			outbound, _ := doc.Clause("outbound")
			for _, key := range []string{"project.licence", "project.docs_licence"} {
				if !strings.Contains(outbound.Body, "`"+answer(vals, key)+"`") {
					t.Fatalf("%s: outbound clause lacks %s", what, answer(vals, key))
				}
			}
		}
	}
}

// Every option of the public keys exists with the identifiers that
// answers files and scripts rely on.
func TestContributionPublicKeys(t *testing.T) {
	k, _ := Lookup("contribution")
	want := map[string][]string{
		"inbound":          {"inbound-outbound", "dco", "cla", "fla", "assignment"},
		"code_of_conduct":  {"contributor-covenant-2.1", "contributor-covenant-3.0", "custom"},
		"ai_contributions": {"ban", "disclose", "allow"},
	}
	for key, ids := range want {
		qq, ok := k.Questionnaire.Question(key)
		if !ok || !slices.Equal(qq.OptionIDs(), ids) {
			t.Errorf("%s: options %v, want %v", key, qq.OptionIDs(), ids)
		}
	}
	for _, key := range []string{"project.name", "project.repository_url"} {
		if _, ok := k.Questionnaire.Question(key); !ok {
			t.Errorf("no question %s", key)
		}
	}
	c, _ := Lookup("charter")
	rules, _ := c.Questionnaire.Question("governance.default_rule")
	if !slices.Equal(rules.OptionIDs(), []string{"lazy-consensus", "consensus", "consent", "majority", "two-thirds"}) {
		t.Errorf("governance.default_rule options %v", rules.OptionIDs())
	}
	for _, key := range []string{"commons.name", "commons.mission", "licences.software", "licences.data", "licences.content"} {
		if _, ok := c.Questionnaire.Question(key); !ok {
			t.Errorf("charter: no question %s", key)
		}
	}
}

// The French-law warning on copyright assignment is given before the
// choice is made, in the option's own explanation, in both languages; and
// every option of both governance kinds carries a rights level.
func TestContributionExplainsAssignmentRisk(t *testing.T) {
	k, _ := Lookup("contribution")
	qq, _ := k.Questionnaire.Question("inbound")
	o, _ := qq.Option("assignment")
	for _, l := range textfmt.All {
		text := strings.ReplaceAll(o.Explain.In(l), "\u00a0", " ") // citations are kept on one line
		for _, p := range []string{"L. 131-3", "L. 131-1", "FLA"} {
			if l == textfmt.EN {
				p = strings.ReplaceAll(p, "L. ", "L")
			}
			if !strings.Contains(text, p) {
				t.Errorf("%s: the assignment option does not mention %s: %q", l, p, text)
			}
		}
	}
	for _, id := range []string{"charter", "contribution"} {
		k, _ := Lookup(id)
		for _, qq := range k.Questionnaire.Questions() {
			for _, o := range qq.Options {
				if o.Rights == "" {
					t.Errorf("%s: %s/%s has no rights level", id, qq.Key, o.ID)
				}
			}
		}
	}
}

// Both governance kinds render to PDF in both languages, over a sample of
// combinations that covers every option, with every character drawable.
func TestGovernanceKindsRenderToPDF(t *testing.T) {
	for _, id := range []string{"charter", "contribution"} {
		k, _ := Lookup(id)
		cases := combinations(t, k)
		cases = append(cases, exampleValues(t, k))
		for i, vals := range cases {
			if i%4 != 0 && i != len(cases)-1 {
				continue
			}
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				data, err := pdf.Render(doc)
				if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
					t.Fatalf("%s/%s %s: PDF %d bytes, %v", id, l, describe(k, vals), len(data), err)
				}
				text := doc.Title + doc.Front
				for _, c := range doc.Clauses {
					text += c.Heading(l) + c.Body
				}
				if missing := pdf.MissingGlyphs(text); missing != "" {
					t.Fatalf("%s/%s: no glyph for %q", id, l, missing)
				}
			}
		}
	}
}
