package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// charterClause returns one clause of the charter, with its sub-clauses,
// in plain spaces and apostrophes, from the examples changed by set.
func charterClauseWith(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("charter")
	return plainSpaces(clauseWith(t, k, k.Examples(), set, l, id))
}

// With a steering committee, an expense within the adopted budget and
// up to the delegated amount is committed without a prior decision of
// the committee, by the legal representative or a person the committee
// designates, who reports to it; above it the committee votes, and the
// budget row and the silence rule say so. A public body commits its
// expenditure through its own organs: no delegation is printed.
func TestCharterSteeringDelegation(t *testing.T) {
	deleg := [2]string{"Within the adopted budget, an expense of no more than", "Dans la limite du budget adopté, une dépense n'excédant pas"}
	report := [2]string{"shall report on it to the next meeting of the Steering Committee", "en rend compte à la réunion suivante du Comité de pilotage"}
	who := map[string][2]string{
		"association":          {"by the person who represents the Legal Entity or by the person whom the Steering Committee designates", "par la personne qui représente la Structure porteuse ou par la personne que le Comité de pilotage désigne"},
		"scic":                 {"by the person who represents the Legal Entity or by the person whom the Steering Committee designates", "par la personne qui représente la Structure porteuse ou par la personne que le Comité de pilotage désigne"},
		"fiscal-host":          {"by the Legal Entity, at the request of the Member whom the Steering Committee designates for that purpose", "par la Structure porteuse, à la demande du Membre que le Comité de pilotage désigne à cet effet"},
		"none":                 {"by the holder of the assets", "par le détenteur des biens"},
		"de-facto-association": {"by the holder of the assets", "par le détenteur des biens"},
		"public-body":          {"", ""},
	}
	row := [2]string{"expenditure beyond what", "dépenses qui excèdent la délégation prévue"}
	silence := [2]string{"commits an expense beyond the delegation in", "engage une dépense hors de la délégation prévue"}
	for vehicle, w := range who {
		for _, limit := range []int{0, 7500} {
			for li, l := range textfmt.All {
				set := map[string]any{"legal.vehicle": vehicle, "legal.entity_name": "Sentiers en commun", "governance.steering": true,
					"governance.delegation_limit": limit, "governance.default_rule": "lazy-consensus"}
				what := fmt.Sprintf("%s, %d, %s", vehicle, limit, l)
				want := limit > 0 && vehicle != "public-body"
				steer := charterClauseWith(t, set, l, "bodies-steering")
				amount := [2]string{"EUR 7,500", "7 500 euros"}[li]
				if got := strings.Contains(steer, deleg[li]) && strings.Contains(steer, amount) && strings.Contains(steer, report[li]); got != want {
					t.Errorf("%s: delegation printed=%v, want %v: %q", what, got, want, steer)
				}
				if want && !strings.Contains(steer, w[li]) {
					t.Errorf("%s: the delegation does not name %q: %q", what, w[li], steer)
				}
				table := charterClauseWith(t, set, l, "decisions-table")
				if got := strings.Contains(table, row[li]); got != want {
					t.Errorf("%s: budget row refers to the delegation=%v, want %v", what, got, want)
				}
				lazy := charterClauseWith(t, set, l, "rule-lazy-consensus")
				if got := strings.Contains(lazy, silence[li]); got != want {
					t.Errorf("%s: the silence rule excepts the delegation=%v, want %v", what, got, want)
				}
			}
		}
	}
	// Without a steering committee, the committee's delegation is absent.
	for li, l := range textfmt.All {
		set := map[string]any{"legal.vehicle": "association", "governance.steering": false, "governance.delegation_limit": 7500}
		if md := charterClauseWith(t, set, l, "bodies-no-steering"); strings.Contains(md, deleg[li]) {
			t.Errorf("%s: a steering committee's delegation without a committee: %q", l, md)
		}
	}
}

