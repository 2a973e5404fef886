package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// swissClause assembles a charter in both languages and returns the body
// of a clause, its spaces made plain, for each language.
func swissClause(t *testing.T, k *Kind, vals questionnaire.Values, id string) [2]string {
	t.Helper()
	var out [2]string
	for li, l := range textfmt.All {
		doc, err := k.Assemble(vals, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := doc.Clause(id)
		out[li] = plainSpaces(c.Body)
	}
	return out
}

func plainSpaces(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ", "’", "'").Replace(s)
}

// Under Swiss law, Members who cooperate for a common purpose without
// a legal person form a simple partnership whatever that purpose (CO
// art. 530): none of them represents the others save by a mandate (art.
// 535, 543), and those who bind themselves together are jointly liable
// (art. 544(3)). Under French law the group is at most an undeclared
// association; under another law, the charter claims no qualification
// that law may deny.
func TestCharterSwissSimplePartnership(t *testing.T) {
	k, _ := Lookup("charter")
	partnership := [2]string{"simple partnership within the meaning of Article 530 of the Swiss Code of Obligations", "société simple au sens de l'article 530 du code des obligations suisse"}
	mandate := [2]string{"no Member represents or binds the others save by a mandate that this Charter or a decision of the Members gives them expressly", "aucun Membre ne représente ni n'engage les autres, sauf en vertu d'un mandat que lui donne expressément la Charte ou une décision des Membres"}
	joint := [2]string{"jointly and severally liable for that obligation, unless otherwise agreed with that third party (Article 544, paragraph 3)", "en sont tenus solidairement, sauf convention contraire avec ce tiers (article 544, alinéa 3)"}
	french := [2]string{"since they do not intend to share profits or losses", "faute d'intention de partager des bénéfices ou des pertes"}
	neutral := [2]string{"should the governing law nonetheless treat their cooperation as a partnership or an association, this Charter is its contract", "si le droit applicable qualifiait néanmoins leur coopération de société ou d'association, la Charte en serait le contrat"}
	for _, law := range []string{"FR", "CH", "DE", "US-NY"} {
		for _, vehicle := range []string{"none", "fiscal-host", "public-body"} {
			if law == "FR" && vehicle == "public-body" {
				continue
			}
			vals := exampleValues(t, k)
			vals["legal.vehicle"], vals["governing_law"] = vehicle, law
			form := map[string]string{"none": "legal-none", "fiscal-host": "legal-fiscal-host", "public-body": "legal-public-body"}[vehicle]
			body := swissClause(t, k, vals, form)
			nature := swissClause(t, k, vals, "legal-nature")
			for li := range body {
				swiss := law == "CH" && vehicle != "public-body"
				for _, p := range [][2]string{partnership, mandate, joint} {
					if got := strings.Contains(body[li], p[li]); got != swiss {
						t.Errorf("%s, %s, %d: %q in the legal form=%v:\n%s", law, vehicle, li, p[li], got, body[li])
					}
				}
				if got := strings.Contains(nature[li], partnership[li]); got != (law == "CH") {
					t.Errorf("%s, %s, %d: simple partnership in the nature of the Charter=%v:\n%s", law, vehicle, li, got, nature[li])
				}
				if got := strings.Contains(nature[li], french[li]); got != (law == "FR") {
					t.Errorf("%s, %s, %d: the French reasoning on profits=%v:\n%s", law, vehicle, li, got, nature[li])
				}
				if got := strings.Contains(nature[li], neutral[li]); got != (law != "FR" && law != "CH") {
					t.Errorf("%s, %s, %d: the qualification left to the governing law=%v:\n%s", law, vehicle, li, got, nature[li])
				}
			}
		}
	}
}

// A legal person established in Switzerland processes personal data under
// the Swiss Federal Act on Data Protection first, the GDPR reaching it only
// through its Article 3(2), with a representative in the Union (Article
// 27): the charter says so as the contribution policy does, for the same
// answers, and neither says it of a controller established elsewhere.
func TestCharterAndPolicyAgreeOnSwissDataProtection(t *testing.T) {
	charter, _ := Lookup("charter")
	policy, _ := Lookup("contribution")
	fadp := [2]string{"the Swiss Federal Act on Data Protection of 25 September 2020 (“FADP”, SR 235.1), which governs that processing", "de la loi fédérale suisse du 25 septembre 2020 sur la protection des données (« LPD », RS 235.1), qui régit ces traitements"}
	representative := [2]string{"shall designate in writing a representative in the European Union", "désigne par écrit un représentant dans l'Union européenne"}
	thirty := [2]string{"thirty (30) days (Data Protection Ordinance, Article 18)", "trente (30) jours (ordonnance sur la protection des données, article 18)"}
	fdpic := [2]string{"Federal Data Protection and Information Commissioner (FDPIC), in Switzerland, where the controller is established (FADP, Article 49)", "Préposé fédéral à la protection des données et à la transparence (PFPDT), en Suisse, où le responsable du traitement est établi (LPD, article 49)"}
	transfer := [2]string{"outside Switzerland, they may be transferred only to a State that the Swiss Federal Council recognises", "hors de Suisse, elles ne sont communiquées qu'à un État dont le Conseil fédéral a constaté"}
	for _, estab := range []string{"CH", "FR", "DE"} {
		for _, vehicle := range []string{"fiscal-host", "public-body", "none"} {
			cv := exampleValues(t, charter)
			cv["legal.vehicle"], cv["governing_law"], cv["privacy.establishment"] = vehicle, "CH", estab
			pv := exampleValues(t, policy)
			pv["legal.vehicle"], pv["governing_law"], pv["privacy.establishment"] = vehicle, "CH", estab
			swiss := estab == "CH" && vehicle != "none"
			controller := swissClause(t, charter, cv, "personal-data-controller")
			rights := swissClause(t, charter, cv, "personal-data-rights")
			recipients := swissClause(t, charter, cv, "personal-data-recipients")
			theirs := swissClause(t, policy, pv, "personal-data-controller")
			for li := range controller {
				if got := strings.Contains(controller[li], plainSpaces(fadp[li])); got != swiss {
					t.Errorf("%s, %s, %d: the charter names the FADP=%v:\n%s", estab, vehicle, li, got, controller[li])
				}
				if vehicle != "none" {
					if got := strings.Contains(theirs[li], plainSpaces(fadp[li])); got != swiss {
						t.Errorf("%s, %s, %d: the policy names the FADP=%v, unlike the charter:\n%s", estab, vehicle, li, got, theirs[li])
					}
				}
				if got := strings.Contains(controller[li], representative[li]); got != swiss {
					t.Errorf("%s, %s, %d: representative in the Union=%v:\n%s", estab, vehicle, li, got, controller[li])
				}
				for _, p := range [][2]string{thirty, fdpic} {
					if got := strings.Contains(rights[li], plainSpaces(p[li])); got != swiss {
						t.Errorf("%s, %s, %d: %q=%v:\n%s", estab, vehicle, li, p[li], got, rights[li])
					}
				}
				if got := strings.Contains(recipients[li], transfer[li]); got != swiss {
					t.Errorf("%s, %s, %d: transfers under the FADP=%v:\n%s", estab, vehicle, li, got, recipients[li])
				}
			}
		}
	}
}

// A host is named with its seat and its number in its register; a Swiss
// foundation with the business identification number under which the
// commercial register enters it (CC art. 81(2)) and the authority that
// supervises it (CC art. 84). Nothing of it is printed for another form.
func TestCharterIdentifiesASwissFoundation(t *testing.T) {
	k, _ := Lookup("charter")
	for _, form := range []string{"foundation", "association"} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"], vals["legal.host_form"], vals["governing_law"] = "fiscal-host", form, "CH"
		vals["legal.seat"], vals["legal.registration"] = "Lausanne", "CHE 123 456 789"
		vals["legal.supervisory_authority"] = "Autorité de surveillance des fondations du canton de Vaud"
		body := swissClause(t, k, vals, "legal-fiscal-host")
		foundation := form == "foundation"
		for _, want := range [][2]string{
			{"whose registered office is in Lausanne", "dont le siège est à Lausanne"},
			{"(UID) CHE-123.456.789", "(IDE) CHE-123.456.789"},
		} {
			for l := range body {
				if !strings.Contains(body[l], want[l]) {
					t.Errorf("%s, %d: no %q:\n%s", form, l, want[l], body[l])
				}
			}
		}
		for _, p := range [][2]string{
			{"entered in the commercial register (Article 81, paragraph 2, of the Swiss Civil Code)", "inscrite au registre du commerce (article 81, alinéa 2, du Code civil suisse)"},
			{"subject to the supervision of Autorité de surveillance des fondations du canton de Vaud (Article 84 of the Swiss Civil Code)", "placée sous la surveillance de l'Autorité de surveillance des fondations du canton de Vaud (article 84 du Code civil suisse)"},
			{"a foundation governed by Articles 80 et seq. of the Swiss Civil Code", "fondation régie par les articles 80 et suivants du Code civil suisse"},
		} {
			for l := range body {
				if got := strings.Contains(body[l], p[l]); got != foundation {
					t.Errorf("%s, %d: %q=%v:\n%s", form, l, p[l], got, body[l])
				}
			}
		}
	}
}

