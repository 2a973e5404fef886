package templates

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

var (
	// A price increase is notified by e-mail with the notice period of a
	// change to the terms (article R. 212-4 of the Consumer Code for
	// consumers; article 1171 of the Civil Code otherwise).
	phrasePriceIncreaseNotice = apiTOSPhrase{
		textfmt.EN: "The Provider shall notify any price increase, or the introduction of a price for access or a feature that was until then free of charge, to each User concerned by e-mail at least",
		textfmt.FR: "Le Fournisseur notifie toute hausse de prix, ou l'instauration d'un prix pour un accès ou une fonction jusque-là gratuits, à chaque Utilisateur concerné, par courrier électronique, au moins",
	}
	// Refusing the increase ends the contract on the date it would take
	// effect, notified with a notice of its own (RL-1), and no earlier than
	// the end of the period already paid for (later still for a professional
	// User under C. com. L. 442-1, II, below eighteen months).
	phrasePriceRefusalEnd = apiTOSPhrase{
		textfmt.EN: "or, if later, at the end of the period the User has already paid for",
		textfmt.FR: "ou, si elle est postérieure, au terme de la période que l'Utilisateur a déjà payée",
	}
	phrasePriceSummaryEnd = apiTOSPhrase{
		textfmt.EN: "if the User does not accept it, the Agreement ends, at no cost",
		textfmt.FR: "s'il ne l'accepte pas, le Contrat prend fin, sans frais",
	}
	phraseFreeSummaryEnd = apiTOSPhrase{
		textfmt.EN: "and the User's refusal would end the Agreement, at no cost",
		textfmt.FR: "et son refus mettrait fin au Contrat, sans frais",
	}
	// The refund cases are a numbered list, which includes the end of the
	// contract for want of accepting a price.
	phraseRefundListOpens = apiTOSPhrase{
		textfmt.EN: "the Agreement ends for a cause not attributable to the User, exhaustively, when it ends:\n\n1. because the Provider closes the API",
		textfmt.FR: "le Contrat prend fin pour une cause qui n'est pas imputable à l'Utilisateur, limitativement, lorsqu'il prend fin :\n\n1. en raison de la fermeture de l'API par le Fournisseur",
	}
	phraseRefundPriceEnd = apiTOSPhrase{
		textfmt.EN: ", because the User has not accepted a price increase or the introduction of a price;",
		textfmt.FR: ", faute pour l'Utilisateur d'avoir accepté une hausse de prix ou l'instauration d'un prix ;",
	}
	phraseRefundListCloses = apiTOSPhrase{
		textfmt.EN: "are refunded to the User in proportion to the time left. In those cases, the User's termination takes effect",
		textfmt.FR: "lui sont remboursées au prorata du temps restant à courir. Dans ces cas, la résiliation par l'Utilisateur prend effet",
	}
	phraseTDMForeignLaw = apiTOSPhrase{
		textfmt.EN: "and of the provisions that transpose that article in the State where the Provider is established, and in any other State for which protection is claimed",
		textfmt.FR: "ainsi que des dispositions qui transposent cet article dans l'État où le Fournisseur est établi et dans tout autre État pour lequel la protection est demandée",
	}
	// A French public buyer's paid access is a public contract, an
	// administrative contract (article L. 6 of the Public Procurement
	// Code), invoiced through the public portal (L. 2192-1).
	phrasePublicBuyerAdministrative = apiTOSPhrase{
		textfmt.EN: "the Agreement is, as regards that User, the terms of a public contract, which is an administrative contract where that buyer is a legal person governed by public law (article L. 6 of that Code)",
		textfmt.FR: "le Contrat constitue à son égard les conditions d'un marché public, qui est un contrat administratif lorsque cet acheteur est une personne morale de droit public (article L. 6 de ce code)",
	}
	phrasePublicInvoicingPortal = apiTOSPhrase{
		textfmt.EN: "shall be sent to it in electronic form through the public invoicing portal (articles L. 2192-1 and following of the French Public Procurement Code)",
		textfmt.FR: "leur sont transmises sous forme électronique par le portail public de facturation (articles L. 2192-1 et suivants du Code de la commande publique)",
	}
	phraseInvoicesPaid = apiTOSPhrase{textfmt.EN: "Invoices shall be paid by", textfmt.FR: "Les factures se règlent par"}
	phraseTheyArePaid  = apiTOSPhrase{textfmt.EN: "They are paid by", textfmt.FR: "Elles se règlent par"}
	// The closure of the API to all, which needs no reason, is no
	// withdrawal of access that calls for reasons.
	phraseClosureNotWithdrawal = apiTOSPhrase{
		textfmt.EN: "The closure of the API to all Users is not a withdrawal of access within the meaning of this article",
		textfmt.FR: "La fermeture de l'API à tous les Utilisateurs n'est pas un retrait d'accès au sens du présent article",
	}
	// A termination within the withdrawal period is a withdrawal (article
	// 1190 of the Civil Code, L. 211-1 of the Consumer Code).
	phraseTerminationIsWithdrawal = apiTOSPhrase{
		textfmt.EN: "that a Consumer gives notice of while a withdrawal period is running, by whatever means, counts as the exercise of the right of withdrawal",
		textfmt.FR: "que le Consommateur notifie pendant qu'un délai de rétractation court, par quelque moyen que ce soit, vaut exercice du droit de rétractation",
	}
	phraseTerminationIsWithdrawalReminder = apiTOSPhrase{
		textfmt.EN: "A termination that a Consumer gives notice of while a withdrawal period is running counts as withdrawal",
		textfmt.FR: "La résiliation que le Consommateur notifie pendant un délai de rétractation vaut rétractation",
	}
	// The advantage a consumer's data provide (L. 112-4-1, L. 224-25-5).
	phraseAdvantageWithPrice = apiTOSPhrase{
		textfmt.EN: "In addition to the price, the Consumer provides the Provider with the following advantage, within the meaning of article L. 224-25-2 of the French Consumer Code",
		textfmt.FR: "En complément du prix, le Consommateur procure au Fournisseur l'avantage suivant, au sens de l'article L. 224-25-2 du Code de la consommation",
	}
	phraseAdvantageInsteadOfPrice = apiTOSPhrase{
		textfmt.EN: "the advantage the Consumer provides to the Provider instead of a price, within the meaning of article L. 224-25-2 of the French Consumer Code",
		textfmt.FR: "l'avantage que le Consommateur procure au Fournisseur au lieu d'un prix, au sens de l'article L. 224-25-2 du Code de la consommation",
	}
	// Every change reaches a consumer by e-mail (L. 224-25-25 and
	// L. 224-25-26 of the Consumer Code).
	phraseConsumerChangeEmail = apiTOSPhrase{
		textfmt.EN: "The Provider shall notify a Consumer by e-mail, which is a durable medium, of any change to the API, whether or not it is a Breaking Change",
		textfmt.FR: "Le Fournisseur notifie au Consommateur, par courrier électronique, qui constitue un support durable, toute modification de l'API, qu'elle constitue ou non une Modification incompatible",
	}
	phraseConsumerChangeCode = apiTOSPhrase{
		textfmt.EN: "(article L. 224-25-26 of the French Consumer Code, which transposes article 19 of Directive (EU) 2019/770",
		textfmt.FR: "(article L. 224-25-26 du Code de la consommation, qui transpose l'article 19 de la directive (UE) 2019/770",
	}
	phraseCompatibleChangeConsumerEmail = apiTOSPhrase{
		textfmt.EN: "Any change to the API, even one that is not a Breaking Change, shall in addition be notified by e-mail to a Consumer",
		textfmt.FR: "Toute modification de l'API, même lorsqu'elle n'est pas une Modification incompatible, est en outre notifiée par courrier électronique au Consommateur",
	}
	phraseExperimentalConsumerEmail = apiTOSPhrase{
		textfmt.EN: "after announcing it in the Change Log and, for a Consumer, by e-mail.",
		textfmt.FR: "après l'avoir annoncé dans le Journal des modifications et, pour le Consommateur, par courrier électronique.",
	}
	phraseWithdrawalContentCode = apiTOSPhrase{
		textfmt.EN: "(articles L. 221-26-1 and L. 224-25-22 of the French Consumer Code, which transpose",
		textfmt.FR: "(articles L. 221-26-1 et L. 224-25-22 du Code de la consommation, qui transposent",
	}
	phraseDeviationCode = apiTOSPhrase{
		textfmt.EN: "(article L. 224-25-14 of the French Consumer Code, which transposes article 8(5)",
		textfmt.FR: "(article L. 224-25-14 du Code de la consommation, qui transpose l'article 8, paragraphe 5,",
	}
	// An application for restricted access is decided within fifteen
	// days; failing an answer, the person may withdraw it, a withdrawn
	// application counting as refused (RN2-11).
	phraseApplicationDeadline = apiTOSPhrase{
		textfmt.EN: "If no answer is given within that period, the person may withdraw the application by a simple e-mail",
		textfmt.FR: "À défaut de réponse dans ce délai, la personne peut retirer sa demande par simple courrier électronique",
	}
	phraseDeemedRefusalRefund = apiTOSPhrase{
		textfmt.EN: "or deemed refused after that person has withdrawn it for want of an answer as provided in",
		textfmt.FR: "ou réputée refusée parce que cette personne l'a retirée faute de réponse dans les conditions de",
	}
	// Equal treatment of special terms is limited to the access
	// conditions, not every negotiated term.
	phraseSpecialTermsAccessOnly = apiTOSPhrase{
		textfmt.EN: "the Provider shall offer the same relaxation to any User in the same situation",
		textfmt.FR: "le Fournisseur propose le même assouplissement à tout Utilisateur placé dans la même situation",
	}
	phraseSpecialTermsMostFavoured = apiTOSPhrase{
		textfmt.EN: "the Provider shall offer equivalent special terms to any User in a comparable situation",
		textfmt.FR: "le Fournisseur propose des conditions particulières équivalentes à tout Utilisateur placé dans une situation comparable",
	}
	phraseCommercialLicencePublished = apiTOSPhrase{
		textfmt.EN: "The licence mentioned above is offered to any User on the published terms of that document.",
		textfmt.FR: "La licence mentionnée ci-dessus est proposée à tout Utilisateur aux conditions publiées de ce document.",
	}
	phraseIndividualEntrepreneur = apiTOSPhrase{textfmt.EN: "The Provider is an individual entrepreneur", textfmt.FR: "Le Fournisseur est un entrepreneur individuel."}
)

