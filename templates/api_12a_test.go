package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// published12a assembles the terms in each language for the answers given
// on top of the example answers, with contributions published or not.
func published12a(t *testing.T, set func(questionnaire.Values)) map[textfmt.Lang]*document.Document {
	t.Helper()
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	set(v)
	docs := map[textfmt.Lang]*document.Document{}
	for _, l := range v.Langs() {
		doc, err := k.Assemble(v, l, Final)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		docs[l] = doc
	}
	return docs
}

// Whatever its role for requests, the Provider processes as controller,
// in a list of 6.2, the data that publishing Contributions involves; the
// data processing annex leaves them out, and its deletion at the end does
// not reach them.
func TestAPITOSContributionDataUnderOneController(t *testing.T) {
	controllerList := apiTOSPhrase{
		textfmt.EN: "Whatever its role for the other Personal Data that requests contain, the Provider processes, as controller, the following Personal Data that the publication of Contributions",
		textfmt.FR: "Quel que soit son rôle à l'égard des autres Données personnelles que contiennent les requêtes, le Fournisseur traite, en qualité de responsable du traitement, les Données personnelles suivantes qu'implique la publication des Contributions",
	}
	carveOut := apiTOSPhrase{
		textfmt.EN: "and those that the publication of Contributions involves, which the Provider processes as controller as provided below",
		textfmt.FR: "et celles qu'implique la publication des Contributions, que le Fournisseur traite en qualité de responsable du traitement dans les conditions prévues ci-après",
	}
	outsideAnnex := apiTOSPhrase{
		textfmt.EN: "even where the User sends them in its requests",
		textfmt.FR: "même lorsque l'Utilisateur les transmet dans ses requêtes",
	}
	endSpared := apiTOSPhrase{
		textfmt.EN: "This paragraph does not apply to the Personal Data that the publication of Contributions involves",
		textfmt.FR: "Le présent point ne s'applique pas aux Données personnelles qu'implique la publication des Contributions",
	}
	publicBasis := apiTOSPhrase{
		textfmt.EN: "the task carried out in the public interest with which it is vested, of which building and publishing its database forms part (article 6(1)(e) of the GDPR)",
		textfmt.FR: "de la mission d'intérêt public dont il est investi, dont relèvent la constitution et la publication de sa base de données (article 6, paragraphe 1, point e), du RGPD)",
	}
	oldLCEN := apiTOSPhrase{textfmt.EN: "in its numbering before Law no. 2024-449", textfmt.FR: "dans sa numérotation antérieure à la loi n° 2024-449"}
	lcen := apiTOSPhrase{
		textfmt.EN: "under article 6 of Law no. 2004-575 of 21 June 2004 for confidence in the digital economy and Decree no. 2021-1362 of 20 October 2021",
		textfmt.FR: "en application de l'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique et du décret n° 2021-1362 du 20 octobre 2021",
	}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, published := range []bool{true, false} {
			for _, public := range []bool{true, false} {
				docs := published12a(t, func(v questionnaire.Values) {
					v["personal_data.processed"], v["personal_data.role"], v["contributions.published"] = true, role, published
					if public {
						v["provider.type"] = "public-body"
					}
				})
				for l, doc := range docs {
					what := string(l) + " " + role
					check := func(p apiTOSPhrase, id string, want bool, why string) {
						t.Helper()
						if p.in(doc, id) != want {
							t.Errorf("%s, published %v, public %v: %s: %v, want %v", what, published, public, why, !want, want)
						}
					}
					check(controllerList, "data-personal", published, "the list of the data that publication involves")
					check(carveOut, "data-personal", published, "requests' data not carved out for publication")
					check(outsideAnnex, "data-personal", published && role != "controller", "publication data said outside Annex B")
					check(endSpared, "dpa-end", published && role != "controller", "Annex B's deletion at the end sparing publication data")
					check(publicBasis, "data-personal", published && public, "a public body's publication on its public task")
					check(lcen, "data-personal", published, "the host's identification duty under article 6 of the LCEN")
					check(oldLCEN, "data-personal", false, "the superseded numbering of the LCEN")
				}
			}
		}
		// Without personal data in requests, the list stands in its own
		// clause, with the same basis and citation.
		docs := published12a(t, func(v questionnaire.Values) {
			v["personal_data.processed"], v["contributions.published"] = false, true
		})
		for l, doc := range docs {
			if !lcen.in(doc, "data-no-personal") || oldLCEN.in(doc, "data-no-personal") {
				t.Errorf("%s: data-no-personal does not cite article 6 of the LCEN as it stands", l)
			}
		}
	}
}

// The processor's data that name contributors draw a warning.
func TestAPITOSProcessorCategoriesNamingContributors(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		categories string
		role       string
		published  bool
		want       bool
	}{
		{"pseudonym of the contributors", "processor", true, true},
		{"pseudonym of the contributors", "both", true, false},
		{"pseudonym of the contributors", "controller", true, false},
		{"pseudonym of the contributors", "processor", false, false},
		{"positions of bicycles", "processor", true, false},
	} {
		v := exampleValues(t, k)
		v["personal_data.processed"], v["personal_data.role"], v["contributions.published"] = true, c.role, c.published
		v["personal_data.categories"] = questionnaire.Translated{textfmt.EN: c.categories, textfmt.FR: c.categories}
		if got := slices.Contains(brokenRules(k, v), "processor-categories-contributions"); got != c.want {
			t.Errorf("%+v: warning %v, want %v", c, got, c.want)
		}
	}
}

