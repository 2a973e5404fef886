package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

func fxrgHas(t *testing.T, what, body, phrase string, want bool) {
	t.Helper()
	if got := strings.Contains(body, phrase); got != want {
		t.Errorf("%s: %q present=%v, want %v", what, phrase, got, want)
	}
}

// TestFxrgTransferSurvivesInsolvencyMergerConversion (RG-4, RG-14, RG-33,
// RG-15): the commitments towards authors are a charge of each grant that
// every deed of transfer reproduces, a sale in insolvency proceedings
// included; a transfer without them binds the acquirer all the same and
// gives the author an option to have the rights back (RU-4); a merger passes them on; a cooperative that loses its status,
// or a non-profit that converts, must pass the rights on; the contributor
// keeps the notice address up to date. A public body, which no insolvency
// proceedings reach, keeps its own clause.
func TestFxrgTransferSurvivesInsolvencyMergerConversion(t *testing.T) {
	charge := map[textfmt.Lang]string{textfmt.EN: "including a sale ordered or authorised in safeguard, receivership or judicial liquidation proceedings (French Commercial Code, Articles L. 642-1 and L. 642-19)", textfmt.FR: "y compris la cession ordonnée ou autorisée dans une procédure de sauvegarde, de redressement ou de liquidation judiciaires (Code de commerce, articles L. 642-1 et L. 642-19)"}
	purchaser := map[textfmt.Lang]string{textfmt.EN: "that person is bound by those commitments nonetheless. You may then", textfmt.FR: "cette personne n’en est pas moins tenue de ces engagements. Vous pouvez alors"}
	opening := map[textfmt.Lang]string{textfmt.EN: "and not from the opening of insolvency proceedings", textfmt.FR: "et non de l’ouverture d’une procédure collective"}
	merger := map[textfmt.Lang]string{textfmt.EN: "by merger or division, is a transfer within the meaning of this point", textfmt.FR: "par fusion ou scission, est une transmission au sens du présent point"}
	scic := map[textfmt.Lang]string{textfmt.EN: "loses its status as a cooperative of collective interest (SCIC)", textfmt.FR: "perd sa qualité de coopérative d’intérêt collectif"}
	convert := map[textfmt.Lang]string{textfmt.EN: "converts into a person that is not one of those just listed", textfmt.FR: "se transforme en une personne qui n’est pas l’une de celles qui viennent d’être énumérées"}
	address := map[textfmt.Lang]string{textfmt.EN: "You shall tell it of any change of that address; a notice sent to the last address that you gave it is valid.", textfmt.FR: "Vous l’informez de tout changement de cette adresse ; l’information envoyée à la dernière adresse que vous lui avez indiquée vaut information."}
	for _, linked := range []bool{false, true} {
		for _, inbound := range []string{"assignment", "fla", "cla", "dco"} {
			for _, vehicle := range []string{"company", "association", "scic", "fiscal-host", "public-body"} {
				if linked && inbound == "dco" {
					continue
				}
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "legal.vehicle": vehicle, "cla.outbound": "fsf-osi"}
					id := "inbound-" + inbound
					if inbound == "dco" {
						id = "inbound"
					}
					body := fxClause(t, linked, set, l, id)
					what := inbound + ", " + vehicle + ", " + string(l)
					if linked {
						what += ", linked"
					}
					exclusive := inbound == "assignment" || inbound == "fla"
					guarded := exclusive && vehicle != "public-body"
					fxrgHas(t, what, body, charge[l], guarded)
					fxrgHas(t, what, body, purchaser[l], guarded)
					fxrgHas(t, what, body, opening[l], guarded)
					fxrgHas(t, what, body, address[l], guarded)
					fxrgHas(t, what, body, merger[l], guarded && vehicle != "company")
					fxrgHas(t, what, body, scic[l], guarded && vehicle == "scic")
					fxrgHas(t, what, body, convert[l], guarded && (vehicle == "association" || vehicle == "fiscal-host"))
				}
			}
		}
	}
}

// fxrgDoc returns the whole text of the contribution policy assembled from
// the examples changed by set, linked to a charter or not.
func fxrgDoc(t *testing.T, linked bool, set map[string]any, l textfmt.Lang) string {
	t.Helper()
	k, _ := Lookup("contribution")
	vals := k.Examples()
	if linked {
		vals = linkedExamples(k)
	}
	var b strings.Builder
	for _, cl := range assembled(t, k, vals, set, l).Clauses {
		b.WriteString(cl.Body)
		b.WriteString("\n")
	}
	return fxNorm(b.String())
}

