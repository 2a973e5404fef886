package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// plainClause assembles kind k from vals changed by set and returns one
// clause in plain text, or "" when the document has no such clause.
func plainClause(t *testing.T, k *Kind, vals questionnaire.Values, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	c, ok := assembled(t, k, vals, set, l).Clause(id)
	if !ok {
		return ""
	}
	return plainSpaces(c.Body)
}

// linkedPolicy is a policy linked to a charter whose answers are the
// charter's examples changed by charterSet.
func linkedPolicy(charterSet map[string]any) questionnaire.Values {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	vals := linkedExamples(k)
	cv := ch.Examples()
	for key, v := range charterSet {
		cv[key] = v
	}
	vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
	return vals
}

// A product made from hardware designs is subject to the Union rules that
// fit it: the charter names the radio, cybersecurity, EMC, low-voltage,
// RoHS, WEEE, battery and machinery rules as possibly applicable, the
// machinery rules by the date the Regulation applies rather than as a
// sequence that a later charter would have left behind; the Medical
// Devices Regulation only where participation may involve health or
// disability; and nobody places a product on the market for the Commons
// without the Assembly, in French as in English.
func TestCharterHardwareProductRulesByProduct(t *testing.T) {
	k, _ := Lookup("charter")
	rules := [2][]string{
		{"the Radio Equipment Directive 2014/53/EU", "Delegated Regulation (EU) 2022/30 on its cybersecurity, applicable from 1 August 2025", "the Electromagnetic Compatibility Directive 2014/30/EU", "the Low Voltage Directive 2014/35/EU", "the RoHS Directive 2011/65/EU", "the WEEE Directive 2012/19/EU", "the Batteries Regulation (EU) 2023/1542", "the Machinery Regulation (EU) 2023/1230, applicable from 20 January 2027 in place of Directive 2006/42/EC"},
		{"la directive 2014/53/UE relative aux équipements radioélectriques", "le règlement délégué (UE) 2022/30 relatif à sa cybersécurité, applicable à compter du 1er août 2025", "la directive 2014/30/UE relative à la compatibilité électromagnétique", "la directive 2014/35/UE relative au matériel électrique basse tension", "la directive 2011/65/UE", "la directive 2012/19/UE", "le règlement (UE) 2023/1542 relatif aux batteries", "le règlement (UE) 2023/1230 sur les machines, applicable à compter du 20 janvier 2027 en remplacement de la directive 2006/42/CE"},
	}
	stale := [2]string{"and then, from 20 January 2027", "puis, à compter du 20 janvier 2027"}
	mdr := [2]string{"Where the product is a medical device within the meaning of Regulation (EU) 2017/745", "Lorsque le produit est un dispositif médical au sens du règlement (UE) 2017/745"}
	// RH-6: without legal personality, nothing is placed on the market
	// for the Commons or under its name.
	market := [2]string{"As long as the Commons has no legal personality, no product made from the designs is placed on the market on its behalf or under its name", "Tant que le Commun est dépourvu de personnalité juridique, aucun produit fabriqué à partir des conceptions n'est mis sur le marché pour son compte ni sous son nom"}
	marketEntity := [2]string{"Neither the Commons nor, on its behalf, the Legal Entity places on the market a product made from the designs", "Ni le Commun ni la Structure porteuse pour son compte ne met sur le marché un produit fabriqué à partir des conceptions"}
	for _, vehicle := range []string{"de-facto-association", "association", "scic", "public-body", "none"} {
		for _, sensitive := range []bool{false, true} {
			for _, resources := range [][]string{{"hardware"}, {"software", "data", "hardware"}} {
				for li, l := range textfmt.All {
					set := map[string]any{"legal.vehicle": vehicle, "commons.sensitive_participants": sensitive, "commons.resources": resources}
					body := plainClause(t, k, k.Examples(), set, l, "licences-hardware")
					what := fmt.Sprintf("%s %s sensitive=%v %v", l, vehicle, sensitive, resources)
					for _, r := range rules[li] {
						if !strings.Contains(body, r) {
							t.Errorf("%s: product rules lack %q:\n%s", what, r, body)
						}
					}
					if strings.Contains(body, stale[li]) || strings.Contains(body, "aucun tel produit") {
						t.Errorf("%s: stale machinery sequence or vague product:\n%s", what, body)
					}
					if got := strings.Contains(body, mdr[li]); got != sensitive {
						t.Errorf("%s: medical-device rules=%v", what, got)
					}
					if got := strings.Contains(body, "2017/745"); got != sensitive {
						t.Errorf("%s: Regulation 2017/745 named=%v", what, got)
					}
					want := market[li]
					if vehicle == "association" || vehicle == "scic" {
						want = marketEntity[li]
					}
					if got := strings.Contains(body, want); got != (vehicle != "public-body") {
						t.Errorf("%s: no placing on the market for the Commons without the Assembly=%v:\n%s", what, got, body)
					}
				}
			}
		}
	}
	// Without hardware, no product rules at all.
	vals := k.Examples()
	vals["commons.resources"] = []string{"software"}
	doc, err := k.Assemble(vals, textfmt.EN, Final)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := doc.Clause("licences-hardware"); ok {
		t.Error("a charter without hardware has an article on hardware designs")
	}
}

