package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// govCase is one set of answers of a charter, changed from its examples.
type govCase map[string]any

// expectClause assembles the charter with set, in both languages, and
// checks that clause id says each of want's phrases exactly when present
// is true, and never says any of never's.
func expectClause(t *testing.T, set govCase, id string, present bool, want [2][]string, never [2][]string) {
	t.Helper()
	k, _ := Lookup("charter")
	for li, l := range textfmt.All {
		vals := k.Examples()
		body := plainClause(t, k, vals, set, l, id)
		what := fmt.Sprintf("%s %v %s", l, map[string]any(set), id)
		for _, p := range want[li] {
			if got := strings.Contains(body, p); got != present {
				t.Errorf("%s: %q printed=%v, want %v:\n%s", what, p, got, present, body)
			}
		}
		for _, p := range never[li] {
			if strings.Contains(body, p) {
				t.Errorf("%s: %q is printed:\n%s", what, p, body)
			}
		}
	}
}

var allVehicles = []string{"none", "de-facto-association", "association", "fiscal-host", "scic", "public-body"}

// The Assembly's prior decision on each category of paid services that
// place software of the Resources on the market, with its support period
// (Cyber Resilience Act), is among its powers and has its row in the
// table, decided by simple majority, exactly when the funding article
// requires it: a legal entity other than a public body, paid services,
// and software among the Resources.
func TestCharterAssemblyDecidesPaidServicesWithTheirSupportPeriod(t *testing.T) {
	power := [2][]string{{"authorises each category of paid services through which the Legal Entity places software of the Resources on the market, and sets the support period of the products concerned", "7. decides on the dissolution of the Commons"},
		{"autorise chaque catégorie de services payants par lesquels la Structure porteuse met un logiciel des Ressources sur le marché, et fixe la période d'assistance des produits en cause", "7. décide de la dissolution du Commun"}}
	row := [2][]string{{"| Paid services that place software of the Resources on the market: authorisation of each category and setting of the support period of the products concerned (Article 8.3) | Assembly | Simple majority (Article"},
		{"| Services payants qui mettent un logiciel des Ressources sur le marché : autorisation de chaque catégorie et fixation de la période d'assistance des produits en cause (article 8.3) | Assemblée | Majorité simple (article"}}
	decision := [2][]string{{"only after a prior decision of the Assembly"}, {"qu'après une décision préalable de l'Assemblée"}}
	for _, vehicle := range allVehicles {
		for _, services := range []bool{false, true} {
			for _, resources := range [][]string{{"software", "data"}, {"data", "content"}} {
				funding := []string{"donations", "membership-fees"}
				if services {
					funding = append(funding, "services")
				}
				set := govCase{"legal.vehicle": vehicle, "economy.funding": funding, "commons.resources": resources}
				in := services && resources[0] == "software" && vehicle != "public-body" && vehicle != "none" && vehicle != "de-facto-association"
				expectClause(t, set, "bodies-assembly", in, power, [2][]string{})
				expectClause(t, set, "decisions-table", in, row, [2][]string{})
				if services {
					expectClause(t, set, "economy-funding", in, decision, [2][]string{})
				}
				if !in && vehicle != "public-body" {
					expectClause(t, set, "bodies-assembly", true, [2][]string{{"6. decides on the dissolution of the Commons"}, {"6. décide de la dissolution du Commun"}}, [2][]string{})
				}
			}
		}
	}
}

// An application for membership on approval that the competent body has
// not refused by notice within the two months is granted: the applicant
// is entered in the register, or in a cooperative may subscribe for the
// share on which membership takes effect. A public body keeps its own
// rule, under which its silence is acceptance.
func TestCharterSilenceOnAnApplicationAdmits(t *testing.T) {
	admitted := [2][]string{{"An applicant who has been notified of no refusal within that period is admitted"}, {"Le candidat à qui aucun refus n'a été notifié dans ce délai est admis"}}
	entered := [2][]string{{"is admitted and shall be entered in the register of Members without delay"}, {"est admis et inscrit sans délai au registre des Membres"}}
	share := [2][]string{{"is admitted, and their membership takes effect as provided in points 3 to 5"}, {"est admis, et son adhésion prend effet comme il est dit aux points 3 à 5"}}
	for _, vehicle := range allVehicles {
		for _, steering := range []bool{false, true} {
			set := govCase{"legal.vehicle": vehicle, "governance.steering": steering, "membership.admission": "approval"}
			expectClause(t, set, "membership-admission-approval", vehicle != "public-body", admitted, [2][]string{})
			expectClause(t, set, "membership-admission-approval", vehicle != "public-body" && vehicle != "scic", entered, [2][]string{})
			expectClause(t, set, "membership-admission-approval", vehicle == "scic", share, [2][]string{})
		}
	}
	for _, admission := range []string{"declaration", "contribution"} {
		set := govCase{"legal.vehicle": "association", "membership.admission": admission}
		expectClause(t, set, "membership-admission-"+admission, false, admitted, [2][]string{})
	}
}