// TestFxrgCRAReleasesOfAManufacturer (RG-6): a legal person that charges
// for support of the Project's software is told that the releases it
// publishes itself are the product; the old carve-out is gone.
func TestFxrgCRAReleasesOfAManufacturer(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "the releases of the Project that it publishes itself, including those that it makes available free of charge under the Licences of the Project, are products made available in the course of that commercial activity and fall under this article (recital 15 of that Regulation)", textfmt.FR: "les versions du Projet qu’elle publie elle-même, y compris celles qu’elle met gratuitement à disposition sous les Licences du Projet, sont des produits mis à disposition dans le cadre de cette activité commerciale et relèvent du présent article (considérant 15 du règlement)"}
	old := map[textfmt.Lang]string{textfmt.EN: "that it supplies outside such an activity", textfmt.FR: "qu’elle fournit en dehors d’une telle activité"}
	for _, linked := range []bool{false, true} {
		for _, maker := range []bool{true, false} {
			for _, l := range textfmt.All {
				set := map[string]any{"security.cra_manufacturer": maker, "contributions.types": []string{"code"}}
				if maker {
					set["security.cra_steward"] = false
				}
				doc := fxrgDoc(t, linked, set, l)
				what := string(l)
				fxrgHas(t, what, doc, want[l], maker)
				fxrgHas(t, what, doc, old[l], false)
			}
		}
	}
}

// TestFxrgSubLicencesCoverTheDatabaseRight (RG-7): the non-exclusive
// licences of a public body and of a minor grant the database producer's
// rights of extraction and re-utilisation where the Project takes data,
// on every route with an agreement, and say nothing of them otherwise.
func TestFxrgSubLicencesCoverTheDatabaseRight(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "distribute them, and, where they form a database or part of one, to extract and re-utilise its contents under the rights of the producer of that database, with the right to license them", textfmt.FR: "de les distribuer, ainsi que, lorsqu’elles constituent une base de données ou une partie d’une base, d’en extraire et d’en réutiliser le contenu au titre des droits du producteur de cette base, avec le droit d’en concéder"}
	for _, inbound := range []string{"assignment", "fla"} {
		for _, data := range []bool{true, false} {
			types := []string{"code"}
			if data {
				types = append(types, "data")
			}
			for _, id := range []string{"steward-public-bodies", "steward-minors"} {
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "contributions.types": types, "contributors.allowed": []string{}, "project.data": data}
					body := fxClause(t, false, set, l, id)
					fxrgHas(t, inbound+", "+id+", "+string(l), body, want[l], data)
				}
			}
		}
	}
}

// TestFxrgOrganisationMandatesItsContributors (RG-8, RG-28): the persons
// whom an organisation's agreement names act as its agents for the
// statements that accompany its Contributions; a public body's signatory
// may be empowered by a deliberation, a decision or a delegation; a route
// without an agreement says nothing of it.
func TestFxrgOrganisationMandatesItsContributors(t *testing.T) {
	mandate := map[textfmt.Lang]string{textfmt.EN: "names the persons authorised to contribute on its behalf, whom it empowers, by a mandate, to submit its Contributions and to make, in its name, the statements that accompany them (French Civil Code, Article 1984);", textfmt.FR: "désigne les personnes autorisées à contribuer pour son compte, qu’elle mandate pour soumettre en son nom ses Contributions et faire, en son nom, les déclarations qui les accompagnent (Code civil, article 1984) ;"}
	for _, inbound := range []string{"dco", "cla", "fla", "assignment"} {
		for _, l := range textfmt.All {
			doc := fxrgDoc(t, false, map[string]any{"inbound": inbound}, l)
			fxrgHas(t, inbound+", "+string(l), doc, mandate[l], inbound != "dco")
		}
	}
}

