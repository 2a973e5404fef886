package templates

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"apitos/assets/picto"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// inAny reports whether p is in one of the clauses ids.
func (p apiTOSPhrase) inAny(docText func(id string) string, lang textfmt.Lang, ids ...string) bool {
	for _, id := range ids {
		if strings.Contains(docText(id), textfmt.Typeset(lang, p[lang])) {
			return true
		}
	}
	return false
}

// N-1 to N-4, N-6, N-8: where the API is confined to non-commercial use
// but the licence of the Data allows commercial reuse, every clause that
// says the Agreement does not restrict the reuse of the Data says so
// subject to Article 6.4; the licence's conditions bind the User only for
// the uses 6.4 allows; the restriction survives for the Data obtained
// before the end; the heading and the Summary say the licence is
// restricted for API Users. Without that restriction, none of it.
func TestFxnNonCommercialOpenData(t *testing.T) {
	fairUse := apiTOSPhrase{
		textfmt.EN: "subject to the restriction to a Non-Commercial Purpose that it sets for Users",
		textfmt.FR: "sous réserve de la restriction à une Finalité non commerciale qu'il impose aux Utilisateurs",
	}
	endUsers := apiTOSPhrase{
		textfmt.EN: "Its terms shall include, in these words or in equivalent words, the following clause: “You may use the",
		textfmt.FR: "Ses conditions comportent, en ces termes ou en termes équivalents, la clause suivante : « Vous ne pouvez utiliser les données",
	}
	duties := apiTOSPhrase{
		textfmt.EN: "Those conditions apply to the User only for the uses of the Data that Article",
		textfmt.FR: "Ces conditions ne s'appliquent à l'Utilisateur que pour les usages des Données que lui permet l'article",
	}
	ncSubject := apiTOSPhrase{
		textfmt.EN: "The reuse of Data obtained through the API is governed by their licence, subject to the restriction to a Non-Commercial Purpose that this article and Article",
		textfmt.FR: "La réutilisation des Données obtenues au moyen de l'API est régie par leur licence, sous réserve de la restriction à une Finalité non commerciale que le présent article et l'article",
	}
	notRestrict := apiTOSPhrase{textfmt.EN: "this article does not restrict it", textfmt.FR: "le présent article ne la restreint pas"}
	reciprocity := apiTOSPhrase{
		textfmt.EN: "within the limits that that article sets for Users",
		textfmt.FR: "dans les limites que cet article fixe aux Utilisateurs",
	}
	survival := apiTOSPhrase{
		textfmt.EN: "set for the Data obtained through the API continues to apply, for two",
		textfmt.FR: "pour les Données obtenues au moyen de l'API continue de s'appliquer, pendant deux",
	}
	summary := apiTOSPhrase{
		textfmt.EN: "**Data: open licence, restricted for API Users.**",
		textfmt.FR: "**Données : licence ouverte, restreinte pour les Utilisateurs de l'API.**",
	}
	heading := apiTOSPhrase{
		textfmt.EN: "Reuse of the data: open data licence, restricted for API Users",
		textfmt.FR: "Réutilisation des données : licence de données ouverte, restreinte pour les Utilisateurs de l'API",
	}
	attribution := []string{"user-attribution-none", "user-attribution-required", "user-attribution-trademark"}
	for _, output := range []string{"non-commercial", "any-reuse"} {
		for _, bulk := range []any{nil, "https://data.acme-meteo.example/tides.zip"} {
			for _, attr := range []string{"none", "required", "trademark"} {
				set := func(v questionnaire.Values) {
					v["conditions.data"], v["conditions.output"], v["conditions.attribution"] = "open-data-licence", output, attr
					v["data.licence.title"], v["data.licence.url"] = "Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"
					v["data.bulk_url"], v["conditions.access"] = bulk, "share-alike"
				}
				nc := output == "non-commercial"
				for l, doc := range published12a(t, set) {
					what := fmt.Sprintf("%s output=%s bulk=%v attribution=%s", l, output, bulk, attr)
					text := func(id string) string { return clauseText(doc, id) }
					check := func(p apiTOSPhrase, want bool, ids ...string) {
						t.Helper()
						if got := p.inAny(text, l, ids...); got != want {
							t.Errorf("%s: %q in %v: %v, want %v", what, p[l], ids, got, want)
						}
					}
					check(fairUse, nc, "user-fair-use")
					check(endUsers, nc, "user-end-users")
					check(duties, nc, attribution...)
					check(reciprocity, nc, "user-share-alike")
					check(survival, nc, "term-effects")
					check(summary, nc, "summary")
					if nc {
						check(ncSubject, true, "user-non-commercial")
						check(notRestrict, false, "user-non-commercial")
					}
					var titled bool
					for _, c := range doc.Clauses {
						if c.ID == "data-open-data-licence" {
							titled = strings.Contains(c.Title, textfmt.Typeset(l, heading[l]))
						}
					}
					if titled != nc {
						t.Errorf("%s: heading of 6.4 restricted: %v, want %v", what, titled, nc)
					}
					caption := "![Open licence, restricted for API Users](pictograms/data-open-data-licence-restricted.svg)"
					if l == textfmt.FR {
						caption = "![Licence ouverte, restreinte pour les Utilisateurs de l’API](pictograms/data-open-data-licence-restricted.svg)"
					}
					if got := strings.Contains(clauseText(doc, "summary"), caption); got != nc {
						t.Errorf("%s: restricted pictogram caption: %v, want %v", what, got, nc)
					}
					if l == textfmt.FR {
						all := clauseText(doc, attribution[0]) + clauseText(doc, attribution[1]) + clauseText(doc, attribution[2])
						if strings.Contains(all, "Produced Work") || strings.Contains(all, "Derivative Database") {
							t.Errorf("%s: ODbL terms left in English", what)
						}
						if !strings.Contains(all, "Œuvre produite") || !strings.Contains(all, "Base de données dérivée") {
							t.Errorf("%s: ODbL terms not given in French", what)
						}
					}
				}
			}
		}
	}
}

