package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxk2Association is a charter carried by an association, with data under
// the ODbL: its records are under the DbCL and it has no withdrawal clause.
func fxk2Association() map[string]any {
	return map[string]any{"legal.vehicle": "association", "governing_law": "FR", "licences.data": "ODbL-1.0", "commons.resources": []string{"software", "data"}}
}

// fxk2Etalab sets the licence of the content to the Licence Ouverte 2.0.
func fxk2Etalab(set map[string]any) map[string]any {
	set["licences.content"] = "etalab-2.0"
	return set
}

// K2-1: the ODbL licenses the database, not the contents it holds (ODbL,
// Preamble and 2.4). A French public body puts the contents protected in
// their own right under the Licence Ouverte 2.0, on the list of CRPA
// D. 323-2-1: the charter says so in 9.3, its table, its key information
// and its annex; the policy in 4.2, its summary and the FLA commitment.
// Another vehicle keeps the DbCL and prints none of it.
func TestFxk2ContentsOfTheRecordsUnderLicenceOuverte(t *testing.T) {
	charter := map[textfmt.Lang][]string{
		textfmt.EN: {
			"The ODbL governs the database as such, and not the contents it holds taken individually (ODbL, Preamble and Section 2.4)",
			"those contents that are individually protected by copyright, such as descriptions, texts and photographs, are made available under the **Open Licence 2.0 (Licence Ouverte, Etalab)**",
			"which includes the ODbL and the Licence Ouverte 2.0 but not the Database Contents License",
			"| Contents of the records of the data | `etalab-2.0` | Yes |",
			"contents of the records protected by copyright under `etalab-2.0`",
			"and of the contents of the records of the data (Article",
		},
		textfmt.FR: {
			"L'ODbL régit la base de données en tant que telle, et non les contenus qu'elle renferme pris individuellement (ODbL, préambule et article 2.4)",
			"ceux de ces contenus qui sont protégés individuellement par le droit d'auteur, tels que les descriptions, les textes et les photographies, sont mis à disposition sous la **Licence Ouverte 2.0 (Etalab)**",
			"qui comprend l'ODbL et la Licence Ouverte 2.0 mais non la Database Contents License",
			"| Contenus des enregistrements des données | `etalab-2.0` | Oui |",
			"contenus des enregistrements protégés par le droit d'auteur sous `etalab-2.0`",
			"et des contenus des enregistrements des données (article",
		},
	}
	gone := map[textfmt.Lang]string{textfmt.EN: "and under no other licence", textfmt.FR: "et sous aucune autre licence"}
	policy := map[textfmt.Lang][]string{
		textfmt.EN: {
			"for each database as such; those contents it holds that are individually protected by copyright, such as descriptions, texts and photographs, are under the Open Licence 2.0 (Licence Ouverte, Etalab), SPDX identifier `etalab-2.0`",
			"since the ODbL does not govern those contents (ODbL, Section 2.4)",
			"(protected contents of the records under `etalab-2.0`)",
			"`etalab-2.0` (including for the contents of the databases), each for the Contributions to which it applies",
		},
		textfmt.FR: {
			"pour chaque base de données en tant que telle ; ceux des contenus qu'elle renferme qui sont protégés individuellement par le droit d'auteur, tels que les descriptions, les textes et les photographies, relèvent de la Licence Ouverte 2.0 (Etalab), identifiant SPDX `etalab-2.0`",
			"l'ODbL ne régissant pas ces contenus (ODbL, article 2.4)",
			"(contenus protégés des enregistrements sous `etalab-2.0`)",
			"`etalab-2.0` (y compris pour les contenus des bases de données), chacune pour les Contributions auxquelles elle s'applique",
		},
	}
	for _, tc := range []struct {
		name   string
		set    map[string]any
		public bool
	}{
		{"public body", fxk2Etalab(fxkPublicBody("local-authority")), true},
		{"association", fxk2Etalab(fxk2Association()), false},
	} {
		pol, _ := pairedPolicy(t, questionnaire.Values(tc.set), questionnaire.Values{"inbound": "fla", "cla.outbound": "listed", "agreement.url": "https://example.org/fla", "contributions.types": []string{}})
		for _, l := range textfmt.All {
			ch := fxkCharter(t, tc.set, l)
			r2Check(t, tc.name+" charter "+string(l), ch, tc.public, charter[l]...)
			r2Check(t, tc.name+" charter "+string(l), ch, false, gone[l])
			r2Check(t, tc.name+" policy "+string(l), plainSpaces(pol[l]), tc.public, policy[l]...)
		}
	}
	// When the documentation is under another licence, the commitment
	// lists the Licence Ouverte separately, for the contents of the data.
	set := fxkPublicBody("local-authority")
	set["licences.content"] = "CC-BY-4.0"
	pol, _ := pairedPolicy(t, questionnaire.Values(set), questionnaire.Values{"inbound": "fla", "cla.outbound": "listed", "agreement.url": "https://example.org/fla", "contributions.types": []string{}})
	sep := map[textfmt.Lang]string{textfmt.EN: "`etalab-2.0` for the contents of the databases", textfmt.FR: "`etalab-2.0` pour les contenus des bases de données"}
	for _, l := range textfmt.All {
		r2Check(t, "CC BY documentation "+string(l), plainSpaces(pol[l]), true, sep[l])
		ch := fxkCharter(t, set, l)
		r2Check(t, "CC BY documentation charter "+string(l), ch, true, map[textfmt.Lang]string{textfmt.EN: "| Open Licence 2.0 (Licence Ouverte, Etalab) | <https://spdx.org/licenses/etalab-2.0.html> |", textfmt.FR: "| Licence Ouverte 2.0 (Etalab) | <https://spdx.org/licenses/etalab-2.0.html> |"}[l])
	}
}

