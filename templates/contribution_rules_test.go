package templates

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// assembleClause assembles the contribution policy with the examples
// changed by set, and returns the body of one clause.
func assembleClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("contribution")
	return clauseWith(t, k, k.Examples(), set, l, id)
}

// clauseWith assembles kind k from vals changed by set, and returns the
// body of one clause followed by those of its sub-clauses.
func clauseWith(t *testing.T, k *Kind, vals questionnaire.Values, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	body, ok := clauseTree(assembled(t, k, vals, set, l), id)
	if !ok {
		t.Fatalf("%v, %s: no clause %s", set, l, id)
	}
	return body
}

// assembled assembles kind k, in language l, from vals changed by set.
func assembled(t *testing.T, k *Kind, vals questionnaire.Values, set map[string]any, l textfmt.Lang) *document.Document {
	t.Helper()
	for key, v := range set {
		vals[key] = v
	}
	doc, err := k.Assemble(vals, l, Final)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// clauseTree returns the body of clause id followed by the bodies of its
// sub-clauses, the clauses deeper than it that follow it, so that a clause
// split into sub-clauses is read as a whole.
func clauseTree(doc *document.Document, id string) (string, bool) {
	for i, c := range doc.Clauses {
		if c.ID != id {
			continue
		}
		parts := []string{c.Body}
		for _, d := range doc.Clauses[i+1:] {
			if d.Depth <= c.Depth {
				break
			}
			parts = append(parts, d.Body)
		}
		return strings.Join(parts, "\n\n"), true
	}
	return "", false
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
	// Under Belgian law, the courts are named by their judicial district.
	for li, l := range textfmt.All {
		body := assembleClause(t, map[string]any{"jurisdiction": "Namur", "governing_law": "BE"}, l, "general-law")
		if want := [2]string{"competent courts of the judicial district of Namur", "juridictions compétentes de l’arrondissement judiciaire de Namur"}[li]; !strings.Contains(body, want) {
			t.Errorf("%s: no %q: %q", l, want, body)
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
	for _, law := range []string{"FR", "BE", "LU", "CH"} {
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
				// Hardware designs are Project licences too: an agent who
				// contributes board designs is told their licence is not
				// on the list either.
				for _, hw := range []string{"CERN-OHL-S-2.0", "CERN-OHL-P-2.0"} {
					body := assembleClause(t, map[string]any{"governing_law": law, "contributors.allowed": []string{"public-agents"},
						"contributions.types": []string{}, "project.licence": c.code, "project.docs_licence": c.docs, "licences.data": c.data,
						"project.hardware": true, "licences.hardware": hw}, l, "employer-public-agents")
					if !strings.Contains(body, "`"+hw+"`") {
						t.Errorf("%s, %s, %v: hardware licence %s not named: %q", law, l, c, hw, body)
					}
				}
				// Swiss agents follow the law of their service, the
				// Confederation publishing its software under EMOTA.
				if got := strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "(EMOTA)", textfmt.FR: "(LMETA)"}[l]); got != (law == "CH") {
					t.Errorf("%s, %s: Swiss federal agents' rule named=%v: %q", law, l, got, body)
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

// The steward of exclusive rights may pass them on, outside dissolution,
// only to the bodies that charter 15.2 allows: a non-profit or a public
// body, never another cooperative, even for a SCIC (RG-3); a company, to
// any successor that takes over its commitments,
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
				// A company passes them to any successor that takes over
				// its commitments in writing (fxassign_test.go).
				successor := map[textfmt.Lang]string{textfmt.EN: "only to a person that takes over in writing all its commitments towards you", textfmt.FR: "qu’à une personne qui reprend par écrit l’ensemble de ses engagements envers vous"}[l]
				if (vehicle != "company" && !strings.Contains(body, public)) || strings.Contains(body, coop) || strings.Contains(body, successor) != (vehicle == "company") {
					t.Errorf("%s, %s, %s: successors of the steward: %q", vehicle, inbound, l, body)
				}
				defs := assembleClause(t, set, l, "scope-definitions")
				form := map[string]map[textfmt.Lang]string{
					"association": {textfmt.EN: "the association that runs", textfmt.FR: "désigne l’Association Sentiers en commun"},
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

// rulesBroken returns the IDs of the rules of the contribution policy
// that the example answers, changed by set, break.
func rulesBroken(t *testing.T, set map[string]any) []string {
	t.Helper()
	k, _ := Lookup("contribution")
	vals := k.Examples()
	for key, v := range set {
		vals[key] = v
	}
	var ids []string
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if p.Rule != nil && !slices.Contains(ids, p.Rule.ID) {
			ids = append(ids, p.Rule.ID)
		}
	}
	return ids
}

// The policy names a proposed change as the forge of its repository does:
// a pull request on GitHub, Bitbucket and the Gitea family that Codeberg
// runs, a merge request on GitLab and on forges it does not recognise;
// never both. French says « demande de fusion » for both (RO-29), and
// recalls the forge's English name.
func TestProposedChangesNamedAsTheForgeDoes(t *testing.T) {
	k, _ := Lookup("contribution")
	words := map[textfmt.Lang][2]string{textfmt.EN: {"pull request", "merge request"}, textfmt.FR: {"demande d’ajout", "demande de fusion"}}
	if got := changeRequest(textfmt.FR, "https://github.com/acme/tool", false); got != "demande de fusion" {
		t.Errorf("French pull request: %q", got)
	}
	for url, pull := range map[string]bool{
		"https://codeberg.org/geocodeur-libre/geocodeur": true,
		"https://github.com/acme/tool":                   true,
		"https://gitea.example.org/acme/tool":            true,
		"https://gitlab.com/sentiers/sentiers":           false,
		"https://framagit.org/sentiers/sentiers":         false,
		"https://git.example.org/acme/tool":              false,
	} {
		for _, inbound := range []string{"inbound-outbound", "assignment"} {
			for _, l := range textfmt.All {
				vals := k.Examples()
				vals["project.repository_url"], vals["inbound"] = url, inbound
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				md := strings.ToLower(string(markdown.Render(doc)))
				want, other := words[l][1], words[l][0]
				if pull && l == textfmt.EN {
					want, other = other, want
				}
				if !strings.Contains(md, want) || strings.Contains(md, other) {
					t.Errorf("%s, %s, %s: %q present=%v, %q present=%v", url, inbound, l, want, strings.Contains(md, want), other, strings.Contains(md, other))
				}
				// The French text recalls the forge's English name, taken
				// from the same choice.
				if gloss := "(*" + map[bool]string{true: "pull requests", false: "merge requests"}[pull] + "*)"; l == textfmt.FR && !strings.Contains(md, gloss) {
					t.Errorf("%s, %s: no %q", url, inbound, gloss)
				}
				c, _ := doc.Clause("inbound-other-channels-notice") // 6.2.1 since RP-17
				if !strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "The Maintainers, for the Legal Entity, shall display these terms, or a link to them, in the issue and", textfmt.FR: "Les Mainteneurs, pour le compte de la Structure porteuse, affichent ces conditions, ou un lien qui y mène, dans les modèles de tickets"}[l]) {
					t.Errorf("%s, %s: the Project promises that every form states its terms: %q", url, l, c.Body)
				}
			}
		}
	}
}

// A licence granted on the terms of a Licence of the Project keeps that
// licence's own law and courts, whatever the policy chooses; a CeCILL
// project that names another city or another law is warned (CeCILL,
// Article 13: French law, courts of Paris).
func TestLicencesKeepTheirOwnLawAndCourts(t *testing.T) {
	for _, city := range []string{"", "Lyon"} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"jurisdiction": city, "project.licence": "CECILL-2.1"}, l, "general-law")
			if !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "remain subject to the stipulations of that licence on the applicable law and the competent courts", textfmt.FR: "restent soumises aux stipulations de celle-ci relatives à la loi applicable et à la juridiction compétente"}[l]) {
				t.Errorf("%q, %s: the licences' own law and courts are not reserved: %q", city, l, body)
			}
		}
	}
	for _, c := range []struct {
		licence, city, law string
		courts, foreignLaw bool
	}{
		{"CECILL-2.1", "Lyon", "FR", true, false},
		{"CECILL-C", " paris ", "FR", false, false},
		{"CECILL-B", "", "FR", false, false},
		{"CECILL-2.1", "Paris", "BE", false, true},
		{"EUPL-1.2", "Lyon", "BE", false, false},
	} {
		set := map[string]any{"project.licence": c.licence, "jurisdiction": c.city, "governing_law": c.law}
		got := rulesBroken(t, set)
		if slices.Contains(got, "cecill-courts-other-than-paris") != c.courts || slices.Contains(got, "cecill-law-other-than-french") != c.foreignLaw {
			t.Errorf("%v: rules broken %v", set, got)
		}
	}
}

// Under the project's licence or the DCO, the parts placed under CC0 1.0
// are waived as far as the law allows, with its fallback licence and the
// moral rights reserved, and the credit the policy promises binds the
// Project alone; without CC0, no waiver is spoken of.
func TestCC0IsAWaiverWithAFallbackLicence(t *testing.T) {
	waiver := map[textfmt.Lang]string{textfmt.EN: "you instead waive, as section 2 of CC0 1.0 provides", textfmt.FR: "vous renoncez en revanche, comme le prévoit la section 2 de CC0 1.0"}
	credit := map[textfmt.Lang]string{textfmt.EN: "That credit is a commitment of the Project alone", textfmt.FR: "Cette mention n’engage que le Projet"}
	for _, inbound := range []string{"inbound-outbound", "dco"} {
		for _, c := range []struct {
			key, licence string
			cc0          bool
		}{
			{"project.docs_licence", "CC0-1.0", true},
			{"licences.data", "CC0-1.0", true},
			{"project.docs_licence", "CC-BY-4.0", false},
		} {
			for _, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, c.key: c.licence, "contributions.types": []string{}}
				if c.key == "licences.data" {
					set["project.docs_licence"] = "CC-BY-4.0"
				}
				body := assembleClause(t, set, l, "inbound-"+strings.TrimPrefix(inbound, "inbound-"))
				if got := strings.Contains(body, waiver[l]); got != c.cc0 {
					t.Errorf("%s, %s=%s, %s: waiver present=%v: %q", inbound, c.key, c.licence, l, got, body)
				}
				if c.cc0 && !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "section 3", textfmt.FR: "section 3"}[l]) {
					t.Errorf("%s, %s: no fallback licence: %q", inbound, l, body)
				}
				moral := assembleClause(t, set, l, "inbound-moral-rights")
				if got := strings.Contains(moral, credit[l]); got != c.cc0 {
					t.Errorf("%s, %s=%s, %s: credit bound to the Project present=%v", inbound, c.key, c.licence, l, got)
				}
			}
		}
	}
}

// Under a licence agreement the Licensee holds only a licence and cannot
// waive the contributor's rights: the parts placed under CC0 1.0 are
// waived by the contributor, with its fallback licence, and an FLA's
// exclusive licence does not cover them. An Assignee, which holds the
// rights, needs no such clause; without CC0, none is printed.
func TestCC0UnderAnAgreementIsWaivedByTheContributor(t *testing.T) {
	k, _ := Lookup("contribution")
	waiver := [2]string{"you yourself waive your economic rights", "vous renoncez vous-même à vos droits patrimoniaux"}
	exclusive := [2]string{"are not covered by the exclusive licence", "ne font pas l’objet de la licence exclusive"}
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, key := range []string{"project.licence", "project.docs_licence", "licences.data", ""} {
			for li, l := range textfmt.All {
				vals := k.Examples()
				vals["inbound"], vals["contributions.types"] = inbound, []string{}
				vals["project.docs_licence"], vals["licences.data"] = "CC-BY-4.0", "ODbL-1.0"
				if key != "" {
					vals[key] = "CC0-1.0"
				}
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, ok := doc.Clause("steward-cc0")
				if want := key != "" && inbound != "assignment"; ok != want {
					t.Fatalf("%s, CC0 for %q, %s: clause present=%v", inbound, key, l, ok)
				}
				if !ok {
					continue
				}
				if !strings.Contains(c.Body, waiver[li]) || !strings.Contains(c.Body, "CC0 1.0") {
					t.Errorf("%s, %s, %s: no waiver by the contributor: %q", inbound, key, l, c.Body)
				}
				if got := strings.Contains(c.Body, exclusive[li]); got != (inbound == "fla") {
					t.Errorf("%s, %s, %s: exclusive licence carved out=%v: %q", inbound, key, l, got, c.Body)
				}
			}
		}
	}
}

// Funding is described as the legal person that runs the project can
// receive it: a company or a SCIC issues no tax receipt and sells services
// or invoices sponsorship; an association or a host receives donations and
// patronage; without a legal person, gifts go to the maintainers. The
// English "sponsorship" (parrainage) and the French « mécénat »
// (patronage) never stand for each other.
func TestFundingAsTheLegalPersonCanReceiveIt(t *testing.T) {
	want := map[string][2]string{
		"company":     {"purchase of services or sponsorship contracts, invoiced by the Legal Entity", "achat de prestations ou contrats de parrainage, facturés par la Structure porteuse"},
		"scic":        {"purchase of services or sponsorship contracts, invoiced by the Legal Entity", "achat de prestations ou contrats de parrainage, facturés par la Structure porteuse"},
		"association": {"donations and patronage, received by the Legal Entity", "dons et mécénat, reçus par la Structure porteuse"},
		"fiscal-host": {"donations and patronage, received by the Legal Entity", "dons et mécénat, reçus par la Structure porteuse"},
		"public-body": {"donations, which the Legal Entity accepts", "dons, que la Structure porteuse accepte"},
		"none":        {"received by the Maintainers who run them", "reçus par les Mainteneurs qui les gèrent"},
	}
	k, _ := Lookup("contribution")
	for vehicle, phrases := range want {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": vehicle, "contributions.types": []string{"code", "funding"}}
			if vehicle == "none" {
				set["legal.entity_name"] = ""
			}
			if vehicle == "public-body" {
				set["privacy.dpo"] = k.Examples()["privacy.dpo"]
			}
			body := strings.ReplaceAll(assembleClause(t, set, l, "contributions-types"), "\u00a0", " ")
			if !strings.Contains(body, textfmt.Typeset(l, phrases[li])) && !strings.Contains(body, phrases[li]) {
				t.Errorf("%s, %s: funding not described as %q: %q", vehicle, l, phrases[li], body)
			}
			company := vehicle == "company" || vehicle == "scic"
			if strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "tax reduction", textfmt.FR: "réduction d’impôt"}[l]) != (company || vehicle == "none") {
				t.Errorf("%s, %s: no tax reduction said=%v: %q", vehicle, l, !company, body)
			}
			if l == textfmt.EN && strings.Contains(body, "sponsorship") != company || l == textfmt.FR && strings.Contains(body, "mécénat") != (vehicle == "association" || vehicle == "fiscal-host") {
				t.Errorf("%s, %s: sponsorship and patronage confused: %q", vehicle, l, body)
			}
		}
	}
}