// A substitute who completes the conduct committee for a sanction is drawn
// by lot from a list that the Assembly approves in advance, never chosen
// by the body that hears the appeal against that sanction.
func TestCharterConductSubstituteComesFromTheAssemblysList(t *testing.T) {
	drawn := [2][]string{{"a substitute shall be drawn by lot for the case", "from a list of substitutes that the Assembly approves in advance, when it elects the Committee"},
		{"un suppléant est tiré au sort pour l'affaire", "parmi les personnes inscrites sur une liste de suppléants que l'Assemblée approuve à l'avance, lors de l'élection du Comité"}}
	appointed := [2][]string{{"the Steering Committee appoints", "the Appeal Panel appoints"}, {"le Comité de pilotage désigne pour l'affaire", "la Commission de recours désigne pour l'affaire"}}
	power := [2][]string{{"approves the list of"}, {"approuve la liste"}}
	for _, vehicle := range allVehicles {
		for _, steering := range []bool{false, true} {
			set := govCase{"legal.vehicle": vehicle, "governance.steering": steering}
			expectClause(t, set, "conduct-committee", true, drawn, appointed)
			if vehicle != "public-body" {
				expectClause(t, set, "bodies-assembly", true, power, [2][]string{})
			}
		}
	}
}

// A Member is exempted from a membership fee by the body that takes budget
// decisions, under their rule, and the exemption is published without the
// Member's name; a charter without fees says nothing of it.
func TestCharterFeeExemptionByTheBudgetBody(t *testing.T) {
	hidden := [2][]string{{"on their reasoned request", "under the rule set for budget decisions", "published in the Governance Space only without the Member's name"},
		{"sur sa demande motivée", "selon la règle applicable aux décisions budgétaires", "n'est publiée dans l'Espace de gouvernance que sans son nom"}}
	for _, vehicle := range []string{"association", "scic", "fiscal-host", "de-facto-association"} {
		for _, steering := range []bool{false, true} {
			set := govCase{"legal.vehicle": vehicle, "governance.steering": steering, "economy.funding": []string{"membership-fees"}}
			by := [2][]string{{"by the Assembly, deciding"}, {"par l'Assemblée, statuant"}}
			if steering {
				by = [2][]string{{"by the Steering Committee"}, {"par le Comité de pilotage"}}
			}
			expectClause(t, set, "economy-funding", true, hidden, [2][]string{{"exempted on a reasoned request"}, {"exonéré sur demande motivée"}})
			expectClause(t, set, "economy-funding", true, by, [2][]string{})
			set["economy.funding"] = []string{"donations"}
			expectClause(t, set, "economy-funding", false, hidden, [2][]string{})
		}
	}
	set := govCase{"legal.vehicle": "public-body", "governing_law": "BE", "economy.funding": []string{"membership-fees"}}
	expectClause(t, set, "economy-funding", true, [2][]string{{"by the competent organ of the Legal Entity, on a proposal of"}, {"par l'organe compétent de la Structure porteuse, sur proposition"}}, [2][]string{})
}

// From sixteen, a minor administers an association alone, unless the legal
// representative, informed by the association, expressly objects (law of
// 1 July 1901, art. 2 bis, al. 3); only the association's charter says so.
func TestCharterMinorAdministersUnlessTheRepresentativeObjects(t *testing.T) {
	objects := [2][]string{{"reminding them of their right to object", "the minor may then perform alone the acts useful to the administration of the Legal Entity, unless their legal representative expressly objects"},
		{"en leur rappelant leur droit d'opposition", "il accomplit alors seul les actes utiles à l'administration de la Structure porteuse, sauf opposition expresse de son représentant légal"}}
	for _, vehicle := range allVehicles {
		set := govCase{"legal.vehicle": vehicle, "membership.classes": []string{"individuals", "companies"}}
		expectClause(t, set, "membership-classes", vehicle == "association", objects, [2][]string{})
	}
}

