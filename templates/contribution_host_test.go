package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// TestAssignmentIsNoGift: a free assignment to a body whose resources are
// gifts (an endowment fund) could be read as a donation, void without a
// notarial deed (C. civ., art. 931); every assignment, under every law
// offered, states what it is made in consideration of.
func TestAssignmentIsNoGift(t *testing.T) {
	cause := map[textfmt.Lang]string{
		textfmt.EN: "It is nevertheless not made with donative intent and is not a gift: it is made so that the Contribution is integrated, maintained and distributed within the Project",
		textfmt.FR: "Elle ne procède pour autant d’aucune intention libérale et n’est pas une donation : elle est consentie pour que la Contribution soit intégrée, maintenue et diffusée au sein du Projet",
	}
	for _, law := range []string{"FR", "BE", "LU"} {
		for _, l := range textfmt.All {
			body := strings.ReplaceAll(assembleClause(t, map[string]any{"inbound": "assignment", "governing_law": law}, l, "inbound-assignment"), "\u00a0", " ")
			if !strings.Contains(body, cause[l]) {
				t.Errorf("%s, %s: the assignment does not state its consideration", law, l)
			}
		}
	}
}

// TestHostedResearchersSignLikeEmployees: under an agreement, the
// research organisation that holds the rights in a hosted person's work
// signs, as an employer does, since an authorisation transfers nothing;
// without one, its written authorisation is enough. A public organisation
// is sent to the public bodies' licence only where the policy has one.
func TestHostedResearchersSignLikeEmployees(t *testing.T) {
	sign := map[textfmt.Lang]string{textfmt.EN: "a mere authorisation is not enough", textfmt.FR: "une simple autorisation ne suffit pas"}
	authorise := map[textfmt.Lang]string{textfmt.EN: "written authorisation is then needed", textfmt.FR: "autorisation écrite est alors nécessaire"}
	public := map[textfmt.Lang]string{textfmt.EN: "if it is a public body", textfmt.FR: "si elle est une personne publique"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, law := range []string{"FR", "BE", "DE"} {
			for _, allowed := range [][]string{{"employees"}, {"employees", "public-agents"}} {
				agreement := inbound == "cla" || inbound == "fla" || inbound == "assignment"
				exclusive := inbound == "fla" || inbound == "assignment"
				for _, l := range textfmt.All {
					body := assembleClause(t, map[string]any{"inbound": inbound, "governing_law": law, "contributors.allowed": allowed}, l, "employer-hosted")
					what := inbound + ", " + law + ", " + strings.Join(allowed, "+") + ", " + string(l)
					if got := strings.Contains(body, sign[l]); got != agreement {
						t.Errorf("%s: the host organisation signs=%v", what, got)
					}
					if got := strings.Contains(body, authorise[l]); got == agreement {
						t.Errorf("%s: an authorisation suffices=%v", what, got)
					}
					if got := strings.Contains(body, public[l]); got != (exclusive && slices.Contains(allowed, "public-agents")) {
						t.Errorf("%s: public organisation sent to its licence=%v", what, got)
					}
				}
			}
		}
	}
}

