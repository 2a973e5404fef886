package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fxraHas reports whether the clause id of the api-tos document assembled
// from v in language l holds phrase p, typography aside.
func fxraHas(t *testing.T, v questionnaire.Values, l textfmt.Lang, id, p string) bool {
	t.Helper()
	k, _ := Lookup("api-tos")
	doc := assemble12c(t, k, v, l)
	c, ok := doc.Clause(id)
	if !ok {
		return false
	}
	return strings.Contains(plainSpaces(c.Body), plainSpaces(textfmt.Typeset(l, p)))
}

// fxraCheck asserts that each clause of want holds its phrase in each
// language exactly when on is true.
func fxraCheck(t *testing.T, what string, v questionnaire.Values, on bool, id string, want map[textfmt.Lang]string) {
	t.Helper()
	for _, l := range textfmt.All {
		if got := fxraHas(t, v, l, id, want[l]); got != on {
			t.Errorf("%s %s %s: %q present=%v, want %v", what, l, id, want[l], got, on)
		}
	}
}

// RA-1: an association, foundation or cooperative decides its own
// dissolution; only a dissolution ordered by a court, or a judicial
// liquidation, shortens the closure notice and the deprecation promise;
// a voluntary dissolution keeps them (C. civ. 1304-2, 1170).
func TestFxraDissolutionOnlyByCourtShortensNotice(t *testing.T) {
	k, _ := Lookup("api-tos")
	court := map[textfmt.Lang]string{
		textfmt.FR: "Lorsque la dissolution est imposée au Fournisseur par une décision de justice, notamment par un jugement de liquidation judiciaire, le préavis est toutefois de",
		textfmt.EN: "Where the dissolution is imposed on the Provider by a court decision, in particular by a judgment of judicial liquidation, the notice is, however,",
	}
	voluntary := map[textfmt.Lang]string{
		textfmt.FR: "une dissolution décidée par le Fournisseur lui-même laisse subsister le préavis et la durée de maintien prévus",
		textfmt.EN: "a dissolution decided by the Provider itself leaves in place the notice and the period of availability provided in",
	}
	for _, typ := range []string{"organisation", "company", "individual"} {
		v := exampleValues(t, k)
		v["provider.type"] = typ
		on := typ == "organisation"
		fxraCheck(t, typ, v, on, "term-continuity", court)
		fxraCheck(t, typ, v, on, "term-continuity", voluntary)
		fxraCheck(t, typ, v, on, "term-provider", map[textfmt.Lang]string{
			textfmt.FR: "sauf dissolution du Fournisseur imposée par une décision de justice, dans les conditions de",
			textfmt.EN: "save on a dissolution of the Provider ordered by a court, as provided in",
		})
	}
}

// RA-2, RA-3, RA-22: the no-direct-competition clause defines a substitute
// objectively (relaying requests one by one without processing of its
// own), leaves a service of the User's own built on the API outside it,
// and, where the Data are open, lets a compatible interface serve Data
// that the User holds; with commercial Data, only other data.
func TestFxraNoCompetitionDefinedObjectively(t *testing.T) {
	k, _ := Lookup("api-tos")
	definition := map[textfmt.Lang]string{
		textfmt.FR: "Se substitue à l'API un produit ou un service dont la fonction principale est de transmettre à l'API les requêtes de tiers et de leur en restituer les réponses, requête par requête, sans traitement propre substantiel",
		textfmt.EN: "A product or service substitutes for the API where its main function is to pass third parties' requests to the API and return its responses to them, request by request, without substantial processing of its own",
	}
	ownService := map[textfmt.Lang]string{
		textfmt.FR: "ne leur revend pas l'accès à l'API et ne le met pas à leur disposition au sens du présent article",
		textfmt.EN: "neither resells access to the API nor makes it available to them within the meaning of this article",
	}
	openCompatible := map[textfmt.Lang]string{
		textfmt.FR: "qu'elle soit alimentée par d'autres données ou par des Données que l'Utilisateur a obtenues au moyen de l'API ou autrement",
		textfmt.EN: "whether it is fed with other data or with Data that the User has obtained through the API or otherwise",
	}
	otherDataOnly := map[textfmt.Lang]string{
		textfmt.FR: "dans une interface compatible alimentée par d'autres données que les Données",
		textfmt.EN: "in a compatible interface fed with data other than the Data",
	}
	for _, data := range []string{"open-reuse", "commercial"} {
		v := exampleValues(t, k)
		v["conditions.output"] = "no-direct-competition"
		v["conditions.data"] = data
		fxraCheck(t, data, v, true, "user-no-competition", definition)
		fxraCheck(t, data, v, true, "user-no-competition", ownService)
		fxraCheck(t, data, v, data != "commercial", "user-no-competition", openCompatible)
		fxraCheck(t, data, v, data == "commercial", "user-no-competition", otherDataOnly)
		fxraCheck(t, data, v, true, "access-grant", map[textfmt.Lang]string{
			textfmt.FR: "de mettre à la disposition de tiers des Applications qui appellent l'API",
			textfmt.EN: "make Applications that call the API available to third parties",
		})
	}
	v := exampleValues(t, k)
	v["conditions.output"] = "any-reuse"
	fxraCheck(t, "no restriction", v, false, "user-no-competition", definition)
}