// N-6: 10.4 refers to a cause not attributable to the User under 10.6
// only where 10.6 defines such causes (a price, or a deletion duty).
func TestFxnNotAttributableCrossReference(t *testing.T) {
	p := apiTOSPhrase{
		textfmt.EN: "ends for a cause not attributable to it under Article",
		textfmt.FR: "prend fin pour une cause qui ne lui est pas imputable au sens de l'article",
	}
	list := apiTOSPhrase{
		textfmt.EN: "ends for a cause not attributable to the User, exhaustively, when it ends",
		textfmt.FR: "prend fin pour une cause qui n'est pas imputable à l'Utilisateur, limitativement",
	}
	for _, price := range []string{"free", "paid"} {
		for _, data := range []string{"open-data-licence", "commercial"} {
			set := func(v questionnaire.Values) {
				v["pricing.model"], v["conditions.data"] = price, data
				v["personal_data.processed"] = false
			}
			for l, doc := range published12a(t, set) {
				refers := p.in(doc, "term-breach")
				if refers && !strings.Contains(clauseText(doc, "term-effects"), textfmt.Typeset(l, list[l])) {
					t.Errorf("%s %s %s: 10.4 refers to causes that 10.6 does not list", l, price, data)
				}
				if price == "free" && data == "open-data-licence" && refers {
					t.Errorf("%s: free open API: 10.4 still refers to causes not attributable", l)
				}
			}
		}
	}
}

// J2-1, J2-2, J2-4, J2-6: the Consumer's express request for early
// performance in 11.2 whatever the price; the English jurisdiction
// clause in cases (a) and (b); Contributions reused by third parties
// under the named data licence, as obtained from the Provider; the head
// of the terms follows the consumer exception of 12.9.
func TestFxnConsumerAndContributions(t *testing.T) {
	request := apiTOSPhrase{
		textfmt.EN: "a separate box that is not ticked in advance, that performance of the Agreement begin before the end of the withdrawal period; failing such a request, the Provider shall issue the Access Credentials to the Consumer on the day after that period expires",
		textfmt.FR: "une case distincte non cochée d'avance, que l'exécution du Contrat commence avant la fin du délai de rétractation ; à défaut, le Fournisseur lui délivre les Identifiants d'accès le lendemain de l'expiration de ce délai",
	}
	paidRequest := apiTOSPhrase{
		textfmt.EN: "A Consumer who wishes to use the API before the end of that period shall expressly request it",
		textfmt.FR: "s'il se rétracte ensuite, il verse un montant proportionné au service fourni",
	}
	front := apiTOSPhrase{
		textfmt.EN: "; where the meaning of the authoritative version is in doubt, it is interpreted against the Provider (",
		textfmt.FR: " ; en cas de doute sur son sens, la version qui fait foi s'interprète contre le Fournisseur (",
	}
	third := apiTOSPhrase{
		textfmt.EN: "other third parties may reuse them, as obtained from the Provider, only under the document “",
		textfmt.FR: "les autres tiers ne peuvent les réutiliser, telles qu'ils les obtiennent du Fournisseur, qu'en vertu du document « ",
	}
	for _, price := range []string{"free", "paid"} {
		for _, lang := range []string{"fr", "en"} {
			set := func(v questionnaire.Values) {
				v["pricing.model"], v["audience"], v["prevailing_language"] = price, "business-and-consumers", lang
				v["contributions.published"], v["conditions.data"] = true, "commercial"
			}
			for l, doc := range published12a(t, set) {
				what := fmt.Sprintf("%s %s prevailing=%s", l, price, lang)
				if _, ok := doc.Clause("consumer-withdrawal"); !ok {
					t.Fatalf("%s: no withdrawal clause", what)
				}
				if got := request.in(doc, "consumer-withdrawal"); got != (price == "free") {
					t.Errorf("%s: free access's early-performance request: %v", what, got)
				}
				if got := paidRequest.in(doc, "consumer-withdrawal"); got != (price == "paid") {
					t.Errorf("%s: paid access's early-performance request: %v", what, got)
				}
				if _, bilingual := doc.Clause("languages"); bilingual && !strings.Contains(doc.Front, textfmt.Typeset(l, front[l])) {
					t.Errorf("%s: head notice without the consumer exception of 12.9", what)
				}
				if !third.in(doc, "data-contributions") {
					t.Errorf("%s: third parties' reuse of Contributions not tied to the named licence", what)
				}
				if l == textfmt.EN && !strings.Contains(clauseText(doc, "jurisdiction"), "in the following cases: (a) the User is domiciled outside France") {
					t.Errorf("%s: jurisdiction clause not split into cases", what)
				}
			}
		}
	}
}