// A legal person that makes money from the software is its manufacturer
// under the Cyber Resilience Act: the policy states its support period,
// its disclosure policy and its notifications, which apply since
// 11 September 2026 for the examples' effective date, and
// ties the versions that receive fixes to that period. It cannot also be
// a steward, and a support period under five years is flagged.
func TestManufacturerUnderTheCyberResilienceAct(t *testing.T) {
	for _, manufacturer := range []bool{false, true} {
		for _, l := range textfmt.All {
			k, _ := Lookup("contribution")
			vals := k.Examples()
			vals["legal.vehicle"], vals["security.cra_manufacturer"], vals["security.support_years"] = "company", manufacturer, 7
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, ok := doc.Clause("security-cra-manufacturer")
			if ok != manufacturer {
				t.Fatalf("%v, %s: manufacturer clause present=%v", manufacturer, l, ok)
			}
			response, _ := doc.Clause("security-response")
			period := map[textfmt.Lang]string{textfmt.EN: "for the whole support period", textfmt.FR: "pendant toute la période d’assistance"}[l]
			if strings.Contains(response.Body, period) != manufacturer {
				t.Errorf("%v, %s: supported versions tied to the support period=%v: %q", manufacturer, l, !manufacturer, response.Body)
			}
			if !ok {
				continue
			}
			body := strings.ReplaceAll(c.Body, "\u00a0", " ")
			for _, p := range map[textfmt.Lang][]string{
				textfmt.EN: {"Article 3(13)", "seven (7) years", "Article 13(8)", "coordinated vulnerability disclosure", "which apply since 11 September 2026", "within 24 hours", "ENISA", "11 December 2027"},
				textfmt.FR: {"article 3, point 13", "sept (7) ans", "article 13, paragraphe 8", "divulgation coordonnée des vulnérabilités", "applicables depuis le 11 septembre 2026", "dans les 24 heures", "ENISA", "11 décembre 2027"},
			}[l] {
				if !strings.Contains(body, p) {
					t.Errorf("%s: the manufacturer clause lacks %q: %q", l, p, body)
				}
			}
			if !strings.Contains(response.Body, c.Number) {
				t.Errorf("%s: the supported versions do not refer to %s: %q", l, c.Number, response.Body)
			}
		}
	}
	// The status is conditional on a placing on the market, as the
	// charter's is; the CSIRT notified is that of the main establishment
	// in the Union or, for a manufacturer established outside it, the one
	// Article 14(7) designates, with an authorised representative.
	for _, estab := range []string{"FR", "BE", "CH", "US"} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": "company", "security.cra_manufacturer": true, "security.support_years": 5, "privacy.establishment": estab}
			body := strings.ReplaceAll(assembleClause(t, set, l, "security-cra-manufacturer"), "\u00a0", " ")
			outside := estab == "CH" || estab == "US"
			for p, want := range map[string]bool{
				map[textfmt.Lang]string{textfmt.EN: "Where the Legal Entity makes a product", textfmt.FR: "Lorsque la Structure porteuse met à disposition sur le marché"}[l]: true,
				map[textfmt.Lang]string{textfmt.EN: "CE marking", textfmt.FR: "marquage CE"}[l]:                                                                               true,
				map[textfmt.Lang]string{textfmt.EN: "main establishment in the Union", textfmt.FR: "établissement principal dans l’Union"}[l]:                                 !outside,
				map[textfmt.Lang]string{textfmt.EN: "Article 14(7)", textfmt.FR: "article 14, paragraphe 7"}[l]:                                                               outside,
				map[textfmt.Lang]string{textfmt.EN: "authorised representative established in the Union", textfmt.FR: "mandataire établi dans l’Union"}[l]:                    outside,
			} {
				if strings.Contains(body, p) != want {
					t.Errorf("%s, %s: %q present=%v: %q", estab, l, p, !want, body)
				}
			}
		}
	}
	for _, c := range []struct {
		set  map[string]any
		rule string
		want bool
	}{
		{map[string]any{"security.cra_steward": true, "security.cra_manufacturer": true}, "cra-steward-and-manufacturer", true},
		{map[string]any{"security.cra_steward": true, "security.cra_manufacturer": false}, "cra-steward-and-manufacturer", false},
		{map[string]any{"security.cra_manufacturer": true, "security.support_years": 3}, "cra-support-period-under-five-years", true},
		{map[string]any{"security.cra_manufacturer": true, "security.support_years": 5}, "cra-support-period-under-five-years", false},
		{map[string]any{"security.cra_manufacturer": false, "security.support_years": 3}, "cra-support-period-under-five-years", false},
		{map[string]any{"security.cra_manufacturer": true, "privacy.establishment": "CH"}, "cra-manufacturer-outside-union", true},
		{map[string]any{"security.cra_manufacturer": true, "privacy.establishment": "BE"}, "cra-manufacturer-outside-union", false},
		{map[string]any{"security.cra_manufacturer": false, "privacy.establishment": "CH"}, "cra-manufacturer-outside-union", false},
	} {
		if got := slices.Contains(rulesBroken(t, c.set), c.rule); got != c.want {
			t.Errorf("%v: %s broken=%v", c.set, c.rule, got)
		}
	}
}

// The hearing owed before a sanction follows the ladder of the code of
// conduct adopted: after a correction under Contributor Covenant 2.1,
// after a warning under 3.0, before any sanction under the project's own
// code; the 3.0 ladder is stated in its own words.
func TestConductLadderFollowsTheCodeAdopted(t *testing.T) {
	want := map[string][2]string{
		"contributor-covenant-2.1": {"Before any sanction other than a correction,", "Avant toute sanction autre qu’une correction,"},
		"contributor-covenant-3.0": {"Before any sanction other than a warning,", "Avant toute sanction autre qu’un avertissement,"},
		"custom":                   {"Before any sanction,", "Avant toute sanction,"},
	}
	for code, phrases := range want {
		for li, l := range textfmt.All {
			set := map[string]any{"code_of_conduct": code, "project.charter_url": ""}
			body := assembleClause(t, set, l, "conduct-reporting")
			if !strings.Contains(body, phrases[li]) {
				t.Errorf("%s, %s: hearing not owed as %q: %q", code, l, phrases[li], body)
			}
		}
	}
	for li, l := range textfmt.All {
		body := assembleClause(t, map[string]any{"code_of_conduct": "contributor-covenant-3.0"}, l, "conduct-cc-3-0")
		ladder := [2]string{"from a warning to temporarily limited activities, a temporary suspension", "de l’avertissement à la limitation temporaire des activités, à la suspension temporaire"}[li]
		if !strings.Contains(body, ladder) || strings.Contains(body, [2]string{"correction", "correction"}[li]) {
			t.Errorf("%s: the 3.0 ladder is not its own: %q", l, body)
		}
	}
	// Contributor Covenant 3.0 is published in English only: a policy read
	// in French keeps a French translation of it for information, and
	// those who enforce it explain it on request.
	k, _ := Lookup("contribution")
	for _, langs := range [][]textfmt.Lang{{textfmt.EN}, {textfmt.FR}, {textfmt.EN, textfmt.FR}} {
		for _, l := range langs {
			vals := k.Examples()
			vals.SetLangs(langs)
			body := clauseWith(t, k, vals, map[string]any{"code_of_conduct": "contributor-covenant-3.0"}, l, "conduct-cc-3-0")
			if got := strings.Contains(body, "`CODE_OF_CONDUCT.fr.md`"); got != slices.Contains(langs, textfmt.FR) {
				t.Errorf("policy in %v, %s: French translation of the code kept=%v: %q", langs, l, got, body)
			}
		}
	}
}

// The list of licences of CRPA D. 323-2-1 governs what an administration
// publishes itself: an agent who contributes to a project published by
// others is never asked to have its licence approved.
func TestAgentsNeedNoApprovalOfAThirdPartysLicence(t *testing.T) {
	for _, inbound := range []string{"inbound-outbound", "cla"} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"inbound": inbound, "contributors.allowed": []string{"public-agents"}, "project.docs_licence": "CC0-1.0"}, l, "employer-public-agents")
			if !strings.Contains(body, "`CC0-1.0`") {
				t.Fatalf("%s, %s: the unlisted licence is not named: %q", inbound, l, body)
			}
			if strings.Contains(body, "homolog") || strings.Contains(body, "approved or") {
				t.Errorf("%s, %s: the agent's administration is asked to have the licence approved: %q", inbound, l, body)
			}
			if !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "governs what an administration publishes itself", textfmt.FR: "régit ce qu’une administration publie elle-même"}[l]) {
				t.Errorf("%s, %s: the scope of the list is not stated: %q", inbound, l, body)
			}
		}
	}
}

// Employees of the legal person that runs the project need no
// authorisation from it: the rights the law gives it in their work are its
// own (CPI L. 113-9). Where a steward other than that legal person
// receives the rights, the legal person signs like any employer; a public
// body has its own rule for its agents.
func TestStewardsOwnEmployeesNeedNoAuthorisation(t *testing.T) {
	own := map[textfmt.Lang]string{textfmt.EN: "If you are an employee of the Legal Entity", textfmt.FR: "Si vous êtes salarié de la Structure porteuse"}
	k, _ := Lookup("contribution")
	for _, c := range []struct {
		vehicle, inbound, steward string
		want                      bool
	}{
		{"company", "inbound-outbound", "", true},
		{"association", "dco", "", true},
		{"scic", "fla", "same", true},
		{"scic", "assignment", "same", true},
		{"company", "cla", "Fondation Tierce", false},
		{"none", "dco", "", false},
	} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": c.vehicle, "inbound": c.inbound, "contributors.allowed": []string{"employees"}}
			switch c.steward {
			case "same":
				set["steward.name"] = k.Examples()["legal.entity_name"]
			case "":
			default:
				set["steward.name"] = c.steward
			}
			if c.vehicle == "none" {
				set["legal.entity_name"] = ""
			}
			body := assembleClause(t, set, l, "employer-employees")
			if got := strings.Contains(body, own[l]); got != c.want {
				t.Errorf("%s, %s, steward %q, %s: the Legal Entity's own employees addressed=%v: %q", c.vehicle, c.inbound, c.steward, l, got, body)
			}
			// Only software (and, in France, its documentation) is the
			// employer's: their other works are contributed as anyone's.
			other := map[textfmt.Lang]string{textfmt.EN: "The rights in your other works", textfmt.FR: "Les droits sur vos autres œuvres"}[l]
			if got := strings.Contains(body, other); got != c.want {
				t.Errorf("%s, %s, steward %q, %s: the employees' other works addressed=%v: %q", c.vehicle, c.inbound, c.steward, l, got, body)
			}
		}
	}
}

// English prevailing over French draws a warning when the policy is
// governed by French law and those who run the project are established
// in France, as it does for a charter; a public body is refused instead.
func TestEnglishPrevailingInAFrenchPolicyIsFlagged(t *testing.T) {
	for _, c := range []struct {
		law, estab, lang, vehicle string
		want                      bool
	}{
		{"FR", "FR", "en", "company", true},
		{"FR", "FR", "fr", "company", false},
		{"FR", "BE", "en", "association", false},
		{"BE", "FR", "en", "association", false},
		{"FR", "FR", "en", "public-body", false},
	} {
		set := map[string]any{"governing_law": c.law, "privacy.establishment": c.estab, "prevailing_language": c.lang, "legal.vehicle": c.vehicle}
		if got := slices.Contains(rulesBroken(t, set), "french-steward-english-prevails"); got != c.want {
			t.Errorf("%v: flagged=%v", c, got)
		}
	}
}

// Under the routes without an agreement, contributors grant an express
// patent licence when the answers ask for it and the licence of the code
// has none of its own (CeCILL, MIT); with a licence that has one (Apache
// 2.0, EUPL 1.2), no second licence competes with it and the drafter is
// told so. The statement ticked in each request refers to it.
func TestPatentLicenceOnlyWhereTheCodeLicenceHasNone(t *testing.T) {
	for _, c := range []struct {
		inbound, licence string
		grant, want      bool
	}{
		{"inbound-outbound", "CECILL-2.1", true, true},
		{"dco", "MIT", true, true},
		{"inbound-outbound", "CECILL-2.1", false, false},
		{"inbound-outbound", "Apache-2.0", true, false},
		{"dco", "EUPL-1.2", true, false},
		{"cla", "CECILL-2.1", true, false},
	} {
		for _, l := range textfmt.All {
			k, _ := Lookup("contribution")
			vals := k.Examples()
			vals["inbound"], vals["project.licence"], vals["patents.grant"] = c.inbound, c.licence, c.grant
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			p, ok := doc.Clause("inbound-patents")
			if ok != c.want {
				t.Fatalf("%v, %s: patent licence present=%v", c, l, ok)
			}
			if ok {
				for _, w := range map[textfmt.Lang][]string{
					textfmt.EN: {"necessarily practised by your Contribution", "ends, for anyone who brings a claim", "`" + c.licence + "`"},
					textfmt.FR: {"nécessairement mise en œuvre par votre Contribution", "prend fin, à l’égard de toute personne qui engage une action", "`" + c.licence + "`"},
				}[l] {
					if !strings.Contains(p.Body, w) {
						t.Errorf("%v, %s: patent licence lacks %q: %q", c, l, w, p.Body)
					}
				}
				if strings.Contains(p.Body, "contrefaites") {
					t.Errorf("%s: claims said to be infringed, a calque of English: %q", l, p.Body)
				}
				// An employer's patents are licensed only under its
				// written authorisation covering them (CPI L. 611-7),
				// and, under French law, the statement is the writing
				// L. 613-8 requires.
				for _, w := range map[textfmt.Lang][]string{
					textfmt.EN: {"you license the patents of that person on its behalf, under the written authorisation referred to in", "only if that authorisation expressly covers them, which you warrant, as you do for its copyright; failing that, you license only the patents that you yourself hold", "stands as your written acceptance of that licence, to the extent that the law allows (French Intellectual Property Code, Article L. 613-8)"},
					textfmt.FR: {"vous concédez en son nom les brevets de celui-ci, en vertu de l’autorisation écrite mentionnée à l’", "seulement si elle les vise expressément, ce que vous garantissez, comme pour ses droits d’auteur ; à défaut, vous ne concédez que les brevets que vous détenez vous-même", "vaut votre acceptation écrite de cette licence, dans la mesure où la loi l’admet (Code de la propriété intellectuelle, article L. 613-8)"},
				}[l] {
					if !strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(p.Body), w) {
						t.Errorf("%v, %s: patent licence lacks %q: %q", c, l, w, p.Body)
					}
				}
				employees, _ := clauseTree(doc, "employer-employees")
				if !strings.Contains(employees, map[textfmt.Lang]string{textfmt.EN: "for the patent licence in", textfmt.FR: "pour la licence de brevet de l’"}[l]) {
					t.Errorf("%v, %s: the employer's authorisation does not cover its patents: %q", c, l, employees)
				}
			}
			if c.inbound == "inbound-outbound" {
				io, _ := doc.Clause("inbound-outbound")
				refers := ok && strings.Contains(io.Body, p.Number)
				// RD-18: a licence with its own patent grant is named as such.
				ownGrant := c.licence == "Apache-2.0" || c.licence == "EUPL-1.2"
				if refers != ok || !ok && !ownGrant && strings.Contains(io.Body, map[textfmt.Lang]string{textfmt.EN: "patent", textfmt.FR: "brevet"}[l]) {
					t.Errorf("%v, %s: the ticked statement refers to the patent licence=%v", c, l, !ok)
				}
			}
		}
		broken := slices.Contains(rulesBroken(t, map[string]any{"inbound": c.inbound, "project.licence": c.licence, "patents.grant": c.grant}), "patent-licence-already-in-the-licence")
		if want := c.grant && (c.licence == "Apache-2.0" || c.licence == "EUPL-1.2"); broken != want {
			t.Errorf("%v: warned=%v", c, broken)
		}
	}
}

// Excluding a capacity restricts only work meant for inclusion: issues,
// comments and bug and vulnerability reports stay open to everyone, and
// the heading welcomes everyone only when no capacity is refused.
func TestExcludedCapacitiesStillReport(t *testing.T) {
	open := [2]string{"anyone, in any capacity, may open an issue, comment on it, report a bug and report a vulnerability",
		"chacun, en quelque qualité que ce soit, peut ouvrir un ticket, le commenter, signaler une anomalie et signaler une vulnérabilité"}
	own := [2]string{"your personal address for those you make in your own name", "votre adresse personnelle pour celles que vous faites en votre nom propre"}
	for _, allowed := range [][]string{{"employees", "contractors"}, {"individuals"}, {"individuals", "employees", "public-agents", "contractors"}, {}} {
		for li, l := range textfmt.All {
			k, _ := Lookup("contribution")
			vals := k.Examples()
			vals["contributors.allowed"] = allowed
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			who, _ := doc.Clause("who-everyone")
			excluded := len(allowed) > 0 && len(allowed) < 4
			if got := strings.Contains(who.Body, textfmt.Typeset(l, open[li])); got != excluded {
				t.Errorf("%v, %s: reports open to all said=%v", allowed, l, got)
			}
			individuals := len(allowed) == 0 || slices.Contains(allowed, "individuals")
			if got := strings.Contains(who.Title, [2]string{"Everyone is welcome", "Chacun est le bienvenu"}[li]); got != !excluded {
				t.Errorf("%v, %s: heading %q", allowed, l, who.Title)
			}
			md := string(markdown.Render(doc))
			if got := strings.Contains(md, textfmt.Typeset(l, own[li])); got && !individuals {
				t.Errorf("%v, %s: own-name address asked for work that is refused", allowed, l)
			}
		}
	}
}

// A manufacturer that fixes the latest release only states the free
// upgrade of CRA art. 13(10); a vulnerability without a fix is never
// disclosed by the deadline alone; financial support is not a licensed
// Contribution; a forge run for the project is a processor.
func TestSecurityDisclosureFundingAndForge(t *testing.T) {
	upgrade := [2]string{"Regulation (EU) 2024/2847 requires in its Article 13(10)", "le règlement (UE) 2024/2847 en son article 13, paragraphe 10"}
	reasoned := [2]string{"by a reasoned decision that the users", "par une décision motivée constatant que l’intérêt des utilisateurs"}
	processor := [2]string{"as its processor under a contract that meets Article 28 of the GDPR", "en qualité de sous-traitant, en vertu d’un contrat conforme à l’article 28 du RGPD"}
	for li, l := range textfmt.All {
		for _, manufacturer := range []bool{false, true} {
			set := map[string]any{"legal.vehicle": "company", "security.cra_manufacturer": manufacturer, "security.support_years": 7}
			body := assembleClause(t, set, l, "security-response")
			if got := strings.Contains(body, textfmt.Typeset(l, upgrade[li])); got != manufacturer {
				t.Errorf("%s, manufacturer %v: art. 13(10) condition=%v", l, manufacturer, got)
			}
			if !strings.Contains(assembleClause(t, set, l, "security-disclosure"), textfmt.Typeset(l, reasoned[li])) {
				t.Errorf("%s: a vulnerability without a fix may be disclosed by the deadline alone", l)
			}
		}
		funding := assembleClause(t, map[string]any{"contributions.types": []string{"code", "funding"}}, l, "contributions-types")
		if strings.Contains(funding, [2]string{"**Funding", "**Financement"}[li]) {
			t.Errorf("%s: funding listed among the licensed Contributions: %q", l, funding)
		}
		for repo, want := range map[string]bool{"https://github.com/acme/x": false, "https://forge.acme.example/x/y": true} {
			body := assembleClause(t, map[string]any{"project.repository_url": repo}, l, "personal-data-recipients")
			if got := strings.Contains(body, textfmt.Typeset(l, processor[li])); got != want {
				t.Errorf("%s, %s: forge operator named processor=%v", l, repo, got)
			}
		}
	}
}