func TestRegistrationOfASwissNumber(t *testing.T) {
	for _, s := range []string{"CHE-123.456.789", "UID CHE-123.456.789", "IDE: CHE 123 456 789", "che123456789 TVA"} {
		if r := registrationOf(s); r.Register != "uid" || r.Number != "CHE-123.456.789" {
			t.Errorf("%q: %+v", s, r)
		}
	}
	if r := registrationOf("RNA W353012345"); r.Register != "rna" {
		t.Errorf("RNA read as %+v", r)
	}
}

// A Swiss foundation that hosts the Commons transfers the assets earmarked
// for it only with its supervisory authority's approval where the law
// requires it (CC art. 84, 88), and, if it is tax-exempt, only to a
// tax-exempt beneficiary with a like purpose (DFTA art. 56(g)): at the end
// of the hosting agreement and on the dissolution of the Commons, and for
// no other host.
func TestCharterSwissFoundationTransfersWithApproval(t *testing.T) {
	k, _ := Lookup("charter")
	approval := [2]string{"takes effect only once that authority has approved it where the law so requires, in particular on the dissolution of the Legal Entity (Article 88 of that Code)", "ne prend effet qu'après l'approbation de cette autorité lorsque la loi l'exige, notamment lors de la dissolution de la Structure porteuse (article 88 de ce code)"}
	exempt := [2]string{"the beneficiary must itself be exempt from tax on the same ground and pursue a like purpose (Federal Act on Direct Federal Tax, Article 56(g))", "le bénéficiaire doit lui-même être exonéré au même titre et poursuivre un but analogue (loi fédérale sur l'impôt fédéral direct, article 56, lettre g)"}
	for _, c := range []struct{ law, form string }{{"CH", "foundation"}, {"CH", "association"}, {"FR", "foundation"}, {"DE", "foundation"}} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"], vals["legal.host_form"], vals["governing_law"] = "fiscal-host", c.form, c.law
		want := c.law == "CH" && c.form == "foundation"
		for _, id := range []string{"legal-fiscal-host", "exit-dissolution"} {
			body := swissClause(t, k, vals, id)
			for l := range body {
				for _, p := range [][2]string{approval, exempt} {
					if got := strings.Contains(body[l], p[l]); got != want {
						t.Errorf("%s %s, %s, %d: %q=%v:\n%s", c.law, c.form, id, l, p[l], got, body[l])
					}
				}
			}
		}
	}
}

