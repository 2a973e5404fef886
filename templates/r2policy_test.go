package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// r2Linked is the example policy linked to the example charter, whose
// answers it can read, so that it cites the charter's articles by number;
// set changes the policy's answers.
func r2Linked(t *testing.T, set map[string]any) (questionnaire.Values, map[textfmt.Lang][2]string) {
	t.Helper()
	policy, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	chVals := charter.Examples()
	labels := map[textfmt.Lang][2]string{}
	for _, l := range textfmt.All {
		doc, err := charter.Assemble(chVals, l, Preview)
		if err != nil {
			t.Fatal(err)
		}
		disputes, ok1 := doc.Clause("conduct-disputes")
		law, ok2 := doc.Clause("legal-law")
		if !ok1 || !ok2 {
			t.Fatal("the example charter has no clause on disputes or on the governing law")
		}
		// policyText prints no-break spaces as spaces.
		plain := strings.NewReplacer("\u00a0", " ", "\u202f", " ")
		labels[l] = [2]string{plain.Replace(disputes.Label(l)), plain.Replace(law.Label(l))}
	}
	vals := linkedExamples(policy)
	vals.SetCharterAnswers(charter.Questionnaire.Resolve(chVals))
	for k, v := range set {
		vals[k] = v
	}
	return vals, labels
}

// A linked policy sends disputes about the charter to the charter's
// procedure for disputes and to its clause on law and courts, not to the
// latter alone (review B2, SM-10); and it has the charter's forum, never
// one of its own: the courts of the seat of a cooperative legal entity,
// as the charter designates them, and no court otherwise, whatever city
// the answers name (review E, SL-6 and SL-C7). An unlinked policy keeps
// the city it names.
func TestR2PolicyDisputesFollowTheCharter(t *testing.T) {
	for _, c := range []struct {
		name string
		set  map[string]any
		// seat: the courts of the seat are designated; none: no court.
		seat, none bool
	}{
		{"linked, no legal person, a city named", map[string]any{"jurisdiction": "Paris", "legal.entity_name": nil, "legal.vehicle": "none"}, false, true},
		{"linked, association, no city", map[string]any{"jurisdiction": nil, "legal.vehicle": "association", "legal.entity_name": "Sentiers en commun"}, false, true},
		{"linked, cooperative, a city named", map[string]any{"jurisdiction": "Paris", "legal.vehicle": "scic", "legal.company_form": "sas", "legal.entity_name": "Sentiers en commun SCIC SAS"}, true, false},
	} {
		vals, labels := r2Linked(t, c.set)
		for li, l := range textfmt.All {
			text := policyText(t, vals, nil, l)
			cite := map[textfmt.Lang]string{
				textfmt.EN: "Disputes about the application of the Charter, even where they concern a Contribution, follow the procedure of " + labels[l][0] + " of the Charter, where it applies, and " + labels[l][1] + " of the Charter.",
				textfmt.FR: "Les différends relatifs à l’application de la Charte, même lorsqu’ils touchent à une Contribution, relèvent de la procédure prévue à l’" + labels[l][0] + " de la Charte, lorsqu’elle s’applique, et de l’" + labels[l][1] + " de la Charte.",
			}[l]
			if !strings.Contains(text, cite) {
				t.Errorf("%s, %s: no %q", c.name, l, cite)
			}
			seat := [2]string{"before the courts of the place of the seat of the Legal Entity, to the extent",
				"devant les juridictions du lieu du siège de la Structure porteuse, dans la mesure"}[li]
			none := [2]string{"Like " + labels[l][1] + " of the Charter, this article designates no court",
				"Comme l’" + labels[l][1] + " de la Charte, le présent article ne désigne aucune juridiction"}[li]
			paris := [2]string{"competent courts of Paris", "juridictions compétentes de Paris"}[li]
			if strings.Contains(text, seat) != c.seat || strings.Contains(text, none) != c.none {
				t.Errorf("%s, %s: seat printed=%v, none printed=%v", c.name, l, strings.Contains(text, seat), strings.Contains(text, none))
			}
			if strings.Contains(text, paris) {
				t.Errorf("%s, %s: the linked policy names a forum of its own: %q", c.name, l, paris)
			}
		}
	}
	// Unlinked, the city answered is the forum, and the charter is not
	// cited.
	for li, l := range textfmt.All {
		text := policyText(t, policyExamples(), map[string]any{"jurisdiction": "Lyon"}, l)
		if want := [2]string{"competent courts of Lyon", "juridictions compétentes de Lyon"}[li]; !strings.Contains(text, want) {
			t.Errorf("unlinked, %s: no %q", l, want)
		}
		if p := [2]string{"application of the Charter", "application de la Charte"}[li]; strings.Contains(text, p) {
			t.Errorf("unlinked, %s: %q printed", l, p)
		}
	}
}

