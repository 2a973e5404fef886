package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review I: fixes to the charter and the contribution policy of a
// declared association. Each test walks the options that reach the
// clause, in both languages.

// fxgovLinked is a policy linked to a charter whose answers are the
// charter's examples changed by charterSet, the policy's answers taken
// from the charter set as policySet.
func fxgovLinked(charterSet, policySet map[string]any) questionnaire.Values {
	vals := linkedPolicy(charterSet)
	for k, v := range policySet {
		vals[k] = v
	}
	return vals
}

var fxgovVehicles = []string{"none", "de-facto-association", "association", "scic", "public-body", "fiscal-host"}

// I-2: the charter refers to the contribution policy for every personal
// datum the Resources and the policy process, Contributors' or others',
// and its "no other purpose" leaves room for the purposes the policy
// declares; with an article on personal data in the Resources, the
// reference is subject to it.
func TestFxgovCharterPersonalDataReferenceCoversThePolicy(t *testing.T) {
	ref := [2]string{"The personal data that the Resources and their history contain, whether of Contributors or of other persons, and the other personal data that the contribution policy describes are processed as that policy provides", "Les données personnelles que contiennent les Ressources et leur historique, qu'elles concernent des Contributeurs ou d'autres personnes, ainsi que les autres données personnelles que décrit la politique de contribution sont traitées dans les conditions prévues par cette politique"}
	subject := [2]string{"as that policy provides, subject to Article %s.", "dans les conditions prévues par cette politique, sous réserve de l'article %s."}
	stale := [2]string{"The personal data of Contributors that the Resources", "Les données personnelles des Contributeurs que contiennent"}
	purposes := [2]string{"No personal data are used for any purpose other than those set out in Article %s and in the contribution policy, and none are sold or used for advertising.", "Aucune donnée personnelle n'est employée à d'autres fins que celles que prévoient l'article %s et la politique de contribution, et aucune n'est vendue ni utilisée à des fins publicitaires."}
	for _, vehicle := range fxgovVehicles {
		for _, personal := range []bool{false, true} {
			for li, l := range textfmt.All {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "commons.personal_data": personal}, l)
				what := fmt.Sprintf("%s %s personal=%v", l, vehicle, personal)
				body := clausePlain(doc, "personal-data-controller")
				if !strings.Contains(body, ref[li]) || strings.Contains(body, stale[li]) {
					t.Errorf("%s: reference to the policy limited to Contributors:\n%s", what, body)
				}
				sub := ""
				if personal {
					sub = fmt.Sprintf(subject[li], clauseNumber(t, doc, "personal-data-resources"))
				}
				if personal && !strings.Contains(body, sub) {
					t.Errorf("%s: reference not subject to the article on data in the Resources:\n%s", what, body)
				}
				if !personal && strings.Contains(body, "personal-data-resources") {
					t.Errorf("%s: dangling reference", what)
				}
				want := fmt.Sprintf(purposes[li], clauseNumber(t, doc, "personal-data"))
				if p := clausePlain(doc, "personal-data-purposes"); !strings.Contains(p, want) {
					t.Errorf("%s: no purpose beyond the charter's own:\n%s", what, p)
				}
			}
		}
	}
}