// Placing a product made from the hardware designs on the market, and
// setting the support period of one with digital elements, is a decision
// of the Assembly by simple majority: an item among its powers, a row in
// the table, and the same rule in the hardware article.
func TestCharterHardwareProductDecision(t *testing.T) {
	item := [2]string{"decides on placing on the market, on behalf of the Commons, each product made from its hardware designs", "décide de la mise sur le marché, pour le compte du Commun, de chaque produit fabriqué à partir de ses conceptions de matériel"}
	period := [2]string{"sets the support period of those products that have digital elements", "fixe la période d'assistance de ceux de ces produits qui comportent des éléments numériques"}
	row := [2]string{"| Placing on the market of a product made from the hardware designs of the Commons", "| Mise sur le marché d'un produit fabriqué à partir des conceptions de matériel du Commun"}
	rule := [2]string{"without a decision of the Assembly, taken by simple majority", "sans une décision de l'Assemblée, prise à la majorité simple"}
	// RH-6: without legal personality, the Assembly only authorises the
	// name of the Commons on a product that another places on the market.
	itemNone := [2]string{"decides whether a product made from its hardware designs, placed on the market by anyone in their own name, may bear the name of the Commons", "décide si un produit fabriqué à partir de ses conceptions de matériel, mis sur le marché par quiconque en son nom propre, peut porter le nom du Commun"}
	periodNone := [2]string{"sets the support period required of those products that have digital elements", "fixe la période d'assistance exigée de ceux de ces produits qui comportent des éléments numériques"}
	rowNone := [2]string{"| Authorisation for a product made from the hardware designs of the Commons to bear its name", "| Autorisation donnée à un produit fabriqué à partir des conceptions de matériel du Commun de porter son nom"}
	ruleNone := [2]string{"only with the authorisation of the Assembly, taken by simple majority", "qu'avec l'autorisation de l'Assemblée, prise à la majorité simple"}
	for _, vehicle := range []string{"association", "scic", "fiscal-host", "none", "public-body"} {
		for _, res := range [][]string{{"software", "hardware"}, {"hardware", "content"}, {"software"}} {
			for li, l := range textfmt.All {
				set := map[string]any{"legal.vehicle": vehicle, "legal.entity_name": "Sentiers en commun", "commons.resources": res, "licences.hardware": "CERN-OHL-W-2.0"}
				what := fmt.Sprintf("%s, %v, %s", vehicle, res, l)
				hw := strings.Contains(strings.Join(res, " "), "hardware")
				sw := strings.Contains(strings.Join(res, " "), "software")
				want := hw && vehicle != "public-body"
				item, period, row, rule := item, period, row, rule
				if vehicle == "none" {
					item, period, row, rule = itemNone, periodNone, rowNone, ruleNone
				}
				assembly := charterClauseWith(t, set, l, "bodies-assembly")
				if got := strings.Contains(assembly, item[li]); got != want {
					t.Errorf("%s: Assembly item=%v, want %v", what, got, want)
				}
				if got := strings.Contains(assembly, period[li]); got != (want && sw) {
					t.Errorf("%s: support period in the item=%v, want %v", what, got, want && sw)
				}
				if want && !strings.Contains(assembly, [2]string{"; and\n", " ;\n"}[li]) {
					t.Errorf("%s: the list of powers is broken: %q", what, assembly)
				}
				table := charterClauseWith(t, set, l, "decisions-table")
				if got := strings.Contains(table, row[li]); got != want {
					t.Errorf("%s: table row=%v, want %v", what, got, want)
				}
				if hw {
					if got := strings.Contains(charterClauseWith(t, set, l, "licences-hardware"), rule[li]); got != want {
						t.Errorf("%s: hardware article names the majority=%v, want %v", what, got, want)
					}
				}
			}
		}
	}
}

