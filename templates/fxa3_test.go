package templates

import (
	"slices"
	"testing"

	"apitos/internal/textfmt"
)

var (
	// fxa3-1: high-value datasets are free through an API and as a bulk
	// download (directive 2019/1024, art. 14(1); reg. 2023/138), and the
	// terms say how a User obtains them with no price due.
	phraseFxa3HighValueEndpoints = apiTOSPhrase{
		textfmt.EN: "the Documentation shall identify those Data and the endpoints through which any User obtains them with no price due",
		textfmt.FR: "la Documentation désigne ces Données et les points d'accès par lesquels tout Utilisateur les obtient sans qu'aucun prix soit dû",
	}
	phraseFxa3HighValueBulk = apiTOSPhrase{
		textfmt.EN: "and as a bulk download at ",
		textfmt.FR: "ainsi qu'en téléchargement en masse à l'adresse ",
	}
	phraseFxa3HighValueBulkInDocs = apiTOSPhrase{
		textfmt.EN: "and as a bulk download at the address that the Documentation states",
		textfmt.FR: "ainsi qu'en téléchargement en masse à l'adresse qu'indique la Documentation",
	}
	// fxa3-2: information a regulated professional gives on request
	// (C. consom. R. 111-2, II; directive 2006/123, art. 22(3)).
	phraseFxa3OnRequest = apiTOSPhrase{
		textfmt.EN: "information on its multidisciplinary activities and partnerships directly linked to the API and on the measures taken to avoid conflicts of interest",
		textfmt.FR: "des informations sur ses activités pluridisciplinaires et ses partenariats directement liés à l'API et sur les mesures prises pour éviter les conflits d'intérêts",
	}
	phraseFxa3OnRequestSource = apiTOSPhrase{
		textfmt.EN: "(article R. 111-2, II of the French Consumer Code; article 22(3) of Directive 2006/123/EC of 12 December 2006)",
		textfmt.FR: "(article R. 111-2, II, du Code de la consommation ; article 22, paragraphe 3, de la directive 2006/123/CE du 12 décembre 2006)",
	}
)

// fxa3-1: the high-value datasets sentence says where the data are free,
// through the API and as a bulk download, only for a public body that
// answers that some data are high-value datasets.
func TestFxa3HighValueFreeAccess(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, kind := range []string{"public-body", "company"} {
		for _, data := range []string{"open-data-licence", "open-reuse"} {
			for _, hvd := range []bool{false, true} {
				for _, url := range []string{"", "https://data.example/free"} {
					v := exampleValues(t, k)
					v["provider.type"], v["provider.name"] = kind, providerNames[kind]
					v["prevailing_language"] = "fr"
					v["pricing.model"], v["conditions.data"], v["pricing.high_value"] = "paid", data, hvd
					if url != "" {
						v["pricing.free_data_url"] = url
					} else {
						delete(v, "pricing.free_data_url")
					}
					on := kind == "public-body" && hvd
					for _, l := range textfmt.All {
						doc := assemble12c(t, k, v, l)
						what := string(l) + " " + kind + " " + data
						if phraseFxa3HighValueEndpoints.in(doc, "access-price") != on {
							t.Errorf("%s hvd=%v: free endpoints sentence present=%v\n%s", what, hvd, !on, clauseText(doc, "access-price"))
						}
						if phraseHighValueFree.in(doc, "access-price") != on {
							t.Errorf("%s hvd=%v: high-value sentence present=%v", what, hvd, !on)
						}
						if phraseFxa3HighValueBulk.in(doc, "access-price") != on {
							t.Errorf("%s hvd=%v url=%q: bulk download present=%v", what, hvd, url, !on)
						}
						if phraseFxa3HighValueBulkInDocs.in(doc, "access-price") != (on && url == "") {
							t.Errorf("%s hvd=%v url=%q: bulk download address in the Documentation wrongly %v", what, hvd, url, !(on && url == ""))
						}
					}
				}
			}
		}
	}
}

// fxa3-1: a commercial data licence on high-value datasets is refused
// (reg. 2023/138, art. 4); an open licence is not.
func TestFxa3HighValueCommercialRefused(t *testing.T) {
	k, _ := Lookup("api-tos")
	const id = "public-body-high-value-commercial-data"
	for _, data := range []string{"commercial", "open-data-licence"} {
		for _, hvd := range []bool{false, true} {
			v := exampleValues(t, k)
			v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
			v["pricing.model"], v["conditions.data"], v["pricing.high_value"] = "paid", data, hvd
			if data == "commercial" {
				v["data.commercial.title"], v["data.commercial.url"] = "Licence de réutilisation", "https://data.example/licence"
			}
			want := data == "commercial" && hvd
			if got := slices.Contains(refusals(k, v), id); got != want {
				t.Errorf("%s, high value %v: refused %v, want %v", data, hvd, got, want)
			}
		}
	}
}

// fxa3-2: a regulated provider, company or sole trader, states in its
// particulars the information it gives on request; no other provider does.
func TestFxa3RegulatedInformationOnRequest(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, kind := range []string{"company", "individual"} {
		for _, regulated := range []bool{false, true} {
			for _, audience := range []string{"business", "business-and-consumers"} {
				v := exampleValues(t, k)
				v["provider.type"], v["provider.name"] = kind, providerNames[kind]
				v["provider.regulated"], v["audience"] = regulated, audience
				for _, l := range textfmt.All {
					doc := assemble12c(t, k, v, l)
					what := string(l) + " " + kind + " " + audience
					if phraseFxa3OnRequest.in(doc, "parties") != regulated {
						t.Errorf("%s regulated=%v: information on request present=%v\n%s", what, regulated, !regulated, clauseText(doc, "parties"))
					}
					if phraseFxa3OnRequestSource.in(doc, "parties") != regulated {
						t.Errorf("%s regulated=%v: its sources present=%v", what, regulated, !regulated)
					}
				}
			}
		}
	}
}