// TestPolicyControllerReachedAtItsDataAddress: the legal person that
// controls contributors' data is reached at its own address for personal
// data when it gives one, as the linked charter does, in the controller
// and rights clauses alike; without a legal person, the maintainers'.
func TestPolicyControllerReachedAtItsDataAddress(t *testing.T) {
	k, _ := Lookup("contribution")
	maintainers := k.Examples()["project.contact"].(string)
	for _, c := range []struct {
		set  map[string]any
		want string
	}{
		{map[string]any{"legal.vehicle": "fiscal-host", "legal.entity_name": "Fonds de dotation Exemple", "privacy.contact": "donnees@fonds.example"}, "donnees@fonds.example"},
		{map[string]any{"legal.vehicle": "association", "legal.entity_name": "Association Exemple", "privacy.contact": nil}, maintainers},
		{map[string]any{"legal.vehicle": "none", "legal.entity_name": nil, "privacy.contact": "donnees@fonds.example"}, maintainers},
	} {
		for _, l := range textfmt.All {
			for _, id := range []string{"personal-data-controller", "personal-data-rights"} {
				vals := k.Examples()
				for key, v := range c.set {
					if v == nil {
						delete(vals, key)
					} else {
						vals[key] = v
					}
				}
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				cl, ok := doc.Clause(id)
				if !ok || !strings.Contains(cl.Body, c.want) {
					t.Errorf("%v, %s: %s does not give %s", c.set, l, id, c.want)
				}
				if c.want != maintainers && strings.Contains(cl.Body, maintainers) {
					t.Errorf("%v, %s: %s still gives the maintainers' address", c.set, l, id)
				}
			}
		}
	}
}

// TestPolicyJurisdictionAndIdentityWarnings: under French law, a city
// without a court for copyright chooses none, and a policy linked to a
// charter, which accepts pseudonyms, or holding signed agreements, is
// told not to require real names.
func TestPolicyJurisdictionAndIdentityWarnings(t *testing.T) {
	k, _ := Lookup("contribution")
	cases := []struct {
		rule    string
		charter string
		set     map[string]any
		want    bool
	}{
		{"jurisdiction-without-copyright-court", "", map[string]any{"governing_law": "FR", "jurisdiction": "Nantes"}, true},
		{"jurisdiction-without-copyright-court", "", map[string]any{"governing_law": "FR", "jurisdiction": "Grenoble"}, true},
		{"jurisdiction-without-copyright-court", "", map[string]any{"governing_law": "FR", "jurisdiction": "Rennes"}, false},
		{"jurisdiction-without-copyright-court", "", map[string]any{"governing_law": "FR", "jurisdiction": " fort-de-france "}, false},
		{"jurisdiction-without-copyright-court", "", map[string]any{"governing_law": "BE", "jurisdiction": "Liège"}, false},
		{"real-name-against-charter", "charter.yaml", map[string]any{"contributors.identity": "real-name", "inbound": "dco"}, true},
		{"real-name-against-charter", "charter.yaml", map[string]any{"contributors.identity": "pseudonym"}, false},
		{"real-name-against-charter", "", map[string]any{"contributors.identity": "real-name", "inbound": "dco"}, false},
		{"real-name-with-agreement", "", map[string]any{"contributors.identity": "real-name", "inbound": "assignment"}, true},
		{"real-name-with-agreement", "", map[string]any{"contributors.identity": "real-name", "inbound": "dco"}, false},
		{"real-name-with-agreement", "charter.yaml", map[string]any{"contributors.identity": "real-name", "inbound": "cla"}, false},
	}
	for _, c := range cases {
		vals := k.Examples()
		vals.SetCharter(c.charter)
		for key, v := range c.set {
			vals[key] = v
		}
		if got := slices.Contains(brokenRules(k, vals), c.rule); got != c.want {
			t.Errorf("%s with charter %q and %v: warned=%v, want %v", c.rule, c.charter, c.set, got, c.want)
		}
	}
}

// TestEndowmentFundTransfersOnlyForTheGeneralInterest: a fonds de
// dotation gives and transfers only to bodies of general interest (loi
// n° 2008-776, art. 140, I), so the rights it holds as steward may pass
// only to them; another host keeps the wider rule.
func TestEndowmentFundTransfersOnlyForTheGeneralInterest(t *testing.T) {
	words := map[textfmt.Lang]string{textfmt.EN: "non-profit legal person whose purpose is of general interest", textfmt.FR: "à but non lucratif dont l’objet est d’intérêt général"}
	for _, inbound := range []string{"fla", "assignment"} {
		for _, form := range []string{"endowment-fund", "foundation"} {
			for _, law := range []string{"FR", "BE"} {
				set := map[string]any{"inbound": inbound, "legal.vehicle": "fiscal-host", "legal.host_form": form, "governing_law": law,
					"legal.entity_name": "Fonds de dotation Exemple", "steward.name": "Fonds de dotation Exemple"}
				for _, l := range textfmt.All {
					body := strings.ReplaceAll(assembleClause(t, set, l, "inbound-"+inbound), "\u00a0", " ")
					if got := strings.Contains(body, words[l]); got != (form == "endowment-fund" && law == "FR") {
						t.Errorf("%s, %s, %s, %s: transfer limited to the general interest=%v", inbound, form, law, l, got)
					}
				}
			}
		}
	}
}