// assembleLinked is assembleClause for a policy that names its charter,
// with the answers the charter would give set as in set.
func assembleLinked(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("contribution")
	return clauseWith(t, k, linkedExamples(k), set, l, id)
}

// linkedExamples are the examples of a policy that names its charter,
// each answer the charter gives set to its default, as the charter
// would give it.
func linkedExamples(k *Kind) questionnaire.Values {
	vals := k.Examples()
	vals.SetCharter("charter.yaml")
	for _, qq := range k.Questionnaire.Linked() {
		if _, ok := vals[qq.Key]; !ok && qq.DefaultValue() != nil {
			vals[qq.Key] = qq.DefaultValue()
		}
	}
	return vals
}

// linkedPolicyExamples is the example policy k linked to the example
// charter changed by charterSet, with the answers it takes from it.
func linkedPolicyExamples(k *Kind, charterSet map[string]any) questionnaire.Values {
	ch, _ := Lookup("charter")
	vals := linkedExamples(k)
	cv := ch.Examples()
	for key, v := range charterSet {
		cv[key] = v
	}
	resolved := ch.Questionnaire.Resolve(cv)
	vals.SetCharterAnswers(resolved)
	for key, v := range k.Questionnaire.FromCharter(resolved) {
		vals[key] = v
	}
	return vals
}

// Sole traders' data come in one of four alternative cases, among them a
// reading on the spot of what the trader displays to the public; a
// linked policy adds the conditions of the charter's article on personal
// data in the resources where the charter has that article; a charter
// that keeps no personal data in its resources leaves no exception
// (RP-13).
func TestSoleTradersDataInAlternativeCases(t *testing.T) {
	k, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	cases := [2][]string{
		{"in one of the following cases: (a) the person agrees;", "(d) you have recorded them on site"},
		{"dans l’un des cas suivants : a) la personne y consent ;", "d) vous les avez relevées sur place"},
	}
	charterTerms := [2]string{"In every case, you shall comply with the conditions that Article", "Dans tous les cas, vous respectez les conditions que fixe l’article"}
	for _, c := range []struct{ personal, devices any }{{nil, nil}, {false, nil}, {true, false}, {true, true}} {
		personal := c.personal
		vals := k.Examples()
		if personal != nil {
			vals = linkedExamples(k)
			ch := charter.Examples()
			ch["commons.personal_data"], ch["commons.device_data"] = personal, c.devices
			resolved := charter.Questionnaire.Resolve(ch)
			vals.SetCharterAnswers(resolved)
			// The answers the policy takes from the charter, its
			// resources among them, as linking them does.
			for key, v := range k.Questionnaire.FromCharter(resolved) {
				vals[key] = v
			}
		}
		vals["contributions.types"] = []string{}
		for li, l := range textfmt.All {
			body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(clauseWith(t, k, vals, nil, l, "contributions-data"))
			for _, p := range cases[li] {
				if strings.Contains(body, p) != (personal != false) {
					t.Errorf("charter personal data %v, %s: no %q: %q", personal, l, p, body)
				}
			}
			if got := strings.Contains(body, charterTerms[li]); got != (personal == true) {
				t.Errorf("charter personal data %v, %s: charter's conditions printed=%v: %q", personal, l, got, body)
			}
			// The measurements of a device at a contributor's home, or at
			// a consenting person's, are what a commons of such
			// measurements publishes: the policy admits them on the
			// charter's terms rather than forbid them, and speaks of them
			// only for such a commons. No example names a trade.
			home := [2]string{"except the measurements of a device installed at your home", "sauf les mesures d’un appareil installé chez vous"}[li]
			if got := strings.Contains(body, home); got != (c.devices == true) {
				t.Errorf("charter personal data %v, devices %v, %s: household measurements admitted=%v: %q", personal, c.devices, l, got, body)
			}
			for _, p := range [][]string{{"farmers", "shopkeepers", "opening hours", "energy"}, {"agricoles", "commerçants", "horaires", "énergie"}}[li] {
				if strings.Contains(body, p) {
					t.Errorf("charter personal data %v, %s: example %q foreign to the project printed", personal, l, p)
				}
			}
			if strings.Contains(body, "where it sets any") || strings.Contains(body, "lorsqu’elle en fixe") {
				t.Errorf("%s: hedge left: %q", l, body)
			}
		}
	}
}

// An employee, an agent or a hosted researcher binds the patents of the
// person they contribute for only with a writing that expressly covers
// the undertaking on specifications (Civil Code, art. 1153); failing it,
// the Contribution is not accepted (RO-20). "Control" is defined. On
// every route, in each language; nothing of it without specifications.
func TestSpecificationUndertakingNeedsExpressAuthority(t *testing.T) {
	authority := [2][2]string{
		{"that authorisation shall also expressly cover the patent undertaking in", "cette autorisation vise en outre expressément l'engagement relatif aux brevets de l'"},
		{"or another writing from it, shall also expressly cover the patent undertaking in", "ou un autre écrit émanant de lui, vise en outre expressément l'engagement relatif aux brevets de l'"},
	}
	own := [2]string{"failing that, your Contribution to a specification is not accepted", "à défaut, votre Contribution à une spécification n'est pas acceptée"}
	express := [2]string{"shall expressly cover that undertaking; failing that, a Contribution to a specification that you make on its behalf is not accepted", "vise expressément cet engagement ; à défaut, la Contribution à une spécification que vous faites pour son compte n'est pas acceptée"}
	control := [2]string{"a person controls a patent where it may license it without paying royalties or any other consideration to a third party", "une personne contrôle un brevet lorsqu'elle peut en concéder une licence sans verser de redevance ni d'autre contrepartie à un tiers"}
	for li, l := range textfmt.All {
		for _, in := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
			agreement := in == "cla" || in == "fla" || in == "assignment"
			for _, specs := range []bool{true, false} {
				set := map[string]any{"inbound": in, "project.specifications": specs, "contributors.allowed": []string{}}
				want := authority[0][li]
				if agreement {
					want = authority[1][li]
				}
				for _, id := range []string{"employer-employees", "employer-public-agents", "employer-hosted"} {
					body := assembleClause(t, set, l, id)
					if got := strings.Contains(body, textfmt.Typeset(l, want)) && strings.Contains(body, textfmt.Typeset(l, own[li])); got != specs {
						t.Errorf("%s, %s, specifications %v, %s: express authority required=%v", l, in, specs, id, got)
					}
				}
				if !specs {
					continue
				}
				body := assembleClause(t, set, l, "inbound-specifications")
				for _, want := range []string{express[li], control[li]} {
					if !strings.Contains(body, textfmt.Typeset(l, want)) {
						t.Errorf("%s, %s: the undertaking lacks %q", l, in, want)
					}
				}
			}
		}
	}
}

// A linked policy names the Charter, a defined term, with its capital in
// the clause on specifications as everywhere else.
func TestSpecificationClauseNamesTheCharter(t *testing.T) {
	for li, l := range textfmt.All {
		for _, id := range []string{"inbound-specifications"} {
			body := assembleLinked(t, map[string]any{"project.specifications": true}, l, id)
			if !strings.Contains(body, [2]string{"as the Charter provides", "comme le prévoit la Charte"}[li]) ||
				strings.Contains(body, [2]string{"the charter", "la charte"}[li]) {
				t.Errorf("%s: the Charter named in lower case: %q", l, body)
			}
		}
	}
}

// Specifications, machine-readable schemas included, are under the
// licence of the documentation and their executable test suites under
// that of the code; the SPDX examples and the checklist give both; the
// Project is defined by what it publishes (specifications, data only when
// data are welcome).
func TestSpecificationFilesHaveTheirLicence(t *testing.T) {
	bullet := [2]string{"**Specifications**, including machine-readable schemas", "**Spécifications**, y compris les schémas lisibles par machine"}
	tests := [2]string{"their executable test suites are code and fall under the licence of the code", "leurs suites de tests exécutables sont du code et relèvent de la licence du code"}
	header := [2]string{"`SPDX-License-Identifier: etalab-2.0` for documentation, a specification or a schema", "`SPDX-License-Identifier: etalab-2.0` pour la documentation, une spécification ou un schéma"}
	checklist := [2]string{"for documentation, a specification or a schema", "pour la documentation, une spécification ou un schéma"}
	for li, l := range textfmt.All {
		for _, specs := range []bool{true, false} {
			set := map[string]any{"project.specifications": specs, "project.docs_licence": "etalab-2.0"}
			body := assembleClause(t, set, l, "outbound")
			for _, want := range []string{bullet[li], tests[li], header[li]} {
				if got := strings.Contains(body, textfmt.Typeset(l, want)); got != specs {
					t.Errorf("%s, specifications %v: %q printed=%v", l, specs, want, got)
				}
			}
			if got := strings.Contains(assembleClause(t, set, l, "annex-checklist"), textfmt.Typeset(l, checklist[li])); got != specs {
				t.Errorf("%s, specifications %v: checklist names the licence of specifications=%v", l, specs, got)
			}
			for _, types := range [][]string{{"code", "data"}, {"code", "documentation"}} {
				set := map[string]any{"project.specifications": specs, "contributions.types": types}
				project := assembleClause(t, set, l, "scope-definitions")
				project = project[strings.Index(project, [2]string{"“Project”", "«\u202fProjet\u202f»"}[li]):]
				project = project[:strings.Index(project, "\n")]
				if got := strings.Contains(project, [2]string{"specifications", "spécifications"}[li]); got != specs {
					t.Errorf("%s, %v, specifications %v: Project defined with specifications=%v: %q", l, types, specs, got, project)
				}
				if got := strings.Contains(project, [2]string{"data", "données"}[li]); got != slices.Contains(types, "data") {
					t.Errorf("%s, %v: Project defined with data=%v: %q", l, types, got, project)
				}
			}
		}
	}
}

// Welcoming translations, the rule on generative AI says on which side
// machine translation falls, under each rule: refused with the ban and
// disclosed with disclosure in every policy, allowed otherwise; the translation clause
// refers to that rule.
func TestMachineTranslationUnderTheAIRule(t *testing.T) {
	says := map[string][2]string{
		"ban":      {"Machine translation tools, which produce text that you did not write, are on the other hand treated as generative artificial intelligence tools", "Les outils de traduction automatique, qui produisent un texte que vous n'avez pas écrit, sont en revanche traités comme des outils d'intelligence artificielle générative"},
		"disclose": {"Machine translation tools are treated as generative artificial intelligence tools for the purposes of this article: any text made with them, a translation or documentation alike, even reviewed, is disclosed", "Les outils de traduction automatique sont traités comme des outils d'intelligence artificielle générative pour l'application du présent article : tout texte qui en procède, qu'il s'agisse d'une traduction ou d'une documentation, est signalé"},
		"allow":    {"The same applies to machine translation tools", "Il en va de même des outils de traduction automatique"},
	}
	for li, l := range textfmt.All {
		for rule, want := range says {
			for _, types := range [][]string{{"code", "translation"}, {}, {"code", "documentation"}} {
				// A ban or a disclosure covers machine translation
				// whatever the contributions welcomed, since any text,
				// documentation included, may come from it.
				// Allowed, it is said to count as well, whatever the
				// contributions welcomed (review L-11).
				welcome := true
				set := map[string]any{"ai_contributions": rule, "contributions.types": types}
				if got := strings.Contains(assembleClause(t, set, l, "ai-"+rule), textfmt.Typeset(l, want[li])); got != welcome {
					t.Errorf("%s, %s, %v: machine translation settled=%v", l, rule, types, got)
				}
			}
			body := assembleClause(t, map[string]any{"ai_contributions": rule}, l, "translation-policy")
			if !strings.Contains(body, [2]string{"The use of machine translation tools follows the rule in", "L’emploi d’outils de traduction automatique suit la règle de l’"}[li]) {
				t.Errorf("%s, %s: the translation clause does not refer to the rule on AI", l, rule)
			}
		}
	}
}

// The policy's remaining words of this review: the State's contribution
// policy is said not to cover the Licence Ouverte, which is on the list
// of the Code des relations entre le public et l'administration; the
// French translation of the DCO is pointed to for information when it is
// not accepted; outreach is a Contribution only through what is
// deposited; the code of conduct has both its original and its
// translation; the French disclosure notice reads as French.
func TestPolicyReaderIsToldWhatApplies(t *testing.T) {
	lo := [2]string{"the Licence Ouverte 2.0 (Etalab), under which the Project places its documentation and other content, is neither recognised", "la Licence Ouverte 2.0 (Etalab), sous laquelle le Projet place la documentation et les autres contenus, n'est ni reconnue"}
	dcoFR := "https://github.com/DISIC/politique-de-contribution-open-source/blob/master/DCO-fr.txt"
	outreach := [2]string{"only the material that you deposit in the repository or the Project's other spaces", "seuls les supports que vous déposez dans le dépôt ou les autres espaces du Projet"}
	for li, l := range textfmt.All {
		for docs, want := range map[string]bool{"etalab-2.0": true, "CC-BY-4.0": false} {
			set := map[string]any{"contributors.allowed": []string{"public-agents"}, "project.docs_licence": docs}
			if got := strings.Contains(assembleClause(t, set, l, "employer-public-agents"), textfmt.Typeset(l, lo[li])); got != want {
				t.Errorf("%s, %s: the Licence Ouverte explained=%v", l, docs, got)
			}
		}
		for _, french := range []bool{true, false} {
			body := assembleClause(t, map[string]any{"inbound": "dco", "dco.french": french}, l, "inbound-dco")
			if got := strings.Contains(body, dcoFR) && strings.Contains(body, textfmt.Typeset(l, [2]string{"for information", "à titre d'information"}[li])); got == french {
				t.Errorf("%s, French text accepted %v: DCO-fr pointed to for information=%v", l, french, got)
			}
		}
		body := assembleClause(t, map[string]any{"contributions.types": []string{"code", "outreach"}}, l, "contributions-types")
		if !strings.Contains(body, textfmt.Typeset(l, outreach[li])) {
			t.Errorf("%s: outreach is licensed without being deposited: %q", l, body)
		}
		body = assembleClause(t, map[string]any{"code_of_conduct": "contributor-covenant-2.1"}, l, "conduct-cc-2-1")
		for _, url := range []string{"https://www.contributor-covenant.org/version/2/1/code_of_conduct/", "https://www.contributor-covenant.org/fr/version/2/1/code_of_conduct/"} {
			if !strings.Contains(body, url) {
				t.Errorf("%s: the code of conduct lacks %s", l, url)
			}
		}
	}
	if body := assembleClause(t, nil, textfmt.FR, "security-disclosure"); strings.Contains(body, "donné à vous") || !strings.Contains(body, "que les Mainteneurs vous donnent ou que vous leur donnez") {
		t.Errorf("the French notice is a calque: %q", body)
	}
}

// Without a legal person, the controllers are the members of the commons
// under a linked charter, with its contact point; without a charter, the
// Maintainers, with the contact point the answers name, if any.
func TestControllersWithoutALegalPerson(t *testing.T) {
	members := [2]string{"the Members, whom the Charter governs", "les Membres, que régit la Charte"}
	maintainers := [2]string{"the Maintainers are joint controllers", "les Mainteneurs sont responsables conjoints"}
	for li, l := range textfmt.All {
		for _, vehicle := range []string{"none", "de-facto-association"} {
			for _, name := range []string{"Léa Moreau", ""} {
				set := map[string]any{"legal.vehicle": vehicle, "legal.entity_name": "", "privacy.controller": name}
				linked := assembleLinked(t, set, l, "personal-data-controller")
				point := name
				if name == "" {
					point = [2]string{"the facilitator of the Assembly that the Charter sets up", "l'animateur de l'Assemblée que la Charte institue"}[li]
				}
				if !strings.Contains(linked, textfmt.Typeset(l, members[li])) || !strings.Contains(linked, textfmt.Typeset(l, point)) || strings.Contains(linked, maintainers[li]) {
					t.Errorf("%s, %s, linked, contact %q: %q", l, vehicle, name, linked)
				}
				solo := assembleClause(t, set, l, "personal-data-controller")
				if !strings.Contains(solo, maintainers[li]) || strings.Contains(solo, members[li]) || (name != "") != strings.Contains(solo, name+[2]string{" being their contact point", " étant leur point de contact"}[li]) {
					t.Errorf("%s, %s, without a charter, contact %q: %q", l, vehicle, name, solo)
				}
			}
		}
	}
}

