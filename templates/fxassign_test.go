package templates

import (
	"os"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxNorm makes the spaces of an assembled clause plain, so that phrases
// can be written with ordinary spaces.
func fxNorm(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}

func fxClause(t *testing.T, linked bool, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	if linked {
		return fxNorm(assembleLinked(t, set, l, id))
	}
	return fxNorm(assembleClause(t, set, l, id))
}

// TestFxassignCompanyTransfer (L-1): a company that receives exclusive
// rights, or licences, may pass them to any successor that takes over its
// commitments in writing, including by merger or with its business; an
// association, a cooperative or a foundation keeps the transfer limited
// to non-profit or public bodies.
func TestFxassignCompanyTransfer(t *testing.T) {
	company := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "The Assignee may transfer the rights that it holds under this article only to a person that takes over in writing all its commitments towards you, in particular its commitment on licences, the licence back provided in point 5 and the reversion provided in point 6.", textfmt.FR: "Le Cessionnaire ne peut transmettre les droits qu’il tient du présent article qu’à une personne qui reprend par écrit l’ensemble de ses engagements envers vous, notamment son engagement quant aux licences, la licence en retour prévue au point 5 et le retour des droits prévu au point 6."},
		"fla":        {textfmt.EN: "The Licensee may transfer the rights that it holds under this article only to a person that takes over in writing all its commitments towards you, in particular its commitment on licences, the licence back provided in point 2 and the reversion provided in point 3.", textfmt.FR: "Le Licencié ne peut transmettre les droits qu’il tient du présent article qu’à une personne qui reprend par écrit l’ensemble de ses engagements envers vous, notamment son engagement quant aux licences, la licence en retour prévue au point 2 et le retour des droits prévu au point 3."},
		"cla":        {textfmt.EN: "It may transfer them to any person that takes over that commitment in writing, in particular together with its business (fonds de commerce)", textfmt.FR: "Il peut les transmettre à toute personne qui reprend par écrit cet engagement, notamment avec son fonds de commerce"},
	}
	merger := map[textfmt.Lang]string{textfmt.EN: "or by a merger, a division or a dissolution without liquidation that transfers all its assets and liabilities to another company", textfmt.FR: "ou par une fusion, une scission ou une dissolution sans liquidation qui transmet son patrimoine à une autre société"}
	nonProfit := map[textfmt.Lang]string{textfmt.EN: "to a non-profit legal person", textfmt.FR: "à une personne morale à but non lucratif"}
	for _, linked := range []bool{false, true} {
		for inbound, words := range company {
			for _, vehicle := range []string{"company", "association", "scic"} {
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "legal.vehicle": vehicle, "cla.outbound": "fsf-osi"}
					body := fxClause(t, linked, set, l, "inbound-"+inbound)
					what := inbound + ", " + vehicle + ", " + string(l)
					if linked {
						what += ", linked"
					}
					isCompany := vehicle == "company"
					if got := strings.Contains(body, words[l]); got != isCompany {
						t.Errorf("%s: transfer to any successor=%v", what, got)
					}
					if got := strings.Contains(body, nonProfit[l]); got == isCompany {
						t.Errorf("%s: transfer limited to non-profits=%v", what, got)
					}
					if inbound != "cla" {
						if got := strings.Contains(body, merger[l]); got != isCompany {
							t.Errorf("%s: merger named=%v", what, got)
						}
					}
				}
			}
		}
	}
}

// TestFxassignSignBeforeSubmission (L-3): the agreement is signed before
// the first submission, and a Contribution submitted earlier is merged
// only once the statement is renewed after signature.
func TestFxassignSignBeforeSubmission(t *testing.T) {
	before := map[textfmt.Lang]string{textfmt.EN: "Before you submit your first Contribution intended to be merged into the resources of the Project, you", textfmt.FR: "Avant de soumettre votre première Contribution destinée à être intégrée aux ressources du Projet, vous"}
	renew := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "A statement made before your agreement is signed refers to no agreement and assigns nothing", textfmt.FR: "Une déclaration faite avant la signature de votre acte ne renvoie à aucun acte et ne cède rien"},
		"cla":        {textfmt.EN: "A Contribution submitted before the agreement is signed is merged only after you have signed it", textfmt.FR: "Une Contribution soumise avant la signature de l’accord n’est fusionnée qu’après que vous l’avez signé"},
	}
	renew["fla"] = renew["cla"]
	for inbound, words := range renew {
		for _, l := range textfmt.All {
			body := fxClause(t, false, map[string]any{"inbound": inbound}, l, "inbound-"+inbound)
			for _, w := range []string{before[l], words[l]} {
				if !strings.Contains(body, w) {
					t.Errorf("%s, %s: missing %q", inbound, l, w)
				}
			}
			if strings.Contains(body, "is merged, you") || strings.Contains(body, "Avant la fusion de votre première") {
				t.Errorf("%s, %s: the agreement is still due only before the first merge", inbound, l)
			}
		}
	}
}