// K2-4, K2-5: the withdrawal of a public carrier (charter 17.6) binds the
// FLA and the assignment: the rights go with the commitments only to the
// successor, and revert otherwise. The charter cites 17.6 where it lists
// the transfers (2.5, 15.2) and the commitments third parties may invoke
// (18.2). None of it is printed for another vehicle.
func TestFxk2WithdrawalIsBinding(t *testing.T) {
	policy := map[textfmt.Lang][]string{
		textfmt.EN: {"If the Legal Entity ceases to carry the Project under Article ", "those rights shall be transferred, together with its commitments, only to the successor that its competent body designates; if no successor has been proposed within twelve (12) months of the notification of its decision, or if the transfer to that successor has not been accepted, they revert to you automatically"},
		textfmt.FR: {"Si la Structure porteuse met fin au portage du Projet dans les conditions de l'article ", "ces droits ne sont transmis, avec ses engagements, qu'au successeur que désigne son organe compétent ; si aucun successeur n'a été proposé dans un délai de douze (12) mois à compter de la notification de sa décision, ou si la cession à ce successeur n'a pas été acceptée, ils vous font retour de plein droit"},
	}
	for _, inbound := range []string{"fla", "assignment"} {
		for _, tc := range []struct {
			name   string
			set    map[string]any
			public bool
		}{
			{"public body", fxkPublicBody("local-authority"), true},
			{"association", fxk2Association(), false},
		} {
			pol, _ := pairedPolicy(t, questionnaire.Values(tc.set), questionnaire.Values{"inbound": inbound, "agreement.url": "https://example.org/fla", "contributions.types": []string{}})
			for _, l := range textfmt.All {
				r2Check(t, inbound+" "+tc.name+" "+string(l), plainSpaces(pol[l]), tc.public, policy[l]...)
			}
		}
	}
	for _, l := range textfmt.All {
		doc := charterDoc(t, fxkPublicBody("local-authority"), l)
		n := clauseNumber(t, doc, "exit-withdrawal")
		for _, id := range []string{"identity-principles", "assets-holder-entity", "legal-nature"} {
			if body := clausePlain(doc, id); !strings.Contains(body, " et "+n) && !strings.Contains(body, " and "+n) {
				t.Errorf("%s %s does not cite %s: %q", l, id, n, body)
			}
		}
		nature := map[textfmt.Lang]string{textfmt.EN: "or the Legal Entity withdraws, together with, in the latter case, the return to their authors of the rights in their Contributions", textfmt.FR: "ou le retrait de la Structure porteuse, ainsi que le retour à leurs auteurs, dans ce dernier cas, des droits sur leurs Contributions"}[l]
		r2Check(t, "public body nature "+string(l), clausePlain(doc, "legal-nature"), true, nature)
		assoc := charterDoc(t, fxk2Association(), l)
		r2Check(t, "association nature "+string(l), clausePlain(assoc, "legal-nature"), false, nature)
	}
}

