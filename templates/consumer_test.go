package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Phrases of the consumer, price and payment clauses of the API terms.
var (
	// Under restricted access the application is no order: a paid offer
	// is ordered, and the card charged, only after admission (articles
	// 1127-1 and 1127-2 C. civ.; L. 221-14 C. consom.).
	consumerCardAfterAdmission = apiTOSPhrase{
		textfmt.EN: "Payment by bank card is made when the order is placed, which can only follow the confirmation of the admission",
		textfmt.FR: "Le paiement par carte bancaire intervient lors de la commande, qui ne peut avoir lieu qu'après la confirmation de l'admission",
	}
	consumerCardOnAdmissionOld = apiTOSPhrase{
		textfmt.EN: "when the Provider confirms the admission, on which the Agreement is concluded",
		textfmt.FR: "lors de la confirmation de l'admission, qui conclut le Contrat",
	}
	consumerApplicationNoOrder = apiTOSPhrase{
		textfmt.EN: "The application is not an order, and no payment is required before the admission is confirmed",
		textfmt.FR: "La demande ne vaut pas commande, et aucun paiement n'est exigé avant la confirmation de l'admission",
	}
	consumerOrderAfterAdmission = apiTOSPhrase{
		textfmt.EN: "Only once the admission has been confirmed can access to a paid offer be ordered",
		textfmt.FR: "L'accès à une offre payante ne peut être commandé qu'une fois l'admission confirmée",
	}
	consumerOrderPageLink = apiTOSPhrase{
		textfmt.EN: "on the order page to which the e-mail confirming the admission gives a link",
		textfmt.FR: "sur la page de commande à laquelle renvoie le courrier électronique confirmant l'admission",
	}
	// A paid offer ordered after admission on a credentials request has
	// its own withdrawal period (L. 221-18 C. consom.).
	consumerOrderPageWithdrawal = apiTOSPhrase{
		textfmt.EN: "or, for a paid offer subscribed to later on the order page, of that subscription",
		textfmt.FR: "ou, pour une offre payante souscrite ultérieurement sur la page de commande, à compter de cette souscription",
	}
	consumerInformationNoOrder = apiTOSPhrase{
		textfmt.EN: "is not an order and entails no payment: the Consumer can place an order only once the Provider has confirmed his or her admission",
		textfmt.FR: "ne vaut pas commande et n'emporte aucun paiement : le Consommateur ne peut passer commande qu'une fois son admission confirmée par le Fournisseur",
	}
	// When an invoice is issued, and the period runs from its date
	// (C. com. L. 441-9, L. 441-10; CGI 289, I, 3).
	consumerInvoiceIssued = apiTOSPhrase{
		textfmt.EN: "The Provider shall issue each invoice as soon as the service it covers has been performed or, for a price payable in advance for a billing period, at the start of that period",
		textfmt.FR: "Le Fournisseur émet chaque facture dès que la prestation qu'elle couvre a été réalisée ou, pour un prix payable d'avance pour une période de facturation, au début de cette période",
	}
	consumerInvoiceMonthly = apiTOSPhrase{
		textfmt.EN: "no later than the end of a calendar month, for the services performed for the same User in the course of that month",
		textfmt.FR: "au plus tard à la fin d'un mois civil, une facture unique pour les prestations réalisées au profit d'un même Utilisateur au cours de ce mois",
	}
	consumerInvoiceTaxCode = apiTOSPhrase{
		textfmt.EN: "article 289, I, 3 of the French General Tax Code",
		textfmt.FR: "article 289, I, 3, du Code général des impôts",
	}
	consumerDueFromIssue = apiTOSPhrase{
		textfmt.EN: "Invoices are payable within thirty\u00a0(30)\u00a0days of their date of issue",
		textfmt.FR: "Les factures sont payables dans un délai de trente\u00a0(30)\u00a0jours à compter de leur date d'émission",
	}
	// The model withdrawal form is given with the pre-contractual
	// information and the confirmation (L. 221-5, L. 221-13, R. 221-1).
	consumerFormInInformation = apiTOSPhrase{
		textfmt.EN: "the right of withdrawal, with the model withdrawal form set out in Annex",
		textfmt.FR: "le droit de rétractation, avec le formulaire type de rétractation figurant en annexe",
	}
	consumerFormInConfirmation = apiTOSPhrase{
		textfmt.EN: "and the terms it attaches include the model withdrawal form set out in Annex",
		textfmt.FR: "et les conditions qu'il joint comportent le formulaire type de rétractation figurant en annexe",
	}
	consumerFormConcluded  = apiTOSPhrase{textfmt.EN: "Agreement concluded on", textfmt.FR: "Contrat conclu le"}
	consumerFormAccepted   = apiTOSPhrase{textfmt.EN: "Agreement accepted on", textfmt.FR: "Contrat accepté le"}
	consumerFormLaterOrder = apiTOSPhrase{
		textfmt.EN: "paid offer ordered on",
		textfmt.FR: "offre payante commandée le",
	}
	consumerFormDelete = apiTOSPhrase{textfmt.EN: "Delete as appropriate.", textfmt.FR: "Rayez la mention inutile."}
	// Consequences of withdrawal (L. 221-24, L. 221-25, L. 221-26-1).
	consumerNoRequestOwesNothing = apiTOSPhrase{
		textfmt.EN: "a Consumer who has made no such request owes nothing",
		textfmt.FR: "le Consommateur qui n'a pas formé cette demande ne doit rien",
	}
	consumerRefundL22124 = apiTOSPhrase{
		textfmt.EN: "by the means of payment used and at no cost to the Consumer, within fourteen\u00a0(14)\u00a0days of being informed of the withdrawal (article L. 221-24 of that Code)",
		textfmt.FR: "par le moyen de paiement utilisé et sans frais pour le Consommateur, dans un délai de quatorze\u00a0(14)\u00a0jours à compter du jour où il est informé de la rétractation (article L. 221-24 du même code)",
	}
	consumerStopPublishing = apiTOSPhrase{
		textfmt.EN: "the Provider shall stop using the Consumer's Contributions, and in particular stop publishing them",
		textfmt.FR: "le Fournisseur cesse d'utiliser les Contributions du Consommateur, et notamment de les publier",
	}
	consumerContributionsOtherThanPersonal = apiTOSPhrase{
		textfmt.EN: "Contributions other than Personal Data, unless",
		textfmt.FR: "Contributions du Consommateur autres que des Données personnelles, sauf",
	}
	consumerAlreadyPublishedKept = apiTOSPhrase{
		textfmt.EN: "apart from those of Contributions already published, which it shall go on publishing",
		textfmt.FR: "à l'exception de celles des Contributions déjà publiées, qu'il ne continue de publier",
	}
	consumerContinuesToPublish = apiTOSPhrase{
		textfmt.EN: "apart from those of the Contributions that it continues to publish, which it shall go on publishing",
		textfmt.FR: "à l'exception de celles des Contributions dont il poursuit la publication, qu'il ne publie plus que",
	}
	// The reason of the conformity guarantee follows the answers
	// (L. 211-2, L. 224-25-2, L. 242-18-1).
	consumerGuaranteeRequired = apiTOSPhrase{
		textfmt.EN: "as articles L. 211-2 and D. 211-2 of the French Consumer Code require",
		textfmt.FR: "comme l'exigent les articles L. 211-2 et D. 211-2 du Code de la consommation",
	}
	consumerGuaranteeInItsTerms = apiTOSPhrase{
		textfmt.EN: "in the terms that articles L. 211-2 and D. 211-2 of the French Consumer Code provide",
		textfmt.FR: "dans les termes que prévoient les articles L. 211-2 et D. 211-2 du Code de la consommation",
	}
	consumerGuaranteeFine = apiTOSPhrase{
		textfmt.EN: "is liable to a civil fine",
		textfmt.FR: "amende civile",
	}
	consumerGivesNothing = apiTOSPhrase{
		textfmt.EN: "the Consumer provides no advantage in return and the data that the Consumer provides are processed only to supply and secure the API or to comply with the Provider's legal obligations",
		textfmt.FR: "le Consommateur ne procure en contrepartie aucun avantage et que les données qu'il fournit ne",
	}
	consumerGivingNothingNotOwed = apiTOSPhrase{
		textfmt.EN: "Access being free of charge, the Consumer providing no advantage in return and the data that the Consumer provides being processed only to supply and secure the API or to comply with the Provider's legal obligations, the legal guarantee of conformity of digital services does not apply",
		textfmt.FR: "L'accès étant gratuit, le Consommateur ne procurant en contrepartie aucun avantage et les données qu'il fournit n'étant traitées que pour lui fournir l'API et la sécuriser ou pour satisfaire aux obligations légales du Fournisseur, la garantie légale de conformité des services numériques ne s'y applique pas",
	}
	consumerNoPersonalDataOld = apiTOSPhrase{
		textfmt.EN: "no personal data are provided in return",
		textfmt.FR: "aucune donnée personnelle n'en constitue la contrepartie",
	}
	// Reviews: the longest time to publish them (D. 111-18 C. consom.).
	consumerReviewPublishedWithin = apiTOSPhrase{
		textfmt.EN: "a review is published, or refused as provided in point 5, within ten\u00a0(10)\u00a0days of its receipt by the Provider at the latest",
		textfmt.FR: "un avis est publié, ou refusé dans les conditions du point 5, dans un délai de dix\u00a0(10)\u00a0jours au plus à compter de sa réception par le Fournisseur",
	}
	consumerReviewUpdateDate = apiTOSPhrase{
		textfmt.EN: "with its date of publication and that of any later update of it",
		textfmt.FR: "avec sa date de publication et celle de ses éventuelles mises à jour",
	}
)

