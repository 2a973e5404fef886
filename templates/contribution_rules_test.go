package templates

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"apitos/internal/textfmt"
)

// assembleClause assembles the contribution policy with the examples
// changed by set, and returns the body of one clause.
func assembleClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("contribution")
	vals := k.Examples()
	for key, v := range set {
		vals[key] = v
	}
	doc, err := k.Assemble(vals, l, Final)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := doc.Clause(id)
	if !ok {
		t.Fatalf("%v, %s: no clause %s", set, l, id)
	}
	return c.Body
}

// A transfer under an adequacy decision names the one decision it rests
// on (GDPR, Article 13(1)(f)), by its number, for each country offered.
func TestAdequacyNamesItsDecision(t *testing.T) {
	k, _ := Lookup("contribution")
	q, _ := k.Questionnaire.Question("privacy.transfer_country")
	number := regexp.MustCompile(`(19|20)\d\d/\d+/(CE|EC|UE|EU)|\(UE\) 20\d\d/\d+|\(EU\) 20\d\d/\d+`)
	seen := map[string]string{}
	for _, id := range q.OptionIDs() {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"privacy.transfer": "adequacy", "privacy.transfer_country": id}, l, "personal-data-recipients")
			body = strings.ReplaceAll(body, "\u00a0", " ")
			n := number.FindString(body)
			if n == "" || !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "Article 45", textfmt.FR: "article 45"}[l]) {
				t.Fatalf("%s, %s: the adequacy decision is not named: %q", id, l, body)
			}
			if other, ok := seen[string(l)+n]; ok && other != id {
				t.Errorf("%s and %s cite the same decision %s", id, other, n)
			}
			seen[string(l)+n] = id
			if strings.Contains(body, " ou, aux États-Unis") || strings.Contains(body, " or, in the United States") {
				t.Errorf("%s, %s: the transfer ground is left as an alternative", id, l)
			}
		}
	}
}

// Courts are chosen only when the answers name them, and the choice
// yields to the mandatory rules of jurisdiction.
func TestJurisdictionOnlyWhenNamed(t *testing.T) {
	for _, city := range []string{"", "Luxembourg", "Amsterdam"} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"jurisdiction": city}, l, "general-law")
			courts := map[textfmt.Lang]string{textfmt.EN: "courts of " + city, textfmt.FR: "juridictions compétentes " + textfmt.De(l, city)}[l]
			if got := strings.Contains(body, courts); got != (city != "") {
				t.Errorf("%q, %s: courts named=%v: %q", city, l, got, body)
			}
			if strings.Contains(body, "where they live") || strings.Contains(body, "là où ils résident") {
				t.Errorf("%s: mandatory law placed where authors live: %q", l, body)
			}
		}
	}
}

// A minor never gives an exclusive right for nothing (Civil Code,
// Article 387-2, 1°): under the routes that take one, individuals get the
// non-exclusive licence instead, and the clause that says so is referred
// to where minors are addressed.
func TestMinorsGrantOnlyANonExclusiveLicence(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, allowed := range [][]string{nil, {"individuals"}, {"employees"}} {
			vals := k.Examples()
			vals["inbound"] = inbound
			vals["contributors.allowed"] = allowed
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, ok := doc.Clause("steward-minors")
				exclusive := inbound == "fla" || inbound == "assignment"
				individuals := len(allowed) == 0 || allowed[0] == "individuals"
				if ok != (exclusive && individuals) {
					t.Fatalf("%s %v, %s: minors clause present=%v", inbound, allowed, l, ok)
				}
				if !ok {
					continue
				}
				if !strings.Contains(c.Body, "387-2") || !strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "non-exclusive", textfmt.FR: "non exclusive"}[l]) {
					t.Errorf("%s, %s: minors clause lacks its ground or its licence: %q", inbound, l, c.Body)
				}
				who, _ := doc.Clause("who-individuals")
				if !strings.Contains(who.Body, c.Number) {
					t.Errorf("%s, %s: the rule for minors does not refer to %s: %q", inbound, l, c.Number, who.Body)
				}
			}
		}
	}
}

