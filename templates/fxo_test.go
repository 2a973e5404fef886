package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxoCharter returns one clause of the example charter changed by set,
// with plain spaces and apostrophes.
func fxoCharter(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("charter")
	return fxPlain(clauseWith(t, k, exampleValues(t, k), set, l, id))
}

// O-1, O-2, O-4. Whatever the form of the host, the Members are third-party
// beneficiaries of the hosting agreement (Civil Code, art. 1205), not
// parties to it, as Article 14.2 says; its signatories incur no personal
// obligation and its sums are payable only out of the earmarked funds;
// the statutes of the host must allow the transfer of the earmarked
// assets to the persons that Article 15.2 admits, with the limit of
// Article 140, I, of the law of 4 August 2008 for an endowment fund.
func TestFxoHostAgreementMembersAreBeneficiaries(t *testing.T) {
	type phrases struct{ third, signatories, funds, waiver, transfer, refers, fund, gi, register string }
	p := map[textfmt.Lang]phrases{
		textfmt.EN: {"who sign it in their own name, without representing the Members; the Members are not parties to the agreement, which stipulates in favour of each of them",
			"its signatories incur no personal obligation under it",
			"are payable only out of the funds earmarked for the Commons",
			"the Legal Entity waives any recourse on that account against the signatories and the Members",
			"allow it to transfer the assets earmarked for the Commons to a non-profit legal person",
			"the hosting agreement binds the Members only insofar as this Charter refers to it",
			"Article 140, I, of Law No. 2008-776 of 4 August 2008",
			"the Assembly shall designate the non-profit legal person whose purpose is of general interest that is to host or run the Commons",
			"to which the Members are not parties"},
		textfmt.FR: {"qui la signent en leur nom propre, sans représenter les Membres ; les Membres ne sont pas parties à la convention, qui stipule au profit de chacun d'eux",
			"ses signataires n'y contractent aucune obligation personnelle",
			"ne sont payables que sur les fonds affectés au Commun",
			"la Structure porteuse renonce à tout recours à ce titre contre les signataires et les Membres",
			"lui permettent de transférer les biens affectés au Commun à une personne morale à but non lucratif",
			"la convention d'accueil ne lie les Membres que dans la mesure où la Charte y renvoie",
			"article 140, I, de la loi n° 2008-776 du 4 août 2008",
			"l'Assemblée désigne la personne morale à but non lucratif dont l'objet est d'intérêt général appelée",
			"à laquelle les Membres ne sont pas parties"},
	}
	stale := map[textfmt.Lang][]string{
		textfmt.EN: {"acting on behalf of all the Members", "prevails over this Charter in those relations"},
		textfmt.FR: {"agissant pour le compte de l'ensemble des Membres", "prévaut sur la Charte dans ces relations"},
	}
	for _, form := range []string{"association", "foundation", "endowment-fund", "other"} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": form, "legal.entity_name": "Fonds Savoirs Libres"}
			body := fxoCharter(t, set, l, "legal-fiscal-host") + fxoCharter(t, set, l, "annex-hosting") // RI2-4
			ph := p[l]
			for _, s := range []string{ph.third, ph.signatories, ph.funds, ph.waiver, ph.transfer, ph.refers} {
				if !strings.Contains(body, s) {
					t.Errorf("%s, %s: missing %q", form, l, s)
				}
			}
			fund := form == "endowment-fund"
			if strings.Contains(body, ph.fund) != fund || strings.Contains(body, ph.gi) != fund {
				t.Errorf("%s, %s: endowment-fund limit of art. 140 printed=%v", form, l, !fund)
			}
			for _, s := range stale[l] {
				if strings.Contains(body, s) {
					t.Errorf("%s, %s: the Members are still treated as parties: %q", form, l, s)
				}
			}
			if pd := fxoCharter(t, set, l, "personal-data"); !strings.Contains(pd, ph.register) {
				t.Errorf("%s, %s: Article 14.2 no longer says the Members are not parties", form, l)
			}
			if holder := fxoCharter(t, set, l, "assets-holder-entity"); strings.Contains(holder, map[textfmt.Lang]string{textfmt.EN: "non-profit legal person whose purpose is of general interest, for its works and missions of general interest", textfmt.FR: "personne morale à but non lucratif dont l'objet est d'intérêt général, pour ses œuvres et missions d'intérêt général"}[l]) != fund || strings.Contains(holder, map[textfmt.Lang]string{textfmt.EN: "public body", textfmt.FR: "personne publique"}[l]) == fund {
				t.Errorf("%s, %s: Article 15.2 does not use the criteria of Article 18.1", form, l)
			}
		}
	}
}

