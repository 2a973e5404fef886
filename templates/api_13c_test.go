package templates

import (
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// paid13c are the example answers with paid access.
func paid13c(t *testing.T, k *Kind) questionnaire.Values {
	t.Helper()
	v := exampleValues(t, k)
	v["pricing.model"] = "paid"
	return v
}

// Reciprocity asks of a User's own interface at least the periods the
// provider grants under the articles it cites, each from its answer.
func TestAPI13cReciprocityPeriodsFromAnswers(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["conditions.access"] = "share-alike"
	v["change.notice_months"], v["change.deprecation_months"] = 4, 15
	v["term.termination_notice_months"], v["term.specification_months"], v["term.cure_months"] = 5, 30, 2
	want := []apiTOSPhrase{
		{textfmt.EN: "four\u00a0(4)\u00a0months' notice of changes to its terms", textfmt.FR: "quatre\u00a0(4)\u00a0mois de préavis pour les modifications de ses conditions"},
		{textfmt.EN: "fifteen\u00a0(15)\u00a0months of maintenance of a deprecated version", textfmt.FR: "quinze\u00a0(15)\u00a0mois de maintien d'une version déclarée obsolète"},
		{textfmt.EN: "five\u00a0(5)\u00a0months' notice before closing its interface", textfmt.FR: "cinq\u00a0(5)\u00a0mois de préavis avant la fermeture de son interface"},
		{textfmt.EN: "thirty\u00a0(30)\u00a0months of access to its specification", textfmt.FR: "trente\u00a0(30)\u00a0mois d'accessibilité de sa spécification"},
		{textfmt.EN: "two\u00a0(2)\u00a0months to remedy a breach", textfmt.FR: "deux\u00a0(2)\u00a0mois pour remédier à un manquement"},
	}
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, v, l)
		for _, p := range want {
			if !p.in(doc, "user-share-alike") {
				t.Errorf("%s: reciprocity lacks %q", l, p[l])
			}
		}
		if (apiTOSPhrase{textfmt.EN: "twelve\u00a0(12)\u00a0months of access to its specification after that closure and two", textfmt.FR: "douze\u00a0(12)\u00a0mois d'accessibilité de sa spécification après cette fermeture et deux"}).in(doc, "user-share-alike") {
			t.Errorf("%s: reciprocity keeps a specification period of its own", l)
		}
	}
}

var (
	phrase13cRefundByLaw = apiTOSPhrase{
		textfmt.EN: "because the Provider terminates it where the law requires it, as provided in",
		textfmt.FR: "par la résiliation que prononce le Fournisseur lorsque la loi l'exige, dans les conditions de",
	}
	phrase13cRefundGeneralInterest = apiTOSPhrase{
		textfmt.EN: "because the Provider withdraws the User's access where the law requires it or on grounds of the general interest",
		textfmt.FR: "par le retrait de l'accès de l'Utilisateur que prononce le Fournisseur lorsque la loi l'exige ou pour un motif d'intérêt général",
	}
	phrase13cBreachSetOff = apiTOSPhrase{
		textfmt.EN: "less, by set-off under articles 1347 and following of the French Civil Code, the sums owed by the User to the Provider that are certain, liquid and due (article 1347-1 of that Code)",
		textfmt.FR: "déduction faite, par compensation dans les conditions des articles 1347 et suivants du Code civil, des sommes certaines, liquides et exigibles que l'Utilisateur doit au Fournisseur (article 1347-1 du même code)",
	}
	phrase13cBreachRefund = apiTOSPhrase{
		textfmt.EN: "the sums paid in advance for the period after the Agreement ends are likewise refunded to the User in proportion to the time left",
		textfmt.FR: "les sommes payées d'avance pour la période postérieure à la fin du Contrat sont de même remboursées à l'Utilisateur au prorata du temps restant à courir",
	}
	phrase13cBreachPeriodDue = apiTOSPhrase{
		textfmt.EN: "for a breach by the User, under",
		textfmt.FR: "pour un manquement de l'Utilisateur, en application de",
	}
	phrase13cPriceTermination = apiTOSPhrase{
		textfmt.EN: "The User may also terminate the Agreement before that date, as provided in Article\u00a010.2, with the effects set out in Article\u00a03.4.",
		textfmt.FR: "L'Utilisateur peut aussi résilier le Contrat avant cette date, dans les conditions de l'article\u00a010.2, avec les effets prévus à l'article\u00a03.4.",
	}
	phrase13cPublicBuyer = apiTOSPhrase{
		textfmt.EN: "a User that is a buyer subject to the French Public Procurement Code shall pay after the service has been performed, by bank transfer",
		textfmt.FR: "l'Utilisateur qui est un acheteur soumis au Code de la commande publique paie après service fait, par virement bancaire",
	}
	phrase13cPublicBuyerNoCard = apiTOSPhrase{
		textfmt.EN: "no payment in advance and no payment by bank card may be required of it",
		textfmt.FR: "aucun paiement d'avance ni aucun paiement par carte bancaire ne peut être exigé de lui",
	}
	phrase13cKeyReference = apiTOSPhrase{
		textfmt.EN: "without ever having to disclose a secret key or token, the public reference of the Access Credential concerned, such as the key's identifier or prefix",
		textfmt.FR: "sans jamais avoir à communiquer une clé ou un jeton secrets, la référence publique de l'Identifiant d'accès concerné, telle que l'identifiant ou le préfixe de la clé",
	}
	phrase13cSecretAsked = apiTOSPhrase{
		textfmt.EN: "gives its e-mail address and the Access Credential concerned",
		textfmt.FR: "indique son adresse électronique et l'Identifiant d'accès concerné",
	}
)

