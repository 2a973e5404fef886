package templates

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// lawCitations are, per governing law, phrases that only that law's
// documents may print, in each language: French statutes under French
// law, Belgian ones under Belgian law (where a policy also reminds authors
// living in France of French law), and neither under any other law.
var lawCitations = map[string][2][]string{
	"FR": {{"Intellectual Property Code", "CNIL"}, {"Code de la propriété intellectuelle", "CNIL"}},
	"BE": {{"Code of Economic Law", "Data Protection Authority"}, {"Code de droit économique", "Autorité de protection des données"}},
}

// frenchCivilCode are the French Civil Code articles a policy prints
// only under French law: under Belgian law "Code civil" reads as the
// Belgian one, whose Article 2011 deals with suretyship, and a minor's
// capacity follows the minor's own law, not a French article.
var frenchCivilCode = []string{"rticle 2011", "387-2", "382-1"}

// Each governance document states the rules of the law that governs it:
// a policy under Belgian law explains Belgian law on employees' works,
// moral rights and limitation, one under another law cites no French or
// Belgian statute, and the data protection authority named is that of
// the country where the controller is established.
func TestGovernanceDocumentsFollowTheirLaw(t *testing.T) {
	k, _ := Lookup("contribution")
	c, _ := Lookup("charter")
	for _, law := range []string{"FR", "BE", "DE", "CH", "US-NY", "GB"} {
		for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
			vals := k.Examples()
			vals["governing_law"] = law
			vals["inbound"] = inbound
			delete(vals, "contributors.allowed") // every kind of contributor
			checkLaw(t, k, vals, law)
			vals["privacy.establishment"] = law
			checkLaw(t, k, vals, law)
		}
		vals := c.Examples()
		vals["governing_law"] = law
		if law != "FR" {
			vals["legal.vehicle"] = "fiscal-host" // an association needs French law
		}
		checkLaw(t, c, vals, law)
		vals["privacy.establishment"] = law
		checkLaw(t, c, vals, law)
	}
	// The authority is that of the controller's country, never that of
	// the law alone.
	vals := k.Examples()
	vals["governing_law"], vals["privacy.establishment"] = "BE", "FR"
	checkLaw(t, k, vals, "BE")
	for _, vehicle := range []string{"public-body", "fiscal-host", "none"} {
		vals := c.Examples()
		vals["governing_law"], vals["legal.vehicle"] = "BE", vehicle
		delete(vals, "privacy.establishment")
		checkLaw(t, c, vals, "BE")
	}
}

// supervisor is the country whose data protection authority a document
// must name: the one the answers give; failing that, France for a
// structure of French law and the country of a public body; failing
// that, none, for the governing law says nothing of where the
// controller is established.
func supervisor(k *Kind, raw questionnaire.Values) string {
	vals := k.Questionnaire.Resolve(raw)
	if c := answer(vals, "privacy.establishment"); c != "" {
		return c
	}
	vehicle := answer(vals, "legal.vehicle")
	french := []string{"scic", "de-facto-association"}
	if k.ID == "charter" || vals.Charter() != "" {
		french = append(french, "association")
	}
	switch {
	case slices.Contains(french, vehicle):
		return "FR"
	case vehicle == "public-body":
		return answer(vals, "governing_law")
	}
	return ""
}

