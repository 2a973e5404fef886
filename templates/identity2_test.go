package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// soleTrader makes the example provider a French sole trader, a merchant
// registered in the RCS or not.
func soleTrader(v questionnaire.Values, merchant bool) {
	v["provider.type"], v["provider.name"] = "individual", "Jeanne Martin EI"
	v["provider.legal_form"], v["provider.country"] = "entrepreneur individuel", "FR"
	delete(v, "provider.share_capital")
	v["provider.merchant"] = merchant
	if merchant {
		v["provider.registration"] = "RCS Paris 123 456 782"
	} else {
		v["provider.registration"] = "RNE, SIREN 123 456 782"
		delete(v, "jurisdiction")
	}
}

// The GDPR's own terms: « responsable du traitement », controller of a
// named processing, never « responsable de traitement » nor « responsable
// des données », whatever the role and options.
func TestIdentity2ControllerOfAProcessing(t *testing.T) {
	wrong := map[textfmt.Lang][]string{
		textfmt.FR: {"responsable de traitement", "responsable des données", "responsable de ce traitement distinct"},
		textfmt.EN: {"controller of those data", "controller of the data", "as a separate controller"},
	}
	right := apiTOSPhrase{
		textfmt.EN: "The Provider processes, as controller, the Personal Data of Users",
		textfmt.FR: "Le Fournisseur traite, en qualité de responsable du traitement, les Données personnelles des Utilisateurs",
	}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, published := range []bool{false, true} {
			for _, consumers := range []bool{false, true} {
				docs := assembleAPITOS(t, func(v questionnaire.Values) {
					v["personal_data.role"], v["contributions.published"] = role, published
					if consumers {
						v["audience"] = "business-and-consumers"
					}
				})
				for l, doc := range docs {
					md := string(markdown.Render(doc))
					for _, w := range wrong[l] {
						if strings.Contains(md, textfmt.Typeset(l, w)) {
							t.Errorf("%s, role %s, published %v, consumers %v: %q", l, role, published, consumers, w)
						}
					}
					if !right.in(doc, "data-users") {
						t.Errorf("%s, role %s: the Provider is not the controller of the processing of Users' data", l, role)
					}
				}
			}
		}
	}
}

// Annex I.B of the standard contractual clauses names, for module 1, the
// published Contributions' data that responses return, as article 6 does.
func TestIdentity2AnnexIBNamesAuthorsData(t *testing.T) {
	authors := apiTOSPhrase{
		textfmt.EN: "the name or pseudonym under which the authors of the published Contributions have chosen to be credited and the Personal Data that those Contributions may contain, such as the image of a recognisable person, the authors' contact details being neither published nor returned by the API",
		textfmt.FR: "le nom ou le pseudonyme sous lequel les auteurs des Contributions publiées ont choisi d'être mentionnés et les Données personnelles que peuvent contenir ces Contributions, telle l'image d'une personne reconnaissable, les coordonnées des auteurs n'étant ni publiées ni renvoyées par l'API",
	}
	module1 := apiTOSPhrase{
		textfmt.EN: "returned with each forecast, and, for module 1, the name or pseudonym",
		textfmt.FR: "renvoyées avec chaque prévision et, pour le module 1, le nom ou le pseudonyme",
	}
	onlyContributions := apiTOSPhrase{
		textfmt.EN: "the personal data of the published Contributions that the responses of the API contain, namely the name or pseudonym",
		textfmt.FR: "les données personnelles des Contributions publiées que contiennent les réponses de l'API, à savoir le nom ou le pseudonyme",
	}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, published := range []bool{false, true} {
			checkPhrases(t, role+map[bool]string{true: ", published", false: ""}[published], func(v questionnaire.Values) {
				v["personal_data.role"], v["contributions.published"] = role, published
			}, map[string]phraseWant{
				"authors' data":       {authors, "data-transfers", published},
				"for module 1 only":   {module1, "data-transfers", published && role != "controller"},
				"contributions alone": {onlyContributions, "data-transfers", false},
			})
		}
	}
	// Responses that return only the Contributions' data, not described.
	checkPhrases(t, "contributions alone", func(v questionnaire.Values) {
		v["contributions.published"], v["personal_data.returned_own_only"] = true, true
		delete(v, "personal_data.returned")
	}, map[string]phraseWant{
		"contributions alone": {onlyContributions, "data-transfers", true},
	})
}

// A sole trader who publishes Contributions is the director of
// publication (Law no. 82-652, art. 93-2); a company names its own.
func TestIdentity2DirectorOfPublication(t *testing.T) {
	self := apiTOSPhrase{
		textfmt.EN: "- **Director of publication:** Jeanne Martin EI, the individual who publishes the service",
		textfmt.FR: "- **Directeur de la publication :** Jeanne Martin EI, personne physique qui édite le service",
	}
	named := apiTOSPhrase{
		textfmt.EN: "- **Director of publication:** Mme Claire Martin, présidente",
		textfmt.FR: "- **Directeur de la publication :** Mme Claire Martin, présidente",
	}
	for _, published := range []bool{false, true} {
		for _, individual := range []bool{false, true} {
			checkPhrases(t, "director", func(v questionnaire.Values) {
				v["contributions.published"] = published
				if individual {
					soleTrader(v, false)
				} else {
					v["provider.publication_director"] = "Mme Claire Martin, présidente"
				}
			}, map[string]phraseWant{
				"the trader in person": {self, "parties", published && individual},
				"the director named":   {named, "parties", published && !individual},
			})
		}
	}
}

