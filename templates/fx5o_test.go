package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// RO2-10: the Maintainers submit their own changes through an approved
// change request; without the duties of a CRA manufacturer, only purely
// formal corrections may be pushed directly and are reviewed before the
// next release; a CRA manufacturer allows no exception, and article 6.1
// then no longer speaks of direct pushes.
func TestFx5oMaintainersReviewed(t *testing.T) {
	same := [2]string{"The Maintainers shall submit their own changes in the same way", "Les Mainteneurs soumettent leurs propres modifications de la même façon"}
	none := [2]string{"without any exception, even for an urgent security fix: no change enters the main branch or a published release without a pull request so approved", "sans aucune exception, même pour un correctif de sécurité urgent : aucune modification n'est intégrée dans la branche principale ni dans une version publiée sans demande de fusion ainsi approuvée"}
	formal := [2]string{"the only exception being purely formal corrections that do not touch the code, such as fixing a typo or a broken link, which a Maintainer may push directly to the main branch, without a pull request, and which another Maintainer shall review before the next release is published", "à la seule exception des corrections de pure forme qui ne touchent pas au code, telles que la correction d'une coquille ou d'un lien brisé, qu'un Mainteneur peut intégrer directement dans la branche principale, sans demande de fusion, et qu'un autre Mainteneur examine avant la publication de la version suivante"}
	push := [2]string{"a Maintainer who pushes their own corrections directly to the main branch, without a pull request, in the only cases that Article 5.4 allows", "un Mainteneur qui intègre directement ses propres corrections dans la branche principale, sans demande de fusion, dans les seuls cas que permet l'article 5.4"}
	like := [2]string{"a Maintainer accepts it like any contributor, in the pull request through which they submit their own changes", "un Mainteneur l'accepte comme tout contributeur, dans la demande de fusion par laquelle il soumet ses propres modifications"}
	old := [2]string{"pushes their own changes directly to the repository", "intègre directement ses propres modifications dans le dépôt"}
	for _, maker := range []bool{true, false} {
		for _, entity := range []string{"CompteurCommun SCIC", ""} {
			cra := maker && entity != ""
			for li, l := range textfmt.All {
				set := map[string]any{"security.cra_manufacturer": maker, "legal.entity_name": entity, "project.repository_url": "https://github.com/example/project", "inbound": "inbound-outbound"}
				review := assembleClause(t, set, l, "process-review")
				if !fx4oHas(review, l, same[li]) {
					t.Errorf("maker %v entity %q %s: no rule for Maintainers: %q", maker, entity, l, review)
				}
				if got := fx4oHas(review, l, none[li]); got != cra {
					t.Errorf("maker %v entity %q %s: no exception=%v", maker, entity, l, got)
				}
				if got := fx4oHas(review, l, formal[li]); got != !cra {
					t.Errorf("maker %v entity %q %s: formal exception=%v", maker, entity, l, got)
				}
				inbound := assembleClause(t, set, l, "inbound-outbound")
				if got := fx4oHas(inbound, l, push[li]); got != !cra {
					t.Errorf("maker %v entity %q %s: direct push accepted=%v", maker, entity, l, got)
				}
				if got := fx4oHas(inbound, l, like[li]); got != cra {
					t.Errorf("maker %v entity %q %s: accepted in the request=%v", maker, entity, l, got)
				}
				if fx4oHas(inbound, l, old[li]) {
					t.Errorf("maker %v entity %q %s: old direct push sentence", maker, entity, l)
				}
			}
		}
	}
}

