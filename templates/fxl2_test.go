package templates

import (
	"testing"

	"apitos/internal/textfmt"
)

// L2-1, L2-2: an assignment or an exclusive (fiduciary) licence takes effect
// only when the Contribution is integrated into the repository, so that a
// Contribution never merged stays its author's; when the assignment or the
// exclusive licence is undone, the Assignee or Licensee keeps a
// non-exclusive licence on the versions and history already published, and
// the patent licence survives for them. The DCO and the CLA (non-exclusive,
// the author keeps the rights) have no such clause.
func TestFxl2MergeConditionAndKeptLicence(t *testing.T) {
	suspensive := [2]string{"The assignment of each Contribution is made subject to the condition precedent (condition suspensive) that it is integrated into the resources of the Project", "La cession de chaque Contribution est consentie sous la condition suspensive de son intégration aux ressources du Projet"}
	failed := [2]string{"the condition fails and the Contribution is not assigned: you remain its owner", "la condition est défaillie et la Contribution n’est pas cédée : vous en restez titulaire"}
	kept := [2]string{"the Assignee keeps a free-of-charge, non-exclusive licence, for the whole world and for the whole duration of the rights. That licence allows it to keep the history of the repository and the versions of the Project published before that date", "le Cessionnaire conserve une licence non exclusive et gratuite, pour le monde entier et pour toute la durée des droits. Elle lui permet de conserver l’historique du dépôt et les versions du Projet publiées avant cette date"}
	patent9 := [2]string{"The patent licence provided in point 9 remains in force for those versions", "La licence de brevet prévue au point 9 subsiste pour ces versions"}
	notMerged := [2]string{"A Contribution that is not merged is not assigned, as the condition precedent (condition suspensive) provided in point 6", "Une Contribution qui n’est pas fusionnée n’est pas cédée, la condition suspensive prévue au point 6"}
	undone := [2]string{"Where the assignment of a Contribution is so terminated or undone", "Lorsque la cession d’une Contribution est ainsi résolue ou anéantie"}
	terminated := [2]string{"Where the assignment of a Contribution is so terminated,", "Lorsque la cession d’une Contribution est ainsi résolue,"}
	flaSuspensive := [2]string{"The exclusive licence of each Contribution is granted subject to the condition precedent (condition suspensive) that it is integrated into the resources of the Project", "La licence exclusive de chaque Contribution est consentie sous la condition suspensive de son intégration aux ressources du Projet"}
	flaKept := [2]string{"the Licensee keeps a free-of-charge, non-exclusive licence", "le Licencié conserve une licence non exclusive et gratuite"}
	patent6 := [2]string{"The patent licence provided in point 6 remains in force for those versions", "La licence de brevet prévue au point 6 subsiste pour ces versions"}
	flaNotMerged := [2]string{"a Contribution that is not merged is subject to no licence", "une Contribution qui n’est pas fusionnée ne fait l’objet d’aucune licence"}
	anySuspensive := [2]string{"condition precedent (condition suspensive)", "condition suspensive"}

	assign := map[string]any{"inbound": "assignment", "agreement.url": "https://example.org/cession", "ai_contributions": "ban"}
	expect(t, "assignment, AI ban", assign, policyExamples(), true, suspensive, failed, kept, patent9, notMerged, undone)
	expect(t, "assignment, AI ban", assign, policyExamples(), false, flaSuspensive, flaKept)
	assignAI := map[string]any{"inbound": "assignment", "agreement.url": "https://example.org/cession", "ai_contributions": "disclose"}
	expect(t, "assignment, AI allowed", assignAI, policyExamples(), true, suspensive, failed, kept, patent9, terminated)
	expect(t, "assignment, AI allowed", assignAI, policyExamples(), false, undone, notMerged)
	fla := map[string]any{"inbound": "fla", "agreement.url": "https://example.org/fla", "ai_contributions": "ban"}
	expect(t, "fla", fla, policyExamples(), true, flaSuspensive, flaKept, patent6, flaNotMerged)
	expect(t, "fla", fla, policyExamples(), false, suspensive, kept)
	for _, in := range []string{"dco", "cla"} {
		expect(t, in, map[string]any{"inbound": in, "agreement.url": "https://example.org/cla", "ai_contributions": "ban"}, policyExamples(), false, anySuspensive, kept, flaKept)
	}
}

