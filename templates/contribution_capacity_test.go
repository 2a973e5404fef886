package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// plain replaces the non-breaking spaces of French typography by spaces, so
// that a phrase can be looked for as written.
func plain(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}

// The powers of a minor's legal representatives follow the law of the
// minor's habitual residence (Hague Convention of 19 October 1996,
// Articles 16 and 17), not their nationality, whatever the policy's law:
// the clause on minors and the rule for individuals say so, and the
// French and Belgian rules are printed for minors who reside there.
func TestMinorsFollowTheLawOfTheirHabitualResidence(t *testing.T) {
	residence := [2]string{"habitually reside", "résid"}
	hague := [2]string{"19 October 1996", "19 octobre 1996"}
	nationality := [2]string{"of which they are a national", "dont il a la nationalité"}
	for _, law := range []string{"FR", "BE", "CH", "LU"} {
		for _, inbound := range []string{"dco", "cla", "fla", "assignment"} {
			set := map[string]any{"governing_law": law, "inbound": inbound, "cla.outbound": "listed", "contributors.allowed": []string{"individuals"}}
			for li, l := range textfmt.All {
				who := assembleClause(t, set, l, "who-individuals")
				if !strings.Contains(who, residence[li]) {
					t.Errorf("%s %s %s: the representatives are not those of the minor's residence: %q", law, inbound, l, who)
				}
				if inbound != "fla" && inbound != "assignment" {
					continue
				}
				minors := plain(assembleClause(t, set, l, "steward-minors"))
				for _, w := range []string{residence[li], hague[li]} {
					if !strings.Contains(minors, w) {
						t.Errorf("%s %s %s: the clause on minors lacks %q: %q", law, inbound, l, w, minors)
					}
				}
				if strings.Contains(minors, nationality[li]) {
					t.Errorf("%s %s %s: the clause on minors still follows nationality: %q", law, inbound, l, minors)
				}
				if strings.Contains(minors, "387-2") != (law == "FR") {
					t.Errorf("%s %s %s: the French rule printed=%v", law, inbound, l, law != "FR")
				}
				if strings.Contains(minors, "410") != (law == "BE") {
					t.Errorf("%s %s %s: the Belgian rule printed=%v", law, inbound, l, law != "BE")
				}
				if strings.Contains(minors, "85") != (law == "CH") {
					t.Errorf("%s %s %s: the Swiss reference printed=%v", law, inbound, l, law != "CH")
				}
			}
		}
	}
}

// The producer of a database has a right of its own only where the law
// grants one (in the European Union, Directive 96/9/EC; not in
// Switzerland): every route that licenses or assigns it says so, and only
// where the Project receives data.
func TestDatabaseRightOnlyWhereTheLawGrantsIt(t *testing.T) {
	agreement := [2]string{"holds such rights only if the law of the country for which protection is claimed grants them", "ne détient de tels droits que si la loi du pays pour lequel la protection est demandée les lui reconnaît"}
	licence := [2]string{"the law grants such a right", "là où la loi reconnaît de tels droits"}
	for _, law := range []string{"FR", "CH"} {
		for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
			for _, types := range [][]string{{"code", "data"}, {"code"}} {
				data := len(types) == 2
				set := map[string]any{"governing_law": law, "inbound": inbound, "cla.outbound": "listed", "contributions.types": types, "licences.data": "ODbL-1.0"}
				for li, l := range textfmt.All {
					id := "inbound-" + inbound
					if inbound == "inbound-outbound" {
						id = inbound
					}
					body := plain(assembleClause(t, set, l, id))
					want := agreement[li]
					if inbound == "inbound-outbound" || inbound == "dco" {
						want = licence[li]
					}
					if strings.Contains(body, want) != data {
						t.Errorf("%s %s %v %s: the database right said to exist only where granted=%v: %q", law, inbound, types, l, !data, body)
					}
					if data && (inbound == "cla" || inbound == "fla" || inbound == "assignment") && strings.Contains(body, "L. 341-1") != (law == "FR") {
						t.Errorf("%s %s %s: the French article printed=%v", law, inbound, l, law != "FR")
					}
				}
			}
		}
	}
}

