package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxrdPolicy assembles one clause of a policy, linked to a charter whose
// examples are changed by charterSet when linked, with set applied.
func fxrdPolicy(t *testing.T, linked bool, charterSet, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("contribution")
	if !linked {
		return fxNorm(plainSpaces(clauseWith(t, k, k.Examples(), set, l, id)))
	}
	return fxNorm(plainSpaces(clauseWith(t, k, linkedPolicyExamples(k, charterSet), set, l, id)))
}

// RD-15, RD-22: the policy never asserts that informing the sole traders
// of the data individually is always a disproportionate effort; it gives
// the charter's rule (individual notice within one month where contact
// details exist, public notice only after a written prior assessment),
// linked or not, and cites the charter's article where it has one.
func TestFxrdSoleTradersIndividualNotice(t *testing.T) {
	want := [2][]string{
		{"that person shall be informed individually within one month at most after the data are obtained and, at the latest, when they are first published (GDPR, Article 14(3)", "and the assessment recorded in writing (GDPR, Articles 14(5)(b) and 5(2))"},
		{"celle-ci est informée individuellement dans un délai d'un mois au plus après leur obtention et, au plus tard, lors de leur première publication (RGPD, article 14, paragraphe 3", "et consigné par écrit (RGPD, articles 14, paragraphe 5, point b, et 5, paragraphe 2)"},
	}
	stale := [2]string{"informing each of them individually involving a disproportionate effort", "leur information individuelle exigeant des efforts disproportionnés"}
	// RJ2-24 (fx4j): the charter's article follows the GDPR citation.
	charterArt := [2]string{"(GDPR, Article 14(3)), as provided in Article", "(RGPD, article 14, paragraphe 3), comme le prévoit l'article"}
	for _, linked := range []bool{false, true} {
		for _, vehicle := range []string{"association", "scic", "fiscal-host", "de-facto-association", "none"} {
			for li, l := range textfmt.All {
				set := map[string]any{"contributions.types": []string{"code", "data"}, "legal.vehicle": vehicle}
				body := strings.ReplaceAll(fxrdPolicy(t, linked, map[string]any{"commons.personal_data": true, "legal.vehicle": vehicle}, set, l, "personal-data-controller"), "’", "'")
				for _, w := range want[li] {
					if !strings.Contains(body, w) {
						t.Errorf("linked=%v %s %s: missing %q", linked, vehicle, l, w)
					}
				}
				if strings.Contains(body, stale[li]) {
					t.Errorf("linked=%v %s %s: blanket art. 14(5)(b) claim", linked, vehicle, l)
				}
				if got := strings.Contains(body, charterArt[li]); linked != got {
					t.Errorf("linked=%v %s %s: charter article cited=%v", linked, vehicle, l, got)
				}
			}
		}
	}
	// Without data contributions, no such item.
	for li, l := range textfmt.All {
		body := strings.ReplaceAll(fxrdPolicy(t, false, nil, map[string]any{"contributions.types": []string{"code"}, "project.data": false}, l, "personal-data-controller"), "’", "'")
		if strings.Contains(body, want[li][0][:40]) {
			t.Errorf("%s: sole traders' notice without data", l)
		}
	}
}

