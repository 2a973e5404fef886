package templates

import (
	"strings"
	"testing"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fx4qRules lists the rule IDs the answers of a linked policy trigger,
// the charter's example answers changed by charterSet and the policy's by
// set.
func fx4qRules(t *testing.T, charterSet, set map[string]any) map[string]bool {
	t.Helper()
	k, _ := Lookup("contribution")
	vals := linkedPolicyExamples(k, charterSet)
	for key, v := range set {
		vals[key] = v
	}
	got := map[string]bool{}
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if p.Rule != nil {
			got[p.Rule.ID] = true
		}
	}
	return got
}

// fx4qCharter assembles clause id (with its sub-clauses) of a charter,
// the example answers changed by set, its spaces and apostrophes plain.
func fx4qCharter(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("charter")
	return fxNorm(plainSpaces(clauseWith(t, k, exampleValues(t, k), set, l, id)))
}

// RQ-0: an agreement that needs a licensee is refused, with its legal
// reason and the way forward, when the linked charter gives the commons
// no legal person; not under the DCO, nor with a declared association.
func TestFx4qAgreementNeedsALegalPerson(t *testing.T) {
	for _, vehicle := range []string{"none", "de-facto-association", "association", "fiscal-host"} {
		for _, inbound := range []string{"dco", "inbound-outbound", "cla", "fla", "assignment"} {
			got := fx4qRules(t, map[string]any{"legal.vehicle": vehicle}, map[string]any{"inbound": inbound})["agreement-without-legal-person"]
			want := (vehicle == "none" || vehicle == "de-facto-association") && (inbound == "cla" || inbound == "fla" || inbound == "assignment")
			if got != want {
				t.Errorf("%s, %s: refused=%v", vehicle, inbound, got)
			}
		}
	}
	k, _ := Lookup("contribution")
	for _, r := range k.Questionnaire.Rules {
		if r.ID != "agreement-without-legal-person" {
			continue
		}
		if !strings.Contains(r.Reason.In(textfmt.EN), "Either choose the Developer Certificate of Origin") || !strings.Contains(plainSpaces(r.Reason.In(textfmt.FR)), "déclarez d'abord l'association") {
			t.Errorf("reason gives no way forward: %v", r.Reason)
		}
		return
	}
	t.Error("no rule agreement-without-legal-person")
}

// RQ-4: without a legal person, the loss a Member suffers in carrying out
// a regular decision is never put on "the Members who voted" (nobody
// votes under lazy consensus): beyond the funds it is shared by all who
// were Members on the date of the decision, each up to the cap the
// founders chose, or, with no cap, repaid out of later funds only.
func TestFx4qLossSharingWithoutVoters(t *testing.T) {
	shared := [2]string{"by all the persons who were Members on the date of that decision, whatever the rule under which it was taken and whether or not they took part in it, in equal shares and each up to EUR 50", "par l'ensemble des personnes qui étaient Membres à la date de cette décision, quelle que soit la règle selon laquelle elle a été prise et qu'elles y aient pris part ou non, à parts égales et chacune dans la limite de 50 euros"}
	repaid := [2]string{"shall be repaid to the Member out of the funds later held for the Commons, before any other expense, and no other Member shall bear them", "sont remboursés au Membre sur les fonds ultérieurement détenus pour le Commun, avant toute autre dépense, sans qu'aucun autre Membre en supporte la charge"}
	voted := [2]string{"who voted for that decision", "qui ont voté cette décision"}
	for _, vehicle := range []string{"none", "de-facto-association"} {
		id := map[string]string{"none": "legal-none", "de-facto-association": "legal-de-facto"}[vehicle]
		for _, rule := range []string{"lazy-consensus", "majority", "consent"} {
			for _, cap := range []int{0, 50} {
				for li, l := range textfmt.All {
					body := fx4qCharter(t, map[string]any{"legal.vehicle": vehicle, "governing_law": "FR", "governance.default_rule": rule, "economy.member_share_cap": cap}, l, id)
					if strings.Contains(body, voted[li]) || strings.Contains(body, shared[li]) != (cap > 0) || strings.Contains(body, repaid[li]) != (cap == 0) {
						t.Errorf("%s, %s, cap %d, %s: %s", vehicle, rule, cap, l, body)
					}
				}
			}
		}
	}
}