// RA-4: a User that pays by card authorises the Provider to store the
// card and charge each invoice when issued, usage billed in arrears
// included, may withdraw that authorisation, and a failed charge leaves
// the invoice payable under the breach clause (PSD2 art. 64). Nothing of
// the kind where the card is not a means of payment.
func TestFxraCardMandate(t *testing.T) {
	k, _ := Lookup("api-tos")
	mandate := map[textfmt.Lang]string{
		textfmt.FR: "autorise le Fournisseur à conserver, par l'intermédiaire de son prestataire de services de paiement, les données de la carte utilisée lors de la commande et à la débiter, sans nouvelle intervention de sa part, du montant de chaque facture à son émission, y compris lorsqu'elle couvre des prestations facturées après leur exécution",
		textfmt.EN: "authorises the Provider to store, through its payment service provider, the details of the card used when ordering and to charge it, without further action on the User's part, with the amount of each invoice when it is issued, including an invoice for services billed after their performance",
	}
	failure := map[textfmt.Lang]string{
		textfmt.FR: "Lorsqu'un débit échoue, ou que l'autorisation a été retirée, le Fournisseur en informe l'Utilisateur par courrier électronique ; la facture reste payable dans les conditions qui précèdent",
		textfmt.EN: "Where a charge fails, or the authorisation has been withdrawn, the Provider shall inform the User by e-mail; the invoice remains payable as provided above",
	}
	for _, methods := range [][]string{{"card"}, {"card", "transfer"}, {"transfer"}} {
		v := exampleValues(t, k)
		v["pricing.model"] = "paid"
		v["pricing.payment_methods"] = methods
		on := methods[0] == "card"
		what := strings.Join(methods, "+")
		fxraCheck(t, what, v, on, "access-payment", mandate)
		fxraCheck(t, what, v, on, "access-payment", failure)
	}
}

// RA-6: a User that is itself a processor makes the Provider its
// sub-processor (GDPR art. 28(4)) and cannot authorise, on its own
// account, the Provider's anonymisation for its own purposes: the
// controller's written authorisation, after its compatibility test
// (art. 6(4)), is needed before it opts in to that anonymisation (RL-5).
// Only where the Provider is a processor.
func TestFxraUserProcessorAndAnonymisation(t *testing.T) {
	k, _ := Lookup("api-tos")
	sub := map[textfmt.Lang]string{
		textfmt.FR: "la présente annexe s'applique entre l'Utilisateur et le Fournisseur, qui est alors son sous-traitant ultérieur (article 28, paragraphe 4, du RGPD)",
		textfmt.EN: "this annex applies between the User and the Provider, which is then its sub-processor (article 28(4) of the GDPR)",
	}
	anon := map[textfmt.Lang]string{
		textfmt.FR: "ne donne cette autorisation qu'avec l'autorisation écrite préalable du responsable du traitement",
		textfmt.EN: "shall give that authorisation only with the prior written authorisation of the controller",
	}
	compat := map[textfmt.Lang]string{
		textfmt.FR: "donnée après que celui-ci a apprécié la compatibilité de cette anonymisation avec la finalité de la collecte",
		textfmt.EN: "given after the controller has assessed the compatibility of that anonymisation with the purpose of collection",
	}
	for _, role := range []string{"processor", "both", "controller"} {
		v := exampleValues(t, k)
		v["personal_data.processed"] = true
		v["personal_data.role"] = role
		fxraCheck(t, role, v, role != "controller", "dpa-scope", sub)
		fxraCheck(t, role, v, role == "processor", "data-provider-use", anon)
		fxraCheck(t, role, v, role == "processor", "data-provider-use", compat)
	}
}