// RD-1, RD-2: an association (or a SCIC) not yet declared (registered)
// is never called declared; its legal form says it is being declared and
// when it acquires capacity; acts performed before its declaration are
// taken over by a new contract or an assignment of contract (C. civ.
// 1216), never by a company-law « reprise »; a declared one keeps
// « déclarée ».
func TestFxrdAssociationBeingDeclared(t *testing.T) {
	being := [2]string{"an association under the French law of 1 July 1901, being declared", "association régie par la loi du 1er juillet 1901, en cours de déclaration"}
	declared := [2]string{"a declared association", "association déclarée"}
	capacity := [2]string{"It acquires legal capacity only once it has been declared at the prefecture", "Elle n'acquiert la capacité juridique qu'une fois déclarée en préfecture"}
	assign := [2]string{"once declared, the Legal Entity concludes those contracts anew or has them assigned to it with the consent of the other party (French Civil Code, Article 1216)", "une fois déclarée, la Structure porteuse conclut à nouveau ces contrats ou se les fait céder avec l'accord du cocontractant (Code civil, article 1216)"}
	stale := [2]string{"takes them over once declared", "reprise par la Structure porteuse une fois déclarée"}
	for _, existing := range []bool{false, true} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": "association", "legal.existing_entity": existing, "version": "1.0"}
			def := charterClauseWith(t, set, l, "definitions")
			body := charterClauseWith(t, set, l, "legal-association")
			key := charterClauseWith(t, set, l, "key-information")
			for _, part := range []string{def, key} {
				if got := strings.Contains(part, being[li]); got == existing {
					t.Errorf("existing=%v %s: being declared=%v", existing, l, got)
				}
				if got := strings.Contains(part, declared[li]); got != existing {
					t.Errorf("existing=%v %s: declared=%v", existing, l, got)
				}
			}
			if got := strings.Contains(body, capacity[li]); got == existing {
				t.Errorf("existing=%v %s: capacity sentence=%v", existing, l, got)
			}
			if !existing {
				tr := charterClauseWith(t, set, l, "transitional")
				if !strings.Contains(tr, assign[li]) || strings.Contains(tr, stale[li]) {
					t.Errorf("%s: pre-declaration acts: %s", l, tr)
				}
			}
		}
	}
	scic := [2]string{", being formed", ", en cours de constitution"}
	for _, existing := range []bool{false, true} {
		for li, l := range textfmt.All {
			def := charterClauseWith(t, fxWith(fxSCIC(), "legal.existing_entity", existing), l, "definitions")
			if got := strings.Contains(def, scic[li]); got == existing {
				t.Errorf("scic existing=%v %s: being formed=%v", existing, l, got)
			}
		}
	}
}

// RD-21: without an address for the contribution policy, the charter's
// interim licensing rule governs only the Contributions submitted before
// the policy is published, the Technical Committee records its date and
// address, and Annex A lists it in the Governance Space; with an address
// there is no interim rule. A linked policy says it is the policy of the
// charter's article and governs every later Contribution.
func TestFxrdCharterPolicyLink(t *testing.T) {
	interim := [2]string{"This interim rule governs only the Contributions submitted before the contribution policy is published", "Cette règle provisoire ne régit que les Contributions soumises avant la publication de la politique de contribution"}
	record := [2]string{"shall record in the Governance Space the date of its publication", "consigne dans l'Espace de gouvernance la date de sa publication"}
	annex := [2]string{"once published, with the date of its publication", "dès sa publication, avec la date de celle-ci"}
	for _, url := range []string{"", "https://example.org/CONTRIBUTING.md"} {
		for li, l := range textfmt.All {
			set := map[string]any{"contribution.policy_url": url}
			body := charterClauseWith(t, set, l, "contribution-policy")
			for _, w := range []string{interim[li], record[li]} {
				if got := strings.Contains(body, w); got != (url == "") {
					t.Errorf("url=%q %s: %q present=%v", url, l, w, got)
				}
			}
			k, _ := Lookup("charter")
			doc := assembled(t, k, k.Examples(), set, l)
			var all strings.Builder
			for _, c := range doc.Clauses {
				all.WriteString(c.Body)
			}
			if got := strings.Contains(plainSpaces(all.String()), annex[li]); got != (url == "") {
				t.Errorf("url=%q %s: annex row for an unpublished policy=%v", url, l, got)
			}
		}
	}
	says := [2]string{"This policy is the contribution policy provided for in Article", "La présente politique est la politique de contribution que prévoit l'article"}
	for _, linked := range []bool{false, true} {
		for li, l := range textfmt.All {
			body := strings.ReplaceAll(fxrdPolicy(t, linked, nil, nil, l, "scope-purpose"), "’", "'")
			if got := strings.Contains(body, says[li]); got != linked {
				t.Errorf("linked=%v %s: policy names the charter article=%v", linked, l, got)
			}
		}
	}
}