// I-4: data relating to offences that a conduct report may contain are
// processed only as strictly necessary, without legal characterisation
// (GDPR, art. 10; loi 78-17, art. 46, cited as applying to a controller
// established in France or to a person residing there), in the charter
// and in the policy.
func TestFxgovOffenceDataInConductReports(t *testing.T) {
	charter := [2]string{"data relating to offences or alleged offences that a report may contain are recorded only to the extent necessary to enable the victim, the person implicated or ", "les données relatives à des infractions, commises ou alléguées, qu'un signalement peut contenir ne sont consignées que dans la mesure nécessaire pour permettre à la victime, à la personne mise en cause ou "}
	policy := [2]string{"data relating to offences or alleged offences that such a report may contain are recorded only to the extent necessary to enable the victim, the person implicated or the controller, on their own account or on behalf of one of them, to prepare and, where appropriate, bring and follow legal proceedings, and are not otherwise retained; those who handle the report consider the conduct alone and make no legal characterisation of the facts (Article 10", "les données relatives à des infractions, commises ou alléguées, qu'un tel signalement peut contenir ne sont consignées que dans la mesure nécessaire pour permettre à la victime, à la personne mise en cause ou au responsable du traitement, pour leur propre compte ou pour le compte de l'une d'elles, de préparer et, le cas échéant, d'exercer et de suivre une action en justice, et ne sont pas conservées autrement ; ceux qui traitent le signalement s'en tiennent au comportement et ne procèdent à aucune qualification juridique des faits (article 10"}
	inFrance := [2]string{"(Article 10; French Act No. 78-17 of 6 January 1978, Article 46)", "(article 10 ; loi n° 78-17 du 6 janvier 1978, article 46)"}
	resident := [2]string{"(Article 10 and, where the person concerned resides in France, Article 46 of French Act No. 78-17 of 6 January 1978)", "(article 10 et, lorsque la personne concernée réside en France, article 46 de la loi n° 78-17 du 6 janvier 1978)"}
	k, _ := Lookup("contribution")
	for _, estab := range []string{"FR", "BE"} {
		for li, l := range textfmt.All {
			want := resident[li]
			if estab == "FR" {
				want = inFrance[li]
			}
			for _, vehicle := range fxgovVehicles {
				doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "privacy.establishment": estab}, l)
				body := clausePlain(doc, "personal-data-purposes")
				if !strings.Contains(body, charter[li]) || !strings.Contains(body, want) {
					t.Errorf("%s %s %s: charter's conduct reports lack offence data rule:\n%s", l, vehicle, estab, body)
				}
			}
			body := plainClause(t, k, k.Examples(), map[string]any{"privacy.establishment": estab}, l, "personal-data-controller")
			if !strings.Contains(body, policy[li]) || !strings.Contains(body, want) {
				t.Errorf("%s %s: policy's conduct reports lack offence data rule:\n%s", l, estab, body)
			}
		}
	}
}

// I-6: the return of contributed assets of an association is stated once,
// with its legal source.
func TestFxgovDissolutionStatesRepriseDesApportsOnce(t *testing.T) {
	once := [2]string{"reprise des apports", "reprise des apports"}
	for _, vehicle := range fxgovVehicles {
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, map[string]any{"legal.vehicle": vehicle}, l), "exit-dissolution")
			n := strings.Count(body, once[li])
			if want := map[bool]int{true: 1}[vehicle == "association"]; n != want {
				t.Errorf("%s %s: reprise des apports stated %d times, want %d:\n%s", l, vehicle, n, want, body)
			}
			if strings.Contains(body, "recovery of contributions") {
				t.Errorf("%s %s: second translation of the reprise des apports", l, vehicle)
			}
		}
	}
}