// The policy's checklist and its Cyber Resilience Act articles name the
// product rules in the same way, date the machinery Regulation, and speak
// of medical devices only where contributing may involve health or
// disability.
func TestPolicyHardwareProductRulesByProduct(t *testing.T) {
	k, _ := Lookup("contribution")
	checklist := [2]string{"to be reviewed against the rules applicable to the product, such as, depending on the product, those on electrical safety (Directive 2014/35/EU), electromagnetic compatibility (Directive 2014/30/EU), radio equipment (Directive 2014/53/EU) and batteries (Regulation (EU) 2023/1542)", "pour être relue au regard des règles applicables au produit, telles que, selon le produit, celles relatives à la sécurité électrique (directive 2014/35/UE), à la compatibilité électromagnétique (directive 2014/30/UE), aux équipements radioélectriques (directive 2014/53/UE) et aux batteries (règlement (UE) 2023/1542)"}
	cyber := [2]string{"Delegated Regulation (EU) 2022/30 on its cybersecurity, applicable from 1 August 2025", "le règlement délégué (UE) 2022/30 relatif à sa cybersécurité, applicable à compter du 1er août 2025"}
	stale := [2]string{"and then, from 20 January 2027", "puis, à compter du 20 janvier 2027"}
	for _, sensitive := range []bool{false, true} {
		for _, hw := range []bool{false, true} {
			for li, l := range textfmt.All {
				what := fmt.Sprintf("%s sensitive=%v hardware=%v", l, sensitive, hw)
				types := []string{"code"}
				if hw {
					types = []string{"code", "hardware"}
				}
				base := map[string]any{"legal.vehicle": "scic", "legal.entity_name": "Capteurs SCIC SAS", "project.hardware": hw, "contributions.types": types, "contributors.sensitive_participants": sensitive, "project.charter_url": ""}
				set := map[string]any{"security.cra_manufacturer": true, "security.cra_steward": false}
				for key, v := range base {
					set[key] = v
				}
				maker := plainClause(t, k, k.Examples(), set, l, "security-cra-manufacturer")
				if maker == "" {
					t.Fatalf("%s: no manufacturer's article", what)
				}
				if got := strings.Contains(maker, cyber[li]); got != hw {
					t.Errorf("%s: manufacturer's article names the product rules=%v:\n%s", what, got, maker)
				}
				if got := strings.Contains(maker, "2017/745"); got != (hw && sensitive) {
					t.Errorf("%s: manufacturer's article names medical devices=%v", what, got)
				}
				if strings.Contains(maker, stale[li]) {
					t.Errorf("%s: stale machinery sequence:\n%s", what, maker)
				}
				annex := plainClause(t, k, k.Examples(), set, l, "annex-checklist")
				if got := strings.Contains(annex, checklist[li]); got != hw {
					t.Errorf("%s: checklist names the product rules=%v:\n%s", what, got, annex)
				}
				if got := strings.Contains(annex, "2017/745"); got != (hw && sensitive) {
					t.Errorf("%s: checklist names medical devices=%v", what, got)
				}
				set = map[string]any{"security.cra_manufacturer": false, "security.cra_steward": true}
				for key, v := range base {
					set[key] = v
				}
				steward := plainClause(t, k, k.Examples(), set, l, "security-cra")
				if steward == "" {
					t.Fatalf("%s: no steward's article", what)
				}
				if got := strings.Contains(steward, "2017/745"); got != (hw && sensitive) {
					t.Errorf("%s: steward's article names medical devices=%v", what, got)
				}
			}
		}
	}
}