// RD-16: the operator of a shared forge whose terms include a data
// processing agreement is the processor for the repository, the
// controller being the exporter under the SCC of that agreement, a copy
// of which the controller gives; it is a separate controller for the
// accounts only. Without that answer, the operator stays a separate
// controller whose transfers are its own. A private forge is unchanged.
func TestFxrdForgeProcessorUnderDPA(t *testing.T) {
	processor := [2]string{"which stores and processes the content of the repository on behalf of the controller, as its processor under the data processing agreement that forms part of the operator's terms", "qui conserve et traite le contenu du dépôt pour le compte du responsable du traitement, en qualité de sous-traitant, en vertu de l'accord de traitement des données qui fait partie des conditions de l'exploitant"}
	exporter := [2]string{"which that agreement incorporates, in their controller-to-processor module, the controller being the data exporter", "que cet accord incorpore, dans leur module « responsable du traitement à sous-traitant », le responsable du traitement étant l'exportateur des données"}
	accounts := [2]string{"For the data of the accounts that contributors open on the forge and of their activity on it, that operator does not act on behalf of the Project: it processes them as a separate controller", "Pour les données des comptes que les contributeurs ouvrent sur la forge et de leur activité sur celle-ci, cet exploitant n'agit pas pour le compte du Projet : il les traite en qualité de responsable du traitement distinct"}
	own := [2]string{"the operator has concluded for its own transfers", "l'exploitant a conclues pour ses propres transferts"}
	for _, linked := range []bool{false, true} {
		for _, dpa := range []bool{false, true} {
			for _, transfer := range []string{"scc", "adequacy", "eea"} {
				for li, l := range textfmt.All {
					set := map[string]any{"project.repository_url": "https://gitlab.com/a/b", "privacy.forge_operator": "GitLab Inc.", "privacy.transfer": transfer, "privacy.operator_eea": false, "privacy.forge_dpa": dpa}
					body := strings.ReplaceAll(fxrdPolicy(t, linked, nil, set, l, "personal-data-recipients"), "’", "'")
					what := func(s string) string { return s }
					for _, w := range []string{processor[li], accounts[li]} {
						if got := strings.Contains(body, w); got != dpa {
							t.Errorf("linked=%v dpa=%v %s %s: %q present=%v", linked, dpa, transfer, l, what(w), got)
						}
					}
					if transfer == "scc" {
						if got := strings.Contains(body, exporter[li]); got != dpa {
							t.Errorf("linked=%v dpa=%v %s: exporter=%v", linked, dpa, l, got)
						}
						if got := strings.Contains(body, own[li]); got == dpa {
							t.Errorf("linked=%v dpa=%v %s: own transfers=%v", linked, dpa, l, got)
						}
					}
				}
			}
		}
	}
	// A forge run for the project by a provider keeps its contract.
	for li, l := range textfmt.All {
		set := map[string]any{"project.repository_url": "https://forge.sentiers-en-commun.example/a/b", "privacy.forge_operator": "Hébergeur SARL", "privacy.transfer": "eea", "privacy.forge_dpa": true}
		body := strings.ReplaceAll(fxrdPolicy(t, false, nil, set, l, "personal-data-recipients"), "’", "'")
		if strings.Contains(body, processor[li]) || strings.Contains(body, accounts[li]) {
			t.Errorf("%s: private forge described as a shared one", l)
		}
	}
}

// RD-4, RD-17, RD-23: an employer or funder is credited only at its
// request and with the contributor's consent, in the charter and in the
// policy. RD-5: every kind of Contribution has a means of credit: the
// charter falls back on a published list, and the policy credits those
// without a trace in the repository in CONTRIBUTORS.md unless a method
// already credits every kind.
func TestFxrdCreditConsentAndEveryKind(t *testing.T) {
	charterOrg := [2]string{"may be credited for it, at their request and with the consent of the Contributor they support", "peuvent être mentionnées à ce titre, à leur demande et avec l'accord du Contributeur qu'elles soutiennent"}
	charterList := [2]string{"where the contribution policy sets no other means of crediting them, the Commons shall credit them in a list of Contributors", "lorsque la politique de contribution ne fixe pas d'autre moyen de les mentionner, le Commun les mentionne dans une liste des Contributeurs"}
	for li, l := range textfmt.All {
		body := charterClauseWith(t, nil, l, "contribution-recognition")
		for _, w := range []string{charterOrg[li], charterList[li]} {
			if !strings.Contains(body, w) {
				t.Errorf("charter %s: missing %q", l, w)
			}
		}
		if strings.Contains(body, "shall be credited for it") || strings.Contains(body, "sont mentionnées à ce titre.") {
			t.Errorf("charter %s: mandatory employer credit", l)
		}
	}
	consent := [2]string{"at its request and with the consent of that contributor", "à sa demande et avec l'accord de ce contributeur"}
	noTrace := [2]string{"A Contribution that leaves no trace in the repository is credited in the `CONTRIBUTORS.md` file of the repository", "Une Contribution qui ne laisse aucune trace dans le dépôt est mentionnée dans le fichier `CONTRIBUTORS.md` du dépôt"}
	for _, linked := range []bool{false, true} {
		for _, methods := range [][]string{{}, {"release-notes"}, {"trailers", "release-notes"}, {"contributors-file"}, {"all-contributors"}} {
			covered := len(methods) == 1 && (methods[0] == "contributors-file" || methods[0] == "all-contributors")
			for li, l := range textfmt.All {
				body := strings.ReplaceAll(fxrdPolicy(t, linked, nil, map[string]any{"recognition.methods": methods}, l, "recognition-methods"), "’", "'")
				if !strings.Contains(body, consent[li]) {
					t.Errorf("linked=%v %v %s: employer credit without the contributor's consent", linked, methods, l)
				}
				if got := strings.Contains(body, noTrace[li]); got == covered {
					t.Errorf("linked=%v %v %s: credit of Contributions without a trace=%v", linked, methods, l, got)
				}
			}
		}
	}
}

