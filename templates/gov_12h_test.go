package templates

import (
	"regexp"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// policyClause returns one clause of the contribution policy, with its
// sub-clauses, in plain spaces and apostrophes.
func policyClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	return plainSpaces(assembleClause(t, set, l, id))
}

// Apart from the warranties of a signed agreement, the contributor
// provides the Contribution as is and answers only for wilful misconduct
// or gross negligence; the routes without an agreement, whose licences
// carry their own disclaimer, add nothing.
func TestContributionAsIsBesideWarranties(t *testing.T) {
	asIs := [2]string{
		"Apart from those warranties, you provide the Contribution as is, without any other warranty, express or implied",
		"Hors ces garanties, vous fournissez la Contribution en l'état, sans aucune autre garantie, expresse ou implicite",
	}
	fault := [2]string{
		"you shall be liable in respect of the Contribution only for your wilful misconduct or gross negligence",
		"vous ne répondez, à raison de la Contribution, que de votre dol ou de votre faute lourde",
	}
	for _, in := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, law := range []string{"FR", "BE", "CH"} {
			for li, l := range textfmt.All {
				id := "inbound-" + in
				if in == "inbound-outbound" {
					id = in
				}
				body := policyClause(t, map[string]any{"inbound": in, "governing_law": law}, l, id)
				want := in == "cla" || in == "fla" || in == "assignment"
				if strings.Contains(body, asIs[li]) != want || strings.Contains(body, fault[li]) != want {
					t.Errorf("%s, %s, %s: disclaimer present=%v, want %v", in, law, l, strings.Contains(body, asIs[li]), want)
				}
				if want && strings.Count(body, asIs[li]) != 1 {
					t.Errorf("%s, %s, %s: disclaimer given %d times", in, law, l, strings.Count(body, asIs[li]))
				}
			}
		}
	}
}

// The party that receives the licence is the Licensee in English,
// never a "Steward", a word the Cyber Resilience Act gives to another
// role; in French it stays the Licencié.
func TestLicenceHolderIsNoSteward(t *testing.T) {
	k, _ := Lookup("contribution")
	steward := regexp.MustCompile(`\bSteward\b`)
	for _, in := range []string{"cla", "fla", "assignment", "dco"} {
		for _, cra := range []bool{false, true} {
			vals := k.Examples()
			vals["inbound"] = in
			vals["security.cra_steward"] = cra
			en := assembledText(t, k, vals, textfmt.EN)
			fr := assembledText(t, k, vals, textfmt.FR)
			if steward.MatchString(en) {
				t.Errorf("%s, CRA steward %v: the English text still speaks of a Steward", in, cra)
			}
			holder := in == "cla" || in == "fla"
			if got := strings.Contains(en, "**“Licensee”** means"); got != holder {
				t.Errorf("%s: Licensee defined=%v, want %v", in, got, holder)
			}
			if holder && !strings.Contains(fr, "Licencié") {
				t.Errorf("%s: the French text lost the Licencié", in)
			}
		}
	}
}

// The manufacturer test of the policy is the charter's, word for word:
// charging for the software, or for technical support beyond the
// recovery of actual costs; training or other services sold at a margin
// do not make the Legal Entity a manufacturer.
func TestManufacturerTriggerIsTheCharters(t *testing.T) {
	want := [2]string{"in particular by charging for it, or for technical support beyond the recovery of actual costs,", "notamment en le faisant payer, ou en faisant payer une assistance technique au-delà du recouvrement de ses coûts réels,"}
	old := [2]string{"or services around it", "ou des prestations qui l'entourent"}
	for _, vehicle := range []string{"association", "scic", "public-body"} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": vehicle, "security.cra_steward": false, "security.cra_manufacturer": true, "project.charter_url": ""}
			body := policyClause(t, set, l, "security-cra-manufacturer")
			if !strings.Contains(body, want[li]) || strings.Contains(body, old[li]) {
				t.Errorf("%s, %s: manufacturer trigger not the charter's: %q", vehicle, l, body)
			}
		}
	}
}