// RO2-3: one exclusion procedure for a member of the Legal Entity: the
// grounds are the Charter's (inactivity, unpaid fee, conduct), the organ
// and procedure the statutes' — for a SCIC with variable capital, the
// general meeting by the majority required to amend the statutes (C. com.
// L. 231-6) — in 4.6, 12.5 and Annex B alike.
func TestFx5oOneExclusionProcedure(t *testing.T) {
	variable := [2]string{"by the general meeting of members, under the conditions that the statutes of the Legal Entity set and by the majority required to amend them (French Commercial Code, Article L. 231-6)", "par l'assemblée des associés, dans les conditions que fixent les statuts de la Structure porteuse et à la majorité requise pour leur modification (Code de commerce, article L. 231-6)"}
	organ := [2]string{"by the organ that the statutes of the Legal Entity designate, under the procedure that they set", "par l'organe que désignent les statuts de la Structure porteuse, selon la procédure qu'ils fixent"}
	grounds := [2]string{"The exclusion of a member only on the grounds that this Charter provides, namely inactivity", "L'exclusion d'un membre pour les seuls motifs que prévoit la Charte, à savoir l'inactivité"}
	fee := [2]string{"failure to pay the membership fee", "le défaut de paiement de la cotisation"}
	refs := [2]string{"Articles 4.6 and 12.5", "articles 4.6 et 12.5"}
	old := [2]string{"under the procedure of this Charter", "selon la seule procédure de la Charte"}
	for _, c := range []struct {
		name string
		set  map[string]any
	}{
		{"scic-variable", fxWith(fxSCIC(), "economy.funding", []string{"services"})},
		{"scic-fixed", fxWith(fxSCIC(), "legal.variable_capital", false, "economy.funding", []string{"donations"})},
		{"scic-sa-variable-fees", fxWith(fxSCIC(), "legal.company_form", "sa", "economy.funding", []string{"membership-fees", "services"})},
		{"association-fees", map[string]any{"legal.vehicle": "association", "economy.funding": []string{"membership-fees"}}},
	} {
		isVariable := c.set["legal.vehicle"] == "scic" && c.set["legal.variable_capital"] == true
		fees := strings.Contains(c.name, "fees")
		for li, l := range textfmt.All {
			doc := charterDoc(t, c.set, l)
			want := organ[li]
			if isVariable {
				want = variable[li]
			}
			sanctions := clausePlain(doc, "conduct-sanctions")
			if !fx4oHas(sanctions, l, "pronounced "+want) && !fx4oHas(sanctions, l, "prononcée "+want) {
				t.Errorf("%s %s: 12.5 lacks %q: %q", c.name, l, want, sanctions)
			}
			annex := clausePlain(doc, "annex-b")
			for _, p := range []string{grounds[li], want, refs[li]} {
				if !fx4oHas(annex, l, p) {
					t.Errorf("%s %s: Annex B lacks %q: %q", c.name, l, p, annex)
				}
			}
			if got := fx4oHas(annex, l, fee[li]); got != fees {
				t.Errorf("%s %s: Annex B fee ground=%v", c.name, l, got)
			}
			if fx4oHas(annex, l, old[li]) {
				t.Errorf("%s %s: Annex B keeps the Charter's own procedure", c.name, l)
			}
			if fees {
				exit := clausePlain(doc, "membership-exit")
				if !fx4oHas(exit, l, want) {
					t.Errorf("%s %s: fee exclusion not by %q: %q", c.name, l, want, exit)
				}
			}
			if isVariable && (fx4oHas(annex, l, organ[li]) || fx4oHas(sanctions, l, organ[li])) {
				t.Errorf("%s %s: variable capital yet organ of the statutes", c.name, l)
			}
		}
	}
}

// RO2-2: C. com. L. 231-6 is quoted as written: the former member remains
// liable towards the members (associés) and towards third parties.
func TestFx5oFormerMemberLiability(t *testing.T) {
	right := [2]string{"a member who ceases to belong to it remains liable, towards its members (associés) and towards third parties, for all the obligations existing at the time of their withdrawal (French Commercial Code, Article L. 231-6)", "l'associé qui cesse d'en faire partie reste tenu, envers les associés et envers les tiers, de toutes les obligations existant au moment de son retrait (Code de commerce, article L. 231-6)"}
	wrong := [2]string{"towards it and towards third parties", "envers elle et envers les tiers"}
	for _, vehicle := range []string{"scic", "association"} {
		for li, l := range textfmt.All {
			set := fxSCIC()
			if vehicle != "scic" {
				set = map[string]any{"legal.vehicle": vehicle}
			}
			body := charterClauseWith(t, set, l, "personal-data-retention")
			if got := fx4oHas(body, l, right[li]); got != (vehicle == "scic") {
				t.Errorf("%s %s: L. 231-6 quoted=%v: %q", vehicle, l, got, body)
			}
			if fx4oHas(body, l, wrong[li]) {
				t.Errorf("%s %s: misquotes L. 231-6", vehicle, l)
			}
		}
	}
}

