package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// publicValues are the example answers of a public body: a local tourist
// office set up as an EPIC, whose answers each test then changes.
func publicValues(t *testing.T, k *Kind) questionnaire.Values {
	t.Helper()
	v := exampleValues(t, k)
	v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
	v["provider.legal_form"] = "établissement public local à caractère industriel et commercial (EPIC)"
	v["prevailing_language"] = "fr"
	return v
}

// assemble12c assembles the terms in one language or fails the test.
func assemble12c(t *testing.T, k *Kind, v questionnaire.Values, l textfmt.Lang) *document.Document {
	t.Helper()
	doc, err := k.Assemble(v, l, Final)
	if err != nil {
		t.Fatalf("%s: %v", l, err)
	}
	return doc
}

// has12c reports whether the clause id holds the phrase in doc's language.
func has12c(doc *document.Document, id string, p apiTOSPhrase) bool {
	return p.in(doc, id)
}

var (
	// A public body treats the users of its service in the same
	// situation equally (CE, sect., 10 May 1974, Denoyez et Chorques).
	phrase12cEqualUsers = apiTOSPhrase{
		textfmt.EN: "may be granted only in the cases and on the conditions laid down by",
		textfmt.FR: "ne peuvent être consenties que dans les cas et aux conditions que prévoit",
	}
	phrase12cSameSituation = apiTOSPhrase{
		textfmt.EN: "and benefit every User in the same situation.",
		textfmt.FR: "et bénéficient à tout Utilisateur placé dans la même situation.",
	}
	phrase12cNoObligationToOthers = apiTOSPhrase{
		textfmt.EN: "create no obligation of the Provider towards other Users",
		textfmt.FR: "ne créent aucune obligation du Fournisseur envers les autres Utilisateurs",
	}
	// Standard terms bind only if shown and accepted (art. 1119 C. civ.).
	phrase12cAnnexAShown = apiTOSPhrase{
		textfmt.EN: "after having been able to read these terms and each of the Annex A Documents, listed on",
		textfmt.FR: "après avoir pu prendre connaissance des présentes conditions et de chacun des Documents de l'annexe A, présentés sur",
	}
	phrase12cDatedCopy = apiTOSPhrase{
		textfmt.EN: "in a dated form that the User can keep and reproduce, these terms, in the version accepted",
		textfmt.FR: "sous une forme datée que l'Utilisateur peut conserver et reproduire, les présentes conditions, dans la version acceptée",
	}
	phrase12cOtherAnnexADocuments = apiTOSPhrase{
		textfmt.EN: "and each of the Annex A Documents other than the Documentation, in its version in force on the date of that e-mail",
		textfmt.FR: "et chacun des Documents de l'annexe A autres que la Documentation, dans sa version en vigueur à la date de ce courrier",
	}
	phrase12cDocumentationVersion = apiTOSPhrase{
		textfmt.EN: "That e-mail states the version of the Documentation in force on its date",
		textfmt.FR: "Ce courrier indique la version de la Documentation en vigueur à sa date",
	}
	// Ordering a paid offer in an Account is a step of its own
	// (arts. 1127-1 and 1127-2 C. civ.).
	phrase12cOrderStep = apiTOSPhrase{
		textfmt.EN: "Creating an Account places no order. Access to a paid offer is ordered in the Account through the following technical steps (articles 1127-1 and 1127-2 of the French Civil Code)",
		textfmt.FR: "La création du Compte n'emporte aucune commande. L'accès à une offre payante est commandé dans le Compte selon les étapes techniques suivantes (articles 1127-1 et 1127-2 du Code civil)",
	}
	phrase12cOrderAcknowledged = apiTOSPhrase{
		textfmt.EN: "The Provider shall acknowledge receipt of each order without delay",
		textfmt.FR: "Le Fournisseur accuse réception de chaque commande sans délai",
	}
	// Under an open licence the reuse of public information is free.
	phrase12cFeeAllowed = apiTOSPhrase{
		textfmt.EN: "save where articles L. 324-1 and D. 324-5-1 of that Code allow a charge",
		textfmt.FR: "sauf lorsque les articles L. 324-1 et D. 324-5-1 de ce code permettent une redevance",
	}
	// Revenue orders are contested under the text of the provider's
	// category only.
	phrase12cLocalOrders = apiTOSPhrase{
		textfmt.EN: "as provided by article L. 1617-5 of the French General Code of Local Authorities, as the notice",
		textfmt.FR: "dans les conditions que prévoit l'article L. 1617-5 du Code général des collectivités territoriales, et que rappelle",
	}
	phrase12cStateOrders = apiTOSPhrase{
		textfmt.EN: "as provided by articles 117 and following of decree no. 2012-1246 of 7 November 2012",
		textfmt.FR: "dans les conditions que prévoient les articles 117 et suivants du décret n° 2012-1246 du 7 novembre 2012",
	}
	phrase12cOtherOrders = apiTOSPhrase{
		textfmt.EN: "as provided by the rules governing the recovery of the Provider's claims",
		textfmt.FR: "dans les conditions que prévoient les textes qui régissent le recouvrement des créances du Fournisseur",
	}
	// Art. 6(3) GDPR: the public-interest task is laid down by law.
	phrase12cTaskLaidDown = apiTOSPhrase{
		textfmt.EN: "As article 6(3) of the GDPR requires, that task is laid down by the following provisions: ",
		textfmt.FR: "Conformément à l'article 6, paragraphe 3, du RGPD, cette mission est définie par les dispositions suivantes :",
	}
	phrase12cCashOffice = apiTOSPhrase{
		textfmt.EN: "Payment by bank card is collected by the Provider's cash office (régie de recettes)",
		textfmt.FR: "Le paiement par carte bancaire est encaissé par la régie de recettes du Fournisseur",
	}
	phrase12cBreachEnds = apiTOSPhrase{
		textfmt.EN: "because it is terminated (résiliation or résolution) for a breach by the Provider.",
		textfmt.FR: "par sa résiliation ou sa résolution pour un manquement du Fournisseur.",
	}
)