// RQ-10: a dormant Commons can always be dissolved: the second call on
// dissolution needs half the quorum and a third, three months later,
// decides without quorum by the majority required to amend the Charter;
// under an association or a SCIC the statutes rule instead.
func TestFx4qDissolutionNeverBlockedByQuorum(t *testing.T) {
	third := [2]string{"a third meeting or consultation on the dissolution, which decides without any quorum, by the majority required to amend this Charter", "une troisième réunion ou consultation sur la dissolution, qui statue sans condition de quorum, à la majorité requise pour modifier la Charte"}
	for _, vehicle := range []string{"none", "de-facto-association", "fiscal-host", "association"} {
		for li, l := range textfmt.All {
			body := fx4qCharter(t, map[string]any{"legal.vehicle": vehicle}, l, "decisions-quorum")
			if strings.Contains(body, third[li]) != (vehicle != "association") {
				t.Errorf("%s, %s: %s", vehicle, l, body)
			}
		}
	}
}

// RQ-1, RQ-2: records that name their observer with place and date have
// their own article (purpose, basis, pseudonym, grid, impact assessment,
// objection) only when the founders say so and data are a resource; data
// whose publication is restricted take a non-public path only when the
// founders describe them, never hard-coded.
func TestFx4qObservationAndRestrictedData(t *testing.T) {
	grid := [2]string{"its place shall be published only on a grid of at least one kilometre", "son lieu n'est publié qu'à une maille d'au moins un kilomètre"}
	pseudonym := [2]string{"the observer shall be named only under the name or pseudonym they choose", "l'observateur n'est désigné que sous le nom ou le pseudonyme qu'il choisit"}
	private := [2]string{"Such data shall never be submitted through a public channel", "Ces données ne sont jamais soumises par une voie publique"}
	restricted := questionnaire.Translated{textfmt.EN: "The nesting sites of rare birds.", textfmt.FR: "Les sites de nidification d'oiseaux rares."}
	for _, resources := range [][]string{{"data", "content"}, {"software", "content"}} {
		for _, on := range []bool{false, true} {
			for li, l := range textfmt.All {
				set := map[string]any{"commons.resources": resources, "commons.observation_data": on, "licences.data": "ODbL-1.0"}
				if on {
					set["commons.restricted_data"] = restricted
				} else {
					set["commons.restricted_data"] = nil
				}
				all := fxrhAll(charterDoc(t, set, l))
				want := on && resources[0] == "data"
				annex := strings.Contains(all, [2]string{"Summary of the impact assessment of the observation records", "Synthèse de l'analyse d'impact relative aux données d'observation"}[li])
				if annex != want || strings.Contains(all, grid[li]) != want || strings.Contains(all, pseudonym[li]) != want || strings.Contains(all, private[li]) != want {
					t.Errorf("%v, %v, %s: observation or restricted clause printed=%v", resources, on, l, !want)
				}
			}
		}
	}
}

// RQ-18, RQ-21, RQ-23: with observation records, the policy lets
// contributors submit their own dated, located records (pseudonym, grid,
// day) instead of forbidding them, and gives their purpose and basis in
// the article on personal data; data the founders describe as restricted
// go to the private address, never to the forge; personal data published
// by mistake are reported privately whatever the resources.
func TestFx4qPolicyObservationRecords(t *testing.T) {
	own := [2]string{"Your own observations, surveys or measurements may name you, with their place and date", "Vos propres observations, relevés ou mesures peuvent mentionner votre nom, avec leur lieu et leur date"}
	purpose := [2]string{"the observation records you contribute, with the name, pseudonym or code under which you choose to appear", "les enregistrements d'observation que vous soumettez, avec le nom, le pseudonyme ou le code sous lequel vous choisissez d'y figurer"}
	private := [2]string{"Never submit through a merge request, an issue or a commit, which make them public as soon as they are submitted, the following data", "Ne soumettez jamais par une demande de fusion, un ticket ou un commit, qui les rendent publiques dès leur soumission, les données suivantes"}
	mistake := [2]string{"Report in the same way any personal data published by mistake in the Project", "Signalez de la même façon toute donnée personnelle publiée par erreur dans le Projet"}
	restricted := questionnaire.Translated{textfmt.EN: "The nesting sites of rare birds.", textfmt.FR: "Les sites de nidification d'oiseaux rares."}
	for _, linked := range []bool{false, true} {
		for _, on := range []bool{false, true} {
			for li, l := range textfmt.All {
				charterSet := map[string]any{"commons.resources": []string{"data", "content"}, "licences.data": "ODbL-1.0", "commons.observation_data": on, "commons.restricted_data": nil}
				set := map[string]any{"contributions.types": []string{"data", "documentation"}, "project.restricted_data": nil}
				if on {
					charterSet["commons.restricted_data"], set["project.restricted_data"] = restricted, restricted
				}
				if !linked {
					set["project.observation_data"] = on
				}
				data := strings.ReplaceAll(fxrdPolicy(t, linked, charterSet, set, l, "contributions-data"), "’", "'")
				pd := strings.ReplaceAll(fxrdPolicy(t, linked, charterSet, set, l, "personal-data-controller"), "’", "'")
				sec := strings.ReplaceAll(fxrdPolicy(t, linked, charterSet, set, l, "security-reporting"), "’", "'")
				if strings.Contains(data, own[li]) != on || strings.Contains(data, private[li]) != on || strings.Contains(pd, purpose[li]) != on || !strings.Contains(sec, mistake[li]) {
					t.Errorf("linked=%v observation=%v %s:\n%s\n%s\n%s", linked, on, l, data, pd, sec)
				}
			}
		}
	}
}