func checkLaw(t *testing.T, k *Kind, vals questionnaire.Values, law string) {
	t.Helper()
	establishment := supervisor(k, vals)
	for li, l := range textfmt.All {
		doc, err := k.Assemble(vals, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		md := string(markdown.Render(doc))
		what := k.ID + " " + string(l) + " under " + law + ", " + answer(vals, "inbound")
		for code, phrases := range lawCitations {
			for i, p := range phrases[li] {
				// The authority (the last phrase) follows the controller's
				// country; the statutes follow the law, and French ones
				// also appear under Belgian law, for authors living in
				// France. A charter under Belgian law names the Belgian
				// provision on the information a website must display.
				policy := k.ID == "contribution"
				want := code == law || code == "FR" && law == "BE" && policy
				if i == len(phrases[li])-1 {
					want = code == establishment
				}
				if got := strings.Contains(md, p); got != want {
					t.Fatalf("%s: %q printed=%v, want %v", what, p, got, want)
				}
			}
		}
		if k.ID == "contribution" {
			for _, p := range frenchCivilCode {
				if got := strings.Contains(strings.ReplaceAll(md, "\u00a0", " "), p); got && law != "FR" {
					t.Fatalf("%s: French Civil Code article %s printed under %s law", what, p, law)
				}
			}
		}
		// The French rule on an administration's public information is
		// addressed to agents of French public bodies only, under another law.
		if k.ID == "contribution" && law != "FR" && strings.Contains(md, [2]string{"Data that are public information of your administration", "Des données qui sont des informations publiques de votre administration"}[li]) {
			t.Fatalf("%s: the French rule on public information reads as binding every agent", what)
		}
		if k.ID == "contribution" && law == "BE" {
			for _, p := range [][2]string{{"XI.296", "XI.296"}, {"XI.165", "XI.165"}, {"XI.167, §", "XI.167, §"}} {
				if !strings.Contains(md, textfmt.Typeset(l, p[li])) {
					t.Fatalf("%s: no %q", what, p[li])
				}
			}
			// A minor's representatives need the justice of the peace
			// for the acts of Article 410 § 1, as Article 378 § 1 says.
			if slices.Contains([]string{"fla", "assignment"}, answer(vals, "inbound")) && !strings.Contains(md, "410") {
				t.Fatalf("%s: the Belgian rule on minors' acts is not stated", what)
			}
			if agreement(vals) && !strings.Contains(md, "2262bis") {
				t.Fatalf("%s: the Belgian limitation period is not stated", what)
			}
		}
		if k.ID == "charter" {
			// Under Belgian law an agreement for a disinterested purpose
			// is an association (CSA, art. 1:2): the Members say they form
			// none, or what it is if a court finds one.
			nature, _ := doc.Clause("legal-nature")
			intent := [2]string{"The Members do not intend to form between them either a company or an association within the meaning of Articles 1:1 and 1:2 of the Belgian Code of Companies and Associations", "Les Membres n'entendent constituer entre eux ni société ni association au sens des articles 1:1 et 1:2 du Code belge des sociétés et des associations"}[li]
			if got := strings.Contains(nature.Body, textfmt.Typeset(l, intent)); got != (law == "BE") {
				t.Fatalf("%s: the Belgian intent not to form an association printed=%v: %q", what, got, nature.Body)
			}
			// Public bodies follow their own law on re-use: the French
			// list's table only under French law, the Belgian law by name
			// under Belgian law.
			if ps, ok := doc.Clause("licences-public-sector"); ok {
				table := strings.Contains(ps.Body, [2]string{"| On the list |", "| Sur la liste |"}[li])
				belgian := strings.Contains(ps.Body, [2]string{"Law of 4 May 2016", "loi du 4 mai 2016"}[li])
				if table != (law == "FR") || belgian != (law == "BE") {
					t.Fatalf("%s: public-sector licences: French table=%v, Belgian law=%v", what, table, belgian)
				}
			} else if law == "BE" {
				t.Fatalf("%s: no public-sector licence clause to check", what)
			}
			hosted := answer(k.Questionnaire.Resolve(vals), "legal.vehicle") != "none"
			third := [2]string{"only the Legal Entity acts towards third parties", "seule la Structure porteuse agit à l'égard des tiers"}[li]
			noPerson := [2]string{"it has no legal personality", "celle-ci n'aurait pas la personnalité juridique"}[li]
			if law == "BE" && (strings.Contains(nature.Body, textfmt.Typeset(l, third)) != hosted || strings.Contains(nature.Body, textfmt.Typeset(l, noPerson)) == hosted) {
				t.Fatalf("%s: the Belgian nature clause does not fit the vehicle: %q", what, nature.Body)
			}
		}
		if k.ID == "contribution" && law == "FR" && agreement(vals) && !strings.Contains(md, "2224") {
			t.Fatalf("%s: the French limitation period is not stated", what)
		}
		art77 := map[textfmt.Lang]string{textfmt.EN: "(GDPR, Article 77)", textfmt.FR: "(RGPD, article 77)"}[l]
		if !strings.Contains(strings.ReplaceAll(md, "\u00a0", " "), art77) {
			t.Fatalf("%s: the right to complain under Article 77 is not stated", what)
		}
	}
}

func agreement(vals questionnaire.Values) bool {
	return slices.Contains([]string{"cla", "fla", "assignment"}, answer(vals, "inbound"))
}

// requirementRef finds, in a document, a clause said to require
// something: "as Section 6.1 requires", « comme l’exige l’article 6.1 ».
var requirementRef = map[textfmt.Lang]*regexp.Regexp{
	textfmt.EN: regexp.MustCompile(`as (?:Section|Article)\x{00a0}?\s?([0-9]+(?:\.[0-9]+)*) requires`),
	textfmt.FR: regexp.MustCompile(`comme l’exige l’article\x{00a0}?\s?([0-9]+(?:\.[0-9]+)*)`),
}

// requirements name what a sentence says a clause requires, and the words
// by which that clause requires it. A sentence that cites a requirement
// must name at least one of them, and the clause it cites must say each
// one it names.
var requirements = []struct{ said, required [2]string }{
	{[2]string{"terms of use of the tool", "conditions d’utilisation de l’outil"}, [2]string{"terms of use of the tool", "conditions d’utilisation de l’outil"}},
	{[2]string{"your own creation", "votre propre création"}, [2]string{"your own creation", "votre propre création"}},
	{[2]string{"real name", "nom réel"}, [2]string{"real name", "nom réel"}},
}

// Every "as Section N requires" points to a clause that requires what the
// sentence says it does, whatever the route of contributions and the
// rule on generative AI.
func TestRequirementsCitedAreInTheClausesCited(t *testing.T) {
	for _, id := range []string{"contribution", "charter"} {
		k, _ := Lookup(id)
		cases := charterCases(t, k)
		if id == "contribution" {
			for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
				for _, ai := range []string{"ban", "disclose", "allow"} {
					for _, identity := range []string{"pseudonym", "real-name"} {
						vals := k.Examples()
						vals["inbound"], vals["ai_contributions"], vals["contributors.identity"] = inbound, ai, identity
						cases = append(cases, vals)
					}
				}
			}
		}
		cited := 0
		for _, vals := range cases {
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				cited += checkRequirements(t, doc, li, id+" "+string(l)+" "+describe(k, vals))
			}
		}
		if id == "contribution" && cited == 0 {
			t.Fatal("no requirement cited: the pattern no longer matches the documents")
		}
	}
}