// A contributor to a specification undertakes, as the charter's Members
// do, for the essential claims of its patents and patent applications,
// including those that entities it controls hold, for which it stands
// surety; the French articles are cited under French law only.
func TestSpecificationUndertakingMatchesTheCharter(t *testing.T) {
	phrases := [2][]string{
		{"the essential claims of the patents and patent applications that you hold or control", "A claim is essential where implementing the specification would necessarily infringe it", "a claim that covers only a technique that the specification allows without requiring it is not essential", "“patent” includes a patent application", "or where the patent is held by an entity that it controls", "you guarantee that it will comply with this undertaking, as a promise for another (porte-fort)"},
		{"les revendications essentielles des brevets et demandes de brevet que vous détenez ou contrôlez", "Une revendication est essentielle lorsque la mise en œuvre de la spécification constituerait nécessairement une contrefaçon de cette revendication", "une revendication qui ne porte que sur une technique que la spécification permet sans l'imposer n'est pas essentielle", "le mot « brevet » désigne aussi une demande de brevet", "ou lorsque ce brevet est détenu par une entité qu'elle contrôle", "vous vous portez fort du respect de cet engagement par celle-ci"},
	}
	french := [2][]string{{"Article 1204 of the French Civil Code", "Article L. 233-3 of the French Commercial Code"}, {"Code civil, article 1204", "article L. 233-3 du Code de commerce"}}
	for _, in := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, law := range []string{"FR", "BE"} {
			for li, l := range textfmt.All {
				set := map[string]any{"inbound": in, "governing_law": law, "project.specifications": true}
				body := policyClause(t, set, l, "inbound-specifications")
				for _, p := range phrases[li] {
					if !strings.Contains(body, plainSpaces(textfmt.Typeset(l, p))) && !strings.Contains(body, p) {
						t.Errorf("%s, %s, %s: the undertaking lacks %q", in, law, l, p)
					}
				}
				for _, p := range french[li] {
					if strings.Contains(body, p) != (law == "FR") {
						t.Errorf("%s, %s, %s: %q cited=%v", in, law, l, p, !(law == "FR"))
					}
				}
			}
		}
	}
	k, _ := Lookup("charter")
	member := [2]string{"the Member guarantees that the entity will comply with this undertaking, as a promise for another (porte-fort)", "le Membre se porte fort du respect de cet engagement par celle-ci"}
	for li, l := range textfmt.All {
		body := plainClause(t, k, k.Examples(), map[string]any{"commons.resources": []string{"software", "standard"}}, l, "standards-royalty-free")
		if body == "" {
			t.Fatalf("%s: no clause on royalty-free standards", l)
		}
		if !strings.Contains(body, member[li]) {
			t.Errorf("%s: a Member does not stand surety for the entities it controls: %q", l, body)
		}
	}
}

// The charter credits Contributors in the history and by the means the
// contribution policy sets, not by a list that the policy never keeps.
func TestCharterCreditsByThePolicysMeans(t *testing.T) {
	k, _ := Lookup("charter")
	want := [2]string{"by the other means, such as a list of Contributors or the release notes, that the contribution policy sets", "par les autres moyens, tels qu'une liste des Contributeurs ou les notes de version, que fixe la politique de contribution"}
	old := [2]string{"list of Contributors kept by the Commons", "liste des Contributeurs que tient le Commun"}
	for li, l := range textfmt.All {
		body := plainClause(t, k, k.Examples(), nil, l, "contribution-recognition")
		if !strings.Contains(body, want[li]) || strings.Contains(body, old[li]) {
			t.Errorf("%s: credit means not the policy's: %q", l, body)
		}
	}
}

// Interns and hosted researchers, whom the article on work done for
// others regulates, are named among those who may contribute whenever
// that article speaks of them.
func TestHostedPersonsMayContribute(t *testing.T) {
	hosted := [2]string{"A person hosted under an agreement by a research organisation, such as an intern, a doctoral student or a visiting researcher, may contribute as well", "Une personne accueillie par convention dans une structure de recherche, telle qu'un stagiaire, un doctorant ou un chercheur invité, peut aussi contribuer"}
	for _, allowed := range [][]string{{}, {"individuals", "employees"}, {"public-agents"}, {"individuals", "contractors"}} {
		for li, l := range textfmt.All {
			set := map[string]any{"contributors.allowed": allowed}
			body := policyClause(t, set, l, "who-everyone")
			k, _ := Lookup("contribution")
			_, regulated := assembled(t, k, k.Examples(), set, l).Clause("employer-hosted")
			if got := strings.Contains(body, hosted[li]); got != regulated {
				t.Errorf("%v, %s: hosted persons named=%v, their article present=%v", allowed, l, got, regulated)
			}
		}
	}
}