// TestCorporateFoundationStewardEndsWithItsTerm: a French corporate
// foundation lasts a fixed term (loi n° 87-571, art. 19-2) and its
// liquidator gives what it still holds to public or public-utility
// institutions (art. 19-12); the rights it holds as steward follow that
// rule, under the exclusive routes, whatever other kind of foundation.
// During its life, it transfers them only by a decision of its board
// taken in accordance with its statutes, as a disposal of its property.
func TestCorporateFoundationStewardEndsWithItsTerm(t *testing.T) {
	words := map[textfmt.Lang][]string{
		textfmt.EN: {"to which its liquidator gives its resources under Article 19-12 of French Law No. 87-571", "the end of the corporate foundation’s term (Article 19-2 of the same Law) counts as dissolution",
			"that takes them over, by a decision of its board of directors taken in accordance with its statutes"},
		textfmt.FR: {"auquel son liquidateur attribue ses ressources en application de l’article 19-12 de la loi n° 87-571", "l’arrivée du terme de la fondation d’entreprise (article 19-2 de la même loi) vaut dissolution",
			"qui les reprend, par une décision de son conseil d’administration conforme à ses statuts"},
	}
	for _, inbound := range []string{"fla", "assignment"} {
		for _, kind := range []string{"corporate", "public-utility", "other"} {
			for _, law := range []string{"FR", "BE"} {
				set := map[string]any{"inbound": inbound, "legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": kind, "governing_law": law,
					"legal.entity_name": "Fondation d'entreprise Exemple", "steward.name": "Fondation d'entreprise Exemple"}
				for _, l := range textfmt.All {
					body := strings.ReplaceAll(assembleClause(t, set, l, "inbound-"+inbound), "\u00a0", " ")
					for _, w := range words[l] {
						if got := strings.Contains(body, w); got != (kind == "corporate" && law == "FR") {
							t.Errorf("%s, %s, %s, %s: %q printed=%v", inbound, kind, law, l, w, got)
						}
					}
				}
			}
		}
	}
}

// TestRevertedContributionReturnsItsRights: a Contribution reverted under
// the ban on generative AI was already assigned, or licensed exclusively,
// when submitted; the steward gives the rights back rather than keep
// rights in material it does not use.
func TestRevertedContributionReturnsItsRights(t *testing.T) {
	back := map[string]map[textfmt.Lang]string{
		"assignment": {textfmt.EN: "the assignment of that Contribution is undone", textfmt.FR: "la cession de cette Contribution est anéantie"},
		"fla":        {textfmt.EN: "the exclusive licence that you granted on a reverted Contribution then ends", textfmt.FR: "la licence exclusive que vous avez concédée sur une Contribution annulée prend alors fin"},
	}
	for _, inbound := range []string{"assignment", "fla", "cla", "dco"} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"inbound": inbound, "ai_contributions": "ban"}, l, "ai-ban")
			for kind, words := range back {
				if got := strings.Contains(body, words[l]); got != (kind == inbound) {
					t.Errorf("%s, %s: %s rights given back=%v", inbound, l, kind, got)
				}
			}
		}
	}
}