// The choice of court follows the merchant status, and the questionnaire
// warns where the registration contradicts it.
func TestIdentity2MerchantAndRegistration(t *testing.T) {
	k, _ := Lookup("api-tos")
	court := apiTOSPhrase{
		textfmt.EN: "or (b) the Provider and the User have both contracted as merchants (article 48 of the French Code of Civil Procedure)",
		textfmt.FR: "article 48 du Code de procédure civile",
	}
	cases := []struct {
		name         string
		set          func(v questionnaire.Values)
		court        bool
		rcs, withRCS bool
	}{
		{"company", func(v questionnaire.Values) {}, true, false, false},
		{"merchant sole trader", func(v questionnaire.Values) { soleTrader(v, true) }, true, false, false},
		{"non-merchant sole trader", func(v questionnaire.Values) { soleTrader(v, false) }, false, false, false},
		{"RCS, not merchant", func(v questionnaire.Values) {
			soleTrader(v, false)
			v["provider.registration"] = "RCS Paris 123 456 782"
		}, false, true, false},
		{"merchant in the RNE only", func(v questionnaire.Values) {
			soleTrader(v, true)
			v["provider.registration"] = "RNE, SIREN 123 456 782"
		}, true, false, true},
		{"company merchant without RCS", func(v questionnaire.Values) {
			v["provider.registration"] = "SIREN 123 456 782"
		}, true, false, true},
	}
	for _, c := range cases {
		v := clone(exampleValues(t, k))
		c.set(v)
		broken := brokenRules(k, v)
		if slices.Contains(broken, "rcs-not-merchant") != c.rcs || slices.Contains(broken, "merchant-without-rcs") != c.withRCS {
			t.Errorf("%s: warnings %v", c.name, broken)
		}
		checkPhrases(t, c.name, c.set, map[string]phraseWant{
			"choice of court between merchants": {court, "jurisdiction", c.court},
		})
	}
}

// One name and one link for each licence; a database under the ODbL says
// which licence governs the database and which its contents.
func TestIdentity2LicenceNames(t *testing.T) {
	ccBy := apiTOSPhrase{
		textfmt.EN: "under the Creative Commons Attribution 4.0 International licence (CC BY 4.0, <https://creativecommons.org/licenses/by/4.0/legalcode>)",
		textfmt.FR: "sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0, <https://creativecommons.org/licenses/by/4.0/legalcode.fr>)",
	}
	ccBySA := apiTOSPhrase{
		textfmt.EN: "Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0, ",
		textfmt.FR: "Creative Commons Attribution - Partage dans les Mêmes Conditions 4.0 International (CC BY-SA 4.0, ",
	}
	database := apiTOSPhrase{
		textfmt.EN: "That licence covers the database as such, including the extraction and reuse of all or a substantial part of its contents, but not the rights in the individual items of those contents",
		textfmt.FR: "Cette licence porte sur la base de données en tant que telle, y compris l'extraction et la réutilisation de la totalité ou d'une partie substantielle de son contenu, mais non sur les droits portant sur chacun des éléments de ce contenu",
	}
	both := apiTOSPhrase{
		textfmt.EN: "whoever extracts and reuses all or a substantial part of the database complies with both licences",
		textfmt.FR: "quiconque extrait et réutilise la totalité ou une partie substantielle de la base respecte l'une et l'autre licence",
	}
	summaryLO := apiTOSPhrase{
		textfmt.EN: "that licence governs the database as such, including the extraction and reuse of all or a substantial part of its contents, and the Licence Ouverte / Open Licence version 2.0 governs those contents, save the works in Contributions, under CC BY 4.0",
		textfmt.FR: "cette licence régit la base de données en tant que telle, y compris l'extraction et la réutilisation de la totalité ou d'une partie substantielle de son contenu, et la Licence Ouverte / Open Licence version 2.0 régit ces contenus, hormis les œuvres que contiennent les Contributions, placées sous CC BY 4.0",
	}
	summaryDbCL := apiTOSPhrase{
		textfmt.EN: "and the Open Data Commons Database Contents License (DbCL) 1.0 governs those contents",
		textfmt.FR: "et la licence Open Data Commons Database Contents License (DbCL) 1.0 régit ces contenus",
	}
	plural := apiTOSPhrase{
		textfmt.EN: "Those licences do not extend to Personal Data",
		textfmt.FR: "Ces licences ne portent pas sur les Données personnelles",
	}
	for _, spec := range []string{"cc-by-4.0", "cc-by-sa"} {
		checkPhrases(t, spec, func(v questionnaire.Values) { v["conditions.specification"] = spec }, map[string]phraseWant{
			"CC BY 4.0 named and linked":    {ccBy, "spec-cc-by", spec == "cc-by-4.0"},
			"CC BY-SA 4.0 named and linked": {ccBySA, "spec-cc-by-sa", spec == "cc-by-sa"},
		})
	}
	for _, public := range []bool{false, true} {
		for _, odbl := range []bool{false, true} {
			checkPhrases(t, "licences", func(v questionnaire.Values) {
				if public {
					v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
					v["provider.legal_form"] = "commune"
				}
				v["conditions.data"] = "open-data-licence"
				v["data.licence.title"], v["data.licence.url"] = "Licence Ouverte / Open Licence version 2.0", "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf"
				if odbl {
					v["data.licence.title"], v["data.licence.url"] = "Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"
				}
				v["contributions.published"] = true
			}, map[string]phraseWant{
				"database and contents":    {database, "data-open-data-licence", odbl},
				"both licences":            {both, "data-open-data-licence", odbl},
				"summary, Licence Ouverte": {summaryLO, "summary", odbl && public},
				"summary, DbCL":            {summaryDbCL, "summary", odbl && !public},
				"licences, in the plural":  {plural, "data-open-data-licence", odbl},
			})
		}
	}
	// The Licence Ouverte has one name in the whole document.
	docs := assembleAPITOS(t, func(v questionnaire.Values) {
		v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
		v["provider.legal_form"] = "commune"
		v["conditions.specification"] = "licence-ouverte"
		v["conditions.data"] = "open-data-licence"
		v["data.licence.title"], v["data.licence.url"] = "Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"
		v["contributions.published"] = true
	})
	for l, doc := range docs {
		md := string(markdown.Render(doc))
		for _, w := range []string{"the Open Licence 2.0", "Licence Ouverte 2.0", "Licence Ouverte, Etalab", "Open Licence 2.0 (Etalab)"} {
			if strings.Contains(md, w) {
				t.Errorf("%s: the Licence Ouverte named %q", l, w)
			}
		}
		if !strings.Contains(md, "Licence Ouverte / Open Licence version 2.0") {
			t.Errorf("%s: the Licence Ouverte is not named", l)
		}
	}
}