// A public body grants special service levels and discounts only as its
// act provides and to every User in the same situation; a private
// provider's special terms bind it towards no other User.
func TestAPI12cPublicUsersTreatedEqually(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, kind := range []string{"company", "organisation", "public-body"} {
		for _, price := range []string{"free", "paid"} {
			v := publicValues(t, k)
			v["provider.type"], v["provider.name"] = kind, providerNames[kind]
			v["pricing.model"] = price
			if price == "free" && v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
			public := kind == "public-body"
			for _, l := range textfmt.All {
				doc := assemble12c(t, k, v, l)
				c, _ := doc.Clause("scope-precedence")
				if has12c(doc, "scope-precedence", phrase12cEqualUsers) != public || has12c(doc, "scope-precedence", phrase12cSameSituation) != public {
					t.Errorf("%s %s %s: equal treatment of public service users: %v\n%s", l, kind, price, !public, c.Body)
				}
				if has12c(doc, "scope-precedence", phrase12cNoObligationToOthers) == public {
					t.Errorf("%s %s %s: special terms that bind the Provider towards no other User: %v", l, kind, price, public)
				}
				// Paid: the pricing act is the only source of discounts.
				// Free: no special terms may set a price but as 3.3 allows.
				if refersTo(c, "access-price") != public {
					t.Errorf("%s %s %s: Article 3.3 as the only source of a price or discount: %v", l, kind, price, !public)
				}
			}
		}
	}
}

