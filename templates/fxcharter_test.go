package templates

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/textfmt"
)

// fxSCIC is the combination the review read: a SCIC in the form of a SARL
// with variable capital, deciding by two thirds, whose resources are
// software, a standard and content.
func fxSCIC() map[string]any {
	return map[string]any{
		"legal.vehicle": "scic", "legal.company_form": "sarl", "legal.variable_capital": true,
		"legal.entity_name": "Sentiers en commun SCIC SARL", "governance.default_rule": "two-thirds",
		"commons.resources": []string{"software", "standard", "content"},
	}
}

func fxWith(base map[string]any, kv ...any) map[string]any {
	out := map[string]any{}
	for k, v := range base {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

// SN-a: inactivity never ends automatically the membership of a Member
// who is a member (associé) of the legal entity: it ends only the
// functions the Charter gives, and the loss of membership is for the organ
// of the statutes, on a proposal; for a SCIC with variable capital, an
// exclusion by the general meeting (C. com. L. 231-6). Where membership
// is the Charter's alone, inactivity still ends it after the invitation.
func TestFxcharterInactivityNeverEndsAPartnersMembership(t *testing.T) {
	functions := [2]string{"they cease to hold the functions that this Charter has given them in the bodies of the Commons, other than those they hold in an organ of the Legal Entity under its statutes", "il cesse d'exercer les fonctions que la Charte lui a confiées dans les instances du Commun, hors celles qu'il exerce dans un organe de la Structure porteuse en vertu de ses statuts"}
	remain := [2]string{"They nevertheless remain a Member", "Il conserve néanmoins la qualité de Membre"}
	automatic := [2]string{"they cease to be a Member and shall be informed of it", "il cesse d'être Membre et en est informé"}
	general := [2]string{"a decision of the general meeting of members excluding them, taken under the conditions that the statutes of the Legal Entity set and by the majority required to amend them (French Commercial Code, Article L. 231-6)", "une décision d'exclusion de l'assemblée des associés, prise dans les conditions que fixent les statuts de la Structure porteuse et à la majorité requise pour leur modification (Code de commerce, article L. 231-6)"}
	agenda := [2]string{"the Legal Entity shall place a proposal to that effect on the agenda of the next general meeting of members", "la Structure porteuse inscrit une proposition en ce sens à l'ordre du jour de la réunion suivante de l'assemblée des associés"}
	radiation := [2]string{"a removal (radiation) or an exclusion pronounced by the organ that the statutes of the Legal Entity designate and under the procedure that they set", "une radiation ou une exclusion prononcée par l'organe que désignent les statuts de la Structure porteuse et selon la procédure qu'ils fixent"}
	fixedCapital := [2]string{"only by an exclusion pronounced by the organ that the statutes of the Legal Entity designate", "que par une exclusion prononcée par l'organe que désignent les statuts de la Structure porteuse"}
	statutesAllow := [2]string{"To the extent that the statutes of the Legal Entity allow it, it ends, lastly, through inactivity", "Dans la mesure où les statuts de la Structure porteuse le permettent, elle se perd enfin par l'inactivité"}
	for _, c := range []struct {
		name string
		set  map[string]any
	}{
		{"scic-sarl-variable", fxSCIC()},
		{"scic-sarl-fixed", fxWith(fxSCIC(), "legal.variable_capital", false)},
		{"association", map[string]any{"legal.vehicle": "association"}},
		{"none", map[string]any{"legal.vehicle": "none", "legal.entity_name": nil, "legal.statutes_url": nil}},
		{"de-facto-association", map[string]any{"legal.vehicle": "de-facto-association", "legal.entity_name": nil, "legal.statutes_url": nil}},
		{"fiscal-host", map[string]any{"legal.vehicle": "fiscal-host", "legal.entity_name": "Fondation Exemple", "legal.host_form": "foundation", "legal.foundation_kind": "public-utility"}},
	} {
		vehicle := c.set["legal.vehicle"]
		partner := vehicle == "scic" || vehicle == "association"
		variable := vehicle == "scic" && c.set["legal.variable_capital"] == true
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, c.set, l), "membership-exit")
			if body == "" {
				t.Fatalf("%s %s: no clause membership-exit", c.name, l)
			}
			for _, p := range []struct {
				what string
				text [2]string
				want bool
			}{
				{"only the Charter's functions end", functions, partner},
				{"the Member remains a Member", remain, partner},
				{"membership ends automatically", automatic, !partner},
				{"exclusion by the general meeting under L. 231-6", general, variable},
				{"proposal on the agenda of the general meeting", agenda, variable},
				{"removal or exclusion by the organ of the statutes", radiation, vehicle == "association"},
				{"exclusion by the organ of the statutes of a SCIC with fixed capital", fixedCapital, vehicle == "scic" && !variable},
				{"automatic loss 'to the extent the statutes allow'", statutesAllow, false},
			} {
				if got := strings.Contains(body, p.text[li]); got != p.want {
					t.Errorf("%s %s: %s=%v:\n%s", c.name, l, p.what, got, body)
				}
			}
		}
	}
}