// The categories of contributors welcomed are listed as the items of a
// sentence: lower case, semicolons, a full stop (review B2, SM-11). The
// employees' rights on other works are stated without the double « en …
// des droits » (SM-12). The acknowledgement of a vulnerability report
// counts working days (SM-13).
func TestR2PolicyListsPronounsAndWorkingDays(t *testing.T) {
	set := map[string]any{"contributors.allowed": []string{"individuals", "employees", "contractors"}, "governing_law": "FR", "security.response_days": 5}
	want := [2][]string{
		{"- individuals acting in their own name;\n- employees;\n- contractors.", "within five (5) working days"},
		{"- personnes agissant en leur nom propre ;\n- salariés ;\n- prestataires.", "le salarié qui les a créées en conserve en principe les droits (article L. 111-1, alinéa 3)", "dans un délai de cinq (5) jours ouvrés"},
	}
	never := [2][]string{
		{"- Individuals", "- Employees"},
		{"- Personnes agissant", "- Salariés", "titulaire des droits (article L. 111-1"},
	}
	for li, l := range textfmt.All {
		text := policyText(t, policyExamples(), set, l)
		for _, p := range want[li] {
			if !strings.Contains(text, p) {
				t.Errorf("%s: no %q", l, p)
			}
		}
		for _, p := range never[li] {
			if strings.Contains(text, p) {
				t.Errorf("%s: %q printed", l, p)
			}
		}
	}
	// Belgian law: the French comparison carries no double pronoun either.
	text := policyText(t, policyExamples(), map[string]any{"governing_law": "BE", "contributors.allowed": []string{"employees"}}, textfmt.FR)
	if !strings.Contains(text, "l'auteur des autres œuvres en conserve en principe les droits") && !strings.Contains(text, "l’auteur des autres œuvres en conserve en principe les droits") {
		t.Error("BE, fr: the authors of other works are not said to keep their rights")
	}
}

// The operator of a shared forge is a separate controller whatever name
// the answers give it: the policy reports its transfers as its own
// statement, sends the reader to it for a copy of its clauses, and never
// says the controller holds them; a forge run for the Project is its
// processor, whose clauses the controller concluded and copies (review
// E, SL-C2; GDPR, art. 13(1)(f); EDPB Guidelines 05/2021).
func TestR2PolicySharedForgeTransfersAreTheOperators(t *testing.T) {
	own := [2]string{"by its own statements, stores and processes this data", "selon ses propres déclarations, conserve et traite ces données"}
	fromOperator := [2]string{"a copy may be requested from the operator, which is a party to those clauses", "une copie peut en être demandée à l’exploitant, qui est partie à ces clauses"}
	fromController := [2]string{"a copy may be obtained by writing to the address given in", "une copie peut en être obtenue en écrivant à l’adresse que donne"}
	for _, c := range []struct {
		name   string
		set    map[string]any
		shared bool
	}{
		{"gitlab.com, another operator named", map[string]any{"project.repository_url": "https://gitlab.com/a/b", "privacy.forge_operator": "Forgejo Hosting Inc.", "privacy.transfer": "scc", "privacy.operator_eea": false}, true},
		{"github.com, operator in the EEA", map[string]any{"project.repository_url": "https://github.com/a/b", "privacy.forge_operator": nil, "privacy.transfer": "scc", "privacy.operator_eea": true}, true},
		{"private forge, processor", map[string]any{"project.repository_url": "https://forge.sentiers.example/a/b", "privacy.forge_operator": "Hébergeur Inc.", "privacy.transfer": "scc", "privacy.operator_eea": false}, false},
	} {
		for li, l := range textfmt.All {
			body := strings.ReplaceAll(clauseWith(t, mustKind(t, "contribution"), policyExamples(), c.set, l, "personal-data-recipients"), "\u00a0", " ")
			if strings.Contains(body, own[li]) != c.shared || strings.Contains(body, fromOperator[li]) != c.shared || strings.Contains(body, fromController[li]) == c.shared {
				t.Errorf("%s, %s: shared=%v not followed:\n%s", c.name, l, c.shared, body)
			}
		}
	}
}

func mustKind(t *testing.T, id string) *Kind {
	t.Helper()
	k, ok := Lookup(id)
	if !ok {
		t.Fatalf("no kind %s", id)
	}
	return k
}