// Specifications are a kind of Contribution whenever the Project has
// them, in the list of chosen kinds as in the open list.
func TestSpecificationsAreAContribution(t *testing.T) {
	bullet := [2]string{"- **Specifications:** proposed changes to the specifications and schemas of the Project", "- **Spécifications :** propositions de modification des spécifications et des schémas du Projet"}
	open := [2]string{"code, documentation, specifications, translation", "code, documentation, spécifications, traduction"}
	for _, specs := range []bool{false, true} {
		for _, types := range [][]string{{}, {"code"}, {"funding"}} {
			for li, l := range textfmt.All {
				body := policyClause(t, map[string]any{"project.specifications": specs, "contributions.types": types}, l, "contributions-types")
				listed := len(types) > 0
				if got := strings.Contains(body, bullet[li]); got != (specs && listed) {
					t.Errorf("specifications %v, %v, %s: bullet=%v", specs, types, l, got)
				}
				if got := strings.Contains(body, open[li]); got != (specs && !listed) {
					t.Errorf("specifications %v, %v, %s: open list names them=%v", specs, types, l, got)
				}
			}
		}
	}
}

// English speaks of public servants, never of public agents.
func TestPublicServantsInEnglish(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, allowed := range [][]string{{}, {"public-agents"}} {
		vals := k.Examples()
		vals["contributors.allowed"] = allowed
		en := assembledText(t, k, vals, textfmt.EN)
		if strings.Contains(strings.ToLower(en), "public agent") || !strings.Contains(strings.ToLower(en), "public servant") {
			t.Errorf("%v: English still speaks of public agents", allowed)
		}
	}
}

// The summary says that records are under the DbCL exactly where the
// article on licences says so: ODbL data of a body that may use the DbCL.
func TestSummaryNamesTheDbCL(t *testing.T) {
	records := [2]string{"(records under the DbCL 1.0)", "(enregistrements sous la DbCL 1.0)"}
	for _, licence := range []string{"ODbL-1.0", "CC-BY-4.0", "etalab-2.0"} {
		for _, vehicle := range []string{"association", "public-body"} {
			for li, l := range textfmt.All {
				set := map[string]any{"project.data": true, "licences.data": licence, "legal.vehicle": vehicle, "governing_law": "FR", "privacy.establishment": "FR"}
				summary := policyClause(t, set, l, "summary")
				outbound := policyClause(t, set, l, "outbound")
				want := strings.Contains(outbound, "DbCL")
				if got := strings.Contains(summary, records[li]); got != want {
					t.Errorf("%s, %s, %s: summary names the DbCL=%v, article %v", licence, vehicle, l, got, want)
				}
				if want != (licence == "ODbL-1.0" && vehicle != "public-body") {
					t.Errorf("%s, %s, %s: DbCL in the article=%v", licence, vehicle, l, want)
				}
			}
		}
	}
}

// A project that takes translations says where they are proposed, that a
// second person approves them, how they are marked out of date, and that
// those of others' works go back upstream under the upstream licence; a
// project that does not keeps the short rule.
func TestTranslationsReviewedAndGivenBack(t *testing.T) {
	full := [2][]string{
		{"such as its website and its glossaries", "Propose a translation through a", "only after a second speaker of the language, other than its translator, has reviewed and approved it", "Each translation states the version of the original from which it was made", "the translation bears a notice stating that it has fallen behind the original", "the Maintainers, for the Legal Entity, shall offer them to it, once reviewed, under the licence of the original work"},
		{"telles que son site et ses glossaires", "Proposez une traduction par une", "qu'après avoir été relue et approuvée par une seconde personne maîtrisant la langue, autre que son traducteur", "Chaque traduction indique la version de l'original dont elle procède", "une mention indiquant qu'elle est en retard sur l'original", "les Mainteneurs, pour le compte de la Structure porteuse, lui proposent celles-ci, une fois relues, sous la licence de l'œuvre originale"},
	}
	short := [2]string{"Where possible, a second speaker of the language reviews a translation", "Dans la mesure du possible, une seconde personne maîtrisant la langue relit la traduction"}
	for _, types := range [][]string{{"translation"}, {"code"}, {}} {
		for li, l := range textfmt.All {
			body := policyClause(t, map[string]any{"contributions.types": types, "project.data": false}, l, "translation-policy")
			translation := len(types) == 0 || types[0] == "translation"
			for _, p := range full[li] {
				if strings.Contains(body, p) != translation {
					t.Errorf("%v, %s: %q present=%v", types, l, p, !translation)
				}
			}
			if strings.Contains(body, short[li]) == translation {
				t.Errorf("%v, %s: short rule present=%v", types, l, !translation)
			}
		}
	}
}