// RD-18: without an agreement, a contribution of code under a licence
// with an express patent licence carries that licence's patent licence,
// named by its article, whatever the answer to patents.grant; the
// ticked statement or the sign-off stands as the written acceptance, to
// the extent that the law allows (CPI L. 613-8, RJ2-17).
// A licence without one (MIT) prints nothing of the kind here.
func TestFxrdPatentLicenceOfTheCodeLicence(t *testing.T) {
	named := map[string][2]string{
		"EUPL-1.2":      {"the patent licence of Article 2 of `EUPL-1.2`", "la licence de brevets que prévoit l'article 2 de la licence `EUPL-1.2`"},
		"Apache-2.0":    {"the patent licence of section 3 of `Apache-2.0`", "la licence de brevets que prévoit la section 3 de la licence `Apache-2.0`"},
		"LGPL-3.0-only": {"section 11 of the GNU General Public License 3.0, which is incorporated in `LGPL-3.0-only`", "la section 11 de la GNU General Public License 3.0, qu'intègre la licence `LGPL-3.0-only`"},
		"MIT":           {"the patent licence of", "la licence de brevets que prévoit"},
	}
	writing := [2]string{"stands as your written acceptance of that licence, to the extent that the law allows (French Intellectual Property Code, Article L. 613-8)", "vaut votre acceptation écrite de cette licence, dans la mesure où la loi l'admet (Code de la propriété intellectuelle, article L. 613-8)"}
	for _, route := range []string{"dco", "inbound-outbound"} {
		for licence, want := range named {
			for _, grant := range []bool{false, true} {
				for li, l := range textfmt.All {
					set := map[string]any{"inbound": route, "project.licence": licence, "patents.grant": grant, "governing_law": "FR"}
					id := "inbound-" + route
					if route == "inbound-outbound" {
						id = route
					}
					body := strings.ReplaceAll(fxClause(t, false, set, l, id), "’", "'")
					has := licence != "MIT"
					if got := strings.Contains(body, want[li]); got != has {
						t.Errorf("%s %s grant=%v %s: patent licence of the licence=%v", route, licence, grant, l, got)
					}
					if got := strings.Contains(body, writing[li]); got != has {
						t.Errorf("%s %s grant=%v %s: writing=%v", route, licence, grant, l, got)
					}
				}
			}
		}
	}
}

// RD-20: the steward's obligations apply from 11 December 2027 (art.
// 71(2)); the art. 14 notifications are met from 11 September 2026 as a
// precaution, not as settled law. RD-11: the steward also informs the
// impacted users of a severe incident (art. 14(8), applied by art.
// 24(3)), in the policy and in the charter.
func TestFxrdStewardDatesAndUsersInformed(t *testing.T) {
	dates := [2]string{"These obligations apply from 11 December 2027, the date from which that Regulation, its Article 24 included, applies (Article 71(2)); although Article 14, to which Article 24(3) refers, applies to manufacturers from 11 September 2026, the Legal Entity shall, as a precaution, meet those notification obligations from that date.", "Ces obligations s'appliquent à partir du 11 décembre 2027, date à compter de laquelle ce règlement, y compris son article 24, s'applique (article 71, paragraphe 2) ; bien que l'article 14, auquel renvoie l'article 24, paragraphe 3, s'applique aux fabricants dès le 11 septembre 2026, la Structure porteuse satisfait, par précaution, à ces obligations de notification dès cette date."}
	users := [2]string{"of which it shall also inform the impacted users as Article 14(8) of that Regulation provides", "dont elle informe aussi les utilisateurs touchés comme le prévoit l'article 14, paragraphe 8, de ce règlement"}
	stale := [2]string{"from 11 September 2026 (Article 71(2))", "à partir du 11 septembre 2026 (article 71, paragraphe 2)"}
	for _, linked := range []bool{false, true} {
		for li, l := range textfmt.All {
			set := map[string]any{"security.cra_steward": true, "legal.vehicle": "association", "legal.entity_name": "Association Sentiers en commun"}
			body := strings.ReplaceAll(fxrdPolicy(t, linked, nil, set, l, "security-cra"), "’", "'")
			for _, w := range []string{dates[li], users[li]} {
				if !strings.Contains(body, w) {
					t.Errorf("linked=%v %s: missing %q", linked, l, w)
				}
			}
			if strings.Contains(body, stale[li]) {
				t.Errorf("linked=%v %s: art. 14 said to bind the steward from September 2026", linked, l)
			}
		}
	}
	charterUsers := [2]string{"and shall inform the impacted users of such an incident as Article 14(8) of that Regulation provides", "et informe les utilisateurs touchés par un tel incident comme le prévoit l'article 14, paragraphe 8, de ce règlement"}
	for li, l := range textfmt.All {
		body := charterClauseWith(t, map[string]any{"legal.vehicle": "association", "commons.resources": []string{"software"}}, l, "bodies-technical")
		if !strings.Contains(body, charterUsers[li]) {
			t.Errorf("charter %s: steward does not inform users", l)
		}
	}
}

