package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

func fx7uHas(t *testing.T, what, body, phrase string, want bool) {
	t.Helper()
	if got := strings.Contains(body, phrase); got != want {
		t.Errorf("%s: %q present=%v, want %v", what, phrase, got, want)
	}
}

// TestFx7uTransferOption (RU-4): a transfer of the exclusive rights
// without the commitments no longer rescinds the grant as of right, which
// a court could hold contrary to the rules of insolvency proceedings
// (C. com., L. 622-13 and L. 641-11-1): the commitments are a charge
// binding every acquirer, and the author has an option, exercised by
// notice within twelve months, to have the rights back (assignment:
// promise to assign back, C. civ. 1124) or to end the exclusive licence
// (FLA). The company and SCIC variants keep the same mechanism.
func TestFx7uTransferOption(t *testing.T) {
	bind := map[textfmt.Lang]string{textfmt.EN: "it binds every person that acquires them, whoever makes the transfer", textfmt.FR: "elle lie toute personne qui les acquiert, quel que soit l'auteur de la transmission"}
	option := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "You may then exercise the option, which the Assignee grants you by this clause, to have the rights in your Contributions assigned back to you for no price", textfmt.FR: "Vous pouvez alors lever l'option, que vous consent le Cessionnaire par la présente clause, de vous rétrocéder sans prix les droits sur vos Contributions"},
		"fla":        {textfmt.EN: "You may then terminate the exclusive licence of your Contributions.", textfmt.FR: "Vous pouvez alors mettre fin à la licence exclusive de vos Contributions."},
	}
	notice := map[textfmt.Lang]string{textfmt.EN: "You exercise that right by a written notice sent to the person that holds those rights, within twelve (12) months of the day on which you were informed", textfmt.FR: "Vous exercez cette faculté par une notification écrite adressée à la personne qui détient ces droits, dans un délai de douze (12) mois à compter du jour où vous avez été informé"}
	cite := map[textfmt.Lang]string{textfmt.EN: "(French Civil Code, Article 1124)", textfmt.FR: "(Code civil, article 1124)"}
	arises := map[textfmt.Lang]string{textfmt.EN: "That right arises from the transfer or the conversion, and not from the opening of insolvency proceedings.", textfmt.FR: "Cette faculté naît de la transmission ou de la transformation, et non de l'ouverture d'une procédure collective."}
	gone := map[textfmt.Lang][]string{textfmt.EN: {"as against the purchaser", "That termination results"}, textfmt.FR: {"à l'égard de l'acquéreur comme", "Cette résolution procède", "Cette résiliation procède"}}
	for _, in := range []string{"assignment", "fla"} {
		for _, vehicle := range []string{"association", "company", "scic"} {
			for _, law := range []string{"FR", "BE"} {
				for _, l := range textfmt.All {
					body := plainSpaces(fxClause(t, false, map[string]any{"inbound": in, "legal.vehicle": vehicle, "governing_law": law}, l, "inbound-"+in))
					what := in + ", " + vehicle + ", " + law + ", " + string(l)
					fx7uHas(t, what, body, bind[l], true)
					fx7uHas(t, what, body, option[in][l], true)
					fx7uHas(t, what, body, notice[l], true)
					fx7uHas(t, what, body, cite[l], in == "assignment" && law == "FR")
					if law == "FR" {
						fx7uHas(t, what, body, arises[l], true)
					}
					for _, g := range gone[l] {
						fx7uHas(t, what, body, g, false)
					}
				}
			}
		}
	}
}

