package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxm4Commune is the administrative commune of review M3, with personal
// data processed as controller and the given changes.
func fxm4Commune(t *testing.T, k *Kind, set map[string]any) questionnaire.Values {
	t.Helper()
	base := map[string]any{
		"personal_data.processed":  true,
		"personal_data.role":       "controller",
		"personal_data.returns":    false,
		"personal_data.categories": questionnaire.Translated{textfmt.EN: "location coordinates of End Users", textfmt.FR: "coordonnées de localisation des Utilisateurs finaux"},
		"personal_data.purposes":   nil,
		"personal_data.returned":   nil,
	}
	for key, x := range set {
		base[key] = x
	}
	return fxadm2Commune(t, k, base)
}

// M3-1, M3-2: the territorial mediator is open to every User (12.2), and
// the caution follows L. 213-6 CJA and L. 1112-24, last paragraph, CGCT:
// the recours gracieux comes before the mediator. Every mediator variant
// gives the same advice.
func TestFxm4MediationTimeLimit(t *testing.T) {
	k, _ := Lookup("api-tos")
	anyUser := apiTOSPhrase{
		textfmt.EN: "Any User may also, after sending the Provider a written complaint at",
		textfmt.FR: "Tout Utilisateur peut en outre, après avoir adressé une réclamation écrite au Fournisseur à l'adresse",
	}
	territorialCaution := apiTOSPhrase{
		textfmt.EN: "that is from the day on which the Provider and the User agree to mediate; once mediation has interrupted that time limit, an application for review does not interrupt it again (article L. 1112-24, last paragraph, of the latter Code). A User that intends to preserve that time limit should therefore bring the application for review provided above before referring the dispute to the mediator.",
		textfmt.FR: "soit à compter du jour où le Fournisseur et l'Utilisateur conviennent de recourir à la médiation ; une fois ce délai interrompu par la médiation, un recours gracieux ne l'interrompt pas de nouveau (article L. 1112-24, dernier alinéa, du même code). L'Utilisateur qui entend préserver ce délai forme donc le recours gracieux prévu ci-dessus avant de saisir le médiateur.",
	}
	openToAll := apiTOSPhrase{
		textfmt.EN: "That mediation is open to every User as provided in",
		textfmt.FR: "Cette médiation est ouverte à tout Utilisateur dans les conditions de l'",
	}
	likeAnyUser := apiTOSPhrase{textfmt.EN: "a Consumer may, like any User, refer any dispute", textfmt.FR: "le Consommateur peut, comme tout Utilisateur, soumettre gratuitement"}
	consumerCaution := apiTOSPhrase{
		textfmt.EN: "that is from the day on which the Provider and the Consumer agree to mediate, and an application for review brought afterwards might not interrupt it again; a Consumer that intends to preserve that time limit should therefore bring the application for review (recours gracieux) provided in",
		textfmt.FR: "soit à compter du jour où le Fournisseur et le Consommateur conviennent de recourir à la médiation, et un recours gracieux formé ensuite pourrait ne pas l'interrompre de nouveau ; le Consommateur qui entend préserver ce délai forme donc le recours gracieux prévu à l'",
	}
	before := apiTOSPhrase{textfmt.EN: "before referring the dispute to the mediator", textfmt.FR: "avant de saisir le médiateur"}
	old := apiTOSPhrase{textfmt.EN: "also brings the application for review", textfmt.FR: "forme en outre le recours gracieux"}
	for _, terr := range []bool{true, false} {
		name := map[bool]string{true: "territorial", false: "consumer mediator"}[terr]
		docs := fxadm2Docs(t, k, fxm4Commune(t, k, map[string]any{"consumer.mediator_territorial": terr}))
		fxadm2Expect(t, name, docs, []fxadm2Check{
			{"open to every User", "jurisdiction", anyUser, terr},
			{"territorial caution", "jurisdiction", territorialCaution, terr},
			{"11.5 refers to 12.2", "consumer-mediation", openToAll, terr},
			{"like any User", "consumer-mediation", likeAnyUser, terr},
			{"consumer-mediator caution", "consumer-mediation", consumerCaution, !terr},
			{"gracieux before the mediator", "consumer-mediation", before, !terr},
			{"no advice to add a gracieux afterwards", "consumer-mediation", old, false},
		})
	}
	// An industrial and commercial service: the territorial mediator is
	// still open to every User, with no caution on administrative time limits.
	spic := fxadm2Docs(t, k, fxm4Commune(t, k, map[string]any{"consumer.mediator_territorial": true, "provider.public_activity": "industrial-commercial", "provider.administrative_court": nil}))
	fxadm2Expect(t, "spic", spic, []fxadm2Check{
		{"open to every User", "jurisdiction", anyUser, true},
		{"no caution", "jurisdiction", territorialCaution, false},
	})
}