// TestAIBanSparesAssistiveTools: on every route, the ban does not reach
// the dictation, speech-recognition or speech-synthesis tools through
// which a contributor, often a disabled one, writes or reads their own
// words; machine translation stays within it.
func TestAIBanSparesAssistiveTools(t *testing.T) {
	spared := map[textfmt.Lang]string{textfmt.EN: "Nor are assistive tools, such as dictation, speech recognition or speech synthesis, that transcribe or read out your own words", textfmt.FR: "Ne le sont pas davantage les aides techniques, telles que la dictée vocale, la reconnaissance de la parole ou la synthèse vocale, qui transcrivent ou restituent vos propres mots"}
	translation := map[textfmt.Lang]string{textfmt.EN: "Machine translation", textfmt.FR: "Les outils de traduction automatique"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		// A commons with disabled participants, which the validator warns
		// about a ban, prints the same carve-out, linked or not.
		for _, sensitive := range []bool{false, true} {
			for _, linked := range []bool{false, true} {
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "ai_contributions": "ban", "contributors.sensitive_participants": sensitive}
					raw := assembleClause(t, set, l, "ai-ban")
					if linked {
						raw = assembleLinked(t, set, l, "ai-ban")
					}
					body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(raw)
					if !strings.Contains(body, spared[l]) || !strings.Contains(body, translation[l]) {
						t.Errorf("%s, sensitive %v, linked %v, %s: assistive tools not spared, or machine translation no longer banned: %q", inbound, sensitive, linked, l, body)
					}
				}
			}
		}
	}
}

// TestAIPartsLicensedAsFarAsRightsExist: where AI tools are allowed, the
// agreement says that the parts they produced may carry no copyright, for
// want of a human author (CPI L. 111-1 under French law), and that the
// licence or assignment reaches them only as far as rights exist; under a
// ban there are no such parts to speak of.
func TestAIPartsLicensedAsFarAsRightsExist(t *testing.T) {
	noAuthor := map[textfmt.Lang]string{textfmt.EN: "These parts may be protected by no copyright, for want of a human author", textfmt.FR: "Ces parties peuvent n’être protégées par aucun droit d’auteur, faute d’un auteur humain"}
	extent := map[textfmt.Lang]string{textfmt.EN: "only to the extent that such rights exist", textfmt.FR: "que dans la mesure où de tels droits existent"}
	for _, inbound := range []string{"cla", "fla", "assignment"} {
		for _, ai := range []string{"allow", "disclose", "ban"} {
			for _, law := range []string{"FR", "BE"} {
				for _, l := range textfmt.All {
					body := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(assembleClause(t, map[string]any{"inbound": inbound, "ai_contributions": ai, "governing_law": law}, l, "inbound-"+inbound))
					allowed := ai != "ban"
					if strings.Contains(body, noAuthor[l]) != allowed || strings.Contains(body, extent[l]) != allowed {
						t.Errorf("%s, %s, %s, %s: AI parts licensed as far as rights exist stated=%v", inbound, ai, law, l, !allowed)
					}
					if allowed && strings.Contains(body, "L. 111-1") != (law == "FR") {
						t.Errorf("%s, %s, %s, %s: French law cited out of place", inbound, ai, law, l)
					}
				}
			}
		}
	}
}

// TestAIBanStatesTheDCOAsItIs: the DCO certifies work created in whole
// or in part by the contributor, so the ban does not say that it requires
// the content to be their own creation; it rests on point 2, which the
// contributor cannot check for generated content. The agreements, whose
// warranty is "your own creation", keep that ground.
func TestAIBanStatesTheDCOAsItIs(t *testing.T) {
	point2 := map[textfmt.Lang]string{textfmt.EN: "under point 2 of", textfmt.FR: "au titre du point 2 de l’"}
	own := map[textfmt.Lang]string{textfmt.EN: "your own creation", textfmt.FR: "votre propre création"}
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, l := range textfmt.All {
			body := strings.ReplaceAll(assembleClause(t, map[string]any{"inbound": inbound, "ai_contributions": "ban"}, l, "ai-ban"), "\u00a0", " ")
			dco := inbound == "dco"
			if strings.Contains(body, point2[l]) != dco || strings.Contains(body, own[l]) == dco {
				t.Errorf("%s, %s: ground of the ban misstates the route: %q", inbound, l, body)
			}
		}
	}
}

