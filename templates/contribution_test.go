package templates

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
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
		"assignment":       {"inbound-assignment"},
	},
	"dco.french":             {"true": {"dco-french"}},
	"project.specifications": {"true": {"inbound-specifications"}},
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
// applies.
var (
	// What French law requires an assignment to state (CPI L. 131-3 and
	// L. 122-7), each contribution being assigned when it is submitted
	// (L. 131-1), with the rights returning if the promise is broken.
	assignmentTerms = map[textfmt.Lang][]string{
		textfmt.EN: {"Each of these rights is assigned separately", "These rights are assigned for exploitation on any medium and by any means known at the date of submission",
			"They are assigned for the whole world and for the whole legal duration of protection", "free of charge, as Article\u00a0L.\u00a0122-7",
			"The agreement assigns no work that has not yet been submitted", "the rights revert to you"},
		textfmt.FR: {"Chacun de ces droits fait l’objet d’une cession distincte", "Ces droits sont cédés pour une exploitation sur tout support et par tout procédé connus à la date de la soumission",
			"Ils sont cédés pour le monde entier et pour toute la durée légale de protection", "à titre gratuit, comme le permet l’article\u00a0L.\u00a0122-7",
			"L’acte ne cède aucune œuvre non encore soumise", "les droits vous font retour"},
	}
	// The identity rule of the DCO sign-off.
	dcoIdentity = map[textfmt.Lang]string{
		textfmt.EN: "make it impossible to know who gave the certification",
		textfmt.FR: "empêchent de savoir qui a souscrit l’attestation",
	}
	// Employer ownership of software by employees and public agents.
	emailAuthorisation = map[textfmt.Lang]string{
		textfmt.EN: "which may be an e-mail",
		textfmt.FR: "fût-ce un courrier électronique",
	}
	clientHeading = map[textfmt.Lang]string{textfmt.EN: "Work done for a client", textfmt.FR: "Travail réalisé pour un client"}
	staffWords    = map[textfmt.Lang][]string{
		textfmt.EN: {"its staff", "employees or agents", "its employees", "its agents"},
		textfmt.FR: {"son personnel", "salariés ou agents", "ses salariés", "ses agents"},
	}
	ownNameRule = map[textfmt.Lang]string{
		textfmt.EN: "for instance, vest in the employer (French Intellectual Property Code, Article\u00a0L.\u00a0113-9)",
		textfmt.FR: "sont dévolus à celui-ci (Code de la propriété intellectuelle, article\u00a0L.\u00a0113-9)",
	}
	employerRule = map[textfmt.Lang]string{
		textfmt.EN: "Article\u00a0L.\u00a0113-9",
		textfmt.FR: "article\u00a0L.\u00a0113-9",
	}
	// The party that receives rights under an agreement, as defined.
	stewardTerm = map[textfmt.Lang][2]string{
		textfmt.EN: {"**“Licensee”** means", "**“Assignee”** means"},
		textfmt.FR: {"**«\u202fLicencié\u202f»** désigne", "**«\u202fCessionnaire\u202f»** désigne"},
	}
)

// contributionPhrases holds, for options of multiple choices, a phrase in
// each language that appears exactly when the option is chosen.
var contributionPhrases = map[string]map[string][2]string{
	"contributions.types": {
		"code":          {"- **Code:** new features", "- **Code :** nouvelles fonctionnalités"},
		"documentation": {"- **Documentation:**", "- **Documentation :**"},
		"translation":   {"- **Translation** of", "- **Traduction** de"},
		"design":        {"- **Graphic and UX design:**", "- **Conception graphique et ergonomie :**"},
		"data":          {"- **Data:**", "- **Données :**"},
		"bug-reports":   {"- **Bug reports:**", "- **Signalement d'anomalies :**"},
		"review":        {"- **Review** of", "- **Relecture** des"},
		"tests":         {"- **Tests:**", "- **Tests :**"},
		"support":       {"- **Help to users:**", "- **Aide aux usagers :**"},
		"outreach":      {"- **Outreach:**", "- **Promotion du Projet :**"},
		"funding":       {"The Project also welcomes financial support: ", "Le Projet accueille aussi le soutien financier : "},
	},
	"recognition.methods": {
		"contributors-file": {"Every contributor, whatever the kind of Contribution, is listed in the `CONTRIBUTORS.md`", "Chaque contributeur, quelle que soit la nature de sa Contribution, figure dans le fichier `CONTRIBUTORS.md`"},
		"all-contributors":  {"All Contributors specification", "spécification All Contributors"},
		"release-notes":     {"The notes of each release", "Les notes de chaque version"},
		"trailers":          {"`Reported-by:`", "`Reported-by:`"},
	},
}

