package templates

import (
	"regexp"
	"strings"
	"testing"

	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// TestFxp1NoticeNamesTheClause (fxp1-1): where a broken outbound
// commitment ends the assignment or the exclusive licence as of right, the
// formal notice must refer expressly to that clause (French Civil Code,
// Article 1225, second paragraph), and French law is cited only when it
// governs. The CLA, which gives a right to terminate instead, is unchanged.
func TestFxp1NoticeNamesTheClause(t *testing.T) {
	notice := map[textfmt.Lang]string{
		textfmt.EN: "of a formal notice from you that expressly refers to this clause",
		textfmt.FR: "à compter d’une mise en demeure de votre part qui mentionne expressément la présente clause",
	}
	cite := map[textfmt.Lang]string{
		textfmt.EN: "(French Civil Code, Article 1225)",
		textfmt.FR: "(Code civil, article 1225)",
	}
	effect := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "the assignment of your Contributions is terminated as of right", textfmt.FR: "la cession de vos Contributions est résolue de plein droit"},
		"fla":        {textfmt.EN: "the licence of your Contributions is terminated as of right", textfmt.FR: "la licence de vos Contributions est résiliée de plein droit"},
		"cla":        {textfmt.EN: "you may terminate the licences that you granted it", textfmt.FR: "vous pouvez résilier, pour l’avenir, les licences"},
	}
	for _, linked := range []bool{false, true} {
		for inbound, words := range effect {
			for _, law := range []string{"FR", "BE"} {
				if linked && law != "FR" {
					continue
				}
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "cla.outbound": "listed", "governing_law": law}
					body := fxClause(t, linked, set, l, "inbound-"+inbound)
					what := inbound + ", " + law + ", " + string(l)
					if !strings.Contains(body, words[l]) {
						t.Errorf("%s: no %q", what, words[l])
					}
					asOfRight := inbound != "cla"
					if got := strings.Contains(body, notice[l]); got != asOfRight {
						t.Errorf("%s: notice naming the clause=%v", what, got)
					}
					if got := strings.Contains(body, notice[l]+" "+cite[l]); got != (asOfRight && law == "FR") {
						t.Errorf("%s: Article 1225 cited=%v", what, got)
					}
				}
			}
		}
	}
}

// TestFxp1SignaturePageRecipients (fxp1-2): with an agreement, the notice
// names who runs the signature page and says that the page states any
// transfer of the signatories' data outside the EEA (GDPR, Article
// 13(1)(e) and (f)); without an agreement, nothing is said of it.
func TestFxp1SignaturePageRecipients(t *testing.T) {
	page := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "The page where you sign the assignment agreement shall be run by the Assignee itself or by a provider bound to it, as processor, by a contract that meets Article 28 of the GDPR", textfmt.FR: "La page où vous signez l’acte de cession est exploitée par le Cessionnaire lui-même ou par un prestataire qui lui est lié, comme sous-traitant, par un contrat conforme à l’article 28 du RGPD"},
		"fla":        {textfmt.EN: "The page where you sign the agreement shall be run by the Licensee itself", textfmt.FR: "La page où vous signez l’accord est exploitée par le Licencié lui-même"},
		"cla":        {textfmt.EN: "The page where you sign the agreement shall be run by the Licensee itself", textfmt.FR: "La page où vous signez l’accord est exploitée par le Licencié lui-même"},
		"dco":        {textfmt.EN: "The page where you sign", textfmt.FR: "La page où vous signez"},
	}
	transfer := map[textfmt.Lang]string{
		textfmt.EN: "if the data you give there are stored or processed outside the European Economic Area, the country where they are and the safeguard on which that transfer rests, such as an adequacy decision or standard contractual clauses (GDPR, Articles 13(1)(e) and (f), 45 and 46)",
		textfmt.FR: "si les données que vous y fournissez sont conservées ou traitées hors de l’Espace économique européen, le pays où elles le sont et la garantie sur laquelle repose ce transfert, telle qu’une décision d’adéquation ou des clauses contractuelles types (RGPD, articles 13, paragraphe 1, points e et f, 45 et 46)",
	}
	for _, linked := range []bool{false, true} {
		for inbound, words := range page {
			for _, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "cla.outbound": "listed"}
				body := fxClause(t, linked, set, l, "personal-data-recipients")
				what := inbound + ", " + string(l)
				agreement := inbound != "dco"
				if got := strings.Contains(body, words[l]); got != agreement {
					t.Errorf("%s: signature page=%v", what, got)
				}
				if got := strings.Contains(body, transfer[l]); got != agreement {
					t.Errorf("%s: transfer stated=%v", what, got)
				}
			}
		}
	}
}