// RA-7: towards a public buyer, a paid contract has the limited term that
// its order sets, or one year (CCP L. 5, L. 2112-5), and a change binds
// it only within CCP L. 2194-1 / R. 2194-1 ff.; a free API has no such
// buyer and says nothing of it.
func TestFxraPublicBuyerFixedTerm(t *testing.T) {
	k, _ := Lookup("api-tos")
	term := map[textfmt.Lang]string{
		textfmt.FR: "est celle que fixe l'acte par lequel cet acheteur passe commande, reconductions comprises, ou, à défaut, d'un (1) an à compter de",
		textfmt.EN: "is the one set by the act by which that buyer places its order, renewals included, or, failing that, one (1) year from",
	}
	change := map[textfmt.Lang]string{
		textfmt.FR: "ne s'applique à cet acheteur que dans la mesure où les articles L. 2194-1 et R. 2194-1 et suivants du même code la permettent",
		textfmt.EN: "applies to that buyer only so far as articles L. 2194-1 and R. 2194-1 and following of that Code allow it",
	}
	for _, model := range []string{"paid", "free"} {
		for _, typ := range []string{"organisation", "company"} {
			v := exampleValues(t, k)
			v["pricing.model"] = model
			v["provider.type"] = typ
			fxraCheck(t, model+" "+typ, v, model == "paid", "term-duration", term)
			fxraCheck(t, model+" "+typ, v, model == "paid", "term-duration", change)
		}
	}
}

// RA-13: where personal data are processed, the Provider names, for each
// processor, the country and the adequacy decision (or safeguards) on
// which a transfer rests (GDPR art. 13(1)(f)), and an adequacy decision
// that falls (Schrems II, C-311/18) stops the transfer or brings it under
// art. 46 at once, without the notice of a change to the terms.
func TestFxraAdequacyNamedAndFallback(t *testing.T) {
	k, _ := Lookup("api-tos")
	eea := map[textfmt.Lang]string{
		textfmt.FR: "et, pour un pays situé hors de l'EEE, la décision d'adéquation sur laquelle repose le transfert",
		textfmt.EN: "and, for a country outside the EEA, the adequacy decision on which the transfer rests",
	}
	safeguards := map[textfmt.Lang]string{
		textfmt.FR: "les pays concernés et, pour chacun, la décision d'adéquation ou les garanties sur lesquelles repose le transfert",
		textfmt.EN: "the countries concerned and, for each, the adequacy decision or the safeguards on which the transfer rests",
	}
	fallback := map[textfmt.Lang]string{
		textfmt.FR: "une décision d'adéquation sur laquelle repose un transfert est invalidée, abrogée ou suspendue, le Fournisseur",
		textfmt.EN: "an adequacy decision on which a transfer rests is invalidated, repealed or suspended, the Provider shall",
	}
	noWait := map[textfmt.Lang]string{
		textfmt.FR: "sans attendre le préavis que prévoit cet article, fait cesser ce transfert sans délai",
		textfmt.EN: "without waiting for the notice that that article provides, stop that transfer without delay",
	}
	for _, tr := range []string{"eea-only", "safeguards"} {
		v := exampleValues(t, k)
		v["personal_data.processed"] = true
		v["personal_data.transfers"] = tr
		fxraCheck(t, tr, v, tr == "eea-only", "data-transfers", eea)
		fxraCheck(t, tr, v, tr == "eea-only", "data-transfers", noWait)
		fxraCheck(t, tr, v, tr != "eea-only", "data-transfers", safeguards)
		fxraCheck(t, tr, v, true, "data-transfers", fallback)
	}
}

