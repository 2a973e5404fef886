package templates

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

var (
	// A host that publishes Contributions processes, whatever the answer
	// on personal data in requests, the authors' names, the persons
	// shown, the notifiers' data and the data identifying whoever posted
	// content, which LCEN makes it keep (decree no. 2021-1362).
	phraseHostIdentificationData = apiTOSPhrase{
		textfmt.EN: "Decree no. 2021-1362 of 20 October 2021",
		textfmt.FR: "décret n° 2021-1362 du 20 octobre 2021",
	}
	phraseNotifiersData = apiTOSPhrase{
		textfmt.EN: "the name and e-mail address of the persons who notify content under",
		textfmt.FR: "les nom et adresse électronique des personnes qui signalent un contenu dans les conditions",
	}
	phraseContributionsDataPointer = apiTOSPhrase{
		textfmt.EN: "The Personal Data that the publication of Contributions involves, including those that identify their authors and those of the persons who notify content, are processed as provided in",
		textfmt.FR: "Les Données personnelles qu'implique la publication des Contributions, dont celles qui identifient leurs auteurs et celles des personnes qui signalent un contenu, sont traitées dans les conditions",
	}
	phraseContributionsCarveOut = apiTOSPhrase{
		textfmt.EN: "and the Personal Data that the publication of Contributions involves, set out below",
		textfmt.FR: "et les Données personnelles qu'implique la publication des Contributions, énumérées ci-après",
	}
	// The Provider's own purposes rest on an interest in pursuing them,
	// in a sentence with a verb.
	phraseInterestInPurposes = apiTOSPhrase{
		textfmt.EN: "on its legitimate interest in pursuing those purposes (point (f))",
		textfmt.FR: "sur son intérêt légitime à poursuivre ces finalités (point f))",
	}
	// Evidence agreements rest on article 1356 of the Civil Code; the
	// assignor is released only with the other party's express consent
	// (article 1216-1).
	phraseEvidence1356 = apiTOSPhrase{
		textfmt.EN: "unless proven otherwise (article 1356 of the French Civil Code)",
		textfmt.FR: "sauf preuve contraire (article 1356 du Code civil)",
	}
	phraseEvidence1368   = apiTOSPhrase{textfmt.EN: "1368", textfmt.FR: "1368"}
	phraseReleaseConsent = apiTOSPhrase{
		textfmt.EN: "The User expressly consents, under article 1216-1 of the French Civil Code, to the Provider being released for the future by that assignment, provided that the notice is accompanied by the assignee's written undertaking",
		textfmt.FR: "L'Utilisateur consent expressément, en application de l'article 1216-1 du Code civil, à ce que cette cession libère le Fournisseur pour l'avenir, à condition que la notification soit accompagnée de l'engagement écrit du cessionnaire",
	}
	phraseJointlyBound = apiTOSPhrase{
		textfmt.EN: "the Provider remains jointly and severally bound with the assignee",
		textfmt.FR: "le Fournisseur reste tenu solidairement avec le cessionnaire",
	}
	// The non-assertion pledge does not protect whoever sues the
	// Provider over the Specification.
	phraseDefensiveTermination = apiTOSPhrase{
		textfmt.EN: "It ceases, however, towards anyone who brings, or has brought on its behalf, an action against the Provider alleging that the Specification",
		textfmt.FR: "Il cesse toutefois, à compter du jour où l'action est engagée, à l'égard de quiconque engage, ou fait engager pour son compte, contre le Fournisseur une action soutenant que la Spécification",
	}
	// The exclusion spares the Provider's breaches of confidentiality,
	// under a separate trebled cap (RS2-3), and the cap spares the
	// processing terms, as it spares the User's restrictions.
	phraseProviderCapConfidentiality = apiTOSPhrase{
		textfmt.EN: "Nor does the exclusion apply to a breach by the Provider of the confidentiality of requests, of User Content and of the link between each request and its response under",
		textfmt.FR: "L'exclusion ne s'applique pas davantage aux manquements du Fournisseur à la confidentialité des requêtes, du Contenu de l'Utilisateur et du lien entre chaque requête et sa réponse prévue à",
	}
	phraseProviderCapDPA = apiTOSPhrase{
		textfmt.EN: "Nor does the cap apply to a breach by the Provider of the data processing terms of",
		textfmt.FR: "Le plafond ne s'applique pas non plus aux manquements du Fournisseur aux clauses de sous-traitance de",
	}
	phraseExclusionConfidentiality = apiTOSPhrase{
		textfmt.EN: "Neither the exclusion in (a) nor the cap in (b) applies: for the User, to ",
		textfmt.FR: "Ni l'exclusion prévue au a) ni le plafond prévu au b) ne s'appliquent : pour l'Utilisateur, ",
	}
	// A paying User is defended against claims on the Data too.
	phraseDataDefence = apiTOSPhrase{
		textfmt.EN: "used in accordance with the Agreement, infringe that third party's Intellectual Property Rights",
		textfmt.FR: "utilisées conformément au Contrat, portent atteinte aux Droits de propriété intellectuelle de ce tiers",
	}
	// The safety limit excludes nothing: no "sole responsibility", and
	// the liability clause is reserved.
	phraseSafetySoleResponsibility = apiTOSPhrase{
		textfmt.EN: "sole responsibility",
		textfmt.FR: "seule responsabilité",
	}
	phraseSafetyWithoutPrejudice = apiTOSPhrase{
		textfmt.EN: "The Provider does not warrant that they are fit for such use",
		textfmt.FR: "Le Fournisseur ne garantit pas leur aptitude à un tel usage",
	}
	phraseSafetyBoxStates = apiTOSPhrase{
		textfmt.EN: "which specifically informs him or her that the Data are not designed to serve as the sole basis for a decision on which the safety of persons depends",
		textfmt.FR: "qui l'informe spécifiquement que les Données ne sont pas conçues pour fonder à elles seules une décision dont dépend la sécurité des personnes",
	}
	// Requests are disclosed to processors and other subcontractors,
	// named alike in both languages whatever the Provider's role.
	phraseSubcontractors = apiTOSPhrase{
		textfmt.EN: "within the meaning of the GDPR and to its other subcontractors who need them",
		textfmt.FR: "au sens du RGPD et à ses autres prestataires qui en ont besoin",
	}
	phraseOldSubProcessors = apiTOSPhrase{
		textfmt.EN: "staff and sub-processors who need them",
		textfmt.FR: "personnel et à ses sous-traitants qui en ont besoin",
	}
)