// TestFxp1CharterSpaceIsALink (fxp1-3): in the definition of the Charter,
// the address of the charter's governance space is a link, as every other
// address of the policy is, whether or not the charter's own address is
// given.
func TestFxp1CharterSpaceIsALink(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	space := ch.Examples()["transparency.url"].(string)
	for _, url := range []string{"", "https://example.org/charte.pdf"} {
		for _, l := range textfmt.All {
			vals := linkedExamples(k)
			vals.SetCharterAnswers(ch.Questionnaire.Resolve(ch.Examples()))
			body := fxNorm(clauseWith(t, k, vals, map[string]any{"project.charter_url": url}, l, "scope-definitions"))
			if !strings.Contains(body, "<"+space+">") {
				t.Errorf("%s, charter address %q: governance space not a link: %q", l, url, body)
			}
			if strings.Contains(body, " "+space) {
				t.Errorf("%s, charter address %q: bare governance address", l, url)
			}
		}
	}
}

// TestFxp1FrenchCivilCodeNamedInEnglish (fxp1-4): the English policy names
// the French Civil Code as such wherever it cites it under French law,
// as it already does for its other articles.
func TestFxp1FrenchCivilCodeNamedInEnglish(t *testing.T) {
	bare := regexp.MustCompile(`(?:\(|of the )Civil Code`)
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		set := map[string]any{"inbound": inbound, "cla.outbound": "listed", "governing_law": "FR", "project.specifications": true, "contributors.allowed": []string{}}
		k, _ := Lookup("contribution")
		doc := assembled(t, k, k.Examples(), set, textfmt.EN)
		md := fxNorm(string(markdown.Render(doc)))
		if m := bare.FindStringIndex(md); m != nil {
			t.Errorf("%s: Civil Code not named French: %q", inbound, md[max(0, m[0]-80):min(len(md), m[1]+40)])
		}
	}
}

// TestFxp1CopyOfTheAgreementIsAnObligation (fxp1-6): the English text
// states as an obligation of the licence holder or assignee, with "shall",
// the copy of the agreement that the French text promises (« Il vous est
// remis en copie sur un support durable »), on every agreement route.
func TestFxp1CopyOfTheAgreementIsAnObligation(t *testing.T) {
	want := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "The Assignee shall give you a copy on a durable medium", textfmt.FR: "Le Cessionnaire vous en remet une copie sur un support durable"},
		"fla":        {textfmt.EN: "The Licensee shall give you a copy on a durable medium", textfmt.FR: "Le Licencié vous en remet une copie sur un support durable"},
		"cla":        {textfmt.EN: "The Licensee shall give you a copy on a durable medium", textfmt.FR: "Le Licencié vous en remet une copie sur un support durable"},
	}
	for inbound, words := range want {
		for _, l := range textfmt.All {
			body := fxClause(t, false, map[string]any{"inbound": inbound, "cla.outbound": "listed"}, l, "inbound-"+inbound)
			if !strings.Contains(body, words[l]) || strings.Contains(body, "A copy is given to you") {
				t.Errorf("%s, %s: copy of the agreement not an obligation", inbound, l)
			}
		}
	}
}

