package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// Review L (contribution policy of a company, assignment): the clauses
// each option produces, in both languages, and their absence where the
// option is off.

// L-8, L-15, L-16: special-category data in a conduct report rest on the
// consent of the person they concern or on legal claims, the others
// being deleted; consent may be withdrawn; the civil identity is a
// contractual requirement of the agreement, said only where there is one;
// "contributors" is not a defined term.
func TestFxpol2PersonalData(t *testing.T) {
	special := [2]string{"are processed only where the person they concern, such as the reporter for the data about themselves, has given explicit consent to it (Article 9(2)(a)), where that person has manifestly made them public", "ne sont traitées que si la personne qu’elles concernent, tel l’auteur du signalement pour les données qui le concernent, y a explicitement consenti (article 9, paragraphe 2, point a), si cette personne les a manifestement rendues publiques"}
	neither := [2]string{"other such data, and those that the reporter did not need to give, are deleted on receipt", "les autres données de ces catégories, et celles que l’auteur du signalement n’avait pas besoin de fournir, sont supprimées dès leur réception"}
	withdraw := [2]string{"Where processing rests on your consent, such as that of special-category data about you in a report, you may withdraw it at any time", "Lorsqu’un traitement repose sur votre consentement, tel celui des données des catégories particulières qui vous concernent dans un signalement, vous pouvez le retirer à tout moment"}
	required := [2]string{"Giving the identity and contact details that the agreement asks for is a contractual requirement: without them, the agreement cannot be signed and your Contributions cannot be merged (GDPR, Article 13(2)(e))", "Fournir l’identité et les coordonnées que demande l’acte est une exigence contractuelle : à défaut, l’acte ne peut être signé et vos Contributions ne peuvent être intégrées (RGPD, article 13, paragraphe 2, point e)"}
	lower := [2]string{"the credit given to contributors, to keep", "la mention des contributeurs, pour conserver"}
	upper := [2]string{"the credit given to Contributors", "la mention des Contributeurs"}
	assign := map[string]any{"inbound": "assignment", "agreement.url": "https://example.org/cession"}
	expect(t, "assignment", assign, policyExamples(), true, special, neither, withdraw, required, lower)
	expect(t, "assignment", assign, policyExamples(), false, upper)
	expect(t, "linked", assign, linkedExamples(mustKind(t, "contribution")), true, special, neither)
	expect(t, "dco", map[string]any{"inbound": "dco"}, policyExamples(), false, required)
	expect(t, "dco", map[string]any{"inbound": "dco"}, policyExamples(), true, special, withdraw)
}

// L-8 (charter): the charter says the same of conduct reports.
func TestFxpol2CharterSpecialCategories(t *testing.T) {
	k := mustKind(t, "charter")
	want := [2]string{"are processed only where the person they concern, such as the author of the report for the data about themselves, has given explicit consent to it (Article 9(2)(a)), where that person has manifestly made them public (point (e))", "ne sont traitées que si la personne qu'elles concernent, tel l'auteur du signalement pour les données qui le concernent, y a explicitement consenti (article 9, paragraphe 2, point a), si cette personne les a manifestement rendues publiques (point e)"}
	for li, l := range textfmt.All {
		if text := plainSpaces(assembledText(t, k, k.Examples(), l)); !strings.Contains(text, want[li]) {
			t.Errorf("%s: the charter lacks %q", l, want[li])
		}
	}
}