// TestFxassignFreeAssignment (L-4, L-17): the assignment is expressly
// gratuitous, the Assignee's commitments being burdens and not
// consideration; the heading no longer speaks of cause; points are
// referred to as the list numbers them.
func TestFxassignFreeAssignment(t *testing.T) {
	burdens := map[textfmt.Lang]string{textfmt.EN: "are burdens that the Assignee bears, and not consideration for the assignment", textfmt.FR: "sont des charges que le Cessionnaire assume, et non la contrepartie de la cession"}
	civil := map[textfmt.Lang]string{textfmt.EN: "Article 1107, second paragraph, of the French Civil Code", textfmt.FR: "au sens de l’article 1107, alinéa 2, du Code civil"}
	for _, law := range []string{"FR", "BE", "LU"} {
		for _, l := range textfmt.All {
			body := fxClause(t, false, map[string]any{"inbound": "assignment", "governing_law": law}, l, "inbound-assignment")
			if !strings.Contains(body, burdens[l]) {
				t.Errorf("%s, %s: commitments not stated as burdens", law, l)
			}
			if got := strings.Contains(body, civil[l]); got != (law == "FR") {
				t.Errorf("%s, %s: Civil Code art. 1107 cited=%v", law, l, got)
			}
			for _, w := range []string{"Prix et cause", "Price and consideration", "in consideration of", "en considération de", "au 5°"} {
				if strings.Contains(body, w) {
					t.Errorf("%s, %s: %q still printed", law, l, w)
				}
			}
		}
	}
	body := fxClause(t, false, map[string]any{"inbound": "fla"}, textfmt.FR, "inbound-fla")
	if strings.Contains(body, "au 3°") || !strings.Contains(body, "prévu au point 3") {
		t.Error("FLA: the mandate refers to 3° in a list numbered 1. 2. 3.")
	}
}

// TestFxassignPublicBodiesAgreement (L-5): the licence agreement for
// public bodies is named only where public agents may contribute.
func TestFxassignPublicBodiesAgreement(t *testing.T) {
	public := map[textfmt.Lang]string{textfmt.EN: "or the licence agreement for public bodies", textfmt.FR: "ou l’accord de licence destiné aux personnes publiques"}
	for _, inbound := range []string{"assignment", "fla"} {
		for _, allowed := range [][]string{{"employees", "contractors"}, {"employees", "public-agents"}, {"contractors"}} {
			agents := allowed[len(allowed)-1] == "public-agents"
			for _, l := range textfmt.All {
				body := fxClause(t, false, map[string]any{"inbound": inbound, "contributors.allowed": allowed}, l, "inbound-"+inbound)
				if got := strings.Contains(body, public[l]); got != agents {
					t.Errorf("%s, %v, %s: public bodies' agreement named=%v", inbound, allowed, l, got)
				}
			}
		}
	}
}