// O-6, K-16. On the second call, a change of licence or of the terms on
// which Contributions are received needs half the quorum, as an amendment
// does, whatever the vehicle.
func TestFxoLicenceSecondCallHalfQuorum(t *testing.T) {
	want := map[textfmt.Lang]string{
		textfmt.EN: "and a change of licence or of the terms on which Contributions are received, that second",
		textfmt.FR: "et un changement de licence ou des conditions de réception des Contributions, cette seconde",
	}
	half := map[textfmt.Lang]string{textfmt.EN: "still requires one half of that quorum.", textfmt.FR: "requiert encore la moitié de ce quorum."}
	full := map[textfmt.Lang]string{textfmt.EN: "the full quorum", textfmt.FR: "le quorum entier"}
	for _, v := range []string{"none", "de-facto-association", "association", "fiscal-host", "public-body", "scic"} {
		for _, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": v}
			if v == "fiscal-host" {
				set["legal.host_form"] = "endowment-fund"
			}
			body := fxoCharter(t, set, l, "decisions-quorum")
			if !strings.Contains(body, want[l]) || !strings.Contains(body, half[l]) || strings.Contains(body, full[l]) {
				t.Errorf("%s, %s: licence change on second call not at half the quorum: %q", v, l, body)
			}
		}
	}
}

// O-5. The carve-back of the scope only stops a Contribution within the
// scope being declined because of its type of resource; it no longer
// extends the scope to everything that relates to a type of resource.
func TestFxoScopeCarveBackOnlyResourceType(t *testing.T) {
	want := map[textfmt.Lang]string{
		textfmt.EN: "a Contribution that falls within it is not declined on the ground that it concerns one type of resource rather than another",
		textfmt.FR: "une Contribution qui en relève n'est pas écartée au motif qu'elle concerne un type de ressource plutôt qu'un autre",
	}
	stale := map[textfmt.Lang]string{textfmt.EN: "always extends", textfmt.FR: "en tout état de cause"}
	for _, l := range textfmt.All {
		body := fxoCharter(t, map[string]any{"commons.scope": "Sentiers balisés en France, hors itinéraires commerciaux"}, l, "identity-scope")
		if !strings.Contains(body, want[l]) || strings.Contains(body, stale[l]) {
			t.Errorf("%s: scope carve-back: %q", l, body)
		}
	}
}

// O-10. Under the DCO, AI output is never certified under point 2
// (earlier work under an open source licence): the Contribution is
// certified as a whole under point 1, with a separate express declaration;
// every inbound route states the same two facts.
func TestFxoAIOutputNotUnderDCOPointTwo(t *testing.T) {
	point2 := map[textfmt.Lang]string{textfmt.EN: "under point 2", textfmt.FR: "au titre du point 2"}
	whole := map[textfmt.Lang]string{
		textfmt.EN: "covers the Contribution as a whole, of which you created at least a part and which you have the right to submit; it does not make you certify that the parts produced by a tool are your own creation. In addition, you expressly declare, for the parts produced by a tool, that you have checked",
		textfmt.FR: "porte sur la Contribution dans son ensemble, dont vous avez créé au moins une partie et que vous avez le droit de soumettre ; elle ne vous fait pas certifier que les parties produites par un outil sont votre création. Vous déclarez en outre expressément, pour les parties produites par un outil, que vous avez vérifié",
	}
	for _, in := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, ai := range []string{"disclose", "allow"} {
			for _, l := range textfmt.All {
				body := fxPlain(policyClause(t, map[string]any{"inbound": in, "ai_contributions": ai}, l, "ai-accountability"))
				if strings.Contains(body, point2[l]) {
					t.Errorf("%s, %s, %s: AI output certified under DCO point 2: %q", in, ai, l, body)
				}
				if strings.Contains(body, whole[l]) != (in == "dco") {
					t.Errorf("%s, %s, %s: point 1 and the express declaration: %q", in, ai, l, body)
				}
			}
		}
	}
}

// O-15. In the French definition of the Project, the participle agrees in
// the feminine unless software (masculine) is among the resources.
func TestFxoProjectDefinitionAgreement(t *testing.T) {
	for _, sw := range []bool{true, false} {
		set := map[string]any{"project.software": sw}
		if !sw {
			set["contributions.types"] = []string{"documentation", "translation"}
		}
		body := fxPlain(policyClause(t, set, textfmt.FR, "scope"))
		masc := strings.Contains(body, "les autres ressources développés ou publiés par le projet")
		fem := strings.Contains(body, "les autres ressources développées ou publiées par le projet")
		if masc != sw || fem == sw {
			t.Errorf("software=%v: agreement masculine=%v feminine=%v", sw, masc, fem)
		}
	}
}