// The charter puts the documentation of hardware designs with the
// designs, under their licence, and other documentation with the content.
func TestCharterHardwareDocumentationIsHardware(t *testing.T) {
	k, _ := Lookup("charter")
	hwDoc := [2]string{"the documentation of the hardware designs is part of those designs", "la documentation des conceptions de matériel fait partie de ces conceptions"}
	hwOnly := [2]string{"The documentation of the hardware designs is part of those designs.", "La documentation des conceptions de matériel fait partie de ces conceptions."}
	other := [2]string{"; any other documentation is content.", " ; toute autre documentation relève des contenus."}
	for _, resources := range [][]string{{"software"}, {"software", "hardware"}, {"hardware", "content"}, {"data", "content"}} {
		software, hardware := resources[0] == "software", resources[0] == "hardware" || len(resources) > 1 && resources[1] == "hardware"
		for li, l := range textfmt.All {
			body := plainClause(t, k, k.Examples(), map[string]any{"commons.resources": resources}, l, "identity-resources")
			what := fmt.Sprintf("%s %v", l, resources)
			if got := strings.Contains(body, hwDoc[li]) || strings.Contains(body, hwOnly[li]); got != hardware {
				t.Errorf("%s: hardware documentation with the designs=%v:\n%s", what, got, body)
			}
			if got := strings.Contains(body, other[li]); got != software {
				t.Errorf("%s: other documentation is content=%v:\n%s", what, got, body)
			}
		}
	}
}

// The decision on a notice of unlawful content is notified by whoever
// administers the site, not by the Technical Committee named just before.
func TestCharterNoticeDecisionNotifiedByAdministrator(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"de-facto-association", "none", "association", "scic"} {
		entity := vehicle == "association" || vehicle == "scic"
		want := [2]string{"That Member shall inform the author of the notice", "Ce Membre informe l'auteur du signalement"}
		if entity {
			want = [2]string{"The Legal Entity shall inform the author of the notice", "La Structure porteuse informe l'auteur du signalement"}
		}
		for li, l := range textfmt.All {
			body := plainClause(t, k, k.Examples(), map[string]any{"legal.vehicle": vehicle}, l, "contribution-notices")
			if !strings.Contains(body, want[li]) {
				t.Errorf("%s %s: no %q:\n%s", l, vehicle, want[li], body)
			}
			for _, bad := range []string{"Il informe l'auteur", "Elle informe l'auteur", "It informs the author"} {
				if strings.Contains(body, bad) {
					t.Errorf("%s %s: ambiguous pronoun %q", l, vehicle, bad)
				}
			}
		}
	}
}

// Where the Members are joint controllers and public bodies may be
// Members, a public body acting in the performance of its tasks rests its
// processing on its public-interest task, since it may not rely on
// legitimate interest (GDPR, art. 6(1), second subparagraph).
func TestCharterPublicBodyMemberLegalBasis(t *testing.T) {
	k, _ := Lookup("charter")
	basis := [2]string{"Where this article rests a processing on legitimate interest and a Member that is a public authority or body carries it out in the performance of its tasks, that processing rests instead on the performance of the task carried out in the public interest that the law entrusts to that Member (Article 6(1)(e) and 6(3))", "Lorsque le présent article fonde un traitement sur l'intérêt légitime et qu'un Membre qui est une autorité ou un organisme public le met en œuvre dans l'exécution de ses missions, ce traitement repose sur l'exécution de la mission d'intérêt public que la loi confie à ce Membre (article 6, paragraphe 1, point e, et paragraphe 3)"}
	for _, vehicle := range []string{"de-facto-association", "none", "association", "public-body"} {
		for _, classes := range [][]string{{"individuals"}, {"individuals", "public-bodies"}, {"research"}} {
			public := classes[len(classes)-1] != "individuals"
			for li, l := range textfmt.All {
				body := plainClause(t, k, k.Examples(), map[string]any{"legal.vehicle": vehicle, "membership.classes": classes}, l, "personal-data-purposes")
				want := public && (vehicle == "de-facto-association" || vehicle == "none")
				if got := strings.Contains(body, basis[li]); got != want {
					t.Errorf("%s %s %v: public body's own basis=%v:\n%s", l, vehicle, classes, got, body)
				}
			}
		}
	}
}

