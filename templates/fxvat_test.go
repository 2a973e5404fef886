package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// AZ-1: whether VAT is charged is asked of every paid provider, a VAT
// number, printed whenever given, no longer standing for VAT charged.

var (
	fxvatCharged = apiTOSPhrase{
		textfmt.EN: "except where the supply is taxable in another State, as set out below.",
		textfmt.FR: "sauf lorsque la prestation est imposable dans un autre État, comme il est dit ci-après.",
	}
	fxvatConsumersTTC = apiTOSPhrase{
		textfmt.EN: "Prices shown to Consumers include all taxes",
		textfmt.FR: "Les prix affichés pour les Consommateurs s'entendent toutes taxes comprises",
	}
	fxvat293B = apiTOSPhrase{
		textfmt.EN: "Prices are stated without value added tax: VAT not applicable, article 293 B of the French General Tax Code, as the invoices also state.",
		textfmt.FR: "Les prix sont indiqués sans taxe sur la valeur ajoutée : TVA non applicable, article 293 B du Code général des impôts, mention que portent également les factures.",
	}
	fxvatSmallEnterprises = apiTOSPhrase{
		textfmt.EN: "the Provider being subject to the exemption scheme for small enterprises of the Member State in which it is established",
		textfmt.FR: "le Fournisseur relevant du régime de franchise des petites entreprises de l'État membre dans lequel il est établi",
	}
	// A business under the exemption that holds a number for its
	// services to businesses of other Member States: those account for
	// the VAT in their State.
	fxvatFranchiseReverseCharge = apiTOSPhrase{
		textfmt.EN: "Where the User is a taxable person acting as such and established in another Member State of the European Union, the service is taxable in that State (article 44 of",
		textfmt.FR: "Lorsque l'Utilisateur est un assujetti agissant en tant que tel et établi dans un autre État membre de l'Union européenne, la prestation est imposable dans cet État (article 44 de",
	}
	fxvatReverseCharge = apiTOSPhrase{
		textfmt.EN: "accounts for the tax under the reverse charge (article 196 of that Directive)",
		textfmt.FR: "acquitte la taxe par autoliquidation (article 196 de la même directive)",
	}
	fxvatMention = apiTOSPhrase{
		textfmt.EN: "the invoice bearing the reverse-charge statement that article 226(11a) of that Directive requires",
		textfmt.FR: "la facture portant la mention d'autoliquidation qu'exige l'article 226, point 11 bis), de la même directive",
	}
	fxvatThreshold = apiTOSPhrase{
		textfmt.EN: "because its turnover exceeds the threshold of that scheme",
		textfmt.FR: "parce que son chiffre d'affaires excède le seuil de la franchise",
	}
	fxvatExempt = apiTOSPhrase{
		textfmt.EN: "Prices are stated without value added tax: VAT not applicable, article 256 B of the French General Tax Code, as the invoices also state.",
		textfmt.FR: "Les prix sont indiqués sans taxe sur la valeur ajoutée : TVA non applicable, article 256 B du Code général des impôts, mention que portent également les factures.",
	}
	fxvatOutsideEU = apiTOSPhrase{
		textfmt.EN: "identified for value added tax neither in it nor in the State where it is established, charges no such tax",
		textfmt.FR: "n'est identifié à la taxe sur la valeur ajoutée ni dans l'Union ni dans l'État où il est établi, ne facture aucune taxe de cette nature",
	}
	fxvatNumberLine = apiTOSPhrase{
		textfmt.EN: "VAT identification number:",
		textfmt.FR: "Numéro individuel d'identification à la TVA :",
	}
)

// fxvatPaid is the example answers with paid access, changed by set.
func fxvatPaid(t *testing.T, k *Kind, set map[string]any) questionnaire.Values {
	t.Helper()
	v := exampleValues(t, k)
	v["pricing.model"] = "paid"
	for key, x := range set {
		if x == nil {
			delete(v, key)
		} else {
			v[key] = x
		}
	}
	return v
}