// consumerDocs assembles the API terms in every language from the
// example answers changed by set.
func consumerDocs(t *testing.T, set func(questionnaire.Values)) (questionnaire.Values, map[textfmt.Lang]*document.Document) {
	t.Helper()
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	delete(v, "provider.vat_number")
	v["provider.country"] = "FR"
	v["audience"] = "business-and-consumers"
	v["pricing.model"] = "paid"
	v["pricing.vat"] = "franchise"
	v["pricing.payment_days"] = 30
	v["pricing.payment_methods"] = []string{"card", "transfer", "sepa-debit"}
	set(v)
	if v["pricing.model"] == "free" && v["liability.cap"] == "fees" {
		v["liability.cap"] = "amount"
	}
	docs := map[textfmt.Lang]*document.Document{}
	for _, l := range textfmt.All {
		docs[l] = assemble12c(t, k, v, l)
	}
	return v, docs
}

// consumerExpect checks, in every language, that each phrase is in the
// clause id exactly when it should be.
type consumerExpect struct {
	phrase apiTOSPhrase
	id     string
	want   bool
}

func checkConsumerExpects(t *testing.T, what string, docs map[textfmt.Lang]*document.Document, expects []consumerExpect) {
	t.Helper()
	for l, doc := range docs {
		for _, e := range expects {
			if e.phrase.in(doc, e.id) != e.want {
				t.Errorf("%s %s: %s holds %q: %v, want %v", what, l, e.id, e.phrase[l], !e.want, e.want)
			}
		}
	}
}