// L-7, L-21: on a shared forge the Legal Entity is joint controller of
// what its settings determine, and a report made through a confidential
// form of the same forge is visible to the project members whose role
// gives access to it; neither is said of a form elsewhere or of no form.
func TestFxpol2ForgeJointControlAndConfidentialReports(t *testing.T) {
	joint := [2]string{"the Legal Entity is a joint controller with the operator (GDPR, Article 26; Court of Justice of the European Union, 5 June 2018, Wirtschaftsakademie Schleswig-Holstein, C-210/16). As long as the operator offers no arrangement under Article 26 of the GDPR" /* RI2-22 */, "la Structure porteuse est responsable conjointe du traitement avec l’exploitant (RGPD, article 26 ; Cour de justice de l’Union européenne, 5 juin 2018, Wirtschaftsakademie Schleswig-Holstein, C-210/16). Tant que l’exploitant ne propose pas d’accord au sens de l’article 26 du RGPD"}
	contact := [2]string{"you may also exercise your rights in respect of it against the operator (GDPR, Article 26(3))", "vous pouvez aussi exercer vos droits à leur égard auprès de l’exploitant (RGPD, article 26, paragraphe 3)"}
	old := [2]string{"it may be a joint controller", "elle peut être responsable conjointe"}
	members := [2]string{"by the members of the project whose role on the forge gives them access to it", "par les membres du projet dont le rôle sur la forge leur en donne l’accès"}
	shown := [2]string{"which the forge shows, besides you, only to the members of the project whose role on the forge gives them access to it", "que la forge ne montre, outre vous-même, qu’aux membres du projet dont le rôle sur la forge leur en donne l’accès"}
	repo := "https://gitlab.com/sentiers/sentiers"
	onForge := map[string]any{"project.repository_url": repo, "security.url": repo + "/-/issues/new?issue[confidential]=true"}
	expect(t, "confidential issue", onForge, policyExamples(), true, joint, contact, members)
	expect(t, "confidential issue", onForge, policyExamples(), false, old)
	expect(t, "form elsewhere", map[string]any{"project.repository_url": repo, "security.url": "https://signalement.sentiers.example/"}, policyExamples(), false, members, shown)
	expect(t, "no form", map[string]any{"project.repository_url": repo, "security.url": nil}, policyExamples(), false, members, shown)
}

// L-18, L-19, L-30, L-32, L-33: SPDX examples for every licence and the
// REUSE .license file; user documentation, hardware guides following the
// design; "design" covers hardware design in French too; CERN-OHL's FSF
// or OSI tool; "au besoin".
func TestFxpol2LicencesAndWording(t *testing.T) {
	spdx := [2]string{"`SPDX-License-Identifier: CC-BY-SA-4.0` for documentation", "`SPDX-License-Identifier: CC-BY-SA-4.0` pour la documentation"}
	reuse := [2]string{"bearing the same name followed by `.license`, or in the `REUSE.toml` file at the root of the repository, as the REUSE specification provides", "portant le même nom suivi de `.license`, ou dans le fichier `REUSE.toml` placé à la racine du dépôt, comme le prévoit la spécification REUSE"}
	user := [2]string{"- **User documentation and its translations", "- **Documentation destinée aux utilisateurs et ses traductions"}
	guides := [2]string{"save for the assembly and manufacturing guides of a hardware design, which follow that design", "à l’exception des guides d’assemblage et de fabrication d’une conception de matériel, qui suivent cette conception"}
	hwDesign := [2]string{"translation, graphic design, hardware design or data", "traduction, conception graphique, conception de matériel ou données"}
	graphic := [2]string{"translation, graphic design or data", "traduction, conception graphique ou données"}
	tool := [2]string{"a tool under a free or open source licence can display", "un outil sous licence libre ou open source permet de consulter"}
	extension := [2]string{"which may be extended by two further months where necessary", "qui peut être prolongé de deux mois, au besoin, compte tenu"}
	hw := map[string]any{"project.hardware": true, "project.software": true, "licences.hardware": "CERN-OHL-S-2.0"}
	expect(t, "hardware", hw, policyExamples(), true, spdx, reuse, user, guides, hwDesign, tool, extension)
	noHw := map[string]any{"project.hardware": false, "project.software": true}
	expect(t, "no hardware", noHw, policyExamples(), true, spdx, reuse, user, graphic)
	expect(t, "no hardware", noHw, policyExamples(), false, guides, hwDesign)
}