// RA-14: a provider established in France that is not a merchant (an
// association, a foundation, a liberal profession) may choose a court for
// professional Users domiciled abroad (Brussels I bis art. 25), never
// between parties in France (CPC art. 48); the answer is optional in
// France, and an empty one leaves the ordinary rules.
func TestFxraCourtForForeignProfessionals(t *testing.T) {
	k, _ := Lookup("api-tos")
	foreign := map[textfmt.Lang]string{
		textfmt.FR: "entre le Fournisseur et un Utilisateur domicilié hors de France et agissant à des fins professionnelles relève de la compétence exclusive des juridictions de Lyon (article 25 du règlement (UE) n° 1215/2012",
		textfmt.EN: "between the Provider and a User domiciled outside France and acting for professional purposes falls within the exclusive jurisdiction of the courts of Lyon (article 25 of Regulation (EU) No 1215/2012",
	}
	merchants := map[textfmt.Lang]string{
		textfmt.FR: "ont tous deux contracté en qualité de commerçant (article 48 du Code de procédure civile)",
		textfmt.EN: "have both contracted as merchants (article 48 of the French Code of Civil Procedure)",
	}
	summary := map[textfmt.Lang]string{
		textfmt.FR: "juridictions de Lyon pour les litiges avec les Utilisateurs professionnels domiciliés hors de France",
		textfmt.EN: "courts of Lyon for disputes with professional Users domiciled outside France",
	}
	cases := []struct {
		name           string
		typ            string
		merchant       bool
		city           string
		foreign, merch bool
	}{
		{"association", "organisation", false, "Lyon", true, false},
		{"association without a court", "organisation", false, "", false, false},
		{"non-merchant company", "company", false, "Lyon", true, false},
		{"merchant company", "company", true, "Lyon", false, true},
		{"merchant without a court", "company", true, "", false, false},
	}
	for _, c := range cases {
		v := exampleValues(t, k)
		v["provider.type"] = c.typ
		v["provider.country"] = "FR"
		v["provider.merchant"] = c.merchant
		if c.city == "" {
			delete(v, "jurisdiction")
			delete(v, "jurisdiction_name")
		} else {
			v["jurisdiction"] = c.city
			delete(v, "jurisdiction_name")
		}
		if p := k.Questionnaire.Missing(k.Questionnaire.Resolve(v)); len(p) > 0 {
			t.Errorf("%s: missing %v", c.name, p)
		}
		fxraCheck(t, c.name, v, c.foreign, "jurisdiction", foreign)
		fxraCheck(t, c.name, v, c.foreign, "parties", summary)
		fxraCheck(t, c.name, v, c.merch, "jurisdiction", merchants)
	}
}

// RA-5: only a permanent impediment that prevents the performance of the
// whole contract terminates it by operation of law; a temporary one only
// suspends it (C. civ. 1218, al. 2).
func TestFxraForceMajeurePermanentOnly(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, typ := range []string{"company", "public-body"} {
		v := exampleValues(t, k)
		v["provider.type"] = typ
		fxraCheck(t, typ, v, true, "liability-force-majeure", map[textfmt.Lang]string{
			textfmt.FR: "lorsque l'empêchement définitif porte sur l'exécution du",
			textfmt.EN: "where a permanent impediment prevents the performance of the",
		})
	}
}

// RA-8: where a longer prepaid period is discounted, a refund on the
// User's termination charges the elapsed period at the price of shorter
// periods that the price list states; only under the refund option.
func TestFxraProRataRefundReferencePrice(t *testing.T) {
	k, _ := Lookup("api-tos")
	ref := map[textfmt.Lang]string{
		textfmt.FR: "le remboursement est égal au montant payé, diminué du prix que ce document indique pour la même offre payée par périodes plus courtes, appliqué au prorata de la période écoulée, sans pouvoir être négatif",
		textfmt.EN: "the refund equals the amount paid less the price that that document states for the same offer paid by shorter periods, applied pro rata to the elapsed period, and cannot be negative",
	}
	qq, _ := k.Questionnaire.Question("pricing.prepaid")
	for _, opt := range qq.OptionIDs() {
		v := exampleValues(t, k)
		v["pricing.model"] = "paid"
		v["pricing.prepaid"] = opt
		fxraCheck(t, opt, v, opt == "refund", "access-payment", ref)
	}
}

// RA-12: lowering the service or support levels of a paid plan for the
// same price is a price increase, with its notice and express acceptance,
// not a mere change of an Annex A document; a free API has no such plan.
func TestFxraLowerServiceLevelIsAPriceIncrease(t *testing.T) {
	k, _ := Lookup("api-tos")
	sla := map[textfmt.Lang]string{
		textfmt.FR: "y compris lorsqu'elle résulte d'une modification du document « Engagement de niveau de service » qui abaisse, pour un même prix, les niveaux de service ou d'assistance d'une formule payante",
		textfmt.EN: "including where it results from a change to the document “Service level agreement” that lowers, for the same price, the levels of service or support of a paid plan",
	}
	for _, model := range []string{"paid", "free"} {
		v := exampleValues(t, k)
		v["pricing.model"] = model
		fxraCheck(t, model, v, model == "paid", "change-terms", sla)
	}
}

