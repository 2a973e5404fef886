package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fx7qCharter assembles the example charter with set applied, in both
// languages, with plain spaces.
func fx7qCharter(t *testing.T, set map[string]any) [2]string {
	t.Helper()
	k, _ := Lookup("charter")
	var out [2]string
	for li, l := range textfmt.All {
		vals := k.Examples()
		for key, v := range set {
			if v == nil {
				delete(vals, key)
				continue
			}
			vals[key] = v
		}
		out[li] = fxNorm(assembledText(t, k, vals, l))
	}
	return out
}

func fx7qExpectCharter(t *testing.T, what string, set map[string]any, want bool, phrases ...[2]string) {
	t.Helper()
	text := fx7qCharter(t, set)
	for li := range text {
		for _, p := range phrases {
			if strings.Contains(text[li], p[li]) != want {
				t.Errorf("%s, lang %d: %q printed=%v, want %v", what, li, p[li], !want, want)
			}
		}
	}
}

// RQ3-1: a forge whose terms hold no data processing agreement hosts the
// content all the same; neither document may say that every host is under
// an Article 28 contract, and both say who answers for choosing it.
func TestFx7qForgeWithoutProcessingAgreement(t *testing.T) {
	choice := [2]string{"answer for the choice of that service to host the content of the Commons, which shall be made for the guarantees that its published terms and practices offer, and for the security of that content (GDPR, Articles 28(1) and 32)", "répondent du choix de ce service pour héberger les contenus du Commun, qui se fait au regard des garanties qu’offrent ses conditions et ses pratiques publiées, et de la sécurité de ces contenus (RGPD, articles 28, paragraphe 1, et 32)"}
	contracted := [2]string{"The service providers with which the joint controllers have contracted to host the tools of the Commons process data only on their behalf", "Les prestataires avec lesquels les responsables du traitement ont contracté pour héberger les outils du Commun ne traitent les données que pour leur compte"}
	old := [2]string{"The service providers that host the tools of the Commons process data", "Les prestataires qui hébergent les outils du Commun"}
	fx7qExpectCharter(t, "charter", map[string]any{"legal.vehicle": "de-facto-association"}, true, choice, contracted)
	fx7qExpectCharter(t, "charter", map[string]any{"legal.vehicle": "de-facto-association"}, false, old)

	noDPA := [2]string{"That operator’s terms include no data processing agreement under which it would host the content of the repository on behalf of the Project (GDPR, Article 28(3)):", "Les conditions de cet exploitant ne comprennent aucun accord de traitement des données par lequel il hébergerait le contenu du dépôt pour le compte du Projet (RGPD, article 28, paragraphe 3) :"}
	answers := [2]string{"for the choice of that forge to host it, which shall be made for the guarantees that its published terms and practices offer, and for the security of that content (GDPR, Articles 28(1) and 32). The transfers that the operator makes are its own", "du choix de cette forge pour l’héberger, qui se fait au regard des garanties qu’offrent ses conditions et ses pratiques publiées, et de la sécurité de ce contenu (RGPD, articles 28, paragraphe 1, et 32). Les transferts qu’opère l’exploitant sont les siens"}
	notOnBehalf := [2]string{"That operator does not act on behalf of the Project: the transfers", "Cet exploitant n’agit pas pour le compte du Projet : les transferts"}
	shared := map[string]any{"project.repository_url": "https://gitlab.com/a/b", "privacy.forge_operator": "GitLab Inc.", "privacy.transfer": "eea", "privacy.forge_dpa": false}
	expect(t, "shared forge, no DPA", shared, policyExamples(), true, noDPA, answers)
	expect(t, "shared forge, no DPA", shared, policyExamples(), false, notOnBehalf)
	withDPA := map[string]any{"project.repository_url": "https://gitlab.com/a/b", "privacy.forge_operator": "GitLab Inc.", "privacy.transfer": "eea", "privacy.forge_dpa": true}
	expect(t, "shared forge, DPA", withDPA, policyExamples(), false, noDPA, answers)
	private := map[string]any{"project.repository_url": "https://forge.sentiers-en-commun.example/a/b", "privacy.forge_operator": "Hébergeur SARL", "privacy.transfer": "eea"}
	expect(t, "private forge", private, policyExamples(), false, noDPA, answers)
}
