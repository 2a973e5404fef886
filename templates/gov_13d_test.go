package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// The French version of the policy applies the French text of the
// Contributor Covenant and the English version the English text, as the
// charter does; the English original no longer prevails in both. Version
// 3.0 takes the translation the charter has approved, or, without a
// charter, the one the repository keeps, and the original until then.
func TestPolicyConductCodeFrenchTextForFrenchVersion(t *testing.T) {
	stale := [2]string{"the English text prevails", "le texte anglais fait foi"}
	stale21 := [2]string{"which prevails and of which a French translation", "qui fait foi et dont une traduction française"}
	cc21 := [2]string{"In the English version of this policy, the code means its original English text; in the French version, it means its French translation, which prevails for that version", "Dans la version française de la présente politique, ce code s’entend de sa traduction française, qui fait foi pour cette version ; dans la version anglaise, il s’entend de son texte original anglais"}
	cc30 := [2]string{"in the French version, it means that translation, which prevails for that version from its publication in the repository and, until then, the original English text", "ce code s’entend de cette traduction, qui fait foi pour cette version dès sa publication dans le dépôt, et, jusqu’à celle-ci, de son texte original anglais"}
	cc30Linked := [2]string{"in the French version, it means the French translation approved and published as Article", "ce code s’entend de la traduction française approuvée et publiée dans les conditions de l’article"}
	for _, code := range []string{"contributor-covenant-2.1", "contributor-covenant-3.0", "custom"} {
		set := map[string]any{"code_of_conduct": code, "conduct.url": "https://example.org/conduct"}
		expect(t, code, set, policyExamples(), false, stale, stale21, cc30Linked)
		expect(t, code, set, policyExamples(), code == "contributor-covenant-2.1", cc21)
		expect(t, code, set, policyExamples(), code == "contributor-covenant-3.0", cc30)
	}
	linked := linkedPolicy(map[string]any{"conduct.code": "contributor-covenant-3.0"})
	expect(t, "linked 3.0", map[string]any{"code_of_conduct": "contributor-covenant-3.0"}, linked, true, cc30Linked)
	expect(t, "linked 3.0", map[string]any{"code_of_conduct": "contributor-covenant-3.0"}, linked, false, stale, cc30)
}

// An assignment or an exclusive licence leaves the contributor no
// copyright through which the outbound licence would carry their patents:
// the individual agreement, the deed for organisations and public bodies
// and the agreement for minors grant a royalty-free patent licence to the
// steward and to every recipient; the other routes do not repeat it.
func TestExclusiveAgreementsGrantPatentLicence(t *testing.T) {
	grant := [2]string{"and everyone who receives the Project a free-of-charge, non-exclusive, worldwide patent licence, for the life of each patent concerned. It covers any claim of a patent that you can license and that is necessarily practised by your Contribution", "et à toute personne qui reçoit le Projet une licence de brevet gratuite et non exclusive, pour le monde entier et pour la durée de chacun des brevets concernés. Elle porte sur toute revendication d’un brevet dont vous pouvez concéder l’exploitation et que met nécessairement en œuvre votre Contribution"}
	ends := [2]string{"That licence ends, for anyone who brings a claim, including by way of counterclaim or cross-claim, alleging that the Project or a Contribution infringes a patent, on the day that claim is brought.", "Cette licence prend fin, à l’égard de toute personne qui engage une action alléguant que le Projet ou une Contribution contrefait un brevet, ou qui forme une telle demande, y compris à titre reconventionnel, à la date de cette action ou de cette demande."}
	for _, inbound := range []string{"assignment", "fla", "cla", "dco", "inbound-outbound"} {
		exclusive := inbound == "assignment" || inbound == "fla"
		set := map[string]any{"inbound": inbound, "contributors.allowed": nil}
		// RP-6: the contributor licence agreement grants the same patent
		// licence, its acts listed and its combination fixed at submission.
		expect(t, inbound, set, policyExamples(), exclusive || inbound == "cla", grant)
		if exclusive {
			expect(t, inbound, set, policyExamples(), true, ends)
		}
		party, doc := "Licensee", [2]string{"individual agreement", "accord individuel"}
		if inbound == "assignment" {
			party, doc = "Assignee", [2]string{"individual assignment agreement", "acte de cession individuel"}
		}
		others := [2]string{fmt.Sprintf("That agreement also grants the %s and everyone who receives the Project the patent licence that the %s provides", party, doc[0]), fmt.Sprintf("la licence de brevet que prévoit l’%s, dans les mêmes termes", doc[1])}
		expect(t, inbound+" public bodies and minors", set, policyExamples(), exclusive, others)
	}
}