// RA-11: whatever the attribution option, the User may state factually
// that an Application or an interface is compatible with the
// Specification, a referential use of the mark (CPI L. 713-6, I, 3°)
// that the non-assertion of the Specification presupposes.
func TestFxraCompatibilityStatement(t *testing.T) {
	k, _ := Lookup("api-tos")
	compat := map[textfmt.Lang]string{
		textfmt.FR: "qu'une Application ou une interface est compatible avec la Spécification (article L. 713-6, I, 3°, du Code de la propriété intellectuelle)",
		textfmt.EN: "that an Application or an interface is compatible with the Specification (article L. 713-6, I, 3° of the French Intellectual Property Code)",
	}
	for opt, id := range map[string]string{"required": "user-attribution-required", "none": "user-attribution-none", "trademark": "user-attribution-trademark"} {
		v := exampleValues(t, k)
		v["conditions.attribution"] = opt
		fxraCheck(t, opt, v, true, id, compat)
	}
}

// RA-9, RA-10: under CC0, the summary reserves third parties' rights as
// the clause does (C. civ. 1190), and a Data item is not excluded from
// the waiver merely because a response linked to its request relates to
// a person (CJEU C-582/14 Breyer): only that link is personal data.
func TestFxraCC0ThirdPartiesAndLinkedResponses(t *testing.T) {
	k, _ := Lookup("api-tos")
	third := map[textfmt.Lang]string{
		textfmt.FR: "selon CC0 1.0, sous réserve des droits que des tiers détiennent sur certaines Données, que la Documentation identifie",
		textfmt.EN: "under CC0 1.0, subject to the rights that third parties hold in some Data, which the Documentation identifies",
	}
	link := map[textfmt.Lang]string{
		textfmt.FR: "Une Donnée n'est toutefois pas exclue de la renonciation du seul fait qu'une réponse de l'API, rapprochée de la requête qui l'a appelée, se rapporte à une personne identifiable",
		textfmt.EN: "A Data item is not, however, excluded from the waiver merely because a response of the API, linked to the request that called it, relates to an identifiable person",
	}
	for _, personal := range []bool{true, false} {
		v := exampleValues(t, k)
		v["conditions.data"] = "open-reuse"
		v["personal_data.processed"] = personal
		what := map[bool]string{true: "personal", false: "no personal data"}[personal]
		fxraCheck(t, what, v, true, "summary", third)
		fxraCheck(t, what, v, personal, "data-open-reuse", link)
	}
}

// RA-16: towards a Consumer, where the Provider is otherwise a processor,
// the terms give the legal basis of its processing of request data: the
// contract for the Consumer's own data, a legitimate interest for those
// of other persons (GDPR art. 6(1)(b), (f), 13(1)(c)).
func TestFxraConsumerRequestDataLegalBasis(t *testing.T) {
	k, _ := Lookup("api-tos")
	basis := map[textfmt.Lang]string{
		textfmt.FR: "Il traite celles qui concernent le Consommateur sur le fondement de l'exécution du Contrat (article 6, paragraphe 1, point b), du RGPD), et celles qui concernent d'autres personnes sur le fondement de son intérêt légitime",
		textfmt.EN: "It processes those that relate to the Consumer on the basis of the performance of the Agreement (article 6(1)(b) of the GDPR), and those that relate to other persons on the basis of its legitimate interest",
	}
	for _, aud := range []string{"business-and-consumers", "business"} {
		v := exampleValues(t, k)
		v["audience"] = aud
		v["personal_data.processed"] = true
		v["personal_data.role"] = "processor"
		fxraCheck(t, aud, v, aud != "business", "data-personal", basis)
	}
}

// RA-20, RA-21: headings and payment obligations read as legal French and
// English: « Mentions » agrees with « celles », and payment is an
// obligation ("shall be paid").
func TestFxraLanguage(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["pricing.model"] = "paid"
	v["pricing.payment_methods"] = []string{"card"}
	for _, l := range textfmt.All {
		doc := assemble12c(t, k, v, l)
		c, _ := doc.Clause("access-payment")
		if l == textfmt.EN && !strings.Contains(c.Body, "Invoices shall be paid by bank card") {
			t.Errorf("%s: invoices are not an obligation: %q", l, c.Body)
		}
	}
	fxraCheck(t, "credentials", v, true, "user-credentials", map[textfmt.Lang]string{
		textfmt.FR: "Identifiants",
		textfmt.EN: "shall be liable for the calls made with them",
	})
}

// RA-15: the prices of a paid API are not indexed, so that the only way
// to raise them is the price clause, with its notice and acceptance.
func TestFxraNoIndexation(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["pricing.model"] = "paid"
	fxraCheck(t, "paid", v, true, "access-price", map[textfmt.Lang]string{
		textfmt.FR: "Ils ne font l'objet d'aucune indexation : ils ne peuvent être relevés que dans les conditions du présent article.",
		textfmt.EN: "They are not indexed: they may be raised only as provided in this article.",
	})
}