// fxa3-1: a share-alike or restricted open licence on high-value datasets
// is warned of (reg. 2023/138, art. 4); the Licence Ouverte is not.
func TestFxa3HighValueRestrictiveLicenceWarned(t *testing.T) {
	k, _ := Lookup("api-tos")
	const id = "public-body-high-value-restrictive-licence"
	for url, restrictive := range map[string]bool{
		"https://opendatacommons.org/licenses/odbl/1-0/":                                        true,
		"https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr":                           true,
		"https://www.etalab.gouv.fr/licence-ouverte-open-licence/":                              false,
		"https://creativecommons.org/licenses/by/4.0/legalcode.fr":                              false,
		"https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf": false,
	} {
		for _, hvd := range []bool{false, true} {
			v := exampleValues(t, k)
			v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
			v["pricing.model"], v["conditions.data"], v["pricing.high_value"] = "paid", "open-data-licence", hvd
			v["data.licence.url"] = url
			want := restrictive && hvd
			if got := slices.Contains(brokenRules(k, v), id); got != want {
				t.Errorf("%s, high value %v: warned %v, want %v", url, hvd, got, want)
			}
			if slices.Contains(refusals(k, v), id) {
				t.Errorf("%s: a warning refused the answers", url)
			}
		}
	}
}

// fxa3-1: the summary of a public body's paid API says that the price
// pays for the service, not the reuse, and, for high-value datasets, that
// they stay free; no other provider's summary says so.
func TestFxa3SummaryPublicPrice(t *testing.T) {
	k, _ := Lookup("api-tos")
	service := apiTOSPhrase{
		textfmt.EN: "The prices pay for the service the API provides, not for the reuse of the Data",
		textfmt.FR: "Les prix rémunèrent le service que fournit l'API, et non la réutilisation des Données",
	}
	hvdFree := apiTOSPhrase{
		textfmt.EN: "high-value datasets remain accessible free of charge, through an API and as a bulk download",
		textfmt.FR: "les ensembles de données de forte valeur restent accessibles gratuitement, par API et en téléchargement en masse",
	}
	for _, kind := range []string{"public-body", "company"} {
		for _, data := range []string{"open-data-licence", "commercial"} {
			for _, hvd := range []bool{false, true} {
				v := exampleValues(t, k)
				v["provider.type"], v["provider.name"] = kind, providerNames[kind]
				v["prevailing_language"] = "fr"
				v["pricing.model"], v["conditions.data"], v["pricing.high_value"] = "paid", data, hvd
				if data == "commercial" {
					v["data.commercial.title"], v["data.commercial.url"] = "Licence de réutilisation", "https://data.example/licence"
				}
				open := kind == "public-body" && data != "commercial"
				for _, l := range textfmt.All {
					doc := assemble12c(t, k, v, l)
					what := string(l) + " " + kind + " " + data
					if service.in(doc, "summary") != open {
						t.Errorf("%s: summary says the price pays for the service: %v\n%s", what, !open, clauseText(doc, "summary"))
					}
					if hvdFree.in(doc, "summary") != (open && hvd) {
						t.Errorf("%s hvd=%v: summary says high-value datasets are free: %v", what, hvd, !(open && hvd))
					}
				}
			}
		}
	}
}

// fxa3-5: an administrative public service's individual decision taken on
// the basis of algorithmic processing says so (CRPA L. 311-3-1, from law
// no. 2016-1321); the terms of an industrial and commercial service or of
// a private provider do not claim that regime.
func TestFxa3AlgorithmicDecisionMention(t *testing.T) {
	k, _ := Lookup("api-tos")
	algo := apiTOSPhrase{
		textfmt.EN: "Where such a decision is taken on the basis of algorithmic processing, it shall say so expressly",
		textfmt.FR: "Lorsqu'une telle décision est prise sur le fondement d'un traitement algorithmique, elle le mentionne explicitement",
	}
	source := apiTOSPhrase{
		textfmt.EN: "(articles L. 311-3-1, R. 311-3-1-1 and R. 311-3-1-2 of the French Code of Relations between the Public and the Administration)",
		textfmt.FR: "(articles L. 311-3-1, R. 311-3-1-1 et R. 311-3-1-2 du Code des relations entre le public et l'administration)",
	}
	cases := []struct {
		kind, activity string
		want           bool
	}{
		{"public-body", "administrative", true},
		{"public-body", "industrial-commercial", false},
		{"company", "", false},
		{"individual", "", false},
	}
	for _, c := range cases {
		for _, pricing := range []string{"free", "paid"} {
			v := exampleValues(t, k)
			v["provider.type"], v["provider.name"] = c.kind, providerNames[c.kind]
			v["prevailing_language"] = "fr"
			v["pricing.model"] = pricing
			if c.activity != "" {
				v["provider.public_activity"] = c.activity
			}
			for _, l := range textfmt.All {
				doc := assemble12c(t, k, v, l)
				what := string(l) + " " + c.kind + " " + c.activity + " " + pricing
				if algo.in(doc, "term-breach") != c.want || source.in(doc, "term-breach") != c.want {
					t.Errorf("%s: algorithmic decision mention present=%v\n%s", what, !c.want, clauseText(doc, "term-breach"))
				}
			}
		}
	}
}