// frenchCalques are words of the French text that only translate
// English: remedies, support, "produced" code, a "return" of data.
var frenchCalques = []string{"remède", "code produit", "plutôt le renvoi", "le support assuré", "de support que"}

// checkAPITOSDataLiabilityAndBoilerplate fails unless the data
// protection, liability, intellectual property and general clauses are
// right for the answers given.
func checkAPITOSDataLiabilityAndBoilerplate(t *testing.T, doc *document.Document, v questionnaire.Values, what string) {
	t.Helper()
	must := func(p apiTOSPhrase, id string, want bool, why string) {
		t.Helper()
		if p.in(doc, id) != want {
			t.Fatalf("%s: %s: clause %s says %q: %v", what, why, id, p[doc.Lang], !want)
		}
	}
	personal := v["personal_data.processed"] == true
	published := v["contributions.published"] == true
	role := answer(v, "personal_data.role")
	paid := v["pricing.model"] == "paid"
	consumers := v["audience"] == "business-and-consumers"

	must(phraseHostIdentificationData, "data-no-personal", !personal && published, "a host's identification data left out, or claimed for an API that publishes nothing")
	must(phraseNotifiersData, "data-no-personal", !personal && published, "notifiers' data without purpose, basis or retention")
	must(phraseContributionsCarveOut, "data-no-personal", !personal && published, "an API said to receive no personal data while it publishes Contributions")
	must(phraseHostIdentificationData, "data-personal", personal && published, "a host's identification data left out, or claimed for an API that publishes nothing")
	must(phraseNotifiersData, "data-personal", personal && published, "notifiers' data without purpose, basis or retention")
	must(phraseContributionsDataPointer, "data-users", published, "the users' data clause silent on the data of Contributions, or speaking of Contributions nobody publishes")
	if own := personal && role != "processor"; own && v["provider.type"] != "public-body" {
		must(phraseInterestInPurposes, "data-personal", !published, "an interest other than the purposes pursued")
	}

	// The Rules, a unilateral act, are no evidence agreement (review M, M-3).
	must(phraseEvidence1356, "evidence", !administrativeDoc(doc), "an evidence agreement on the wrong article, or one in the Rules")
	must(phraseEvidence1368, "evidence", false, "an evidence agreement on article 1368")
	must(phraseReleaseConsent, "assignment", !administrativeDoc(doc), "the assignor released without the User's express consent (C. civ. 1216-1)")
	must(phraseJointlyBound, "assignment", !administrativeDoc(doc), "no joint liability of the assignor without the assignee's undertaking")
	if _, ok := doc.Clause("spec-non-assertion"); ok {
		must(phraseDefensiveTermination, "spec-non-assertion", true, "a non-assertion pledge without its defensive exception")
	}

	if fx2kCapped(v) {
		must(phraseProviderCapConfidentiality, "liability-limit", true, "the Provider capped for breaching confidentiality while the User is not capped")
		must(phraseExclusionConfidentiality, "liability-limit", true, "the loss from a breach of confidentiality excluded")
		dpa := personal && role != "controller"
		must(phraseProviderCapDPA, "liability-limit", dpa, "the Provider capped for breaching the processing terms, or a cap on terms that do not exist")
	}
	must(phraseDataDefence, "warranty-title", paid, "a paying User not defended against claims on the Data")

	if v["safety.critical"] == true {
		must(phraseSafetySoleResponsibility, "liability-safety", false, "a safety decision left to the sole responsibility of whoever takes it (C. consom. R. 212-1 6°)")
		must(phraseSafetyWithoutPrejudice, "liability-safety", true, "a safety limit without its disclaimer")
		if c, _ := doc.Clause("liability-safety"); !refersTo(c, "liability-limit") {
			t.Fatalf("%s: the safety limit does not reserve the liability clause", what)
		}
		if _, ok := doc.Clause("consumer-guarantee"); ok && consumers && phraseSafetySeparateBox.in(doc, "scope-acceptance") {
			must(phraseSafetyBoxStates, "scope-acceptance", true, "a safety box that does not say what the Consumer accepts")
		}
	}
	must(phraseSubcontractors, "data-provider-use", true, "requests disclosed to recipients named differently in each language")
	must(phraseOldSubProcessors, "data-provider-use", false, "sub-processors named where the Provider is controller")

	if doc.Lang == textfmt.FR {
		md := strings.ToLower(string(markdown.Render(doc)))
		for _, w := range frenchCalques {
			if strings.Contains(md, strings.ToLower(textfmt.Typeset(textfmt.FR, w))) {
				t.Fatalf("%s: the French text says %q", what, w)
			}
		}
	}
}