// TestFxassignAIBanConditionSubsequent (L-6, L-28, L-31): under a ban on
// generative AI, the assignment itself is made under a condition
// subsequent of revert; a revert leaves the Contribution in the history;
// the résolution for breach is retroactive in English too.
func TestFxassignAIBanConditionSubsequent(t *testing.T) {
	condition := map[textfmt.Lang]string{textfmt.EN: "made subject to the condition subsequent (condition résolutoire) that its changes are reverted in the repository", textfmt.FR: "consentie sous la condition résolutoire de l’annulation de ses modifications dans le dépôt"}
	flaEnds := map[textfmt.Lang]string{textfmt.EN: "The exclusive licence of each Contribution moreover ends as of right when its changes are reverted", textfmt.FR: "La licence exclusive de chaque Contribution prend en outre fin de plein droit lorsque ses modifications sont annulées"}
	history := map[textfmt.Lang]string{textfmt.EN: "its changes are then undone by a reverting commit; it remains in the history of the repository", textfmt.FR: "ses modifications sont alors annulées par un commit d’annulation (*revert*) ; elle demeure dans l’historique du dépôt"}
	for _, ai := range []string{"ban", "disclose", "allow"} {
		for _, l := range textfmt.All {
			set := map[string]any{"inbound": "assignment", "ai_contributions": ai}
			body := fxClause(t, false, set, l, "inbound-assignment")
			if got := strings.Contains(body, condition[l]); got != (ai == "ban") {
				t.Errorf("%s, %s: condition subsequent=%v", ai, l, got)
			}
			set["inbound"] = "fla"
			if got := strings.Contains(fxClause(t, false, set, l, "inbound-fla"), flaEnds[l]); got != (ai == "ban") {
				t.Errorf("fla, %s, %s: licence ends on revert=%v", ai, l, got)
			}
		}
	}
	for _, inbound := range []string{"assignment", "fla", "cla", "dco", "inbound-outbound"} {
		for _, l := range textfmt.All {
			body := fxClause(t, false, map[string]any{"inbound": inbound, "ai_contributions": "ban"}, l, "ai-ban")
			if !strings.Contains(body, history[l]) || strings.Contains(body, "retirée du dépôt") {
				t.Errorf("%s, %s: the revert is said to remove the Contribution", inbound, l)
			}
		}
	}
	if body := fxClause(t, false, map[string]any{"inbound": "assignment"}, textfmt.EN, "inbound-assignment"); !strings.Contains(body, "is terminated as of right (résolue)") || strings.Contains(body, "retroactive") {
		t.Error("EN: résolution not rendered as the French résolue, which leaves its effects to Article 1229 of the Civil Code (RG-26)")
	}
}

// TestFxassignOrganisations (L-29, L-9, L-10): the agreement for
// organisations is open to natural persons in both languages; a
// contractor whose company holds the rights has it sign; an intern of an
// organisation that does no research keeps their rights.
func TestFxassignOrganisations(t *testing.T) {
	def := map[textfmt.Lang]string{textfmt.EN: "An organisation, in this policy, is any person, natural or legal,", textfmt.FR: "Est une organisation, au sens de la présente politique, toute personne, physique ou morale,"}
	company := map[textfmt.Lang]string{textfmt.EN: "if they belong to your company as a legal person distinct from you, that it has signed the assignment agreement for organisations", textfmt.FR: "s’ils appartiennent à votre entreprise, personne morale distincte de vous, que celle-ci a signé l’acte de cession destiné aux organisations"}
	intern := map[textfmt.Lang]string{textfmt.EN: "An intern hosted by an organisation that does not carry out research is not its employee", textfmt.FR: "Un stagiaire accueilli par un organisme qui ne réalise pas de recherche n’est pas son salarié"}
	own := map[textfmt.Lang]string{textfmt.EN: "If they have kept them, they contribute them in their own name", textfmt.FR: "S’il les a conservés, il les soumet en son nom propre"}
	for _, l := range textfmt.All {
		set := map[string]any{"inbound": "assignment", "contributors.allowed": []string{"individuals", "employees", "contractors"}}
		if body := fxClause(t, false, set, l, "employer"); !strings.Contains(body, def[l]) {
			t.Errorf("%s: organisation not defined", l)
		}
		if body := fxClause(t, false, set, l, "employer-contractors"); !strings.Contains(body, company[l]) {
			t.Errorf("%s: the contractor's company does not sign", l)
		}
		body := fxClause(t, false, set, l, "employer-hosted")
		if !strings.Contains(body, intern[l]) || !strings.Contains(body, own[l]) {
			t.Errorf("%s: intern outside research not covered", l)
		}
		set["contributors.allowed"] = []string{"employees"}
		if body := fxClause(t, false, set, l, "employer-hosted"); strings.Contains(body, own[l]) {
			t.Errorf("%s: intern sent to individual contributions that the Project does not accept", l)
		}
	}
	b, err := os.ReadFile("contribution/fr.md")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "destiné aux personnes morales") {
		t.Error("FR: agreement still for legal persons only")
	}
}

// TestFxassignPatentQuestionHelp (L-2): the help of patents.grant says
// that an agreement always includes a patent licence and that the answer
// is then not used.
func TestFxassignPatentQuestionHelp(t *testing.T) {
	b, err := os.ReadFile("contribution/questionnaire.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"with one of them, this answer is not used", "avec l'un d'eux, cette réponse n'est pas utilisée"} {
		if !strings.Contains(string(b), w) {
			t.Errorf("help missing %q", w)
		}
	}
}