// RD-10: offence data in conduct reports are recorded only as art. 46
// of loi 78-17 allows a private person: to let a victim, a person
// implicated or the controller prepare and bring legal proceedings; never
// "to handle the report" or "establish the facts".
func TestFxrdOffenceDataForProceedingsOnly(t *testing.T) {
	stale := [2]string{"to handle the report, establish the facts", "au traitement du signalement, à l'établissement des faits"}
	charterTail := [2]string{"to prepare and, where appropriate, bring and follow legal proceedings, and the conduct file does not otherwise retain them", "de préparer et, le cas échéant, d'exercer et de suivre une action en justice, et le dossier de conduite ne les retient pas autrement"}
	for _, vehicle := range []string{"association", "de-facto-association", "none", "public-body"} {
		for li, l := range textfmt.All {
			body := charterClauseWith(t, map[string]any{"legal.vehicle": vehicle}, l, "personal-data-purposes")
			if !strings.Contains(body, charterTail[li]) || strings.Contains(body, stale[li]) {
				t.Errorf("charter %s %s: offence data rule: %s", vehicle, l, body)
			}
		}
	}
	for _, linked := range []bool{false, true} {
		for li, l := range textfmt.All {
			body := strings.ReplaceAll(fxrdPolicy(t, linked, nil, nil, l, "personal-data-controller"), "’", "'")
			if strings.Contains(body, stale[li]) {
				t.Errorf("policy linked=%v %s: offence data for handling reports", linked, l)
			}
		}
	}
}

// RD-12: the publication of accounts for gifts is a paragraph of its own,
// not run into the grants paragraph. RD-14: "publicly thank".
func TestFxrdFundingParagraphsAndThanks(t *testing.T) {
	for li, l := range textfmt.All {
		set := map[string]any{"legal.vehicle": "association", "economy.funding": []string{"donations", "grants"}, "governing_law": "FR"}
		k, _ := Lookup("charter")
		doc := assembled(t, k, k.Examples(), set, l)
		var all strings.Builder
		for _, c := range doc.Clauses {
			all.WriteString(c.Body + "\n")
		}
		text := plainSpaces(all.String())
		gifts := [2]string{"\n\nWhere the gifts for which the Legal Entity issues", "\n\nLorsque le montant des dons pour lesquels la Structure porteuse"}[li]
		if !strings.Contains(text, gifts) {
			t.Errorf("%s: the gifts paragraph runs into the previous one", l)
		}
		if l == textfmt.EN && strings.Contains(text, "thank publicly") {
			t.Errorf("en: 'thank publicly'")
		}
	}
}

// RD-7: third parties may rely on the charter's commitments for their
// benefit, never on the procedures those articles organise (licence
// change, choice of the devolution beneficiary), for every vehicle.
func TestFxrdThirdPartiesCommitmentsOnly(t *testing.T) {
	limit := [2]string{"They may rely on those articles for those commitments only, and not on the procedures that those articles organise among the Members and the bodies of the Commons", "Elles ne peuvent se prévaloir de ces articles que pour ces engagements, et non des procédures que ces articles organisent entre les Membres et les instances du Commun"}
	for _, vehicle := range []string{"association", "scic", "fiscal-host", "public-body", "de-facto-association", "none"} {
		for li, l := range textfmt.All {
			body := charterClauseWith(t, map[string]any{"legal.vehicle": vehicle}, l, "legal-nature")
			if !strings.Contains(body, limit[li]) {
				t.Errorf("%s %s: third-party rights not limited to the commitments", vehicle, l)
			}
		}
	}
}