// TestMinorsLicenceSignedByEachParent: a minor's licence for the whole
// term of the rights may be an act of disposal, which both legal
// representatives perform together; the steward accepts it only with
// the signature of each of them.
func TestMinorsLicenceSignedByEachParent(t *testing.T) {
	each := map[textfmt.Lang]string{textfmt.EN: "each of their legal representatives", textfmt.FR: "chacun de ses représentants légaux"}
	for _, inbound := range []string{"fla", "assignment"} {
		for _, l := range textfmt.All {
			body := strings.ReplaceAll(assembleClause(t, map[string]any{"inbound": inbound, "contributors.allowed": []string{"individuals"}}, l, "steward-minors"), "\u00a0", " ")
			if !strings.Contains(body, each[l]) {
				t.Errorf("%s, %s: the minor's licence does not need each representative's signature", inbound, l)
			}
		}
	}
}

// A company or cooperative whose statutes make its capital variable is
// defined with « à capital variable » (C. com. L. 231-2), whether the
// policy stands alone or takes the answer from its charter; an
// association never is.
func TestPolicyStatesVariableCapital(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	words := [2]string{"with variable capital (à capital variable)", "à capital variable"}
	for _, c := range []struct {
		vehicle string
		linked  bool
	}{{"company", false}, {"scic", false}, {"scic", true}, {"association", false}} {
		for _, variable := range []bool{false, true} {
			set := map[string]any{"legal.vehicle": c.vehicle, "legal.entity_name": "Sentiers en commun", "legal.variable_capital": variable}
			vals := k.Examples()
			if c.linked {
				vals = linkedExamples(k)
				cv := ch.Examples()
				cv["legal.vehicle"], cv["legal.company_form"], cv["legal.variable_capital"] = "scic", "sas", variable
				vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
				set = map[string]any(k.Questionnaire.FromCharter(ch.Questionnaire.Resolve(cv)))
			}
			want := variable && c.vehicle != "association"
			for li, l := range textfmt.All {
				body := clauseWith(t, k, vals, set, l, "scope-definitions")
				if got := strings.Contains(body, textfmt.Typeset(l, words[li])); got != want {
					t.Errorf("%s %s linked=%v, variable capital %v: definition states it=%v:\n%s", l, c.vehicle, c.linked, variable, got, body)
				}
			}
		}
	}
}

// Where the linked charter forbids Members to patent their contributions
// to its hardware designs, every contributor gives that undertaking for
// their own Contribution, under every inbound model and vehicle; a
// policy without such a charter asks for none.
func TestHardwareContributorsUndertakeNotToPatent(t *testing.T) {
	k, _ := Lookup("contribution")
	words := [2]string{"not to file, or have filed, any patent application covering that Contribution", "à ne déposer ni faire déposer aucune demande de brevet portant sur cette Contribution"}
	for _, inbound := range []string{"dco", "inbound-outbound", "cla", "fla", "assignment"} {
		for _, vehicle := range []string{"scic", "association", "company"} {
			for _, linked := range []bool{false, true} {
				for _, hardware := range []bool{false, true} {
					vals := k.Examples()
					if linked {
						vals = linkedExamples(k)
					}
					vals["inbound"], vals["legal.vehicle"], vals["project.hardware"] = inbound, vehicle, hardware
					for li, l := range textfmt.All {
						doc, err := k.Assemble(vals, l, Final)
						if err != nil {
							t.Fatal(err)
						}
						c, ok := doc.Clause("inbound-hardware-patents")
						if ok != (linked && hardware) || ok && !strings.Contains(c.Body, textfmt.Typeset(l, words[li])) {
							t.Errorf("%s %s %s linked=%v hardware=%v: clause present=%v:\n%s", l, inbound, vehicle, linked, hardware, ok, c.Body)
						}
					}
				}
			}
		}
	}
}