// SN-b: in a SARL, which may not have more than one hundred members
// (C. com. L. 223-3), silence on an application admits no one while the
// cap is reached, under every way of joining; other forms have no such
// sentence.
func TestFxcharterSilenceAdmitsNoOneBeyondTheSARLCap(t *testing.T) {
	cap := [2]string{"however, silence does not count as admission while the Legal Entity has one hundred members, a number it may not exceed (French Commercial Code, Article L. 223-3): membership then takes effect only as provided in Article %s", "toutefois, le silence ne vaut pas admission tant que la Structure porteuse compte cent associés, nombre qu'elle ne peut dépasser (Code de commerce, article L. 223-3) : l'adhésion ne prend alors effet que dans les conditions prévues à l'article %s"}
	for _, form := range []string{"sarl", "sas", "sa"} {
		for _, admission := range []string{"declaration", "contribution", "approval"} {
			set := fxWith(fxSCIC(), "legal.company_form", form, "membership.admission", admission)
			for li, l := range textfmt.All {
				doc := charterDoc(t, set, l)
				body := clausePlain(doc, "membership-admission-"+admission)
				want := fmt.Sprintf(cap[li], clauseNumber(t, doc, "legal-scic"))
				if got := strings.Contains(body, textfmt.Typeset(l, want)) || strings.Contains(body, plainSpaces(textfmt.Typeset(l, want))); got != (form == "sarl") {
					t.Errorf("%s %s %s: the cap on deemed admission=%v:\n%s", form, admission, l, got, body)
				}
			}
		}
	}
}

// SN-c: the trade mark is said to be registered or to be registered, by
// the legal entity or, without one, by the holder of the assets, in its
// own name, so that the clause holds whether the mark is filed yet or not;
// never that it simply "is registered".
func TestFxcharterTrademarkIsOrWillBeFiled(t *testing.T) {
	entity := [2]string{"is or will be registered as a trademark by the Legal Entity, in its own name, which is or will be its proprietor", "est ou sera déposé à titre de marque par la Structure porteuse, en son nom, qui en est ou en sera titulaire"}
	holder := [2]string{"is or will be registered as a trademark by the holder of the assets, in their own name, who is or will be its proprietor on behalf of all the Members", "est ou sera déposé à titre de marque par le détenteur des biens, en son nom, qui en est ou en sera titulaire pour le compte de l'ensemble des Membres"}
	newEntity := [2]string{"is or will be registered as a trademark in the name of the Legal Entity", "est ou sera déposé à titre de marque au nom de la Structure porteuse"}
	flat := [2]string{"is registered as a trademark by", "est déposé à titre de marque par"}
	for _, c := range []struct {
		name string
		set  map[string]any
		want [2]string
	}{
		{"scic existing", fxWith(fxSCIC(), "legal.existing_entity", true), entity},
		{"scic new", fxWith(fxSCIC(), "legal.existing_entity", false), newEntity},
		{"association existing", map[string]any{"legal.vehicle": "association", "legal.existing_entity": true}, entity},
		{"public body", map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "economy.funding": []string{"donations", "grants"}}, entity},
		{"none", map[string]any{"legal.vehicle": "none", "legal.entity_name": nil, "legal.statutes_url": nil}, holder},
		{"de-facto", map[string]any{"legal.vehicle": "de-facto-association", "legal.entity_name": nil, "legal.statutes_url": nil}, holder},
	} {
		set := fxWith(c.set, "assets.trademark", true)
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, set, l), "assets-trademark-registered")
			if !strings.Contains(body, c.want[li]) {
				t.Errorf("%s %s: the mark is not said to be filed or to be filed:\n%s", c.name, l, body)
			}
			if strings.Contains(body, flat[li]) {
				t.Errorf("%s %s: the mark is still said to be registered:\n%s", c.name, l, body)
			}
		}
		unregistered := fxWith(c.set, "assets.trademark", false)
		for _, l := range textfmt.All {
			doc := charterDoc(t, unregistered, l)
			if _, ok := doc.Clause("assets-trademark-registered"); ok {
				t.Errorf("%s %s: a trademark clause without a trademark", c.name, l)
			}
		}
	}
	k, _ := Lookup("charter")
	q, _ := k.Questionnaire.Question("assets.trademark")
	if label := q.Label.In(textfmt.EN) + " / " + plainSpaces(q.Label.In(textfmt.FR)); !strings.Contains(label, "or is it to be filed") || !strings.Contains(label, "ou doit-il l'être") {
		t.Errorf("the trademark question still asks only for a registered mark: %s", label)
	}
}