// AV-4: under restricted access, the card is charged on the order, which
// follows admission, never on the admission itself.
func TestConsumerOrderAndCardAfterAdmission(t *testing.T) {
	for _, access := range []string{"restricted", "neutrality"} {
		for _, method := range []string{"account", "key-request"} {
			restricted := access == "restricted"
			_, docs := consumerDocs(t, func(v questionnaire.Values) {
				v["conditions.access"], v["acceptance.method"] = access, method
			})
			checkConsumerExpects(t, access+" "+method, docs, []consumerExpect{
				{phraseCardOnOrder, "access-payment", true},
				{consumerCardAfterAdmission, "access-payment", restricted},
				{consumerCardOnAdmissionOld, "access-payment", false},
				{consumerApplicationNoOrder, "scope-acceptance", restricted},
				{consumerOrderAfterAdmission, "scope-acceptance", restricted},
				{consumerOrderPageLink, "scope-acceptance", restricted && method == "key-request"},
				{phraseRequestForm, "scope-acceptance", !restricted && method == "key-request"},
				{consumerInformationNoOrder, "consumer-information", restricted},
				{consumerOrderPageWithdrawal, "consumer-withdrawal", restricted && method == "key-request"},
				{phraseLaterOrderWithdrawal, "consumer-withdrawal", method == "account"},
			})
		}
	}
}