// L2-3: a translation follows the licence of the text it translates: the
// technical documentation kept with the code and its translations stay
// under the code licence; only the user documentation and its
// translations go under the documentation licence.
func TestFxl2TranslationsFollowTheirOriginal(t *testing.T) {
	code := [2]string{"and the technical documentation kept with the source code and its translations:", "et la documentation technique conservée avec le code source et ses traductions :"}
	user := [2]string{"- **User documentation and its translations, images", "- **Documentation destinée aux utilisateurs et ses traductions, images"}
	old := [2]string{"User documentation, translations of the documentation", "Documentation destinée aux utilisateurs, traductions de la documentation"}
	art8 := [2]string{"a translation of the interface or of the technical documentation kept with the source code is licensed under the licence of the code", "la traduction de l’interface ou de la documentation technique conservée avec le code source relève de la licence du code"}
	for _, types := range [][]string{{"code", "documentation", "translation"}, {"code", "documentation"}} {
		set := map[string]any{"project.software": true, "contributions.types": types}
		expect(t, "software", set, policyExamples(), true, code, user, art8)
		expect(t, "software", set, policyExamples(), false, old)
	}
	noSw := map[string]any{"project.software": false, "project.licence": nil, "contributions.types": []string{"documentation"}}
	expect(t, "no software", noSw, policyExamples(), true, [2]string{"- **Documentation, translations of the documentation", "- **Documentation, traductions de la documentation"})
	expect(t, "no software", noSw, policyExamples(), false, code, art8)
}

// L-26: the heading of 2.1 where not everyone is welcome.
func TestFxl2WhoMayContributeHeading(t *testing.T) {
	k, _ := Lookup("contribution")
	want := [2]string{"Who may contribute to the Project", "Qui peut contribuer au Projet"}
	for _, tc := range []struct {
		allowed []string
		title   [2]string
	}{
		{[]string{"individuals"}, want},
		{nil, [2]string{"Everyone is welcome", "Chacun est le bienvenu"}},
	} {
		vals := policyExamples()
		vals["contributors.allowed"] = tc.allowed
		for li, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Preview)
			if err != nil {
				t.Fatal(err)
			}
			c, ok := doc.Clause("who-everyone")
			if !ok {
				t.Fatal("no clause who-everyone")
			}
			if c.Title != tc.title[li] {
				t.Errorf("%v, %s: title %q, want %q", tc.allowed, l, c.Title, tc.title[li])
			}
		}
	}
}

// L2-5: a GitLab confidential issue is read by the members whose role gives
// access to confidential issues (Planner since GitLab 17.7, Reporter and
// higher), its assignees and the forge's administrators, in 9.1 and 12.4;
// the Reporter role alone is no longer named.
func TestFxl2ConfidentialIssueReaders(t *testing.T) {
	art9 := [2]string{"Such an issue can be read by the members of the project on the forge whose role gives access to confidential issues (on GitLab, the Planner and Reporter roles and higher roles), whose list the page of the project on the forge gives, by the persons to whom it is assigned and by the administrators of the forge", "Un tel ticket peut être lu par les membres du projet sur la forge dont le rôle permet de consulter les tickets confidentiels (sur GitLab, les rôles Planner et Reporter et les rôles supérieurs), dont la page du projet sur la forge donne la liste, par les personnes à qui il est assigné et par les administrateurs de la forge"}
	art12 := [2]string{"by the members of the project whose role on the forge gives them access to it (on GitLab, the Planner and Reporter roles and higher roles), by the persons to whom it is assigned and by the administrators of the forge", "par les membres du projet dont le rôle sur la forge leur en donne l’accès (sur GitLab, les rôles Planner et Reporter et les rôles supérieurs), par les personnes à qui il est assigné et par les administrateurs de la forge"}
	old := [2]string{"who holds at least the Reporter role", "qui dispose au moins du rôle Reporter"}
	repo := "https://gitlab.com/sentiers/sentiers"
	onForge := map[string]any{"project.repository_url": repo, "security.url": repo + "/-/issues/new?issue[confidential]=true"}
	expect(t, "confidential issue", onForge, policyExamples(), true, art9, art12)
	expect(t, "confidential issue", onForge, policyExamples(), false, old)
	expect(t, "form elsewhere", map[string]any{"project.repository_url": repo, "security.url": "https://signalement.sentiers.example/"}, policyExamples(), false, art9, art12)
}