// TestFxp1PublicBodySignsThroughItsCompetentAuthority (fxp1-7): the
// licence agreement of another public body is signed by the authority
// competent to bind it or by a holder of its delegated signature, on the
// exclusive routes, whoever carries the Project.
func TestFxp1PublicBodySignsThroughItsCompetentAuthority(t *testing.T) {
	want := map[textfmt.Lang]string{
		textfmt.EN: "That agreement shall be signed for it by the authority competent to bind it, or by a person to whom that authority has duly delegated its signature for that purpose, who shall state their capacity and the act of delegation when signing.",
		textfmt.FR: "Cet accord est signé pour elle par l’autorité compétente pour l’engager, ou par une personne à laquelle cette autorité a régulièrement délégué sa signature à cet effet, qui mentionne sa qualité et l’acte de délégation lors de la signature.",
	}
	for _, inbound := range []string{"assignment", "fla"} {
		for _, vehicle := range []string{"association", "public-body"} {
			for _, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "cla.outbound": "listed", "legal.vehicle": vehicle, "privacy.dpo": "dpo@example.org", "contributors.allowed": []string{"public-agents"}}
				body := fxClause(t, false, set, l, "steward-public-bodies")
				if !strings.Contains(body, want[l]) {
					t.Errorf("%s, %s, %s: no signature by the competent authority: %q", inbound, vehicle, l, body)
				}
			}
		}
	}
}

// TestFxp1ReversionOnDissolutionIsNotified (fxp1-8): where the rights
// revert to the contributor because the assignee or exclusive licence
// holder is dissolved without a transfer, the contributor is told, at the
// e-mail address that 12.7 keeps for that purpose; the CLA, whose
// non-exclusive licences simply end, says nothing of it.
func TestFxp1ReversionOnDissolutionIsNotified(t *testing.T) {
	tell := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "The Assignee or, after its dissolution, its liquidator shall tell you so at the last e-mail address that you gave it.", textfmt.FR: "Le Cessionnaire ou, après sa dissolution, son liquidateur vous en informe à la dernière adresse électronique que vous lui avez indiquée."},
		"fla":        {textfmt.EN: "The Licensee or, after its dissolution, its liquidator shall tell you so at the last e-mail address that you gave it.", textfmt.FR: "Le Licencié ou, après sa dissolution, son liquidateur vous en informe à la dernière adresse électronique que vous lui avez indiquée."},
		"cla":        {textfmt.EN: "its liquidator shall tell you so", textfmt.FR: "son liquidateur vous en informe"},
	}
	for inbound, words := range tell {
		for _, vehicle := range []string{"association", "company", "scic"} {
			for _, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "cla.outbound": "listed", "legal.vehicle": vehicle}
				body := fxClause(t, false, set, l, "inbound-"+inbound)
				if got := strings.Contains(body, words[l]); got != (inbound != "cla") {
					t.Errorf("%s, %s, %s: reversion notified=%v", inbound, vehicle, l, got)
				}
			}
		}
	}
}

// TestFxp1AgreementStatementInEachMergeRequest (fxp1-9): under a CLA or an
// FLA, as under an assignment, each Contribution is licensed when it is
// submitted by the statement in its merge request, which 6.1 and the
// patent licence rely on: the steps, the checklist and the summary ask for
// it; the summary says that the FLA licence is exclusive; the DCO route
// asks for no such statement, and the step numbers follow.
func TestFxp1AgreementStatementInEachMergeRequest(t *testing.T) {
	step := map[textfmt.Lang]string{
		textfmt.EN: "6. Having signed the agreement, confirm in the merge request that you submit your Contribution on the terms of Article 6.1",
		textfmt.FR: "6. Après avoir signé l’accord, confirmez dans la demande de fusion que vous soumettez votre Contribution aux conditions de l’article 6.1",
	}
	check := map[textfmt.Lang]string{
		textfmt.EN: "and your merge request carries the statement by which you submit your Contribution on its terms",
		textfmt.FR: "et votre demande de fusion porte la déclaration par laquelle vous soumettez votre Contribution à ses conditions",
	}
	summary := map[textfmt.Lang]string{
		textfmt.EN: "and confirm in each merge request that you submit it on its terms",
		textfmt.FR: "et confirmez dans chaque demande de fusion que vous la soumettez à ses conditions",
	}
	exclusive := map[textfmt.Lang]string{
		textfmt.EN: "you thereby grant the Licensee an exclusive licence on each Contribution merged into the Project, and it grants you one back",
		textfmt.FR: "vous concédez ainsi au Licencié une licence exclusive sur chaque Contribution intégrée au Projet, et il vous en concède une en retour",
	}
	spec := map[textfmt.Lang]string{textfmt.EN: "7. If your change concerns a specification", textfmt.FR: "7. Si votre modification porte sur une spécification"}
	for _, inbound := range []string{"cla", "fla", "dco", "assignment"} {
		for _, l := range textfmt.All {
			set := map[string]any{"inbound": inbound, "cla.outbound": "listed", "project.specifications": true, "project.repository_url": "https://gitlab.com/a/b"}
			agreement := inbound == "cla" || inbound == "fla"
			what := inbound + ", " + string(l)
			steps := fxClause(t, false, set, l, "process-preparing")
			if got := strings.Contains(steps, step[l]); got != agreement {
				t.Errorf("%s: step 6 statement=%v", what, got)
			}
			if !strings.Contains(steps, spec[l]) {
				t.Errorf("%s: specification step not numbered 7: %q", what, steps)
			}
			if got := strings.Contains(fxClause(t, false, set, l, "annex-checklist"), check[l]); got != agreement {
				t.Errorf("%s: checklist statement=%v", what, got)
			}
			sum := fxClause(t, false, set, l, "summary")
			if got := strings.Contains(sum, summary[l]); got != agreement {
				t.Errorf("%s: summary statement=%v", what, got)
			}
			if got := strings.Contains(sum, exclusive[l]); got != (inbound == "fla") {
				t.Errorf("%s: summary exclusive licence=%v", what, got)
			}
		}
	}
}

