package templates

import (
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fx7tAbroad establishes the provider in country, with the particulars
// the questionnaire asks of it there.
func fx7tAbroad(v questionnaire.Values, country string) {
	e := establishments[country]
	v["provider.country"], v["provider.registration"], v["provider.address"], v["provider.vat_number"] = country, e.registration, e.address, e.vat
}

// RT-3: a provider established outside France never promises a consumer a
// version in his or her own language that it has not written: it contracts
// with a consumer whose law requires its language only by offering a
// version in such a language, which is then authoritative towards him or
// her, and the languages clause refers to that version, whatever version
// prevails. No such sentence for a provider established in France or for
// professional users only.
var (
	phraseFx7tConsumerVersion = apiTOSPhrase{
		textfmt.EN: "only if it makes available to him or her, before he or she is bound, a version of these terms written in such a language; that version is then authoritative towards him or her.",
		textfmt.FR: "que s'il met à sa disposition, avant qu'il ne s'engage, une version des présentes conditions rédigée dans une telle langue ; cette version fait alors foi à son égard.",
	}
	phraseFx7tOldConsumerVersion = apiTOSPhrase{
		textfmt.EN: "shall provide these terms to that Consumer in that language",
		textfmt.FR: "remet au Consommateur les présentes conditions dans cette langue",
	}
	phraseFx7tLanguagesRef = apiTOSPhrase{
		textfmt.EN: "subject, towards a Consumer, to the version that is authoritative towards him or her under Article",
		textfmt.FR: "sous réserve, à l'égard d'un Consommateur, de la version qui fait foi à son égard en application de l'article",
	}
)

func TestFx7tConsumerLanguageVersion(t *testing.T) {
	for _, c := range []struct {
		country, audience, prevailing string
		want                          bool
	}{
		{"BE", "business-and-consumers", "fr", true},
		{"BE", "business-and-consumers", "en", true},
		{"DE", "business-and-consumers", "en", true},
		{"BE", "business", "fr", false},
		{"FR", "business-and-consumers", "fr", false},
		{"FR", "business-and-consumers", "en", false},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			if c.country != "FR" {
				fx7tAbroad(v, c.country)
			}
			v["audience"], v["prevailing_language"] = c.audience, c.prevailing
		})
		for l, doc := range docs {
			if got := phraseFx7tConsumerVersion.in(doc, "scope-acceptance"); got != c.want {
				t.Errorf("%s %s %s %s: consumer's own-language version = %v, want %v", c.country, c.audience, c.prevailing, l, got, c.want)
			}
			if got := phraseFx7tLanguagesRef.in(doc, "languages"); got != c.want {
				t.Errorf("%s %s %s %s: languages clause reserves that version = %v, want %v", c.country, c.audience, c.prevailing, l, got, c.want)
			}
			if phraseFx7tOldConsumerVersion.in(doc, "scope-acceptance") {
				t.Errorf("%s %s %s %s: the terms still promise a version they do not contain", c.country, c.audience, c.prevailing, l)
			}
		}
	}
}

// RT-1/RT-2: the warning on consumers of a provider established outside
// France fires for every such provider, in the Union or not, and says the
// provider may not accept consumers of a State whose language it lacks.
func TestFx7tConsumersAbroadWarning(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		country string
		want    bool
	}{{"BE", true}, {"US-NY", true}, {"DE", true}, {"FR", false}} {
		v := clone(exampleValues(t, k))
		if c.country != "FR" {
			fx7tAbroad(v, c.country)
		}
		v["audience"] = "business-and-consumers"
		settleVAT(v)
		if got := slices.Contains(brokenRules(k, v), "consumers-provider-abroad-language"); got != c.want {
			t.Errorf("%s: consumers-provider-abroad-language = %v, want %v", c.country, got, c.want)
		}
	}
}

// RT-1: a provider established outside France whose courts are not said to
// be French may have chosen those of its own State: the terms then say that
// a dispute with a User established in that State is domestic, outside
// article 25, the clause having effect only as that State's law provides.
// Not printed where the courts sit in France (article 25 applies, CJEU,
// Inkreal, C-566/22), for a Spanish provider (whose clause already spares
// users established in Spain), for a provider established in France, or
// without a choice of court.
var phraseFx7tDomesticDispute = apiTOSPhrase{
	textfmt.EN: "Where those courts are those of the State in which the Provider is established, a dispute between the Provider and a User established in that same State is not international: it does not fall under article 25 of Regulation (EU) No 1215/2012, and the clause has effect in it only as the law of that State provides.",
	textfmt.FR: "Lorsque ces juridictions sont celles de l'État où le Fournisseur est établi, le litige qui l'oppose à un Utilisateur établi dans ce même État n'est pas international : il ne relève pas de l'article 25 du règlement (UE) n° 1215/2012, et la clause n'y produit effet que dans les conditions que prévoit le droit de cet État.",
}