// A French public body that runs the Project publishes its data under the
// ODbL alone, the DbCL being off the decree's list (CRPA D. 323-2-1); any
// other steward keeps the DbCL for records. Whoever fills in the answers is
// warned when such a body's data or documentation licence is off that list.
func TestFrenchPublicBodyDataFollowTheDecreeList(t *testing.T) {
	for _, c := range []struct {
		vehicle, estab string
		dbcl           bool
	}{{"public-body", "FR", false}, {"public-body", "BE", true}, {"association", "FR", true}} {
		set := map[string]any{"legal.vehicle": c.vehicle, "legal.entity_name": "Université de Sentiers", "privacy.establishment": c.estab, "governing_law": c.estab,
			"licences.data": "ODbL-1.0", "contributions.types": []string{"code", "data"}, "inbound": "dco"}
		for li, l := range textfmt.All {
			for _, id := range []string{"outbound", "inbound-dco", "inbound-other-channels"} {
				body := assembleClause(t, set, l, id)
				if strings.Contains(body, "DbCL") != c.dbcl {
					t.Errorf("%s %s %s %s: DbCL named=%v", c.vehicle, c.estab, l, id, !c.dbcl)
				}
			}
			outbound := plain(assembleClause(t, set, l, "outbound"))
			alone := [2]string{"are under the Open Licence 2.0 (Licence Ouverte, Etalab)", "relèvent de la Licence Ouverte 2.0 (Etalab)"}[li]
			if strings.Contains(outbound, alone) == c.dbcl {
				t.Errorf("%s %s %s: contents of the records under etalab-2.0=%v: %q", c.vehicle, c.estab, l, c.dbcl, outbound)
			}
		}
	}
	for _, c := range []struct {
		set  map[string]any
		rule string
		want bool
	}{
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "FR", "contributions.types": []string{"data"}, "licences.data": "CC-BY-4.0"}, "french-public-body-data-licence-off-list", true},
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "FR", "contributions.types": []string{"data"}, "licences.data": "ODbL-1.0"}, "french-public-body-data-licence-off-list", false},
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "FR", "contributions.types": []string{"code"}, "licences.data": "CC-BY-4.0"}, "french-public-body-data-licence-off-list", false},
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "FR", "contributions.types": []string{}, "licences.data": "CC0-1.0"}, "french-public-body-any-data-licence-off-list", true},
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "", "governing_law": "FR", "contributions.types": []string{"data"}, "licences.data": "CC-BY-4.0"}, "french-public-body-data-licence-off-list-by-law", true},
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "BE", "contributions.types": []string{"data"}, "licences.data": "CC-BY-4.0"}, "french-public-body-data-licence-off-list", false},
		{map[string]any{"legal.vehicle": "association", "privacy.establishment": "FR", "contributions.types": []string{"data"}, "licences.data": "CC-BY-4.0"}, "french-public-body-data-licence-off-list", false},
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "FR", "project.docs_licence": "CC-BY-SA-4.0"}, "french-public-body-docs-licence-off-list", true},
		{map[string]any{"legal.vehicle": "public-body", "privacy.establishment": "FR", "project.docs_licence": "etalab-2.0"}, "french-public-body-docs-licence-off-list", false},
		{map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Université de Sentiers", "legal.public_form": "university", "legal.registration": ""}, "french-public-body-without-siren", true},
		{map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Université de Sentiers", "legal.public_form": "university", "legal.registration": "130 029 747"}, "french-public-body-without-siren", false},
		{map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Université de Sentiers", "legal.public_form": "other", "legal.registration": ""}, "french-public-body-without-siren", false},
	} {
		if got := slices.Contains(rulesBroken(t, c.set), c.rule); got != c.want {
			t.Errorf("%v: %s broken=%v", c.set, c.rule, got)
		}
	}
}

// A French public body is named by its category and the text that
// creates it: a university as a public scientific, cultural and
// professional establishment (Education Code, Article L. 711-1), with its
// seat; another public body as a public body.
func TestPublicBodyNamedByItsCategory(t *testing.T) {
	for _, c := range []struct {
		form string
		want [2]string
	}{
		{"university", [2]string{"a public scientific, cultural and professional establishment (établissement public à caractère scientifique, culturel et professionnel, French Education Code, Article L. 711-1), whose seat is in Rennes", "établissement public à caractère scientifique, culturel et professionnel (Code de l’éducation, article L. 711-1), dont le siège est à Rennes"}},
		{"research", [2]string{"a public scientific and technological establishment", "établissement public à caractère scientifique et technologique (Code de la recherche"}},
		{"local-authority", [2]string{"a French local authority (collectivité territoriale)", "Sentiers, collectivité territoriale"}},
		{"other", [2]string{"Université de Sentiers, whose seat is in Rennes", "Université de Sentiers, dont le siège est à Rennes"}},
	} {
		set := map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Université de Sentiers", "legal.public_form": c.form, "legal.seat": "Rennes", "legal.registration": "130 029 747"}
		for li, l := range textfmt.All {
			body := plain(assembleClause(t, set, l, "scope-definitions"))
			if !strings.Contains(body, c.want[li]) {
				t.Errorf("%s, %s: the public body is not named by its category: %q", c.form, l, body)
			}
			if c.form == "other" && strings.Contains(body, "L. 711-1") {
				t.Errorf("%s: another public body called a university: %q", l, body)
			}
		}
	}
	// An association keeps its registered office.
	body := assembleClause(t, map[string]any{"legal.vehicle": "association", "legal.seat": "Rennes", "legal.public_form": "university"}, textfmt.EN, "scope-definitions")
	if !strings.Contains(body, "whose registered office is in Rennes") || strings.Contains(body, "L. 711-1") {
		t.Errorf("an association named as a public body: %q", body)
	}
}

// Where the policy licenses patents, an employee's or an agent's
// invention may belong to their employer (CPI L. 611-7): under a
// contributor licence agreement the contributor warrants that the
// organisation has signed for its patents, and the express patent licence
// names only the holders that the policy addresses (no client when
// contractors are excluded).
func TestEmployersInventionsLicensedOnlyWithTheirConsent(t *testing.T) {
	warrants := [2]string{"you warrant, as for copyright, that this agreement was signed", "vous garantissez, comme pour les droits d’auteur, que cet accord a été signé"}
	for _, allowed := range [][]string{{"individuals"}, {"individuals", "employees"}, {"public-agents"}} {
		set := map[string]any{"inbound": "cla", "cla.outbound": "listed", "contributors.allowed": allowed}
		for li, l := range textfmt.All {
			body := plain(assembleClause(t, set, l, "inbound-cla"))
			if want := len(allowed) > 1 || allowed[0] != "individuals"; strings.Contains(body, warrants[li]) != want {
				t.Errorf("%v, %s: the employer's patents warranted=%v: %q", allowed, l, !want, body)
			}
		}
	}
	for _, allowed := range [][]string{{"individuals", "employees"}, {"individuals", "contractors"}, {"individuals"}} {
		set := map[string]any{"inbound": "dco", "patents.grant": true, "project.licence": "MIT", "contributors.allowed": allowed}
		for li, l := range textfmt.All {
			body := plain(assembleClause(t, set, l, "inbound-patents"))
			client := [2]string{"your client", "votre client"}[li]
			if strings.Contains(body, client) != slices.Contains(allowed, "contractors") {
				t.Errorf("%v, %s: a client named=%v: %q", allowed, l, !slices.Contains(allowed, "contractors"), body)
			}
			if !strings.Contains(body, "L. 611-7") {
				t.Errorf("%v, %s: the employer's inventions not stated: %q", allowed, l, body)
			}
		}
	}
}

// A French public body that accepts no public agents still lets its own
// agents contribute for it, and says which of their rights it holds:
// teachers and researchers keep the rights in their works other than
// software (CPI L. 111-1, fourth paragraph).
func TestOwnAgentsExceptionWhenAgentsAreExcluded(t *testing.T) {
	teachers := [2]string{"which it does not hold in the works of teachers and researchers", "qu’elle ne détient pas sur les œuvres des enseignants et des chercheurs"}
	for _, estab := range []string{"FR", "BE"} {
		set := map[string]any{"legal.vehicle": "public-body", "privacy.establishment": estab, "governing_law": estab, "contributors.allowed": []string{"individuals"}}
		for li, l := range textfmt.All {
			body := plain(assembleClause(t, set, l, "who-everyone"))
			if strings.Contains(body, teachers[li]) != (estab == "FR") {
				t.Errorf("%s, %s: teachers' and researchers' rights stated=%v: %q", estab, l, estab != "FR", body)
			}
		}
	}
}