func TestContributionOptionsProduceTheirOwnClauses(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, raw := range charterCases(t, k) {
		checkContribution(t, k, raw)
	}
}

// checkContribution assembles a policy in every language and checks that
// each option produces its own clauses and phrases, and only them.
func checkContribution(t *testing.T, k *Kind, raw questionnaire.Values) {
	t.Helper()
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
		checkClean(t, md, what)
		for key, options := range contributionPhrases {
			for option, phrases := range options {
				want := slices.Contains(multi(vals, key), option)
				if key == "contributions.types" && option == "data" && vals["project.data"] == true {
					want = true // a project that publishes data welcomes them
				}
				if got := strings.Contains(md, textfmt.Typeset(l, phrases[li])); got != want {
					t.Fatalf("%s: phrase for %s=%s present=%v, want %v", what, key, option, got, want)
				}
			}
		}
		for _, p := range assignmentTerms[l] {
			if got := strings.Contains(md, p); got != (inbound == "assignment") {
				t.Fatalf("%s: assignment term %q present=%v", what, p, got)
			}
		}
		checkContributionRoutes(t, doc, md, vals, l, what)
		if got := strings.Contains(md, dcoIdentity[l]); got != (inbound == "dco") {
			t.Fatalf("%s: DCO identity rule present=%v", what, got)
		}
		if got := strings.Contains(md, "Signed-off-by:"); got != (inbound == "dco") {
			t.Fatalf("%s: sign-off example present=%v", what, got)
		}
		if got := strings.Contains(md, "Assisted-by:"); got != (answer(vals, "ai_contributions") == "disclose") {
			t.Fatalf("%s: Assisted-by trailer present=%v", what, got)
		}
		// The refusal of capacities, checked and set aside here, may admit
		// the legal person's own staff in terms of their own.
		md = checkRefusedCapacities(t, md, allowed, l, what)
		wantEmployer := len(allowed) == 0 || slices.Contains(allowed, "employees") || slices.Contains(allowed, "public-agents")
		// The article on contributing in one's own name cites the same
		// rule to say when own-name work is not one's own.
		if got := strings.Contains(strings.Replace(md, ownNameRule[l], "", 1), employerRule[l]); got != wantEmployer {
			t.Fatalf("%s: employer rule present=%v, want %v", what, got, wantEmployer)
		}
		// Under an agreement, an organisation's rights pass only by the
		// agreement it signs: an authorisation, even by e-mail, is offered
		// only where nothing is licensed or assigned in its name.
		if got := strings.Contains(md, emailAuthorisation[l]); got != (wantEmployer && !agreement) {
			t.Fatalf("%s: authorisation by e-mail present=%v with inbound %s", what, got, inbound)
		}
		// Work done for a client is not spoken of as the work of staff.
		if slices.Equal(allowed, []string{"contractors"}) || slices.Equal(allowed, []string{"individuals", "contractors"}) {
			head, _ := doc.Clause("employer")
			if head.Title != clientHeading[l] {
				t.Fatalf("%s: work for a client headed %q", what, head.Title)
			}
			for _, w := range staffWords[l] {
				if strings.Contains(md, w) {
					t.Fatalf("%s: %q with contractors only", what, w)
				}
			}
		}
		// The place to sign and the party that receives the rights
		// appear exactly when there is an agreement to sign.
		url := strings.TrimPrefix(exampleValues(t, k)["agreement.url"].(string), "https://")
		if got := strings.Contains(md, url); got != agreement {
			t.Fatalf("%s: agreement address present=%v with inbound %s", what, got, inbound)
		}
		for i, term := range stewardTerm[l] {
			want := agreement && (i == 1) == (inbound == "assignment")
			if got := strings.Contains(md, textfmt.Typeset(l, term)); got != want {
				t.Fatalf("%s: %q present=%v with inbound %s", what, term, got, inbound)
			}
		}
		// The outbound licences are always stated with their SPDX ids.
		outbound, _ := doc.Clause("outbound")
		// The licence of the code, only where the project publishes
		// software or welcomes code.
		for _, key := range []string{"project.licence", "project.docs_licence"} {
			if qq, _ := k.Questionnaire.Question(key); !k.Questionnaire.Visible(qq, vals) {
				if strings.Contains(outbound.Body, "**Code**") {
					t.Fatalf("%s: outbound clause licenses code without a licence of the code", what)
				}
				continue
			}
			if !strings.Contains(outbound.Body, "`"+answer(vals, key)+"`") {
				t.Fatalf("%s: outbound clause lacks %s", what, answer(vals, key))
			}
		}
		types := multi(vals, "contributions.types")
		data := len(types) == 0 || slices.Contains(types, "data") || vals["project.data"] == true
		dataLine := textfmt.Typeset(l, map[textfmt.Lang]string{textfmt.EN: "- **Data:** ", textfmt.FR: "- **Données :** "}[l])
		if got := strings.Contains(outbound.Body, dataLine) && strings.Contains(outbound.Body, "`"+answer(vals, "licences.data")+"`"); got != data {
			t.Fatalf("%s: data licence stated=%v with contributions %v", what, got, types)
		}
		if has("contributions-data") != data {
			t.Fatalf("%s: data clause present=%v with contributions %v", what, has("contributions-data"), types)
		}
		// A French public body may use no licence off the decree's list,
		// which the DbCL is: its records stay under the ODbL.
		frPublic := answer(vals, "legal.vehicle") == "public-body" && answer(vals, "legal.entity_name") != "" && (answer(vals, "governing_law") == "FR" || answer(vals, "privacy.establishment") == "FR")
		if got := strings.Contains(outbound.Body, "DbCL"); got != (data && answer(vals, "licences.data") == "ODbL-1.0" && !frPublic) {
			t.Fatalf("%s: DbCL named=%v", what, got)
		}
		checkContributionEntity(t, doc, md, vals, l, what)
		for key, options := range contributionOnlyPhrases {
			chosen := multi(vals, key)
			for option, phrases := range options {
				if len(chosen) == 0 || slices.Contains(chosen, option) {
					continue // with none ticked, every kind is addressed
				}
				for _, p := range phrases[li] {
					if strings.Contains(md, textfmt.Typeset(l, p)) {
						t.Fatalf("%s: %q printed without %s=%s", what, p, key, option)
					}
				}
			}
		}
	}
}

