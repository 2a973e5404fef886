package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxconsValues are the example answers of a paid API requested by key,
// with openly licensed Data, a sole trader as provider, card payment and
// the audience given.
func fxconsValues(t *testing.T, k *Kind, audience string) questionnaire.Values {
	t.Helper()
	v := exampleValues(t, k)
	v["audience"] = audience
	v["pricing.model"], v["pricing.prepaid"] = "paid", "refund"
	v["pricing.payment_methods"] = []string{"card", "transfer"}
	v["acceptance.method"] = "key-request"
	v["conditions.data"] = "open-data-licence"
	v["data.licence.title"], v["data.licence.url"] = "Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"
	v["conditions.attribution"] = "required"
	v["provider.type"], v["provider.name"], v["provider.legal_form"] = "individual", "Jeanne Martin EI", "entrepreneur individuel"
	delete(v, "provider.share_capital")
	return v
}

// fxconsWant is a phrase expected in a clause, in every document or only
// in those open to consumers.
type fxconsWant struct {
	clause       string
	phrase       apiTOSPhrase
	consumerOnly bool
}

var fxconsWants = map[string]fxconsWant{
	// H-1: only certain, liquid and due sums are set off (C. civ. 1347-1).
	"H-1 set-off": {"access-payment", apiTOSPhrase{
		textfmt.EN: "the sums owed by the User to the Provider that are certain, liquid and due (article 1347-1 of that Code)",
		textfmt.FR: "des sommes certaines, liquides et exigibles que l'Utilisateur doit au Fournisseur (article 1347-1 du même code)",
	}, false},
	"H-1 damages": {"access-payment", apiTOSPhrase{
		textfmt.EN: "damages for the loss caused by that breach may be set off against the refund only once fixed by agreement or by a court decision.",
		textfmt.FR: "les dommages et intérêts dus en réparation du préjudice causé par ce manquement ne s'imputent sur le remboursement qu'une fois fixés d'un commun accord ou par une décision de justice.",
	}, false},
	// H-2: the entire-agreement clause keeps the consumer's pre-contractual information.
	"H-2 entire agreement": {"scope-documents", apiTOSPhrase{
		textfmt.EN: "without prejudice, towards a Consumer, to the pre-contractual information given to him or her, which forms an integral part of the Agreement",
		textfmt.FR: "sans préjudice, à l'égard du Consommateur, des informations précontractuelles qui lui ont été communiquées, qui font partie intégrante du Contrat",
	}, true},
	// H-3: a change that restricts rights or lowers service levels needs express acceptance.
	"H-3 consumer": {"change-terms", apiTOSPhrase{
		textfmt.EN: "By way of exception, towards a Consumer or a Non-Professional, a change that restricts that User's rights, or lowers the service levels or the quality of the service, other than a price change",
		textfmt.FR: "Par exception, à l'égard du Consommateur ou du Non-professionnel, une modification qui restreint ses droits ou abaisse les niveaux de service ou la qualité du service, autre qu'une modification de prix",
	}, true},
	"H-3 acceptance": {"change-terms", apiTOSPhrase{
		textfmt.EN: "applies to that User only if that User expressly accepts it; failing that, the former version continues to apply to that User until the Agreement ends, and the Provider may then terminate the Agreement with that User",
		textfmt.FR: "ne s'applique à lui que s'il l'accepte expressément ; à défaut, la version antérieure continue de s'appliquer à lui jusqu'à la fin du Contrat, que le Fournisseur peut alors résilier",
	}, false},
	// H-4: for openly licensed Data, any notice meeting the licence suffices.
	"H-4 attribution": {"user-attribution-required", apiTOSPhrase{
		textfmt.EN: "For the Data, the User shall credit the source as their licence requires",
		textfmt.FR: "Pour les Données, l'Utilisateur mentionne la source conformément à leur licence",
	}, false},
	// H-5: the grounds on which access credentials may be refused (listed
	// as numbered points since RZ-17, see fxrz_test.go).
	"H-5 grounds": {"scope-acceptance", apiTOSPhrase{
		textfmt.EN: "The Provider may refuse to issue Access Credentials only on one of the following grounds:",
		textfmt.FR: "Le Fournisseur ne peut refuser de délivrer des Identifiants d'accès que pour l'un des motifs suivants :",
	}, false},
	"H-5 reasons": {"scope-acceptance", apiTOSPhrase{
		textfmt.EN: "The Provider shall give written reasons for any refusal.",
		textfmt.FR: "Le Fournisseur motive tout refus par écrit.",
	}, false},
	// H-6: a termination required by law because of the User's own situation.
	"H-6 own situation": {"term-effects", apiTOSPhrase{
		textfmt.EN: "unless that requirement arises from the User's own situation, in particular from the restrictive measures referred to in",
		textfmt.FR: "sauf si cette exigence résulte de la situation propre de l'Utilisateur, notamment des mesures restrictives visées à",
	}, false},
	"H-6 asset freeze": {"user-sanctions", apiTOSPhrase{
		textfmt.EN: "shall be paid only in so far as those measures permit.",
		textfmt.FR: "n'est versée que dans la mesure où ces mesures le permettent.",
	}, false},
	// H-7: the third party's rights, and the trademark claims from the required attribution.
	"H-7 third party": {"warranty-title", apiTOSPhrase{
		textfmt.EN: "infringe that third party's Intellectual Property Rights, or that the use of the Provider's name and trademarks that",
		textfmt.FR: "portent atteinte aux Droits de propriété intellectuelle de ce tiers, ou que l'usage du nom et des marques du Fournisseur que",
	}, false},
	// H-8: calls after the report are not the User's.
	"H-8 report": {"user-credentials", apiTOSPhrase{
		textfmt.EN: "or the calls are made after the Provider has received the report provided for below.",
		textfmt.FR: "ou si les appels sont effectués après la réception par le Fournisseur du signalement prévu ci-dessous.",
	}, false},
	// H-9: the technical steps name the button and the time of card payment.
	"H-9 button": {"scope-acceptance", apiTOSPhrase{
		textfmt.EN: "and submits the form, which places the order, by means of the button bearing the words “order with obligation to pay” or an equivalent unambiguous wording",
		textfmt.FR: "et valide le formulaire, ce qui vaut commande, au moyen du bouton portant la mention « commande avec obligation de paiement » ou une formule analogue dénuée d'ambiguïté",
	}, true},
	"H-9 card": {"scope-acceptance", apiTOSPhrase{
		textfmt.EN: "payment by bank card, where the person pays by that means, is made at that time",
		textfmt.FR: "le paiement par carte bancaire, lorsque la personne choisit ce moyen, intervient à ce moment",
	}, false},
	// H-10: the termination feature of articles L. 215-1-1 and D. 215-1 ff.
	"H-10 label": {"term-user", apiTOSPhrase{
		textfmt.EN: "that feature is presented under the words “terminate your contract”",
		textfmt.FR: "cette fonctionnalité est présentée sous la mention « résilier votre contrat » ou une formule analogue dénuée d'ambiguïté, reste directement et facilement accessible",
	}, false},
	"H-10 summary": {"term-user", apiTOSPhrase{
		textfmt.EN: "and shows it a summary of the information given, which it can check and correct before sending the notice (articles L. 215-1-1",
		textfmt.FR: "et lui présente un récapitulatif des informations fournies, qu'il peut vérifier et corriger avant l'envoi de la notification (articles L. 215-1-1",
	}, false},
	// H-11: no EU VAT for a consumer outside the Union; article 59c.
	"H-11 VAT": {"access-payment", apiTOSPhrase{
		textfmt.EN: "no value added tax of the European Union is due on the service supplied to a Consumer who is domiciled or habitually resident outside the European Union",
		textfmt.FR: "aucune taxe sur la valeur ajoutée de l'Union européenne n'est due sur la prestation fournie au Consommateur domicilié ou résidant habituellement hors de l'Union européenne",
	}, true},
	// H-12, H-15: wording.
	"H-12 minor": {"consumer-changes", apiTOSPhrase{
		textfmt.EN: "is adversely affected, in more than a minor way",
		textfmt.FR: "une incidence négative qui n'est pas seulement mineure",
	}, true},
	"H-15 risk": {"change-experimental", apiTOSPhrase{
		textfmt.EN: "at its own risk",
		textfmt.FR: "à ses risques et périls",
	}, false},
	"H-15 reverse charge": {"access-payment", apiTOSPhrase{
		textfmt.EN: "the invoice bearing the reverse-charge statement that article 226(11a)",
		textfmt.FR: "la facture portant la mention d'autoliquidation",
	}, false},
	"H-15 legal form": {"parties", apiTOSPhrase{
		textfmt.EN: "entrepreneur individuel (individual entrepreneur)",
		textfmt.FR: "entrepreneur individuel",
	}, false},
}