// I-3: an association that already exists brings its statutes into line
// with the Charter: the transitional article has the statutes amended
// (officers' limits, power of the general meeting over the Charter as
// internal rules, composition of the board) and the change declared
// (loi 1901, art. 5; décret 1901, art. 3); an amendment of the Charter
// takes effect as internal rules only once the organ the statutes name
// has adopted it.
func TestFxgovExistingAssociationAmendsItsStatutes(t *testing.T) {
	step := [2]string{"to the first general meeting of the Legal Entity held after that adoption an amendment to its statutes that, to the extent that they do not already so provide, incorporates the limits on the powers of its officers set out in", "à la première assemblée générale de la Structure porteuse réunie après cette adoption une modification de ses statuts qui, dans la mesure où ils n'y pourvoient pas déjà, y intègre les limites aux pouvoirs de ses dirigeants que fixe"}
	declared := [2]string{"the amendment is declared to the prefecture within three (3) months (French law of 1 July 1901, Article 5; decree of 16 August 1901, Article 3); until the amended statutes are declared, those limits bind only the Legal Entity, its officers and the Members", "cette modification est déclarée à la préfecture dans un délai de trois (3) mois (loi du 1er juillet 1901, article 5 ; décret du 16 août 1901, article 3) ; jusqu'à la déclaration des statuts modifiés, ces limites ne lient que la Structure porteuse, ses dirigeants et les Membres"}
	board := [2]string{"makes the composition of its board of directors match Article %s", "met la composition de son conseil d'administration en accord avec l'article %s"}
	who := [2][2]string{{"the Steering Committee submits", "the officers of the Legal Entity submit"}, {"le Comité de pilotage soumet", "les dirigeants de la Structure porteuse soumettent"}}
	organ := [2]string{"where those statutes give the power to adopt and amend its internal rules to an organ other than its general meeting, the amendment takes effect as internal rules only once that organ has adopted it, by the majority that the statutes set", "lorsque ces statuts confient le pouvoir d'adopter et de modifier son règlement intérieur à un organe autre que son assemblée générale, la modification ne prend effet en tant que règlement intérieur qu'une fois adoptée par cet organe, à la majorité que fixent les statuts"}
	for _, vehicle := range fxgovVehicles {
		for _, existing := range []bool{false, true} {
			for _, steering := range []bool{false, true} {
				for li, l := range textfmt.All {
					doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle, "legal.existing_entity": existing, "governance.steering": steering}, l)
					what := fmt.Sprintf("%s %s existing=%v steering=%v", l, vehicle, existing, steering)
					trans := clausePlain(doc, "transitional")
					amend := vehicle == "association" && existing
					if got := strings.Contains(trans, step[li]) && strings.Contains(trans, declared[li]); got != amend {
						t.Errorf("%s: statutes amended and declared=%v:\n%s", what, got, trans)
					}
					if amend {
						if !strings.Contains(trans, who[li][map[bool]int{true: 0, false: 1}[steering]]) {
							t.Errorf("%s: wrong organ submits the amendment:\n%s", what, trans)
						}
						if steering && !strings.Contains(trans, fmt.Sprintf(board[li], clauseNumber(t, doc, "bodies-steering"))) {
							t.Errorf("%s: board not brought into line:\n%s", what, trans)
						}
						if n := strings.Count(trans, "\n6. "); n != 1 {
							t.Errorf("%s: the transitional list has %d sixth items:\n%s", what, n, trans)
						}
					}
					member := vehicle == "association" || vehicle == "scic"
					if got := strings.Contains(clausePlain(doc, "amendment-procedure"), organ[li]); got != member {
						t.Errorf("%s: amendment adopted by the organ the statutes name=%v", what, got)
					}
				}
			}
		}
	}
}