// SN-d and SK-28: the article on public bodies never has a single
// sub-clause: its general rule becomes a sub-clause of its own whenever
// joining or procurement has one, and the sub-clause on joining is named
// after what it says: the subscription for shares in a SCIC, the absence
// of payment where no one may receive public money, the decision alone
// otherwise.
func TestFxcharterPublicBodiesHaveNoLoneSubClause(t *testing.T) {
	titles := map[string][2]string{
		"scic":       {"Decision to join and subscription for shares", "Décision d'adhésion et souscription au capital"},
		"none":       {"Decision to join; no payment", "Décision d'adhésion ; aucun versement"},
		"assoc":      {"Decision to join", "Décision d'adhésion"},
		"powers":     {"Powers and rules of public law", "Compétences et règles de droit public"},
		"procure":    {"Public procurement", "Commande publique"},
		"oldJoining": {"Joining and payments", "Adhésion et versements"},
	}
	for _, vehicle := range []string{"scic", "association", "none", "public-body"} {
		for _, resources := range [][]string{{"software", "standard", "content"}, {"software", "content"}} {
			for _, funding := range [][]string{{"donations"}, {"donations", "services"}} {
				set := map[string]any{"legal.vehicle": vehicle, "commons.resources": resources, "economy.funding": funding,
					"membership.classes": []string{"individuals", "public-bodies"}}
				switch vehicle {
				case "scic":
					set = fxWith(fxSCIC(), "commons.resources", resources, "economy.funding", funding, "membership.classes", []string{"individuals", "public-bodies"})
				case "none":
					set["legal.entity_name"], set["legal.statutes_url"] = nil, nil
				case "public-body":
					set["legal.entity_name"] = "Ville de Sentiers"
				}
				joining := vehicle == "scic" || vehicle == "none" || slices.Contains(resources, "standard")
				procure := slices.Contains(funding, "services")
				for li, l := range textfmt.All {
					what := fmt.Sprintf("%s %v %v %s", vehicle, resources, funding, l)
					doc := charterDoc(t, set, l)
					fxNoLoneSubClause(t, what, doc)
					_, hasPowers := doc.Clause("membership-public-bodies-powers")
					if hasPowers != (joining || procure) {
						t.Errorf("%s: general rule as a sub-clause=%v", what, hasPowers)
					}
					general := [2]string{"Nothing in this Charter requires a public body to act outside its powers", "Aucune stipulation de la Charte n'oblige une personne publique à agir hors de ses compétences"}[li]
					where := "membership-public-bodies"
					if hasPowers {
						where = "membership-public-bodies-powers"
						if strings.Contains(clausePlain(doc, "membership-public-bodies"), general) {
							t.Errorf("%s: the general rule is both in the article and in its sub-clause", what)
						}
					}
					if !strings.Contains(clausePlain(doc, where), general) {
						t.Errorf("%s: the general rule is not in %s", what, where)
					}
					join, ok := doc.Clause("membership-public-bodies-joining")
					if ok != joining {
						t.Fatalf("%s: joining sub-clause=%v", what, ok)
					}
					if !ok {
						continue
					}
					want := titles["assoc"][li]
					switch vehicle {
					case "scic":
						want = titles["scic"][li]
					case "none":
						want = titles["none"][li]
					}
					if got := plainSpaces(join.Title); got != want {
						t.Errorf("%s: joining sub-clause titled %q, want %q", what, got, want)
					}
					if strings.Contains(plainSpaces(join.Title), titles["oldJoining"][li]) {
						t.Errorf("%s: the old title remains", what)
					}
				}
			}
		}
	}
}