// RQ-19, RQ-20: the ban on generative AI says that recognition tools
// (species identification, instrument reading) are not covered where the
// Project takes data, the tool being named in the record, and lets a
// disabled contributor ask confidentially for an accommodation, whatever
// the resources.
func TestFx4qAIBanScope(t *testing.T) {
	recognition := [2]string{"Nor are recognition tools, such as an application that suggests the species", "Ne sont pas davantage visés les outils de reconnaissance, tels qu'une application qui suggère l'espèce"}
	accommodation := [2]string{"you may ask the Maintainers confidentially for a reasonable accommodation", "vous pouvez demander aux Mainteneurs, de façon confidentielle, un aménagement raisonnable"}
	for _, types := range [][]string{{"data", "documentation"}, {"code", "documentation"}} {
		for li, l := range textfmt.All {
			set := map[string]any{"ai_contributions": "ban", "contributions.types": types, "project.data": false}
			body := strings.ReplaceAll(fxrdPolicy(t, false, nil, set, l, "ai-ban"), "’", "'")
			if strings.Contains(body, recognition[li]) != (types[0] == "data") || !strings.Contains(body, accommodation[li]) {
				t.Errorf("%v %s: %s", types, l, body)
			}
		}
	}
}

// RQ-7, RQ-9: the donor's writing is not presented as removing the gift
// tax risk, and the person who accepts a gift reads as the Assembly or,
// within the delegation, the holder.
func TestFx4qDonorWritingAndWhoAccepts(t *testing.T) {
	risk := [2]string{"That writing names the donees but does not remove the risk: a gift made to all the Members remains a gift to each of them", "Cet écrit désigne les donataires mais ne supprime pas ce risque : un don fait à l'ensemble des Membres reste une libéralité faite à chacun d'eux"}
	who := [2]string{"Whoever accepts funding for the Commons, whether the Assembly or, within the delegation provided for in Article", "Celui qui accepte un financement pour le Commun, qu'il s'agisse de l'Assemblée ou, dans la limite de la délégation prévue à l'article"}
	for _, vehicle := range []string{"none", "de-facto-association"} {
		for li, l := range textfmt.All {
			set := map[string]any{"legal.vehicle": vehicle, "governing_law": "FR", "economy.funding": []string{"donations"}, "governance.steering": false, "governance.delegation_limit": 500}
			all := fxrhAll(charterDoc(t, set, l))
			if !strings.Contains(all, plainSpaces(textfmt.Typeset(l, risk[li]))) || !strings.Contains(all, plainSpaces(textfmt.Typeset(l, who[li]))) {
				t.Errorf("%s %s: donor writing or acceptor", vehicle, l)
			}
		}
	}
	if got := fx4qCharterRules(t, map[string]any{"legal.vehicle": "de-facto-association", "economy.funding": []string{"donations"}}); !got["donations-without-legal-personality"] {
		t.Error("no warning on donations without legal personality")
	}
}

// fx4qCharterRules lists the rule IDs the charter's example answers,
// changed by set, trigger.
func fx4qCharterRules(t *testing.T, set map[string]any) map[string]bool {
	t.Helper()
	k, _ := Lookup("charter")
	vals := k.Examples()
	for key, v := range set {
		vals[key] = v
	}
	got := map[string]bool{}
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if p.Rule != nil {
			got[p.Rule.ID] = true
		}
	}
	return got
}