// K2-11: a client or a host that is a public body signs the non-exclusive
// licence agreement of the public-bodies clause, not the agreement for
// organisations, under an exclusive inbound; not under the DCO.
func TestFxk2PublicClientOrHostSignsThePublicBodyAgreement(t *testing.T) {
	want := map[textfmt.Lang][2]string{
		textfmt.EN: {"or, if it is a public body, the licence agreement provided for in Article ", "that your client has signed the agreement for organisations or, if it is a public body, the licence agreement provided for in Article "},
		textfmt.FR: {"ou, s'il est une personne publique, l'accord de licence prévu à l'article ", "que celui-ci a signé, lui-même ou par un mandataire qu'il a désigné par écrit, l'accord destiné aux organisations ou, s'il s'agit d'une personne publique, l'accord de licence prévu à l'article "},
	}
	for _, inbound := range []string{"fla", "cla", "dco"} {
		set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/fla", "governing_law": "FR"}
		for _, l := range textfmt.All {
			hosted := plainSpaces(assembleClause(t, set, l, "employer-hosted"))
			contractors := plainSpaces(assembleClause(t, set, l, "employer-contractors"))
			r2Check(t, inbound+" hosted "+string(l), hosted, inbound == "fla", want[l][0])
			r2Check(t, inbound+" contractors "+string(l), contractors, inbound == "fla", want[l][1])
		}
	}
}

// K2-2: for a public carrier, the Steering Committee gives opinions on the
// budget, expenditure and refusals of admission, which the Legal Entity
// decides; another vehicle's committee still decides them.
func TestFxk2SteeringCommitteeGivesOpinionsForAPublicBody(t *testing.T) {
	opinion := map[textfmt.Lang][]string{
		textfmt.EN: {"adopts the roadmap and priorities of the Commons, proposes to the Legal Entity the partnerships and commitments that it alone may conclude and, as set out in Article ", "gives its opinion on refusals of admission, on the budget and on expenditure, on which the Legal Entity decides"},
		textfmt.FR: {"arrête la feuille de route et les priorités du Commun, propose à la Structure porteuse les partenariats et engagements qu'elle seule peut conclure et rend, comme le prévoit l'article ", "ses avis sur les refus d'adhésion, sur le budget et sur les dépenses, que décide la Structure porteuse"},
	}
	row := map[textfmt.Lang]string{textfmt.EN: "| Legal Entity, through its competent organs, on the opinion of the Steering Committee (Article ", textfmt.FR: "| Structure porteuse, par ses organes compétents, sur avis du Comité de pilotage (article "}
	for _, tc := range []struct {
		name   string
		set    map[string]any
		public bool
	}{
		{"public body", fxkPublicBody("local-authority"), true},
		{"association", fxk2Association(), false},
	} {
		tc.set["governance.steering"] = true
		for _, l := range textfmt.All {
			doc := charterDoc(t, tc.set, l)
			r2Check(t, tc.name+" 6.2 "+string(l), clausePlain(doc, "bodies-steering"), tc.public, opinion[l]...)
			r2Check(t, tc.name+" table "+string(l), fxkCharter(t, tc.set, l), tc.public, row[l])
		}
	}
}