// M3-3, M3-4: no own purpose declared, no joint control, no second legal
// basis, no own-purpose retention nor 11.2 undertaking; SCC I.B does not
// refer to limits of 10.6 that do not exist when no data are returned.
func TestFxm4NoOwnPurposes(t *testing.T) {
	k, _ := Lookup("api-tos")
	userAlone := apiTOSPhrase{
		textfmt.EN: "The User alone is responsible for the collection of the Personal Data that it includes in its requests and for their transmission to the API",
		textfmt.FR: "L'Utilisateur est seul responsable de la collecte des Données personnelles qu'il inclut dans ses requêtes et de leur transmission à l'API",
	}
	joint := apiTOSPhrase{textfmt.EN: "joint controllers within the meaning of article 26 of the GDPR", textfmt.FR: "responsables conjoints au sens de l'article 26 du RGPD"}
	secondBasis := apiTOSPhrase{textfmt.EN: "It bases the processing it carries out for the purposes listed above", textfmt.FR: "Il fonde les traitements qu'il effectue pour les finalités énumérées ci-dessus"}
	ownRetention := apiTOSPhrase{textfmt.EN: "That period also applies to the data it processes for its own purposes", textfmt.FR: "Ce délai s'applique aussi aux données qu'il traite pour ses propres finalités"}
	ownUse := apiTOSPhrase{textfmt.EN: "for its own purposes listed in", textfmt.FR: "pour les finalités propres énumérées à l'"}
	deletes := apiTOSPhrase{
		textfmt.EN: "the Provider shall delete the Personal Data contained in that Consumer's requests within the period set in",
		textfmt.FR: "le Fournisseur supprime les Données personnelles contenues dans ses requêtes dans le délai prévu à l'",
	}
	limits106 := apiTOSPhrase{textfmt.EN: "as long as the User's purposes require, within the limits of", textfmt.FR: "celle que requièrent les finalités de l'Utilisateur, dans les limites de l'"}
	alone := apiTOSPhrase{textfmt.EN: "as long as the User's purposes require, for which the User alone is responsible;", textfmt.FR: "celle que requièrent les finalités de l'Utilisateur, qui en répond seul ;"}
	spaces := apiTOSPhrase{textfmt.EN: "  ", textfmt.FR: "  "}
	purposes := questionnaire.Translated{textfmt.EN: "the production of statistics", textfmt.FR: "l'établissement de statistiques"}
	for _, own := range []bool{false, true} {
		set := map[string]any{}
		if own {
			set["personal_data.purposes"] = purposes
		}
		name := map[bool]string{false: "no own purpose", true: "own purposes"}[own]
		docs := fxadm2Docs(t, k, fxm4Commune(t, k, set))
		fxadm2Expect(t, name, docs, []fxadm2Check{
			{"User alone collects", "data-personal", userAlone, !own},
			{"joint control", "data-personal", joint, own},
			{"second legal basis", "data-personal", secondBasis, own},
			{"own-purpose retention", "data-personal", ownRetention, own},
			{"no double space", "data-personal", spaces, false},
			{"own use ends", "consumer-withdrawal", ownUse, own},
			{"deletion within the 6.2 period", "consumer-withdrawal", deletes, !own},
			{"SCC I.B no dangling 10.6", "data-transfers", limits106, false},
			{"SCC I.B retention for the User", "data-transfers", alone, true},
		})
	}
	// A User to which data are returned keeps the 10.6 limits.
	returns := fxadm2Docs(t, k, fxm4Commune(t, k, map[string]any{"personal_data.returns": true, "personal_data.returned": questionnaire.Translated{textfmt.EN: "the location coordinates of End Users", textfmt.FR: "les coordonnées de localisation des Utilisateurs finaux"}}))
	fxadm2Expect(t, "returns", returns, []fxadm2Check{
		{"SCC I.B 10.6 limits", "data-transfers", limits106, true},
	})
}