// The administrators of the online accounts are designated by the legal
// representative of the legal entity, named as its form names it, on a
// proposal of the Commons' bodies; without a legal entity, by the bodies.
func TestCharterOnlineAccountsAdministeredOnTheLegalRepresentativesDesignation(t *testing.T) {
	who := map[string][2]string{
		"association": {"designated by the person whom the statutes of the Legal Entity empower to represent it, on a proposal of", "désignées par la personne que les statuts de la Structure porteuse chargent de la représenter, sur proposition"},
		"fiscal-host": {"designated by the person whom the statutes of the Legal Entity empower to represent it, on a proposal of", "désignées par la personne que les statuts de la Structure porteuse chargent de la représenter, sur proposition"},
		"public-body": {"designated by the Legal Entity, on a proposal of", "désignées par la Structure porteuse, sur proposition"},
		"none":        {"designated by the Steering Committee, so that", "désignées par le Comité de pilotage, de sorte"},
		"sa":          {"its chief executive officer (directeur général) or, where its statutes give it a management board, the chair of that board (président du directoire)", "son directeur général ou, si ses statuts la dotent d'un directoire, le président de celui-ci"},
		"sas":         {"the legal representative of the Legal Entity, its president, on a proposal of", "le représentant légal de la Structure porteuse, son président, sur proposition"},
		"sarl":        {"the legal representative of the Legal Entity, its manager (gérant) or one of its managers, on a proposal of", "le représentant légal de la Structure porteuse, son gérant ou l'un de ses gérants, sur proposition"},
	}
	online := [2][]string{{"each online account of the Commons"}, {"chaque compte en ligne du Commun"}}
	stale := [2][]string{{"who manages its accounts"}, {"qui gère ses comptes"}}
	for key, w := range who {
		set := govCase{"legal.vehicle": key, "governance.steering": true}
		if key == "sa" || key == "sas" || key == "sarl" {
			set = govCase{"legal.vehicle": "scic", "legal.company_form": key, "governance.steering": true}
		}
		expectClause(t, set, "assets-continuity", true, [2][]string{{w[0]}, {w[1]}}, stale)
		expectClause(t, set, "assets-continuity", true, online, [2][]string{})
	}
}

// The board of a société anonyme is chaired by the chair that it elects
// for the term the law and the statutes set (C. com. L. 225-47, L. 225-81),
// not by a facilitator elected for a year; the organ of another legal
// entity by the person its statutes name, if they name one.
func TestCharterBoardIsChairedByItsChair(t *testing.T) {
	chair := [2][]string{{"By way of exception, the facilitator of the Steering Committee is the chair of the board of directors of the Legal Entity or, where its statutes give it a management board, the chair of its supervisory board", "Articles L. 225-47 and L. 225-81"},
		{"Par exception, l'animateur du Comité de pilotage est le président du conseil d'administration de la Structure porteuse ou, si ses statuts la dotent d'un directoire, le président de son conseil de surveillance", "articles L. 225-47 et L. 225-81"}}
	statutes := [2][]string{{"Where the statutes of the Legal Entity designate the person who chairs the organ that the Steering Committee is"}, {"Lorsque les statuts de la Structure porteuse désignent la personne qui préside l'organe qu'est le Comité de pilotage"}}
	for _, form := range []string{"sa", "sas", "sarl"} {
		for _, steering := range []bool{false, true} {
			set := govCase{"legal.vehicle": "scic", "legal.company_form": form, "governance.steering": steering}
			expectClause(t, set, "decisions-principles", form == "sa" && steering, chair, [2][]string{})
			expectClause(t, set, "decisions-principles", form != "sa" && steering, statutes, [2][]string{})
		}
	}
	for _, vehicle := range []string{"association", "fiscal-host", "none", "public-body"} {
		set := govCase{"legal.vehicle": vehicle, "governance.steering": true}
		expectClause(t, set, "decisions-principles", false, chair, [2][]string{})
		expectClause(t, set, "decisions-principles", vehicle == "association", statutes, [2][]string{})
	}
}

