package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// The code of conduct binds the Legal Entity's own employees or agents as
// a rule of discipline only through labour or public-service law: the
// Conduct Committee only proposes, and the employer (C. trav. L. 1331-1,
// L. 1332-1 ff., règlement intérieur under L. 1321-4) or the authority
// holding disciplinary power decides; the code of conduct and the article
// on languages send employees to that clause; a legal entity's statutes'
// internal rules do not stand in for the Labour Code's. Without a legal
// entity that employs, none of this is said.
func TestCharterEmployeesSanctionedOnlyByEmployer(t *testing.T) {
	employee := [2]string{"As regards an employee of the Legal Entity acting in the course of their duties, the Conduct Committee may only make proposals: any sanction is taken by the employer", "À l'égard d'un salarié de la Structure porteuse agissant dans l'exercice de ses fonctions, le Comité du code de conduite ne fait que des propositions : toute sanction est prise par l'employeur"}
	labour := [2]string{"under Articles L. 1331-1 and L. 1332-1 et seq. of the French Labour Code and, where they exist, the internal rules (règlement intérieur) drawn up under Article L. 1321-4 of that Code", "selon les articles L. 1331-1 et L. 1332-1 et suivants du Code du travail et, lorsqu'il existe, le règlement intérieur établi selon l'article L. 1321-4 du même code"}
	agent := [2]string{"As regards an agent of the Legal Entity acting in the course of their duties, the Conduct Committee may only make proposals: any disciplinary sanction is taken by the authority holding disciplinary power", "À l'égard d'un agent de la Structure porteuse agissant dans l'exercice de ses fonctions, le Comité du code de conduite ne fait que des propositions : toute sanction disciplinaire est prise par l'autorité investie du pouvoir disciplinaire"}
	code := [2]string{"As regards employees of the Legal Entity, that code grounds a sanction only under Article %s", "À l'égard des salariés de la Structure porteuse, ce code ne fonde une sanction que dans les conditions de l'article %s"}
	languages := [2]string{"only the French text may be relied on against employees of the Legal Entity, under Article %s", "seul le texte français peut être opposé aux salariés de la Structure porteuse, dans les conditions de l'article %s"}
	notLabourRules := [2]string{"it does not stand in for the internal rules that the French Labour Code requires of an employer", "elle ne tient pas lieu du règlement intérieur que le Code du travail impose à l'employeur"}
	for _, vehicle := range gov12fVehicles {
		employer := vehicle == "association" || vehicle == "scic" || vehicle == "fiscal-host"
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "conduct.code": "contributor-covenant-2.1"}, l)
			what := fmt.Sprintf("%s %s", l, vehicle)
			sanctions := clausePlain(doc, "conduct-sanctions")
			if got := strings.Contains(sanctions, employee[li]) && strings.Contains(sanctions, labour[li]); got != employer {
				t.Errorf("%s: employer decides on employees' sanctions=%v:\n%s", what, got, sanctions)
			}
			if got := strings.Contains(sanctions, agent[li]); got != (vehicle == "public-body") {
				t.Errorf("%s: disciplinary authority decides on agents' sanctions=%v:\n%s", what, got, sanctions)
			}
			n := clauseNumber(t, doc, "conduct-sanctions")
			if got := strings.Contains(clausePlain(doc, "conduct-cc-2-1"), fmt.Sprintf(code[li], n)); got != employer {
				t.Errorf("%s: code of conduct sends employees to %s=%v", what, n, got)
			}
			if got := strings.Contains(clausePlain(doc, "legal-languages"), fmt.Sprintf(languages[li], n)); got != employer {
				t.Errorf("%s: languages send employees to %s=%v", what, n, got)
			}
			if vehicle == "association" || vehicle == "scic" {
				if body := clausePlain(doc, "legal-"+vehicle); !strings.Contains(body, notLabourRules[li]) {
					t.Errorf("%s: the Charter passes for the Labour Code's internal rules:\n%s", what, body)
				}
			}
		}
	}
}