// Under Luxembourg law the policy states the Luxembourg rules: moral
// rights may be waived save the right to object to harm to honour or
// reputation (Article 11), and a transfer of rights is proved in writing
// (Article 12); under French law, the author of a work other than
// software keeps the right to respect of the work (Article L. 121-1).
func TestMoralRightsAndTransfersFollowTheGoverningLaw(t *testing.T) {
	want := map[string]map[textfmt.Lang][]string{
		"LU": {textfmt.EN: {"Luxembourg law", "Article 11"}, textfmt.FR: {"droit luxembourgeois", "article 11"}},
		"CH": {textfmt.EN: {"Swiss law", "Article 11(2)"}, textfmt.FR: {"droit suisse", "article 11, alinéa 2"}},
		"FR": {textfmt.EN: {"respect for your name, your authorship and your work"}, textfmt.FR: {"droit au respect de votre nom, de votre qualité et de votre œuvre"}},
	}
	for law, langs := range want {
		for l, phrases := range langs {
			body := strings.ReplaceAll(assembleClause(t, map[string]any{"governing_law": law}, l, "inbound-moral-rights"), "\u00a0", " ")
			for _, p := range phrases {
				if !strings.Contains(body, textfmt.Typeset(l, p)) && !strings.Contains(body, p) {
					t.Errorf("%s, %s: moral rights lack %q: %q", law, l, p, body)
				}
			}
			if strings.Contains(body, "honour or your reputation") || strings.Contains(body, "honneur ou à votre réputation") {
				if law == "FR" {
					t.Errorf("FR, %s: the software standard is applied to other works: %q", l, body)
				}
			}
		}
	}
	for _, l := range textfmt.All {
		body := strings.ReplaceAll(assembleClause(t, map[string]any{"governing_law": "CH", "contributors.allowed": []string{}}, l, "employer-employees"), "\u00a0", " ")
		if !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "Article 17", textfmt.FR: "article 17"}[l]) {
			t.Errorf("CH, %s: the Swiss rule on employees' software is not stated: %q", l, body)
		}
		for _, id := range []string{"employer-employees", "employer-contractors"} {
			body := strings.ReplaceAll(assembleClause(t, map[string]any{"governing_law": "LU", "contributors.allowed": []string{}}, l, id), "\u00a0", " ")
			if !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "Article 12", textfmt.FR: "article 12"}[l]) {
				t.Errorf("LU, %s, %s: the proof in writing is not stated: %q", l, id, body)
			}
		}
	}
}

// Every licence of the project that a French public body may not publish
// under is named to public agents, whatever the governing law.
func TestPublicAgentsToldEveryUnlistedLicence(t *testing.T) {
	for _, law := range []string{"FR", "BE", "LU"} {
		for _, c := range []struct{ code, docs, data string }{
			{"AGPL-3.0-or-later", "CC-BY-SA-4.0", "CC-BY-4.0"},
			{"MIT", "etalab-2.0", "ODbL-1.0"},
			{"EUPL-1.2", "CC-BY-4.0", "etalab-2.0"},
		} {
			for _, l := range textfmt.All {
				body := assembleClause(t, map[string]any{"governing_law": law, "contributors.allowed": []string{"public-agents"},
					"contributions.types": []string{}, "project.licence": c.code, "project.docs_licence": c.docs, "licences.data": c.data}, l, "employer-public-agents")
				listed := map[string]bool{"MIT": true, "EUPL-1.2": true, "etalab-2.0": true, "ODbL-1.0": true}
				for _, id := range []string{c.code, c.docs, c.data} {
					if got := strings.Contains(body, "`"+id+"`"); got != !listed[id] {
						t.Errorf("%s, %s, %v: %s named=%v: %q", law, l, c, id, got, body)
					}
				}
				if got := strings.Contains(body, "DbCL"); got != (c.data == "ODbL-1.0") {
					t.Errorf("%s, %s: DbCL named=%v", law, l, got)
				}
			}
		}
	}
}