// A legal person that makes money from the software of a linked policy
// markets products only after the prior decision the charter requires
// for each category of paid services (and, for hardware, for products),
// whose articles the policy cites; a hardware product falls first under
// the Union harmonisation legislation applicable to it, the GPSR only
// for the risks that legislation leaves (GPSR, art. 2(1)). A charter
// without paid services is warned of.
func TestManufacturerDecisionAndProductRegime(t *testing.T) {
	k, _ := Lookup("contribution")
	ch, _ := Lookup("charter")
	regime := [2]string{"subject to the Union harmonisation legislation applicable to it", "relève en outre de la législation d’harmonisation de l’Union qui lui est applicable"}
	gpsr := [2]string{"for the risks that this legislation does not cover, to the General Product Safety Regulation (EU) 2023/988", "pour les risques que cette législation ne couvre pas, du règlement (UE) 2023/988"}
	// A medical device, custom-made included, is outside the CRA (Art.
	// 2(2)(a)): the manufacturer's article says it does not reach it.
	mdr := [2]string{"This article does not apply to a product that falls under Regulation (EU) 2017/745 on medical devices", "Le présent article ne s’applique pas à un produit qui relève du règlement (UE) 2017/745 relatif aux dispositifs médicaux"}
	for _, linked := range []bool{false, true} {
		for _, hardware := range []bool{false, true} {
			for _, services := range []bool{false, true} {
				if !linked && !services {
					continue
				}
				set := map[string]any{"legal.vehicle": "scic", "legal.entity_name": "Sentiers SCIC SAS", "security.cra_manufacturer": true, "project.hardware": hardware, "contributors.sensitive_participants": true}
				vals := k.Examples()
				var cv questionnaire.Values
				if linked {
					vals = linkedExamples(k)
					cv = ch.Examples()
					cv["legal.vehicle"], cv["legal.entity_name"] = "scic", "Sentiers SCIC SAS"
					cv["commons.resources"] = []string{"software"}
					if hardware {
						cv["commons.resources"] = []string{"software", "hardware"}
					}
					cv["economy.funding"] = []string{"donations"}
					if services {
						cv["economy.funding"] = []string{"services"}
					}
					vals.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
				}
				for key, v := range set {
					vals[key] = v
				}
				if got := slices.Contains(brokenRules(k, vals), "manufacturer-without-charter-services"); got != (linked && !services) {
					t.Errorf("linked=%v services=%v: warned=%v", linked, services, got)
				}
				for li, l := range textfmt.All {
					body := clauseWith(t, k, vals, map[string]any{}, l, "security-cra-manufacturer")
					if got := strings.Contains(body, textfmt.Typeset(l, regime[li])) && strings.Contains(body, textfmt.Typeset(l, gpsr[li])); got != hardware {
						t.Errorf("%s linked=%v hardware=%v: product regime stated=%v:\n%s", l, linked, hardware, got, body)
					}
					if got := strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(body), mdr[li]); got != hardware {
						t.Errorf("%s linked=%v hardware=%v: medical devices excluded=%v:\n%s", l, linked, hardware, got, body)
					}
					if !linked {
						continue
					}
					doc, err := ch.Assemble(cv, l, Preview)
					if err != nil {
						t.Fatal(err)
					}
					for _, id := range []string{"economy-funding", "licences-hardware"} {
						c, ok := doc.Clause(id)
						cited := ok && strings.Contains(body, c.Label(l)+[2]string{" of the Charter", " de la Charte"}[li])
						if want := id == "economy-funding" || hardware; cited != want {
							t.Errorf("%s hardware=%v: %s cited=%v:\n%s", l, hardware, id, cited, body)
						}
					}
				}
			}
		}
	}
}