func checkRequirements(t *testing.T, doc *document.Document, li int, what string) int {
	t.Helper()
	n := 0
	for _, c := range doc.Clauses {
		for _, m := range requirementRef[doc.Lang].FindAllStringSubmatchIndex(c.Body, -1) {
			n++
			start := strings.LastIndex(c.Body[:m[0]], ". ") + 1
			end := m[1] + strings.Index(c.Body[m[1]:]+".", ".")
			sentence := c.Body[start:end]
			number := c.Body[m[2]:m[3]]
			target, ok := clauseNumbered(doc, number)
			if !ok {
				t.Fatalf("%s: %q cites %s, which does not exist", what, sentence, number)
			}
			named := false
			for _, r := range requirements {
				if !strings.Contains(sentence, r.said[li]) {
					continue
				}
				named = true
				if !strings.Contains(target.Body, r.required[li]) {
					t.Fatalf("%s: %q says %s requires %q, which it does not say", what, sentence, number, r.required[li])
				}
			}
			if !named {
				t.Fatalf("%s: %q cites a requirement that the test does not know; add it to requirements", what, sentence)
			}
		}
	}
	return n
}

// clauseNumbered finds a clause by its number, with the text of the
// clauses under it, which a reference to an article covers.
func clauseNumbered(doc *document.Document, number string) (document.Clause, bool) {
	for i, c := range doc.Clauses {
		if c.Number != number {
			continue
		}
		for _, sub := range doc.Clauses[i+1:] {
			if !strings.HasPrefix(sub.Number, number+".") {
				break
			}
			c.Body += "\n" + sub.Body
		}
		return c, true
	}
	return document.Clause{}, false
}