// A linked policy that refuses contractors is warned, since the charter
// organises paid work on the resources; not when contractors are
// welcome, all are, or the policy has no charter.
func TestContractorsRefusedAgainstTheCharterWarned(t *testing.T) {
	for _, c := range []struct {
		allowed []string
		linked  bool
		want    bool
	}{
		{[]string{"individuals", "employees"}, true, true},
		{[]string{"individuals", "contractors"}, true, false},
		{[]string{}, true, false},
		{[]string{"individuals", "employees"}, false, false},
	} {
		k, _ := Lookup("contribution")
		vals := k.Examples()
		vals["contributors.allowed"] = c.allowed
		if c.linked {
			vals.SetCharter("charter.yaml")
		}
		var got bool
		for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
			got = got || p.Rule != nil && p.Rule.ID == "contractors-excluded-against-charter"
		}
		if got != c.want {
			t.Errorf("%v, linked %v: warned=%v", c.allowed, c.linked, got)
		}
	}
}

// Hardware designs have a licence of their own, the open hardware licence
// the answers (or the charter) set, printed wherever the licences of the
// Project are listed, so that no design falls under the licence of the
// documentation; without hardware, no trace of it.
func TestHardwareDesignsHaveTheirLicence(t *testing.T) {
	for _, linked := range []bool{false, true} {
		for _, hw := range []bool{false, true} {
			for _, l := range textfmt.All {
				set := map[string]any{"project.hardware": hw, "licences.hardware": "CERN-OHL-W-2.0", "inbound": "cla", "cla.outbound": "listed"}
				get := func(id string) string {
					if linked {
						return assembleLinked(t, set, l, id)
					}
					return assembleClause(t, set, l, id)
				}
				what := fmt.Sprintf("linked %v, hardware %v, %s", linked, hw, l)
				outbound := get("outbound")
				design := map[textfmt.Lang]string{textfmt.EN: "**Hardware designs**, including their design source files", textfmt.FR: "**Conceptions de matériel**, y compris leurs fichiers sources de conception"}[l]
				header := "`SPDX-License-Identifier: CERN-OHL-W-2.0`"
				if got := strings.Contains(outbound, design) && strings.Contains(outbound, header); got != hw {
					t.Errorf("%s: hardware licence printed=%v: %q", what, got, outbound)
				}
				// A design whose only source is a proprietary CAD file is
				// no complete source (CERN-OHL 2.0, section 1.8): an open
				// format is preferred, as the charter's open standards want.
				open := map[textfmt.Lang]string{textfmt.EN: "prefer an open format, such as STEP for mechanical parts or KiCad files for circuits", textfmt.FR: "employez de préférence un format ouvert, tel que STEP pour les pièces mécaniques ou celui de KiCad pour les circuits"}[l]
				export := map[textfmt.Lang]string{textfmt.EN: "as the licence requires of a design’s complete source (CERN-OHL 2.0, section 1.8)", textfmt.FR: "comme la licence l’exige de la source complète d’une conception (CERN-OHL 2.0, article\u00a01.8)"}[l]
				if got := strings.Contains(outbound, open) && strings.Contains(outbound, export); got != hw {
					t.Errorf("%s: open design formats asked=%v: %q", what, got, outbound)
				}
				standards := map[textfmt.Lang]string{textfmt.EN: "KiCad files for circuits, as Article", textfmt.FR: "KiCad pour les circuits, comme le veut l’article"}[l]
				if linked && hw {
					k, _ := Lookup("contribution")
					charter, _ := Lookup("charter")
					vals := linkedExamples(k)
					vals.SetCharterAnswers(charter.Questionnaire.Resolve(charter.Examples()))
					outbound = clauseWith(t, k, vals, set, l, "outbound")
				}
				if got := strings.Contains(outbound, standards); got != (hw && linked) {
					t.Errorf("%s: charter's open standards named=%v: %q", what, got, outbound)
				}
				docs := map[textfmt.Lang]string{textfmt.EN: "nor hardware designs, save for the assembly and manufacturing guides of a hardware design, which follow that design:**", textfmt.FR: "ni des conceptions de matériel, à l’exception des guides d’assemblage et de fabrication d’une conception de matériel, qui suivent cette conception\u00a0:**"}[l]
				if got := strings.Contains(outbound, docs); got != hw {
					t.Errorf("%s: documentation excludes designs=%v: %q", what, got, outbound)
				}
				for _, id := range []string{"summary", "scope-definitions", "cla-outbound-listed", "annex-checklist"} {
					if got := strings.Contains(get(id), "CERN-OHL-W-2.0") || strings.Contains(get(id), map[textfmt.Lang]string{textfmt.EN: "hardware designs", textfmt.FR: "conceptions de matériel"}[l]); got != hw {
						t.Errorf("%s: %s names the designs=%v", what, id, got)
					}
				}
			}
		}
	}
}

// A policy that excludes employees, or agents for a public body, still
// admits the staff of the legal person itself, who contribute for it:
// their work is the legal person's, which publishes it, or which signs the
// agreement for legal persons when another steward receives the rights.
func TestOwnStaffNeverExcluded(t *testing.T) {
	own := map[textfmt.Lang][2]string{
		textfmt.EN: {"This exclusion does not cover the employees of the Legal Entity", "This exclusion does not cover the agents of the Legal Entity"},
		textfmt.FR: {"Cette exclusion ne vise pas les salariés de la Structure porteuse", "Cette exclusion ne vise pas les agents de la Structure porteuse"},
	}
	sign := map[textfmt.Lang]string{textfmt.EN: "agreement for organisations", textfmt.FR: "destiné aux organisations"}
	for _, vehicle := range []string{"scic", "company", "association", "public-body", "none"} {
		for _, allowed := range [][]string{{"individuals", "contractors"}, {"individuals", "employees", "public-agents"}} {
			for _, route := range []struct{ inbound, steward string }{{"inbound-outbound", ""}, {"dco", ""}, {"cla", "Association Sentiers en commun"}, {"cla", "Fondation Autre"}, {"assignment", "Association Sentiers en commun"}} {
				for _, l := range textfmt.All {
					set := map[string]any{"legal.vehicle": vehicle, "contributors.allowed": allowed, "inbound": route.inbound}
					if vehicle == "none" {
						set["legal.entity_name"] = ""
					}
					if route.steward != "" {
						set["steward.name"] = route.steward
					}
					body := assembleClause(t, set, l, "who-everyone")
					what := fmt.Sprintf("%s, %v, %v, %s", vehicle, allowed, route, l)
					excluded := len(allowed) == 2
					want := own[l][0]
					if vehicle == "public-body" {
						want = own[l][1]
					}
					if got := strings.Contains(body, want); got != (excluded && vehicle != "none") {
						t.Errorf("%s: own staff admitted=%v: %q", what, got, body)
					}
					if excluded && vehicle != "none" {
						other := route.steward == "Fondation Autre"
						if got := strings.Contains(body, sign[l]); got != other {
							t.Errorf("%s: agreement for legal persons=%v: %q", what, got, body)
						}
					}
				}
			}
		}
	}
}

// A SCIC that refuses employees is warned (its employees are members,
// loi 47-1775 art. 19 septies); so is a French public body that, as
// steward, promises any free licence (CRPA L. 323-2, D. 323-2-1).
func TestEmployeesAndPublicPromiseWarned(t *testing.T) {
	for _, c := range []struct {
		set  map[string]any
		rule string
		want bool
	}{
		{map[string]any{"legal.vehicle": "scic", "contributors.allowed": []string{"individuals"}}, "employees-excluded-by-scic", true},
		{map[string]any{"legal.vehicle": "scic", "contributors.allowed": []string{}}, "employees-excluded-by-scic", false},
		{map[string]any{"legal.vehicle": "scic", "contributors.allowed": []string{"employees"}}, "employees-excluded-by-scic", false},
		{map[string]any{"legal.vehicle": "association", "contributors.allowed": []string{"individuals"}}, "employees-excluded-by-scic", false},
		{map[string]any{"legal.vehicle": "public-body", "inbound": "cla", "cla.outbound": "fsf-osi"}, "public-steward-free-licence-promise", true},
		{map[string]any{"legal.vehicle": "public-body", "inbound": "assignment", "cla.outbound": "fsf-osi"}, "public-steward-free-licence-promise", true},
		{map[string]any{"legal.vehicle": "public-body", "inbound": "cla", "cla.outbound": "listed"}, "public-steward-free-licence-promise", false},
		{map[string]any{"legal.vehicle": "public-body", "inbound": "cla", "cla.outbound": "fsf-osi", "privacy.establishment": "BE"}, "public-steward-free-licence-promise", false},
		{map[string]any{"legal.vehicle": "association", "inbound": "cla", "cla.outbound": "fsf-osi"}, "public-steward-free-licence-promise", false},
	} {
		if got := slices.Contains(rulesBroken(t, c.set), c.rule); got != c.want {
			t.Errorf("%v: %s broken=%v", c.set, c.rule, got)
		}
	}
}

// A French public body that receives the rights promises only the
// licences it may use (CRPA D. 323-2-1 or homologated), decided by its
// competent organ, whatever it promises: any free licence (also in the
// summary), the listed licences with their later versions and compatible
// licences, or the current licence with combined works; on every route
// that makes a promise, in both languages; nothing of it for anyone else.
func TestPublicStewardPromisesOnlyLicencesItMayUse(t *testing.T) {
	for _, vehicle := range []string{"public-body", "association"} {
		for _, estab := range []string{"FR", "BE"} {
			for _, inbound := range []string{"cla", "fla", "assignment"} {
				for _, outbound := range []string{"fsf-osi", "listed", "current"} {
					for _, l := range textfmt.All {
						set := map[string]any{"legal.vehicle": vehicle, "privacy.establishment": estab, "inbound": inbound, "cla.outbound": outbound}
						want := vehicle == "public-body" && estab == "FR"
						what := fmt.Sprintf("%s, %s, %s, %s, %s", vehicle, estab, inbound, outbound, l)
						clause := assembleClause(t, set, l, "cla-outbound-"+outbound)
						if got := strings.Contains(clause, "323-2-1"); got != want {
							t.Errorf("%s: decree list in the promise=%v", what, got)
						}
						organ := map[textfmt.Lang]string{textfmt.EN: "decided by its competent body", textfmt.FR: "décidé par son organe compétent"}[l]
						if got := strings.Contains(clause, organ); got != want {
							t.Errorf("%s: competent organ in the promise=%v", what, got)
						}
						if outbound != "fsf-osi" {
							continue
						}
						limit := map[textfmt.Lang]string{textfmt.EN: "any free licence that the law allows it to use", textfmt.FR: "toute licence libre que le droit lui permet d’employer"}[l]
						if got := strings.Contains(assembleClause(t, set, l, "summary"), limit); got != want {
							t.Errorf("%s: summary limited=%v", what, got)
						}
					}
				}
			}
		}
	}
}

// A conduct sanction of a public body is its administrative decision: it
// is pronounced by its competent authority and notified with the means
// and time limits of appeal (CRPA L. 211-2, CJA R. 421-5), before the
// administrative court for a French body; the policy is amended with the
// consent of its deliberative organ. Not with a charter, whose procedure
// applies, nor for a body that is not public.
func TestPublicBodySanctionsAreAppealable(t *testing.T) {
	for _, c := range []struct {
		vehicle, estab string
		linked         bool
	}{{"public-body", "FR", false}, {"public-body", "BE", false}, {"public-body", "FR", true}, {"association", "FR", false}} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": c.vehicle, "privacy.establishment": c.estab, "project.charter_url": ""}
			get := func(id string) string {
				if c.linked {
					return assembleLinked(t, set, l, id)
				}
				return assembleClause(t, set, l, id)
			}
			what := fmt.Sprintf("%+v, %s", c, l)
			public := c.vehicle == "public-body"
			french := public && c.estab == "FR"
			body := get("conduct-reporting")
			notice := map[textfmt.Lang]string{textfmt.EN: "notified with a statement of the means of appeal and their time limits", textfmt.FR: "notifiée avec l’indication des voies et délais de recours"}[l]
			if got := strings.Contains(body, notice); got != (public && !c.linked) {
				t.Errorf("%s: means of appeal stated=%v: %q", what, got, body)
			}
			court := map[textfmt.Lang]string{textfmt.EN: "competent administrative court within two months", textfmt.FR: "tribunal administratif compétent dans un délai de deux mois"}[l]
			if got := strings.Contains(body, court); got != (french && !c.linked) {
				t.Errorf("%s: administrative court named=%v: %q", what, got, body)
			}
			law := map[textfmt.Lang]string{textfmt.EN: "fall to the administrative courts", textfmt.FR: "relèvent de la juridiction administrative"}[l]
			if got := strings.Contains(get("general-law"), law); got != french {
				t.Errorf("%s: administrative courts in the governing law clause=%v", what, got)
			}
			if c.linked {
				organ := map[textfmt.Lang]string{textfmt.EN: "by a decision of the deliberative body of the Legal Entity", textfmt.FR: "par une décision de l’organe délibérant de la Structure porteuse"}[l]
				if got := strings.Contains(get("general-changes"), organ); got != public {
					t.Errorf("%s: organ named for changes to the legal terms=%v", what, got)
				}
				continue
			}
			organ := map[textfmt.Lang]string{textfmt.EN: "given by its deliberative body", textfmt.FR: "donné par son organe délibérant"}[l]
			if got := strings.Contains(get("general-changes"), organ); got != public {
				t.Errorf("%s: organ named for changes=%v", what, got)
			}
		}
	}
}

// The conduct committee of a linked charter decides sanctions, but only
// proposes what the charter reserves to another organ: a restriction of
// access or of exchanges to the public body that carries the commons,
// the loss of membership to the organ that the statutes of an
// association or a SCIC designate.
// With a charter named by address, the reservation is stated generally.
func TestConductCommitteeProposesWhatTheCharterReserves(t *testing.T) {
	public := map[textfmt.Lang]string{textfmt.EN: "or proposes to the Legal Entity, which alone imposes them, those that restrict a person’s access", textfmt.FR: "ou propose à la Structure porteuse, qui seule les prononce, celles qui restreignent l’accès d’une personne"}
	member := map[textfmt.Lang]string{textfmt.EN: "or proposes those that would entail the loss of membership", textfmt.FR: "ou propose celles qui emporteraient la perte de la qualité de membre"}
	general := map[textfmt.Lang]string{textfmt.EN: "where the Charter reserves their pronouncement to another body", textfmt.FR: "lorsque la Charte en réserve le prononcé à un autre organe"}
	for _, vehicle := range []string{"public-body", "association", "scic", "fiscal-host", "none"} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": vehicle, "privacy.establishment": "FR", "project.charter_url": ""}
			if vehicle == "none" {
				set["legal.entity_name"] = ""
			}
			body := assembleLinked(t, set, l, "conduct-reporting")
			if got := strings.Contains(body, public[l]); got != (vehicle == "public-body") {
				t.Errorf("%s, %s: exclusion proposed to the public body=%v", vehicle, l, got)
			}
			if got := strings.Contains(body, member[l]); got != (vehicle == "association" || vehicle == "scic") {
				t.Errorf("%s, %s: loss of membership proposed to the statutory organ=%v", vehicle, l, got)
			}
			set["project.charter_url"] = "https://example.org/charter"
			if body := assembleClause(t, set, l, "conduct-reporting"); !strings.Contains(body, general[l]) {
				t.Errorf("%s, %s: charter by address: reserved sanctions not proposed: %q", vehicle, l, body)
			}
		}
	}
}

// Under a "current licences" promise, an "or later" identifier carries
// its choice of later versions; with no such licence, the sentence is
// left out.
func TestOrLaterIsPartOfTheCurrentLicence(t *testing.T) {
	for _, c := range []struct {
		code, docs string
		want       bool
	}{{"GPL-3.0-or-later", "CC-BY-SA-4.0", true}, {"MIT", "CC-BY-4.0", false}, {"MIT", "GFDL-1.3-or-later", true}} {
		for _, inbound := range []string{"cla", "fla", "assignment"} {
			for _, l := range textfmt.All {
				body := assembleClause(t, map[string]any{"inbound": inbound, "cla.outbound": "current", "project.licence": c.code, "project.docs_licence": c.docs}, l, "cla-outbound-current")
				if got := strings.Contains(body, "-or-later"); got != c.want {
					t.Errorf("%+v, %s, %s: or-later explained=%v: %q", c, inbound, l, got, body)
				}
			}
		}
	}
}

// The manufacturer keeps each security update available for ten years
// or the rest of the support period (CRA art. 13(9)).
func TestManufacturerKeepsUpdatesAvailable(t *testing.T) {
	for _, l := range textfmt.All {
		body := assembleClause(t, map[string]any{"security.cra_manufacturer": true, "legal.vehicle": "scic"}, l, "security-cra-manufacturer")
		want := map[textfmt.Lang]string{textfmt.EN: "Each security update shall remain available for at least ten (10) years after it is issued, or for the remainder of the support period if that is longer (Article 13(9))", textfmt.FR: "Chaque mise à jour de sécurité reste disponible pendant au moins dix (10) ans après sa publication, ou pendant le reste de la période d’assistance si celui-ci est plus long (article 13, paragraphe 9)"}[l]
		if !strings.Contains(strings.ReplaceAll(body, "\u00a0", " "), want) {
			t.Errorf("%s: art. 13(9) missing: %q", l, body)
		}
	}
}