// optionalClauseBody is the body of a clause, its no-break spaces made
// plain, or "" where the answers give the charter no such clause.
func optionalClauseBody(t *testing.T, k *Kind, vals questionnaire.Values, l textfmt.Lang, id string) string {
	t.Helper()
	doc, err := k.Assemble(vals, l, Final)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := doc.Clause(id)
	return strings.ReplaceAll(c.Body, "\u00a0", " ")
}

// The article on public bodies keeps its general rule and puts joining and
// payments, and public procurement, in sub-clauses of their own, each
// present only where the answers call for it, in both languages alike.
func TestCharterPublicBodiesClauseIsSplit(t *testing.T) {
	k, _ := Lookup("charter")
	for _, c := range []struct {
		vehicle       string
		funding       []string
		join, procure bool
	}{
		{"scic", []string{"services"}, true, true},
		{"association", []string{"donations"}, false, false},
		{"association", []string{"procurement"}, false, true},
		{"none", []string{"donations"}, true, false},
	} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"], vals["economy.funding"] = c.vehicle, c.funding
		vals["membership.classes"] = []string{"individuals", "public-bodies"}
		vals["commons.resources"] = []string{"software"}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			parent, _ := doc.Clause("membership-public-bodies")
			_, join := doc.Clause("membership-public-bodies-joining")
			procurement, procure := doc.Clause("membership-public-bodies-procurement")
			if join != c.join || procure != c.procure {
				t.Errorf("%s %v, %s: joining=%v procurement=%v", c.vehicle, c.funding, l, join, procure)
			}
			word := [2]string{"public procurement when it buys", "commande publique lorsqu"}[map[textfmt.Lang]int{textfmt.EN: 0, textfmt.FR: 1}[l]]
			if strings.Contains(parent.Body, word) || procure && !strings.Contains(procurement.Body, word) {
				t.Errorf("%s %v, %s: the procurement rule is not in its own sub-clause:\n%s", c.vehicle, c.funding, l, parent.Body)
			}
		}
	}
}

