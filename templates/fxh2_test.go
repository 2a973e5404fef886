package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxh2Case is one set of answers reaching the clauses of review H2 and of
// J-2 / J-7: the audience, the cap, the kind of provider.
type fxh2Case struct {
	name      string
	consumers bool
	cap       string // liability.cap
	free      bool
}

func fxh2Values(t *testing.T, k *Kind, c fxh2Case) questionnaire.Values {
	t.Helper()
	audience := "business"
	if c.consumers {
		audience = "business-and-consumers"
	}
	v := fxconsValues(t, k, audience)
	v["liability.cap"] = c.cap
	if c.free {
		v["pricing.model"] = "free"
		delete(v, "pricing.prepaid")
		delete(v, "pricing.payment_methods")
	}
	settleVAT(v)
	if errs := refusals(k, v); len(errs) > 0 {
		t.Fatalf("%s: answers refused: %v", c.name, errs)
	}
	return v
}

var fxh2Cases = []fxh2Case{
	{"paid, consumers, amount", true, "amount", false},
	{"paid, business, fees", false, "fees", false},
	{"paid, consumers, no cap", true, "none", false},
	{"free, business, amount", false, "amount", true},
}

func TestFxh2Clauses(t *testing.T) {
	k, _ := Lookup("api-tos")
	// H2-1: the change and closure commitments escape the exclusion only,
	// under a separate cap three times the general one.
	trebled := apiTOSPhrase{
		textfmt.EN: "or of its commitments on changes and on the closure of the API under Articles\u00a05.2, 5.3, 5.6 and 10.3; the Provider's total liability for each of those two categories of breaches is subject to a separate cap equal to three times the cap in (b), which replaces that cap for them, and the sums due for them do not count towards it.",
		textfmt.FR: "ni à ses engagements relatifs aux modifications et à la fermeture de l'API prévus aux articles\u00a05.2, 5.3, 5.6 et 10.3 ; la responsabilité totale du Fournisseur au titre de chacune de ces deux catégories de manquements est soumise à un plafond distinct, égal au triple du plafond prévu au b), qui remplace ce plafond pour ces manquements, les sommes dues à leur titre ne s'imputant pas sur ce dernier.",
	}
	uncapped := apiTOSPhrase{
		textfmt.EN: "The exclusion and the cap do not apply either",
		textfmt.FR: "L'exclusion et le plafond ne s'appliquent pas davantage",
	}
	caps := apiTOSPhrase{
		textfmt.EN: "The exclusions and the caps set out in this article apply neither in the event of gross negligence",
		textfmt.FR: "Les exclusions et les plafonds prévus au présent article ne s'appliquent ni en cas de faute lourde",
	}
	// H2-2: rate-limit repeats are no ground of termination without notice;
	// eight days' notice towards Consumers and Non-Professionals.
	rateLimit := apiTOSPhrase{
		textfmt.EN: "the repetition, after a suspension under this article, of the breach that justified it, other than exceeding the limits set by the Documentation;",
		textfmt.FR: "la réitération, après une suspension prononcée en application du présent article, du manquement qui l'a justifiée, autre que le dépassement des limites fixées par la Documentation ;",
	}
	eightDaysC := apiTOSPhrase{
		textfmt.EN: "Towards a Consumer or a Non-Professional, a termination by the Provider without prior formal notice takes effect, except where the breach relied on is an attack on the security of the API or of other Users, only eight\u00a0(8)\u00a0days after its notification",
		textfmt.FR: "À l'égard du Consommateur ou du Non-professionnel, la résiliation sans mise en demeure que le Fournisseur prononce ne prend effet, sauf lorsque le manquement invoqué est une atteinte à la sécurité de l'API ou des autres Utilisateurs, que huit\u00a0(8)\u00a0jours après sa notification",
	}
	eightDaysNP := apiTOSPhrase{
		textfmt.EN: "Towards a Non-Professional, a termination by the Provider without prior formal notice takes effect",
		textfmt.FR: "À l'égard du Non-professionnel, la résiliation sans mise en demeure que le Fournisseur prononce ne prend effet",
	}
	// H2-8: wording of 10.4 and 2.4 (FR); H2-9 (EN).
	periodBefore := apiTOSPhrase{
		textfmt.EN: "By way of exception to the period set out in the previous paragraph,",
		textfmt.FR: "Par exception au délai prévu à l'alinéa précédent,",
	}
	perils := apiTOSPhrase{
		textfmt.EN: "A party that so terminates does so at its own risk:",
		textfmt.FR: "La partie qui met ainsi fin à la relation le fait à ses risques et périls :",
	}
	refusal := apiTOSPhrase{
		textfmt.EN: "the Provider has, within the previous twelve\u00a0(12)\u00a0months, terminated an Agreement with that person for breach under Article\u00a010.4.",
		textfmt.FR: "le Fournisseur a, au cours des douze\u00a0(12)\u00a0mois précédents, résilié pour manquement, en application de l'article\u00a010.4, un Contrat conclu avec elle.",
	}
	// H2-3: the Provider's way out of 5.6, a no-fault ending in 10.6.
	wayOut := apiTOSPhrase{
		textfmt.EN: "failing that, the former version continues to apply to that User until the Agreement ends, and the Provider may then terminate the Agreement with that User by a notice sent by e-mail, on the notice period that Article\u00a010.3 sets for the closure of the API, the sums paid in advance for the period after the end of the Agreement being refunded to the User as provided in Article\u00a03.4.",
		textfmt.FR: "à défaut, la version antérieure continue de s'appliquer à lui jusqu'à la fin du Contrat, que le Fournisseur peut alors résilier par une notification adressée par courrier électronique, moyennant le préavis que l'article\u00a010.3 prévoit pour la fermeture de l'API, les sommes payées d'avance pour la période postérieure à la fin du Contrat étant remboursées à l'Utilisateur dans les conditions de l'article\u00a03.4.",
	}
	byException := apiTOSPhrase{
		textfmt.EN: "By way of exception, towards ",
		textfmt.FR: "Par exception, à l'égard ",
	}
	noFault := apiTOSPhrase{
		textfmt.EN: "because the Provider terminates it under Article\u00a05.6 towards ",
		textfmt.FR: "par la résiliation que prononce le Fournisseur, en application de l'article\u00a05.6, à l'égard ",
	}
	// H2-4: 2.4 and 3.4 reserve 11.2.
	credentials := apiTOSPhrase{
		textfmt.EN: "However, the Provider shall issue Access Credentials to a Consumer who has not requested that performance of the Agreement begin before the end of the withdrawal period only as provided in Article\u00a011.2.",
		textfmt.FR: "Toutefois, le Fournisseur ne délivre les Identifiants d'accès au Consommateur qui n'a pas demandé que l'exécution du Contrat commence avant la fin du délai de rétractation que dans les conditions de l'article\u00a011.2.",
	}
	cardStep := apiTOSPhrase{
		textfmt.EN: "is made at that time (Article\u00a03.4), except for a Consumer who has not requested immediate performance, as provided in Article\u00a011.2.",
		textfmt.FR: "intervient à ce moment (article\u00a03.4), sauf pour le Consommateur qui n'a pas demandé l'exécution immédiate, dans les conditions de l'article\u00a011.2.",
	}
	cardPayment := apiTOSPhrase{
		textfmt.EN: "when the order is placed, subject to Article\u00a011.2, and then at the start of each billing period",
		textfmt.FR: "lors de la commande, sous réserve de l'article\u00a011.2, puis au début de chaque période de facturation",
	}
	// H2-9: 11.2 in English.
	withdrawal := apiTOSPhrase{
		textfmt.EN: "Where a Consumer has made no such request, the Provider shall send the Access Credentials, to the e-mail address given in the form, only once the withdrawal period has expired without the Consumer withdrawing.",
		textfmt.FR: "Au Consommateur qui n'a pas formé cette demande, le Fournisseur n'adresse les Identifiants d'accès",
	}
	// H2-5: the third-party Data exception qualifies the Data, before the
	// trademark limb.
	warranty := apiTOSPhrase{
		textfmt.EN: "claiming that the API, the Specification or the Data, except for the Data that the Documentation identifies as subject to the rights of third parties, used in accordance with the Agreement, infringe that third party's Intellectual Property Rights, or that the use of the Provider's name and trademarks",
		textfmt.FR: "soutenant que l'API, la Spécification ou les Données, à l'exception des Données que la Documentation signale comme soumises aux droits de tiers, utilisées conformément au Contrat, portent atteinte aux Droits de propriété intellectuelle de ce tiers, ou que l'usage du nom et des marques du Fournisseur",
	}
	oldWarranty := apiTOSPhrase{
		textfmt.EN: "distinctive sign, except for the Data",
		textfmt.FR: "distinctif, à l'exception des Données",
	}
	// H2-6: attribution for openly licensed Data.
	attribution := apiTOSPhrase{
		textfmt.EN: "For the Data, the User shall credit the source as their licence requires (Article\u00a06.5), in any manner that licence permits; the words “Source: ",
		textfmt.FR: "Pour les Données, l'Utilisateur mentionne la source conformément à leur licence (article\u00a06.5), de toute manière que celle-ci permet ; la mention « Source : ",
	}
	features := apiTOSPhrase{
		textfmt.EN: "Where an Application lets third parties use features of the API, that is, send requests to the API, directly or through the Application, and receive its responses, rather than merely consult Data already obtained, the User shall state clearly and visibly",
		textfmt.FR: "Lorsqu'une Application permet à des tiers d'utiliser des fonctions de l'API, c'est-à-dire de lui adresser des requêtes, directement ou par l'intermédiaire de l'Application, et d'en recevoir les réponses, et non seulement de consulter des Données déjà obtenues, l'Utilisateur indique de manière claire et visible",
	}
	oldAttribution := apiTOSPhrase{
		textfmt.EN: "it is mandatory only for the features",
		textfmt.FR: "n'est obligatoire que pour les fonctions",
	}
	// H2-7: summary and parties block (the courts' line as J-5 wrote it).
	summary := apiTOSPhrase{
		textfmt.EN: "or, without formal notice, a serious breach listed in Article\u00a010.4, or where the law requires it",
		textfmt.FR: "ou, sans mise en demeure, un manquement grave énuméré à l'article\u00a010.4, ou lorsque la loi l'exige",
	}
	courts := apiTOSPhrase{
		textfmt.EN: "courts of Paris in the cases set out in Article\u00a0",
		textfmt.FR: "juridictions de Paris dans les cas prévus à l'article\u00a0",
	}
	// J-7: the comma after the court.
	comma := apiTOSPhrase{
		textfmt.EN: "exclusive jurisdiction of the courts of Paris in the following cases: (a) the User is domiciled outside France",
		textfmt.FR: "juridictions de Paris",
	}
	// J-2, RL-8, RS2-2: a doubt on the authoritative version is read against the Provider
	// where a discrepancy leaves a doubt (C. civ. 1190, every adhesion
	// contract; C. consom. L. 211-1 for Consumers and Non-Professionals).
	favourableC := apiTOSPhrase{
		textfmt.EN: "Where the meaning of the authoritative version is in doubt, that version is interpreted against the Provider, the Agreement being a contract of adhesion proposed by the Provider (article 1190 of the French Civil Code and, towards a Consumer or a Non-Professional, article L.\u00a0211-1 of the French Consumer Code).",
		textfmt.FR: "En cas de doute sur le sens de la version qui fait foi, celle-ci s'interprète contre le Fournisseur, le Contrat étant un contrat d'adhésion proposé par le Fournisseur (article 1190 du Code civil et, à l'égard du Consommateur ou du Non-professionnel, article L.\u00a0211-1 du Code de la consommation).",
	}
	favourableNP := apiTOSPhrase{
		textfmt.EN: "that version is interpreted against the Provider, the Agreement being a contract of adhesion proposed by the Provider (article 1190 of the French Civil Code and, towards a Non-Professional, article",
		textfmt.FR: "celle-ci s'interprète contre le Fournisseur, le Contrat étant un contrat d'adhésion proposé par le Fournisseur (article 1190 du Code civil et, à l'égard du Non-professionnel, article",
	}

	for _, c := range fxh2Cases {
		v := fxh2Values(t, k, c)
		v["provider.merchant"] = true
		capped, paid := c.cap != "none", !c.free
		for _, l := range textfmt.All {
			doc := assemble12c(t, k, v, l)
			what := c.name + " " + string(l)
			for _, w := range []struct {
				id   string
				p    apiTOSPhrase
				want bool
				name string
			}{
				{"liability-limit", trebled, capped, "H2-1 trebled cap"},
				{"liability-limit", uncapped, false, "H2-1 old uncapped sentence"},
				{"liability-limit", caps, capped, "H2-1 caps"},
				{"term-breach", rateLimit, true, "H2-2 rate limits"},
				{"term-breach", eightDaysC, c.consumers, "H2-2 eight days (consumers)"},
				{"term-breach", eightDaysNP, !c.consumers, "H2-2 eight days (non-professionals)"},
				{"term-breach", periodBefore, true, "H2-8 period"},
				{"term-breach", perils, true, "H2-8 risques et périls"},
				{"scope-acceptance", refusal, true, "H2-8/9 refusal ground"},
				{"change-terms", byException, true, "H2-8/9 by way of exception"},
				{"term-effects", noFault, true, "H2-3 no-fault ending"},
				{"scope-acceptance", credentials, c.consumers, "H2-4 credentials"},
				{"scope-acceptance", cardStep, c.consumers && paid, "H2-4 card at order"},
				{"access-payment", cardPayment, c.consumers && paid, "H2-4 card in 3.4"},
				{"consumer-withdrawal", withdrawal, c.consumers, "H2-9 11.2"},
				{"warranty-title", warranty, paid, "H2-5 warranty"},
				{"warranty-title", oldWarranty, false, "H2-5 old position"},
				{"user-attribution-required", attribution, true, "H2-6 attribution"},
				{"user-attribution-required", features, true, "H2-6 features"},
				{"user-attribution-required", oldAttribution, false, "H2-6 old sentence"},
				{"summary", summary, true, "H2-7 summary"},
				{"parties", courts, true, "H2-7 courts"},
				{"jurisdiction", comma, true, "J-7 comma"},
				{"languages", favourableC, c.consumers, "J-2 consumers"},
				{"languages", favourableNP, !c.consumers, "J-2 non-professionals"},
			} {
				if got := w.p.in(doc, w.id); got != w.want {
					t.Errorf("%s: %s in %s: got %v, want %v (%q)", what, w.name, w.id, got, w.want, w.p[l])
				}
			}
			if paid {
				if !wayOut.in(doc, "change-terms") {
					t.Errorf("%s: H2-3 the Provider's way out of 5.6 is missing", what)
				}
			} else if !strings.Contains(clauseText(doc, "change-terms"), map[textfmt.Lang]string{textfmt.EN: "on the notice period that Article\u00a010.3 sets for the closure of the API.", textfmt.FR: "moyennant le préavis que l’article\u00a010.3 prévoit pour la fermeture de l’API."}[l]) {
				t.Errorf("%s: H2-3 free access: the way out without refund is missing", what)
			}
		}
	}
}

// H2-9: "No" keeps the number of a regulation on its line in English.
func TestFxh2EnglishNumberSpace(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := fxh2Values(t, k, fxh2Cases[0])
	doc := assemble12c(t, k, v, textfmt.EN)
	text := clauseText(doc, "consumer-law")
	if text == "" {
		for _, c := range doc.Clauses {
			if strings.Contains(c.Body, "Regulation (EC) No") {
				text = c.Body
				break
			}
		}
	}
	if !strings.Contains(text, "Regulation (EC) No\u00a0593/2008") {
		t.Errorf("no no-break space after No: %q", text)
	}
}