// J2-3: an online platform that is not a micro or small enterprise sets
// out its misuse policy (art. 23 DSA): prior warning, then suspension for
// a stated period; a small platform, or one publishing nothing, does not.
func TestFxnMisusePolicy(t *testing.T) {
	p := apiTOSPhrase{
		textfmt.EN: "after having issued a prior warning, suspend, for a reasonable period that it states and that may not exceed three (3) months, the processing of the Contributions that User sends",
		textfmt.FR: "après lui avoir adressé un avertissement préalable, suspend, pour une durée raisonnable qu'il précise et qui ne peut excéder trois (3) mois, le traitement des Contributions que cet Utilisateur envoie",
	}
	for _, published := range []bool{false, true} {
		for _, small := range []bool{false, true} {
			set := func(v questionnaire.Values) {
				v["contributions.published"], v["contributions.small_enterprise"] = published, small
			}
			for l, doc := range published12a(t, set) {
				if got := p.in(doc, "data-hosting"); got != (published && !small) {
					t.Errorf("%s published=%v small=%v: misuse policy %v", l, published, small, got)
				}
			}
		}
	}
}

// J2-5: every caption that a template gives a pictogram instead of its
// option's label has a variant file titled with the same captions.
func TestFxnPictogramCaptionTitles(t *testing.T) {
	re := regexp.MustCompile(`pictoAs "([^"]+)" [^ ]+ "([^"]+)" "([^"]+)"`)
	k, _ := Lookup("api-tos")
	for _, kind := range []string{"api-tos", "charter", "contribution"} {
		for _, lang := range []string{"en", "fr"} {
			b, err := os.ReadFile(kind + "/" + lang + ".md")
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				kk, _ := Lookup(kind)
				if kk == nil {
					kk = k
				}
				qq, ok := kk.Questionnaire.Question(m[1])
				if !ok {
					t.Errorf("%s: pictoAs of unknown question %s", kind, m[1])
					continue
				}
				found := false
				for _, o := range qq.Options {
					if name, ok := picto.VariantOf(o.Picto, m[2]); ok {
						v, _ := picto.VariantNamed(name)
						found = v.FR == m[3]
					}
				}
				if !found {
					t.Errorf("%s/%s: caption %q / %q has no pictogram variant titled with it", kind, lang, m[2], m[3])
				}
			}
		}
	}
}

// N-9, N-13: « personnes physiques … telles que », and the English
// heading of the credit names a template, not a "model".
func TestFxnWording(t *testing.T) {
	for l, doc := range published12a(t, func(v questionnaire.Values) { v["audience"] = "business" }) {
		var all strings.Builder
		for _, c := range doc.Clauses {
			all.WriteString(c.Title + "\n" + c.Body + "\n")
		}
		s := all.String()
		if l == textfmt.FR && strings.Contains(s, "tels les entrepreneurs individuels") {
			t.Errorf("fr: « tels » agreeing with « personnes physiques »")
		}
		if l == textfmt.EN && strings.Contains(s, "Origin of the model") {
			t.Errorf("en: calque « modèle » in the credit heading")
		}
	}
}