// I-12: what the policy promises for the Project, which is not a person,
// is owed by the Legal Entity; without one, by the members of the commons
// that the linked Charter governs, or by the Maintainers; practical tasks
// fall to the Maintainers, for the Legal Entity where there is one.
func TestFxgovPolicyObligationsOwedByAPerson(t *testing.T) {
	owners := map[string][2]string{
		"entity":   {"the Legal Entity", "la Structure porteuse"},
		"members":  {"the Members", "les Membres"},
		"unlinked": {"the Maintainers", "les Mainteneurs"},
	}
	hide := [2]string{"Where a person objects to the publication of their data, %s shall hide them as soon as the request is received and shall remove them", "Lorsqu'une personne s'oppose à la publication de ses données, %s %s les masquer dès la réception de sa demande et de les retirer"}
	notice := [2]string{"which %s shall publish, or link to, wherever", "et que %s"}
	display := [2]string{"The Maintainers%s shall display these terms, or a link to them, in the issue and", "Les Mainteneurs%s affichent ces conditions, ou un lien qui y mène, dans les modèles de tickets"}
	forEntity := [2]string{", for the Legal Entity,", ", pour le compte de la Structure porteuse,"}
	stale := [][2]string{
		{"the Project shall hide", "le Projet les masque"},
		{"The Project shall display", "Le Projet affiche"},
		{"the Project does not publish", "le Projet ne publie pas"},
		{"the Project shall then cease", "le Projet cesse alors"},
		{"the Project shall offer", "le Projet lui propose"},
		{"which the Project shall publish", "que le Projet publie"},
		{"the Project removes them", "le Projet les retire"},
		{"the Project generally cannot rewrite", "le Projet ne peut en général"},
		{"the Project merges", "le Projet n'en intègre"},
	}
	for _, c := range []string{"entity", "members", "unlinked"} {
		for li, l := range textfmt.All {
			var vals questionnaire.Values
			set := map[string]any{"contributions.types": []string{"code", "data", "translation"}, "project.data": true}
			switch c {
			case "entity":
				vals = policyExamples()
			case "members":
				// A charter whose resources hold personal data: otherwise the
				// policy collects no sole trader's data to give notice of.
				vals = fxgovLinked(map[string]any{"legal.vehicle": "none", "commons.personal_data": true}, map[string]any{"legal.vehicle": "none", "legal.entity_name": ""})
			default:
				vals = policyExamples()
				set["legal.entity_name"] = ""
				set["legal.vehicle"] = "none"
			}
			text := plainSpaces(policyText(t, vals, set, l))
			owner := owners[c][li]
			want := []string{fmt.Sprintf(notice[li], owner)}
			if li == 0 {
				want = append(want, fmt.Sprintf(hide[0], owner))
			} else {
				bound := map[bool]string{true: "est tenue de", false: "sont tenus de"}[c == "entity"]
				want = append(want, fmt.Sprintf(hide[1], owner, bound))
			}
			fe := ""
			if c == "entity" {
				fe = forEntity[li]
			}
			want = append(want, fmt.Sprintf(display[li], fe))
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("%s %s: no %q", l, c, w)
				}
			}
			for _, s := range stale {
				if strings.Contains(text, s[li]) {
					t.Errorf("%s %s: obligation of the Project, which is no person: %q", l, c, s[li])
				}
			}
		}
	}
}

// I-1: without a licence for software, the policy's catch-all licence of
// documentation does not reach code, which is not accepted until a
// licence is set for it; the Project is defined by what it publishes.
func TestFxgovPolicyCodeWithoutSoftwareLicence(t *testing.T) {
	// The repositories' own scripts have a licence of their own (RQ-22):
	// other code is refused.
	code := [2]string{"- **Code:** the Project has no licence for software under the Charter. Any other code, such as a program or a library published for its own sake, is not accepted as a Contribution until a licence for it is set under the conditions that Article", "- **Code :** le Projet n'a pas de licence pour les logiciels en vertu de la Charte. Tout autre code, tel qu'un programme ou une bibliothèque publié pour lui-même, n'est pas accepté comme Contribution tant qu'aucune licence ne lui a été attribuée dans les conditions que fixe l'article"}
	notDocs := [2]string{"the licence of the documentation does not apply to it.", "la licence de la documentation ne s'y applique pas."}
	software := [2]string{"means Sentiers en commun: the software, ", "désigne Sentiers en commun : les logiciels, "}
	noSoftware := [2]string{"means Sentiers en commun: the data, documentation", "désigne Sentiers en commun : les données, la documentation"}
	for _, withSoftware := range []bool{false, true} {
		resources := []string{"data", "content"}
		types := []string{"data", "documentation"}
		if withSoftware {
			resources = []string{"software", "data", "content"}
			types = []string{"code", "data", "documentation"}
		}
		vals := fxgovLinked(map[string]any{"commons.resources": resources}, map[string]any{"project.software": withSoftware, "project.data": true, "project.hardware": false, "project.specifications": false})
		for li, l := range textfmt.All {
			text := plainSpaces(policyText(t, vals, map[string]any{"contributions.types": types}, l))
			what := fmt.Sprintf("%s software=%v", l, withSoftware)
			if got := strings.Contains(text, code[li]) && strings.Contains(text, notDocs[li]); got == withSoftware {
				t.Errorf("%s: code refused for want of a licence=%v", what, got)
			}
			def := noSoftware[li]
			if withSoftware {
				def = software[li]
			}
			if !strings.Contains(text, def) {
				t.Errorf("%s: Project not defined by what it publishes, want %q", what, def)
			}
		}
	}
	// Without a charter, the policy itself must be amended.
	k, _ := Lookup("contribution")
	for li, l := range textfmt.All {
		body := plainClause(t, k, policyExamples(), map[string]any{"project.software": false, "contributions.types": []string{"documentation"}, "project.charter_url": ""}, l, "outbound")
		want := [2]string{"until a licence for it is set by an amendment of this policy (Article", "tant qu'aucune licence ne lui a été attribuée par une modification de la présente politique (article"}[li]
		if !strings.Contains(body, want) {
			t.Errorf("%s: unlinked policy without code licence:\n%s", l, body)
		}
	}
}