// Each fixed clause says its new phrase in both languages for a paid
// API open to consumers; the consumer-only ones are absent when only
// professionals may use it, and the changes clause then protects
// Non-Professionals alone.
func TestFxconsClauses(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, audience := range []string{"business-and-consumers", "business"} {
		consumers := audience == "business-and-consumers"
		v := fxconsValues(t, k, audience)
		for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
			doc := assemble12c(t, k, v, l)
			for name, w := range fxconsWants {
				if got, want := w.phrase.in(doc, w.clause), consumers || !w.consumerOnly; got != want {
					t.Errorf("%s, %s: %s in %s: got %v, want %v (%q)", audience, l, name, w.clause, got, want, w.phrase[l])
				}
			}
			nonPro := apiTOSPhrase{
				textfmt.EN: "By way of exception, towards a Non-Professional, a change that restricts that User's rights",
				textfmt.FR: "Par exception, à l'égard du Non-professionnel, une modification qui restreint ses droits",
			}
			if nonPro.in(doc, "change-terms") == consumers {
				t.Errorf("%s, %s: changes towards Non-Professionals alone: want %v", audience, l, !consumers)
			}
			// Phrases replaced; "arrangement" is the GDPR's own word in English.
			old := []struct {
				clause string
				phrase apiTOSPhrase
			}{
				{"access-payment", apiTOSPhrase{textfmt.EN: "including damages for the loss caused by that breach", textfmt.FR: "y compris les dommages et intérêts"}},
				{"warranty-title", apiTOSPhrase{textfmt.EN: "infringe its Intellectual Property Rights", textfmt.FR: "portent atteinte à ses Droits"}},
				{"access-payment", apiTOSPhrase{textfmt.EN: "at the rate of the Member State where the service is taxable", textfmt.FR: "au taux de l'État membre où la prestation est imposable"}},
				{"data-personal", apiTOSPhrase{textfmt.FR: "arrangement"}},
				{"consumer-changes", apiTOSPhrase{textfmt.FR: "plus que mineure"}},
			}
			for _, o := range old {
				if o.phrase[l] != "" && o.phrase.in(doc, o.clause) {
					t.Errorf("%s, %s: %s still says %q", audience, l, o.clause, o.phrase[l])
				}
			}
		}
	}
}