// checkAPITOSPriceAndConsumers fails unless the terms give, for the answers
// given, the notice of a price increase and the end of the contract on its
// refusal, the refund cases as a list, the closure of the API outside the
// duty to give reasons, a deadline for a restricted-access application,
// equal treatment limited to access conditions, the consumer rules with
// the Consumer Code's articles, and an individual entrepreneur named as
// such in English.
func checkAPITOSPriceAndConsumers(t *testing.T, k *Kind, doc *document.Document, raw questionnaire.Values, what string) {
	t.Helper()
	v := k.Questionnaire.Resolve(raw)
	paid, consumers := v["pricing.model"] == "paid", v["audience"] == "business-and-consumers"
	restricted := v["conditions.access"] == "restricted"
	personal, role := v["personal_data.processed"] == true, answer(v, "personal_data.role")
	own := personal && role != "processor"
	individual := answer(v, "provider.type") == "individual"
	published := v["contributions.published"] == true
	deletion := personal && v["personal_data.returns"] == true || answer(v, "conditions.data") == "commercial"
	guarantee := consumers && (paid || own || published || v["consumer.voluntary_guarantee"] == true)
	deviation := guarantee && v["safety.critical"] == true
	must := func(p apiTOSPhrase, id string, want bool, why string) {
		t.Helper()
		if p.in(doc, id) != want {
			t.Fatalf("%s: %s: clause %s says %q: %v", what, why, id, p[doc.Lang], !want)
		}
	}
	must(phrasePriceIncreaseNotice, "access-price", paid, "a price increase without notice by e-mail")
	must(phrasePriceRefusalEnd, "access-price", paid, "a refused increase that ends the contract before the paid period ends")
	must(phrasePriceSummaryEnd, "summary", paid, "a summary silent on what refusing an increase does")
	must(phraseFreeSummaryEnd, "summary", !paid, "a summary silent on what refusing a charge does")
	if paid {
		s, _ := doc.Clause("summary")
		if !refersTo(s, "access-price") {
			t.Fatalf("%s: the summary's price line does not cite the price clause", what)
		}
	}
	// The refund cases are the causes that the effects of termination
	// list, once for the refunds and the deletion alike.
	must(phraseRefundListOpens, "term-effects", paid || deletion, "causes of an end not attributable to the User that are not a numbered list")
	must(phraseRefundListOpens, "access-payment", false, "a refund list that restates the causes listed in the effects of termination")
	must(phraseRefundPriceEnd, "term-effects", paid, "the end of the contract for want of accepting a price left out of the refunds")
	must(phraseRefundListCloses, "access-payment", false, "the date on which a User's termination takes effect stated twice")
	if c, _ := doc.Clause("access-payment"); paid && !refersTo(c, "term-effects") {
		t.Fatalf("%s: the refunds do not cite the causes listed in the effects of termination", what)
	}
	// An administrative public service under public accounting collects
	// the sums due on a notice of sums payable, not on invoices.
	recovery := v["provider.type"] == "public-body" && v["provider.public_activity"] != "industrial-commercial" && v["provider.public_accounting"] == true
	// Without means answered (a public body), the invoice states them.
	must(phraseInvoicesPaid, "access-payment", paid && !recovery, "the means of payment with no subject")
	must(phraseTheyArePaid, "access-payment", false, "the means of payment with a pronoun that follows the discount")
	for _, id := range []string{"access-neutrality", "access-restricted", "access-share-alike"} {
		if c, ok := doc.Clause(id); ok {
			must(phraseClosureNotWithdrawal, id, true, "the closure of the API held to the duty to give reasons")
			if !refersTo(c, "term-provider") {
				t.Fatalf("%s: %s does not send the closure to the provider's termination clause", what, id)
			}
		}
	}
	must(phraseApplicationDeadline, "scope-acceptance", restricted, "an application for access with no deadline, or a deadline with no application")
	must(phraseDeemedRefusalRefund, "access-payment", restricted && paid, "a deemed refusal without its refund")
	// What survives the end of the contract includes the duties that
	// outlive it: confidentiality, the limits on personal data, the
	// refunds due and, for a processor, deletion and audit.
	if c, ok := doc.Clause("term-effects"); ok {
		dpa := personal && role != "controller"
		for id, want := range map[string]bool{"data-provider-use": true, "data-personal": personal, "access-payment": paid, "dpa-end": dpa, "dpa-audit": dpa} {
			if refersTo(c, id) != want {
				t.Fatalf("%s: the effects of termination refer to %s: %v", what, id, !want)
			}
		}
	} else {
		t.Fatalf("%s: no clause on the effects of termination", what)
	}
	// A provider established abroad reserves text and data mining under
	// the law of its own State too, where the reproduction it forbids is
	// protected (Rome II, art. 8).
	country := answer(v, "provider.country")
	must(phraseTDMForeignLaw, "data-commercial", answer(v, "conditions.data") == "commercial" && country != "FR" && country != "IT" && country != "", "a foreign provider's mining opt-out under French law alone")
	must(phrasePublicBuyerAdministrative, "jurisdiction", paid, "a public buyer's paid access sent to the courts of the choice of court")
	must(phrasePublicInvoicingPortal, "access-payment", paid, "invoices to public buyers outside the public invoicing portal")
	must(phraseSpecialTermsAccessOnly, "scope-precedence", true, "special terms bound by equal treatment beyond access")
	must(phraseSpecialTermsMostFavoured, "scope-precedence", false, "a most-favoured-user clause")
	must(phraseCommercialLicencePublished, "scope-precedence", answer(v, "conditions.data") == "commercial", "the commercial licence's published terms")
	must(phraseTerminationIsWithdrawal, "consumer-withdrawal", consumers, "a termination within the withdrawal period that may be read as no withdrawal")
	must(phraseTerminationIsWithdrawalReminder, "term-user", consumers, "a termination clause silent on the withdrawal period")
	must(phraseAdvantageWithPrice, "consumer-information", consumers && own && paid, "the advantage a paying consumer's data provide")
	must(phraseAdvantageInsteadOfPrice, "consumer-information", consumers && own && !paid, "the advantage a consumer's data provide instead of a price")
	must(phraseConsumerChangeEmail, "consumer-changes", consumers, "a change that does not reach a consumer by e-mail")
	must(phraseConsumerChangeCode, "consumer-changes", consumers, "the consumer's right to terminate cited to the directive alone")
	must(phraseCompatibleChangeConsumerEmail, "change-api", consumers, "a compatible change published only in the Change Log for consumers")
	must(phraseExperimentalConsumerEmail, "change-experimental", consumers, "an experimental feature changed without e-mail to consumers")
	must(phraseWithdrawalContentCode, "consumer-withdrawal", consumers && published, "the fate of Contributions cited to the directives alone")
	must(phraseDeviationCode, "consumer-guarantee", deviation, "the accepted deviation cited to the directive alone")
	must(phraseIndividualEntrepreneur, "term-cessation", individual, "an individual provider not named as an individual entrepreneur")
	if doc.Lang == textfmt.EN {
		md := mdtext.Plain(doc.Front)
		for _, c := range doc.Clauses {
			md += c.Title + "\n" + mdtext.Plain(c.Body)
		}
		for _, bad := range []string{"best endeavours", "sole trader's business", "on its death"} {
			if strings.Contains(md, bad) {
				t.Fatalf("%s: the English says %q", what, bad)
			}
		}
	}
}