// The holder's account clause states the cap on funds held without
// pointing to a fiducie, which a donative intent would make void.
func TestCharterHolderAccountWithoutFiducie(t *testing.T) {
	k, _ := Lookup("charter")
	cap := [2]string{"The funds held for the Commons therefore never exceed the cap", "C'est pourquoi les fonds détenus pour le Commun n'excèdent jamais le plafond"}
	for _, law := range []string{"FR", "BE"} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": "de-facto-association", "governing_law": law, "economy.funding": []string{"donations", "grants"}}
			body := plainClause(t, k, k.Examples(), set, l, "economy-funds-member")
			if body == "" {
				t.Fatalf("%s %s: no clause on the holding of funds", l, law)
			}
			if !strings.Contains(body, cap[li]) {
				t.Errorf("%s %s: no cap:\n%s", l, law, body)
			}
			if strings.Contains(body, "fiducie") {
				t.Errorf("%s %s: the clause points to a fiducie:\n%s", l, law, body)
			}
		}
	}
}

// An emeritus Maintainer is one who has neither proposed, reviewed nor
// accepted a Contribution, in English as in French.
func TestCharterEmeritusMaintainerProposedNothing(t *testing.T) {
	k, _ := Lookup("charter")
	want := [2]string{"A Maintainer who has neither proposed, reviewed nor accepted any Contribution", "Le Mainteneur qui n'a ni proposé, ni examiné, ni accepté de Contribution"}
	for li, l := range textfmt.All {
		doc, err := k.Assemble(k.Examples(), l, Final)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range doc.Clauses {
			found = found || strings.Contains(plainSpaces(c.Body), want[li])
		}
		if !found {
			t.Errorf("%s: no %q", l, want[li])
		}
	}
}

// A host organisation's authorisation or signature is compared with an
// employer's only where the policy admits employees' Contributions.
func TestPolicyHostComparedWithEmployerOnlyWithEmployees(t *testing.T) {
	k, _ := Lookup("contribution")
	auth := [2]string{"Its written authorisation is then needed before you submit that work", "Son autorisation écrite est alors nécessaire avant que vous ne soumettiez ce travail"}
	employer := [2][]string{{"as an employer's is", "as an employer does"}, {"comme celle d'un employeur", "comme un employeur"}}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla"} {
		for _, allowed := range [][]string{{"individuals", "employees"}, {"individuals", "public-agents"}, {}} {
			employees := len(allowed) == 0 || allowed[len(allowed)-1] == "employees"
			for li, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "contributors.allowed": allowed}
				if inbound == "cla" {
					set["agreement.url"] = "https://sign.example/cla"
				}
				body := plainClause(t, k, k.Examples(), set, l, "employer-hosted")
				what := fmt.Sprintf("%s %s %v", l, inbound, allowed)
				if body == "" {
					t.Fatalf("%s: no article on hosted persons", what)
				}
				if inbound != "cla" && !strings.Contains(body, auth[li]) {
					t.Errorf("%s: no written authorisation:\n%s", what, body)
				}
				got := false
				for _, e := range employer[li] {
					got = got || strings.Contains(body, e)
				}
				if got != employees {
					t.Errorf("%s: compared with an employer=%v:\n%s", what, got, body)
				}
			}
		}
	}
}