// RO2-11: policy 9.2 makes the Legal Entity a manufacturer only of the
// products that it places on the market, as 9.4 does.
func TestFx5oManufacturerOnlyOfItsProducts(t *testing.T) {
	want := [2]string{"The Legal Entity, which is a manufacturer under Article 9.4 only of the products that it places on the market, acting", "La Structure porteuse, fabricant, au sens de l'article 9.4, des seuls produits qu'elle met sur le marché, agissant"}
	for li, l := range textfmt.All {
		set := map[string]any{"security.cra_manufacturer": true, "legal.entity_name": "CompteurCommun SCIC"}
		body := assembleClause(t, set, l, "security-response")
		if !fx4oHas(body, l, want[li]) {
			t.Errorf("%s: 9.2 not conditional: %q", l, body)
		}
	}
}

// RO2-12: the joint controllership for the forge's audience statistics
// is stated as a fact on GitHub, which provides them, on condition on a
// forge whose practice is not known, and not at all on Codeberg, which
// provides none as far as is known.
func TestFx5oForgeAudienceStatistics(t *testing.T) {
	fact := [2]string{"For the audience statistics of the Project that the forge compiles and makes available to it according to the settings of the Project, the Legal Entity is a joint controller", "Pour les statistiques de fréquentation du Projet que la forge établit et met à sa disposition selon le paramétrage du Projet, la Structure porteuse est responsable conjointe"}
	cond := [2]string{"If the forge compiles audience statistics of the Project and makes them available to it, the Legal Entity is a joint controller", "Si la forge établit des statistiques de fréquentation du Projet et les met à sa disposition, la Structure porteuse est responsable conjointe"}
	joint := [2]string{"(GDPR, Article 26(3))", "(RGPD, article 26, paragraphe 3)"}
	for _, c := range []struct {
		repo       string
		fact, cond bool
	}{
		{"https://github.com/example/project", true, false},
		{"https://gitlab.com/example/project", false, true},
		{"https://codeberg.org/example/project", false, false},
	} {
		for li, l := range textfmt.All {
			set := map[string]any{"project.repository_url": c.repo, "legal.entity_name": "CompteurCommun SCIC", "privacy.forge_dpa": false}
			body := assembleClause(t, set, l, "personal-data-recipients")
			if got := fx4oHas(body, l, fact[li]); got != c.fact {
				t.Errorf("%s %s: stated as fact=%v", c.repo, l, got)
			}
			if got := fx4oHas(body, l, cond[li]); got != c.cond {
				t.Errorf("%s %s: conditional=%v", c.repo, l, got)
			}
			if got := fx4oHas(body, l, joint[li]); got != (c.fact || c.cond) {
				t.Errorf("%s %s: joint controllership=%v: %q", c.repo, l, got, body)
			}
		}
	}
	if forgeStats("https://codeberg.org/x/y") != "no" || forgeStats("https://github.com/x/y") != "yes" || forgeStats("https://forge.example.org/x/y") != "" {
		t.Error("forgeStats")
	}
}