// TestFx7uUnknownForms (RU-3): forms of exploitation unforeseeable at
// submission are not assigned nor licensed exclusively (CPI L. 131-6) and
// stay with the author, who licenses them to every recipient under the
// Project's licence (L. 122-7-1), as the CLA already does; French law is
// cited only where it governs.
func TestFx7uUnknownForms(t *testing.T) {
	kept := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "The right to exploit the Contribution in a form that was unforeseeable or not provided for at the date of its submission is not assigned and remains yours", textfmt.FR: "Le droit d'exploiter la Contribution sous une forme non prévisible ou non prévue à la date de sa soumission n'est pas cédé et reste le vôtre"},
		"fla":        {textfmt.EN: "The right to exploit the Contribution in a form that was unforeseeable or not provided for at the date of its submission is not included in the exclusive licence and remains yours", textfmt.FR: "Le droit d'exploiter la Contribution sous une forme non prévisible ou non prévue à la date de sa soumission n'est pas compris dans la licence exclusive et reste le vôtre"},
	}
	grant := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "For those forms, by submitting your Contribution, you grant everyone who receives the Project, the Assignee included, a licence on it on the terms of the Licence of the Project that applies to it", textfmt.FR: "Pour ces formes, en soumettant votre Contribution, vous concédez à toute personne qui reçoit le Projet, le Cessionnaire compris, une licence sur celle-ci aux conditions de la Licence du Projet qui lui est applicable"},
		"fla":        {textfmt.EN: "For those forms, by submitting your Contribution, you grant everyone who receives the Project, the Licensee included, a licence on it", textfmt.FR: "Pour ces formes, en soumettant votre Contribution, vous concédez à toute personne qui reçoit le Projet, le Licencié compris, une licence sur celle-ci"},
	}
	cite := map[textfmt.Lang]string{textfmt.EN: "(French Intellectual Property Code, Article L. 131-6)", textfmt.FR: "(Code de la propriété intellectuelle, article L. 131-6)"}
	for _, in := range []string{"assignment", "fla", "cla"} {
		for _, law := range []string{"FR", "BE"} {
			for _, l := range textfmt.All {
				body := plainSpaces(fxClause(t, false, map[string]any{"inbound": in, "governing_law": law}, l, "inbound-"+in))
				what := in + ", " + law + ", " + string(l)
				if in == "cla" {
					fx7uHas(t, what, body, "L. 131-6", false)
					continue
				}
				fx7uHas(t, what, body, kept[in][l], true)
				fx7uHas(t, what, body, grant[in][l], true)
				fx7uHas(t, what, body, cite[l], law == "FR")
			}
		}
	}
}

// TestFx7uOwnActsWarranty (RU-5): the limit of liability to wilful
// misconduct or gross negligence no longer empties the warranty of title
// for the contributor's own acts (French Civil Code, Article 1628, cited
// for the assignment under French law), in every agreement.
func TestFx7uOwnActsWarranty(t *testing.T) {
	own := map[textfmt.Lang]string{textfmt.EN: "That limit does not apply to the warranty against your own acts, such as an assignment or exclusive licence of the rights in the Contribution that you have granted to another person, for which you shall be liable in any event", textfmt.FR: "Cette limite ne s'applique pas à la garantie de vos faits personnels, tels qu'une cession ou une licence exclusive des droits sur la Contribution que vous auriez consentie à un tiers, dont vous répondez en toute hypothèse"}
	cite := map[textfmt.Lang]string{textfmt.EN: "in any event (French Civil Code, Article 1628).", textfmt.FR: "en toute hypothèse (Code civil, article 1628)."}
	for _, in := range []string{"cla", "fla", "assignment"} {
		for _, law := range []string{"FR", "BE"} {
			for _, l := range textfmt.All {
				body := plainSpaces(fxClause(t, false, map[string]any{"inbound": in, "governing_law": law}, l, "inbound-"+in))
				what := in + ", " + law + ", " + string(l)
				fx7uHas(t, what, body, own[l], true)
				fx7uHas(t, what, body, cite[l], in == "assignment" && law == "FR")
			}
		}
	}
}

// TestFx7uPaidWorkWritingPerRoute (RU-9): charter 8.2 no longer says that
// an author « concède » a Contribution, which misdescribes an assignment:
// the writing is the signed assignment or licence agreement with the
// statement accompanying the Contribution, or, where the policy requires
// no agreement, the statement placing it under the applicable licence.
func TestFx7uPaidWorkWritingPerRoute(t *testing.T) {
	routes := [2]string{"the assignment or licence agreement that", "l'acte de cession ou l'accord de licence qu"}
	none := [2]string{"where the policy requires no such agreement, the statement by which", "si la politique n'en exige aucun, l'attestation par laquelle"}
	gone := [2]string{"statement or agreement by which", "l'attestation ou l'accord par lequel"}
	for _, v := range []string{"public-body", "association"} {
		set := fx4jVehicle(v)
		set["governing_law"] = "FR"
		for li, l := range textfmt.All {
			body := fxPlain(fx4jCharterClause(t, set, l, "economy-paid-work"))
			name := string(l) + " " + v
			r2Check(t, name, body, true, routes[li])
			r2Check(t, name, body, true, none[li])
			r2Check(t, name, body, false, gone[li])
		}
	}
}