// Prepaid sums: the refund list covers a termination the law requires,
// and a termination for the User's breach refunds the unused period less
// what the User owes, whichever treatment of a User's own termination the
// provider chose; free access has no payment clause.
func TestAPI13cRefunds(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, prepaid := range []string{"refund", "period-end"} {
		v := paid13c(t, k)
		v["pricing.prepaid"] = prepaid
		for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
			doc := assemble12c(t, k, v, l)
			for name, p := range map[string]apiTOSPhrase{"by law": phrase13cRefundByLaw, "set-off": phrase13cBreachSetOff, "breach": phrase13cBreachPeriodDue, "price": phrase13cPriceTermination} {
				if !p.in(doc, "access-payment") && !p.in(doc, "access-price") && !p.in(doc, "term-effects") {
					t.Errorf("%s, %s: %s missing", prepaid, l, name)
				}
			}
			if phrase13cBreachRefund.in(doc, "access-payment") != (prepaid == "refund") {
				t.Errorf("%s, %s: refund of the whole unused period after a breach: want %v", prepaid, l, prepaid == "refund")
			}
			if phrase13cRefundGeneralInterest.in(doc, "term-effects") {
				t.Errorf("%s, %s: general interest outside administrative contracts", prepaid, l)
			}
		}
	}
	v := publicValues(t, k)
	v["pricing.model"] = "paid"
	v["provider.public_activity"] = "administrative"
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, v, l)
		if !phrase13cRefundGeneralInterest.in(doc, "term-effects") {
			t.Errorf("%s: administrative contract: no refund on termination in the general interest", l)
		}
	}
	free := exampleValues(t, k)
	free["pricing.model"] = "free"
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, free, l)
		if phrase13cBreachSetOff.in(doc, "access-payment") || phrase13cRefundByLaw.in(doc, "access-payment") {
			t.Errorf("%s: free access prints refunds", l)
		}
	}
}

// A public buyer pays after the service is performed, by transfer,
// whatever means of payment the provider accepts; free access says nothing.
func TestAPI13cPublicBuyerPayment(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := paid13c(t, k)
	v["pricing.payment_methods"] = []string{"card"}
	free := exampleValues(t, k)
	free["pricing.model"] = "free"
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, v, l)
		if !phrase13cPublicBuyer.in(doc, "access-payment") || !phrase13cPublicBuyerNoCard.in(doc, "access-payment") {
			t.Errorf("%s: card-only payment: public buyers not exempted", l)
		}
		doc = assemble12c(t, k, free, l)
		if phrase13cPublicBuyer.in(doc, "access-payment") {
			t.Errorf("%s: free access: payment by public buyers", l)
		}
	}
}

// The termination form never asks for a secret key.
func TestAPI13cTerminationFormAsksNoSecret(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, method := range []string{"key-request", "account"} {
		v := exampleValues(t, k)
		v["acceptance.method"] = method
		for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
			doc := assemble12c(t, k, v, l)
			if phrase13cSecretAsked.in(doc, "term-user") {
				t.Errorf("%s, %s: the form asks for the credential itself", method, l)
			}
			if phrase13cKeyReference.in(doc, "term-user") != (method == "key-request") {
				t.Errorf("%s, %s: public reference of the key: want %v", method, l, method == "key-request")
			}
		}
	}
}

// Paid access closed on less than eighteen months' notice is warned of
// (article L. 442-1, II, of the Commercial Code); free access is not.
func TestAPI13cClosureNoticeWarning(t *testing.T) {
	k, _ := Lookup("api-tos")
	cases := []struct {
		model  string
		months int
		warned bool
	}{{"paid", 3, true}, {"paid", 6, true}, {"paid", 17, true}, {"paid", 18, false}, {"paid", 24, false}, {"free", 6, false}}
	for _, c := range cases {
		v := exampleValues(t, k)
		v["pricing.model"], v["term.termination_notice_months"] = c.model, c.months
		if c.months > 12 {
			v["change.deprecation_months"] = 12
		}
		var ids []string
		for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(v), testDay) {
			ids = append(ids, p.Rule.ID)
			if p.Rule.ID == "closure-notice-short-for-paid-access" && !p.Warning() {
				t.Errorf("%s, %d months: an error, not a warning", c.model, c.months)
			}
		}
		if slices.Contains(ids, "closure-notice-short-for-paid-access") != c.warned {
			t.Errorf("%s, %d months: warned %v, want %v", c.model, c.months, !c.warned, c.warned)
		}
	}
}

// A French provider that publishes contributions names its hosting
// provider at the head of the terms (LCEN, art. 6, III, 1, d)), and is
// warned when it leaves it out; one that publishes nothing prints none.
func TestAPI13cHost(t *testing.T) {
	k, _ := Lookup("api-tos")
	host := apiTOSPhrase{textfmt.EN: "- **Hosting provider:** Nuage Hébergement SAS", textfmt.FR: "- **Hébergeur :** Nuage Hébergement SAS"}
	for _, published := range []bool{true, false} {
		v := exampleValues(t, k)
		v["provider.country"], v["contributions.published"] = "FR", published
		v["provider.host"] = "Nuage Hébergement SAS, 12 rue des Serveurs, 59100 Roubaix, France, +33 1 23 45 67 89"
		for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
			doc := assemble12c(t, k, v, l)
			if host.in(doc, "parties") != published {
				t.Errorf("published %v, %s: hosting provider printed %v", published, l, !published)
			}
		}
		warned := func() bool {
			for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(v), testDay) {
				if p.Rule.ID == "host-missing" {
					return true
				}
			}
			return false
		}
		if warned() {
			t.Errorf("published %v: warned although the host is given", published)
		}
		delete(v, "provider.host")
		if warned() != published {
			t.Errorf("published %v: warned of a missing host %v", published, !published)
		}
	}
}