// RO2-1: the legal notices cite the LCEN as amended by the SREN law,
// without article numbers that the SREN law has moved; RO2-6: the
// Maintainers inform the legal representative, with no stray mention of
// the authorised representative of CRA Article 3(15).
func TestFx5oLCENAndCRARepresentative(t *testing.T) {
	sren := [2]string{"(French Law No. 2004-575 of 21 June 2004 on confidence in the digital economy, as amended by Law No. 2024-449 of 21 May 2024 to secure and regulate the digital space)", "(loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, dans sa rédaction issue de la loi n° 2024-449 du 21 mai 2024 visant à sécuriser et à réguler l'espace numérique)"}
	stale := [2]string{"Articles 6-III and 19", "articles 6-III et 19"}
	for _, services := range []bool{true, false} {
		for li, l := range textfmt.All {
			funding := []string{"donations"}
			if services {
				funding = []string{"services", "donations"}
			}
			body := charterClauseWith(t, map[string]any{"legal.vehicle": "scic", "governing_law": "FR", "economy.funding": funding}, l, "contribution-notices")
			if got := fx4oHas(body, l, sren[li]); got != services {
				t.Errorf("services %v %s: SREN cited=%v: %q", services, l, got, body)
			}
			if fx4oHas(body, l, stale[li]) {
				t.Errorf("services %v %s: stale LCEN article numbers", services, l)
			}
		}
	}
	rep := [2]string{"inform its legal representative, within the meaning of its statutes or of the law that governs it, without delay", "informent sans délai son représentant légal, au sens de ses statuts ou de la loi qui la régit, de toute vulnérabilité"}
	mandataire := [2]string{"Article 3(15)", "article 3, point 15"}
	for _, vehicle := range []string{"scic", "association"} {
		for li, l := range textfmt.All {
			body := charterClauseWith(t, map[string]any{"legal.vehicle": vehicle}, l, "bodies-technical")
			if !fx4oHas(body, l, rep[li]) {
				t.Errorf("%s %s: legal representative not informed: %q", vehicle, l, body)
			}
			if fx4oHas(body, l, mandataire[li]) {
				t.Errorf("%s %s: stray authorised representative", vehicle, l)
			}
		}
	}
}

// RO2-5: in a SCIC, admission on approval is set out as numbered steps,
// from the application to the date on which the share is paid for; other
// vehicles keep one paragraph.
func TestFx5oAdmissionSteps(t *testing.T) {
	steps := [2][]string{
		{"Membership follows these steps:", "1. **Application:**", "2. **Admission:**", "3. **Approval:** where the statutes of the Legal Entity so provide", "4. **Subscription:**", "5. **Effective date:** the applicant becomes a Member, and a member (associé) of the Legal Entity, on the date on which they pay for that share."},
		{"L'adhésion suit les étapes suivantes :", "1. **Candidature :**", "2. **Admission :**", "3. **Agrément :** si les statuts de la Structure porteuse le prévoient", "4. **Souscription :**", "5. **Prise d'effet :** le candidat devient Membre, et associé de la Structure porteuse, à la date à laquelle il libère cette part."},
	}
	for _, vehicle := range []string{"scic", "association", "public-body"} {
		for li, l := range textfmt.All {
			k, _ := Lookup("charter")
			body := clauseWith(t, k, k.Examples(), map[string]any{"legal.vehicle": vehicle, "membership.admission": "approval"}, l, "membership-admission-approval")
			for _, p := range steps[li] {
				if got := fx4oHas(body, l, p); got != (vehicle == "scic") {
					t.Errorf("%s %s: %q=%v", vehicle, l, p, got)
				}
			}
		}
	}
}

// RO-15 (RO2-7): where Maintainers are appointed by lazy consensus or
// consent, an objection is admissible only on the conditions of the
// article or a breach of the code of conduct; by majority, no objection
// rule is printed.
func TestFx5oMaintainerObjectionLimited(t *testing.T) {
	limit := [2]string{"an objection to the appointment is admissible only if it shows that the candidate does not meet the conditions of this article or has breached the code of conduct", "une opposition à la nomination n'est recevable que si elle établit que le candidat ne remplit pas les conditions du présent article ou a manqué au code de conduite"}
	for _, rule := range []string{"lazy-consensus", "consent", "majority", "two-thirds"} {
		for li, l := range textfmt.All {
			body := charterClauseWith(t, map[string]any{"decisions.technical": rule}, l, "roles-maintainer")
			if got := fx4oHas(body, l, limit[li]); got != (rule == "lazy-consensus" || rule == "consent") {
				t.Errorf("%s %s: objection limited=%v", rule, l, got)
			}
		}
	}
}