// M2-4, M2-13: regulatory vocabulary for the administrative Rules only;
// a commune merged into a commune nouvelle is substituted (L. 2113-5 CGCT).
func TestFxm4AdministrativeVocabulary(t *testing.T) {
	k, _ := Lookup("api-tos")
	dispositions := apiTOSPhrase{textfmt.EN: "the facts and the provisions concerned", textfmt.FR: "les faits et les dispositions en cause"}
	stipulations := apiTOSPhrase{textfmt.EN: "the facts and the stipulations concerned", textfmt.FR: "les faits et les stipulations en cause"}
	unlawful := apiTOSPhrase{
		textfmt.EN: "The User may challenge the decision by which the Provider so ends its Registration, and claim compensation for the harm it causes, as provided in",
		textfmt.FR: "L'Utilisateur peut contester la décision par laquelle le Fournisseur met ainsi fin à son Inscription, et demander réparation du préjudice qu'elle lui cause, dans les conditions de",
	}
	perils := apiTOSPhrase{textfmt.EN: "at its own risk", textfmt.FR: "à ses risques et périls"}
	anyEnd := apiTOSPhrase{textfmt.EN: "Any ending of his or her Registration that a Consumer gives notice of", textfmt.FR: "Toute fin de son Inscription que le Consommateur notifie"}
	endOfContract := apiTOSPhrase{textfmt.EN: "for the end of the contract", textfmt.FR: "résiliation du Règlement"}
	merger := apiTOSPhrase{
		textfmt.EN: "The same applies where the Provider becomes part of a new commune (commune nouvelle): the new commune is substituted for the Provider in the Rules by operation of law",
		textfmt.FR: "Il en va de même lorsque le Fournisseur est intégré à une commune nouvelle : celle-ci lui est substituée de plein droit dans le Règlement",
	}
	l21135 := apiTOSPhrase{textfmt.EN: "article L. 2113-5 of the French General Code of Local Authorities", textfmt.FR: "article L. 2113-5 du Code général des collectivités territoriales"}
	admin := fxadm2Docs(t, k, fxm4Commune(t, k, map[string]any{"personal_data.purposes": questionnaire.Translated{textfmt.EN: "the production of statistics", textfmt.FR: "l'établissement de statistiques"}}))
	fxadm2Expect(t, "commune", admin, []fxadm2Check{
		{"dispositions", "term-breach", dispositions, true},
		{"no stipulations", "term-breach", stipulations, false},
		{"unlawful withdrawal", "term-breach", unlawful, true},
		{"no risques et périls", "term-breach", perils, false},
		{"end of Registration", "consumer-withdrawal", anyEnd, true},
		{"no contract vocabulary", "consumer-withdrawal", endOfContract, false},
		{"commune nouvelle", "assignment", merger, true},
		{"L. 2113-5", "assignment", l21135, true},
	})
	for l, doc := range admin {
		for _, c := range doc.Clauses {
			if c.ID == "scope-precedence" {
				continue
			}
			if l == textfmt.FR && strings.Contains(c.Body, "stipulation") {
				t.Errorf("commune fr: clause %s still says stipulation", c.ID)
			}
		}
	}
	// The company case keeps its contract vocabulary.
	company := fxadm2Docs(t, k, exampleValues(t, k))
	fxadm2Expect(t, "company", company, []fxadm2Check{
		{"stipulations", "term-breach", apiTOSPhrase{textfmt.EN: "the facts and the provisions concerned", textfmt.FR: stipulations[textfmt.FR]}, true},
		{"no merger", "assignment", merger, false},
	})
}