// TestFxp1FreeOfChargeHyphenated (fxp1-6): before a noun, "free of charge"
// is hyphenated in the English policy ("a free-of-charge, non-exclusive
// licence"), on every agreement route.
func TestFxp1FreeOfChargeHyphenated(t *testing.T) {
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		k, _ := Lookup("contribution")
		set := map[string]any{"inbound": inbound, "cla.outbound": "listed"}
		md := fxNorm(string(markdown.Render(assembled(t, k, k.Examples(), set, textfmt.EN))))
		if strings.Contains(md, "a free of charge,") {
			t.Errorf("%s: unhyphenated attributive \"free of charge\"", inbound)
		}
		if inbound != "cla" && !strings.Contains(md, "a free-of-charge, non-exclusive licence") {
			t.Errorf("%s: no free-of-charge licence kept", inbound)
		}
	}
}

// TestFxp1RevertedContributionChallenged (fxp1-6): under an AI ban, the
// English says, as the French « contester », that the contributor may
// challenge the decision to revert.
func TestFxp1RevertedContributionChallenged(t *testing.T) {
	want := map[textfmt.Lang]string{
		textfmt.EN: "Reverting a Contribution is not a sanction, and you may challenge the decision as Article 5.4 provides.",
		textfmt.FR: "L’annulation d’une Contribution n’est pas une sanction, et vous pouvez contester la décision dans les conditions de l’article 5.4.",
	}
	for _, l := range textfmt.All {
		body := fxClause(t, false, map[string]any{"inbound": "assignment", "ai_contributions": "ban"}, l, "ai")
		if !strings.Contains(body, want[l]) {
			t.Errorf("%s: %q not in %q", l, want[l], body)
		}
	}
}

// TestFxp1FLAFreeOfChargeUnderL1227 (fxp1-11): under French law, the FLA
// says, as the assignment does, on which article of the French
// Intellectual Property Code its gratuity rests; not under another law.
func TestFxp1FLAFreeOfChargeUnderL1227(t *testing.T) {
	want := map[textfmt.Lang]string{
		textfmt.EN: "Article L. 122-7 of the French Intellectual Property Code allows the rights of reproduction and performance to be licensed in this way, free of charge.",
		textfmt.FR: "La gratuité de la licence est celle que permet, pour les droits de reproduction et de représentation, l’article L. 122-7 du Code de la propriété intellectuelle.",
	}
	for _, law := range []string{"FR", "BE"} {
		for _, l := range textfmt.All {
			body := fxClause(t, false, map[string]any{"inbound": "fla", "cla.outbound": "listed", "governing_law": law}, l, "inbound-fla")
			if got := strings.Contains(body, want[l]); got != (law == "FR") {
				t.Errorf("%s, %s: L. 122-7 cited=%v", law, l, got)
			}
		}
	}
}