// refusedCapacities are the words by which the policy says that it does
// not accept contributions made in a capacity that is not ticked.
var refusedCapacities = map[string][2]string{
	"individuals":   {"in your own name", "en votre nom propre"},
	"employees":     {"as an employee for your employer", "comme salarié pour votre employeur"},
	"public-agents": {"as a public servant for your administration", "comme agent public pour votre administration"},
	"contractors":   {"as a contractor for a client", "comme prestataire pour un client"},
}

// checkRefusedCapacities checks that, when the policy addresses only some
// kinds of contributors, it says that it does not accept contributions
// made in the other capacities, naming each of them, so that a contractor
// does not assume that the rules for employees cover them; it returns the
// document without that sentence, the only place where the capacities not
// ticked may be named.
func checkRefusedCapacities(t *testing.T, md string, allowed []string, l textfmt.Lang, what string) string {
	t.Helper()
	li := slices.Index(textfmt.All, l)
	lead := map[textfmt.Lang]string{textfmt.EN: "The Project does not accept Contributions that you make ", textfmt.FR: textfmt.Typeset(l, "Le Projet n'accepte pas les Contributions que vous soumettez ")}[l]
	start := strings.Index(md, lead)
	var refused []string
	for option := range refusedCapacities {
		if len(allowed) > 0 && !slices.Contains(allowed, option) {
			refused = append(refused, option)
		}
	}
	if (start >= 0) != (len(refused) > 0) {
		t.Fatalf("%s: refusal of capacities present=%v with %v ticked", what, start >= 0, allowed)
	}
	if start < 0 {
		return md
	}
	end := start + strings.Index(md[start:], ".\n")
	sentence := md[start:end]
	for option, words := range refusedCapacities {
		if got := strings.Contains(sentence, words[li]); got != slices.Contains(refused, option) {
			t.Fatalf("%s: refusal names %s=%v: %q", what, option, got, sentence)
		}
	}
	return md[:start] + md[end:]
}