// TestFxrgCommercialAssigneeReceivesOnlySoftwareByAssignment (RG-5): a
// company or a cooperative that receives assignments under French law
// receives by assignment only software and the database right; the other
// works are licensed under the Licences of the Project, its employees'
// other works included; a non-profit assignee and the licence routes are
// unchanged.
func TestFxrgCommercialAssigneeReceivesOnlySoftwareByAssignment(t *testing.T) {
	scope := map[textfmt.Lang]string{textfmt.EN: "The assignment covers only the Contributions that are software, including the texts of its interface, and the rights of the producer of a database.", textfmt.FR: "La cession ne porte que sur les Contributions qui sont des logiciels, y compris les textes de leur interface, et sur les droits du producteur d’une base de données."}
	licence := map[textfmt.Lang]string{textfmt.EN: "(French Intellectual Property Code, Article L. 131-4). By submitting those other Contributions, you grant everyone who receives the Project, the Assignee included, a licence on them", textfmt.FR: "(Code de la propriété intellectuelle, article L. 131-4). En soumettant ces autres Contributions, vous concédez sur celles-ci, à toute personne qui receives"}
	licence[textfmt.FR] = "(Code de la propriété intellectuelle, article L. 131-4). En soumettant ces autres Contributions, vous concédez sur celles-ci, à toute personne qui reçoit le Projet, y compris au Cessionnaire, une licence"
	staff := map[textfmt.Lang]string{textfmt.EN: "you license them as any contributor does, under the individual assignment agreement that you sign", textfmt.FR: "vous les concédez comme tout contributeur, en vertu de l’acte de cession individuel que vous signez"}
	for _, linked := range []bool{false, true} {
		for _, inbound := range []string{"assignment", "fla"} {
			for _, vehicle := range []string{"company", "scic", "association", "fiscal-host"} {
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "legal.vehicle": vehicle, "contributions.types": []string{"code", "data", "translation"}, "contributors.allowed": []string{"individuals", "employees"}}
					doc := fxrgDoc(t, linked, set, l)
					what := inbound + ", " + vehicle + ", " + string(l)
					commercial := inbound == "assignment" && (vehicle == "company" || vehicle == "scic")
					fxrgHas(t, what, doc, scope[l], commercial)
					fxrgHas(t, what, doc, licence[l], commercial)
					fxrgHas(t, what, doc, staff[l], commercial)
				}
			}
		}
	}
}

// TestFxrgAppealWithoutTheMaintainerWhoDecided (RG-11): whatever body
// hears an appeal on a Contribution, the Maintainer whose decision is
// disputed does not sit.
func TestFxrgAppealWithoutTheMaintainerWhoDecided(t *testing.T) {
	charterBody := map[textfmt.Lang]string{textfmt.EN: "which decides, without the Maintainer who made the disputed decision, after hearing you.", textfmt.FR: "qui statue, sans le Mainteneur auteur de la décision contestée, après vous avoir entendu."}
	maintainers := map[textfmt.Lang]string{textfmt.EN: "who decide after hearing you, without the Maintainer whose decision is disputed", textfmt.FR: "qui statuent après vous avoir entendu, sans le Mainteneur dont la décision est contestée"}
	for _, tc := range []struct {
		name    string
		linked  bool
		url     any
		charter bool
	}{{"linked", true, nil, true}, {"charter url", false, "https://example.org/charte", true}, {"no charter", false, nil, false}} {
		for _, l := range textfmt.All {
			set := map[string]any{}
			if !tc.linked {
				set["project.charter_url"] = tc.url
			}
			body := fxClause(t, tc.linked, set, l, "process-review")
			fxrgHas(t, tc.name+", "+string(l), body, charterBody[l], tc.charter)
			fxrgHas(t, tc.name+", "+string(l), body, maintainers[l], !tc.charter)
		}
	}
}

// TestFxrgManufacturerAcknowledgesReports (RG-10): where the Legal Entity
// is a manufacturer under the Cyber Resilience Act, it owes the handling
// of a report, through the Maintainers it charges with it; otherwise the
// Maintainers do.
func TestFxrgManufacturerAcknowledgesReports(t *testing.T) {
	maker := map[textfmt.Lang]string{textfmt.EN: "acting through the Maintainers whom it charges with handling vulnerabilities, shall acknowledge your report within", textfmt.FR: "agissant par les Mainteneurs qu’elle charge du traitement des vulnérabilités, accuse réception de votre signalement dans un délai de"}
	others := map[textfmt.Lang]string{textfmt.EN: "The Maintainers acknowledge your report within", textfmt.FR: "Les Mainteneurs accusent réception de votre signalement dans un délai de"}
	for _, linked := range []bool{false, true} {
		for _, m := range []bool{true, false} {
			for _, l := range textfmt.All {
				set := map[string]any{"security.cra_manufacturer": m, "contributions.types": []string{"code"}}
				if m {
					set["security.cra_steward"] = false
				}
				doc := fxrgDoc(t, linked, set, l)
				fxrgHas(t, string(l), doc, maker[l], m)
				fxrgHas(t, string(l), doc, others[l], !m)
			}
		}
	}
}