// fxNoLoneSubClause fails when a clause has exactly one sub-clause.
func fxNoLoneSubClause(t *testing.T, what string, doc *document.Document) {
	t.Helper()
	for i, c := range doc.Clauses {
		children := 0
		for _, d := range doc.Clauses[i+1:] {
			if d.Depth <= c.Depth {
				break
			}
			if d.Depth == c.Depth+1 {
				children++
			}
		}
		if children == 1 {
			t.Errorf("%s: clause %s %s has a single sub-clause", what, c.Number, c.ID)
		}
	}
}

// SK-28 over the review's combination and its neighbours: no article and
// no section of the charter has a single sub-clause.
func TestFxcharterNoLoneSubClauseInTheSCIC(t *testing.T) {
	for _, funding := range [][]string{{"donations", "grants", "membership-fees"}, {"services"}, {"procurement", "donations"}} {
		for _, classes := range [][]string{{"individuals", "public-bodies", "companies"}, {"individuals", "research"}, {"individuals"}} {
			set := fxWith(fxSCIC(), "economy.funding", funding, "membership.classes", classes)
			for _, l := range textfmt.All {
				fxNoLoneSubClause(t, fmt.Sprintf("%v %v %s", funding, classes, l), charterDoc(t, set, l))
			}
		}
	}
}

// SM-2: the address for personal data is asked whatever the vehicle, and
// the charter of a commons without legal personality gives it as the
// address of the members' contact point, in the controller clause and
// the rights clause; left empty, the commons' contact address.
func TestFxcharterPrivacyContactWithoutLegalPerson(t *testing.T) {
	k, _ := Lookup("charter")
	q, ok := k.Questionnaire.Question("privacy.contact")
	if !ok {
		t.Fatal("no question privacy.contact")
	}
	for _, vehicle := range []string{"none", "de-facto-association", "association", "scic", "fiscal-host", "public-body"} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"] = vehicle
		if !k.Questionnaire.Visible(q, vals) {
			t.Errorf("%s: the address for personal data is not asked", vehicle)
		}
	}
	for _, vehicle := range []string{"none", "de-facto-association"} {
		for _, address := range []any{"donnees@commun.example", nil} {
			set := map[string]any{"legal.vehicle": vehicle, "legal.entity_name": nil, "legal.statutes_url": nil, "privacy.contact": address, "commons.personal_data": true}
			want := k.Examples()["commons.contact"].(string)
			if address != nil {
				want = address.(string)
			}
			for _, l := range textfmt.All {
				doc := charterDoc(t, set, l)
				for _, id := range []string{"personal-data-controller", "personal-data-rights"} {
					if body := clausePlain(doc, id); !strings.Contains(body, want) {
						t.Errorf("%s %v %s: %s does not give %s:\n%s", vehicle, address, l, id, want, body)
					}
				}
			}
		}
	}
}

// SN-e: two rules never give the same warning for the same answers: a
// licence rule that the amendment majority absorbs is reported by one rule
// only, whatever the pair of rules.
func TestFxcharterLicenceAbsorbedWarnedOnce(t *testing.T) {
	k, _ := Lookup("charter")
	absorbed := []string{"licence-rule-absorbed", "licence-majority-absorbed", "licence-rule-absorbed-by-consensus"}
	for _, licence := range []string{"lazy-consensus", "consent", "majority", "two-thirds", "consensus"} {
		for _, amendment := range []string{"two-thirds", "three-quarters", "consensus"} {
			vals := exampleValues(t, k)
			vals["decisions.licence"], vals["amendment.rule"] = licence, amendment
			n := 0
			for _, id := range firedRules(k, vals) {
				if slices.Contains(absorbed, id) {
					n++
				}
			}
			if n > 1 {
				t.Errorf("licence %s, amendment %s: %d rules give the same warning", licence, amendment, n)
			}
		}
	}
}