// The English duties of the steward and of the manufacturer under the
// Cyber Resilience Act are written as obligations ("shall"), as the
// French present of obligation reads, never as a mere description.
func TestCRADutiesAreObligationsInEnglish(t *testing.T) {
	for id, duties := range map[string][]string{
		"security-cra":              {"shall cooperate with the market surveillance authorities", "it shall notify actively exploited vulnerabilities"},
		"security-cra-manufacturer": {"It shall handle their vulnerabilities and provide security updates", "shall notify every actively exploited vulnerability", "it shall inform the users concerned", "it shall determine whether it is an important product"},
	} {
		for _, vehicle := range []string{"association", "scic"} {
			set := map[string]any{"security.cra_steward": id == "security-cra", "security.cra_manufacturer": id != "security-cra", "legal.vehicle": vehicle, "contributions.types": []string{"code"}}
			body := strings.ReplaceAll(assembleClause(t, set, textfmt.EN, id), "\u00a0", " ")
			for _, d := range duties {
				if !strings.Contains(body, d) {
					t.Errorf("%s, %s: no %q: %q", id, vehicle, d, body)
				}
			}
			for _, w := range []string{" will ", "it notifies", "It handles", "cooperates with"} {
				if strings.Contains(body, w) {
					t.Errorf("%s, %s: %q describes a duty instead of imposing it", id, vehicle, w)
				}
			}
		}
	}
}

// French names the project as "le projet X", whatever its first letter;
// measurement data are personal until anonymised.
func TestElisionAndMeasurementData(t *testing.T) {
	for name, want := range map[string]string{"Actes ouverts": "contribution du projet Actes ouverts.", "Sentiers": "contribution du projet Sentiers."} {
		if body := assembleClause(t, map[string]any{"project.name": name}, textfmt.FR, "scope-purpose"); !strings.Contains(body, want) {
			t.Errorf("%s: %q", name, body)
		}
	}
	for _, l := range textfmt.All {
		body := assembleClause(t, map[string]any{"contributions.types": []string{"data"}}, l, "contributions-data")
		if !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "aggregated or anonymised", textfmt.FR: "agrégées ou anonymisées"}[l]) {
			t.Errorf("%s: measurement data: %q", l, body)
		}
	}
}

// Under standard contractual clauses, the policy says who concluded them
// (the controller with its processor, or the operator of a shared forge
// for its own transfers) and how to obtain a copy (GDPR, art. 13(1)(f)):
// from the controller, or from the operator of a shared forge.
func TestStandardClausesSayWhoAndWhere(t *testing.T) {
	for _, repo := range []string{"https://gitlab.com/x/y", "https://forge.example.org/x/y"} {
		for _, l := range textfmt.All {
			body := strings.ReplaceAll(assembleClause(t, map[string]any{"privacy.transfer": "scc", "project.repository_url": repo}, l, "personal-data-recipients"), "\u00a0", " ")
			who := map[textfmt.Lang][2]string{textfmt.EN: {"the operator has concluded", "the controller has concluded with it"}, textfmt.FR: {"l’exploitant a conclues", "le responsable du traitement a conclues avec lui"}}[l][1]
			if strings.Contains(repo, "gitlab.com") {
				who = map[textfmt.Lang]string{textfmt.EN: "the operator has concluded", textfmt.FR: "l’exploitant a conclues"}[l]
			}
			copy := map[textfmt.Lang]string{textfmt.EN: "a copy may be obtained by writing to the address given in", textfmt.FR: "une copie peut en être obtenue en écrivant à l’adresse que donne"}[l]
			if strings.Contains(repo, "gitlab.com") {
				// The operator of a shared forge is a separate
				// controller, party to its own clauses.
				who = map[textfmt.Lang]string{textfmt.EN: "the operator has concluded for its own transfers", textfmt.FR: "l’exploitant a conclues pour ses propres transferts"}[l]
				copy = map[textfmt.Lang]string{textfmt.EN: "a copy may be requested from the operator, which is a party to those clauses", textfmt.FR: "une copie peut en être demandée à l’exploitant, qui est partie à ces clauses"}[l]
			}
			if !strings.Contains(body, who) || !strings.Contains(body, copy) {
				t.Errorf("%s, %s: %q", repo, l, body)
			}
		}
	}
}

// The legal person that publishes the specifications gives the patent
// undertaking it asks of contributors, unless it is only a host or the
// charter governs the commons.
func TestPublisherOfSpecificationsBindsItsOwnPatents(t *testing.T) {
	for _, c := range []struct {
		vehicle string
		linked  bool
		want    bool
	}{{"public-body", false, true}, {"association", false, true}, {"fiscal-host", false, false}, {"public-body", true, false}} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": c.vehicle, "project.specifications": true}
			body := assembleClause(t, set, l, "inbound-specifications")
			if c.linked {
				body = assembleLinked(t, set, l, "inbound-specifications")
			}
			own := map[textfmt.Lang]string{textfmt.EN: "The Legal Entity gives the same undertaking", textfmt.FR: "La Structure porteuse prend le même engagement"}[l]
			if got := strings.Contains(body, own); got != c.want {
				t.Errorf("%+v, %s: own undertaking=%v", c, l, got)
			}
		}
	}
}

// An appeal against a public body's maintainer is never heard by one
// person alone.
func TestPublicBodyAppealHeardByTwo(t *testing.T) {
	for _, vehicle := range []string{"public-body", "association"} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"legal.vehicle": vehicle, "project.charter_url": ""}, l, "process-review")
			agent := map[textfmt.Lang]string{textfmt.EN: "if fewer than two of them remain, with an agent of the Legal Entity", textfmt.FR: "moins de deux, avec un agent de la Structure porteuse"}[l]
			if got := strings.Contains(body, agent); got != (vehicle == "public-body") {
				t.Errorf("%s, %s: agent added=%v: %q", vehicle, l, got, body)
			}
		}
	}
}

// Public information contributed as data by an administration under an
// agreement is first published by it under a listed licence (CRPA
// L. 323-2); without data or without an agreement, nothing is said.
func TestPublicInformationDataPublishedFirst(t *testing.T) {
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, types := range [][]string{{"data"}, {"code"}} {
			for _, l := range textfmt.All {
				body := assembleClause(t, map[string]any{"inbound": inbound, "contributions.types": types, "contributors.allowed": []string{"public-agents"}, "governing_law": "FR"}, l, "employer-public-agents")
				want := types[0] == "data" && (inbound == "cla" || inbound == "fla" || inbound == "assignment")
				if got := strings.Contains(body, "L.\u00a0321-1"); got != want {
					t.Errorf("%s, %v, %s: public information named=%v", inbound, types, l, got)
				}
			}
		}
	}
}

// A legal entity that runs the forge itself hosts the repository as
// controller, not as its own processor (GDPR art. 4(8), 28), whatever its
// form and whether the policy names a charter or not; any other operator
// is named after "the operator of the forge", which reads right whatever
// the name, and is the processor of a self-hosted forge.
func TestSelfHostedForgeHasNoProcessor(t *testing.T) {
	processor := map[textfmt.Lang]string{textfmt.EN: "as its processor under a contract that meets Article 28", textfmt.FR: "en qualité de sous-traitant, en vertu d’un contrat conforme à l’article 28"}
	itself := map[textfmt.Lang]string{textfmt.EN: "hosted by the Legal Entity itself, which stores and processes this data as controller", textfmt.FR: "hébergé par la Structure porteuse elle-même, qui conserve et traite ces données en qualité de responsable du traitement"}
	named := map[textfmt.Lang]string{textfmt.EN: "hosted by the operator of the forge, Syndicat mixte Forge publique, which", textfmt.FR: "hébergé par l’exploitant de la forge, Syndicat mixte Forge publique, qui"}
	const name = "Syndicat mixte Forge publique"
	for _, vehicle := range []string{"public-body", "association", "scic", "fiscal-host", "company"} {
		for _, linked := range []bool{false, true} {
			if linked && vehicle == "company" {
				continue
			}
			for _, operator := range []string{name, "Hébergeur SAS"} {
				for _, l := range textfmt.All {
					set := map[string]any{"legal.vehicle": vehicle, "legal.entity_name": name, "steward.name": name, "privacy.forge_operator": operator, "project.repository_url": "https://forge.example.org/x/y", "privacy.transfer": "eea"}
					get := assembleClause
					if linked {
						get = assembleLinked
					}
					body := strings.ReplaceAll(get(t, set, l, "personal-data-recipients"), "\u00a0", " ")
					self := operator == name
					what := fmt.Sprintf("%s, linked %v, %s, %s", vehicle, linked, operator, l)
					if got := strings.Contains(body, itself[l]); got != self {
						t.Errorf("%s: hosted by the entity itself=%v: %q", what, got, body)
					}
					if got := strings.Contains(body, processor[l]); got == self {
						t.Errorf("%s: operator named processor=%v: %q", what, got, body)
					}
					set["legal.entity_name"], set["steward.name"] = "Association Autre", "Association Autre"
					body = strings.ReplaceAll(get(t, set, l, "personal-data-recipients"), "\u00a0", " ")
					if operator == name && !strings.Contains(body, named[l]) {
						t.Errorf("%s: another operator named without its article: %q", what, body)
					}
				}
			}
		}
	}
}

// The contributions credited like code are those the policy welcomes:
// a policy that does not welcome reviews, bug reports or help to users
// does not credit them; with no type ticked, every kind is named.
func TestRecognitionNamesOnlyWelcomedKinds(t *testing.T) {
	review := map[textfmt.Lang]string{textfmt.EN: "reviews", textfmt.FR: "la relecture"}
	support := map[textfmt.Lang]string{textfmt.EN: "help to users", textfmt.FR: "l’aide aux usagers"}
	translation := map[textfmt.Lang]string{textfmt.EN: "translations", textfmt.FR: "les traductions"}
	lead := map[textfmt.Lang]string{textfmt.EN: "Contributions other than code, such as", textfmt.FR: "Les Contributions autres que le code, telles que"}
	for _, c := range []struct {
		types                        []string
		review, support, translation bool
	}{
		{[]string{"code", "translation", "design", "data", "outreach", "funding"}, false, false, true},
		{[]string{}, true, true, true},
		{[]string{"code", "review", "support"}, true, true, false},
		{[]string{"code", "funding"}, false, false, false},
	} {
		for _, l := range textfmt.All {
			body := strings.ReplaceAll(assembleClause(t, map[string]any{"contributions.types": c.types}, l, "recognition-all"), "\u00a0", " ")
			for _, k := range []struct {
				words map[textfmt.Lang]string
				want  bool
			}{{review, c.review}, {support, c.support}, {translation, c.translation}} {
				if got := strings.Contains(body, k.words[l]); got != k.want {
					t.Errorf("%v, %s: %q credited=%v: %q", c.types, l, k.words[l], got, body)
				}
			}
			if got := strings.Contains(body, lead[l]); got != (c.review || c.translation) {
				t.Errorf("%v, %s: other contributions named=%v: %q", c.types, l, got, body)
			}
		}
	}
}

// The data of natural persons who trade in their own name are personal
// data, contributed only with their agreement or when the law made them
// public; a French public body publishes them unanonymised only within
// CRPA L. 312-1-2, whether the policy names its charter or not.
func TestTradersDataArePersonal(t *testing.T) {
	traders := map[textfmt.Lang]string{textfmt.EN: "natural persons who trade in their own name", textfmt.FR: "personnes physiques qui exercent une activité professionnelle en leur nom propre"}
	for _, vehicle := range []string{"public-body", "association", "scic"} {
		for _, estab := range []string{"FR", "BE"} {
			for _, linked := range []bool{false, true} {
				for _, l := range textfmt.All {
					set := map[string]any{"legal.vehicle": vehicle, "privacy.establishment": estab, "contributions.types": []string{"code", "data"}}
					get := assembleClause
					if linked {
						get = assembleLinked
					}
					body := strings.ReplaceAll(get(t, set, l, "contributions-data"), "\u00a0", " ")
					what := fmt.Sprintf("%s, %s, linked %v, %s", vehicle, estab, linked, l)
					if !strings.Contains(body, traders[l]) {
						t.Errorf("%s: traders' data not named personal: %q", what, body)
					}
					if got := strings.Contains(body, "L. 312-1-2"); got != (vehicle == "public-body" && estab == "FR") {
						t.Errorf("%s: public body's publication limit=%v", what, got)
					}
					// Data published by a person entitled to do so, on terms
					// that allow their reuse, are admitted as the charter
					// admits them (the charter's own conditions: see
					// TestSoleTradersDataInAlternativeCases).
					if !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "a person entitled to publish them", textfmt.FR: "une personne autorisée à les publier"}[l]) {
						t.Errorf("%s: authorised publications not admitted: %q", what, body)
					}
				}
			}
		}
	}
}

// A steward under the Cyber Resilience Act is told that selling support
// beyond its costs makes it the manufacturer of the product so supplied
// (Regulation (EU) 2024/2847, art. 3(13), 3(14), recital 15), as the
// linked charter provides, and says so each year; it reports only to the
// extent of its involvement in development (art. 24(3)); for every legal
// form that can be a steward.
func TestStewardThatSellsBecomesManufacturer(t *testing.T) {
	maker := map[textfmt.Lang]string{textfmt.EN: "beyond the recovery of its actual costs, it is the manufacturer of that product", textfmt.FR: "au-delà du recouvrement de ses coûts réels, elle est le fabricant de ce produit"}
	charter := map[textfmt.Lang]string{textfmt.EN: "as the Charter provides", textfmt.FR: "comme le prévoit la Charte"}
	extent := map[textfmt.Lang]string{textfmt.EN: "to the extent that it is involved in the development", textfmt.FR: "dans la mesure où elle participe au développement"}
	yearly := map[textfmt.Lang]string{textfmt.EN: "Each year, together with the `SECURITY.md` file, it shall publish a statement", textfmt.FR: "Elle publie chaque année, avec le fichier `SECURITY.md`, une déclaration"}
	// A medical device falls outside the Regulation (art. 2(2)(a)): where
	// the Project has hardware, the steward's article says so, and the
	// checklist reviews a power-supply change against the Medical Devices
	// Regulation too; without hardware, neither speaks of it.
	mdr := map[textfmt.Lang]string{textfmt.EN: "This article does not apply to a product that falls under Regulation (EU) 2017/745 on medical devices", textfmt.FR: "Le présent article ne s’applique pas à un produit qui relève du règlement (UE) 2017/745 relatif aux dispositifs médicaux"}
	checklist := map[textfmt.Lang]string{textfmt.EN: "and, if the product is a medical device, Regulation (EU) 2017/745", textfmt.FR: "et, si le produit est un dispositif médical, du règlement (UE) 2017/745"}
	for _, vehicle := range []string{"public-body", "association", "scic", "fiscal-host"} {
		for _, linked := range []bool{false, true} {
			for _, l := range textfmt.All {
				hw := vehicle != "public-body"
				set := map[string]any{"legal.vehicle": vehicle, "security.cra_steward": true, "security.cra_manufacturer": false, "contributions.types": []string{"code", "hardware"}, "project.charter_url": "", "project.hardware": hw, "contributors.sensitive_participants": true}
				get := assembleClause
				if linked {
					get = assembleLinked
				}
				body := strings.ReplaceAll(get(t, set, l, "security-cra"), "\u00a0", " ")
				what := fmt.Sprintf("%s, linked %v, %s", vehicle, linked, l)
				if got := strings.Contains(body, mdr[l]); got != hw {
					t.Errorf("%s, hardware %v: medical devices set apart=%v: %q", what, hw, got, body)
				}
				if got := strings.Contains(strings.ReplaceAll(get(t, set, l, "annex-checklist"), "\u00a0", " "), checklist[l]); got != hw {
					t.Errorf("%s, hardware %v: checklist names the Medical Devices Regulation=%v", what, hw, got)
				}
				if !strings.Contains(body, maker[l]) {
					t.Errorf("%s: paid support does not make the steward a manufacturer: %q", what, body)
				}
				if got := strings.Contains(body, charter[l]); got != linked {
					t.Errorf("%s: charter invoked=%v", what, got)
				}
				if !strings.Contains(body, extent[l]) || !strings.Contains(body, yearly[l]) {
					t.Errorf("%s: the steward's duties are not limited to its involvement, or no yearly statement: %q", what, body)
				}
			}
		}
	}
}