// TestFxrgAIBanRevertsOnlyOnProof (RG-12, RG-21): under an AI ban, doubt
// keeps a Contribution out of the Project before merge; a merged
// Contribution, whose revert undoes the grant, is reverted only on the
// author's admission or specific evidence; the English word is in italics.
func TestFxrgAIBanRevertsOnlyOnProof(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "If the doubt remains, the Contribution is not merged. A Contribution already merged is reverted only if you acknowledge that it contains such content or if specific and consistent evidence shows it, mere doubt not being enough;", textfmt.FR: "Si le doute subsiste, la Contribution n’est pas fusionnée. Une Contribution déjà fusionnée n’est annulée que si vous reconnaissez qu’elle contient un tel contenu ou si des éléments précis et concordants l’établissent, un simple doute n’y suffisant pas ;"}
	for _, inbound := range []string{"assignment", "fla", "cla", "dco"} {
		for _, ai := range []string{"ban", "disclose"} {
			for _, l := range textfmt.All {
				doc := fxrgDoc(t, false, map[string]any{"inbound": inbound, "ai_contributions": ai}, l)
				fxrgHas(t, inbound+", "+ai+", "+string(l), doc, want[l], ai == "ban")
				fxrgHas(t, inbound+", "+ai+", "+string(l), doc, "(revert)", false)
			}
		}
	}
}

// TestFxrgAgreementsGiveTheirWarranties (RG-9, in part): the agreement
// for organisations carries the organisation's warranty of title as
// against its staff and contractors, and the minors' agreement the
// warranty of the legal representatives; routes without agreements have
// neither.
func TestFxrgAgreementsGiveTheirWarranties(t *testing.T) {
	org := map[textfmt.Lang]string{textfmt.EN: "In it, the organisation warrants that it holds, as against", textfmt.FR: "L’organisation y garantit qu’elle est titulaire, à l’égard de"}
	minor := map[textfmt.Lang]string{textfmt.EN: "In it, their legal representatives warrant, together with the minor, that the minor is the author of their Contributions", textfmt.FR: "Ses représentants légaux y garantissent, avec lui, qu’il est l’auteur de ses Contributions"}
	for _, inbound := range []string{"assignment", "fla", "cla", "dco"} {
		for _, l := range textfmt.All {
			doc := fxrgDoc(t, false, map[string]any{"inbound": inbound, "contributors.allowed": []string{}}, l)
			fxrgHas(t, inbound+", "+string(l), doc, org[l], inbound != "dco")
			fxrgHas(t, inbound+", "+string(l), doc, minor[l], inbound == "assignment" || inbound == "fla")
		}
	}
}

// TestFxrgConductAddressReadByTheAppealBodyForItsCaseOnly (RG-17): the
// substitutes and the appeal body read the reports only for the case
// referred to them.
func TestFxrgConductAddressReadByTheAppealBodyForItsCaseOnly(t *testing.T) {
	want := map[textfmt.Lang]string{textfmt.EN: "by their substitutes and by the body that hears an appeal, for the sole case referred to them.", textfmt.FR: "par leurs suppléants et par l’organe qui connaît du recours, pour le seul dossier dont ils sont saisis."}
	for _, l := range textfmt.All {
		fxrgHas(t, string(l), fxrgDoc(t, true, nil, l), want[l], true)
		fxrgHas(t, string(l)+" unlinked", fxrgDoc(t, false, nil, l), want[l], false)
	}
}

