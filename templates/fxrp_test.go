package templates

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
)

// RP-14: the registered office and the registration number of the legal
// person that a linked charter gives are the charter's facts. A policy
// that answers them again is refused with the reason, at each of the two
// answers, and the documents name the charter's seat and number; without
// an answer of its own the policy takes them silently; where the charter
// gives none, the policy's own answer stands.
func TestFxrpLinkedPolicyRefusesTheCharterSeatAndNumber(t *testing.T) {
	c, _ := Lookup("charter")
	k, _ := Lookup("contribution")
	for _, tc := range []struct {
		name           string
		existing, own  bool
		refused        bool
		wantNo, wantSt string
	}{
		{"charter gives both, policy repeats them", true, true, true, "W691234567", "Lyon"},
		{"charter gives both, policy silent", true, false, false, "W691234567", "Lyon"},
		{"charter gives no number, policy gives its own", false, true, false, "W751111111", "Lyon"},
	} {
		dir := t.TempDir()
		charter := c.Examples()
		charter["legal.vehicle"], charter["legal.existing_entity"] = "association", tc.existing
		charter["legal.seat"] = "Lyon"
		if tc.existing {
			charter["legal.registration"] = "RNA W691234567"
		} else {
			delete(charter, "legal.registration")
		}
		policy := k.Examples()
		for _, qq := range k.Questionnaire.Linked() {
			delete(policy, qq.Key)
		}
		delete(policy, "legal.seat")
		delete(policy, "legal.registration")
		if tc.own {
			policy["legal.registration"] = "RNA W751111111"
			if tc.existing {
				policy["legal.seat"] = "Paris"
			}
		}
		policy.SetCharter("charter.yaml")
		write(t, c, charter, filepath.Join(dir, "charter.yaml"))
		path := filepath.Join(dir, "policy.yaml")
		f, issues := answers.ParseFile(path, write(t, k, policy, path), Registry)
		if f == nil {
			t.Fatalf("%s: %s", tc.name, words(issues))
		}
		refused := map[string]bool{}
		for _, i := range issues {
			if !i.Charter && i.Msg != nil && i.Msg.ID == "link.answered" {
				refused[i.Key] = true
			}
		}
		if refused["legal.registration"] != tc.refused || (tc.existing && tc.own) != refused["legal.seat"] {
			t.Errorf("%s: refused %v, want %v: %s", tc.name, refused, tc.refused, words(issues))
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(f.Values, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, cl := range doc.Clauses {
				all.WriteString(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(cl.Body))
			}
			if !strings.Contains(all.String(), tc.wantNo) || !strings.Contains(all.String(), tc.wantSt) {
				t.Errorf("%s %s: the policy does not name %s, %s", tc.name, l, tc.wantNo, tc.wantSt)
			}
			if strings.Contains(all.String(), "Paris") {
				t.Errorf("%s %s: the policy names the refused seat", tc.name, l)
			}
		}
	}
}

// RP-1: the charter always accepts a stable pseudonym (its article on
// contributors), so a linked policy that would require the real name is
// refused, not only warned, with its reason in both languages; without a
// charter, real names remain a choice.
func TestFxrpRealNameAgainstCharterIsAnError(t *testing.T) {
	k, _ := Lookup("contribution")
	var found bool
	for _, r := range k.Questionnaire.Rules {
		if r.ID != "real-name-against-charter" {
			continue
		}
		found = true
		if r.Severity != "error" {
			t.Errorf("real-name-against-charter is a %s, want an error", r.Severity)
		}
		if !strings.Contains(r.Reason.In(textfmt.EN), "Article 5(1)(c)") || !strings.Contains(plainSpaces(r.Reason.In(textfmt.FR)), "article 5, paragraphe 1, point c") {
			t.Errorf("the reason does not name the GDPR: %v", r.Reason)
		}
	}
	if !found {
		t.Fatal("no rule real-name-against-charter")
	}
	for _, linked := range []string{"charter.yaml", ""} {
		vals := k.Examples()
		vals.SetCharter(linked)
		vals["contributors.identity"], vals["inbound"] = "real-name", "dco"
		if got := slices.Contains(brokenRules(k, vals), "real-name-against-charter"); got != (linked != "") {
			t.Errorf("charter %q: refused=%v", linked, got)
		}
	}
}

// RP-3: under every agreement, the signature is due before the first
// Contribution meant to be merged; issues, comments and reviews need none
// and fall under the article on other channels. Routes without an
// agreement say nothing of it.
func TestFxrpAgreementOnlyForWhatIsMerged(t *testing.T) {
	scope := [2]string{"issues, comments and reviews, which are not merged, require no signature and fall under Article 6.2", "les tickets, commentaires et relectures, qui n’y sont pas intégrés, ne requièrent aucune signature et relèvent de l’article 6.2"}
	glance := [2]string{"(issues and comments need no signature)", "(les tickets et commentaires n’exigent aucune signature)"}
	old := [2]string{"before you submit your first Contribution, and confirm", "avant de soumettre votre première Contribution, et confirmez"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		agreement := inbound == "cla" || inbound == "fla" || inbound == "assignment"
		set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/accord"}
		expect(t, inbound, set, policyExamples(), agreement, scope, glance)
		expect(t, inbound, set, policyExamples(), false, old)
	}
}

// RP-5 and RP-6: the contributor licence agreement also licenses every
// recipient directly under the Licence of the Project, which carries
// media not yet known, and its patent licence lists the acts and fixes
// the combination at submission; the other routes print neither.
func TestFxrpCLADirectGrantAndPatentActs(t *testing.T) {
	direct := [2]string{"By submitting your Contribution, you also grant everyone who receives the Project a licence on it on the terms of the Licence of the Project that applies to it", "En soumettant votre Contribution, vous concédez en outre à toute personne qui reçoit le Projet une licence sur celle-ci aux conditions de la Licence du Projet qui lui est applicable"}
	law := [2]string{"(French Intellectual Property Code, Article L. 122-7-1)", "(Code de la propriété intellectuelle, article L. 122-7-1)"}
	acts := [2]string{"It allows its holders to make, have made, use, offer for sale, sell, import and otherwise exploit that Contribution, alone or so combined.", "Elle permet de fabriquer, faire fabriquer, utiliser, offrir à la vente, vendre, importer et exploiter de toute autre manière cette Contribution, seule ou ainsi combinée."}
	gone := [2]string{"a licence on the same terms under any patent", "une licence aux mêmes conditions sur tout brevet"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		cla := inbound == "cla"
		set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/accord", "governing_law": "FR"}
		expect(t, inbound, set, policyExamples(), cla, direct, law)
		expect(t, inbound, set, policyExamples(), cla || inbound == "fla" || inbound == "assignment", acts)
		expect(t, inbound, set, policyExamples(), false, gone)
	}
	set := map[string]any{"inbound": "cla", "agreement.url": "https://example.org/accord", "governing_law": "BE"}
	expect(t, "cla BE", set, policyExamples(), true, direct)
	expect(t, "cla BE", set, policyExamples(), false, law)
}

// RP-7: every route obtains, with the Contribution, the acceptance of the
// code of conduct and of the rules on its breaches, the agreement for all
// Contributions; without a charter the policy's own article.
func TestFxrpConductAcceptedWithTheContribution(t *testing.T) {
	accept := [2]string{"By submitting a Contribution, you accept the code of conduct and this article", "En soumettant une Contribution, vous acceptez le code de conduite et le présent article"}
	signed := [2]string{"you accept them for all your Contributions", "vous les acceptez pour toutes vos Contributions"}
	charter := [2]string{"By submitting a Contribution, you accept the code of conduct and the rules of the Charter on its breaches, including the sanctions that it provides for", "En soumettant une Contribution, vous acceptez le code de conduite et les règles de la Charte relatives à ses manquements, y compris les sanctions qu’elle prévoit"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		agreement := inbound == "cla" || inbound == "fla" || inbound == "assignment"
		set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/accord"}
		expect(t, inbound, set, policyExamples(), true, charter)
		expect(t, inbound, set, policyExamples(), false, accept)
		expect(t, inbound, set, policyExamples(), agreement, signed)
		set["project.charter_url"] = nil
		expect(t, inbound+" without a charter", set, policyExamples(), true, accept)
		expect(t, inbound+" without a charter", set, policyExamples(), false, charter)
	}
}

// RP-10: a steward's cybersecurity policy covers what Article 24(1) of
// the Cyber Resilience Act lists: secure development, documenting and
// remediating vulnerabilities, sharing information, voluntary reporting
// under Article 15, and the Maintainers' alert for Article 14; it is
// absent when the legal person is not a steward.
func TestFxrpStewardPolicyCoversArticle24(t *testing.T) {
	parts := [][2]string{
		{"Under that policy, the Legal Entity shall foster the secure development of the software", "Au titre de cette politique, la Structure porteuse favorise le développement sécurisé du logiciel"},
		{"It shall document each vulnerability reported or found", "Elle documente chaque vulnérabilité signalée ou découverte"},
		{"share information on it with the maintainers of the affected components and with the open-source community", "partage les informations la concernant avec les mainteneurs des composants affectés et avec la communauté du logiciel libre"},
		{"voluntarily, to the CSIRT designated as coordinator or to ENISA (Article 15 of that Regulation)", "à titre volontaire, au CSIRT désigné comme coordinateur ou à l’ENISA (article 15 de ce règlement)"},
		{"so that it can be notified within the time limits of Article 14 of that Regulation", "afin qu’elle puisse être notifiée dans les délais de l’article 14 de ce règlement"},
	}
	for _, steward := range []bool{true, false} {
		for _, inbound := range []string{"dco", "cla"} {
			set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/accord", "security.cra_steward": steward, "security.cra_manufacturer": false, "project.software": true}
			expect(t, inbound, set, policyExamples(), steward, parts...)
		}
	}
}

// RP-8: public disclosure happens at the fix and at the latest at the
// deadline, the notice and decision being reserved where no fix exists;
// the deadline no longer reads as an automatic disclosure.
func TestFxrpDisclosureDeadlineSubjectToNotice(t *testing.T) {
	now := [2]string{"when a corrected version is released and at the latest ninety (90) days after your report, unless you agree to a longer delay, and subject, where no fix is available at that date, to the notice and the decision provided below", "dès la publication d’une version corrigée et au plus tard quatre-vingt-dix (90) jours après votre signalement, sauf si vous acceptez un délai plus long, et sous réserve, si aucune correction n’est disponible à cette date, du préavis et de la décision prévus ci-après"}
	old := [2]string{"if that comes first", "si ce terme arrive le premier"}
	set := map[string]any{"security.disclosure_days": 90}
	expect(t, "disclosure", set, policyExamples(), true, now)
	expect(t, "disclosure", set, policyExamples(), false, old)
}

// RP-16: in French, a Contribution is submitted (« soumise »), never an
// « apport », a term of art of the law on associations, in every route.
func TestFxrpNoApportInFrench(t *testing.T) {
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, vehicle := range []string{"association", "scic", "public-body"} {
			set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/accord", "legal.vehicle": vehicle, "contributors.allowed": nil, "contributions.types": []string{"code", "data", "hardware", "documentation"}}
			text := policyText(t, policyExamples(), set, textfmt.FR)
			for _, w := range []string{"vous pouvez apporter", "que vous apportez", "apportez pas", "il les apporte", "apportent pour son compte", "données apportées", "vous les apportez"} {
				if strings.Contains(strings.ToLower(text), w) {
					t.Errorf("%s %s: « %s » printed", inbound, vehicle, w)
				}
			}
		}
	}
}