// A linked policy cites the Charter's article on personal data by its
// number as the joint controllers' arrangement.
func TestPolicyCitesCharterArticleOnPersonalData(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	charterSet := map[string]any{"legal.vehicle": "de-facto-association"}
	vague := [2]string{"The Charter's article on personal data", "L'article de la Charte relatif aux données personnelles"}
	for li, l := range textfmt.All {
		cv := ch.Examples()
		for key, v := range charterSet {
			cv[key] = v
		}
		doc, err := ch.Assemble(cv, l, Preview)
		if err != nil {
			t.Fatal(err)
		}
		c, ok := doc.Clause("personal-data")
		if !ok || c.Number == "" {
			t.Fatalf("%s: the charter has no numbered article on personal data", l)
		}
		want := [2]string{"Their arrangement under Article 26 of the GDPR is " + plainSpaces(c.Label(l)) + " of the Charter:", "Leur accord au sens de l'article 26 du RGPD est l'" + plainSpaces(c.Label(l)) + " de la Charte :"}
		vals := linkedPolicy(charterSet)
		vals["legal.vehicle"], vals["legal.entity_name"] = "de-facto-association", ""
		body := plainClause(t, k, vals, nil, l, "personal-data-controller")
		if !strings.Contains(body, want[li]) {
			t.Errorf("%s: no %q:\n%s", l, want[li], body)
		}
		if strings.Contains(body, vague[li]) {
			t.Errorf("%s: the article is not cited by its number", l)
		}
	}
}

// The English policy uses its defined term for the outbound licences, and
// names graphic and UX design apart from hardware designs.
func TestPolicyDefinedLicenceTermAndGraphicDesign(t *testing.T) {
	k, _ := Lookup("contribution")
	set := map[string]any{"contributors.allowed": []string{"individuals", "public-agents"}, "project.licence": "AGPL-3.0-or-later", "contributions.types": []string{"code", "design", "hardware"}, "project.hardware": true}
	body := plainClause(t, k, k.Examples(), set, textfmt.EN, "public-agents-licences")
	if !strings.Contains(body, "The following Licence of the Project is") && !strings.Contains(body, "The following Licences of the Project are") {
		t.Errorf("no defined term for the licences off the decree's list:\n%s", body)
	}
	if strings.Contains(body, "Project Licence") {
		t.Errorf("an undefined term for the licences of the Project:\n%s", body)
	}
	types := [2]string{"- **Graphic and UX design:** user experience", "- **Conception graphique et ergonomie :** expérience utilisateur"}
	for li, l := range textfmt.All {
		vals := k.Examples()
		found := false
		for key, v := range set {
			vals[key] = v
		}
		d, err := k.Assemble(vals, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range d.Clauses {
			found = found || strings.Contains(plainSpaces(c.Body), types[li])
			if l == textfmt.EN && strings.Contains(c.Body, "- **Design:**") {
				t.Errorf("%s: the bare word Design names a type of Contribution", c.ID)
			}
		}
		if !found {
			t.Errorf("%s: no %q", l, types[li])
		}
	}
}

// Where the linked Charter publishes the list of Maintainers, that list
// prevails and the MAINTAINERS file reproduces it; without a linked
// Charter, the file is the list.
func TestPolicyMaintainersListFromCharter(t *testing.T) {
	k, _ := Lookup("contribution")
	linked := [2]string{"their list is the one published, as the Charter provides, in the governance space of the Project", "leur liste est celle qui est publiée, comme le prévoit la Charte, dans l'espace de gouvernance du Projet"}
	prevails := [2]string{"which the `MAINTAINERS` file of the repository reproduces, the published list prevailing if they differ", "et que reproduit le fichier `MAINTAINERS` du dépôt, la liste publiée prévalant en cas de divergence"}
	file := [2]string{"and listed in the `MAINTAINERS` file of the repository.", "dont la liste figure dans le fichier `MAINTAINERS` du dépôt."}
	for _, isLinked := range []bool{false, true} {
		for li, l := range textfmt.All {
			vals := k.Examples()
			if isLinked {
				vals = linkedPolicy(map[string]any{"legal.vehicle": "de-facto-association"})
				vals["legal.vehicle"], vals["legal.entity_name"] = "de-facto-association", ""
			}
			body := plainClause(t, k, vals, nil, l, "scope-definitions")
			if got := strings.Contains(body, linked[li]) && strings.Contains(body, prevails[li]); got != isLinked {
				t.Errorf("%s linked=%v: the Charter's list prevails=%v:\n%s", l, isLinked, got, body)
			}
			if got := strings.Contains(body, file[li]); got == isLinked {
				t.Errorf("%s linked=%v: the file alone is the list=%v", l, isLinked, got)
			}
		}
	}
}