// I-13, I-14, I-15, I-16, I-17: wording of the policy.
func TestFxgovPolicyWording(t *testing.T) {
	linked := linkedPolicy(nil)
	defined := [2]string{"Terms beginning with a capital letter that this policy does not define have the meaning that the Charter gives them.", "Les termes commençant par une majuscule que la présente politique ne définit pas ont le sens que leur donne la Charte."}
	readers := [2]string{"This address is read only by the members of the Conduct Committee that Article", "Cette adresse n'est lue que par les membres du Comité du code de conduite que l'article"}
	substitutes := [2]string{"and, where the Charter so provides, by their substitutes and by the body that hears an appeal, for the sole case referred to them. The Committee acknowledges every report", "et, lorsque la Charte le prévoit, par leurs suppléants et par l'organe qui connaît du recours, pour le seul dossier dont ils sont saisis. Le Comité accuse réception de chaque signalement"}
	archives := [2]string{"Software Heritage, which the Legal Entity does not run and from which it cannot itself remove that data; those archives have their own procedures for requests.", "Software Heritage, que la Structure porteuse n'exploite pas et d'où elle ne peut elle-même les retirer ; ces archives ont leurs propres procédures de traitement des demandes."}
	for li, l := range textfmt.All {
		text := plainSpaces(policyText(t, linked, map[string]any{"contributions.types": []string{"code", "documentation", "outreach"}}, l))
		for _, w := range []string{defined[li], readers[li], substitutes[li], archives[li]} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: no %q", l, w)
			}
		}
		if strings.Contains(text, "Personal data of contributors") || strings.Contains(text, "Données personnelles des contributeurs") {
			t.Errorf("%s: article on personal data still limited to contributors", l)
		}
		if strings.Contains(text, "from which it cannot be recalled") || strings.Contains(text, "d'où elles ne peuvent être retirées") {
			t.Errorf("%s: archives said to be beyond recall", l)
		}
		// Without a charter, no sentence sends undefined terms to one.
		own := plainSpaces(policyText(t, policyExamples(), map[string]any{"project.charter_url": ""}, l))
		if strings.Contains(own, defined[li]) {
			t.Errorf("%s: policy without a charter sends terms to it", l)
		}
	}
	en := plainSpaces(policyText(t, linked, map[string]any{"contributions.types": []string{"code", "outreach"}, "inbound": "cla"}, textfmt.EN))
	for _, w := range []string{"is a Contribution and falls under the Licences of the Project", "(French Civil Code, Articles 1366 and 1367)"} {
		if !strings.Contains(en, w) {
			t.Errorf("EN: no %q", w)
		}
	}
	for _, w := range []string{"fall under the Project Licences", "(Civil Code, Articles 1366", ", that takes over that commitment", "may not be protected by copyright"} {
		if strings.Contains(en, w) {
			t.Errorf("EN: still %q", w)
		}
	}
	fr := plainSpaces(policyText(t, linked, map[string]any{"contributions.types": []string{"code", "documentation", "outreach"}}, textfmt.FR))
	for _, w := range []string{"- **Promotion du Projet :**", "d'une anomalie ou d'une coquille, ou une amélioration de la documentation"} {
		if !strings.Contains(fr, w) {
			t.Errorf("FR: no %q", w)
		}
	}
	if strings.Contains(fr, "**Diffusion :**") {
		t.Error("FR: outreach still called Diffusion")
	}
}