// RQ-5, RQ-6: without a legal person, membership carries joint
// controllership and a share of costs: minors under sixteen take part
// without being Members, older minors join with written parental
// consent, and a public body joins only by a decision of its competent
// organ; nothing of this under a legal entity.
func TestFx4qMinorsAndPublicBodiesWithoutALegalPerson(t *testing.T) {
	minors := [2]string{"a person under sixteen takes part in the Commons as a Participant or Contributor without becoming a Member", "une personne de moins de seize ans prend part au Commun comme Participant ou Contributeur sans devenir Membre"}
	public := [2]string{"A public body becomes a Member only by a decision of its competent organ", "Une personne publique ne devient Membre que par une décision de son organe compétent"}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		for _, classes := range [][]string{{}, {"individuals", "non-profits"}, {"individuals", "public-bodies"}} {
			for li, l := range textfmt.All {
				body := fx4qCharter(t, map[string]any{"legal.vehicle": vehicle, "membership.classes": classes, "governing_law": "FR"}, l, "membership-classes")
				noPerson := vehicle != "association"
				pub := noPerson && (len(classes) == 0 || classes[1] == "public-bodies")
				if strings.Contains(body, minors[li]) != noPerson || strings.Contains(body, public[li]) != pub {
					t.Errorf("%s %v %s: %s", vehicle, classes, l, body)
				}
			}
		}
	}
}

// RQ-11, RQ-17: a register without classes records whether the Member is
// a natural or a legal person, not a "class" the charter never creates;
// without a legal person, insurance is an obligation in English.
func TestFx4qRegisterAndInsuranceWording(t *testing.T) {
	class := [2]string{"their name, their class", "son nom, sa catégorie"}
	quality := [2]string{"their name, whether they are a natural or a legal person", "son nom, sa qualité de personne physique ou morale"}
	for _, classes := range [][]string{{}, {"individuals", "non-profits"}} {
		for li, l := range textfmt.All {
			all := fxrhAll(charterDoc(t, map[string]any{"membership.classes": classes, "membership.admission": "declaration"}, l))
			if strings.Contains(all, class[li]) == (len(classes) == 0) || strings.Contains(all, quality[li]) != (len(classes) == 0) {
				t.Errorf("%v %s: register wording", classes, l)
			}
		}
	}
	for _, vehicle := range []string{"none", "de-facto-association"} {
		all := fxrhAll(charterDoc(t, map[string]any{"legal.vehicle": vehicle}, textfmt.EN))
		if !strings.Contains(all, "any activity that may cause harm shall be insured") || strings.Contains(all, "harm is insured") {
			t.Errorf("%s: insurance is not an obligation", vehicle)
		}
	}
}

// RQ-3: works attached to a record (photographs, sound recordings) fall
// under the licence of content where the Commons has content, the record
// under the licence of the data; without content, no such sentence.
func TestFx4qAttachedWorksUnderTheContentLicence(t *testing.T) {
	want := [2]string{"Photographs, sound recordings and other works attached to a record", "Les photographies, enregistrements sonores et autres œuvres joints à un enregistrement"}
	for _, resources := range [][]string{{"data", "content"}, {"data", "software"}} {
		for li, l := range textfmt.All {
			body := fx4qCharter(t, map[string]any{"commons.resources": resources}, l, "licences-data")
			if strings.Contains(body, want[li]) != (resources[1] == "content") {
				t.Errorf("%v %s: %s", resources, l, body)
			}
		}
	}
}

// RQ-24: under the DCO, the summary no longer presents the sign-off as the
// only route: a Contribution by issue or form accepts the terms displayed.
func TestFx4qSummaryFormsUnderTheDCO(t *testing.T) {
	want := [2]string{"or, for a Contribution submitted through an issue or a form, accept the terms displayed there", "ou, pour une Contribution soumise par un ticket ou un formulaire, acceptez les conditions qui y sont affichées"}
	for _, inbound := range []string{"dco", "inbound-outbound"} {
		for li, l := range textfmt.All {
			body := strings.ReplaceAll(fxrdPolicy(t, false, nil, map[string]any{"inbound": inbound}, l, "summary"), "’", "'")
			if strings.Contains(body, want[li]) != (inbound == "dco") {
				t.Errorf("%s %s: %s", inbound, l, body)
			}
		}
	}
}

// RQ-12: without a legal person, the first version has the founding
// Members adopt the terms of use of the spaces before they open.
func TestFx4qTermsOfUseBeforeTheSpacesOpen(t *testing.T) {
	want := [2]string{"The founding Members shall also adopt, by simple majority", "Les Membres fondateurs adoptent en outre, à la majorité simple"}
	for _, vehicle := range []string{"none", "de-facto-association", "association"} {
		for li, l := range textfmt.All {
			body := fx4qCharter(t, map[string]any{"legal.vehicle": vehicle, "version": "1.0"}, l, "transitional")
			if strings.Contains(body, want[li]) != (vehicle != "association") {
				t.Errorf("%s %s: %s", vehicle, l, body)
			}
		}
	}
}