// Across the combinations of options, in both languages, the terms give
// the price, payment, formation and consumer rules their full content.
func TestAPITOSPriceAndConsumerRules(t *testing.T) {
	k, _ := Lookup("api-tos")
	sets := apiTOSWalk(t, k)
	seen := map[string]bool{}
	for i, vals := range sets {
		if i%5 != 0 {
			continue
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			checkAPITOSPriceAndConsumers(t, k, doc, vals, string(l)+" "+describe(k, vals))
			for name, p := range map[string]struct {
				phrase apiTOSPhrase
				id     string
			}{
				"notice":    {phrasePriceIncreaseNotice, "access-price"},
				"deadline":  {phraseApplicationDeadline, "scope-acceptance"},
				"withdraw":  {phraseTerminationIsWithdrawal, "consumer-withdrawal"},
				"paid-adv":  {phraseAdvantageWithPrice, "consumer-information"},
				"free-adv":  {phraseAdvantageInsteadOfPrice, "consumer-information"},
				"deviation": {phraseDeviationCode, "consumer-guarantee"},
				"contents":  {phraseWithdrawalContentCode, "consumer-withdrawal"},
				"EI":        {phraseIndividualEntrepreneur, "term-cessation"},
				"TDM":       {phraseTDMForeignLaw, "data-commercial"},
			} {
				if p.phrase.in(doc, p.id) {
					seen[name] = true
				}
			}
		}
	}
	for _, name := range []string{"notice", "deadline", "withdraw", "paid-adv", "free-adv", "deviation", "contents", "EI", "TDM"} {
		if !seen[name] {
			t.Errorf("no combination produced the %s branch", name)
		}
	}
}