// L2-6: joint controllership with the forge is limited to the audience
// statistics, and the essence of the allocation of responsibilities is
// stated (GDPR art. 26(2)) with the art. 26(3) contact.
func TestFxl2JointControllerArrangement(t *testing.T) {
	scope := [2]string{"For the audience statistics of the Project that the forge compiles and makes available to it", "Pour les statistiques de fréquentation du Projet que la forge établit et met à sa disposition"}
	// RI2-22: the arrangement is a condition, not a fact the tool cannot know.
	essence := [2]string{"As long as the operator offers no arrangement under Article 26 of the GDPR, the Legal Entity answers towards you", "Tant que l’exploitant ne propose pas d’accord au sens de l’article 26 du RGPD, la Structure porteuse répond envers vous"}
	old := [2]string{"such as its visibility, its issue and", "tels que sa visibilité, ses modèles de tickets"}
	stated := [2]string{"which results from the terms of use and the privacy policy of the forge", "qui résulte des conditions d’utilisation et de la politique de confidentialité de la forge"}
	set := map[string]any{"project.repository_url": "https://github.com/sentiers/sentiers", "privacy.forge_operator": "GitHub, Inc."}
	expect(t, "shared forge", set, policyExamples(), true, scope, essence)
	expect(t, "shared forge", set, policyExamples(), false, old, stated)
}

// L2-7, O2-7: special-category data in a conduct report rest on consent,
// data manifestly made public or legal claims; all others are deleted on
// receipt, with no fifteen-day hold.
func TestFxl2ConductReportSpecialCategories(t *testing.T) {
	public := [2]string{"where that person has manifestly made them public (point (e)), or where their processing is strictly necessary to establish, exercise or defend legal claims in proceedings brought or contemplated (point (f))", "si cette personne les a manifestement rendues publiques (point e) ou si leur traitement est strictement nécessaire à la constatation, à l’exercice ou à la défense d’un droit en justice dans une procédure engagée ou envisagée (point f)"}
	needless := [2]string{"other such data, and those that the reporter did not need to give, are deleted on receipt (Article 5(1)(c))", "les autres données de ces catégories, et celles que l’auteur du signalement n’avait pas besoin de fournir, sont supprimées dès leur réception (article 5, paragraphe 1, point c)"}
	window := [2]string{"are deleted if they do not meet one within fifteen (15) days of their receipt, a period during which they are accessible only to the persons who handle the report", "sont supprimées si elles ne les remplissent pas dans un délai de quinze (15) jours à compter de leur réception, délai pendant lequel elles ne sont accessibles qu’aux personnes qui traitent le signalement"}
	old := [2]string{"those that meet neither condition, or that the reporter did not need to give", "celles qui ne remplissent aucune de ces conditions, ou que l’auteur du signalement n’avait pas besoin de fournir"}
	for _, in := range []string{"dco", "assignment"} {
		set := map[string]any{"inbound": in, "agreement.url": "https://example.org/cession"}
		expect(t, in, set, policyExamples(), true, public, needless)
		expect(t, in, set, policyExamples(), false, old, window)
	}
}

// L2-4, L2-13: the FOSS exclusion of Directive 2024/2853 covers software
// only; hardware designs are said not to be covered, and the Legal Entity
// waives recourse against contributors, hardware designs included.
func TestFxl2ProductLiability(t *testing.T) {
	sw := [2]string{"Nor are those who contribute to the software of the Project outside the course of a commercial activity liable", "Les personnes qui contribuent au logiciel du Projet en dehors d’une activité commerciale ne répondent pas davantage"}
	hwNote := [2]string{"That exclusion covers software only: it does not extend to digital manufacturing files, which that Directive counts among products (Article 4(1))", "Cette exclusion ne vise que les logiciels : elle ne s’étend pas aux fichiers de fabrication numériques, que cette directive range parmi les produits (article 4, point 1)"}
	waiver := [2]string{"The Legal Entity waives any recourse against contributors in respect of liability for the defective products that it places on the market", "La Structure porteuse renonce à exercer contre les contributeurs tout recours au titre de la responsabilité du fait des produits défectueux qu’elle met sur le marché"}
	hwWaiver := [2]string{"including for hardware designs and manufacturing files, save for their intentional or gross misconduct", "y compris pour les conceptions de matériel et les fichiers de fabrication, sauf faute intentionnelle ou lourde de leur part"}
	old := [2]string{"Nor are contributors who contribute", "Les contributeurs qui contribuent"}
	base := map[string]any{"legal.entity_name": "Geodrift", "security.cra_manufacturer": true, "project.software": true}
	hw := map[string]any{"project.hardware": true, "licences.hardware": "CERN-OHL-S-2.0"}
	for k, v := range base {
		hw[k] = v
	}
	expect(t, "software and hardware", hw, policyExamples(), true, sw, hwNote, waiver, hwWaiver)
	expect(t, "software and hardware", hw, policyExamples(), false, old)
	noHw := map[string]any{"project.hardware": false}
	for k, v := range base {
		noHw[k] = v
	}
	expect(t, "software only", noHw, policyExamples(), true, sw, waiver)
	expect(t, "software only", noHw, policyExamples(), false, hwNote, hwWaiver)
}