func TestFx7tCourtOfTheProvidersOwnState(t *testing.T) {
	for _, c := range []struct {
		country, court string
		want           bool
	}{
		{"BE", "Liège (Belgique)", true},
		{"DE", "Berlin", true},
		{"US-NY", "New York (United States)", true},
		{"BE", "Paris (France)", false},
		{"FR", "Nantes", false},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			if c.country != "FR" {
				fx7tAbroad(v, c.country)
			}
			v["jurisdiction"] = c.court
			if c.court == "" {
				delete(v, "jurisdiction")
			}
		})
		for l, doc := range docs {
			if got := phraseFx7tDomesticDispute.in(doc, "jurisdiction"); got != c.want {
				t.Errorf("%s %q %s: domestic-dispute reservation = %v, want %v", c.country, c.court, l, got, c.want)
			}
		}
	}
	// Spain: the clause itself reaches only users established elsewhere.
	docs := assembleAPITOS(t, func(v questionnaire.Values) {
		v["provider.country"], v["provider.address"] = "ES", "Calle de Colón 22, 46004 Valencia, España"
		v["provider.registration"], v["provider.vat_number"] = "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "ESB98765432"
		v["jurisdiction"] = "Valencia (Espagne)"
	})
	for l, doc := range docs {
		if phraseFx7tDomesticDispute.in(doc, "jurisdiction") || !phraseCourtAbroadOnly.in(doc, "jurisdiction") {
			t.Errorf("ES %s: the Spanish clause should spare users established in Spain by itself", l)
		}
	}
}

// RT-1: the warnings on courts of a provider established outside France
// fire for every such provider, in the Union or not: proof of French law
// abroad unless the courts are said to be French; domestic users unless
// the courts sit in France.
func TestFx7tCourtWarningsAbroad(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		country, court           string
		abroadLaw, domesticUsers bool
	}{
		{"BE", "Liège (Belgique)", true, true},
		{"US-NY", "New York (United States)", true, true},
		{"BE", "Paris (France)", false, false},
		{"US-NY", "Paris (France)", false, false},
	} {
		v := clone(exampleValues(t, k))
		fx7tAbroad(v, c.country)
		v["jurisdiction"] = c.court
		settleVAT(v)
		broken := brokenRules(k, v)
		if got := slices.Contains(broken, "court-abroad-french-law"); got != c.abroadLaw {
			t.Errorf("%s %q: court-abroad-french-law = %v, want %v", c.country, c.court, got, c.abroadLaw)
		}
		if got := slices.Contains(broken, "court-domestic-users"); got != c.domesticUsers {
			t.Errorf("%s %q: court-domestic-users = %v, want %v", c.country, c.court, got, c.domesticUsers)
		}
	}
}

// RT-6: VAT charged is added at the rate in force in the State whose VAT
// it is: France for a provider established there, the provider's own
// Member State, named, for one established in another; outside the Union,
// the clause names no State (the supply is then taxable where the rules
// below place it).
func TestFx7tVATState(t *testing.T) {
	for _, c := range []struct {
		country string
		want    apiTOSPhrase
	}{
		{"FR", apiTOSPhrase{textfmt.EN: "Value added tax is added to them at the rate in force in France, except where", textfmt.FR: "La taxe sur la valeur ajoutée s'y ajoute au taux en vigueur en France, sauf lorsque"}},
		{"BE", apiTOSPhrase{textfmt.EN: "Value added tax is added to them at the rate in force in the State in which the Provider is established (Belgium), except where", textfmt.FR: "La taxe sur la valeur ajoutée s'y ajoute au taux en vigueur dans l'État où le Fournisseur est établi (Belgique), sauf lorsque"}},
		{"DE", apiTOSPhrase{textfmt.EN: "in the State in which the Provider is established (Germany), except where", textfmt.FR: "dans l'État où le Fournisseur est établi (Allemagne), sauf lorsque"}},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			if c.country != "FR" {
				fx7tAbroad(v, c.country)
			}
			v["pricing.model"], v["pricing.vat"], v["term.termination_notice_months"] = "paid", "charged", 18
		})
		for l, doc := range docs {
			if !c.want.in(doc, "access-payment") {
				t.Errorf("%s %s: VAT not tied to its State:\n%s", c.country, l, clauseText(doc, "access-payment"))
			}
		}
	}
}