// RO-28 (RO2-17): a legal entity that sells services publishes the
// developments it makes for clients under the Commons' licences, unless
// the founders answer no; without paid services, nothing is said.
func TestFx5oServiceContractsPublish(t *testing.T) {
	clause := [2]string{"The contracts under which the Legal Entity provides those services shall provide that the developments it makes on the Resources for its clients are published under the licences of the Commons", "Les contrats par lesquels la Structure porteuse fournit ces services prévoient que les développements qu'elle réalise sur les Ressources pour ses clients sont publiés sous les licences du Commun"}
	for _, c := range []struct {
		funding []string
		publish bool
		want    bool
	}{
		{[]string{"services", "donations"}, true, true},
		{[]string{"services", "donations"}, false, false},
		{[]string{"donations"}, true, false},
	} {
		for li, l := range textfmt.All {
			doc := charterDoc(t, map[string]any{"legal.vehicle": "scic", "economy.funding": c.funding, "economy.services_publish": c.publish}, l)
			var all strings.Builder
			for _, cl := range doc.Clauses {
				all.WriteString(cl.Body)
			}
			if got := fx4oHas(plainSpaces(all.String()), l, clause[li]); got != c.want {
				t.Errorf("%v publish=%v %s: clause=%v", c.funding, c.publish, l, got)
			}
		}
	}
}

// RO2-15: the summary says the technical documentation kept with the
// code is under the code's licence; RO2-16: machine translation tools
// are treated as generative AI tools, not said to be such.
func TestFx5oSummaryAndMachineTranslation(t *testing.T) {
	summary := [2]string{"the technical documentation kept with the code being under the licence of the code", "la documentation technique conservée avec le code relevant de la licence du code"}
	old := [2]string{"kept with the code following the code", "conservée avec le code suivant le code"}
	mt := [2]string{"Machine translation tools are treated as generative artificial intelligence tools for the purposes of this article", "Les outils de traduction automatique sont traités comme des outils d'intelligence artificielle générative pour l'application du présent article"}
	k, _ := Lookup("contribution")
	for li, l := range textfmt.All {
		doc := assembled(t, k, k.Examples(), map[string]any{"ai_contributions": "disclose"}, l)
		var all strings.Builder
		for _, c := range doc.Clauses {
			all.WriteString(c.Body)
		}
		body := all.String()
		if !fx4oHas(body, l, summary[li]) || fx4oHas(body, l, old[li]) {
			t.Errorf("%s: summary licence of the technical documentation", l)
		}
		if !fx4oHas(body, l, mt[li]) {
			t.Errorf("%s: machine translation not treated as AI", l)
		}
	}
}

// RO2-13: code snippets posted in an issue or a comment fall under the
// licence of the code, in a project that welcomes code, under every
// inbound route.
func TestFx5oSnippetsInIssues(t *testing.T) {
	want := [2]string{"Code snippets that they contain fall under the licence of the code, as code submitted by a commit does.", "Les extraits de code qu'ils contiennent relèvent de la licence du code, comme le code soumis par un commit."}
	for _, in := range []string{"inbound-outbound", "dco", "cla"} {
		for _, types := range [][]string{{"code", "documentation"}, {"documentation", "translation"}} {
			for li, l := range textfmt.All {
				body := assembleClause(t, map[string]any{"inbound": in, "contributions.types": types}, l, "inbound-other-channels")
				if got := fx4oHas(body, l, want[li]); got != (types[0] == "code") {
					t.Errorf("%s %v %s: snippets=%v", in, types, l, got)
				}
			}
		}
	}
}
