package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// RG-3/RG-29: outside dissolution, the policy allows the transfer of the
// rights only to the bodies that charter 15.2 allows (a non-profit legal
// person or a public body), for every vehicle, and never cites the
// devolution rule of the 1947 law for a transfer by a living cooperative.
func TestQGTransferMatchesCharter(t *testing.T) {
	for _, vehicle := range []string{"association", "scic"} {
		for _, inbound := range []string{"fla", "assignment"} {
			for _, l := range textfmt.All {
				set := map[string]any{"inbound": inbound, "legal.vehicle": vehicle}
				k, _ := Lookup("contribution")
				set["steward.name"] = k.Examples()["legal.entity_name"]
				body := assembleClause(t, set, l, "inbound-"+inbound)
				want := map[textfmt.Lang][]string{
					textfmt.EN: {"non-profit legal person", "or to a public body"},
					textfmt.FR: {"personne morale à but non lucratif", "ou à une personne publique"},
				}[l]
				for _, w := range want {
					if !strings.Contains(body, w) {
						t.Errorf("%s, %s, %s: missing %q: %q", vehicle, inbound, l, w, body)
					}
				}
				for _, bad := range []string{"cooperative company", "société coopérative", "autre coopérative", "Article 19 of the French Law of 10 September 1947", "article 19 de la loi du 10 septembre 1947"} {
					if strings.Contains(body, bad) {
						t.Errorf("%s, %s, %s: transfer wider than charter 15.2 (%q): %q", vehicle, inbound, l, bad, body)
					}
				}
			}
		}
	}
}

// RG-16/RG-32: as charter 11.3 requires, a Maintainer credits the
// contributor in CONTRIBUTORS.md when the Contribution is accepted, unless
// they object, and not only at their request, whatever the methods chosen.
func TestQGCreditingNotOnlyOnRequest(t *testing.T) {
	for _, methods := range [][]string{nil, {"release-notes"}, {"contributors-file"}, {"all-contributors"}} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"recognition.methods": methods}, l, "recognition-methods")
			for _, bad := range []string{"at your request.", "à votre demande.", "or ask a Maintainer to do it", "ou demandez-le à un Mainteneur"} {
				if strings.Contains(body, bad) {
					t.Errorf("%v, %s: crediting only on request (%q): %q", methods, l, bad, body)
				}
			}
			want := map[textfmt.Lang]string{textfmt.EN: "unless you object", textfmt.FR: "sauf si vous vous y opposez"}[l]
			listed := len(methods) == 0 || methods[0] != "all-contributors"
			if strings.Contains(body, want) != listed {
				t.Errorf("%v, %s: crediting on acceptance unless objection: got %v, want %v: %q", methods, l, !listed, listed, body)
			}
		}
	}
}

// RG-22: an address for personal data named after a data protection
// officer draws a warning where no officer need be designated (GDPR,
// Article 37), in the charter and in an unlinked policy, but not for a
// public body, which must designate one, nor for another address.
func TestQGPrivacyContactNamedDPO(t *testing.T) {
	for _, kind := range []string{"charter", "contribution"} {
		k, _ := Lookup(kind)
		for _, c := range []struct {
			vehicle, contact string
			warn             bool
		}{
			{"association", "dpo@exemple.example", true},
			{"scic", "DPO.rgpd@exemple.example", true},
			{"association", "donnees-personnelles@exemple.example", false},
			{"public-body", "dpo@ville-exemple.example", false},
		} {
			vals := exampleValues(t, k)
			vals["legal.vehicle"] = c.vehicle
			vals["privacy.contact"] = c.contact
			if got := slices.Contains(brokenRules(k, vals), "privacy-contact-named-dpo"); got != c.warn {
				t.Errorf("%s, %s, %s: warning %v, want %v", kind, c.vehicle, c.contact, got, c.warn)
			}
		}
	}
}

// RG-1/RG-30 and RG-2: a linked charter with no personal data in the
// resources excludes third parties' data in 4.4 without denying the
// consent-based publication of the contributor's own data (6.2), and 12.5
// then keeps no retention rule for sole traders' data that 4.4 forbids.
func TestQGNoThirdPartyDataAgainstTheCharter(t *testing.T) {
	k, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	third := [2]string{"The Charter provides for no personal data about third parties in the resources of the commons", "La Charte ne prévoit dans les ressources du commun aucune donnée personnelle concernant des tiers"}
	own := [2]string{"the only personal data that may appear there are data about yourself or your business that you update yourself through a form of the Project and consent to the publication of", "seules peuvent y figurer les données qui vous concernent, vous ou votre entreprise, que vous mettez à jour vous-même par un formulaire du Projet et dont vous consentez à la publication"}
	old := [2]string{"The Charter provides for no personal data in the resources", "La Charte ne prévoit aucune donnée personnelle dans les ressources"}
	retention := [2]string{"The business data of natural persons provided for in", "Les données d’activité de personnes physiques que prévoit"}
	for _, pd := range []bool{false, true} {
		chVals := charter.Examples()
		chVals["commons.resources"] = []string{"software", "data", "content"}
		chVals["commons.personal_data"] = pd
		vals := linkedExamples(k)
		vals.SetCharterAnswers(charter.Questionnaire.Resolve(chVals))
		set := map[string]any{"contributions.types": []string{"code", "data"}}
		expect(t, "charter personal data", set, vals, !pd, third, own)
		expect(t, "charter personal data", set, vals, false, old)
		expect(t, "charter personal data", set, vals, pd, retention)
	}
	set := map[string]any{"contributions.types": []string{"code", "data"}}
	expect(t, "no charter", set, policyExamples(), false, third)
	expect(t, "no charter", set, policyExamples(), true, retention)
}

// RG-22: the controller's address is presented as the contact for
// personal data, not as that of a data protection officer, who is named
// only for a public body.
func TestQGControllerContactForPersonalData(t *testing.T) {
	for _, vehicle := range []string{"association", "scic", "company"} {
		for _, l := range textfmt.All {
			ctrl := assembleClause(t, map[string]any{"legal.vehicle": vehicle}, l, "personal-data-controller")
			want := map[textfmt.Lang]string{textfmt.EN: "which can be reached, for any question about personal data, at", textfmt.FR: "qui peut être jointe, pour toute question relative aux données personnelles, à l’adresse"}[l]
			if !strings.Contains(ctrl, want) {
				t.Errorf("%s, %s: missing %q: %q", vehicle, l, want, ctrl)
			}
			for _, bad := range []string{"data protection officer", "délégué à la protection des données"} {
				if strings.Contains(ctrl, bad) {
					t.Errorf("%s, %s: a DPO is named: %q", vehicle, l, ctrl)
				}
			}
		}
	}
}