// A French public body owes accessible interfaces (law 2005-102, art.
// 47): its checklist asks that a change to the interface comply with the
// RGAA when the policy welcomes code or design; nobody else's does.
func TestPublicBodyChecklistAsksForAccessibility(t *testing.T) {
	for _, vehicle := range []string{"public-body", "association"} {
		for _, estab := range []string{"FR", "BE"} {
			for _, types := range [][]string{{"code"}, {"design"}, {"data"}, {}} {
				for _, linked := range []bool{false, true} {
					for _, l := range textfmt.All {
						set := map[string]any{"legal.vehicle": vehicle, "privacy.establishment": estab, "contributions.types": types}
						get := assembleClause
						if linked {
							get = assembleLinked
						}
						want := vehicle == "public-body" && estab == "FR" && (len(types) == 0 || types[0] != "data")
						if got := strings.Contains(get(t, set, l, "annex-checklist"), "(RGAA)"); got != want {
							t.Errorf("%s, %s, %v, linked %v, %s: RGAA in the checklist=%v", vehicle, estab, types, linked, l, got)
						}
					}
				}
			}
		}
	}
}

// Under an assignment or an exclusive licence, AI allowed still asks the
// contributor to point out the substantial parts a tool produced, which
// may carry no right for the party that defends the rights; not under a
// non-exclusive route.
func TestExclusiveRightsNeedAIPartsPointedOut(t *testing.T) {
	for _, inbound := range []string{"assignment", "fla", "cla", "dco"} {
		for _, l := range textfmt.All {
			set := map[string]any{"ai_contributions": "allow", "inbound": inbound}
			if inbound != "dco" {
				set["steward.name"] = "Fondation Tierce"
			}
			body := assembleClause(t, set, l, "ai-allow")
			want := inbound == "assignment" || inbound == "fla"
			p := map[textfmt.Lang]string{textfmt.EN: "you shall point out in your", textfmt.FR: "vous signalez dans votre"}[l]
			if strings.Contains(body, p) != want {
				t.Errorf("%s, %s: substantial AI parts required=%v: %q", inbound, l, !want, body)
			}
		}
	}
}

// A controller established in Switzerland is governed by the Swiss
// Federal Act on Data Protection, the GDPR applying only under its
// Article 3(2): the clauses name both, give the Swiss rights and the
// FDPIC first, and a transfer to the United States rests on the Swiss–US
// Data Privacy Framework. A controller established in the Union keeps
// the GDPR alone.
func TestSwissControllerUnderTheFADP(t *testing.T) {
	for _, estab := range []string{"CH", "FR"} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": "company", "privacy.establishment": estab, "governing_law": estab, "privacy.transfer": "adequacy", "privacy.transfer_country": "us", "inbound": "cla", "steward.name": "Fondation Tierce", "project.repository_url": "https://forge.lacustre.example/lacustre", "privacy.forge_operator": "Hébergeur SA"}
			swiss := estab == "CH"
			for id, ps := range map[string]map[textfmt.Lang][]string{
				"personal-data-controller": {textfmt.EN: {"Federal Act on Data Protection of 25 September 2020", "Article 3(2)", "Article 31(1) of the FADP"}, textfmt.FR: {"loi fédérale suisse du 25 septembre 2020 sur la protection des données", "article 3, paragraphe 2", "article 31, alinéa 1, de la LPD"}},
				"personal-data-recipients": {textfmt.EN: {"Swiss–US Data Privacy Framework", "Article 9 of the FADP"}, textfmt.FR: {"cadre de protection des données Suisse–États-Unis", "article 9 de la LPD"}},
				"personal-data-rights":     {textfmt.EN: {"thirty (30) days", "FADP, Article 49"}, textfmt.FR: {"trente (30) jours", "LPD, article 49"}},
			} {
				body := strings.ReplaceAll(assembleClause(t, set, l, id), "\u00a0", " ")
				for _, p := range ps[l] {
					if strings.Contains(body, strings.ReplaceAll(textfmt.Typeset(l, p), "\u00a0", " ")) != swiss {
						t.Errorf("%s, %s, %s: %q present=%v: %q", estab, id, l, p, !swiss, body)
					}
				}
			}
		}
	}
}

// Signed agreements are kept for the proof of the rights only: identity,
// date, version and statements; the contact details are erased five years
// after the last Contribution (GDPR, art. 5(1)(c) and (e)).
func TestAgreementsKeptOnlyForProof(t *testing.T) {
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"inbound": inbound, "steward.name": "Fondation Tierce"}, l, "personal-data-agreements")
			for _, p := range map[textfmt.Lang][]string{
				textfmt.EN: {"only the data needed to prove the rights", "Your contact details are erased five (5) years after your last Contribution"},
				textfmt.FR: {"les seules données nécessaires à la preuve des droits", "Vos coordonnées sont effacées cinq (5) ans après votre dernière Contribution"},
			}[l] {
				if !strings.Contains(strings.ReplaceAll(body, "\u00a0", " "), strings.ReplaceAll(textfmt.Typeset(l, p), "\u00a0", " ")) {
					t.Errorf("%s, %s: %q missing: %q", inbound, l, p, body)
				}
			}
		}
	}
}

// Under a contributor licence agreement with a commitment on licences,
// the commitment follows the licences to whoever takes them over, by a
// transfer or by a merger (in Switzerland, Merger Act, art. 22, 52 and
// 73); without
// a commitment there is nothing to carry over. Under exclusive rights, a
// dissolution passes them to the beneficiary the Charter designates.
func TestCommitmentFollowsTheLicences(t *testing.T) {
	for _, outbound := range []string{"listed", "fsf-osi", "none"} {
		for _, law := range []string{"FR", "CH", "DE"} {
			for _, l := range textfmt.All {
				body := assembleClause(t, map[string]any{"inbound": "cla", "cla.outbound": outbound, "governing_law": law, "steward.name": "Lacustre SA"}, l, "inbound-cla")
				succession := map[textfmt.Lang]string{textfmt.EN: "**Transfer and succession.**", textfmt.FR: "**Transmission et succession.**"}[l]
				if got := strings.Contains(body, succession); got != (outbound != "none") {
					t.Errorf("%s, %s, %s: succession clause=%v: %q", outbound, law, l, got, body)
				}
				merger := map[textfmt.Lang]string{textfmt.EN: "Merger Act, Articles 22, 52 and 73", textfmt.FR: "fusion, articles\u00a022, 52 et 73"}[l]
				if got := strings.Contains(body, merger); got != (outbound != "none" && law == "CH") {
					t.Errorf("%s, %s, %s: Swiss Merger Act cited=%v", outbound, law, l, got)
				}
			}
		}
	}
}

// On the dissolution of a steward that holds exclusive rights, they pass
// to the person that the devolution rule of the steward's own legal form
// designates, never to the beneficiary of the commons' dissolution: a
// host passes them under the charter's hosting-agreement clause, an
// endowment fund only to another fund or a foundation recognised as being
// of public utility (Law no. 2008-776, art. 140), an association or a
// cooperative that runs the commons under the charter's devolution
// clause, and any other steward, or one without a linked charter, under
// its statutes and its law. A public body is succeeded, not dissolved.
// The rights revert to the contributors failing such a transfer.
func TestStewardDissolutionFollowsItsOwnForm(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	const fund, assoc = "Fonds de dotation pour les communs", "Association Sentiers"
	statutes := [2]string{"to the person to which its net assets devolve under its statutes and the law that governs it, if that person is one of those just listed", "à la personne à laquelle son actif net est dévolu conformément à ses statuts et à la loi qui le régit, si elle est l’une de celles qui viennent d’être énumérées"}
	article140 := [2]string{"which under Article 140 of French Law No. 2008-776 of 4 August 2008 can only be another endowment fund or a foundation recognised as being of public utility", "qui ne peut être, en vertu de l’article\u00a0140 de la loi n°\u00a02008-776 du 4 août 2008, qu’un autre fonds de dotation ou une fondation reconnue d’utilité publique"}
	reversion := [2]string{"If it is dissolved without such a transfer, those rights revert to you.", "S’il est dissous sans qu’une telle transmission ait eu lieu, ces droits vous font retour."}
	for _, c := range []struct {
		name    string
		set     map[string]any
		charter map[string]any // nil: a policy without a linked charter
		cites   string         // the clause of the charter cited, if any
		want    [][2]string
	}{
		{"linked fund", map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": fund, "steward.name": fund},
			map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": fund}, "legal-fiscal-host",
			[][2]string{{"to the person to which it transfers, under ", "à la personne à laquelle il transfère, en application de l’"}, article140}},
		{"linked host", map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.entity_name": assoc, "steward.name": assoc},
			map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.entity_name": assoc}, "legal-fiscal-host",
			[][2]string{{"the assets that it holds for the Project, if that person is one of those just listed", "les biens qu’il détient pour le Projet, si elle est l’une de celles qui viennent d’être énumérées"}}},
		{"linked association", map[string]any{"legal.vehicle": "association", "legal.entity_name": assoc, "steward.name": assoc},
			map[string]any{"legal.vehicle": "association", "legal.entity_name": assoc, "exit.devolution": "foundation"}, "exit-devolution-foundation",
			[][2]string{{"to the person to which its assets devolve under ", "à la personne à laquelle son actif est dévolu en application de l’"}}},
		{"linked cooperative", map[string]any{"legal.vehicle": "scic", "legal.company_form": "sas", "legal.entity_name": "Sentiers SCIC SAS", "steward.name": "Sentiers SCIC SAS"},
			map[string]any{"legal.vehicle": "scic", "legal.company_form": "sas", "legal.entity_name": "Sentiers SCIC SAS", "exit.devolution": "commons"}, "exit-devolution-commons",
			[][2]string{{"to the person to which its assets devolve under ", "à la personne à laquelle son actif est dévolu en application de l’"}}},
		{"linked, another steward", map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": fund, "steward.name": "Fondation Tierce"},
			map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": fund}, "", [][2]string{statutes}},
		{"standalone fund", map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": fund, "steward.name": fund},
			nil, "", [][2]string{{"to the person to which its net assets are transferred at the end of its liquidation", "à la personne à laquelle son actif net est transféré à l’issue de sa liquidation"}, article140}},
		{"standalone association", map[string]any{"legal.vehicle": "association", "legal.entity_name": assoc, "steward.name": assoc}, nil, "", [][2]string{statutes}},
		// A company passes the rights to its successors; they revert only
		// on a dissolution without one (company-transfer).
		{"standalone company", map[string]any{"legal.vehicle": "company", "legal.entity_name": "Sentiers SAS", "steward.name": "Sentiers SAS"}, nil, "", [][2]string{{"If it is dissolved without those rights having been so transferred, in particular at the end of its liquidation, they revert to you", "S’il est dissous sans que ces droits aient été ainsi transmis, notamment à l’issue de sa liquidation, ils vous font retour"}}},
	} {
		for _, inbound := range []string{"fla", "assignment"} {
			for li, l := range textfmt.All {
				vals := k.Examples()
				set := map[string]any{"inbound": inbound, "governing_law": "FR", "privacy.establishment": "FR", "project.charter_url": ""}
				for key, v := range c.set {
					set[key] = v
				}
				want := append([][2]string{reversion}, c.want...)
				if c.set["legal.vehicle"] == "company" {
					want = c.want
				}
				if c.charter != nil {
					vals = linkedExamples(k)
					cv := ch.Examples()
					for key, v := range c.charter {
						cv[key] = v
					}
					vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
					if c.cites != "" {
						doc, err := ch.Assemble(cv, l, Preview)
						if err != nil {
							t.Fatal(err)
						}
						clause, ok := doc.Clause(c.cites)
						if !ok {
							t.Fatalf("%s: the charter has no clause %s", c.name, c.cites)
						}
						label := clause.Label(l)
						want = append(want, [2]string{label + " of the Charter", "l’" + label + " de la Charte"})
					}
				}
				body := clauseWith(t, k, vals, set, l, "inbound-"+inbound)
				for _, p := range want {
					if !strings.Contains(body, p[li]) {
						t.Errorf("%s, %s, %s: no %q: %q", c.name, inbound, l, p[li], body)
					}
				}
				for _, wrong := range []string{"designates for the devolution of its assets", "pour la dévolution de son actif"} {
					if strings.Contains(body, wrong) {
						t.Errorf("%s, %s, %s: the rights follow the commons' dissolution: %q", c.name, inbound, l, body)
					}
				}
			}
		}
	}
	for li, l := range textfmt.All {
		body := assembleClause(t, map[string]any{"inbound": "fla", "legal.vehicle": "public-body", "legal.entity_name": "Ville de Lyon", "steward.name": "Ville de Lyon"}, l, "inbound-fla")
		if strings.Contains(body, [2]string{"on the dissolution of", "en cas de dissolution"}[li]) || !strings.Contains(body, [2]string{"to the public body that succeeds it", "à la personne publique qui lui succède"}[li]) {
			t.Errorf("public body, %s: dissolution rather than succession: %q", l, body)
		}
	}
}

// A linked policy that refuses public agents is warned, since a charter
// that admits public or research bodies, or anyone, or is run by a public
// body, says their agents may contribute; so is one whose charter cannot
// be read. Not when agents are welcome, all are, the policy has no
// charter, or the charter's classes of members admit no public body.
func TestPublicAgentsRefusedAgainstTheCharterWarned(t *testing.T) {
	refuse := []string{"individuals", "employees", "contractors"}
	for _, c := range []struct {
		allowed []string
		linked  bool
		charter map[string]any // nil: the charter is not read
		want    bool
	}{
		{refuse, true, nil, true},
		{[]string{"individuals", "public-agents"}, true, nil, false},
		{[]string{}, true, nil, false},
		{[]string{"individuals", "employees"}, false, nil, false},
		{refuse, true, map[string]any{"membership.classes": []string{"individuals", "non-profits", "companies"}}, false},
		{refuse, true, map[string]any{"membership.classes": []string{"individuals", "research"}}, true},
		{refuse, true, map[string]any{"membership.classes": []string{"individuals", "public-bodies"}}, true},
		{refuse, true, map[string]any{"membership.classes": []string{}}, true},
		{refuse, true, map[string]any{"membership.classes": []string{"individuals"}, "legal.vehicle": "public-body"}, true},
	} {
		k, _ := Lookup("contribution")
		ch, _ := Lookup("charter")
		vals := k.Examples()
		vals["contributors.allowed"] = c.allowed
		if c.linked {
			vals.SetCharter("charter.yaml")
		}
		if c.charter != nil {
			cv := ch.Examples()
			cv["legal.vehicle"] = "association"
			for key, v := range c.charter {
				cv[key] = v
			}
			vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
		}
		var got bool
		for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
			got = got || p.Rule != nil && p.Rule.ID == "public-agents-excluded-against-charter"
		}
		if got != c.want {
			t.Errorf("%v, linked %v, charter %v: warned=%v", c.allowed, c.linked, c.charter, got)
		}
	}
}

// A steward not named is the legal person that runs the project: the
// answers are complete, and the agreement is made with that person.
// Without a legal person, the steward must still be named.
func TestStewardDefaultsToTheLegalEntity(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, entity := range []string{"Partitions ouvertes ASBL", ""} {
			vals := k.Examples()
			vals["inbound"] = inbound
			delete(vals, "steward.name")
			if entity == "" {
				delete(vals, "legal.entity_name")
				vals["legal.vehicle"] = "none"
			} else {
				vals["legal.entity_name"] = entity
			}
			resolved := k.Questionnaire.Resolve(vals)
			missing := false
			for _, p := range k.Questionnaire.Missing(resolved) {
				missing = missing || p.Key == "steward.name"
			}
			if missing != (entity == "") {
				t.Errorf("%s, entity %q: steward missing=%v", inbound, entity, missing)
			}
			if entity != "" && resolved["steward.name"] != entity {
				t.Errorf("%s: steward %v, want the legal entity", inbound, resolved["steward.name"])
			}
		}
	}
}

// A Belgian ASBL that holds the rights passes them, on its dissolution,
// to the person its general meeting allocates the assets to, which a
// charter cannot bind; other stewards follow their statutes.
// Under the FLA, the author is told before proceedings, may join them,
// and the authority ends with the reversion of the rights; the author may
// revoke it on the same terms, so that it does not outlive their trust.
func TestBelgianASBLDevolutionFollowsTheGeneralMeeting(t *testing.T) {
	meeting := [2]string{"the person to which the general meeting allocates the assets", "la personne à laquelle l’assemblée générale affecte l’actif"}
	charter := [2]string{"the person to which its net assets devolve under its statutes", "la personne à laquelle son actif net est dévolu conformément à ses statuts"}
	mandate := [2]string{"It shall inform you before bringing proceedings, which you may join", "Il vous en informe avant d’engager l’action, à laquelle vous pouvez vous joindre"}
	revocable := [2]string{"You may also revoke it on the same terms: where the Licensee breaks its commitment on licences or the duties of this authority",
		"Vous pouvez aussi le révoquer aux mêmes conditions : lorsque le Licencié manque à son engagement quant aux licences ou aux obligations du présent mandat"}
	for _, inbound := range []string{"fla", "assignment"} {
		for _, estab := range []string{"BE", "FR"} {
			for li, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "legal.vehicle": "association", "legal.entity_name": "Partitions ouvertes ASBL",
					"steward.name": "Partitions ouvertes ASBL", "privacy.establishment": estab, "governing_law": estab, "project.charter_url": "https://example.org/charte"}
				body := assembleClause(t, set, l, "inbound-"+inbound)
				be := estab == "BE"
				if strings.Contains(body, meeting[li]) != be || strings.Contains(body, charter[li]) == be {
					t.Errorf("%s, %s, %s: devolution does not follow the %s: %q", inbound, estab, l, map[bool]string{true: "general meeting", false: "charter"}[be], body)
				}
				if got := strings.Contains(body, mandate[li]); got != (inbound == "fla") {
					t.Errorf("%s, %s, %s: mandate's terms printed=%v", inbound, estab, l, got)
				}
				if got := strings.Contains(body, textfmt.Typeset(l, revocable[li])); got != (inbound == "fla") {
					t.Errorf("%s, %s, %s: mandate's revocation printed=%v: %q", inbound, estab, l, got, body)
				}
			}
		}
	}
}