// Acceptance shows every Annex A document with a link, and the
// confirmation attaches a dated copy of the terms and of those other than
// the Documentation, which it names by version; ordering a paid offer in
// an Account has its own steps, and free access none.
func TestAPI12cAcceptanceAndOrder(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, method := range []string{"account", "key-request"} {
		for _, price := range []string{"free", "paid"} {
			for _, audience := range []string{"business", "business-and-consumers"} {
				v := exampleValues(t, k)
				v["acceptance.method"], v["pricing.model"], v["audience"] = method, price, audience
				if price == "free" && v["liability.cap"] == "fees" {
					v["liability.cap"] = "amount"
				}
				// Free access with no other document than the
				// Documentation in Annex A.1.
				bare := price == "free" && audience == "business"
				if bare {
					delete(v, "personal_data.security_url")
					delete(v, "annex")
					v["personal_data.processed"] = false
					v["conditions.attribution"], v["conditions.access"] = "none", "neutrality"
				}
				order := method == "account" && price == "paid"
				what := method + " " + price + " " + audience
				for _, l := range textfmt.All {
					doc := assemble12c(t, k, v, l)
					c, _ := doc.Clause("scope-acceptance")
					for _, p := range []apiTOSPhrase{phrase12cAnnexAShown, phrase12cDatedCopy, phrase12cDocumentationVersion} {
						if !has12c(doc, "scope-acceptance", p) {
							t.Errorf("%s %s: acceptance lacks %q:\n%s", l, what, p[l], c.Body)
						}
					}
					if has12c(doc, "scope-acceptance", phrase12cOtherAnnexADocuments) == bare {
						t.Errorf("%s %s: other Annex A documents attached to the confirmation: %v", l, what, bare)
					}
					if !refersTo(c, "annex-a-contract") {
						t.Errorf("%s %s: the address of the Documentation not referred to Annex A.1", l, what)
					}
					if has12c(doc, "scope-acceptance", phrase12cOrderStep) != order || has12c(doc, "scope-acceptance", phrase12cOrderAcknowledged) != order {
						t.Errorf("%s %s: a separate order step: %v\n%s", l, what, !order, c.Body)
					}
					if order && (!phraseOrderDetails.in(doc, "scope-acceptance") || !refersTo(c, "access-payment")) {
						t.Errorf("%s %s: the order step without its details, total price or payment", l, what)
					}
					word := map[textfmt.Lang]string{textfmt.EN: "the order", textfmt.FR: "commande"}[l]
					if price == "free" && strings.Contains(c.Body, word) {
						t.Errorf("%s %s: an order in the acceptance of free access:\n%s", l, what, c.Body)
					}
					// Account creation itself is checked without an order.
					if method == "account" && strings.Contains(c.Body, textfmt.Typeset(l, map[textfmt.Lang]string{textfmt.EN: "information he or she has entered, in particular", textfmt.FR: "informations qu'elle a saisies, notamment"}[l])) {
						t.Errorf("%s %s: the order summary mixed with account creation", l, what)
					}
				}
			}
		}
	}
}

// A public body that is registered, as an EPIC is in the RCS, shows its
// registration at the head of the terms, and is warned when an EPIC gives
// none; the registered office is so called in English for every provider.
func TestAPI12cPublicBodyRegistration(t *testing.T) {
	k, _ := Lookup("api-tos")
	label := map[textfmt.Lang]string{textfmt.EN: "**Registration:** ", textfmt.FR: "**Immatriculation :** "}
	for _, reg := range []string{"", "RCS Rennes 200 012 345", "SIREN 200 012 345"} {
		v := publicValues(t, k)
		delete(v, "provider.registration")
		if reg != "" {
			v["provider.registration"] = reg
		}
		for _, l := range textfmt.All {
			doc := assemble12c(t, k, v, l)
			p, _ := doc.Clause("parties")
			shown := strings.Contains(p.Body, textfmt.Typeset(l, label[l])+textfmt.TypesetAnswer(l, reg))
			if shown != (reg != "") {
				t.Errorf("%s %q: registration shown %v:\n%s", l, reg, shown, p.Body)
			}
			if l == textfmt.EN && (!strings.Contains(p.Body, "**Address:**") || strings.Contains(p.Body, "Seat") || strings.Contains(p.Body, "Registered office")) {
				t.Errorf("a public body's address not called its address:\n%s", p.Body)
			}
		}
		broken := brokenRules(k, v)
		if slices.Contains(broken, "public-body-epic-registration") != (reg == "") || slices.Contains(broken, "public-body-epic-registration-register") != (reg == "SIREN 200 012 345") {
			t.Errorf("%q: an EPIC's missing RCS registration warned wrongly: %v", reg, broken)
		}
	}
	// An administrative public establishment has no registration to give.
	v := publicValues(t, k)
	v["provider.legal_form"] = "établissement public administratif de l'État"
	delete(v, "provider.registration")
	for _, r := range brokenRules(k, v) {
		if strings.HasPrefix(r, "public-body-epic-registration") {
			t.Errorf("an EPA warned that it lacks an RCS registration: %s", r)
		}
	}
}