// The persons an organisation's agreement names, its signatories and
// the contributors it authorises, are not parties to it: their data rest
// on the steward's legitimate interest (GDPR art. 6(1)(f)), or on a
// public body's task, never on the performance of a contract of theirs.
func TestOrganisationAgreementPersonsOnLegitimateInterest(t *testing.T) {
	words := [2]string{"names without their being parties to it", "désigne sans qu’elles y soient parties"}
	for _, inbound := range []string{"cla", "fla", "assignment", "dco"} {
		for _, allowed := range [][]string{{"individuals"}, {"individuals", "employees"}, {"individuals", "contractors"}} {
			set := map[string]any{"inbound": inbound, "contributors.allowed": allowed, "legal.vehicle": "association"}
			for li, l := range textfmt.All {
				body := assembleClause(t, set, l, "personal-data-controller")
				want := inbound != "dco" && len(allowed) > 1
				if got := strings.Contains(body, textfmt.Typeset(l, words[li])); got != want {
					t.Errorf("%s %s %v: persons named by an organisation's agreement=%v:\n%s", l, inbound, allowed, got, body)
				}
			}
		}
	}
}

// A project that includes hardware designs welcomes them as a kind of
// contribution, under their licence; the policy lists them only then,
// refuses them in a project without hardware and warns when a project
// with hardware leaves them out of the kinds it welcomes.
func TestHardwareDesignsAreAContributionType(t *testing.T) {
	k, _ := Lookup("contribution")
	item := [2]string{"**Hardware designs:** plans, design source files (CAD)", "**Conceptions de matériel :** plans, fichiers sources de conception (CAO)"}
	general := [2]string{"design, hardware designs, data", "conception graphique, conceptions de matériel, données"}
	for _, hardware := range []bool{false, true} {
		for _, types := range [][]string{nil, {"code", "documentation"}, {"code", "hardware"}} {
			set := map[string]any{"project.hardware": hardware, "contributions.types": types}
			vals := k.Examples()
			for key, v := range set {
				vals[key] = v
			}
			ticked := slices.Contains(types, "hardware")
			rules := brokenRules(k, vals)
			if got := slices.Contains(rules, "hardware-contributions-without-hardware"); got != (ticked && !hardware) {
				t.Errorf("hardware=%v %v: refused=%v", hardware, types, got)
			}
			if got := slices.Contains(rules, "hardware-designs-not-welcomed"); got != (hardware && types != nil && !ticked) {
				t.Errorf("hardware=%v %v: warned=%v", hardware, types, got)
			}
			if ticked && !hardware {
				continue
			}
			for li, l := range textfmt.All {
				body := assembleClause(t, set, l, "contributions-types")
				if got := strings.Contains(body, textfmt.Typeset(l, item[li])); got != (hardware && ticked) {
					t.Errorf("%s hardware=%v %v: hardware designs listed=%v:\n%s", l, hardware, types, got, body)
				}
				if got := strings.Contains(body, textfmt.Typeset(l, general[li])); got != (hardware && types == nil) {
					t.Errorf("%s hardware=%v %v: hardware designs in the general welcome=%v:\n%s", l, hardware, types, got, body)
				}
			}
		}
	}
}