// The answers of the charter that the policy's rules read are questions
// of the charter, tested against its own options (or true and false, for
// a yes/no question).
func TestRulesReadAnswersOfTheCharter(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	read := 0
	for _, r := range k.Questionnaire.Rules {
		for _, tests := range []map[string]*questionnaire.Test{r.When, r.Unless} {
			for key, test := range tests {
				key, ok := strings.CutPrefix(key, questionnaire.CharterPrefix)
				if !ok {
					continue
				}
				read++
				qq, ok := ch.Questionnaire.Question(key)
				if !ok {
					t.Fatalf("rule %s: the charter has no question %s", r.ID, key)
				}
				for _, v := range append(slices.Clone(test.In), test.Not...) {
					if qq.Type == questionnaire.TypeBool && (v == "true" || v == "false") {
						continue
					}
					if _, ok := qq.Option(v); !ok {
						t.Errorf("rule %s: %s is not an option of the charter's %s", r.ID, v, key)
					}
				}
			}
		}
	}
	if read == 0 {
		t.Fatal("no rule reads the charter")
	}
}

// Signing commits publishes the signing key or certificate, which may
// bear the civil name; without signed commits the list reads as before.
func TestSigningKeysArePublic(t *testing.T) {
	for _, signed := range []bool{false, true} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"process.signed_commits": signed}, l, "personal-data-public")
			key := map[textfmt.Lang]string{textfmt.EN: "the public key or certificate", textfmt.FR: "la clé publique ou le certificat"}[l]
			if strings.Contains(body, key) != signed {
				t.Errorf("signed %v, %s: signing key named=%v: %q", signed, l, !signed, body)
			}
			account := map[textfmt.Lang]string{textfmt.EN: ", your account name", textfmt.FR: ", votre nom de compte"}[l]
			if !strings.Contains(body, account) {
				t.Errorf("signed %v, %s: the list lost its comma: %q", signed, l, body)
			}
		}
	}
}

// The Legal Entity is identified by its registered office and its
// registration number when the answers give them, for every legal form;
// without them the definition is unchanged.
func TestLegalEntityIdentifiedBySeatAndNumber(t *testing.T) {
	for _, vehicle := range []string{"association", "company", "scic", "fiscal-host", "public-body"} {
		for _, given := range []bool{false, true} {
			for _, l := range textfmt.All {
				set := map[string]any{"legal.vehicle": vehicle}
				if given {
					set["legal.seat"], set["legal.registration"] = "Lausanne (Suisse)", "CHE-123.456.789"
				}
				body := assembleClause(t, set, l, "scope-definitions")
				for _, p := range []string{"Lausanne (Suisse)", "CHE-123.456.789"} {
					if strings.Contains(body, p) != given {
						t.Errorf("%s, given %v, %s: %q present=%v: %q", vehicle, given, l, p, !given, body)
					}
				}
			}
		}
	}
}

// The Charter is defined by the address of the charter itself when it is
// given, and otherwise, in a policy that names its charter, as the version
// in force that the charter's governance space publishes, where the
// charter says it publishes itself; never by a file the charter does not
// mention.
func TestCharterDefinedByItsOwnAddress(t *testing.T) {
	const url = "https://example.org/charte.pdf"
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	space := ch.Examples()["transparency.url"].(string)
	linked := func(set map[string]any, l textfmt.Lang) string {
		vals := linkedExamples(k)
		vals.SetCharterAnswers(ch.Questionnaire.Resolve(ch.Examples()))
		return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(clauseWith(t, k, vals, set, l, "scope-definitions"))
	}
	for li, l := range textfmt.All {
		given := linked(map[string]any{"project.charter_url": url}, l)
		kept := linked(map[string]any{"project.charter_url": ""}, l)
		published := [2]string{"whose version in force is published, with its earlier versions, in the governance space of the Project at <" + space + ">", "dont la version en vigueur est publiée, avec ses versions antérieures, dans l’espace de gouvernance du Projet, à l’adresse <" + space + ">"}[li]
		prevails := [2]string{"the version published in the governance space of the Project at <" + space + "> prevails over that copy", "la version publiée dans l’espace de gouvernance du Projet, à l’adresse <" + space + ">, prévaut sur cette copie"}[li]
		if !strings.Contains(given, url) || !strings.Contains(given, prevails) || strings.Contains(given, "GOVERNANCE.md") {
			t.Errorf("%s, address given: %q", l, given)
		}
		if !strings.Contains(kept, published) || strings.Contains(kept, "GOVERNANCE.md") {
			t.Errorf("%s, no address: %q", l, kept)
		}
	}
}

// The terms a contributor signs are written in sentences a reader can
// follow: no sentence of the article that sets the agreement's terms, nor
// of its numbered points, runs over sixty words, on any route, for any
// steward, in either language.
func TestAgreementTermsInShortSentences(t *testing.T) {
	sentence := regexp.MustCompile(`[.;:]?\s+`)
	end := regexp.MustCompile(`[.!?]\)?\s+(?:\d+\. )?(?:\*\*[^*]+\*\*\s+)?[A-ZÀ-Ý«“]`)
	heading := regexp.MustCompile(`^\s*(?:\d+\. )?\*\*[^*]+\*\*`)
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, steward := range []map[string]any{
			{},
			{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": "Fonds Sentiers", "steward.name": "Fonds Sentiers", "governing_law": "FR"},
			{"legal.vehicle": "scic", "legal.company_form": "sas", "legal.entity_name": "Sentiers SCIC SAS", "steward.name": "Sentiers SCIC SAS"},
		} {
			set := map[string]any{"inbound": inbound, "contributors.allowed": []string{}, "ai_contributions": "allow", "contributions.types": []string{}}
			for key, v := range steward {
				set[key] = v
			}
			for _, l := range textfmt.All {
				k, _ := Lookup("contribution")
				vals := k.Examples()
				for key, v := range set {
					vals[key] = v
				}
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, _ := doc.Clause("inbound-" + inbound)
				body := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(c.Body, "URL")
				for _, para := range strings.Split(body, "\n") {
					idx := end.FindAllStringIndex(para, -1)
					from := 0
					for _, ix := range append(idx, []int{len(para), len(para)}) {
						s := heading.ReplaceAllString(para[from:ix[0]], "")
						if n := len(sentence.Split(strings.TrimSpace(s), -1)); n > 60 {
							t.Errorf("%s, %v, %s: a sentence of %d words: %q", inbound, steward["legal.vehicle"], l, n, s)
						}
						from = ix[0] + 1
					}
				}
			}
		}
	}
}

// Under the promise of the licences in force at submission, the steward
// may still do what the licence itself lets anyone do, later versions and
// combined works included, but never distribute under a licence that is
// not free: it is never left with less than a licensee. With exclusive
// rights the pair is warned of, since the exclusivity then brings no power
// to change the licences (Civil Code, art. 1171); not with a
// non-exclusive agreement, nor with another promise.
func TestCurrentLicencesPromise(t *testing.T) {
	k, _ := Lookup("contribution")
	later := [2]string{"distribute it under a later version of the licence where the licence so provides", "la diffuser sous une version ultérieure de la licence lorsque celle-ci le prévoit"}
	nonFree := [2]string{"It never distributes the Contribution under a licence that is not free", "Il ne diffuse jamais la Contribution sous une licence qui n’est pas libre"}
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, outbound := range []string{"current", "listed", "fsf-osi"} {
			for li, l := range textfmt.All {
				body := assembleClause(t, map[string]any{"inbound": inbound, "cla.outbound": outbound}, l, "cla-outbound-"+outbound)
				if outbound == "current" && (!strings.Contains(body, later[li]) || !strings.Contains(body, nonFree[li])) {
					t.Errorf("%s, %s: the steward has less than a licensee: %q", inbound, l, body)
				}
			}
			vals := k.Examples()
			vals["inbound"], vals["cla.outbound"] = inbound, outbound
			var warned bool
			for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
				warned = warned || p.Rule != nil && p.Rule.ID == "exclusive-rights-current-licences"
			}
			if want := inbound != "cla" && outbound == "current"; warned != want {
				t.Errorf("%s, %s: warned=%v", inbound, outbound, warned)
			}
		}
	}
}

// A report sent by e-mail can be encrypted with the project's OpenPGP
// key when one is published; without a key or a private form, the
// drafter is told that reports travel in clear.
func TestSecurityReportsCanBeEncrypted(t *testing.T) {
	const key = "https://example.org/securite.asc"
	for li, l := range textfmt.All {
		for _, c := range []struct{ key, form string }{{key, ""}, {"", ""}, {"", "https://example.org/form"}} {
			k, _ := Lookup("contribution")
			doc, err := k.AssembleAnnotated(func() questionnaire.Values {
				v := k.Examples()
				v["security.openpgp_key"], v["security.url"] = c.key, c.form
				return v
			}(), l, Final)
			if err != nil {
				t.Fatal(err)
			}
			clause, _ := doc.Clause("security-reporting")
			encrypt := [2]string{"encrypt your message with the OpenPGP key published at <" + key + ">", "chiffrez votre message avec la clé OpenPGP publiée à l’adresse <" + key + ">"}[li]
			if strings.Contains(clause.Body, encrypt) != (c.key != "") {
				t.Errorf("%s, key %q: encryption offered=%v: %q", l, c.key, c.key == "", clause.Body)
			}
			clear := [2]string{"travels in clear", "circule en clair"}[li]
			if got := strings.Contains(clause.Note.Check, clear); got != (c.key == "" && c.form == "") {
				t.Errorf("%s, key %q, form %q: drafter told of clear reports=%v", l, c.key, c.form, got)
			}
		}
	}
}

// Whoever updates their own data through a form, as a shopkeeper their
// opening hours, is told what they license and that they consent to the
// publication, a consent they may withdraw; a linked policy adds the
// conditions of the charter's article on personal data in the resources.
// Nothing of it where the project welcomes no data.
func TestOwnDataThroughAForm(t *testing.T) {
	k, _ := Lookup("contribution")
	own := [2]string{"If you update through a form of the Project data about yourself", "Si vous mettez à jour par un formulaire du Projet des données qui vous concernent"}
	withdraw := [2]string{"You may withdraw that consent", "Vous pouvez retirer ce consentement"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, types := range [][]string{{"code", "data"}, {"code"}} {
			for li, l := range textfmt.All {
				body := clauseWith(t, k, k.Examples(), map[string]any{"inbound": inbound, "contributions.types": types}, l, "inbound-other-channels")
				data := slices.Contains(types, "data")
				if strings.Contains(body, own[li]) != data || strings.Contains(body, withdraw[li]) != data {
					t.Errorf("%s, %v, %s: own data through a form stated=%v: %q", inbound, types, l, !data, body)
				}
			}
		}
	}
}

// A Belgian public authority that holds its agents' rights makes their
// Contributions available under its rules on the reuse of public-sector
// information, after checking the licences against its open data policy;
// and every policy warns that the edition of a public-domain work may
// carry rights of its own.
func TestBelgianAuthoritiesAndPublicDomainEditions(t *testing.T) {
	reuse := [2]string{"rules on the reuse of public-sector information", "règles sur la réutilisation des informations du secteur public"}
	edition := [2]string{"the edition you take it from may carry rights of its own", "l’édition dont vous la tirez peut avoir ses propres droits"}
	for _, law := range []string{"BE", "FR"} {
		for li, l := range textfmt.All {
			set := map[string]any{"governing_law": law, "privacy.establishment": law, "contributors.allowed": []string{"public-agents"}}
			if body := assembleClause(t, set, l, "employer-public-agents"); strings.Contains(body, reuse[li]) != (law == "BE") {
				t.Errorf("%s, %s: Belgian reuse rules stated=%v: %q", law, l, law != "BE", body)
			}
			if body := assembleClause(t, set, l, "contributions-third-party"); !strings.Contains(body, edition[li]) {
				t.Errorf("%s, %s: public-domain editions not warned of: %q", law, l, body)
			}
		}
	}
}

// A project's name takes no preposition of its own in French, where the
// tool cannot know its article or whether its h is mute: the policy
// names it as "le projet X", which reads right for every name.
func TestProjectNameNeedsNoElision(t *testing.T) {
	for _, name := range []string{"Horaires en commun", "Bibliothèque ouverte des partitions", "Atlas des sentiers"} {
		k, _ := Lookup("contribution")
		doc, err := k.Assemble(func() questionnaire.Values { v := k.Examples(); v["project.name"] = name; return v }(), textfmt.FR, Final)
		if err != nil {
			t.Fatal(err)
		}
		md := string(markdown.Render(doc))
		for _, want := range []string{"Merci de contribuer au projet " + name, "la politique de contribution du projet " + name} {
			if !strings.Contains(md, want) {
				t.Errorf("%s: no %q", name, want)
			}
		}
		for _, bad := range []string{"à " + name, "de " + name, "d’" + name} {
			if strings.Contains(md, bad) {
				t.Errorf("%s: %q", name, bad)
			}
		}
	}
}

// A host that manufactures makes products from the hardware designs as
// well as from the software: the policy covers them, sends them to the
// Assembly's decision the linked charter requires for products, and
// recalls the product safety rules; without hardware, none of it.
func TestManufacturerOfHardwareProducts(t *testing.T) {
	k, _ := Lookup("contribution")
	words := [2][3]string{
		{"derived from the software or the hardware designs of the Project", "and, for a hardware product, Article ", "Regulation (EU) 2023/988"},
		{"issu du logiciel ou des conceptions de matériel du Projet", "et, pour un produit matériel, l’article", "règlement (UE) 2023/988"},
	}
	for _, linked := range []bool{false, true} {
		for _, hw := range []bool{false, true} {
			vals := k.Examples()
			if linked {
				vals = linkedExamples(k)
				ch, _ := Lookup("charter")
				cv := ch.Examples()
				cv["commons.resources"] = []string{"software", "hardware"}
				cv["legal.vehicle"] = "fiscal-host"
				vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
			}
			vals["legal.vehicle"], vals["security.cra_manufacturer"], vals["project.hardware"] = "fiscal-host", true, hw
			for li, l := range textfmt.All {
				body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(clauseWith(t, k, vals, nil, l, "security-cra-manufacturer"))
				for i, p := range words[li] {
					want := hw && (i != 1 || linked)
					if got := strings.Contains(body, p); got != want {
						t.Errorf("linked %v, hardware %v, %s: %q printed=%v: %q", linked, hw, l, p, got, body)
					}
				}
			}
		}
	}
}

// A standalone host refers to its published hosting agreement and, since
// the policy changes only with its consent, says it takes no part in the
// review of Contributions rather than in every decision; a linked host
// refers to the charter's article instead.
func TestStandaloneHostAndItsAgreement(t *testing.T) {
	k, _ := Lookup("contribution")
	words := [2][2]string{
		{"under a hosting agreement published at <https://example.org/agreement>", "but this policy is amended only with its consent"},
		{"en vertu d’une convention d’accueil publiée à l’adresse <https://example.org/agreement>", "mais la présente politique n’est modifiée qu’avec son accord"},
	}
	for _, linked := range []bool{false, true} {
		vals := k.Examples()
		if linked {
			vals = linkedExamples(k)
		}
		vals["legal.vehicle"], vals["legal.entity_name"] = "fiscal-host", "Fondation Sentiers"
		if !linked {
			vals["legal.agreement_url"], vals["project.charter_url"] = "https://example.org/agreement", ""
		}
		for li, l := range textfmt.All {
			body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(clauseWith(t, k, vals, nil, l, "scope-definitions"))
			for _, p := range words[li] {
				if got := strings.Contains(body, p); got == linked {
					t.Errorf("linked %v, %s: %q printed=%v: %q", linked, l, p, got, body)
				}
			}
		}
	}
}