// Under an open data licence the price holds out no reuse fee; under a
// commercial licence it reserves the cases where the Code allows one. The
// high-value datasets sentence appears only when the answers say so.
func TestAPI12cPublicPriceAndOpenData(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, data := range []string{"open-data-licence", "open-reuse", "commercial"} {
		for _, hvd := range []bool{false, true} {
			v := publicValues(t, k)
			v["pricing.model"], v["conditions.data"], v["pricing.high_value"] = "paid", data, hvd
			for _, l := range textfmt.All {
				doc := assemble12c(t, k, v, l)
				c, _ := doc.Clause("access-price")
				if has12c(doc, "access-price", phrase12cFeeAllowed) != (data == "commercial") {
					t.Errorf("%s %s: a reuse fee held out: %v\n%s", l, data, data != "commercial", c.Body)
				}
				if phraseHighValueFree.in(doc, "access-price") != hvd {
					t.Errorf("%s %s: high-value datasets sentence: %v", l, data, !hvd)
				}
			}
		}
	}
}

// A public body's revenue orders are contested under the text of its
// category alone, or under the rules that govern it when the answers do
// not say which.
func TestAPI12cRevenueOrdersByCategory(t *testing.T) {
	k, _ := Lookup("api-tos")
	want := map[string]apiTOSPhrase{"local": phrase12cLocalOrders, "state": phrase12cStateOrders, "other": phrase12cOtherOrders}
	for cat := range want {
		v := publicValues(t, k)
		v["pricing.model"], v["provider.public_accounting"], v["provider.public_category"] = "paid", true, cat
		for _, l := range textfmt.All {
			doc := assemble12c(t, k, v, l)
			c, _ := doc.Clause("access-payment")
			for other, p := range want {
				if has12c(doc, "access-payment", p) != (other == cat) {
					t.Errorf("%s %s: the text for %s cited: %v\n%s", l, cat, other, other != cat, c.Body)
				}
			}
			if cat == "local" && strings.Contains(c.Body, "2012-1246") || cat == "state" && strings.Contains(c.Body, "L. 1617-5") {
				t.Errorf("%s %s: both texts cited", l, cat)
			}
		}
	}
}