// RD-8: the closed list of what the Governance Space publishes includes
// the candidacies and the composition of the bodies, so that publishing
// them has a stated basis, for every vehicle.
func TestFxrdGovernanceSpaceListsCandidacies(t *testing.T) {
	item := [2]string{"the candidacies for elections, with their statements, and the composition of the bodies of the Commons", "les candidatures aux élections, avec leur présentation, et la composition des instances du Commun"}
	for _, vehicle := range []string{"association", "scic", "fiscal-host", "public-body", "de-facto-association", "none"} {
		for li, l := range textfmt.All {
			body := charterClauseWith(t, map[string]any{"legal.vehicle": vehicle}, l, "transparency-space")
			if !strings.Contains(body, item[li]) {
				t.Errorf("%s %s: candidacies not in the Governance Space list", vehicle, l)
			}
		}
	}
}

// RD-13: the policy names an association whose name begins with the
// common noun with its article, as the charter does (« l'Association
// Réparons ensemble »), and keeps « dénommée » for any other name.
func TestFxrdPolicyNamesTheAssociationLikeTheCharter(t *testing.T) {
	for name, want := range map[string]string{
		"Association Réparons ensemble": "désigne l'Association Réparons ensemble",
		"Réparons ensemble":             "désigne l'association dénommée Réparons ensemble",
	} {
		set := map[string]any{"legal.vehicle": "association", "legal.entity_name": name}
		body := strings.ReplaceAll(fxrdPolicy(t, false, nil, set, textfmt.FR, "scope-definitions"), "’", "'")
		if !strings.Contains(body, want) {
			t.Errorf("%q: the definition does not say %q: %s", name, want, body)
		}
	}
}

// RD-3: with admission by declaration, the entry in the register is made
// within fifteen days unless a ground of refusal has been notified, and
// no refusal follows an entry; a SCIC, where membership follows the
// subscription of shares, has no such sentence.
func TestFxrdAdmissionEntryDeadline(t *testing.T) {
	entry := [2]string{"shall make that entry within fifteen (15) days of the application, unless within that period the applicant has been told in writing of a ground of refusal", "procède à cette inscription dans les quinze (15) jours de la demande, sauf si le demandeur a été informé par écrit, dans ce délai, d'un motif de refus"}
	for _, c := range []struct {
		set  map[string]any
		want bool
	}{
		{map[string]any{"legal.vehicle": "association", "membership.admission": "declaration"}, true},
		{map[string]any{"legal.vehicle": "de-facto-association", "membership.admission": "declaration"}, true},
		{map[string]any{"legal.vehicle": "association", "membership.admission": "approval"}, false},
		{fxWith(fxSCIC(), "membership.admission", "declaration"), false},
	} {
		for li, l := range textfmt.All {
			body := plainSpaces(clausePlain(charterDoc(t, c.set, l), "membership-admission-declaration"))
			if got := strings.Contains(body, entry[li]); got != c.want {
				t.Errorf("%v %s: entry deadline=%v", c.set, l, got)
			}
		}
	}
}

// RD-9: an association or a SCIC charter lists in Annex B the clauses
// its statutes must contain, one line per article; other vehicles have
// no such annex.
func TestFxrdAnnexStatuteClauses(t *testing.T) {
	row := [2]string{"The exclusion of a member only on the grounds that this Charter provides", "L'exclusion d'un membre pour les seuls motifs que prévoit la Charte"}
	for _, c := range []struct {
		set  map[string]any
		want bool
	}{
		{map[string]any{"legal.vehicle": "association", "legal.existing_entity": false}, true},
		{map[string]any{"legal.vehicle": "association", "legal.existing_entity": true}, true},
		{fxSCIC(), true},
		{map[string]any{"legal.vehicle": "fiscal-host"}, false},
		{map[string]any{"legal.vehicle": "public-body"}, false},
		{map[string]any{"legal.vehicle": "none"}, false},
	} {
		for li, l := range textfmt.All {
			body := plainSpaces(clausePlain(charterDoc(t, c.set, l), "annex-b"))
			if got := strings.Contains(body, row[li]); got != c.want {
				t.Errorf("%v %s: annex of statute clauses=%v", c.set, l, got)
			}
		}
	}
}