// The validator warns when a linked policy refuses employees although the
// charter admits organisations as members, when a company has no
// registration or no role under the Cyber Resilience Act, when a host is
// named as a company, and when a standalone host's agreement is unpublished.
func TestCompanyAndHostWarnings(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	for _, c := range []struct {
		set     map[string]any
		classes []string
		rule    string
		broken  bool
	}{
		{map[string]any{"contributors.allowed": []string{"individuals", "contractors", "public-agents"}}, []string{"individuals", "companies"}, "employees-excluded-against-charter", true},
		{map[string]any{"contributors.allowed": []string{"individuals", "contractors", "public-agents"}}, []string{"individuals", "public-bodies"}, "employees-excluded-against-charter", false},
		{map[string]any{"contributors.allowed": []string{}}, []string{"companies"}, "employees-excluded-against-charter", false},
		{map[string]any{"legal.vehicle": "company", "legal.entity_name": "Relevés SAS", "legal.registration": ""}, nil, "company-without-registration", true},
		{map[string]any{"legal.vehicle": "company", "legal.entity_name": "Relevés SAS", "legal.registration": "RCS Lyon 123 456 789"}, nil, "company-without-registration", false},
		{map[string]any{"legal.vehicle": "fiscal-host", "legal.entity_name": "Tiers-lieu du Rhône SCOP SAS"}, nil, "host-named-as-a-company", true},
		{map[string]any{"legal.vehicle": "fiscal-host", "legal.entity_name": "Fondation Sentiers"}, nil, "host-named-as-a-company", false},
		{map[string]any{"legal.vehicle": "scic", "legal.entity_name": "Relevés SCIC", "security.cra_steward": false, "security.cra_manufacturer": false}, nil, "company-without-cra-role", true},
		{map[string]any{"legal.vehicle": "scic", "legal.entity_name": "Relevés SCIC", "security.cra_steward": false, "security.cra_manufacturer": true}, nil, "company-without-cra-role", false},
		{map[string]any{"legal.vehicle": "fiscal-host", "legal.entity_name": "Fondation Sentiers", "legal.agreement_url": "", "project.charter_url": ""}, nil, "host-agreement-not-published", true},
		{map[string]any{"legal.vehicle": "fiscal-host", "legal.entity_name": "Fondation Sentiers", "legal.agreement_url": "https://example.org/agreement", "project.charter_url": ""}, nil, "host-agreement-not-published", false},
	} {
		var broken []string
		if c.classes != nil {
			vals := linkedExamples(k)
			cv := ch.Examples()
			cv["membership.classes"] = c.classes
			vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
			for key, v := range c.set {
				vals[key] = v
			}
			for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
				if p.Rule != nil {
					broken = append(broken, p.Rule.ID)
				}
			}
		} else {
			broken = rulesBroken(t, c.set)
		}
		if got := slices.Contains(broken, c.rule); got != c.broken {
			t.Errorf("%v, charter classes %v: %s broken=%v", c.set, c.classes, c.rule, got)
		}
	}
}

// A standalone policy names the organ of the legal entity that agrees to
// its changes, by the entity's form; under the DCO a change of the legal
// terms holds only for the certifications given after it takes effect.
func TestPolicyChangesNameTheOrganThatAgrees(t *testing.T) {
	later := [2]string{"applies only to Contributions submitted, with their certification, after it takes effect", "ne s’applique qu’aux Contributions soumises, avec leur attestation, après celle-ci"}
	// Only a SCIC is asked its form; a company and an association name
	// their representative generically.
	for _, c := range []struct {
		vehicle, form string
		organ         [2]string
	}{
		{"scic", "sarl", [2]string{"given by its manager (gérant) or by a person empowered in writing", "donné par son gérant ou par une personne habilitée par écrit"}},
		{"scic", "sas", [2]string{"given by its president or by a person empowered in writing", "donné par son président ou par une personne habilitée par écrit"}},
		{"scic", "sa", [2]string{"given by its chief executive officer or by a person empowered in writing", "donné par son directeur général ou par une personne habilitée par écrit"}},
		{"company", "", [2]string{"given by its legal representative or by a person empowered in writing", "donné par son représentant légal ou par une personne habilitée par écrit"}},
		{"association", "", [2]string{"given by the person its statutes appoint to represent it", "donné par la personne que ses statuts désignent pour la représenter"}},
	} {
		for _, inbound := range []string{"dco", "inbound-outbound", "cla"} {
			set := map[string]any{"legal.vehicle": c.vehicle, "inbound": inbound, "project.charter_url": ""}
			if c.form != "" {
				set["legal.company_form"] = c.form
			}
			for li, l := range textfmt.All {
				body := strings.ReplaceAll(assembleClause(t, set, l, "general-changes"), "\u00a0", " ")
				if !strings.Contains(body, textfmt.Typeset(l, c.organ[li])) {
					t.Errorf("%s, %s, %s, %s: organ not named: %q", c.vehicle, c.form, inbound, l, body)
				}
				if got := strings.Contains(body, later[li]); got != (inbound == "dco") {
					t.Errorf("%s, %s, %s, %s: DCO change only for later certifications=%v", c.vehicle, c.form, inbound, l, got)
				}
			}
		}
	}
}

// The licences of a contributor licence agreement pass, with the
// commitment, to the person the Assembly designates under the charter's
// devolution article and, for a hosted commons, its article on hosting,
// each cited by number; on the steward's own dissolution, its statutes
// and its law still decide. Another steward, or a charter the policy
// could not read, keeps the general reference to the Charter.
func TestCLASuccessorDesignatedByTheCharterArticles(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	const host = "Mobilité pour tous ASBL"
	dissolved := [2]string{"If the Licensee is dissolved, those licences pass, with the same commitment, to the person that the Assembly designates under", "En cas de dissolution du Licencié, ces licences passent, avec le même engagement, à la personne que désigne l’Assemblée en application de"}
	general := [2]string{"and that the Charter designates where it provides for one", "et que désigne la Charte lorsqu’elle en prévoit une"}
	for _, devolution := range []string{"commons", "public-body", "foundation"} {
		for _, steward := range []string{host, "Fondation Tierce"} {
			for li, l := range textfmt.All {
				cv := ch.Examples()
				cv["legal.vehicle"], cv["legal.host_form"], cv["legal.entity_name"], cv["exit.devolution"] = "fiscal-host", "association", host, devolution
				doc, err := ch.Assemble(cv, l, Preview)
				if err != nil {
					t.Fatal(err)
				}
				vals := linkedExamples(k)
				vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
				set := map[string]any{"inbound": "cla", "cla.outbound": "fsf-osi", "legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.entity_name": host, "steward.name": steward}
				body := clauseWith(t, k, vals, set, l, "inbound-cla")
				own := steward == host
				for _, id := range []string{"exit-devolution-" + devolution, "legal-fiscal-host"} {
					c, _ := doc.Clause(id)
					cite := [2]string{c.Label(l) + " of the Charter", "l’" + c.Label(l) + " de la Charte"}[li]
					if strings.Contains(body, cite) != own {
						t.Errorf("%s, %s, %s: %q cited=%v: %q", devolution, steward, l, cite, !own, body)
					}
				}
				if strings.Contains(body, dissolved[li]) != own || strings.Contains(body, general[li]) == own {
					t.Errorf("%s, %s, %s: the succession does not fit the steward: %q", devolution, steward, l, body)
				}
			}
		}
	}
}

// The Legal Entity is identified by the register that holds its number: a
// SIREN number in the SIRENE directory, an RNA number in the national
// directory of associations (where the association is registered, not
// declared: it is declared to the prefecture), an RCS number in the
// register of its town's court registry, any other answer as written; its registered
// office takes the preposition of a street address or of a town, the
// street word in lower case inside a French sentence; a French
// foundation states how it was recognised or authorised.
func TestLegalEntityIdentifiedByItsRegister(t *testing.T) {
	for _, c := range []struct {
		set  map[string]any
		want [2]string
	}{
		{map[string]any{"legal.registration": "SIREN 123 456 789"}, [2]string{"identified in the SIRENE directory under number 123 456 789", "identifiée au répertoire SIRENE sous le numéro 123 456 789"}},
		{map[string]any{"legal.registration": "w691234567"}, [2]string{"registered in the national directory of associations (RNA) under number W691234567", "inscrite au répertoire national des associations sous le numéro W691234567"}},
		{map[string]any{"legal.registration": "RCS Nantes 912 345 678"}, [2]string{"registered in the Trade and Companies Register (RCS) of Nantes under number 912 345 678", "immatriculée au RCS de Nantes sous le numéro 912 345 678"}},
		{map[string]any{"legal.registration": "912 345 678 R.C.S. Angers"}, [2]string{"identified by the number 912 345 678 R.C.S. Angers", "identifiée sous le numéro 912 345 678 R.C.S. Angers"}},
		{map[string]any{"legal.registration": "912345678 RCS Évry"}, [2]string{"registered in the Trade and Companies Register (RCS) of Évry under number 912345678", "immatriculée au RCS d’Évry sous le numéro 912345678"}},
		{map[string]any{"legal.registration": "RCS de Saint-Étienne B 912 345 678"}, [2]string{"Register (RCS) of Saint-Étienne under number 912 345 678", "immatriculée au RCS de Saint-Étienne sous le numéro 912 345 678"}},
		{map[string]any{"legal.registration": "BCE 0712.345.678, RPM Liège, division Namur"}, [2]string{"identified by the number BCE 0712.345.678, RPM Liège, division Namur", "identifiée sous le numéro BCE 0712.345.678, RPM Liège, division Namur"}},
		{map[string]any{"legal.seat": "Rue de Fer 12, 5000 Namur"}, [2]string{"whose registered office is at Rue de Fer 12, 5000 Namur", "dont le siège est établi rue de Fer 12, 5000 Namur"}},
		{map[string]any{"legal.seat": "18 rue de la République, 69002 Lyon"}, [2]string{"whose registered office is at 18 rue de la République", "dont le siège est établi au 18 rue de la République"}},
		{map[string]any{"legal.seat": "Lyon"}, [2]string{"whose registered office is in Lyon", "dont le siège est à Lyon"}},
		{map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": "corporate", "governing_law": "FR"},
			[2]string{"a corporate foundation whose administrative authorisation has been published in the Journal officiel (Article 19-1 of French Law No. 87-571", "fondation d’entreprise dont l’autorisation administrative a été publiée au Journal officiel (article 19-1 de la loi n° 87-571"}},
		{map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": "public-utility", "governing_law": "FR"},
			[2]string{"a foundation recognised as being of public utility by decree", "fondation reconnue d’utilité publique par décret"}},
	} {
		for li, l := range textfmt.All {
			body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(assembleClause(t, c.set, l, "scope-definitions"))
			if !strings.Contains(body, c.want[li]) {
				t.Errorf("%v, %s: no %q: %q", c.set, l, c.want[li], body)
			}
		}
	}
}

// A charter whose commons can reveal its participants' health has its
// article on them; the linked policy, whose answer the link takes from
// the charter, cites
// that article where it tells contributors what not to write.
func TestHealthOfParticipantsFollowsTheCharter(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	for _, sensitive := range []bool{true, false} {
		for li, l := range textfmt.All {
			cv := ch.Examples()
			cv["commons.sensitive_participants"] = sensitive
			doc, err := ch.Assemble(cv, l, Preview)
			if err != nil {
				t.Fatal(err)
			}
			c, ok := doc.Clause("personal-data-participants")
			if ok != sensitive {
				t.Fatalf("%v, %s: the charter's article on participants' health present=%v", sensitive, l, ok)
			}
			// What that article allows is listed among the purposes, on
			// explicit consent, and among the retention periods.
			for _, id := range []string{"personal-data-purposes", "personal-data-retention"} {
				cl, _ := doc.Clause(id)
				listed := strings.Contains(cl.Body, [2]string{"nformation on health or disability", "nformations relatives à la santé ou au handicap"}[li])
				if listed != sensitive {
					t.Errorf("%v, %s: %s lists the participants' health information=%v", sensitive, l, id, listed)
				}
			}
			if purposes, _ := doc.Clause("personal-data-purposes"); sensitive && !strings.Contains(purposes.Body, [2]string{"Article 9(2)(a)), under the conditions of", "article\u00a09, paragraphe\u00a02, point a), dans les conditions de"}[li]) {
				t.Errorf("%s: the purposes do not base the health information on explicit consent: %q", l, purposes.Body)
			}
			vals := linkedExamples(k)
			vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
			vals["contributors.sensitive_participants"] = sensitive // as the link takes it from the charter
			body := clauseWith(t, k, vals, nil, l, "personal-data-public")
			told := strings.Contains(body, [2]string{"Do not state your own health or disability", "N’indiquez ni votre santé ou votre handicap"}[li])
			cited := ok && strings.Contains(body, [2]string{c.Label(l) + " of the Charter", "l’" + c.Label(l) + " de la Charte"}[li])
			if told != sensitive || cited != sensitive {
				t.Errorf("%v, %s: contributors told=%v, charter cited=%v: %q", sensitive, l, told, cited, body)
			}
		}
	}
}

// Each assignment is made by a statement that counts only from the forge
// account the signed deed designates, so that a pseudonymous account is
// provably linked to the author who signed; and the deed says who signs
// for the assignee, so that the writing is complete on both sides.
func TestAssignmentLinksTheAccountAndNamesTheAssigneesSignatory(t *testing.T) {
	account := map[textfmt.Lang]string{textfmt.EN: "counts only if it comes from the account that your agreement designates", textfmt.FR: "ne vaut que si elle émane du compte que désigne votre acte"}
	signatory := map[textfmt.Lang]string{textfmt.EN: "It is signed for the Assignee by the person whom the law or its statutes designate", textfmt.FR: "Il est signé pour le Cessionnaire par la personne que la loi ou ses statuts désignent"}
	for _, vehicle := range []string{"association", "scic", "company"} {
		for _, identity := range []string{"pseudonym", "real-name"} {
			for _, l := range textfmt.All {
				set := map[string]any{"inbound": "assignment", "legal.vehicle": vehicle, "contributors.identity": identity}
				body := assembleClause(t, set, l, "inbound-assignment")
				if !strings.Contains(body, textfmt.Typeset(l, account[l])) {
					t.Errorf("%s, %s, %s: the statement is not tied to the designated account:\n%s", vehicle, identity, l, body)
				}
				if !strings.Contains(body, textfmt.Typeset(l, signatory[l])) {
					t.Errorf("%s, %s, %s: no signatory for the assignee", vehicle, identity, l)
				}
			}
		}
	}
}

// Under an agreement, the rule that a public agent contributes the public
// information of their administration only once it has published it under
// a listed licence is also stated where contributors of data look for it.
func TestPublicInformationRuleRecalledWithTheData(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "contribute data that are public information of your administration only after it has published them", textfmt.FR: "ne soumettez des données qui sont des informations publiques de votre administration qu'après leur publication"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, allowed := range [][]string{{"individuals", "public-agents"}, {"individuals", "employees"}} {
			for _, law := range []string{"FR", "BE"} {
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "contributors.allowed": allowed, "governing_law": law, "contributions.types": []string{"code", "data"}}
					body := assembleClause(t, set, l, "contributions-data")
					expect := inbound != "inbound-outbound" && inbound != "dco" && slices.Contains(allowed, "public-agents")
					if got := strings.Contains(body, textfmt.Typeset(l, want[l])); got != expect {
						t.Errorf("%s, %v, %s, %s: public information rule in the data clause=%v", inbound, allowed, law, l, got)
					}
				}
			}
		}
	}
}

// Reports of tests with users never identify them; where the project
// involves people whose health or disability may be revealed, a report
// mentions it only with their explicit written consent, and a trial of a
// device on people is left to the law on clinical investigations (MDR
// Art. 62 and 82) and, in France, on research involving human persons
// (CSP L. 1121-1).
func TestUserTestReportsProtectTheTesters(t *testing.T) {
	anonymous := [2]string{"reports of tests with users, written so that the users cannot be identified", "comptes rendus de tests avec des usagers, rédigés de manière à ne pas permettre d’identifier ceux-ci"}
	consent := [2]string{"only as far as necessary and with their explicit consent given in writing", "que dans la mesure nécessaire et avec son consentement explicite donné par écrit"}
	clinical := [2]string{"it falls under the rules on clinical investigations (Regulation (EU) 2017/745, Articles 62 and 82)", "il relève des règles applicables aux investigations cliniques (règlement (UE) 2017/745, articles 62 et 82)"}
	csp := [2]string{"Article L. 1121-1", "article L. 1121-1"}
	for _, sensitive := range []bool{false, true} {
		for _, law := range []string{"FR", "BE"} {
			for li, l := range textfmt.All {
				set := map[string]any{"contributors.sensitive_participants": sensitive, "contributions.types": []string{"code", "tests"}, "governing_law": law}
				body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(assembleClause(t, set, l, "contributions-types"))
				if !strings.Contains(body, anonymous[li]) {
					t.Errorf("%v %s %s: reports may identify the users: %q", sensitive, law, l, body)
				}
				if strings.Contains(body, consent[li]) != sensitive || strings.Contains(body, clinical[li]) != sensitive {
					t.Errorf("%v %s %s: consent or clinical investigations stated for sensitive=%v: %q", sensitive, law, l, !sensitive, body)
				}
				if strings.Contains(body, csp[li]) != (sensitive && law == "FR") {
					t.Errorf("%v %s %s: French research law misplaced: %q", sensitive, law, l, body)
				}
			}
		}
	}
}
