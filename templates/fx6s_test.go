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