// I-5: a French legal entity other than a public body or a cooperative
// issues tax receipts for gifts and patronage only if eligible, declares
// them (CGI art. 222 bis) and publishes its accounts above the threshold
// of gifts (law No. 87-571, art. 4-1); without legal personality, none.
func TestFxgovPatronageReceiptsAndAccounts(t *testing.T) {
	declare := [2]string{"shall declare each year the amount of the gifts and the number of receipts issued, as Article 222 bis of the French General Tax Code requires", "déclare chaque année le montant des dons et le nombre de reçus délivrés, conformément à l'article 222 bis du Code général des impôts"}
	patron := [2]string{"The Legal Entity shall issue receipts that entitle patrons to a tax reduction only once the tax authorities, on its request for a ruling (rescrit), have confirmed that it meets the conditions of Article 238 bis of the French General Tax Code", "La Structure porteuse ne délivre de reçus ouvrant droit à une réduction d'impôt aux mécènes qu'après que l'administration fiscale, saisie par elle d'une demande de rescrit, a confirmé qu'elle remplit les conditions de l'article 238 bis du Code général des impôts"}
	accounts := [2]string{"it shall publish its annual accounts as Article 4-1 of French Law No. 87-571 of 23 July 1987 requires", "elle publie ses comptes annuels conformément à l'article 4-1 de la loi n° 87-571 du 23 juillet 1987"}
	for _, vehicle := range fxgovVehicles {
		for _, funding := range [][]string{{"donations"}, {"sponsorship"}, {"grants"}} {
			for li, l := range textfmt.All {
				body := clausePlain(charterDoc(t, map[string]any{"legal.vehicle": vehicle, "economy.funding": funding}, l), "economy-funding")
				what := fmt.Sprintf("%s %s %v", l, vehicle, funding)
				eligible := vehicle == "association" || vehicle == "fiscal-host"
				if got := strings.Contains(body, declare[li]); got != (eligible && funding[0] == "donations") {
					t.Errorf("%s: receipts declared=%v", what, got)
				}
				if got := strings.Contains(body, patron[li]); got != (eligible && funding[0] == "sponsorship") {
					t.Errorf("%s: patronage receipts only if eligible=%v", what, got)
				}
				if got := strings.Contains(body, accounts[li]); got != (eligible && funding[0] != "grants") {
					t.Errorf("%s: accounts published above the gifts threshold=%v", what, got)
				}
			}
		}
	}
}