// O-3, O-7, O-13, O-17, O-20. The hosting agreement takes over every
// undertaking that the Charter places on the host, the listed ones being
// examples; the CRA notifications go to the representative under the
// statutes, not the CRA authorised representative; the reading of
// "collectivités publiques" is not stated as settled; the FR test of the
// mission matches the EN; the list of agencies is illustrative.
func TestFxoSmallerFindings(t *testing.T) {
	host := map[string]any{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": "Fonds Savoirs Libres"}
	cases := []struct {
		set    map[string]any
		policy bool
		id     string
		want   [2]string
		stale  [2]string
	}{
		{host, false, "annex-hosting", // RI2-4: the list is in the annex
			[2]string{"The agreement incorporates all the undertakings that this Charter places on the Legal Entity, among them those set out in", "La convention reprend l'ensemble des engagements que la Charte met à la charge de la Structure porteuse, dont ceux prévus"},
			[2]string{"incorporates the undertakings of the Legal Entity set out", "reprend les engagements de la Structure porteuse prévus"}},
		{host, false, "legal-nature",
			[2]string{"it creates no agency other than those that it organises expressly (in particular Articles", "elle ne crée d'autres mandats que ceux qu'elle organise expressément (notamment articles"},
			[2]string{"organises expressly (Articles", "organise expressément (articles"}},
		{map[string]any{}, false, "identity-mission",
			[2]string{"may decline a proposal for the sole reason that it does not", "peut écarter une proposition au seul motif qu'elle ne la sert pas"},
			[2]string{"\x00", "qu'elle s'en éloigne"}},
		{map[string]any{"legal.vehicle": "association"}, false, "bodies-technical",
			[2]string{"inform its legal representative, within the meaning of its statutes or of the law that governs it, without delay of any actively exploited vulnerability", "informent sans délai son représentant légal, au sens de ses statuts ou de la loi qui la régit, de toute vulnérabilité activement exploitée"},
			[2]string{"authorised representative of Article 3(15)", "mandataire de l'article 3, point 15"}},
	}
	for _, c := range cases {
		for li, l := range textfmt.All {
			body := fxoCharter(t, c.set, l, c.id)
			if !strings.Contains(body, c.want[li]) || strings.Contains(body, c.stale[li]) {
				t.Errorf("%s, %s: %q", c.id, l, body)
			}
		}
	}
	for li, l := range textfmt.All {
		body := fxPlain(policyClause(t, map[string]any{"contributors.allowed": []string{"individuals", "public-agents"}}, l, "employer-public-agents"))
		want := [2]string{"public authorities there are generally read as meaning public persons", "les collectivités publiques s'entendent généralement des personnes publiques"}[li]
		if !strings.Contains(body, want) {
			t.Errorf("%s: reading of L. 113-9 stated as settled: %q", l, body)
		}
	}
}

// O-9, O-12. The policy gives the Charter's credit to supporting
// organisations a mechanism, whatever the recognition methods; the
// State's contribution policy is cited for software only.
func TestFxoOrganisationsCreditedAndStatePolicySoftwareOnly(t *testing.T) {
	org := [2]string{"An organisation that employs or funds a contributor for their Contributions may be credited for it, at its request and with the consent of that contributor, in ", "L'organisation qui emploie ou finance un contributeur pour ses Contributions peut être mentionnée à ce titre, à sa demande et avec l'accord de ce contributeur, dans "}
	for _, methods := range [][]string{{"contributors-file"}, {"release-notes"}, {"trailers"}, {}} {
		for li, l := range textfmt.All {
			body := fxPlain(policyClause(t, map[string]any{"recognition.methods": methods}, l, "recognition-methods"))
			if !strings.Contains(body, org[li]) {
				t.Errorf("%v, %s: organisations not credited: %q", methods, l, body)
			}
			file := strings.Contains(body, "CONTRIBUTORS.md` ") || strings.Contains(body, "`CONTRIBUTORS.md` du")
			if !file { // RD-5: Contributions without a trace are credited there
				t.Errorf("%v, %s: CONTRIBUTORS.md named=%v", methods, l, file)
			}
		}
	}
	state := [2]string{"For software, agents of the French State may contribute", "Pour les logiciels, les agents de l'État peuvent contribuer"}
	for li, l := range textfmt.All {
		body := fxPlain(policyClause(t, map[string]any{"contributors.allowed": []string{"individuals", "public-agents"}}, l, "employer-public-agents"))
		if !strings.Contains(body, state[li]) {
			t.Errorf("%s: State policy not limited to software: %q", l, body)
		}
	}
}

// O-16. The French summary glosses "commit" where it first uses it,
// whatever the inbound route.
func TestFxoCommitGlossedAtFirstUse(t *testing.T) {
	for _, in := range []string{"dco", "inbound-outbound", "cla"} {
		body := fxPlain(policyClause(t, map[string]any{"inbound": in, "ai_contributions": "disclose"}, textfmt.FR, "summary"))
		i, g := strings.Index(body, "commit"), strings.Index(body, "commit (enregistrement de modifications)")
		if i < 0 || g != i {
			t.Errorf("%s: first commit not glossed: %q", in, body)
		}
	}
}

// O-14. The documents say that the identity and contact data are a
// condition of contributing or joining (GDPR, Article 13(2)(e)).
func TestFxoDataConditionOfContributingAndJoining(t *testing.T) {
	pol := [2]string{"is a condition of contributing: without them, your Contribution cannot be accepted (GDPR, Article 13(2)(e))", "est une condition pour contribuer : à défaut, votre Contribution ne peut être acceptée (RGPD, article 13, paragraphe 2, point e)"}
	ch := [2]string{"are a condition of membership: without them, a person cannot be admitted as a Member (GDPR, Article 13(2)(e))", "conditionnent l'adhésion : à défaut, une personne ne peut être admise comme Membre (RGPD, article 13, paragraphe 2, point e)"}
	for _, id := range []string{"pseudonym", "real-name"} {
		for li, l := range textfmt.All {
			if body := fxPlain(policyClause(t, map[string]any{"contributors.identity": id}, l, "personal-data-identity")); !strings.Contains(body, pol[li]) {
				t.Errorf("%s, %s: policy: %q", id, l, body)
			}
		}
	}
	for _, v := range []string{"association", "fiscal-host", "public-body", "none"} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": v}
			if v == "fiscal-host" {
				set["legal.host_form"] = "endowment-fund"
			}
			if body := fxoCharter(t, set, l, "personal-data"); !strings.Contains(body, ch[li]) {
				t.Errorf("%s, %s: charter: %q", v, l, body)
			}
		}
	}
}