// A tie rejects a proposal, save where the law or the statutes of the
// legal entity give its chair a casting vote: in the board of an SA unless
// its statutes exclude it (C. com. L. 225-37, L. 225-82), and the article
// on the legal form says the same rule, not a second one.
func TestCharterOneRuleOnATie(t *testing.T) {
	board := [2][]string{{"In the event of a tie, the proposal is rejected, except in the Steering Committee, where the chair of the meeting has a casting vote unless the statutes of the Legal Entity exclude it"},
		{"En cas de partage égal des voix, la proposition est rejetée, sauf au Comité de pilotage, où la voix du président de séance est prépondérante à moins que les statuts de la Structure porteuse ne l'excluent"}}
	statutes := [2][]string{{"unless the statutes of the Legal Entity give a casting vote to whoever chairs the meeting of the organ that the body constitutes"},
		{"sauf si les statuts de la Structure porteuse donnent voix prépondérante au président de séance de l'organe qu'est l'instance"}}
	plain := [2][]string{{"In the event of a tie, the proposal is rejected."}, {"En cas de partage égal des voix, la proposition est rejetée."}}
	for _, c := range []struct {
		set                    govCase
		board, statutes, plain bool
	}{
		{govCase{"legal.vehicle": "scic", "legal.company_form": "sa", "governance.steering": true}, true, false, false},
		{govCase{"legal.vehicle": "scic", "legal.company_form": "sa", "governance.steering": false}, false, true, false},
		{govCase{"legal.vehicle": "scic", "legal.company_form": "sas", "governance.steering": true}, false, true, false},
		{govCase{"legal.vehicle": "association", "governance.steering": true}, false, true, false},
		{govCase{"legal.vehicle": "fiscal-host", "governance.steering": true}, false, false, true},
		{govCase{"legal.vehicle": "none", "governance.steering": false}, false, false, true},
	} {
		expectClause(t, c.set, "rule-majority", c.board, board, [2][]string{})
		expectClause(t, c.set, "rule-majority", c.statutes, statutes, [2][]string{})
		expectClause(t, c.set, "rule-majority", c.plain, plain, [2][]string{})
	}
	set := govCase{"legal.vehicle": "scic", "legal.company_form": "sa", "governance.steering": true}
	expectClause(t, set, "legal-scic", true, [2][]string{{"the chair of the meeting has a casting vote unless the statutes provide otherwise, as Article 7."}, {"celle du président de séance est prépondérante, sauf si les statuts en disposent autrement, comme le rappelle l'article 7."}}, [2][]string{})
}

// The board of an SA publishes a summary of its deliberations, from which
// it removes trade secrets and what its members' discretion covers (C. com.
// L. 225-37, L. 225-92), not its minutes nor each director's vote; other
// steering committees publish their minutes and votes as chosen.
func TestCharterBoardPublishesASummary(t *testing.T) {
	summary := [2][]string{{"a summary of the deliberations and decisions of the Steering Committee, which is the board of directors or supervisory board of the Legal Entity, which that board adopts after removing from it trade secrets", "Articles L. 225-37 and L. 225-92", "how each Member voted in the Assembly and how each member of the Steering Committee voted are not published"},
		{"un résumé des délibérations et des décisions du Comité de pilotage, qui est le conseil d'administration ou de surveillance de la Structure porteuse, que celui-ci arrête après en avoir retranché les secrets des affaires", "articles L. 225-37 et L. 225-92", "le vote de chaque Membre à l'Assemblée et celui de chaque membre du Comité de pilotage ne sont pas publiés"}}
	individual := [2][]string{{"how each member of the Steering Committee and of the Technical Committee voted", "naming the members of the Steering Committee and of the Technical Committee"},
		{"le vote de chaque membre du Comité de pilotage et du Comité technique", "qui nomment les membres présents du Comité de pilotage et du Comité technique"}}
	minutes := [2][]string{{"Nor are the minutes of the deliberations of the Steering Committee"}, {"Les procès-verbaux des délibérations du Comité de pilotage"}}
	published := []string{"minutes", "votes", "roadmap"}
	for _, c := range []struct {
		set   govCase
		board bool
	}{
		{govCase{"legal.vehicle": "scic", "legal.company_form": "sa", "governance.steering": true, "transparency.published": published}, true},
		{govCase{"legal.vehicle": "scic", "legal.company_form": "sas", "governance.steering": true, "transparency.published": published}, false},
		{govCase{"legal.vehicle": "association", "governance.steering": true, "transparency.published": published}, false},
	} {
		expectClause(t, c.set, "transparency-space", c.board, summary, [2][]string{})
		expectClause(t, c.set, "transparency-space", !c.board, individual, [2][]string{})
		expectClause(t, c.set, "transparency-confidential", c.board, minutes, [2][]string{})
	}
}