// I-8, I-9: the notice procedure cites the DSA and names the single
// point of contact of a Legal Entity, or of a Member, that hosts a space
// itself; the charter and the policy say that settings of a forge project
// may make whoever runs the Commons a joint controller with the operator.
func TestFxgovDSAContactAndJointControlOnTheForge(t *testing.T) {
	dsa := [2]string{"including judicial redress (Regulation (EU) 2022/2065, Articles 16 and 17).", "dont le recours au juge (règlement (UE) 2022/2065, articles 16 et 17)."}
	contact := [2][2]string{{"Where the Legal Entity itself hosts a discussion space", "Where a Member itself hosts, for the Commons, a discussion space"}, {"Lorsque la Structure porteuse héberge elle-même un espace de discussion", "Lorsqu'un Membre héberge lui-même, pour le Commun, un espace de discussion"}}
	point := [2]string{"(Regulation (EU) 2022/2065, Articles 11 and 12)", "(règlement (UE) 2022/2065, articles 11 et 12)"}
	joint := [2][2]string{{"it is a joint controller with the operator (GDPR, Article 26;", "they are joint controllers with the operator (GDPR, Article 26;"}, {"elle est responsable conjointe du traitement avec l'exploitant (RGPD, article 26 ;", "ils sont responsables conjoints du traitement avec l'exploitant (RGPD, article 26 ;"}}
	for _, vehicle := range fxgovVehicles {
		entity := vehicle != "none" && vehicle != "de-facto-association"
		e := map[bool]int{true: 0, false: 1}[entity]
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"legal.vehicle": vehicle}, l)
			notices := clausePlain(doc, "contribution-notices")
			for _, w := range []string{dsa[li], contact[li][e], point[li]} {
				if !strings.Contains(notices, w) {
					t.Errorf("%s %s: notices lack %q", l, vehicle, w)
				}
			}
			if r := clausePlain(doc, "personal-data-recipients"); !strings.Contains(r, joint[li][e]) {
				t.Errorf("%s %s: no joint control for the forge settings:\n%s", l, vehicle, r)
			}
		}
	}
	policy := [2]string{"For the audience statistics of the Project that the forge compiles and makes available to it according to the settings of the Project, the Legal Entity is a joint controller with the operator", "Pour les statistiques de fréquentation du Projet que la forge établit et met à sa disposition selon le paramétrage du Projet, la Structure porteuse est responsable conjointe du traitement avec l'exploitant"}
	k, _ := Lookup("contribution")
	for li, l := range textfmt.All {
		body := plainClause(t, k, k.Examples(), map[string]any{"project.repository_url": "https://github.com/sentiers/sentiers"}, l, "personal-data-recipients")
		if !strings.Contains(body, policy[li]) {
			t.Errorf("%s: policy on a shared forge lacks joint control:\n%s", l, body)
		}
	}
}

// I-10: periods in words and figures.
func TestFxgovPeriodsInWordsAndFigures(t *testing.T) {
	k, _ := Lookup("contribution")
	for li, l := range textfmt.All {
		doc := charterDoc(t, nil, l)
		if want := [2]string{"destroyed three (3) years after the case is closed", "détruits trois (3) ans après la clôture de l'affaire"}[li]; !strings.Contains(clausePlain(doc, "personal-data-retention"), want) {
			t.Errorf("%s: charter retention: no %q", l, want)
		}
		body := plainClause(t, k, k.Examples(), nil, l, "personal-data-retention")
		if want := [2]string{"destroyed three (3) years after the case is closed", "détruits trois (3) ans après la clôture de l'affaire"}[li]; !strings.Contains(body, want) {
			t.Errorf("%s: policy retention: no %q", l, want)
		}
	}
}

// I-1: the process speaks of tests and static analysis only where code is
// welcome; a data project is told of validation checks and sources.
func TestFxgovProcessFitsWhatIsContributed(t *testing.T) {
	tests := [2]string{"Add or update the tests and the documentation that your change affects.", "Ajoutez ou mettez à jour les tests et la documentation que votre modification concerne."}
	data := [2]string{"Add or update the documentation that your change affects, and give the source of the data you add.", "Ajoutez ou mettez à jour la documentation que votre modification concerne, et indiquez la source des données que vous ajoutez."}
	static := [2]string{"static analysis", "analyse statique"}
	checks := [2]string{"validation checks of the format and content of the files", "contrôles de validité du format et du contenu des fichiers"}
	for _, code := range []bool{false, true} {
		types := []string{"data", "documentation"}
		if code {
			types = []string{"code", "data", "documentation"}
		}
		for li, l := range textfmt.All {
			text := plainSpaces(policyText(t, policyExamples(), map[string]any{"contributions.types": types, "project.software": code, "process.ci": true}, l))
			what := fmt.Sprintf("%s code=%v", l, code)
			if strings.Contains(text, tests[li]) != code || strings.Contains(text, data[li]) == code {
				t.Errorf("%s: preparing a change does not fit what is contributed", what)
			}
			if strings.Contains(text, static[li]) != code || strings.Contains(text, checks[li]) == code {
				t.Errorf("%s: automated checks do not fit what is contributed", what)
			}
		}
	}
}