// Returned Contributions are the Provider's own data: module 1 of the
// standard contractual clauses applies to them, with the authority of
// clause 13, whatever the Provider's role for requests; module 4 stays
// only for results returned as processor.
func TestAPITOSReturnedContributionsUnderModule1(t *testing.T) {
	module1 := apiTOSPhrase{textfmt.EN: "module 1 (controller to controller)", textfmt.FR: "module 1 (de responsable du traitement à responsable du traitement)"}
	module4 := apiTOSPhrase{textfmt.EN: "module 4 (processor to controller)", textfmt.FR: "module 4 (de sous-traitant à responsable du traitement)"}
	authority := apiTOSPhrase{textfmt.EN: "in Annex I.C, competent supervisory authority", textfmt.FR: "à l'annexe I.C, autorité de contrôle compétente"}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, published := range []bool{true, false} {
			for _, ownOnly := range []bool{true, false} {
				docs := published12a(t, func(v questionnaire.Values) {
					v["personal_data.processed"], v["personal_data.role"], v["contributions.published"] = true, role, published
					v["personal_data.returns"] = true
					v["personal_data.returned_own_only"] = ownOnly
				})
				own := role == "controller" || published
				users := role != "controller" && !(published && ownOnly)
				for l, doc := range docs {
					for _, c := range []struct {
						p    apiTOSPhrase
						want bool
						name string
					}{{module1, own, "module 1"}, {module4, users, "module 4"}, {authority, own, "an authority in Annex I.C"}} {
						if c.p.in(doc, "data-transfers") != c.want {
							t.Errorf("%s %s, published %v, own only %v: %s: %v, want %v", l, role, published, ownOnly, c.name, !c.want, c.want)
						}
					}
				}
			}
		}
	}
}

// 6.5 is split into a licence that names every right the data licence
// passes on, the credit and moral right, the warranty and the personal
// data, where the User informs authors before sending; Contributions are
// a defined term of article 1 only when they are published.
func TestAPITOSContributionSubclauses(t *testing.T) {
	defined := apiTOSPhrase{textfmt.EN: "“Contributions”** means", textfmt.FR: "« Contributions »** désigne"}
	rights := []apiTOSPhrase{
		{textfmt.EN: "to reproduce it, in whole or in part, on any medium and in any format, digital or printed", textfmt.FR: "le droit de la reproduire, en tout ou en partie, sur tout support et dans tout format, numérique ou imprimé"},
		{textfmt.EN: "to adapt it, in particular to translate it", textfmt.FR: "le droit de l'adapter, notamment de la traduire"},
		{textfmt.EN: "to distribute copies of it and of its adaptations", textfmt.FR: "le droit d'en distribuer des exemplaires, ainsi que de ses adaptations"},
	}
	sublicence := map[string]apiTOSPhrase{
		"open-data-licence": {textfmt.EN: "to grant anyone a licence to exercise the rights in points 1 to 4, for every use that the licence of the Data permits", textfmt.FR: "le droit de concéder à quiconque une licence d'exercer les droits prévus aux points 1 à 4, pour tous les usages que permet la licence des Données"},
		"open-reuse":        {textfmt.EN: "to grant anyone, for any purpose, a worldwide, royalty-free, non-exclusive and irrevocable licence to exercise the rights in points 1 to 4", textfmt.FR: "le droit de concéder à quiconque, pour tout usage, une licence mondiale, gratuite, non exclusive et irrévocable d'exercer les droits prévus aux points 1 à 4"},
		"commercial":        {textfmt.EN: "and to grant any person a licence to exercise the rights in points 1 to 4, including for consideration", textfmt.FR: "et de concéder à toute personne une licence d'exercer les droits prévus aux points 1 à 4, y compris à titre onéreux"},
	}
	oldScope := apiTOSPhrase{textfmt.EN: "only as far as its integration into the database requires", textfmt.FR: "dans la seule mesure nécessaire à son intégration"}
	creditKept := apiTOSPhrase{
		textfmt.EN: "The name or pseudonym shown for that credit may be kept and shown with the Contribution and its copies",
		textfmt.FR: "Le nom ou le pseudonyme affiché pour cette mention peut être conservé et affiché avec la Contribution et ses copies",
	}
	inform := apiTOSPhrase{
		textfmt.EN: "Before sending a Contribution of which it is not itself the author, the User shall inform its author that the Provider publishes the Contribution with his or her name or pseudonym, that anyone may reuse it under the licence",
		textfmt.FR: "Avant de transmettre une Contribution dont il n'est pas lui-même l'auteur, l'Utilisateur informe son auteur que le Fournisseur publie la Contribution avec son nom ou son pseudonyme, que quiconque peut la réutiliser sous la licence",
	}
	privacyRef := apiTOSPhrase{textfmt.EN: "referring the author to the Provider's document", textfmt.FR: "en le renvoyant au document"}
	for _, data := range []string{"open-data-licence", "open-reuse", "commercial"} {
		for _, published := range []bool{true, false} {
			docs := published12a(t, func(v questionnaire.Values) {
				v["conditions.data"], v["contributions.published"] = data, published
			})
			for l, doc := range docs {
				what := string(l) + " " + data
				for id, want := range map[string]bool{
					"data-contributions-licence": published, "data-contributions-credit": published,
					"data-contributions-warranty": published, "data-contributions-personal": published,
				} {
					if _, ok := doc.Clause(id); ok != want {
						t.Errorf("%s, published %v: sub-clause %s present %v", what, published, id, ok)
					}
				}
				if defined.in(doc, "definitions") != published {
					t.Errorf("%s, published %v: Contributions defined in article 1: %v", what, published, !published)
				}
				if !published {
					continue
				}
				for _, p := range rights {
					if !p.in(doc, "data-contributions-licence") {
						t.Errorf("%s: the licence does not grant %q", what, p[l])
					}
				}
				if !sublicence[data].in(doc, "data-contributions-licence") {
					t.Errorf("%s: the licence does not let the Provider pass on what the licence of the Data gives: %q", what, sublicence[data][l])
				}
				if oldScope.in(doc, "data-contributions") {
					t.Errorf("%s: adaptation still limited to integration into the database", what)
				}
				if !creditKept.in(doc, "data-contributions-credit") {
					t.Errorf("%s: the author's credit may be erased with the personal data", what)
				}
				if !inform.in(doc, "data-contributions-personal") || !privacyRef.in(doc, "data-contributions-personal") {
					t.Errorf("%s: the User need not inform authors before sending", what)
				}
				if strings.Contains(clauseText(doc, "data-contributions"), "(the “Contributions”)") {
					t.Errorf("%s: Contributions defined again in 6.5", what)
				}
			}
		}
	}
}