// Under the real-name rule nothing offers an adult a name of their
// choosing or a pseudonym; minors keep one (GDPR, recital 38).
func TestRealNameRuleHasNoPseudonym(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, inbound := range []string{"dco", "fla"} {
		for _, identity := range []string{"real-name", "pseudonym"} {
			vals := k.Examples()
			vals["inbound"] = inbound
			vals["contributors.identity"] = identity
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				for _, id := range []string{"recognition-methods", "personal-data-identity", "agreement-identity"} {
					c, ok := doc.Clause(id)
					if !ok {
						continue
					}
					text := strings.ToLower(c.Title + " " + c.Body)
					// Minors alone keep a pseudonym under the real-name rule.
					adults := false
					for _, sentence := range regexp.MustCompile(`[.;:]\s`).Split(text, -1) {
						if strings.Contains(sentence, "pseudonym") && !strings.Contains(sentence, map[textfmt.Lang]string{textfmt.EN: "minor", textfmt.FR: "mineur"}[l]) {
							adults = true
						}
					}
					if id == "personal-data-identity" && !strings.Contains(text, "pseudonym") {
						t.Errorf("%s, %s, %s: minors are not offered a pseudonym: %q", inbound, identity, l, text)
					}
					if adults != (identity == "pseudonym") {
						t.Errorf("%s, %s, %s: %s offers adults a pseudonym=%v: %q", inbound, identity, l, id, adults, text)
					}
				}
			}
		}
	}
}

// The steward of exclusive rights may pass them on to the bodies a
// charter can designate on dissolution: a non-profit, a public body and,
// for a SCIC, another cooperative (Law of 10 September 1947, Article 19),
// so that its dissolution does not return every right; the Legal Entity
// is named with its form; the legitimate interest is that of a person.
func TestStewardAndItsSuccessors(t *testing.T) {
	for _, vehicle := range []string{"association", "scic", "company"} {
		for _, inbound := range []string{"fla", "assignment"} {
			for _, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "legal.vehicle": vehicle}
				k, _ := Lookup("contribution")
				set["steward.name"] = k.Examples()["legal.entity_name"]
				body := assembleClause(t, set, l, "inbound-"+inbound)
				public := map[textfmt.Lang]string{textfmt.EN: "a public body", textfmt.FR: "une personne publique"}[l]
				coop := map[textfmt.Lang]string{textfmt.EN: "another cooperative company", textfmt.FR: "une autre société coopérative"}[l]
				if !strings.Contains(body, public) || strings.Contains(body, coop) != (vehicle == "scic") {
					t.Errorf("%s, %s, %s: successors of the steward: %q", vehicle, inbound, l, body)
				}
				defs := assembleClause(t, set, l, "scope-definitions")
				form := map[string]map[textfmt.Lang]string{
					"association": {textfmt.EN: "the association that runs", textfmt.FR: "l’association dénommée"},
					"scic":        {textfmt.EN: "société coopérative d’intérêt collectif", textfmt.FR: "la société coopérative d’intérêt collectif dénommée"},
					"company":     {textfmt.EN: "the company that runs", textfmt.FR: "la société dénommée"},
				}[vehicle][l]
				if !strings.Contains(defs, form) {
					t.Errorf("%s, %s: the Legal Entity is not named with its form: %q", vehicle, l, defs)
				}
				ctrl := assembleClause(t, set, l, "personal-data-controller")
				if strings.Contains(ctrl, "intérêt légitime du Projet") || strings.Contains(ctrl, "interest of the Project") {
					t.Errorf("%s: the Project, which is no person, has a legitimate interest: %q", l, ctrl)
				}
			}
		}
	}
}

// A name that says another legal form than the one chosen is flagged,
// since the policy now names the Legal Entity by its form.
func TestEntityNameMatchesItsForm(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, c := range []struct {
		vehicle, name string
		flagged       bool
	}{
		{"scic", "Association Sentiers en commun", true},
		{"scic", "Sentiers en commun SCIC", false},
		{"association", "Sentiers SAS", true},
		{"association", "Association Sentiers en commun", false},
		{"company", "Fondation Sentiers", true},
		{"company", "Sentiers en commun", false},
	} {
		vals := k.Examples()
		vals["legal.vehicle"], vals["legal.entity_name"] = c.vehicle, c.name
		got := false
		for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
			if p.Rule != nil && strings.HasSuffix(p.Rule.ID, "-named-as-another-form") {
				got = true
			}
		}
		if got != c.flagged {
			t.Errorf("%s named %q: flagged=%v", c.vehicle, c.name, got)
		}
	}
}