// L2-9: where the two texts of the Contributor Covenant diverge, conduct is
// a breach only under both; the repository keeps both texts, each named.
func TestFxl2CodeOfConductTexts(t *testing.T) {
	// RF-24 (fx4j): the text designated for the prevailing version governs.
	both := [2]string{"where those texts diverge, the text designated for the French version of this policy prevails", "lorsque ces textes divergent, prévaut le texte que désigne la version française de la présente politique"}
	files := [2]string{"keeps its original English text as `CODE_OF_CONDUCT.md` and its French translation as `CODE_OF_CONDUCT.fr.md`", "conserve son texte original anglais sous le nom `CODE_OF_CONDUCT.md` et sa traduction française sous le nom `CODE_OF_CONDUCT.fr.md`"}
	expect(t, "covenant 2.1", map[string]any{"code_of_conduct": "contributor-covenant-2.1"}, policyExamples(), true, both, files)
	expect(t, "covenant 3.0", map[string]any{"code_of_conduct": "contributor-covenant-3.0"}, policyExamples(), true, both)
	expect(t, "own code", map[string]any{"code_of_conduct": "custom", "conduct.url": "https://sentiers.example/conduite"}, policyExamples(), false, both, files)
}

// L2-10: the retention of unmerged Contributions' exchanges is written
// "three (3) years" like the other periods of the article.
func TestFxl2RetentionPeriodWritten(t *testing.T) {
	expect(t, "examples", nil, policyExamples(), true, [2]string{"for three (3) years after the last exchange about it", "pendant trois (3) ans après le dernier échange à son sujet"})
	expect(t, "examples", nil, policyExamples(), false, [2]string{"for three years after the last exchange", "pendant trois ans après le dernier échange"})
}

// L2-12: the art. 13(2)(e) information is a sentence of its own after the
// list of purposes, printed only where there is an agreement to sign.
func TestFxl2ContractualRequirementSentence(t *testing.T) {
	own := [2]string{"Giving the identity and contact details that the agreement asks for is a contractual requirement: without them, the agreement cannot be signed and your Contributions cannot be merged (GDPR, Article 13(2)(e))", "Fournir l’identité et les coordonnées que demande l’accord est une exigence contractuelle : à défaut, l’accord ne peut être signé et vos Contributions ne peuvent être intégrées (RGPD, article 13, paragraphe 2, point e)"}
	old := [2]string{"being a contractual requirement", "étant une exigence contractuelle"}
	for _, in := range []string{"cla", "fla"} {
		set := map[string]any{"inbound": in, "agreement.url": "https://example.org/cla"}
		expect(t, in, set, policyExamples(), true, own)
		expect(t, in, set, policyExamples(), false, old)
	}
	expect(t, "dco", map[string]any{"inbound": "dco"}, policyExamples(), false, own, old)
}

// L2-8: "an administration" is among the organisations only where public
// servants may contribute.
func TestFxl2OrganisationDefinition(t *testing.T) {
	with := [2]string{"such as an employer, an administration, a host organisation or a client", "telle qu’un employeur, une administration, un organisme d’accueil ou un client"}
	without := [2]string{"such as an employer, a host organisation or a client", "telle qu’un employeur, un organisme d’accueil ou un client"}
	agents := map[string]any{"inbound": "cla", "agreement.url": "https://example.org/cla", "contributors.allowed": []string{"individuals", "employees", "public-agents", "contractors"}}
	expect(t, "public servants", agents, policyExamples(), true, with)
	noAgents := map[string]any{"inbound": "assignment", "agreement.url": "https://example.org/cession", "contributors.allowed": []string{"individuals", "employees", "contractors"}}
	expect(t, "no public servants", noAgents, policyExamples(), true, without)
	expect(t, "no public servants", noAgents, policyExamples(), false, with)
}