// RP-11: the agreement for organisations states the signatory's capacity
// and, where public agents may contribute, the act that empowers the
// signatory of a public body; routes without an agreement say nothing.
func TestFxrpOrganisationSignatoryPower(t *testing.T) {
	capacity := [2]string{"It states the capacity of the person who signs it for the organisation", "Il mentionne la qualité de la personne qui le signe pour l’organisation"}
	public := [2]string{"for a public body, the decision or delegation that empowers that person to sign it", "pour une personne publique, la délibération, la décision ou la délégation qui l’habilite à le signer"}
	for _, inbound := range []string{"dco", "cla", "fla", "assignment"} {
		agreement := inbound != "dco"
		for _, agents := range []bool{true, false} {
			allowed := []string{"individuals", "employees"}
			if agents {
				allowed = append(allowed, "public-agents")
			}
			set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/accord", "contributors.allowed": allowed}
			expect(t, inbound, set, policyExamples(), agreement, capacity)
			expect(t, inbound, set, policyExamples(), agreement && agents, public)
		}
	}
}

// RP-13: a linked charter that keeps no personal data in the resources of
// the commons leaves no exception for the business data of sole traders
// in the policy; a charter with its article on them, or no charter,
// keeps the exceptions.
func TestFxrpNoSoleTradersDataAgainstTheCharter(t *testing.T) {
	k, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	none := [2]string{"The Charter provides for no personal data about third parties in the resources of the commons: do not contribute those either", "La Charte ne prévoit dans les ressources du commun aucune donnée personnelle concernant des tiers : ne soumettez pas non plus celles-ci"}
	exception := [2]string{"By way of exception, you may contribute them", "Par exception, vous pouvez les soumettre"}
	for _, pd := range []bool{false, true} {
		chVals := charter.Examples()
		chVals["commons.resources"] = []string{"software", "data", "content"}
		chVals["commons.personal_data"] = pd
		vals := linkedExamples(k)
		vals.SetCharterAnswers(charter.Questionnaire.Resolve(chVals))
		set := map[string]any{"contributions.types": []string{"code", "data"}}
		expect(t, "charter personal data", set, vals, !pd, none)
		expect(t, "charter personal data", set, vals, pd, exception)
	}
	set := map[string]any{"contributions.types": []string{"code", "data"}}
	expect(t, "no charter", set, policyExamples(), false, none)
	expect(t, "no charter", set, policyExamples(), true, exception)
}