// AV-5: the invoice is issued at the service, or at the start of a
// prepaid period, and the payment period runs from its date of issue.
func TestConsumerInvoiceIssueAndDueDate(t *testing.T) {
	for _, tc := range []struct {
		price, country string
	}{{"paid", "FR"}, {"paid", "BE"}, {"free", "FR"}} {
		_, docs := consumerDocs(t, func(v questionnaire.Values) {
			v["pricing.model"], v["provider.country"] = tc.price, tc.country
			if tc.country != "FR" {
				v["provider.registration"] = "BCE 0123.456.789, RPM Bruxelles"
			}
		})
		paid := tc.price == "paid"
		checkConsumerExpects(t, tc.price+" "+tc.country, docs, []consumerExpect{
			{consumerInvoiceIssued, "access-payment", paid},
			{consumerInvoiceMonthly, "access-payment", paid},
			{consumerDueFromIssue, "access-payment", paid},
			{consumerInvoiceTaxCode, "access-payment", paid && tc.country == "FR"},
		})
	}
}

// AV-8: the model withdrawal form is named in the information and the
// confirmation, and names the date of the contract withdrawn from.
func TestConsumerWithdrawalForm(t *testing.T) {
	for _, tc := range []struct {
		audience, access, price string
	}{
		{"business-and-consumers", "restricted", "paid"},
		{"business-and-consumers", "neutrality", "paid"},
		{"business-and-consumers", "neutrality", "free"},
		{"business", "neutrality", "paid"},
	} {
		_, docs := consumerDocs(t, func(v questionnaire.Values) {
			v["audience"], v["conditions.access"], v["pricing.model"] = tc.audience, tc.access, tc.price
			v["acceptance.method"] = "account"
		})
		consumers := tc.audience == "business-and-consumers"
		later := consumers && tc.price == "paid"
		for l, doc := range docs {
			if _, ok := doc.Clause("annex-withdrawal"); ok != consumers {
				t.Errorf("%v %s: withdrawal form present: %v, want %v", tc, l, ok, consumers)
			}
		}
		checkConsumerExpects(t, tc.audience+" "+tc.access+" "+tc.price, docs, []consumerExpect{
			{consumerFormInInformation, "consumer-information", consumers},
			{consumerFormInConfirmation, "scope-acceptance", consumers},
			{consumerFormConcluded, "annex-withdrawal", consumers && tc.access == "restricted"},
			{consumerFormAccepted, "annex-withdrawal", consumers && tc.access != "restricted"},
			{consumerFormLaterOrder, "annex-withdrawal", later},
			{consumerFormDelete, "annex-withdrawal", later},
		})
	}
}

// AX-1: the consequences of withdrawal: refund, sums owed only on an
// express request, and a withdrawn Contribution leaves with its credit.
func TestConsumerWithdrawalConsequences(t *testing.T) {
	for _, tc := range []struct {
		price, role string
		published   bool
	}{
		{"paid", "controller", true},
		{"paid", "processor", false},
		{"free", "controller", true},
		{"free", "processor", false},
	} {
		_, docs := consumerDocs(t, func(v questionnaire.Values) {
			v["pricing.model"], v["personal_data.processed"], v["personal_data.role"] = tc.price, true, tc.role
			v["contributions.published"] = tc.published
		})
		paid := tc.price == "paid"
		own := tc.role == "controller"
		checkConsumerExpects(t, tc.price+" "+tc.role, docs, []consumerExpect{
			{consumerNoRequestOwesNothing, "consumer-withdrawal", paid},
			{consumerRefundL22124, "consumer-withdrawal", paid},
			{consumerStopPublishing, "consumer-withdrawal", tc.published},
			{consumerContributionsOtherThanPersonal, "consumer-withdrawal", false},
			{consumerAlreadyPublishedKept, "consumer-withdrawal", false},
			{consumerContinuesToPublish, "consumer-withdrawal", own && tc.published},
		})
	}
}