// The business data of sole traders, which others contribute, are told
// to the persons concerned by public measures, the condition of the
// exception to individual information (GDPR, art. 14(5)(b); review B2,
// SM-9): the policy published or linked wherever the data are, and a
// notice attached to the data. A policy that admits no data says nothing
// of it.
func TestR2PolicyThirdPartyDataArePubliclyNoticed(t *testing.T) {
	notice := [2]string{
		"which the Legal Entity shall publish, or link to, wherever it publishes those data, and a notice that the Legal Entity shall attach to those data, stating the controller, the purpose and legal basis of their publication, their source, how long they are kept and the address at which to object to their publication, inform those persons as well",
		"que la Structure porteuse publie, ou vers laquelle elle renvoie par un lien, partout où elle publie ces données, ainsi qu’une notice jointe à ces données, qui indique le responsable du traitement, la finalité et la base juridique de leur publication, leur source, leur durée de conservation et l’adresse à laquelle s’opposer à leur publication, informent aussi ces personnes",
	}
	// Persons reachable through their contact details are told
	// individually; the others publicly only after an assessment recorded
	// in writing (review RD-15): the exception is never taken for granted.
	individual := [2]string{"that person shall be informed individually within one month at most after the data are obtained", "celle-ci est informée individuellement dans un délai d’un mois au plus après leur obtention"}
	public := [2]string{"which shall have been assessed beforehand, for each set of data, by weighing that effort against the effect of the processing on the persons concerned, and the assessment recorded in writing (GDPR, Articles 14(5)(b) and 5(2))", "(RGPD, articles 14, paragraphe 5, point b, et 5, paragraphe 2)"}
	for _, c := range []struct {
		name string
		set  map[string]any
		want bool
	}{
		{"data welcomed", map[string]any{"contributions.types": []string{"code", "data"}}, true},
		{"data published, linked", map[string]any{"project.data": true}, true},
		{"no data", map[string]any{"contributions.types": []string{"code", "documentation"}, "project.data": false}, false},
	} {
		vals := policyExamples()
		if c.name == "data published, linked" {
			vals = linkedExamples(mustKind(t, "contribution"))
		}
		expect(t, c.name, c.set, vals, c.want, notice, individual, public)
	}
}

// Under French law the right to respect for the work is inalienable
// (CPI, art. L. 121-1): the policy asks no general advance consent, but
// has the contributor acknowledge the ordinary changes of collaborative
// work, which the licence already allows, and accept them as far as the
// law allows (review E, SL-C5).
func TestR2PolicyMoralRightsAcknowledgement(t *testing.T) {
	want := [2]string{"you acknowledge that collaborative work calls for changes, such as corrections, updates, translations and reorganisation, which the applicable Licence of the Project already allows, and you accept, to the extent that the law allows, that they are made without your prior agreement",
		"vous reconnaissez que le travail collaboratif appelle des modifications, telles que les corrections, les mises à jour, les traductions et les réorganisations, que la Licence du Projet applicable permet déjà, et vous acceptez, dans la mesure où la loi le permet, qu’elles y soient apportées sans votre accord préalable"}
	old := [2]string{"you accept that the changes that collaborative work requires", "vous acceptez que les modifications qu’appelle le travail collaboratif"}
	expect(t, "French law", map[string]any{"governing_law": "FR"}, policyExamples(), true, want)
	expect(t, "French law", map[string]any{"governing_law": "FR"}, policyExamples(), false, old)
}

// Conduct reports may reveal special categories of data: the policy says,
// linked or not, on which exception of GDPR art. 9(2) it processes them
// and that the needless ones are deleted, as the charter does (review E,
// SL-C6).
func TestR2PolicyConductReportsSpecialCategories(t *testing.T) {
	special := [2]string{"data of the special categories listed in Article 9(1) of the GDPR, such as data concerning health or sexual orientation, that a report of a breach may contain are processed only where the person they concern, such as the reporter for the data about themselves, has given explicit consent to it (Article 9(2)(a)), where that person has manifestly made them public (point (e)), or where their processing is strictly necessary to establish, exercise or defend legal claims in proceedings brought or contemplated (point (f))",
		"les données des catégories particulières énumérées à l’article 9, paragraphe 1, du RGPD, telles que les données concernant la santé ou l’orientation sexuelle, qu’un signalement de manquement peut contenir ne sont traitées que si la personne qu’elles concernent, tel l’auteur du signalement pour les données qui le concernent, y a explicitement consenti (article 9, paragraphe 2, point a), si cette personne les a manifestement rendues publiques (point e) ou si leur traitement est strictement nécessaire à la constatation, à l’exercice ou à la défense d’un droit en justice dans une procédure engagée ou envisagée (point f)"}
	deleted := [2]string{"that the reporter did not need to give, are deleted on receipt (Article 5(1)(c))", "que l’auteur du signalement n’avait pas besoin de fournir, sont supprimées dès leur réception (article 5, paragraphe 1, point c)"}
	expect(t, "unlinked", nil, policyExamples(), true, special, deleted)
	expect(t, "linked", nil, linkedExamples(mustKind(t, "contribution")), true, special, deleted)
	vals, _ := r2Linked(t, nil)
	charter, _ := Lookup("charter")
	for li, l := range textfmt.All {
		doc, err := charter.Assemble(charter.Examples(), l, Preview)
		if err != nil {
			t.Fatal(err)
		}
		c, ok := doc.Clause("personal-data-purposes")
		if !ok {
			t.Fatal("the example charter has no purposes of processing")
		}
		label := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(c.Label(l))
		cite := [2]string{"Article 46), as provided in " + label + " of the Charter", "article 46), comme le prévoit l’" + label + " de la Charte"}[li]
		if text := policyText(t, vals, nil, l); !strings.Contains(text, cite) {
			t.Errorf("linked, %s: no %q", l, cite)
		}
	}
}