// A new association or SCIC does not yet own the mark of its name: 15.3
// says the name "is or will be" registered, and the transitional article
// says how a mark filed before registration passes to it (C. com. L. 210-6
// or written assignment recorded at the register, CPI L. 714-1, L. 714-7).
// An existing entity holds the mark; the trademark policy never covers a
// third party's mark.
func TestCharterTrademarkOfANewEntity(t *testing.T) {
	willBe := [2]string{"is or will be registered as a trademark in the name of the Legal Entity, which will hold it under Article %s", "est ou sera déposé à titre de marque au nom de la Structure porteuse, qui le détiendra dans les conditions de l'article %s"}
	is := [2]string{"is or will be registered as a trademark by the Legal Entity, in its own name, which is or will be its proprietor and uses it only for the Commons", "est ou sera déposé à titre de marque par la Structure porteuse, en son nom, qui en est ou en sera titulaire et ne l'exploite que pour le Commun"}
	third := [2]string{"it does not authorise the use of any third party's trademark that the name may contain", "elle n'autorise pas l'usage des marques de tiers que le nom peut contenir"}
	assignment := [2]string{"assigns it to the Legal Entity by a written deed, recorded in the register where the trademark is registered", "la lui cède par un acte écrit, inscrit au registre où la marque est enregistrée"}
	cpi := [2]string{"Articles L. 714-1 and L. 714-7", "articles L. 714-1 et L. 714-7"}
	formation := [2]string{"filed on behalf of the company in formation", "déposée pour le compte de la société en formation"}
	for _, vehicle := range []string{"association", "scic", "fiscal-host", "public-body"} {
		for _, existing := range []bool{true, false} {
			for _, tm := range []bool{true, false} {
				for li, l := range textfmt.All {
					doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "legal.existing_entity": existing, "assets.trademark": tm}, l)
					what := fmt.Sprintf("%s %s existing=%v trademark=%v", l, vehicle, existing, tm)
					newEntity := !existing && (vehicle == "association" || vehicle == "scic")
					trans := clausePlain(doc, "transitional")
					if got := strings.Contains(trans, assignment[li]) && strings.Contains(trans, cpi[li]); got != (newEntity && tm) {
						t.Errorf("%s: transitional article on the mark filed before registration=%v:\n%s", what, got, trans)
					}
					if got := strings.Contains(trans, formation[li]); got != (newEntity && tm && vehicle == "scic") {
						t.Errorf("%s: company in formation=%v", what, got)
					}
					if !tm {
						continue
					}
					body := clausePlain(doc, "assets-trademark-registered")
					if !strings.Contains(body, third[li]) {
						t.Errorf("%s: trademark policy may cover third-party marks:\n%s", what, body)
					}
					if got := strings.Contains(body, fmt.Sprintf(willBe[li], clauseNumber(t, doc, "transitional"))); got != newEntity {
						t.Errorf("%s: 'is or will be registered'=%v:\n%s", what, got, body)
					}
					if got := strings.Contains(body, is[li]); got != !newEntity {
						t.Errorf("%s: 'is registered'=%v:\n%s", what, got, body)
					}
				}
			}
		}
	}
}

// A French public body's agents who are not under prior hierarchical
// control of disclosure (teachers, researchers) keep their rights: CPI
// L. 131-3-1 to L. 131-3-3 do not apply to them (L. 111-1 al. 4), and the
// Legal Entity acquires them by written contract. Other vehicles say
// nothing of it.
func TestCharterTeachersAndResearchersKeepTheirRights(t *testing.T) {
	want := [2]string{"such as university teachers and researchers (Article L. 111-1, paragraph 4, of that Code): the Legal Entity acquires the rights in their works other than software and its documentation only by a written contract", "tels que les enseignants-chercheurs et les chercheurs (article L. 111-1, alinéa 4, du même code) : la Structure porteuse n'acquiert les droits sur leurs œuvres autres que les logiciels et leur documentation que par un contrat écrit"}
	for _, vehicle := range gov12fVehicles {
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle}, l)
			body := clausePlain(doc, "economy-paid-work")
			if got := strings.Contains(body, want[li]); got != (vehicle == "public-body") {
				t.Errorf("%s %s: L. 111-1 al. 4 exception=%v:\n%s", l, vehicle, got, body)
			}
		}
	}
}

// A French public body's retention periods yield to the archives
// administration's elimination approval (Code du patrimoine L. 212-2,
// R. 212-14); and where a licence of the Charter is "or later", it offers
// later versions of its own Resources only subject to CRPA L. 323-2.
func TestCharterFrenchPublicBodyArchivesAndLaterVersions(t *testing.T) {
	visa := [2]string{"is subject to the elimination approval (visa d'élimination) of the archives administration (Articles L. 212-2 and R. 212-14 of that Code)", "a lieu sous réserve du visa d'élimination de l'administration des archives (articles L. 212-2 et R. 212-14 du même code)"}
	later := [2]string{"it offers them under a later version only subject to Article L. 323-2 of the Code des relations entre le public et l'administration", "elle ne les offre sous une version ultérieure que sous réserve de l'article L. 323-2 du Code des relations entre le public et l'administration"}
	for _, vehicle := range []string{"public-body", "association"} {
		for _, law := range []string{"FR", "BE"} {
			if vehicle == "association" && law != "FR" {
				continue
			}
			for _, sw := range []string{"GPL-3.0-or-later", "MIT"} {
				for li, l := range textfmt.All {
					doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "governing_law": law, "commons.resources": []string{"software"}, "licences.software": sw, "licences.content": "CC-BY-4.0"}, l)
					what := fmt.Sprintf("%s %s %s %s", l, vehicle, law, sw)
					frPublic := vehicle == "public-body" && law == "FR"
					if got := strings.Contains(clausePlain(doc, "personal-data-retention"), visa[li]); got != frPublic {
						t.Errorf("%s: archives visa=%v", what, got)
					}
					if got := strings.Contains(clausePlain(doc, "licences-public-sector"), later[li]); got != (frPublic && sw == "GPL-3.0-or-later") {
						t.Errorf("%s: later versions subject to L. 323-2=%v:\n%s", what, got, clausePlain(doc, "licences-public-sector"))
					}
				}
			}
		}
	}
}