// RP-2: a policy that requires the real name (possible only without a
// charter) tells the contributor what an objection under Article 21 GDPR
// obtains; with pseudonyms, nothing is said.
func TestFxrpRealNameObjection(t *testing.T) {
	objection := [2]string{"If you object to the publication of your real name on grounds relating to your particular situation,", "Si vous vous opposez, pour des raisons tenant à votre situation particulière, à la publication de votre nom réel,"}
	gdpr := [2]string{"whether the history can be rewritten (GDPR, Article 21(1)).", "si l’historique peut être réécrit (RGPD, article 21, paragraphe 1)."}
	for _, id := range []string{"real-name", "pseudonym"} {
		for _, inbound := range []string{"dco", "cla"} {
			set := map[string]any{"contributors.identity": id, "inbound": inbound, "agreement.url": "https://example.org/accord", "project.charter_url": nil}
			expect(t, id+" "+inbound, set, policyExamples(), id == "real-name", objection, gdpr)
		}
	}
}

// RP-17: Article 1119 of the Civil Code is cited for the display of the
// terms in the forge's templates, which it governs, not after the GDPR
// notice of the forms, which it does not.
func TestFxrpCivilCode1119CitedForTheTerms(t *testing.T) {
	now := [2]string{"templates of the Project on the forge (French Civil Code, Article 1119);", "du Projet sur la forge (Code civil, article 1119) ;"}
	old := [2]string{"Article 13 of the GDPR (French Civil Code, Article 1119)", "article 13 du RGPD (Code civil, article 1119)"}
	for _, inbound := range []string{"dco", "cla"} {
		set := map[string]any{"inbound": inbound, "agreement.url": "https://example.org/accord", "governing_law": "FR"}
		expect(t, inbound, set, policyExamples(), true, now)
		expect(t, inbound, set, policyExamples(), false, old)
	}
}

// RP-13, Article 12: the notice lists no processing of sole traders'
// business data when the linked charter keeps no personal data in its
// resources, and ends its list cleanly.
func TestFxrpNoticeWithoutSoleTradersData(t *testing.T) {
	k, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	item := [2]string{"the names and business data of natural persons who carry on a business or profession in their own name", "les noms et les données d’activité de personnes physiques qui exercent une activité professionnelle en leur nom propre"}
	for _, pd := range []bool{false, true} {
		chVals := charter.Examples()
		chVals["commons.resources"] = []string{"software", "data", "content"}
		chVals["commons.personal_data"], chVals["commons.device_data"] = pd, false
		vals := linkedExamples(k)
		vals.SetCharterAnswers(charter.Questionnaire.Resolve(chVals))
		set := map[string]any{"contributions.types": []string{"code", "data"}}
		expect(t, "notice", set, vals, pd, item)
		for li, l := range textfmt.All {
			text := policyText(t, vals, set, l)
			if strings.Contains(text, ";\n.") || strings.Contains(text, " ;\n.") || strings.Contains(text, ");.") {
				t.Errorf("pd=%v %s: a list of the notice ends badly", pd, textfmt.All[li])
			}
		}
	}
}
