package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

var fxo4Hosts = []map[string]any{
	{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": "Fonds de dotation Savoirs Libres"},
	{"legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.entity_name": "Association Savoirs Libres"},
}

func fxo4Has(t *testing.T, what, text string, want bool, phrases ...string) {
	t.Helper()
	text = strings.ReplaceAll(text, "’", "'")
	for _, p := range phrases {
		if strings.Contains(text, strings.ReplaceAll(p, "’", "'")) != want {
			t.Errorf("%s: presence of %q should be %v in:\n%s", what, p, want, text)
		}
	}
}

// O2-1, O2-2: with a host, the founding Members mandate signatories who
// contract in their own name; the agreement makes them act only on the
// Assembly's decisions and lets the Assembly replace them, the host
// consenting in advance (C. civ. 1216); the termination on dissolution is
// notified by the signatories or their successors on the Assembly's decision.
func TestFxo4HostSignatories(t *testing.T) {
	own := [2]string{"mandate those of them who sign the hosting agreement in their own name, without representing the Members, under", "mandatent ceux d’entre eux qui signent la convention d’accueil en leur nom propre, sans représenter les Membres, conformément à l’"}
	behalf := [2]string{"on behalf of all the Members under", "pour le compte de l’ensemble des Membres conformément"}
	rights := [2]string{"The agreement provides that its signatories exercise the rights that it gives them, in particular to amend it, to enforce it and to terminate it, only on the decisions of the Assembly; that each of them assigns their position as a party to it to the person whom the Assembly designates to replace them, the Legal Entity consenting to that assignment in advance (French Civil Code, Article 1216, second paragraph); and that, where a signatory dies or can no longer act, the Legal Entity concludes the agreement on the same terms with the person whom the Assembly designates.",
		"La convention stipule que ses signataires n’exercent les droits qu’elle leur confère, notamment ceux de la modifier, d’en poursuivre l’exécution et de la résilier, que sur décision de l’Assemblée ; que chacun d’eux cède sa qualité de partie à la personne que l’Assemblée désigne pour le remplacer, la Structure porteuse consentant par avance à cette cession (article 1216, alinéa 2, du Code civil) ; et que, si un signataire décède ou ne peut plus agir, la Structure porteuse conclut la convention aux mêmes conditions avec la personne que l’Assemblée désigne."}
	notify := [2]string{"the signatories of the hosting agreement, or those who have replaced them under", "les signataires de la convention d’accueil, ou ceux qui les ont remplacés dans les conditions de l’"}
	notify2 := [2]string{"notify that termination to the Legal Entity on the decision of the Assembly that pronounces the dissolution.", "notifient cette résiliation à la Structure porteuse sur décision de l’Assemblée qui prononce la dissolution."}
	mandates := [2]string{"mandates the persons who notify", "mandate les personnes qui notifient"}
	for _, set := range fxo4Hosts {
		for li, l := range textfmt.All {
			doc := charterDoc(t, set, l)
			what := string(l) + " " + set["legal.host_form"].(string)
			fxo4Has(t, what+" transitional", clausePlain(doc, "transitional"), true, own[li])
			fxo4Has(t, what+" transitional", clausePlain(doc, "transitional"), false, behalf[li])
			fxo4Has(t, what+" host", clausePlain(doc, "legal-fiscal-host"), true, rights[li])
			fxo4Has(t, what+" dissolution", clausePlain(doc, "exit-dissolution"), true, notify[li], notify2[li])
			fxo4Has(t, what+" dissolution", clausePlain(doc, "exit-dissolution"), false, mandates[li])
		}
	}
	// Without a host, there are no signatories to replace.
	for li, l := range textfmt.All {
		doc := charterDoc(t, map[string]any{"legal.vehicle": "association", "legal.entity_name": "Association Savoirs Libres"}, l)
		all := clausePlain(doc, "transitional") + clausePlain(doc, "exit-dissolution") + clausePlain(doc, "legal-fiscal-host")
		fxo4Has(t, string(l)+" association", all, false, rights[li][:40], notify[li], own[li])
	}
}

// O2-5, O2-7: the charter and the policy give one rule for special-category
// data in conduct reports: explicit consent, data manifestly made public by
// the person (its own ground) or legal claims; others deleted on receipt.
func TestFxo4SpecialCategoriesOneRule(t *testing.T) {
	grounds := [2]string{"has given explicit consent to it (Article 9(2)(a)), where that person has manifestly made them public (point (e)), or where their processing is strictly necessary to establish, exercise or defend legal claims in proceedings brought or contemplated (point (f))",
		"y a explicitement consenti (article 9, paragraphe 2, point a), si cette personne les a manifestement rendues publiques (point e) ou si leur traitement est strictement nécessaire à la constatation, à l’exercice ou à la défense d’un droit en justice dans une procédure engagée ou envisagée (point f)"}
	charterDel := [2]string{"other such data, and those that the author of the report did not need to give, are deleted on receipt (Article 5(1)(c))", "les autres données de ces catégories, et celles que l’auteur du signalement n’avait pas besoin de fournir, sont supprimées dès leur réception (article 5, paragraphe 1, point c)"}
	policyDel := [2]string{"other such data, and those that the reporter did not need to give, are deleted on receipt (Article 5(1)(c))", "les autres données de ces catégories, et celles que l’auteur du signalement n’avait pas besoin de fournir, sont supprimées dès leur réception (article 5, paragraphe 1, point c)"}
	hold := [2]string{"fifteen (15) days of their receipt", "quinze (15) jours à compter de leur réception"}
	oldE := [2]string{"such as the reporter for the data about themselves, where that person", "tel l’auteur du signalement pour les données qui le concernent, lorsque cette personne"}
	for li, l := range textfmt.All {
		p := clausePlain(charterDoc(t, nil, l), "personal-data-purposes")
		fxo4Has(t, string(l)+" charter", p, true, grounds[li], charterDel[li])
	}
	for _, in := range []string{"dco", "assignment"} {
		set := map[string]any{"inbound": in, "agreement.url": "https://example.org/cession"}
		expect(t, in, set, policyExamples(), true, grounds, policyDel)
		expect(t, in, set, policyExamples(), false, hold, oldE)
		expect(t, in+" linked", set, linkedExamples(mustKind(t, "contribution")), true, grounds, policyDel)
		expect(t, in+" linked", set, linkedExamples(mustKind(t, "contribution")), false, hold, oldE)
	}
}

// O2-9: the charter states the rule that the policy applies when the two
// texts of the Contributor Covenant diverge; the linked policy refers to it.
func TestFxo4CodeOfConductDivergence(t *testing.T) {
	// RF-24 (fx4j): the text that the prevailing version designates
	// prevails; the charter examples make French prevail.
	rule := [2]string{"where those texts diverge, the text that the French version of this Charter designates prevails", "lorsque ces textes divergent, prévaut le texte que désigne la version française de la Charte"}
	policyRule := [2]string{"where those texts diverge, the text designated for the French version of this policy prevails", "lorsque ces textes divergent, prévaut le texte que désigne la version française de la présente politique"}
	prevails := [2]string{"version of this Charter prevails", "de la Charte prévaut,"}
	for _, code := range []string{"contributor-covenant-2.1", "contributor-covenant-3.0"} {
		for li, l := range textfmt.All {
			for _, set := range []map[string]any{{"conduct.code": code}, {"conduct.code": code, "legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": "Fonds X"}} {
				c := clausePlain(charterDoc(t, set, l), "legal-languages")
				fxo4Has(t, string(l)+" "+code, c, true, rule[li])
				fxo4Has(t, string(l)+" "+code, c, false, prevails[li])
			}
		}
	}
	ref := [2]string{"where those texts diverge, the text that the prevailing version of the Charter designates prevails, as provided in Article", "lorsque ces textes divergent, prévaut le texte que désigne la version de la Charte qui prévaut, comme le prévoit l’article"}
	vals, _ := r2Linked(t, nil)
	expect(t, "linked", nil, vals, true, ref)
	expect(t, "unlinked", nil, policyExamples(), true, policyRule)
	expect(t, "unlinked", nil, policyExamples(), false, ref)
}

// O2-12, O2-14: « lus » agrees with a masculine and feminine subject; the
// joint controller for the forge's statistics is named, not a pronoun.
func TestFxo4PolicyAgreementAndJointController(t *testing.T) {
	read := [2]string{"are read only by the persons who handle them", "ne sont lus que par les personnes qui les traitent"}
	wrong := [2]string{"ne sont lues que par", "ne sont lues que par"}
	joint := [2]string{"according to the settings of the Project, the Legal Entity is a joint controller with the operator", "selon le paramétrage du Projet, la Structure porteuse est responsable conjointe du traitement avec l’exploitant"}
	pron := [2]string{"according to the settings of the Project, it is a joint controller", "selon le paramétrage du Projet, elle est responsable conjointe"}
	set := map[string]any{"project.repository_url": "https://github.com/sentiers/sentiers"}
	expect(t, "shared forge", set, policyExamples(), true, read, joint)
	expect(t, "shared forge", set, policyExamples(), false, wrong, pron)
}