// Outside dissolution, the Legal Entity transfers the assets only to a
// non-profit legal person or a public body that takes over the
// commitments to Contributors, as the contribution policy limits the
// transfer of assigned rights; a data subject's one-month reply may be
// extended by two months (GDPR art. 12(3)); the contribution policy is
// published in the Governance Space and in the main repository.
func TestCharterTransferDataReplyAndPolicyRepository(t *testing.T) {
	transfer := [2]string{"and then only to a non-profit legal person or to a public body that takes over the commitments made to Contributors", "et alors seulement à une personne morale à but non lucratif ou à une personne publique qui reprend les engagements pris envers les Contributeurs"}
	extension := [2]string{"which may be extended by two (2) months where necessary, taking into account the complexity and number of the requests", "qui peut être prolongé de deux (2) mois compte tenu de la complexité et du nombre des demandes"}
	gdpr := [2]string{"(GDPR, Article 12(3))", "(RGPD, article 12, paragraphe 3)"}
	repo := [2]string{"the contribution policy, which is also kept, with its earlier versions, in the main repository of the Resources", "la politique de contribution ; celle-ci est également conservée, avec ses versions antérieures, dans le dépôt principal des Ressources"}
	publish := [2]string{"shall publish in the Governance Space and in the main repository of the Resources a contribution policy", "publie dans l'Espace de gouvernance et dans le dépôt principal des Ressources une politique de contribution"}
	for _, vehicle := range gov12fVehicles {
		for _, url := range []string{"", "https://example.org/CONTRIBUTING.md"} {
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "contribution.policy_url": url, "privacy.establishment": "FR", "governing_law": "FR"}, l)
				what := fmt.Sprintf("%s %s %q", l, vehicle, url)
				entity := vehicle == "association" || vehicle == "scic" || vehicle == "fiscal-host" || vehicle == "public-body"
				want := transfer[li]
				if vehicle == "scic" {
					want = [2]string{"and then only to a non-profit legal person, to another cooperative that pursues a mission close to that of the Commons or to a public body that takes over the commitments made to Contributors", "et alors seulement à une personne morale à but non lucratif, à une autre coopérative poursuivant une mission voisine de celle du Commun ou à une personne publique qui reprend les engagements pris envers les Contributeurs"}[li]
				}
				if got := strings.Contains(clausePlain(doc, "assets-holder-entity"), want); got != entity {
					t.Errorf("%s: transfer limited to non-profit or public persons=%v:\n%s", what, got, clausePlain(doc, "assets-holder-entity"))
				}
				if rights := clausePlain(doc, "personal-data-rights"); !strings.Contains(rights, extension[li]) || !strings.Contains(rights, gdpr[li]) {
					t.Errorf("%s: no two-month extension:\n%s", what, rights)
				}
				if space := clausePlain(doc, "transparency-space"); !strings.Contains(space, repo[li]) {
					t.Errorf("%s: policy not kept in the repository:\n%s", what, space)
				}
				if got := strings.Contains(clausePlain(doc, "contribution-policy"), publish[li]); got != (url == "") {
					t.Errorf("%s: technical committee publishes the policy in both places=%v", what, got)
				}
				row := [2]string{"| Contribution policy | <https://example.org/CONTRIBUTING.md> |", "| Politique de contribution | <https://example.org/CONTRIBUTING.md> |"}
				if got := strings.Contains(clausePlain(doc, "annex-a"), row[li]); got != (url != "") {
					t.Errorf("%s: annex row for the policy=%v", what, got)
				}
			}
		}
	}
}

// The trademark question warns that a name containing another's mark
// needs its owner's consent (CPI L. 711-3, L. 713-2) and that the
// trademark policy never covers a third party's mark.
func TestCharterTrademarkHelpOnThirdPartyMarks(t *testing.T) {
	k, _ := Lookup("charter")
	q, ok := k.Questionnaire.Question("assets.trademark")
	if !ok {
		t.Fatal("no trademark question")
	}
	want := [2][]string{
		{"only with that owner's written consent", "Articles L. 711-3 and L. 713-2", "never a third party's"},
		{"qu'avec l'accord écrit de son titulaire", "articles L. 711-3 et L. 713-2", "jamais sur celle d'un tiers"},
	}
	for li, l := range textfmt.All {
		help := strings.NewReplacer("\u2019", "'", "\u00a0", " ", "\u202f", " ").Replace(q.Help.In(l))
		for _, w := range want[li] {
			if !strings.Contains(help, w) {
				t.Errorf("%s: trademark help lacks %q:\n%s", l, w, help)
			}
		}
	}
}