// Reviews say whether their authors' use is checked, and that the limit
// on publication binds the Provider's API, not copies already reused.
func TestAPITOSReviewsUseCheckAndRecall(t *testing.T) {
	checked := apiTOSPhrase{
		textfmt.EN: "that procedure is intended to ensure that each review comes from a consumer who has actually used or bought the product or service reviewed",
		textfmt.FR: "cette procédure a pour objet de s'assurer que chaque avis émane d'un consommateur qui a réellement utilisé ou acheté le produit ou le service évalué",
	}
	notChecked := apiTOSPhrase{
		textfmt.EN: "that procedure does not check that the author of a review has actually used or bought the product or service reviewed",
		textfmt.FR: "cette procédure ne vérifie pas que l'auteur d'un avis a réellement utilisé ou acheté le produit ou le service évalué",
	}
	noProcedure := apiTOSPhrase{
		textfmt.EN: "nor that their authors have actually used or bought the product or service reviewed",
		textfmt.FR: "ni de vérification que leurs auteurs ont réellement utilisé ou acheté le produit ou le service évalué",
	}
	recall := apiTOSPhrase{
		textfmt.EN: "that limit does not extend to the copies of a review that others have lawfully obtained",
		textfmt.FR: "cette limite n'atteint pas les copies d'un avis que d'autres ont licitement obtenues",
	}
	k, _ := Lookup("api-tos")
	for _, described := range []bool{true, false} {
		for _, use := range []bool{true, false} {
			docs := published12a(t, func(v questionnaire.Values) {
				v["contributions.published"], v["contributions.reviews"], v["contributions.reviews_use_checked"] = true, true, use
				delete(v, "contributions.reviews_check")
				if described {
					v["contributions.reviews_check"] = questionnaire.Translated{textfmt.EN: "each review is read before publication", textfmt.FR: "chaque avis est lu avant publication"}
				}
			})
			for l, doc := range docs {
				what := string(l)
				for _, c := range []struct {
					p    apiTOSPhrase
					want bool
				}{{checked, described && use}, {notChecked, described && !use}, {noProcedure, !described}, {recall, true}} {
					if c.p.in(doc, "data-reviews") != c.want {
						t.Errorf("%s, described %v, use checked %v: %q: %v, want %v", what, described, use, c.p[l], !c.want, c.want)
					}
				}
			}
			v := exampleValues(t, k)
			v["contributions.published"], v["contributions.reviews"], v["contributions.reviews_use_checked"] = true, true, use
			delete(v, "contributions.reviews_check")
			if described {
				v["contributions.reviews_check"] = questionnaire.Translated{textfmt.EN: "only customers who booked may review", textfmt.FR: "seuls les clients ayant réservé peuvent donner un avis"}
			}
			broken := brokenRules(k, v)
			if got := slices.Contains(broken, "reviews-use-checked-undescribed"); got != (use && !described) {
				t.Errorf("described %v, use checked %v: warning on an undescribed check %v", described, use, got)
			}
			if got := slices.Contains(broken, "reviews-use-check-unstated"); got != (described && !use) {
				t.Errorf("described %v, use checked %v: warning on a customer check not stated %v", described, use, got)
			}
		}
	}
}