// K-10, K-23: a French public carrier makes its sites accessible under the
// RGAA and publishes the accessibility statement, in 13.3 (RF-15) whatever the
// answer on the frameworks; its policy asks contributors to an interface
// to follow the RGAA in 5.2, not only in the checklist.
func TestFxk2AccessibilityInTheBodyOfBothDocuments(t *testing.T) {
	notice := map[textfmt.Lang]string{textfmt.EN: "accessible to persons with disabilities, in accordance with the general accessibility improvement framework (référentiel général d'amélioration de l'accessibilité, RGAA), and shall publish for each of them the accessibility statement", textfmt.FR: "accessibles aux personnes handicapées, conformément au référentiel général d'amélioration de l'accessibilité (RGAA), et publie pour chacun d'eux la déclaration d'accessibilité"}
	step := map[textfmt.Lang]string{textfmt.EN: "If your change concerns the interface, check that it complies with the general accessibility improvement framework", textfmt.FR: "Si votre modification porte sur l'interface, vérifiez qu'elle respecte le référentiel général d'amélioration de l'accessibilité (RGAA)"}
	for _, frameworks := range []bool{false, true} {
		pb := fxkPublicBody("local-authority")
		pb["standards.public_frameworks"] = frameworks
		for _, l := range textfmt.All {
			r2Check(t, "public body 13.3 "+string(l), fxkClause(t, pb, l, "transparency-accessibility"), true, notice[l])
			r2Check(t, "public body 11.4 "+string(l), fxkClause(t, pb, l, "contribution-notices"), false, notice[l])
		}
	}
	for _, l := range textfmt.All {
		r2Check(t, "association 11.4 "+string(l), fxkClause(t, fxk2Association(), l, "contribution-notices"), false, notice[l])
	}
	for _, tc := range []struct {
		name string
		set  map[string]any
		want bool
	}{
		{"public body", map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Rennes Métropole", "steward.name": "Rennes Métropole", "privacy.establishment": "FR", "contributions.types": []string{"code"}}, true},
		{"public body, data only", map[string]any{"legal.vehicle": "public-body", "legal.entity_name": "Rennes Métropole", "steward.name": "Rennes Métropole", "privacy.establishment": "FR", "contributions.types": []string{"data"}}, false},
		{"association", map[string]any{"legal.vehicle": "association", "privacy.establishment": "FR", "contributions.types": []string{"code"}}, false},
	} {
		for _, l := range textfmt.All {
			r2Check(t, tc.name+" 5.2 "+string(l), plainSpaces(assembleClause(t, tc.set, l, "process-preparing")), tc.want, step[l])
		}
	}
}

// K-24: the own agents of a local authority or an EPCI are not told about
// course materials or teachers and researchers; those of a university, a
// research body or another public body are.
func TestFxk2OwnAgentsTeachersOnlyWhereThereAreAny(t *testing.T) {
	words := map[textfmt.Lang][]string{
		textfmt.EN: {"course materials", "as those of teachers and researchers are not"},
		textfmt.FR: {"supports de cours", "comme celles des enseignants et des chercheurs"},
	}
	general := map[textfmt.Lang]string{textfmt.EN: "if your works are not subject to the prior control of a hierarchical authority", textfmt.FR: "si vos œuvres ne sont pas soumises au contrôle préalable d'une autorité hiérarchique"}
	for _, form := range []string{"university", "research", "other", "local-authority", "epci"} {
		set := map[string]any{"legal.vehicle": "public-body", "legal.public_form": form, "legal.entity_name": "Rennes Métropole", "steward.name": "Rennes Métropole", "governing_law": "FR", "privacy.establishment": "FR", "inbound": "fla", "agreement.url": "https://example.org/fla", "contributors.allowed": []string{"individuals", "public-agents"}}
		for _, l := range textfmt.All {
			body := plainSpaces(assembleClause(t, set, l, "public-agents-own"))
			r2Check(t, form+" "+string(l), body, form != "local-authority" && form != "epci", words[l]...)
			r2Check(t, form+" "+string(l), body, true, general[l])
		}
	}
}

// K2-6: the Assembly's proposal of a devolution may follow the
// dissolution within six months, as the fallback assumes. K2-7: the
// reversion on withdrawal is made by a written act notified to each
// author, and the English no longer reads as returning the rights by an
// assignment. K2-10: "Articles" takes a capital in English.
func TestFxk2DevolutionProposalReversionActAndCapital(t *testing.T) {
	want := map[textfmt.Lang][]string{
		textfmt.EN: {"on a proposal of the Assembly, made when it proposes the dissolution or within the six (6) months that follow, and by a decision", "that it has received by assignment or exclusive licence under the contribution policy, by reassigning those rights or waiving that licence, by a written act notified to each author;", "(in France, Articles D. 211-6, for patents"},
		textfmt.FR: {"sur proposition de l'Assemblée, formulée lorsqu'elle propose la dissolution ou dans les six (6) mois qui suivent, et par décision", "en les leur rétrocédant ou en renonçant à cette licence, par un acte écrit notifié à chaque auteur ;"},
	}
	set := fxkPublicBody("local-authority")
	set["exit.devolution"] = "public-body"
	for _, l := range textfmt.All {
		r2Check(t, "public body "+string(l), fxkCharter(t, set, l), true, want[l]...)
	}
}

// K-24: the linked policy takes the category of the public body from the
// charter, so a local authority's own agents are not told about course
// materials, and a university's are.
func TestFxk2LinkedPolicyTakesThePublicForm(t *testing.T) {
	course := map[textfmt.Lang]string{textfmt.EN: "course materials", textfmt.FR: "supports de cours"}
	for _, form := range []string{"local-authority", "university"} {
		pol, _ := pairedPolicy(t, questionnaire.Values(fxkPublicBody(form)), questionnaire.Values{"inbound": "fla", "agreement.url": "https://example.org/fla", "contributions.types": []string{}})
		for _, l := range textfmt.All {
			r2Check(t, form+" "+string(l), pol[l], form == "university", course[l])
		}
	}
}