// TestFxrgSeatForumWithoutTheCharterForumClause (RG-18): a policy linked
// to a cooperative's charter sends disputes to the courts of its seat
// without presenting the charter's forum clause, which binds Members, as
// designating them for contributors.
func TestFxrgSeatForumWithoutTheCharterForumClause(t *testing.T) {
	seat := map[textfmt.Lang]string{textfmt.EN: "the courts of the place of the seat of the Legal Entity, to the extent that the law allows", textfmt.FR: "les juridictions du lieu du siège de la Structure porteuse, dans la mesure où la loi permet"}
	old := map[textfmt.Lang]string{textfmt.EN: "of the Charter also designates", textfmt.FR: "que désigne aussi"}
	for _, l := range textfmt.All {
		body := fxClause(t, true, map[string]any{"legal.vehicle": "scic", "legal.company_form": "sas", "jurisdiction": nil}, l, "general-law")
		fxrgHas(t, string(l), body, seat[l], true)
		fxrgHas(t, string(l), body, old[l], false)
	}
}

// TestFxrgLicenceNamesWithoutOfficialFrenchText (RG-19): the French
// documents give the GNU and Apache licences, which have no official
// French text, under their own names, in the charter and the policy.
func TestFxrgLicenceNamesWithoutOfficialFrenchText(t *testing.T) {
	for _, kind := range []string{"contribution", "charter"} {
		k, _ := Lookup(kind)
		for _, q := range k.Questionnaire.Questions() {
			for _, o := range q.Options {
				fr := o.Label[textfmt.FR]
				if strings.Contains(fr, "Licence publique générale") || fr == "Licence Apache 2.0" || fr == "Licence BSD à trois clauses" {
					t.Errorf("%s %s: translated name %q", kind, o.ID, fr)
				}
			}
		}
	}
	for _, l := range textfmt.All {
		body := fxClause(t, false, map[string]any{"project.licence": "AGPL-3.0-or-later", "contributions.types": []string{"code"}}, l, "outbound")
		fxrgHas(t, string(l), body, "GNU Affero General Public License 3.0 o", true)
	}
}

// TestFxrgWording (RG-20, RG-23, RG-24, RG-25, RG-26, RG-27): the
// wording of 2.2 in both languages, contract staff among public servants,
// the patent claims "practised" by a Contribution, the EN résolution
// aligned on the French, and the copy of the agreement handed over by the
// party that receives the rights.
func TestFxrgWording(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"and Article 3 applies: the economic rights in software and its documentation created in the performance of one’s duties or on the employer’s instructions, for instance, vest in the employer", "public servants, including contract staff (agents publics)", "that is necessarily practised by your Contribution", "is terminated as of right (résolue) and the rights revert to you", "The Assignee shall give you a copy on a durable medium"},
		textfmt.FR: {"et l’article 3 s’applique ; ainsi, les droits patrimoniaux sur un logiciel et sa documentation créés dans l’exercice de fonctions ou d’après les instructions de l’employeur sont dévolus à celui-ci", "agents publics", "que met nécessairement en œuvre votre Contribution", "Le Cessionnaire vous en remet une copie sur un support durable"},
	}
	gone := map[textfmt.Lang][]string{textfmt.EN: {"necessarily infringes", "with retroactive effect", ", as do the economic rights"}, textfmt.FR: {"Il vous est remis en copie", "tels les droits patrimoniaux"}}
	for _, l := range textfmt.All {
		doc := fxrgDoc(t, false, map[string]any{"inbound": "assignment", "contributors.allowed": []string{"individuals", "employees", "public-agents"}}, l)
		for _, w := range want[l] {
			fxrgHas(t, string(l), doc, w, true)
		}
		for _, w := range gone[l] {
			fxrgHas(t, string(l), doc, w, false)
		}
	}
}

// TestFxrgDevolutionToLegalCategories (RG-31): the charter devolves the
// assets to a foundation, an endowment fund or an association, legal
// categories, and no longer to a "fiscal host", which may be a company.
func TestFxrgDevolutionToLegalCategories(t *testing.T) {
	k, _ := Lookup("charter")
	want := map[textfmt.Lang]string{textfmt.EN: "to a non-profit foundation, endowment fund or association", textfmt.FR: "à une fondation, un fonds de dotation ou une association, sans but lucratif"}
	for _, vehicle := range []string{"scic", "association"} {
		for _, l := range textfmt.All {
			body := fxNorm(clauseWith(t, k, k.Examples(), map[string]any{"legal.vehicle": vehicle, "exit.devolution": "foundation"}, l, "exit-devolution-foundation"))
			fxrgHas(t, vehicle+", "+string(l), body, want[l], true)
			fxrgHas(t, vehicle+", "+string(l), body, "fiscal host", false)
			fxrgHas(t, vehicle+", "+string(l), body, "structure d’accueil sans but lucratif", false)
		}
	}
}