// TestFx7uKeepDeedAndStatements (RU-7): the Assignee keeps the deed and
// each statement for the rights' term plus five years, as the data
// clause on signed agreements provides; no other route says so.
func TestFx7uKeepDeedAndStatements(t *testing.T) {
	keep := map[textfmt.Lang]string{textfmt.EN: "the Assignee shall keep the agreement and a time-stamped copy of each statement for the whole duration of the assigned rights and five (5) years beyond, as Article", textfmt.FR: "le Cessionnaire conserve l'acte et une copie horodatée de chaque déclaration pendant toute la durée des droits cédés, augmentée de cinq (5) ans, dans les conditions de l'article"}
	for _, in := range []string{"assignment", "fla"} {
		for _, l := range textfmt.All {
			body := plainSpaces(fxClause(t, false, map[string]any{"inbound": in}, l, "inbound-"+in))
			fx7uHas(t, in+", "+string(l), body, keep[l], in == "assignment")
		}
	}
}

// TestFx7uTicketTextNeedsStatement (RU-6): the text of an issue or comment
// merged into the resources falls under the assignment or the exclusive
// licence only with the statement made for it in the merge request that
// merges it; otherwise it stays under the Project's licence. The CLA and
// the routes without agreement are unchanged.
func TestFx7uTicketTextNeedsStatement(t *testing.T) {
	stmt := map[textfmt.Lang]string{textfmt.EN: "those of them whose text is merged into the resources of the Project fall under it, provided that you make for that text, in the", textfmt.FR: "ceux d'entre eux dont le texte est intégré aux ressources du Projet en relèvent, pourvu que vous fassiez pour ce texte, dans la"}
	invite := map[textfmt.Lang]string{textfmt.EN: "and make that statement, or leaving it under the licence", textfmt.FR: "et à faire cette déclaration, ou en le laissant sous la licence"}
	for _, in := range []string{"assignment", "fla", "cla", "dco"} {
		for _, l := range textfmt.All {
			body := plainSpaces(fxClause(t, false, map[string]any{"inbound": in}, l, "inbound-other-channels"))
			exclusive := in == "assignment" || in == "fla"
			fx7uHas(t, in+", "+string(l), body, stmt[l], exclusive)
			fx7uHas(t, in+", "+string(l), body, invite[l], exclusive)
		}
	}
}

// TestFx7uSteeringCommitteeIsStatutory (RU-10): a règlement intérieur
// cannot compose the board; where the charter says that the Steering
// Committee is the statutory board (association, SCIC in each company
// form), the board as the statutes compose it exercises the Committee's
// powers until the statutes carry the clauses of Annex B, whose row now
// names the composition; without a Steering Committee nothing is said.
func TestFx7uSteeringCommitteeIsStatutory(t *testing.T) {
	assoc := [2]string{"the Steering Committee is its board of directors, whose composition is a matter for the statutes: until they contain the clauses that Annex B lists, the board of directors that the statutes designate exercises the powers that the Charter confers on the Steering Committee", "le Comité de pilotage est son conseil d'administration, dont la composition relève des statuts : tant qu'ils ne comportent pas les clauses que prévoit l'annexe B, le conseil d'administration que désignent les statuts exerce les attributions que la Charte confie au Comité de pilotage"}
	scic := [2]string{"its composition is a matter for the statutes: until they contain the clauses that Annex B lists, that body, as the statutes compose it, exercises the powers that the Charter confers on the Steering Committee", "sa composition relève des statuts : tant qu'ils ne comportent pas les clauses que prévoit l'annexe B, cet organe exerce, dans la composition qu'ils fixent, les attributions que la Charte confie au Comité de pilotage"}
	row := [2]string{"is its Steering Committee, composed, elected and renewed as Article", "est son Comité de pilotage, composé, élu et renouvelé comme le prévoit l'article"}
	for _, c := range []struct {
		vehicle, form string
		steering      bool
	}{{"association", "", true}, {"association", "", false}, {"scic", "sa", true}, {"scic", "sarl", true}, {"scic", "sas", true}} {
		set := map[string]any{"legal.vehicle": c.vehicle, "governance.steering": c.steering}
		if c.form != "" {
			set["legal.company_form"] = c.form
		}
		id := "legal-association"
		if c.vehicle == "scic" {
			id = "legal-scic"
		}
		for li, l := range textfmt.All {
			name := string(l) + " " + c.vehicle + " " + c.form
			body := fx4jCharterClause(t, set, l, id)
			r2Check(t, name, body, c.steering && c.vehicle == "association", assoc[li])
			r2Check(t, name, body, c.steering && c.vehicle == "scic", scic[li])
			r2Check(t, name, fx4jCharterClause(t, set, l, "annex-b"), c.steering, row[li])
		}
	}
}