// The undertaking not to patent covers the Contributions integrated into
// the resources, not issues or comments; it is given to the legal entity
// and stipulated for every recipient, for a fixed term; work done for an
// employer or a client is merged only under a writing that covers it
// (RH-25: Maintainers do not judge patentability).
func TestHardwareUndertakingScopeTermAndBeneficiaries(t *testing.T) {
	k, _ := Lookup("contribution")
	phrases := [][2]string{
		{"Issues, comments and other material that is not integrated into the resources of the Project fall outside this undertaking.", "Les tickets, les commentaires et les autres éléments qui ne sont pas intégrés aux ressources du Projet ne relèvent pas de cet engagement."},
		{"The undertaking is stipulated for the benefit of everyone who receives the Project, who may rely on it directly", "Cet engagement est stipulé au profit de toute personne qui reçoit le Projet, qui peut s’en prévaloir directement"},
		{"for a fixed term of twenty years from its submission", "pour une durée déterminée de vingt ans à compter de sa soumission"},
		{"Otherwise, a Contribution that you make on behalf of that person is not merged", "À défaut, une Contribution que vous faites pour le compte de cette personne n’est pas fusionnée"},
	}
	stale := [2]string{"This undertaking is free of charge and irrevocable", "Cet engagement est gratuit et irrévocable"}
	for _, inbound := range []string{"inbound-outbound", "dco", "assignment"} {
		for _, hardware := range []bool{true, false} {
			what := fmt.Sprintf("%s, hardware %v", inbound, hardware)
			set := map[string]any{"project.hardware": hardware, "inbound": inbound}
			expect(t, what, set, linkedExamples(k), hardware, phrases...)
			expect(t, what, set, linkedExamples(k), false, stale)
		}
	}
	entity := [2]string{"you undertake to the Legal Entity not to file", "vous vous engagez envers la Structure porteuse à ne déposer"}
	expect(t, "entity", map[string]any{"project.hardware": true}, linkedExamples(k), true, entity)
}

// An agent, an employee or a contractor acting for another licenses an
// issue or a comment only as far as that person allows; otherwise it
// serves for review only and is not integrated. Under an agreement, that
// person licenses it only by signing the agreement of Article 3, a mere
// authorisation being not enough, as Article 3 says (RP-4).
func TestIssuesOfAgentsLicensedOnlyAsAuthorised(t *testing.T) {
	words := [2]string{"you grant that licence only to the extent that that person authorises you to do so; otherwise, what you submit in this way serves only for the review and discussion of the Project and is not integrated into its resources", "vous ne concédez cette licence que dans la mesure où cette personne vous y autorise ; à défaut, ce que vous soumettez ainsi sert seulement à l’examen et à la discussion du Projet et n’est pas intégré à ses ressources"}
	signed := [2]string{"the rights in what you submit may belong to that person, which licenses them only by signing, itself or through an agent it has appointed in writing, the agreement that Article 3 requires of it; a mere authorisation is not enough and, until it has signed, what you submit in this way serves only for the review and discussion of the Project and is not integrated into its resources", "les droits sur ce que vous soumettez peuvent appartenir à cette personne, qui n’en concède la licence qu’en signant, elle-même ou par un mandataire qu’elle a désigné par écrit, l’acte que l’article 3 exige d’elle ; une simple autorisation ne suffit pas et, tant qu’elle n’a pas signé, ce que vous soumettez ainsi sert seulement à l’examen et à la discussion du Projet et n’est pas intégré à ses ressources"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		agreement := inbound == "cla" || inbound == "fla" || inbound == "assignment"
		expect(t, inbound, map[string]any{"inbound": inbound}, policyExamples(), !agreement, words)
		expect(t, inbound, map[string]any{"inbound": inbound}, policyExamples(), agreement, signed)
	}
}

// Article L. 113-9 is quoted as written, "collectivités publiques", which
// covers a university; the misquote naming local authorities is gone.
func TestSoftwareOfPublicAgentsQuotesL1139(t *testing.T) {
	quote := [2]string{"agents of the State, of public authorities (collectivités publiques) and of public administrative establishments", "aux agents de l’État, des collectivités publiques et des établissements publics à caractère administratif"}
	epscp := [2]string{"including public scientific, cultural and professional establishments such as universities", "y compris les établissements publics à caractère scientifique, culturel et professionnel, tels que les universités"}
	stale := [2]string{"agents of the State, of local authorities and of public administrative establishments", "agents de l’État, des collectivités territoriales et des établissements publics à caractère administratif"}
	set := map[string]any{"governing_law": "FR", "contributors.allowed": []string{"individuals", "public-agents"}}
	expect(t, "FR", set, policyExamples(), true, quote, epscp)
	expect(t, "FR", set, policyExamples(), false, stale)
	expect(t, "BE", map[string]any{"governing_law": "BE", "contributors.allowed": []string{"individuals", "public-agents"}}, policyExamples(), false, quote)
}