// AV-7: a provider under the VAT franchise that sells to consumers is
// warned of the 10,000-euro threshold of cross-border B2C services.
func TestConsumerFranchiseCrossBorderWarning(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, tc := range []struct {
		audience, vat, number string
		want                  bool
	}{
		{"business-and-consumers", "franchise", "", true},
		{"business", "franchise", "", false},
		{"business-and-consumers", "", "FR40123456824", false},
	} {
		v := exampleValues(t, k)
		v["provider.country"], v["pricing.model"], v["audience"] = "FR", "paid", tc.audience
		delete(v, "provider.vat_number")
		if tc.number != "" {
			v["provider.vat_number"] = tc.number
		}
		if tc.vat != "" {
			v["pricing.vat"] = tc.vat
		}
		if got := slices.Contains(brokenRules(k, v), "small-business-exemption-consumers-other-states"); got != tc.want {
			t.Errorf("%v: warning %v, want %v", tc, got, tc.want)
		}
	}
	for _, r := range k.Questionnaire.Rules {
		if r.ID != "small-business-exemption-consumers-other-states" {
			continue
		}
		for l, want := range map[textfmt.Lang][]string{
			textfmt.EN: {"10,000 euros", "article 59c of directive 2006/112/EC", "article 259 D of the French General Tax Code", "One-Stop Shop"},
			textfmt.FR: {"10 000 euros", "article 59 quater de la directive 2006/112/CE", "article 259 D du Code général des impôts", "guichet unique"},
		} {
			for _, w := range want {
				if !strings.Contains(r.Reason[l], textfmt.Typeset(l, w)) {
					t.Errorf("%s: warning lacks %q", l, w)
				}
			}
		}
	}
}

// AY-16: the guarantee's stated reason follows the answers.
func TestConsumerGuaranteeReasonFollowsAnswers(t *testing.T) {
	for _, tc := range []struct {
		price     string
		voluntary bool
	}{{"free", true}, {"free", false}, {"paid", false}} {
		_, docs := consumerDocs(t, func(v questionnaire.Values) {
			v["pricing.model"], v["consumer.voluntary_guarantee"] = tc.price, tc.voluntary
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["contributions.published"] = false
			v["provider.type"] = "company"
		})
		paid := tc.price == "paid"
		checkConsumerExpects(t, tc.price, docs, []consumerExpect{
			{consumerGuaranteeRequired, "consumer-guarantee", paid},
			{consumerGuaranteeFine, "consumer-guarantee", paid},
			{consumerGuaranteeInItsTerms, "consumer-guarantee", !paid && tc.voluntary},
			{consumerGivesNothing, "consumer-guarantee", !paid && tc.voluntary},
			{consumerGivingNothingNotOwed, "consumer-guarantee", !paid && !tc.voluntary},
			{consumerGivesNothing, "consumer-withdrawal", !paid},
			{consumerNoPersonalDataOld, "consumer-guarantee", false},
			{consumerNoPersonalDataOld, "consumer-withdrawal", false},
		})
	}
}

// AY-3: reviews state the longest time to publish or refuse them and the
// date of their updates.
func TestConsumerReviewsPublicationTime(t *testing.T) {
	for _, reviews := range []bool{true, false} {
		_, docs := consumerDocs(t, func(v questionnaire.Values) {
			v["contributions.published"], v["contributions.reviews"] = true, reviews
			v["contributions.reviews_publication_days"] = 10
		})
		checkConsumerExpects(t, "reviews", docs, []consumerExpect{
			{consumerReviewPublishedWithin, "data-reviews", reviews},
			{consumerReviewUpdateDate, "data-reviews", reviews},
		})
	}
}

// AY-18: the online-platform warning states the DSA art. 19 exemption
// and what it leaves.
func TestConsumerPlatformExemptionWarning(t *testing.T) {
	k, _ := Lookup("api-tos")
	found := false
	for _, r := range k.Questionnaire.Rules {
		if r.ID != "contributions-online-platform" {
			continue
		}
		found = true
		for l, want := range map[textfmt.Lang][]string{
			textfmt.EN: {"save article 24(3)", "partner and linked enterprises", "twelve months", "very large online platform", "(articles 11 to 18), which bind you whatever your size"},
			textfmt.FR: {"sauf de l'article 24, paragraphe 3", "entreprises partenaires et liées", "douze mois", "très grande plateforme en ligne", "(articles 11 à 18), qui vous lient quelle que soit votre taille"},
		} {
			for _, w := range want {
				if !strings.Contains(r.Reason[l], textfmt.Typeset(l, w)) {
					t.Errorf("%s: warning lacks %q", l, w)
				}
			}
		}
	}
	if !found {
		t.Fatal("no online-platform warning")
	}
	v := exampleValues(t, k)
	v["contributions.published"] = true
	if !slices.Contains(brokenRules(k, v), "contributions-online-platform") {
		t.Error("publishing contributions raises no online-platform warning")
	}
}
