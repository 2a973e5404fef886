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