// Under lazy consensus, the Assembly has at least its notice period to
// object; a cooperative's Assembly, whose decisions are those of the
// associates, puts every such decision to a vote.
func TestCharterAssemblyLazyConsensus(t *testing.T) {
	notice := [2]string{"Where the body concerned is the Assembly, the period for objecting is at least", "Lorsque l'instance concernée est l'Assemblée, le délai d'opposition est d'au moins"}
	vote := [2]string{"are never taken by silence: those that this Charter submits to lazy consensus are put to a vote of the Assembly", "ne sont jamais prises par le silence : celles que la Charte soumet au consensus tacite sont mises aux voix de l'Assemblée"}
	for _, c := range []struct {
		vehicle, form string
		lazy, days    int
		article       string
	}{
		{"association", "", 10, 15, ""},
		{"none", "", 15, 15, ""},
		{"fiscal-host", "", 20, 15, ""},
		{"scic", "sas", 10, 15, "L. 227-9"},
		{"scic", "sarl", 10, 15, "L. 223-27"},
		{"scic", "sa", 20, 15, "L. 225-98"},
	} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": c.vehicle, "legal.company_form": c.form, "legal.entity_name": "Sentiers en commun",
				"governance.default_rule": "lazy-consensus", "governance.lazy_days": c.lazy, "governance.notice_days": c.days, "governing_law": "FR"}
			if c.form == "" {
				delete(set, "legal.company_form")
			}
			what := fmt.Sprintf("%v, %s", c, l)
			body := charterClauseWith(t, set, l, "rule-lazy-consensus")
			scic := c.vehicle == "scic"
			if got := strings.Contains(body, vote[li]); got != scic {
				t.Errorf("%s: the cooperative's Assembly votes=%v, want %v", what, got, scic)
			}
			if scic && !strings.Contains(body, c.article) {
				t.Errorf("%s: no article %s: %q", what, c.article, body)
			}
			wantNotice := !scic && c.days > c.lazy
			if got := strings.Contains(body, notice[li]); got != wantNotice {
				t.Errorf("%s: the Assembly's notice period=%v, want %v", what, got, wantNotice)
			}
		}
	}
}

// Admission after a contribution does not close to a cooperative's
// employees, or to a class that its statutes exempt, the classes the law
// requires among its associates.
func TestCharterCooperativeAdmissionWithoutContribution(t *testing.T) {
	exempt := [2]string{"The Contribution condition applies neither to the employees of the Legal Entity nor to persons who apply for admission to a class of members (associés) that its statutes exempt from it", "La condition de Contribution ne s'applique ni aux salariés de la Structure porteuse, ni aux personnes qui demandent leur admission dans une catégorie d'associés que ses statuts en dispensent"}
	ground := [2]string{"who has made no such Contribution while bound to make one", "qui ne justifie pas d'une telle Contribution alors qu'elle y est tenue"}
	for _, vehicle := range []string{"scic", "association", "none"} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": vehicle, "legal.entity_name": "Sentiers en commun", "membership.admission": "contribution"}
			body := charterClauseWith(t, set, l, "membership-admission-contribution")
			want := vehicle == "scic"
			if got := strings.Contains(body, exempt[li]) && strings.Contains(body, ground[li]); got != want {
				t.Errorf("%s, %s: exemption=%v, want %v: %q", vehicle, l, got, want, body)
			}
			if want && !strings.Contains(body, "19 septies") {
				t.Errorf("%s, %s: the law of 1947 is not named", vehicle, l)
			}
		}
	}
	// The English states the Technical Committee's duty in one mood.
	body := charterClauseWith(t, map[string]any{"membership.admission": "contribution"}, textfmt.EN, "membership-admission-contribution")
	if !strings.Contains(body, "or state in writing why it does not") {
		t.Errorf("the Technical Committee's duty is not in one mood: %q", body)
	}
}

// A public university is both a public body and a research and education
// organisation: where Members are counted by class, it counts only in
// the latter, and the rules on public bodies still apply to it.
func TestCharterPublicUniversityClass(t *testing.T) {
	rule := [2]string{"is counted only in the class of research and education organisations wherever this Charter counts Members by class", "est rangée dans la seule catégorie des organismes de recherche et d'enseignement partout où la Charte compte les Membres par catégorie"}
	seats := [2]string{"in particular for the limit on seats", "notamment pour la limite des sièges"}
	for _, classes := range [][]string{{"individuals", "public-bodies", "research"}, {"individuals", "research"}, {"public-bodies", "companies"}} {
		for _, steering := range []bool{true, false} {
			for li, l := range textfmt.All {
				set := map[string]any{"membership.classes": classes, "governance.steering": steering}
				body := charterClauseWith(t, set, l, "membership-classes")
				want := len(classes) == 3
				what := fmt.Sprintf("%v, steering %v, %s", classes, steering, l)
				if got := strings.Contains(body, rule[li]); got != want {
					t.Errorf("%s: class of a public university=%v, want %v", what, got, want)
				}
				if got := strings.Contains(body, seats[li]); got != (want && steering) {
					t.Errorf("%s: seat limit named=%v, want %v", what, got, want && steering)
				}
			}
		}
	}
}