// Warnings: a purpose of the Provider's own that is the service itself;
// personal data described as anonymous; a long retention by a processor.
func TestIdentity2PersonalDataWarnings(t *testing.T) {
	k, _ := Lookup("api-tos")
	tr := func(en, fr string) questionnaire.Translated {
		return questionnaire.Translated{textfmt.EN: en, textfmt.FR: fr}
	}
	cases := []struct {
		name string
		set  func(v questionnaire.Values)
		rule string
		want bool
	}{
		{"answering requests, both", func(v questionnaire.Values) {
			v["personal_data.role"] = "both"
			v["personal_data.purposes"] = tr("answering the requests of Users and statistics", "la réponse aux requêtes des Utilisateurs et des statistiques")
		}, "own-purpose-answering-requests", true},
		{"answering requests, controller", func(v questionnaire.Values) {
			v["personal_data.role"] = "controller"
			v["personal_data.purposes"] = tr("to respond to requests", "répondre aux requêtes")
		}, "own-purpose-answering-requests", true},
		{"statistics, both", func(v questionnaire.Values) {
			v["personal_data.role"] = "both"
			v["personal_data.purposes"] = tr("the production of statistics", "la production de statistiques")
		}, "own-purpose-answering-requests", false},
		{"anonymous categories", func(v questionnaire.Values) {
			v["personal_data.categories"] = tr("anonymous location coordinates", "coordonnées de localisation anonymes")
		}, "personal-data-described-anonymous", true},
		{"identified categories", func(v questionnaire.Values) {}, "personal-data-described-anonymous", false},
		{"anonymous own-purpose data", func(v questionnaire.Values) {
			v["personal_data.role"] = "both"
			v["personal_data.controller_categories"] = tr("anonymised IP addresses", "adresses IP anonymisées")
		}, "own-personal-data-described-anonymous", true},
		{"retention of 400 days by a processor", func(v questionnaire.Values) {
			v["personal_data.retention_days"] = 400
		}, "personal-data-retention-long", true},
		{"retention of 365 days by a processor", func(v questionnaire.Values) {
			v["personal_data.retention_days"] = 365
		}, "personal-data-retention-long", false},
	}
	for _, c := range cases {
		v := clone(exampleValues(t, k))
		c.set(v)
		if got := slices.Contains(brokenRules(k, v), c.rule); got != c.want {
			t.Errorf("%s: %s %v, want %v", c.name, c.rule, got, c.want)
		}
	}
	// Each warning speaks both languages.
	for _, id := range []string{"own-purpose-answering-requests", "personal-data-described-anonymous", "own-personal-data-described-anonymous", "rcs-not-merchant", "merchant-without-rcs"} {
		i := slices.IndexFunc(k.Questionnaire.Rules, func(r *questionnaire.Rule) bool { return r.ID == id })
		if i < 0 {
			t.Errorf("no rule %s", id)
			continue
		}
		r := k.Questionnaire.Rules[i]
		if r.Reason[textfmt.EN] == "" || r.Reason[textfmt.FR] == "" {
			t.Errorf("%s: a reason in one language only", id)
		}
	}
}
