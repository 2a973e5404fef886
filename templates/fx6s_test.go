package templates

import (
	"testing"

	"apitos/internal/questionnaire"
)

// RS2-1: a choice of court cannot derogate from exclusive subject-matter
// jurisdiction; copyright and trademark disputes go to the tribunal
// judiciaire designated under CPI L. 331-1 and L. 716-5 and COJ
// D. 211-6-1. The reservation is printed whenever a court is chosen, with
// the French rules for a provider established in France, and never
// without a choice of court.
var (
	phraseFx6sIPReservationFR = apiTOSPhrase{
		"en": "That choice of court applies subject to the rules of exclusive subject-matter jurisdiction, in particular those that reserve disputes relating to copyright and trademarks to the tribunal judiciaire designated under articles L. 331-1 and L. 716-5 of the French Intellectual Property Code and article D. 211-6-1 of the French Code of Judicial Organisation.",
		"fr": "Cette clause attributive de juridiction s'applique sous réserve des règles de compétence exclusive d'attribution, notamment de celles qui réservent les litiges relatifs au droit d'auteur et aux marques au tribunal judiciaire désigné en application des articles L. 331-1 et L. 716-5 du Code de la propriété intellectuelle et de l'article D. 211-6-1 du Code de l'organisation judiciaire.",
	}
	phraseFx6sIPReservationAbroad = apiTOSPhrase{
		"en": "That choice of court applies subject to the rules of exclusive subject-matter jurisdiction, in particular in intellectual property matters.",
		"fr": "Cette clause attributive de juridiction s'applique sous réserve des règles de compétence exclusive d'attribution, notamment en matière de propriété intellectuelle.",
	}
)

func TestFx6sCourtReservesIPJurisdiction(t *testing.T) {
	cases := []struct {
		name, country, court string
		merchant             bool
		fr, abroad           bool
	}{
		{"FR merchant with court", "FR", "Nantes", true, true, false},
		{"FR non-merchant with court", "FR", "Nantes", false, true, false},
		{"FR without court", "FR", "", true, false, false},
		{"BE with court", "BE", "Bruxelles", true, false, true},
	}
	for _, c := range cases {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			v["provider.country"], v["jurisdiction"], v["provider.merchant"] = c.country, c.court, c.merchant
			if c.court == "" {
				delete(v, "jurisdiction")
			}
			if c.country != "FR" {
				v["provider.registration"], v["provider.address"], v["provider.vat_number"] = "BCE 0123.456.789, RPM Bruxelles", "Rue de la Loi 16, 1000 Bruxelles, Belgique", "BE0123456789"
			}
		})
		for l, doc := range docs {
			if got := phraseFx6sIPReservationFR.in(doc, "jurisdiction"); got != c.fr {
				t.Errorf("%s %s: French IP reservation = %v, want %v", c.name, l, got, c.fr)
			}
			if got := phraseFx6sIPReservationAbroad.in(doc, "jurisdiction"); got != c.abroad {
				t.Errorf("%s %s: generic IP reservation = %v, want %v", c.name, l, got, c.abroad)
			}
		}
	}
}

// RS2-2: the prevailing version prevails in every case of divergence; only
// a doubt on the meaning of the authoritative version is read against the
// Provider (C. civ. 1190). Printed for every private provider whatever the
// prevailing language; never for a public body, whose French text alone is
// authoritative; the old rule, that let the other version win whenever it
// favoured the User, is gone.
var (
	phraseFx6sDoubt = apiTOSPhrase{
		"en": "Where the meaning of the authoritative version is in doubt, that version is interpreted against the Provider, the Agreement being a contract of adhesion proposed by the Provider (article 1190 of the French Civil Code",
		"fr": "En cas de doute sur le sens de la version qui fait foi, celle-ci s'interprète contre le Fournisseur, le Contrat étant un contrat d'adhésion proposé par le Fournisseur (article 1190 du Code civil",
	}
	phraseFx6sOldDoubt = apiTOSPhrase{
		"en": "the interpretation more favourable to the User prevails",
		"fr": "l'interprétation la plus favorable à l'Utilisateur prévaut",
	}
)

func TestFx6sPrevailingVersionDoubt(t *testing.T) {
	for _, c := range []struct{ kind, lang string }{{"", "fr"}, {"", "en"}, {"public-body", "fr"}} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			if c.kind != "" {
				v["provider.type"] = c.kind
			}
			v["prevailing_language"] = c.lang
		})
		for l, doc := range docs {
			what := c.kind + "/" + c.lang + "/" + string(l)
			if got := phraseFx6sDoubt.in(doc, "languages"); got != (c.kind == "") {
				t.Errorf("%s: doubt read against the Provider = %v", what, got)
			}
			if phraseFx6sOldDoubt.in(doc, "languages") {
				t.Errorf("%s: the old more-favourable rule is still printed", what)
			}
		}
	}
}