// L-20: the original prevails for the other documents, save the code of
// conduct, whose text in each language is the one Article 7 designates;
// a code of the Project's own has no such exception.
func TestFxpol2CodeOfConductLanguage(t *testing.T) {
	save := [2]string{"save that the code of conduct applies in the text that Article 7.1 designates for each language version of this policy", "sous réserve que le code de conduite s’applique dans le texte que l’article 7.1 désigne pour chaque version linguistique de la présente politique"}
	expect(t, "covenant 2.1", map[string]any{"code_of_conduct": "contributor-covenant-2.1"}, policyExamples(), true, save)
	expect(t, "own code", map[string]any{"code_of_conduct": "custom", "conduct.url": "https://sentiers.example/conduite"}, policyExamples(), false, save)
}

// L-11: under a ban, only text that takes up the wording of a machine
// translation is refused, not reading with its help; allowed, machine
// translation is said to count whatever the kinds of contributions.
func TestFxpol2MachineTranslation(t *testing.T) {
	ban := [2]string{"do not submit any text whose wording reproduces, in whole or in part, the output of such a tool", "ne soumettez aucun texte dont la rédaction reprend, en tout ou partie, le résultat d’un tel outil"}
	read := [2]string{"Using such a tool only to read a text, without taking up its output in what you submit, is not concerned.", "L’usage d’un tel outil pour la seule lecture d’un texte, sans reprise de son résultat dans ce que vous soumettez, n’est pas visé."}
	translation := [2]string{"a translation whose wording reproduces, even in part, the output of such a tool is not accepted", "une traduction dont la rédaction reprend, même en partie, le résultat d’un tel outil n’est pas admise"}
	allowed := [2]string{"The same applies to machine translation tools, which are generative artificial intelligence tools within the meaning of this article.", "Il en va de même des outils de traduction automatique, qui sont des outils d’intelligence artificielle générative au sens du présent article."}
	expect(t, "ban", map[string]any{"ai_contributions": "ban"}, policyExamples(), true, ban, read, translation)
	expect(t, "allow", map[string]any{"ai_contributions": "allow", "contributions.types": []string{"code", "documentation"}}, policyExamples(), true, allowed)
	expect(t, "allow", map[string]any{"ai_contributions": "allow"}, policyExamples(), false, ban, read, translation)
}

// L-12, L-13: contributing confers no right in the name of the Project or
// in the Legal Entity's marks; contributors to the software outside a
// commercial activity do not answer for the products the Legal Entity
// places on the market, said only where it is a manufacturer.
func TestFxpol2NameAndProductLiability(t *testing.T) {
	name := [2]string{"Contributing to the Project gives you no right in its name or its logos", "Contribuer au Projet ne vous confère aucun droit sur son nom ni sur ses logos"}
	marks := [2]string{", nor in the names and marks of the Legal Entity.", ", ni sur les dénominations et marques de la Structure porteuse."}
	pld := [2]string{"which do not apply to free and open-source software so developed or supplied (Directive (EU) 2024/2853, Article 2(2))", "qui ne s’appliquent pas aux logiciels libres et ouverts ainsi développés ou fournis (directive (UE) 2024/2853, article 2, paragraphe 2)"}
	maker := map[string]any{"legal.entity_name": "Geodrift SAS", "legal.vehicle": "company", "legal.registration": "RCS Bordeaux 123 456 782", "security.cra_manufacturer": true, "project.software": true}
	expect(t, "manufacturer", maker, policyExamples(), true, name, marks, pld)
	expect(t, "no legal person", map[string]any{"legal.entity_name": "", "legal.vehicle": "none", "security.cra_manufacturer": false, "security.cra_steward": false}, policyExamples(), true, name)
	expect(t, "no legal person", map[string]any{"legal.entity_name": "", "legal.vehicle": "none", "security.cra_manufacturer": false, "security.cra_steward": false}, policyExamples(), false, marks, pld)
}

// L-12, linked: the policy sends the reader to the charter's article on
// the name of the commons.
func TestFxpol2NameLinkedToTheCharter(t *testing.T) {
	governed := [2]string{"The use of the name of the Project is governed by Article", "L’usage du nom du Projet est régi par l’article"}
	for _, trademark := range []bool{true, false} {
		expect(t, "linked", nil, linkedPolicy(map[string]any{"assets.trademark": trademark}), true, governed)
	}
	expect(t, "unlinked", nil, policyExamples(), false, governed)
}