// O-8. Each document says which definition of "Contribution" applies to
// what: the policy's to licensing, the Charter's to recognition and
// appointment; an unlinked policy without a charter says nothing of it.
func TestFxoContributionDefinitionsDivided(t *testing.T) {
	pol := [2]string{"This definition applies to the licensing of Contributions and to this policy; the recognition of Contributors and the appointment of Maintainers follow the definition of the Charter.", "Cette définition s'applique à la licence des Contributions et à la présente politique ; la reconnaissance des Contributeurs et la nomination des Mainteneurs suivent la définition de la Charte."}
	ch := [2]string{"this definition governs the recognition of Contributors and the appointment of Maintainers", "cette définition régit la reconnaissance des Contributeurs et la nomination des Mainteneurs"}
	for li, l := range textfmt.All {
		if body := fxoCharter(t, map[string]any{}, l, "definitions"); !strings.Contains(body, ch[li]) {
			t.Errorf("%s: charter: %q", l, body)
		}
		for _, linked := range []bool{true, false} {
			set := map[string]any{"linked": linked}
			if !linked {
				set["project.charter_url"] = ""
			}
			body := fxPlain(policyClause(t, set, l, "scope-definitions"))
			if strings.Contains(body, pol[li]) != linked {
				t.Errorf("linked %v, %s: policy: %q", linked, l, body)
			}
		}
	}
}

// O-18. EN Article 2.1 says what the FR says: the Commons presents its
// Resources at its website.
func TestFxoNamePresentsResources(t *testing.T) {
	body := fxoCharter(t, map[string]any{}, textfmt.EN, "identity-name")
	if !strings.Contains(body, "It presents its Resources at") || strings.Contains(body, "presents itself") {
		t.Errorf("EN 2.1 diverges from FR: %q", body)
	}
}

// O-11. Without code, the policy gives no code examples and asks for data
// validation checks, not tests.
func TestFxoNoCodeLeftovers(t *testing.T) {
	for _, code := range []bool{true, false} {
		set := map[string]any{"project.software": code, "contributions.types": []string{"data", "documentation"}}
		if code {
			set["contributions.types"] = []string{"code", "data", "documentation"}
		}
		for li, l := range textfmt.All {
			body := fxPlain(policyClause(t, set, l, "annex-checklist"))
			tests := [2]string{"the tests and the documentation are up to date", "les tests et la documentation sont à jour"}[li]
			checks := [2]string{"the data validation checks and the documentation are up to date", "les contrôles de validation des données et la documentation sont à jour"}[li]
			if strings.Contains(body, tests) != code || strings.Contains(body, checks) == code {
				t.Errorf("code %v, %s: checklist: %q", code, l, body)
			}
			third := fxPlain(policyClause(t, set, l, "contributions-third-party"))
			if strings.Contains(third, [2]string{"a code snippet", "un extrait de code"}[li]) != code {
				t.Errorf("code %v, %s: third-party examples: %q", code, l, third)
			}
		}
	}
}