// The technical steps of an order placed after creating an Account name
// the consumer's button and the time of card payment; the grounds of
// refusal then sit beside the criteria of restricted access.
func TestFxconsAccountAndRestricted(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := fxconsValues(t, k, "business-and-consumers")
	v["acceptance.method"] = "account"
	v["conditions.access"] = "restricted"
	confirm := apiTOSPhrase{
		textfmt.EN: "then confirms the order by means of the button bearing the words “order with obligation to pay” or an equivalent unambiguous wording",
		textfmt.FR: "puis confirme la commande au moyen du bouton portant la mention « commande avec obligation de paiement » ou une formule analogue dénuée d'ambiguïté",
	}
	card := apiTOSPhrase{
		textfmt.EN: ", by bank card, where the person pays by that means, when the order is confirmed, except for a Consumer who has not requested immediate performance",
		textfmt.FR: ", par carte bancaire, lorsque la personne choisit ce moyen, dès la confirmation de la commande, sauf pour le Consommateur qui n'a pas demandé l'exécution immédiate",
	}
	grounds := apiTOSPhrase{
		textfmt.EN: "The Provider may refuse an application only where the person does not meet the criteria of",
		textfmt.FR: "Le Fournisseur ne peut refuser une demande d'admission que si la personne ne satisfait pas aux critères de",
	}
	portal := apiTOSPhrase{
		textfmt.EN: "remains directly and easily accessible from the portal on which Accounts are created",
		textfmt.FR: "reste directement et facilement accessible depuis le portail de création des Comptes",
	}
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, v, l)
		for name, p := range map[string]apiTOSPhrase{"confirm": confirm, "card": card, "grounds": grounds} {
			if !p.in(doc, "scope-acceptance") {
				t.Errorf("%s: scope-acceptance lacks %s: %q", l, name, p[l])
			}
		}
		if !portal.in(doc, "term-user") {
			t.Errorf("%s: termination feature not accessible from the portal", l)
		}
	}
	v["audience"] = "business"
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, v, l)
		if confirm.in(doc, "scope-acceptance") {
			t.Errorf("%s: business-only terms name the consumer's button", l)
		}
	}
}

// Free access has no payment: no refund subject to asset freezes, no
// time of card payment; a company's legal form is printed as answered.
func TestFxconsFreeAndCompany(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["pricing.model"] = "free"
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, v, l)
		if fxconsWants["H-6 asset freeze"].phrase.in(doc, "user-sanctions") {
			t.Errorf("%s: free access mentions refunds under asset freezes", l)
		}
		if fxconsWants["H-15 legal form"].phrase.in(doc, "parties") && l == textfmt.EN {
			t.Errorf("%s: a company's legal form is glossed as an individual entrepreneur", l)
		}
		if !fxconsWants["H-10 label"].phrase.in(doc, "term-user") {
			t.Errorf("%s: free access lacks the termination feature's label", l)
		}
	}
}