// RT-8: a legal form glossed in two languages is warned of; a gloss in one
// language is not.
func TestFx7tLegalFormGloss(t *testing.T) {
	k, _ := Lookup("api-tos")
	for form, want := range map[string]bool{
		"société à responsabilité limitée (SRL, société à responsabilité limitée de droit belge / Belgian private limited company)": true,
		"SRL (société à responsabilité limitée de droit belge)":                                                                     false,
		"société par actions simplifiée": false,
	} {
		v := clone(exampleValues(t, k))
		v["provider.legal_form"] = form
		if got := slices.Contains(brokenRules(k, v), "legal-form-bilingual-gloss"); got != want {
			t.Errorf("%q: legal-form-bilingual-gloss = %v, want %v", form, got, want)
		}
	}
}

// RM2-9: the choice of court binds a User established in France only where
// both parties contracted as merchants (article 48 of the Code of Civil
// Procedure): a merchant provider's clause names that case, a provider that
// is not a merchant (an association, a liberal profession) chooses its
// courts only for professional Users domiciled outside France, and neither
// reaches a non-merchant professional User established in France, who
// keeps the ordinary rules. A public body chooses no court.
var (
	phraseFx7tMerchantsLimb = apiTOSPhrase{
		textfmt.EN: "or (b) the Provider and the User have both contracted as merchants (article 48 of the French Code of Civil Procedure).**",
		textfmt.FR: "ou b) le Fournisseur et l'Utilisateur ont tous deux contracté en qualité de commerçant (article 48 du Code de procédure civile).**",
	}
	phraseFx7tAbroadOnly = apiTOSPhrase{
		textfmt.EN: "between the Provider and a User domiciled outside France and acting for professional purposes falls within the exclusive jurisdiction of the courts of",
		textfmt.FR: "entre le Fournisseur et un Utilisateur domicilié hors de France et agissant à des fins professionnelles relève de la compétence exclusive des juridictions",
	}
	phraseFx7tOrdinaryRules = apiTOSPhrase{
		textfmt.EN: "In other cases, the competent court is determined by the ordinary rules of jurisdiction",
		textfmt.FR: "Dans les autres cas, la juridiction compétente est déterminée selon les règles ordinaires de compétence",
	}
)

func TestFx7tChoiceOfCourtBetweenMerchants(t *testing.T) {
	for _, c := range []struct {
		name, kind          string
		merchant            bool
		merchants, abroad   bool
		ordinaryRulesStated bool
	}{
		{"merchant company", "company", true, true, false, true},
		{"liberal profession", "individual", false, false, true, true},
		{"association", "organisation", false, false, true, true},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["provider.type"], v["provider.merchant"], v["jurisdiction"] = c.kind, c.merchant, "Nantes"
			if c.kind == "organisation" {
				v["provider.legal_form"], v["provider.registration"] = "association régie par la loi du 1er juillet 1901", "RNA W751234567"
				delete(v, "provider.merchant")
			}
			if c.kind == "individual" {
				v["provider.name"], v["provider.legal_form"], v["provider.registration"] = "Jeanne Martin EI", "entrepreneur individuel", "RNE, SIREN 123 456 782"
			}
		})
		for l, doc := range docs {
			if got := phraseFx7tMerchantsLimb.in(doc, "jurisdiction"); got != c.merchants {
				t.Errorf("%s %s: merchants limb = %v, want %v\n%s", c.name, l, got, c.merchants, clauseText(doc, "jurisdiction"))
			}
			if got := phraseFx7tAbroadOnly.in(doc, "jurisdiction"); got != c.abroad {
				t.Errorf("%s %s: clause for foreign Users only = %v, want %v", c.name, l, got, c.abroad)
			}
			if got := phraseFx7tOrdinaryRules.in(doc, "jurisdiction"); got != c.ordinaryRulesStated {
				t.Errorf("%s %s: ordinary rules for the other Users = %v, want %v", c.name, l, got, c.ordinaryRulesStated)
			}
		}
	}
}