// TestFxrgOtherChannelsInSubClauses (RP-17): 6.2 keeps the licence of
// what is submitted outside the repository; the display of the terms,
// with the Civil Code's article 1119, and the data about oneself, where
// the Project takes data, are sub-clauses of their own.
func TestFxrgOtherChannelsInSubClauses(t *testing.T) {
	k, _ := Lookup("contribution")
	notice := map[textfmt.Lang]string{textfmt.EN: "in the issue and merge request templates of the Project on the forge (French Civil Code, Article 1119);", textfmt.FR: "dans les modèles de tickets et de demandes de fusion du Projet sur la forge (Code civil, article 1119) ;"}
	for _, inbound := range []string{"dco", "cla", "fla", "assignment"} {
		for _, data := range []bool{true, false} {
			types := []string{"code"}
			if data {
				types = append(types, "data")
			}
			for _, l := range textfmt.All {
				doc := assembled(t, k, k.Examples(), map[string]any{"inbound": inbound, "contributions.types": types, "project.data": data, "project.repository_url": "https://gitlab.example.org/a/b"}, l)
				main, _ := doc.Clause("inbound-other-channels")
				n, ok := doc.Clause("inbound-other-channels-notice")
				if !ok || !strings.Contains(fxNorm(n.Body), notice[l]) || strings.Contains(fxNorm(main.Body), "1119") {
					t.Errorf("%s, %s: display of the terms not in its own sub-clause", inbound, l)
				}
				if _, ok := doc.Clause("inbound-other-channels-own-data"); ok != data {
					t.Errorf("%s, %s: sub-clause on one's own data present=%v, want %v", inbound, l, ok, data)
				}
			}
		}
	}
}

// TestFxrgCleanSentencesAcrossVehicles: the clauses added for review RG
// leave no double space or stray punctuation, whatever the vehicle,
// route and link.
func TestFxrgCleanSentencesAcrossVehicles(t *testing.T) {
	for _, linked := range []bool{false, true} {
		for _, inbound := range []string{"assignment", "fla"} {
			for _, vehicle := range []string{"company", "scic", "association", "fiscal-host", "public-body"} {
				for _, l := range textfmt.All {
					doc := fxrgDoc(t, linked, map[string]any{"inbound": inbound, "legal.vehicle": vehicle, "contributors.allowed": []string{}}, l)
					for _, bad := range []string{"  ", " .", " ,", "..", ",,", ". .", "; ;"} {
						for _, line := range strings.Split(doc, "\n") {
							if strings.HasPrefix(strings.TrimLeft(line, " "), "- ") || strings.HasPrefix(line, "    ") {
								continue
							}
							if i := strings.Index(line, bad); i >= 0 {
								t.Errorf("%v %s %s %s: %q in %q", linked, inbound, vehicle, l, bad, line[max(0, i-80):min(len(line), i+80)])
							}
						}
					}
				}
			}
		}
	}
}

// TestFxrgTransferSafeguardUnderOtherLaws (RG-4): under Belgian or Swiss
// law the safeguard speaks of insolvency proceedings, not of the French
// procedures and Commercial Code.
func TestFxrgTransferSafeguardUnderOtherLaws(t *testing.T) {
	generic := map[textfmt.Lang]string{textfmt.EN: "including a sale ordered or authorised in insolvency proceedings.", textfmt.FR: "y compris la cession ordonnée ou autorisée dans une procédure d’insolvabilité."}
	french := map[textfmt.Lang]string{textfmt.EN: "Articles L. 642-1 and L. 642-19", textfmt.FR: "articles L. 642-1 et L. 642-19"}
	for _, law := range []string{"FR", "BE", "CH"} {
		for _, l := range textfmt.All {
			body := fxClause(t, false, map[string]any{"inbound": "assignment", "legal.vehicle": "association", "governing_law": law, "privacy.establishment": law}, l, "inbound-assignment")
			fxrgHas(t, law+", "+string(l), body, generic[l], law != "FR")
			fxrgHas(t, law+", "+string(l), body, french[l], law == "FR")
		}
	}
}