func fxvatDocs(t *testing.T, k *Kind, v questionnaire.Values) map[textfmt.Lang]*document.Document {
	t.Helper()
	out := map[textfmt.Lang]*document.Document{}
	for _, l := range textfmt.All {
		doc, err := k.AssembleAnnotated(v, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		out[l] = doc
	}
	return out
}

// Without an answer, the treatment is VAT charged where a number is given
// and the exemption for small businesses otherwise, as the terms read
// before the question was asked of every paid provider; an answer given
// stands whatever the number.
func TestFxvatDefaultFollowsTheNumber(t *testing.T) {
	k, _ := Lookup("api-tos")
	q := k.Questionnaire
	for _, tc := range []struct {
		set  map[string]any
		want any
	}{
		{map[string]any{}, "charged"},
		{map[string]any{"provider.vat_number": nil}, "franchise"},
		{map[string]any{"provider.vat_number": ""}, "franchise"},
		{map[string]any{"pricing.vat": "franchise"}, "franchise"},
		{map[string]any{"pricing.vat": "exempt"}, "exempt"},
		{map[string]any{"provider.vat_number": nil, "pricing.vat": "charged"}, "charged"},
		{map[string]any{"pricing.model": "free"}, nil},
	} {
		v := fxvatPaid(t, k, tc.set)
		if got := q.Resolve(v)["pricing.vat"]; got != tc.want {
			t.Errorf("%v: pricing.vat resolves to %v, want %v", tc.set, got, tc.want)
		}
	}
	qq, _ := q.Question("pricing.vat")
	if qq.Default != nil || qq.DefaultValue() != nil {
		t.Error("pricing.vat has a plain default, which init and the wizard would write whatever the number")
	}
	// A public body without a number is not liable (article 256 B CGI):
	// "exempt" is its usual answer (review M, M-1).
	if !qq.Usual("charged") || !qq.Usual("franchise") || !qq.Usual("exempt") || qq.Usual("outside-eu") {
		t.Error("the conditional defaults are not taken as usual answers")
	}
	if !q.Visible(qq, q.Resolve(fxvatPaid(t, k, nil))) {
		t.Error("a paid provider with a VAT number is not asked whether it charges VAT")
	}
}

// An answers file with a VAT number and no answer on VAT produces the
// terms of a provider that charges VAT, word for word.
func TestFxvatNumberWithoutAnswerKeepsItsTerms(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, audience := range []string{"business", "business-and-consumers"} {
		implicit := fxvatDocs(t, k, fxvatPaid(t, k, map[string]any{"audience": audience}))
		explicit := fxvatDocs(t, k, fxvatPaid(t, k, map[string]any{"audience": audience, "pricing.vat": "charged"}))
		for _, l := range textfmt.All {
			a, _ := implicit[l].Clause("access-payment")
			b, _ := explicit[l].Clause("access-payment")
			if a.Body != b.Body || *a.Note != *b.Note {
				t.Errorf("%s %s: a VAT number without an answer does not give the terms of VAT charged", audience, l)
			}
			if !fxvatCharged.in(implicit[l], "access-payment") {
				t.Errorf("%s %s: a VAT number without an answer no longer adds VAT", audience, l)
			}
		}
	}
}

// Each treatment gives its clause in both languages, and the VAT number
// is printed in the identity whenever it is given.
func TestFxvatClausesOfEachTreatment(t *testing.T) {
	k, _ := Lookup("api-tos")
	basis := questionnaire.Translated{textfmt.EN: "VAT not applicable, article 256 B of the French General Tax Code", textfmt.FR: "TVA non applicable, article 256 B du Code général des impôts"}
	belgian := map[string]any{"provider.country": "BE", "provider.address": "Rue de la Loi 16, 1000 Bruxelles, Belgique",
		"provider.registration": "BCE 0123.456.789, RPM Bruxelles", "provider.identifier": nil}
	with := func(a, b map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range a {
			out[k] = v
		}
		for k, v := range b {
			out[k] = v
		}
		return out
	}
	type want struct{ charged, ttc, b293, small, frRC, rc, mention, threshold, exempt, outside bool }
	for _, tc := range []struct {
		name string
		set  map[string]any
		want want
	}{
		{"charged, number", map[string]any{"pricing.vat": "charged"},
			want{charged: true, rc: true, mention: true}},
		{"charged, number, consumers", map[string]any{"pricing.vat": "charged", "audience": "business-and-consumers"},
			want{charged: true, ttc: true, rc: true, mention: true}},
		{"charged, no number", map[string]any{"pricing.vat": "charged", "provider.vat_number": nil},
			want{charged: true, rc: true, mention: true}},
		{"franchise, number", map[string]any{"pricing.vat": "franchise"},
			want{b293: true, frRC: true, rc: true, mention: true, threshold: true}},
		{"franchise, no number", map[string]any{"pricing.vat": "franchise", "provider.vat_number": nil},
			want{b293: true, threshold: true}},
		{"franchise, number, Belgium", with(belgian, map[string]any{"pricing.vat": "franchise", "provider.vat_number": "BE0123456789"}),
			want{small: true, frRC: true, rc: true, mention: true, threshold: true}},
		{"franchise, no number, Belgium", with(belgian, map[string]any{"pricing.vat": "franchise", "provider.vat_number": nil}),
			want{small: true, threshold: true}},
		{"exempt, number", map[string]any{"pricing.vat": "exempt", "pricing.vat_basis": basis},
			want{exempt: true}},
		{"exempt, no number", map[string]any{"pricing.vat": "exempt", "pricing.vat_basis": basis, "provider.vat_number": nil},
			want{exempt: true}},
	} {
		v := fxvatPaid(t, k, tc.set)
		if errs := refusals(k, v); len(errs) > 0 {
			t.Fatalf("%s: refused: %v", tc.name, errs)
		}
		number, _ := v["provider.vat_number"].(string)
		place := fxvatFranchiseReverseCharge
		if tc.want.charged {
			// VAT charged says the same in its own words.
			place = apiTOSPhrase{textfmt.EN: "the service is taxable in the State where the User is established (article 44", textfmt.FR: "la prestation est imposable dans l'État où l'Utilisateur est établi (article 44"}
		}
		for l, doc := range fxvatDocs(t, k, v) {
			for _, c := range []struct {
				p    apiTOSPhrase
				want bool
				what string
			}{
				{fxvatCharged, tc.want.charged, "VAT added"},
				{fxvatConsumersTTC, tc.want.ttc, "consumer prices inclusive of all taxes"},
				{fxvat293B, tc.want.b293, "article 293 B"},
				{fxvatSmallEnterprises, tc.want.small, "the small enterprises scheme"},
				{place, tc.want.frRC || tc.want.charged, "the place of supply to a business user of another State"},
				{fxvatReverseCharge, tc.want.rc, "the reverse charge"},
				{fxvatMention, tc.want.mention, "the reverse-charge mention"},
				{fxvatThreshold, tc.want.threshold, "crossing the threshold"},
				{fxvatExempt, tc.want.exempt, "the legal ground of the exemption"},
				{fxvatOutsideEU, tc.want.outside, "no VAT outside the Union"},
			} {
				if got := c.p.in(doc, "access-payment"); got != c.want {
					t.Errorf("%s %s: %s: %v, want %v", tc.name, l, c.what, got, c.want)
				}
			}
			parties, _ := doc.Clause("parties")
			if got := fxvatNumberLine.in(doc, "parties") && strings.Contains(parties.Body, mdtext.Escape(number)); got != (number != "") {
				t.Errorf("%s %s: VAT number printed: %v, want %v", tc.name, l, got, number != "")
			}
		}
	}
	// Outside the Union, without a number.
	v := fxvatPaid(t, k, map[string]any{"provider.country": "US-NY", "provider.registration": establishments["US-NY"].registration,
		"provider.address": establishments["US-NY"].address, "provider.vat_number": nil, "provider.identifier": nil, "pricing.vat": "outside-eu",
		"provider.eu_representative": euRepresentative})
	if errs := refusals(k, v); len(errs) > 0 {
		t.Fatalf("outside-eu: refused: %v", errs)
	}
	for l, doc := range fxvatDocs(t, k, v) {
		if !fxvatOutsideEU.in(doc, "access-payment") || fxvatCharged.in(doc, "access-payment") || fxvatNumberLine.in(doc, "parties") {
			t.Errorf("outside-eu %s: wrong VAT clause", l)
		}
	}
}

// The commentary cites the law on prices shown to consumers inclusive of
// all taxes, and the check of invoices follows the treatment.
func TestFxvatCommentary(t *testing.T) {
	k, _ := Lookup("api-tos")
	docs := fxvatDocs(t, k, fxvatPaid(t, k, map[string]any{"pricing.vat": "charged", "audience": "business-and-consumers"}))
	for l, want := range map[textfmt.Lang]string{
		textfmt.EN: "Consumer Code, art. L. 112-1, and order of 3 December 1987 on consumer price information, art. 1",
		textfmt.FR: "Code de la consommation, art. L. 112-1, et arrêté du 3 décembre 1987 relatif à l'information du consommateur sur les prix, art. 1er",
	} {
		c, _ := docs[l].Clause("access-payment")
		if c.Note == nil || !strings.Contains(plainSpaces(c.Note.Sources), plainSpaces(want)) {
			t.Errorf("%s: the sources do not cite the order of 3 December 1987", l)
		}
	}
	docs = fxvatDocs(t, k, fxvatPaid(t, k, map[string]any{"pricing.vat": "franchise"}))
	for l, want := range map[textfmt.Lang]string{
		textfmt.EN: "the reason why no VAT is charged or, for business Users established in another Member State, the reverse-charge statement",
		textfmt.FR: "la raison pour laquelle aucune TVA n'est facturée ou, pour les Utilisateurs professionnels établis dans un autre État membre, la mention d'autoliquidation",
	} {
		c, _ := docs[l].Clause("access-payment")
		if c.Note == nil || !strings.Contains(plainSpaces(c.Note.Check), plainSpaces(want)) {
			t.Errorf("%s: the check of a franchise with a number misses the reverse-charge mention", l)
		}
	}
}

// The rules: VAT charged without a number warns a provider established
// in the Union; the exemption with a number is allowed, with a warning
// that an older file may hold it unchosen; outside VAT with a number is
// refused.
func TestFxvatRules(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, tc := range []struct {
		set     map[string]any
		rule    string
		broken  bool
		refused bool
	}{
		{map[string]any{"pricing.vat": "charged", "provider.vat_number": nil}, "vat-charged-without-number", true, false},
		{map[string]any{"pricing.vat": "charged"}, "vat-charged-without-number", false, false},
		{map[string]any{"pricing.vat": "franchise"}, "vat-franchise-with-number", true, false},
		{map[string]any{"pricing.vat": "franchise", "provider.vat_number": nil}, "vat-franchise-with-number", false, false},
		{map[string]any{}, "vat-franchise-with-number", false, false},
		{map[string]any{"provider.country": "US-NY", "provider.registration": establishments["US-NY"].registration,
			"provider.address": establishments["US-NY"].address, "provider.identifier": nil, "provider.vat_number": "EU372012345",
			"pricing.vat": "outside-eu", "provider.eu_representative": euRepresentative}, "vat-outside-eu-with-number", true, true},
		{map[string]any{"provider.country": "US-NY", "provider.registration": establishments["US-NY"].registration,
			"provider.address": establishments["US-NY"].address, "provider.identifier": nil, "provider.vat_number": nil,
			"pricing.vat": "charged", "provider.eu_representative": euRepresentative}, "vat-charged-without-number", false, false},
	} {
		v := fxvatPaid(t, k, tc.set)
		if got := slices.Contains(brokenRules(k, v), tc.rule); got != tc.broken {
			t.Errorf("%v: %s broken %v, want %v", tc.set, tc.rule, got, tc.broken)
		}
		if got := slices.Contains(refusals(k, v), tc.rule); got != tc.refused {
			t.Errorf("%v: %s refused %v, want %v", tc.set, tc.rule, got, tc.refused)
		}
	}
}

// BB-7: a Consumer with paid access who has not asked for performance to
// begin during the withdrawal period is told when access opens, and pays
// nothing before the period ends (C. consom., L. 221-25); the API being
// a service, the exception for digital content (L. 221-28, 13°) is not
// relied on.
func TestFxvatWithdrawalDeferredAccessAndPayment(t *testing.T) {
	k, _ := Lookup("api-tos")
	credentials := apiTOSPhrase{
		textfmt.EN: "Where a Consumer has made no such request, the Provider shall send the Access Credentials, to the e-mail address given in the form, only once the withdrawal period has expired without the Consumer withdrawing.",
		textfmt.FR: "Au Consommateur qui n'a pas formé cette demande, le Fournisseur n'adresse les Identifiants d'accès, à l'adresse électronique indiquée dans le formulaire, qu'à l'expiration du délai de rétractation, si le Consommateur ne s'est pas rétracté.",
	}
	offer := apiTOSPhrase{
		textfmt.EN: "Where a Consumer has made no such request, the Provider shall open access to a paid offer subscribed to by that Consumer only once the withdrawal period that applies to it has expired without the Consumer withdrawing.",
		textfmt.FR: "Le Fournisseur n'ouvre l'accès à une offre payante souscrite par le Consommateur qui n'a pas formé cette demande qu'à l'expiration du délai de rétractation qui s'y applique, si le Consommateur ne s'est pas rétracté.",
	}
	noDebit := apiTOSPhrase{
		textfmt.EN: "no sum for paid access is payable by, or debited from, a Consumer before the withdrawal period expires, unless the Consumer has expressly requested that performance begin during that period; the price is due only from the start of performance.",
		textfmt.FR: "aucune somme n'est exigible ni débitée au titre de l'accès payant avant l'expiration du délai de rétractation, sauf si le Consommateur a expressément demandé que l'exécution commence pendant ce délai ; le prix n'est dû qu'à compter du début de l'exécution.",
	}
	for _, tc := range []struct {
		name                       string
		set                        map[string]any
		credentials, offer, debits bool
	}{
		{"paid, consumers, account", map[string]any{"audience": "business-and-consumers", "acceptance.method": "account"}, false, true, true},
		{"paid, consumers, request form", map[string]any{"audience": "business-and-consumers", "acceptance.method": "key-request"}, true, false, true},
		{"paid, consumers, restricted", map[string]any{"audience": "business-and-consumers", "acceptance.method": "key-request", "conditions.access": "restricted"}, false, true, true},
		{"free, consumers", map[string]any{"audience": "business-and-consumers", "pricing.model": "free"}, false, false, false},
	} {
		v := fxvatPaid(t, k, tc.set)
		qq, _ := k.Questionnaire.Question("acceptance.method")
		if m, ok := tc.set["acceptance.method"]; ok && !slices.ContainsFunc(qq.Options, func(o *questionnaire.Option) bool { return o.ID == m }) {
			t.Fatalf("no acceptance method %v", m)
		}
		if errs := refusals(k, v); len(errs) > 0 {
			t.Fatalf("%s: refused: %v", tc.name, errs)
		}
		for l, doc := range fxvatDocs(t, k, v) {
			for _, c := range []struct {
				p    apiTOSPhrase
				want bool
				what string
			}{
				{credentials, tc.credentials, "credentials sent at the end of the period"},
				{offer, tc.offer, "the offer opened at the end of the period"},
				{noDebit, tc.debits, "nothing debited before the end of the period"},
			} {
				if got := c.p.in(doc, "consumer-withdrawal"); got != c.want {
					t.Errorf("%s %s: %s: %v, want %v", tc.name, l, c.what, got, c.want)
				}
			}
			c, _ := doc.Clause("consumer-withdrawal")
			if strings.Contains(c.Body, "221-28") {
				t.Errorf("%s %s: the withdrawal clause relies on an exception of article L. 221-28", tc.name, l)
			}
			if risk := c.Note != nil && strings.Contains(plainSpaces(c.Note.Risks), "L. 221-28, 13°"); risk != (tc.set["pricing.model"] != "free") {
				t.Errorf("%s %s: the commentary on L. 221-28, 13°: %v", tc.name, l, risk)
			}
		}
	}
	// Business users only: no consumer article.
	for l, doc := range fxvatDocs(t, k, fxvatPaid(t, k, nil)) {
		if _, ok := doc.Clause("consumer-withdrawal"); ok {
			t.Errorf("%s: a withdrawal clause without consumers", l)
		}
	}
}