// A French public body's opinion on an application is given within the
// 45 days stated once, in the paragraph that counts it from the
// application and includes the applicant's observations.
func TestCharterPublicBodyOpinionPeriodOnce(t *testing.T) {
	for _, steering := range []bool{true, false} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Université de Sentiers", "membership.admission": "approval", "governance.steering": steering, "governing_law": "FR"}
			body := charterClauseWith(t, set, l, "membership-admission-approval")
			if n := strings.Count(body, "(45)"); n != 1 {
				t.Errorf("steering %v, %s: the 45 days are stated %d times: %q", steering, l, n, body)
			}
			if !strings.Contains(body, [2]string{"within the period set below", "dans le délai fixé ci-après"}[li]) {
				t.Errorf("steering %v, %s: the first paragraph does not refer to the period", steering, l)
			}
		}
	}
}

// English agreement: a cooperative's members (associés) are repaid
// their capital, and the Legal Entity shall publish and meet the
// conditions of an approval.
func TestCharterEnglishCooperativeTerms(t *testing.T) {
	set := map[string]any{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun"}
	k, _ := Lookup("charter")
	vals := k.Examples()
	for key, v := range set {
		vals[key] = v
	}
	en := plainSpaces(assembledText(t, k, vals, textfmt.EN))
	if strings.Contains(en, "repayment to the partners") || !strings.Contains(en, "repayment to the members (associés) of the capital") {
		t.Errorf("the cooperative's members are called partners")
	}
	if strings.Contains(en, "for as long as it relies on it, meets") {
		t.Errorf("'shall then publish … and … meets' remains")
	}
}

// A French public body that carries the Commons is identified by its
// category and the text that creates it, and the organ whose decision
// adopts the Charter is named where the answers allow it; another public
// body keeps the generic wording.
func TestCharterPublicBodyFormAndOrgan(t *testing.T) {
	form := map[string][2]string{
		"university":      {"constituted as a public scientific, cultural and professional establishment", "constituée en établissement public à caractère scientifique, culturel et professionnel (Code de l'éducation, article L. 711-1)"},
		"research":        {"constituted as a public scientific and technological establishment", "constituée en établissement public à caractère scientifique et technologique"},
		"local-authority": {"that is a local authority (collectivité territoriale)", "ayant la qualité de collectivité territoriale"},
	}
	organ := map[string][2]string{
		"university":      {"is that of its board of directors (conseil d'administration, French Education Code, Article L. 712-3)", "la délibération qui adopte ou modifie la Charte est celle de son conseil d'administration (Code de l'éducation, article L. 712-3)"},
		"research":        {"is that of its board of directors (conseil d'administration)", "la délibération qui adopte ou modifie la Charte est celle de son conseil d'administration."},
		"local-authority": {"is that of its deliberative assembly (assemblée délibérante)", "la délibération qui adopte ou modifie la Charte est celle de son assemblée délibérante"},
	}
	for _, pf := range []string{"university", "research", "local-authority", "state", "other"} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Université de Sentiers", "legal.public_form": pf}
			def := charterClauseWith(t, set, l, "definitions")
			legal := charterClauseWith(t, set, l, "legal-public-body")
			f, known := form[pf]
			for _, body := range []string{def, legal} {
				if known && !strings.Contains(body, f[li]) {
					t.Errorf("%s, %s: the form is not stated: %q", pf, l, body)
				}
				if !known && strings.Contains(body, [2]string{"constituted as", "constituée en"}[li]) {
					t.Errorf("%s, %s: a form the answers do not give: %q", pf, l, body)
				}
			}
			if known && !strings.Contains(legal, organ[pf][li]) {
				t.Errorf("%s, %s: the organ is not named: %q", pf, l, legal)
			}
			if !known && strings.Contains(legal, [2]string{"the decision that adopts or amends this Charter is that of", "la délibération qui adopte ou modifie la Charte est celle de"}[li]) {
				t.Errorf("%s, %s: an organ the answers do not give: %q", pf, l, legal)
			}
		}
	}
}