// A public body that bases its own processing on a task carried out in
// the public interest names the text that lays it down (art. 6(3) GDPR),
// and is warned when it gives none.
func TestAPI12cPublicTaskBasis(t *testing.T) {
	k, _ := Lookup("api-tos")
	basis := questionnaire.Translated{textfmt.EN: "article L. 133-3 of the French Tourism Code (Code du tourisme)", textfmt.FR: "l'article L. 133-3 du Code du tourisme"}
	for _, kind := range []string{"company", "public-body"} {
		for _, role := range []string{"controller", "both", "processor"} {
			for _, given := range []bool{false, true} {
				v := publicValues(t, k)
				v["provider.type"], v["provider.name"] = kind, providerNames[kind]
				v["personal_data.processed"], v["personal_data.role"] = true, role
				delete(v, "provider.public_mission_basis")
				if given {
					v["provider.public_mission_basis"] = basis
				}
				relies := kind == "public-body" && role != "processor"
				for _, l := range textfmt.All {
					doc := assemble12c(t, k, v, l)
					c, _ := doc.Clause("data-personal")
					cited := has12c(doc, "data-personal", phrase12cTaskLaidDown) && strings.Contains(c.Body, "133-3")
					if cited != (relies && given) {
						t.Errorf("%s %s %s %v: the basis of the public-interest task cited: %v\n%s", l, kind, role, given, cited, c.Body)
					}
				}
				if slices.Contains(brokenRules(k, v), "public-body-public-task-basis-missing") != (relies && !given) {
					t.Errorf("%s %s %v: warning on the missing basis of the public-interest task is wrong", kind, role, given)
				}
			}
		}
	}
}

// The adoption and pricing acts are given in each language: the English
// terms print their English text, never the French one.
func TestAPI12cPublicActsInEachLanguage(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, key := range []string{"provider.adoption_act", "pricing.act"} {
		if qq, _ := k.Questionnaire.Question(key); !qq.Translatable {
			t.Errorf("%s is not given in each language", key)
		}
	}
	adoption := questionnaire.Translated{textfmt.EN: "resolution No 2027-07 of the management committee (comité de direction) of 2 February 2027", textfmt.FR: "délibération du comité de direction n° 2027-07 du 2 février 2027"}
	pricing := questionnaire.Translated{textfmt.EN: "resolution No 2027-08 of the management committee (comité de direction) of 2 February 2027", textfmt.FR: "délibération du comité de direction n° 2027-08 du 2 février 2027"}
	v := publicValues(t, k)
	v["pricing.model"], v["provider.adoption_act"], v["pricing.act"] = "paid", adoption, pricing
	for _, l := range textfmt.All {
		doc := assemble12c(t, k, v, l)
		other := textfmt.FR
		if l == textfmt.FR {
			other = textfmt.EN
		}
		for id, act := range map[string]questionnaire.Translated{"parties": adoption, "access-price": pricing} {
			c, _ := doc.Clause(id)
			if !strings.Contains(c.Body, textfmt.TypesetAnswer(l, act[l])) || strings.Contains(c.Body, textfmt.TypesetAnswer(other, act[other])) {
				t.Errorf("%s %s: the act is not in the language of the terms:\n%s", l, id, c.Body)
			}
		}
	}
}

// English public-law terms: the cash office (régie de recettes), the end
// of the contract for breach (résiliation or résolution), never
// "rescinded"; both indemnities require notice "without delay".
func TestAPI12cEnglishOfPublicLaw(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := publicValues(t, k)
	v["pricing.model"], v["provider.public_accounting"], v["pricing.revenue_agency"] = "paid", true, true
	v["pricing.payment_methods"] = []string{"card", "transfer"}
	for _, l := range textfmt.All {
		doc := assemble12c(t, k, v, l)
		c, _ := doc.Clause("access-payment")
		if !has12c(doc, "access-payment", phrase12cCashOffice) || !has12c(doc, "term-effects", phrase12cBreachEnds) {
			t.Errorf("%s: cash office or end for breach missing:\n%s", l, c.Body)
		}
		if strings.Contains(c.Body, "revenue agency") || strings.Contains(c.Body, "rescinded") {
			t.Errorf("%s: revenue agency or rescission in the payment clause", l)
		}
		for _, id := range []string{"warranty-title", "liability-indemnity"} {
			c, _ := doc.Clause(id)
			delay := map[textfmt.Lang]string{textfmt.EN: "without delay", textfmt.FR: "sans délai"}[l]
			if !strings.Contains(c.Body, textfmt.Typeset(l, delay)) || strings.Contains(c.Body, "promptly") {
				t.Errorf("%s %s: notice of the claim not required without delay:\n%s", l, id, c.Body)
			}
		}
	}
}