// The charter states the logs and usage statistics of the commons'
// website, and of its paid services where it offers some, with their legal
// basis, the consent that trackers need and a retention period; the
// insurance covers the paid services only where there are some.
func TestCharterUsageDataAndInsuranceOfServices(t *testing.T) {
	k, _ := Lookup("charter")
	logs := [2]string{"the technical logs of the website", "les journaux techniques du site"}
	paidLogs := [2]string{"the technical logs of the website and of the paid services", "les journaux techniques du site et des services payants"}
	trackers := [2]string{"Directive 2002/58/EC, Article 5(3)", "directive 2002/58/CE, article 5, paragraphe 3"}
	kept := [2]string{"Technical logs shall be kept for no more than twelve (12) months", "Les journaux techniques sont conservés douze (12) mois au plus"}
	insured := map[string][2]string{
		"association": {"including the paid services that it provides around the Resources", "y compris les services payants qu'elle fournit autour des Ressources"},
		"fiscal-host": {"including the paid services that the Legal Entity provides around the Resources", "y compris les services payants que la Structure porteuse fournit autour des Ressources"},
		"none":        {"a Member who provides paid services around the Resources does so under their own civil liability insurance", "le Membre qui fournit des services payants autour des Ressources le fait sous couvert de sa propre assurance de responsabilité civile"},
	}
	for vehicle, cover := range insured {
		for _, services := range []bool{false, true} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"], vals["economy.funding"] = vehicle, []string{"donations"}
			if services {
				vals["economy.funding"] = []string{"donations", "services"}
			}
			purposes := swissClause(t, k, vals, "personal-data-purposes")
			retention := swissClause(t, k, vals, "personal-data-retention")
			insurance := swissClause(t, k, vals, "assets-insurance")
			for l := range purposes {
				if !strings.Contains(purposes[l], logs[l]) || !strings.Contains(purposes[l], trackers[l]) || !strings.Contains(retention[l], kept[l]) {
					t.Errorf("%s, services %v, %d: usage data not stated:\n%s\n%s", vehicle, services, l, purposes[l], retention[l])
				}
				if got := strings.Contains(purposes[l], paidLogs[l]); got != services {
					t.Errorf("%s, services %v, %d: logs of the paid services=%v", vehicle, services, l, got)
				}
				if got := strings.Contains(insurance[l], cover[l]); got != services {
					t.Errorf("%s, services %v, %d: insurance of the services=%v:\n%s", vehicle, services, l, got, insurance[l])
				}
			}
		}
	}
}

// A legal entity established outside the Union designates a legal
// representative there for the spaces where the commons publishes content
// (DSA art. 13) and, as a manufacturer, notifies the CSIRT that CRA art.
// 14(7) designates; none of it is said of an entity in the Union, and a
// host whose country the answers do not give draws a warning instead.
func TestCharterEntityOutsideTheUnion(t *testing.T) {
	k, _ := Lookup("charter")
	dsa := [2]string{"shall designate in writing a legal representative in one of the Member States", "désigne par écrit un représentant légal dans l'un des États membres"}
	cra := [2]string{"those notifications go to the CSIRT that Article 14(7) of that Regulation designates", "ces notifications sont adressées au CSIRT que désigne l'article 14, paragraphe 7, de ce règlement"}
	for _, estab := range []string{"CH", "US", "DE", "FR"} {
		vals := exampleValues(t, k)
		vals["legal.vehicle"], vals["privacy.establishment"], vals["governing_law"] = "fiscal-host", estab, "CH"
		vals["economy.funding"] = []string{"donations", "services"}
		vals["commons.resources"] = []string{"software"}
		outside := estab == "CH" || estab == "US"
		notices := swissClause(t, k, vals, "contribution-notices")
		technical := swissClause(t, k, vals, "bodies-technical")
		for l := range notices {
			if got := strings.Contains(notices[l], dsa[l]); got != outside {
				t.Errorf("%s, %d: DSA representative=%v:\n%s", estab, l, got, notices[l])
			}
			if got := strings.Contains(technical[l], cra[l]); got != outside {
				t.Errorf("%s, %d: CRA notifications outside the Union=%v:\n%s", estab, l, got, technical[l])
			}
		}
		if got := slices.Contains(brokenRules(k, vals), "host-establishment-unknown"); got {
			t.Errorf("%s: the host's country is given, yet the charter warns it is unknown", estab)
		}
	}
	vals := exampleValues(t, k)
	vals["legal.vehicle"] = "fiscal-host"
	delete(vals, "privacy.establishment")
	if !slices.Contains(brokenRules(k, vals), "host-establishment-unknown") {
		t.Error("a host whose country is not given draws no warning")
	}
}