// A French public body that receives the rights discloses the signed deeds
// on request after masking, and destroys its files under the archives'
// disposal approval; other legal entities promise neither.
func TestPublicBodyDeedsAndArchives(t *testing.T) {
	masking := [2]string{"they are disclosed only after the particulars whose disclosure would harm the protection of privacy or another secret protected by Article L. 311-6", "ils ne sont communiqués qu’après occultation des mentions dont la communication porterait atteinte à la protection de la vie privée ou à un autre secret protégé par l’article L. 311-6"}
	visa := [2]string{"is subject to the disposal approval (visa d’élimination) of the archives administration (Articles L. 212-2 and R. 212-14", "intervient sous réserve du visa d’élimination de l’administration des archives (articles L. 212-2 et R. 212-14"}
	const name = "Université de Bretagne occidentale"
	for _, vehicle := range []string{"public-body", "association"} {
		for _, estab := range []any{"FR", nil} {
			set := map[string]any{"legal.vehicle": vehicle, "legal.entity_name": name, "steward.name": name, "privacy.establishment": estab, "inbound": "assignment", "governing_law": "FR"}
			expect(t, fmt.Sprintf("%s %v", vehicle, estab), set, policyExamples(), vehicle == "public-body", masking, visa)
		}
	}
}

// A repository whose forge operator is not named is described by category:
// on the legal entity's own forge or that of a hosting provider, never an
// unnamed "operator of the forge".
func TestUnnamedForgeOperatorByCategory(t *testing.T) {
	category := [2]string{"is hosted on a forge that the Legal Entity runs itself or has run on its behalf by a hosting provider; in the latter case, that provider stores and processes this data", "est hébergé sur une forge que la Structure porteuse exploite elle-même ou fait exploiter pour son compte par un prestataire d’hébergement ; dans ce dernier cas, ce prestataire conserve et traite ces données"}
	unnamed := [2]string{"hosted by the operator of the forge, which stores", "hébergé par l’exploitant de la forge, qui conserve"}
	set := map[string]any{"privacy.forge_operator": nil, "project.repository_url": "https://forge.example.org/x/y", "privacy.transfer": "eea"}
	expect(t, "unnamed", set, policyExamples(), true, category)
	expect(t, "unnamed", set, policyExamples(), false, unnamed)
	set["privacy.forge_operator"] = "Hébergeur SAS"
	expect(t, "named", set, policyExamples(), false, category)
}

// The founding Members read reports until the Conduct Committee is
// elected, when the linked charter is a first version; a revised charter
// has no founders.
func TestConductReportsGoToFoundersUntilTheCommittee(t *testing.T) {
	founders := [2]string{"Until that Committee is elected, this address is read only by the founding Members designated for that purpose under", "Jusqu’à l’élection de ce Comité, cette adresse n’est lue que par les Membres fondateurs désignés à cet effet conformément à"}
	expect(t, "first version", nil, linkedPolicy(map[string]any{"version": "1.0"}), true, founders)
	expect(t, "revision", nil, linkedPolicy(map[string]any{"version": "2.0"}), false, founders)
	expect(t, "no charter", nil, policyExamples(), false, founders)
}

// A patch sent by another channel, or pushed directly by a Maintainer, is
// integrated only once the statement is accepted in writing; the reply to
// a data request may be extended by two months.
func TestOtherChannelsAndReplyExtension(t *testing.T) {
	patch := [2]string{"A patch received through another channel, such as an e-mail or an attachment to an issue, is integrated only after its author has accepted that statement in writing", "Un correctif reçu par un autre canal, tel qu’un courrier électronique ou une pièce jointe à un ticket, n’est intégré qu’après que son auteur a accepté cette déclaration par écrit"}
	for _, inbound := range []string{"inbound-outbound", "dco"} {
		expect(t, inbound, map[string]any{"inbound": inbound}, policyExamples(), inbound == "inbound-outbound", patch)
	}
	extension := [2]string{"which may be extended by two further months where necessary", "qui peut être prolongé de deux mois, au besoin, compte tenu de la complexité et du nombre de demandes"}
	expect(t, "EU controller", map[string]any{"privacy.establishment": "FR"}, policyExamples(), true, extension)
}

// Without an answer on supported versions, the drafter is told that the
// policy promises security fixes for the latest release only; with one,
// the policy prints it and the note is silent.
func TestLatestReleaseOnlyIsFlaggedToTheDrafter(t *testing.T) {
	k, _ := Lookup("contribution")
	note := map[textfmt.Lang]string{textfmt.EN: "The policy promises security fixes for the latest release only", textfmt.FR: "La politique ne promet de corrections de sécurité que pour la dernière version publiée"}
	text := map[textfmt.Lang]string{textfmt.EN: "each release, for five years from its publication", textfmt.FR: "chaque version publiée, pendant cinq ans à compter de sa publication"}
	period := questionnaire.Translated{textfmt.EN: text[textfmt.EN], textfmt.FR: text[textfmt.FR]}
	for _, supported := range []any{nil, period} {
		for _, l := range textfmt.All {
			vals := k.Examples()
			vals["security.supported"] = supported
			doc, err := k.AssembleAnnotated(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, ok := doc.Clause("security-response")
			if !ok || c.Note == nil {
				t.Fatalf("%s: no commentary on security-response", l)
			}
			if got := strings.Contains(c.Note.Check, textfmt.Typeset(l, note[l])); got != (supported == nil) {
				t.Errorf("%s, supported %v: note printed=%v", l, supported, got)
			}
			if supported != nil && !strings.Contains(plainSpaces(c.Body), text[l]) {
				t.Errorf("%s: the supported versions are not printed:\n%s", l, c.Body)
			}
		}
	}
}