// contributionOnlyPhrases holds phrases that may appear only when their
// option is ticked (or when none is, every kind being then addressed).
var contributionOnlyPhrases = map[string]map[string][2][]string{
	"contributors.allowed": {
		"public-agents": {{"public servant", "Public servant", "your administration", "dministrations"}, {"agent public", "agents publics", "Agents publics", "votre administration", "dministrations"}},
		"contractors":   {{"as a contractor", "your client", "lients"}, {"comme prestataire", "votre client", "lients"}},
		"employees":     {{"your employer", "Employers"}, {"votre employeur", "Employeurs"}},
	},
	"contributions.types": {
		"funding": {{"sponsorship"}, {"mécénat"}},
	},
}

// checkContributionEntity checks what the policy says of the legal person
// that runs or hosts the project: a host takes no part in decisions on
// contributions, a public body names its data protection officer, and a
// steward that is that legal person is one controller, named once.
func checkContributionEntity(t *testing.T, doc *document.Document, md string, vals questionnaire.Values, l textfmt.Lang, what string) {
	t.Helper()
	entity := answer(vals, "legal.entity_name")
	vehicle := answer(vals, "legal.vehicle")
	defs, _ := doc.Clause("scope-definitions")
	hosts := map[textfmt.Lang]string{textfmt.EN: "hosts the Project", textfmt.FR: "accueille le Projet"}[l]
	if got := strings.Contains(defs.Body, hosts); got != (entity != "" && vehicle == "fiscal-host") {
		t.Fatalf("%s: the Legal Entity hosts the Project=%v with %s", what, got, vehicle)
	}
	if dpo := answer(vals, "privacy.dpo"); dpo != "" && strings.Contains(md, dpo) != (entity != "" && vehicle == "public-body") {
		t.Fatalf("%s: data protection officer named=%v with %s", what, !(vehicle == "public-body"), vehicle)
	}
	inbound := answer(vals, "inbound")
	agreement := inbound == "cla" || inbound == "fla" || inbound == "assignment"
	same := agreement && entity != "" && answer(vals, "steward.name") == entity
	second := map[textfmt.Lang]string{textfmt.EN: "is the controller of the agreements", textfmt.FR: "est responsable du traitement des"}[l]
	if got := strings.Contains(md, second); got != (agreement && !same) {
		t.Fatalf("%s: a second controller named=%v (steward %q, legal entity %q)", what, got, answer(vals, "steward.name"), entity)
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

// checkContributionRoutes checks the clauses that depend on the route of
// contributions together with other answers: the public-body licence
// under an exclusive route, the identity kept with a signed agreement,
// hosted researchers with employees or agents, and the Cyber Resilience
// Act with a legal person and code.
func checkContributionRoutes(t *testing.T, doc *document.Document, md string, vals questionnaire.Values, l textfmt.Lang, what string) {
	t.Helper()
	inbound := answer(vals, "inbound")
	allowed := multi(vals, "contributors.allowed")
	kind := func(k string) bool { return len(allowed) == 0 || slices.Contains(allowed, k) }
	types := multi(vals, "contributions.types")
	agreement := inbound == "cla" || inbound == "fla" || inbound == "assignment"
	exclusive := inbound == "fla" || inbound == "assignment"
	for id, want := range map[string]bool{
		"steward-public-bodies": exclusive && kind("public-agents"),
		"agreement-identity":    agreement,
		"employer-hosted":       kind("employees") || kind("public-agents"),
		"security-cra": answer(vals, "legal.entity_name") != "" && (len(types) == 0 || slices.Contains(types, "code")) &&
			answer(vals, "security.cra_steward") == "true",
		"security-cra-manufacturer": answer(vals, "legal.entity_name") != "" && (len(types) == 0 || slices.Contains(types, "code")) &&
			answer(vals, "security.cra_manufacturer") == "true",
	} {
		if _, ok := doc.Clause(id); ok != want {
			t.Fatalf("%s: clause %s present=%v, want %v", what, id, ok, want)
		}
	}
	// The summary gives the steward no wider power to relicense than the
	// clause it sums up: under a charter, only on its conditions.
	if agreement && answer(vals, "cla.outbound") == "fsf-osi" {
		sum, _ := doc.Clause("summary")
		cond := map[textfmt.Lang]string{textfmt.EN: "including a permissive one, only on the conditions that", textfmt.FR: "y compris une licence permissive, dans les seules conditions que fixe"}[l]
		if got := strings.Contains(sum.Body, cond); got != (answer(vals, "project.charter_url") != "") {
			t.Fatalf("%s: the summary subjects a change of licence to the charter=%v: %q", what, got, sum.Body)
		}
	}
	// Where taking part can reveal health or disability, contributors are
	// told to write none of it in the history and to show no one
	// recognisable without explicit consent (GDPR, Article 9).
	public, _ := doc.Clause("personal-data-public")
	for _, p := range map[textfmt.Lang][]string{
		textfmt.EN: {"Do not state your own health or disability, or anyone else's", "unless that person has given their explicit consent in writing (GDPR, Article 9(2)(a))"},
		textfmt.FR: {"N'indiquez ni votre santé ou votre handicap, ni ceux d'autrui", "sauf consentement explicite de cette personne donné par écrit (RGPD, article 9, paragraphe 2, point a)"},
	}[l] {
		if got := strings.Contains(public.Body, textfmt.Typeset(l, p)); got != (answer(vals, "contributors.sensitive_participants") == "true") {
			t.Fatalf("%s: %q printed=%v", what, p, got)
		}
	}
	// KP-4: the steward status holds only while no commercial activity
	// is carried on, and the Regulation's dates are given (CRA, art. 71).
	if cra, ok := doc.Clause("security-cra"); ok {
		for _, p := range map[textfmt.Lang][]string{
			textfmt.EN: {"Where the software of the Project is intended for commercial activities", "from 11 December 2027", "applies to manufacturers from 11 September 2026"},
			textfmt.FR: {"Lorsque les logiciels du Projet sont destinés à des activités commerciales", "à partir du 11 décembre 2027", "s’applique aux fabricants dès le 11 septembre 2026"},
		}[l] {
			if !strings.Contains(cra.Body, textfmt.Typeset(l, p)) {
				t.Fatalf("%s: the steward clause lacks %q: %q", what, p, cra.Body)
			}
		}
	}
	// Every route says what the contributor grants, to whom and how long.
	whole := map[textfmt.Lang]string{textfmt.EN: "for the whole world", textfmt.FR: "pour le monde entier"}[l]
	c, _ := doc.Clause("inbound")
	body := md[strings.Index(md, c.Title):]
	if !strings.Contains(body, whole) {
		t.Fatalf("%s: the legal terms do not say where the grant applies", what)
	}
}

// Once a policy names its charter, every licence it names is one the
// charter names: no licence question of the policy can be answered in the
// policy itself.
func TestContributionLicencesComeFromTheCharter(t *testing.T) {
	k, _ := Lookup("contribution")
	c, _ := Lookup("charter")
	for _, qq := range k.Questionnaire.Questions() {
		if qq.Type != questionnaire.TypeLicence {
			continue
		}
		src, ok := c.Questionnaire.Question(qq.FromCharter)
		if !ok || src.Type != questionnaire.TypeLicence {
			t.Errorf("%s does not take its licence from a licence of the charter (from_charter %q)", qq.Key, qq.FromCharter)
		}
	}
}

// A policy whose charter lacks answers it takes is refused, and its
// preview marks each of them, even those that would otherwise have a
// default: no default stands in for the charter's answer.
func TestPreviewMarksWhatTheCharterLacks(t *testing.T) {
	k, _ := Lookup("contribution")
	vals := k.Examples()
	for _, qq := range k.Questionnaire.Linked() {
		delete(vals, qq.Key)
	}
	vals.SetCharter("charter.yaml")
	vals["inbound"] = "cla"
	if _, err := k.Assemble(vals, textfmt.EN, Final); err == nil {
		t.Fatal("a policy without the answers of its charter was assembled")
	}
	for l, marks := range map[textfmt.Lang][]string{
		textfmt.EN: {`\[**to complete: Licence of the code**\]`, `\[**to complete: Governing law**\]`, `\[**to complete: Licensee that receives the rights**\]`},
		textfmt.FR: {`\[**à compléter` + "\u00a0" + `: Licence du code**\]`, `\[**à compléter` + "\u00a0" + `: Droit applicable**\]`},
	} {
		doc, err := k.Assemble(vals, l, Preview)
		if err != nil {
			t.Fatalf("%s preview: %v", l, err)
		}
		md := string(markdown.Render(doc))
		for _, m := range marks {
			if !strings.Contains(md, m) {
				t.Errorf("%s preview has no %s", l, m)
			}
		}
	}
}

// A steward other than the legal person that runs the project is the
// controller of the agreements signed with it, and the policy says so;
// the legal person itself is then the controller of everything else.
func TestStewardOtherThanTheLegalEntity(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		vals := k.Examples()
		vals["inbound"], vals["steward.name"] = inbound, "Fondation du libre"
		checkContribution(t, k, vals)
	}
}

// A policy linked to its charter names the charter's bodies, which every
// charter of this program sets up, and the time within which the
// conduct committee acknowledges a report, and sends disputes about the
// charter to its own clause on courts; a policy that merely gives
// the address of a charter cannot know them.
func TestLinkedPolicyNamesTheCharterBodies(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, linked := range []bool{true, false} {
		vals := k.Examples()
		if linked {
			vals = linkedExamples(k)
		}
		vals["jurisdiction"] = "Paris" // the forum of the terms of Contributions only
		vals["security.cra_steward"] = true
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := string(markdown.Render(doc))
			for _, p := range map[textfmt.Lang][]string{
				textfmt.EN: {"Technical Committee that the Charter sets up", "The Committee acknowledges every report within seven\u00a0(7)\u00a0days",
					"Disputes about the application of the Charter, even where they concern a Contribution, follow the Charter",
					"It shall supply no paid service around that software as long as the Charter does not list paid services among the sources of funding of the Commons"},
				textfmt.FR: {"Comité technique que la Charte institue", "Le Comité accuse réception de chaque signalement dans un délai de sept\u00a0(7)\u00a0jours",
					"Les différends relatifs à l’application de la Charte, même lorsqu’ils touchent à une Contribution, relèvent de la Charte",
					"Elle ne fournit autour de ces logiciels aucun service payant tant que la Charte ne compte pas les services payants parmi les sources de financement du Commun"},
			}[l] {
				if strings.Contains(md, p) != linked {
					t.Errorf("%s, linked=%v: %q printed=%v", l, linked, p, !linked)
				}
			}
			// Either way, the legal terms change only as the Charter
			// changes a licence.
			if p := map[textfmt.Lang]string{textfmt.EN: "only under the conditions that the Charter sets for a change of licence",
				textfmt.FR: "que dans les conditions que prévoit la Charte pour un changement de licence"}[l]; !strings.Contains(md, p) {
				t.Errorf("%s, linked=%v: no %q", l, linked, p)
			}
		}
	}
}

