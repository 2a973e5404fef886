package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Round 4 (review N2): where the User alone is confined to a
// Non-Commercial Purpose over openly licensed Data, the surviving
// restriction has a term (art. 1210 C. civ.) and stays verifiable; 8.5
// says a derived database may not be used publicly; 8.4 gives the clause
// the User puts in its own terms; 6.4 is split into paragraphs; two data
// licences take the plural; the French jurisdiction clause lists a) and b)
// as the English does. Without the restriction, none of the new text.
func TestFxn4NonCommercialOpenData(t *testing.T) {
	survival := apiTOSPhrase{
		textfmt.EN: "after the Agreement ends, to the Data that the User obtained before it ended; it ceases earlier for those of them that the Provider publishes for download under their licence.",
		textfmt.FR: "après la fin du Contrat, aux Données que l'Utilisateur a obtenues avant celle-ci ; elle cesse plus tôt pour celles de ces Données que le Fournisseur publie en téléchargement sous leur licence.",
	}
	verification := apiTOSPhrase{
		textfmt.EN: "continues to apply for as long as that restriction lasts.",
		textfmt.FR: "continue de s'appliquer tant que dure cette restriction.",
	}
	continues := apiTOSPhrase{
		textfmt.EN: "This restriction continues after the Agreement ends as provided in Article",
		textfmt.FR: "Cette limitation se poursuit après la fin du Contrat dans les conditions de l'article",
	}
	thirdPartiesAfter := apiTOSPhrase{
		textfmt.EN: "End Users within the Applications, including after",
		textfmt.FR: "Utilisateurs finaux au sein des Applications, y compris après",
	}
	derived := apiTOSPhrase{
		textfmt.EN: "The User may therefore not publicly use a database derived from the Data",
		textfmt.FR: "L'Utilisateur ne peut donc pas utiliser publiquement une base de données dérivée des Données",
	}
	produced := apiTOSPhrase{
		textfmt.EN: "it may, for a Non-Commercial Purpose, display those Data within its Applications and publicly use works produced from them, with the notice that section 4.3 of the ODbL requires.",
		textfmt.FR: "il peut, à une Finalité non commerciale, afficher ces Données au sein de ses Applications et utiliser publiquement les œuvres produites à partir de celles-ci, avec la mention qu'exige la section 4.3 de l'ODbL.",
	}
	derivedAPI := apiTOSPhrase{
		textfmt.EN: "a database derived from the Data that it obtains through the API;",
		textfmt.FR: "une base de données dérivée des Données qu'il obtient au moyen de l'API ;",
	}
	endUsers := apiTOSPhrase{
		textfmt.EN: "Its terms shall include, in these words or in equivalent words, the following clause: “You may use the API Marées data that the Application shows you only within the Application and only for a non-commercial purpose; you shall not extract all or a substantial part of them.” That clause does not restrict the rights that article L. 342-3 of the French Intellectual Property Code gives a lawful user of a database",
		textfmt.FR: "Ses conditions comportent, en ces termes ou en termes équivalents, la clause suivante : « Vous ne pouvez utiliser les données de l'API Marées que vous présente l'Application qu'au sein de celle-ci et que dans un but non commercial ; vous ne pouvez pas en extraire la totalité ou une partie substantielle. » Cette clause ne restreint pas les droits que l'article L. 342-3 du Code de la propriété intellectuelle reconnaît à l'utilisateur légitime d'une base de données",
	}
	endUsersBulk := apiTOSPhrase{
		textfmt.EN: "nor the reuse of the Data that the Provider publishes for download (",
		textfmt.FR: "ni la réutilisation des Données que le Fournisseur publie en téléchargement (",
	}
	spares := apiTOSPhrase{
		textfmt.EN: "without restricting the reuse of the Data that their licence permits (Article",
		textfmt.FR: "sans restreindre la réutilisation des Données que permet leur licence (article",
	}
	summaryUsers := apiTOSPhrase{
		textfmt.EN: "Users obtain them only through the API and use them only for a Non-Commercial Purpose, within their Applications; they may not redistribute them",
		textfmt.FR: "Les Utilisateurs ne les obtiennent qu'au moyen de l'API et ne les utilisent qu'à une Finalité non commerciale, au sein de leurs Applications ; ils ne peuvent ni les rediffuser",
	}
	summaryDerived := apiTOSPhrase{
		textfmt.EN: "or publicly use a database derived from them (Articles",
		textfmt.FR: "ni utiliser publiquement une base de données qui en est dérivée (articles",
	}
	summaryWorks := apiTOSPhrase{
		textfmt.EN: "). That limit does not extend to User Content. Works produced from the Data and publicly used carry the notice that the licence requires.",
		textfmt.FR: "). Cette limite ne vise pas le Contenu de l'Utilisateur. Les œuvres produites à partir des Données et utilisées publiquement portent la mention qu'exige la licence.",
	}
	summaryOld := apiTOSPhrase{
		textfmt.EN: "and the same licence for derivative databases publicly used; the User, which obtains them only through the API",
		textfmt.FR: "l'Utilisateur, qui ne les obtient qu'au moyen de l'API",
	}
	pluralDocs := apiTOSPhrase{
		textfmt.EN: "The licences of the Data listed in Paragraph",
		textfmt.FR: "Les licences des Données énumérées au point",
	}
	singularDocs := apiTOSPhrase{
		textfmt.EN: "The licence of the Data listed in Paragraph",
		textfmt.FR: "La licence des Données énumérée au point",
	}
	court := apiTOSPhrase{
		textfmt.EN: "in the following cases: (a) the User is domiciled outside France",
		textfmt.FR: "dans les cas suivants : a) l'Utilisateur est domicilié hors de France",
	}
	courtB := apiTOSPhrase{
		textfmt.EN: "; or (b) the Provider and the User have both contracted as merchants",
		textfmt.FR: " ; ou b) le Fournisseur et l'Utilisateur ont tous deux contracté en qualité de commerçant",
	}
	attribution := []string{"user-attribution-none", "user-attribution-required", "user-attribution-trademark"}
	licences := map[string][2]string{
		"odbl":  {"Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"},
		"cc-by": {"Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"},
	}
	for _, output := range []string{"non-commercial", "any-reuse"} {
		for _, bulk := range []any{nil, "https://data.acme-meteo.example/tides.zip"} {
			for lk, lic := range licences {
				attr := "none"
				if bulk != nil {
					attr = "required"
				}
				set := func(v questionnaire.Values) {
					v["conditions.data"], v["conditions.output"], v["conditions.attribution"] = "open-data-licence", output, attr
					v["data.licence.title"], v["data.licence.url"] = lic[0], lic[1]
					v["data.bulk_url"], v["api.name"] = bulk, "API Marées"
				}
				nc := output == "non-commercial"
				odbl := lk == "odbl"
				for l, doc := range published12a(t, set) {
					what := fmt.Sprintf("%s output=%s bulk=%v licence=%s", l, output, bulk, lk)
					text := func(id string) string { return clauseText(doc, id) }
					check := func(name string, p apiTOSPhrase, want bool, ids ...string) {
						t.Helper()
						if got := p.inAny(text, l, ids...); got != want {
							t.Errorf("%s: %s: %q in %v: %v, want %v", what, name, p[l], ids, got, want)
						}
					}
					check("N2-1 survival for two years", survival, nc, "term-effects")
					check("N2-1 two years", apiTOSPhrase{textfmt.EN: "for two", textfmt.FR: "pendant deux"}, nc, "term-effects")
					check("N2-9 verification survives", verification, nc, "term-effects")
					check("6.4 refers to the survival", continues, nc, "data-open-data-licence")
					check("6.4 no survival for third parties", thirdPartiesAfter, false, "data-open-data-licence")
					check("N2-2 no public derived database", derived, nc && odbl, attribution...)
					check("N2-2 produced works", produced, nc && odbl, attribution...)
					check("N2-2 derived from API Data only", derivedAPI, nc && odbl && bulk != nil, attribution...)
					check("N2-3 clause for End Users", endUsers, nc, "user-end-users")
					check("N2-3 download spared", endUsersBulk, nc && bulk != nil, "user-end-users")
					check("N2-3 reuse spared without restriction", spares, !nc, "user-end-users")
					check("N2-2 summary, short sentences", summaryUsers, nc && bulk == nil, "summary")
					check("N2-2 summary, derived database", summaryDerived, nc && bulk == nil && odbl, "summary")
					check("N2-2 summary, produced works", summaryWorks, nc && bulk == nil && odbl, "summary")
					check("N2-2 summary, old sentence", summaryOld, false, "summary")
					check("N-10 plural in 2.2", pluralDocs, odbl, "scope-documents")
					check("N-10 singular in 2.2", singularDocs, !odbl, "scope-documents")
					check("N2-7 a)", court, true, "jurisdiction")
					check("N2-7 b)", courtB, true, "jurisdiction")
					// N2-8: 6.4 in paragraphs, the User's restriction apart.
					body := text("data-open-data-licence")
					para := map[textfmt.Lang]string{textfmt.EN: "\n\nThe restriction to a Non-Commercial Purpose in", textfmt.FR: "\n\nLa limitation à une Finalité non commerciale prévue"}[l]
					if got := strings.Contains(body, textfmt.Typeset(l, para)); got != nc {
						t.Errorf("%s: 6.4 restriction in its own paragraph: %v, want %v", what, got, nc)
					}
					dbPara := map[textfmt.Lang]string{textfmt.EN: "\n\nThat licence covers the database as such", textfmt.FR: "\n\nCette licence porte sur la base de données en tant que telle"}[l]
					if got := strings.Contains(body, textfmt.Typeset(l, dbPara)); got != odbl {
						t.Errorf("%s: 6.4 database and contents in their own paragraph: %v, want %v", what, got, odbl)
					}
					heading := map[textfmt.Lang][2]string{textfmt.EN: {"Licences of the Data", "Licence of the Data"}, textfmt.FR: {"Licences des Données", "Licence des Données"}}[l]
					for _, c := range doc.Clauses {
						if c.ID == "annex-a-licences" {
							want := heading[1]
							if odbl {
								want = heading[0]
							}
							if c.Title != want {
								t.Errorf("%s: A.2 heading %q, want %q", what, c.Title, want)
							}
						}
					}
				}
			}
		}
	}
}