// TestFx7uAssociationFees (RU-11): an association's fees are set by the
// general meeting on the Steering Committee's proposal, unless the
// statutes provide otherwise, in 7.2 and 8.3 alike; a SCIC keeps the
// rule that defers to its statutes.
func TestFx7uAssociationFees(t *testing.T) {
	row := [2]string{"Steering Committee; for membership fees, the Assembly, on its proposal, unless the statutes of the Legal Entity provide otherwise", "Comité de pilotage ; pour les cotisations, l'Assemblée, sur sa proposition, sauf si les statuts de la Structure porteuse en disposent autrement"}
	fees := [2]string{"by the Assembly, on a proposal of the Steering Committee, by simple majority (Article 7.5), unless the statutes of the Legal Entity provide otherwise", "par l'Assemblée, sur proposition du Comité de pilotage, à la majorité simple (article 7.5), sauf si les statuts de la Structure porteuse en disposent autrement"}
	reserve := [2]string{"where the statutes of the Legal Entity reserve", "lorsque les statuts de la Structure porteuse lui"}
	for _, v := range []string{"association", "scic"} {
		set := map[string]any{"legal.vehicle": v, "governance.steering": true, "economy.funding": []string{"donations", "membership-fees"}}
		for li, l := range textfmt.All {
			name := string(l) + " " + v
			r2Check(t, name, fx4jCharterClause(t, set, l, "decisions-table"), v == "association", row[li])
			funding := fx4jCharterClause(t, set, l, "economy-funding")
			r2Check(t, name, funding, v == "association", fees[li])
			r2Check(t, name, funding, v == "scic", reserve[li])
		}
	}
}

// TestFx7uReceiptsAfterRuling (RU-12): receipts for gifts and patronage
// are issued only after the tax authorities, asked for a ruling, have
// confirmed eligibility or let six months pass (LPF L. 80 C, which rules
// out the CGI art. 1740 A fine); no longer « au besoin ».
func TestFx7uReceiptsAfterRuling(t *testing.T) {
	ruling := [2]string{"only once the tax authorities, on its request for a ruling (rescrit), have confirmed that it meets the conditions of Article", "qu'après que l'administration fiscale, saisie par elle d'une demande de rescrit, a confirmé qu'elle remplit les conditions de"}
	silence := [2]string{"or have not replied within six months, which rules out the fine under Article 1740 A of that Code (Livre des procédures fiscales, Article L. 80 C)", "ou n'a pas répondu dans le délai de six mois, ce qui écarte l'amende prévue à l'article 1740 A du même code (livre des procédures fiscales, article L. 80 C)"}
	gone := [2]string{"if need be", "au besoin"}
	for _, v := range []string{"association", "scic"} {
		for _, funding := range [][]string{{"donations"}, {"sponsorship"}} {
			set := map[string]any{"legal.vehicle": v, "economy.funding": funding}
			for li, l := range textfmt.All {
				body := fx4jCharterClause(t, set, l, "economy-funding")
				name := string(l) + " " + v + " " + funding[0]
				r2Check(t, name, body, v == "association", ruling[li], silence[li])
				r2Check(t, name, body, false, gone[li])
			}
		}
	}
}