// A public body that runs the project processes contributors' data for
// its public-interest task: the GDPR denies public authorities the
// legitimate interest in performing their tasks (Article 6(1), second
// subparagraph).
func TestPublicBodyRestsOnItsPublicTask(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, vehicle := range []string{"public-body", "association"} {
		vals := k.Examples()
		vals["legal.vehicle"] = vehicle
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := doc.Clause("personal-data-controller")
			// Article 6 of the GDPR, not the grounds of article 9(2) that
			// conduct reports cite with the same letters.
			task := map[textfmt.Lang]string{textfmt.EN: "Article 6(1)(e)", textfmt.FR: "paragraphe\u00a01, point e"}[l]
			interest := map[textfmt.Lang]string{textfmt.EN: "Article 6(1)(f)", textfmt.FR: "paragraphe\u00a01, point f"}[l]
			public := vehicle == "public-body"
			if strings.Contains(c.Body, task) != public || strings.Contains(c.Body, interest) == public {
				t.Errorf("%s, %s: the legal basis is wrong: %q", vehicle, l, c.Body)
			}
		}
	}
}

// A public body that is itself the steward is not dissolved but succeeded,
// and the work of its own agents already belongs to it: it neither takes
// their rights back on a merger nor licenses them to itself.
func TestPublicBodyStewardOfItsOwnAgents(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, inbound := range []string{"fla", "assignment"} {
		for _, own := range []bool{true, false} {
			vals := k.Examples()
			vals["inbound"], vals["cla.outbound"] = inbound, "current"
			vals["legal.vehicle"], vals["legal.entity_name"] = "public-body", "Ville de Sentiers"
			vals["steward.name"] = "Ville de Sentiers"
			if !own {
				vals["steward.name"] = "Fondation du libre"
			}
			vals["contributors.allowed"] = []string{"individuals", "public-agents"}
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				md := strings.ReplaceAll(string(markdown.Render(doc)), "\u00a0", " ")
				successor := map[textfmt.Lang]string{textfmt.EN: "to the public body that succeeds it", textfmt.FR: "à la personne publique qui lui succède"}[l]
				dissolved := map[textfmt.Lang]string{textfmt.EN: "If it is dissolved", textfmt.FR: "S’il est dissous"}[l]
				if strings.Contains(md, successor) != own || strings.Contains(md, dissolved) == own {
					t.Errorf("%s, own steward %v, %s: succession misstated", inbound, own, l)
				}
				// The public body's own agents get one rule of their own:
				// software is the body's, their other works theirs, and
				// teachers and researchers keep them whole.
				agents, ok := doc.Clause("public-agents-own")
				if ok != own {
					t.Errorf("%s, own steward %v, %s: own agents' clause present=%v", inbound, own, l, ok)
				}
				rule := map[textfmt.Lang][]string{
					textfmt.EN: {"the following rules apply", "belong to the Legal Entity (French Intellectual Property Code, Article L. 113-9)", "as those of teachers and researchers are not (Article L. 111-1, fourth paragraph)", "under the individual "},
					textfmt.FR: {"les règles suivantes s’appliquent", "appartiennent à la Structure porteuse (Code de la propriété intellectuelle, article L. 113-9)", "comme celles des enseignants et des chercheurs (article L. 111-1, alinéa 4)", " individuel que vous signez"},
				}[l]
				for _, w := range rule {
					if ok && !strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(agents.Body), w) {
						t.Errorf("%s, %s: own agents' rule lacks %q: %q", inbound, l, w, agents.Body)
					}
				}
				signature, _ := doc.Clause("public-agents-signature")
				other := map[textfmt.Lang]string{textfmt.EN: "If you are an agent of another administration", textfmt.FR: "Si vous êtes agent d’une autre administration"}[l]
				if strings.Contains(signature.Body, other) != own {
					t.Errorf("%s, own steward %v, %s: other administrations misaddressed: %q", inbound, own, l, signature.Body)
				}
			}
		}
	}
}