// A founding company that signs for its employees' Contributions to its
// own corporate foundation gains by it no right in the others' work nor
// any priority: the policy says so under every agreement, and only for
// a French corporate foundation steward.
func TestFoundersEmployeesGiveTheirFounderNoPriority(t *testing.T) {
	words := [2]string{"that a founding company of the Legal Entity signs for the Contributions of its employees gives it no right", "qu’une entreprise fondatrice de la Structure porteuse signe pour les Contributions de ses salariés ne lui confère aucun droit"}
	for _, inbound := range []string{"cla", "fla", "assignment", "dco"} {
		for _, kind := range []string{"corporate", "public-utility"} {
			set := map[string]any{"inbound": inbound, "legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": kind, "governing_law": "FR",
				"legal.entity_name": "Fondation d'entreprise Exemple", "steward.name": "Fondation d'entreprise Exemple", "contributors.allowed": []string{"individuals", "employees"}}
			for li, l := range textfmt.All {
				body := assembleClause(t, set, l, "employer-employees")
				if got := strings.Contains(body, textfmt.Typeset(l, words[li])); got != (kind == "corporate" && inbound != "dco") {
					t.Errorf("%s %s %s: no priority for the founder=%v:\n%s", l, inbound, kind, got, body)
				}
			}
		}
	}
}

// An issue or comment submitted without a signed agreement stays under
// the Licence of the Project alone: the policy says that a change of
// licence does not reach it and that its text is merged only after the
// author is invited to sign, under every agreement; the DCO, with no
// agreement, has nothing to say.
func TestUnsignedIssuesStayUnderTheirLicence(t *testing.T) {
	words := [2]string{"is not reached by a change of the Licences of the Project", "n’est pas atteint par un changement des Licences du Projet"}
	for _, inbound := range []string{"cla", "fla", "assignment", "dco", "inbound-outbound"} {
		for li, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"inbound": inbound}, l, "inbound-other-channels")
			if got := strings.Contains(body, textfmt.Typeset(l, words[li])); got != (inbound == "cla" || inbound == "fla" || inbound == "assignment") {
				t.Errorf("%s %s: unsigned issues kept under their licence=%v:\n%s", l, inbound, got, body)
			}
		}
	}
}

// A contribution to a cooperative's project gives no right to its shares
// or surpluses: one becomes an associate only by subscribing shares.
func TestCooperativeContributionGivesNoShares(t *testing.T) {
	words := [2]string{"A Contribution gives no right to shares in the Legal Entity", "Une Contribution ne confère aucun droit à des parts sociales de la Structure porteuse"}
	for _, vehicle := range []string{"scic", "company", "association"} {
		for li, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"legal.vehicle": vehicle}, l, "recognition-all")
			if got := strings.Contains(body, textfmt.Typeset(l, words[li])); got != (vehicle == "scic") {
				t.Errorf("%s %s: no right to shares stated=%v:\n%s", l, vehicle, got, body)
			}
		}
	}
}

// A corporate foundation that is a CRA steward supplies no paid service
// around the software to its founders or on their behalf, which would make
// it the founders' manufacturer; the founders' own business leaves its
// status intact. Other hosts and laws say nothing of founders.
func TestCorporateFoundationStewardServesNoFounder(t *testing.T) {
	words := map[textfmt.Lang]string{
		textfmt.EN: "it shall supply no paid service around that software to its founding companies or on their behalf",
		textfmt.FR: "elle ne fournit autour de ces logiciels aucun service payant à ses entreprises fondatrices ni pour leur compte",
	}
	for _, kind := range []string{"corporate", "public-utility", "other"} {
		for _, law := range []string{"FR", "BE"} {
			for _, inbound := range []string{"dco", "assignment"} {
				set := map[string]any{"inbound": inbound, "legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": kind, "governing_law": law,
					"legal.entity_name": "Fondation d'entreprise Exemple", "steward.name": "Fondation d'entreprise Exemple", "security.cra_steward": true, "security.cra_manufacturer": false}
				for _, l := range textfmt.All {
					body := strings.ReplaceAll(assembleClause(t, set, l, "security-cra"), "\u00a0", " ")
					if got := strings.Contains(body, strings.ReplaceAll(textfmt.Typeset(l, words[l]), "\u00a0", " ")); got != (kind == "corporate" && law == "FR") {
						t.Errorf("%s, %s, %s, %s: no service to the founders=%v", kind, law, inbound, l, got)
					}
				}
			}
		}
	}
}