// Under the routes that take an exclusive right, a minor signs a licence
// agreement of their own, never the instrument that assigns or grants the
// exclusive right, and each declaration they make says what they grant.
func TestMinorsSignTheirOwnLicence(t *testing.T) {
	k, _ := Lookup("contribution")
	own := map[textfmt.Lang]string{textfmt.EN: "licence agreement for minor contributors", textfmt.FR: "accord de licence pour contributeurs mineurs"}
	cosign := map[textfmt.Lang]string{textfmt.EN: "co-sign", textfmt.FR: "cosign"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		vals := k.Examples()
		vals["inbound"], vals["cla.outbound"] = inbound, "current"
		vals["contributors.allowed"] = []string{"individuals"}
		exclusive := inbound == "fla" || inbound == "assignment"
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := string(markdown.Render(doc))
			if strings.Contains(md, own[l]) != exclusive {
				t.Errorf("%s, %s: minors' own licence agreement present=%v", inbound, l, !exclusive)
			}
			if exclusive && strings.Contains(md, cosign[l]) {
				t.Errorf("%s, %s: a minor co-signs the exclusive instrument", inbound, l)
			}
			// One plain sentence says what the minor signs, where, and what
			// not, before the next says what the agreement grants.
			signs := map[textfmt.Lang]string{
				textfmt.EN: "signs, with each of their legal representatives, the licence agreement for minor contributors, available at the same address, and not the individual ",
				textfmt.FR: "signe donc, avec chacun de ses représentants légaux, l’accord de licence pour contributeurs mineurs, disponible à la même adresse, et non l’",
			}[l]
			if exclusive && !strings.Contains(md, signs) {
				t.Errorf("%s, %s: the minor's signature is not stated plainly", inbound, l)
			}
			if inbound == "assignment" {
				for _, d := range map[textfmt.Lang][]string{
					textfmt.EN: {"if you are a minor, confirm there instead", "A minor contributor, who assigns nothing"},
					textfmt.FR: {"si vous êtes mineur, confirmez-y à la place", "Un contributeur mineur, qui ne cède rien"},
				}[l] {
					if !strings.Contains(strings.ReplaceAll(md, "\u00a0", " "), textfmt.Typeset(l, d)) && !strings.Contains(md, d) {
						t.Errorf("%s: the minor's declaration is not stated: %q", l, d)
					}
				}
			}
		}
	}
}
