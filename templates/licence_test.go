package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// User Content is what the User sends, even as returned, and the results
// the API computes from it for that User alone (fx4n, RN-3); only the
// Provider's data those results reproduce are Data, and the Provider keeps confidential the link
// between a request and its response, not the Data themselves (C. civ.
// art. 1190: one line for every option).
func TestLicenceUserContentLine(t *testing.T) {
	userContent := apiTOSPhrase{
		textfmt.EN: "means the data that the User sends to the API, including where the API returns them to it, as sent or in another format, and the results that the API computes from those data and returns to that User alone, except the Provider's data that those results reproduce.",
		textfmt.FR: "désigne les données que l'Utilisateur transmet à l'API, y compris lorsque l'API les lui renvoie, telles quelles ou dans un autre format, ainsi que les résultats que l'API calcule à partir de ces données et ne renvoie qu'à lui, à l'exception des données du Fournisseur que ces résultats reproduisent.",
	}
	resultsData := apiTOSPhrase{
		textfmt.EN: "the Provider's data reproduced in the results that the API computes for a User are therefore Data",
		textfmt.FR: "sont ainsi des Données les données du Fournisseur que reproduisent les résultats que l'API calcule pour un Utilisateur",
	}
	oldLine := apiTOSPhrase{textfmt.EN: "even by means of the Data", textfmt.FR: "même au moyen des Données"}
	link := apiTOSPhrase{
		textfmt.EN: "the User Content and the link between each request and the API's response to it",
		textfmt.FR: "le Contenu de l'Utilisateur et le lien entre chaque requête et la réponse que l'API y apporte",
	}
	notData := apiTOSPhrase{
		textfmt.EN: "that duty does not extend to the Data themselves, taken apart from that link.",
		textfmt.FR: "cette obligation ne s'étend pas aux Données elles-mêmes, prises indépendamment de ce lien.",
	}
	oldResponses := apiTOSPhrase{textfmt.EN: "the API's responses to them and the User Content", textfmt.FR: "les réponses que l'API y apporte et le Contenu de l'Utilisateur"}
	for _, c := range []struct {
		name    string
		secrecy bool
		data    string
	}{{"open reuse", false, "open-reuse"}, {"secrecy", true, "open-data-licence"}, {"licence", false, "open-data-licence"}, {"commercial", false, "commercial"}} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["provider.regulated"], v["provider.profession.secrecy"] = c.secrecy, c.secrecy
			v["conditions.data"] = c.data
		}, map[string]phraseWant{
			"user content":            {userContent, "definitions", true},
			"results are Data":        {resultsData, "definitions", true},
			"no overlap (defs)":       {oldLine, "definitions", false},
			"no overlap (summary)":    {oldLine, "summary", false},
			"confidential link":       {link, "data-provider-use", true},
			"not the Data themselves": {notData, "data-provider-use", true},
			"responses not secret":    {oldResponses, "data-provider-use", false},
		})
	}
}

// The attribution clause and the Summary state each open data licence's
// own conditions: the ODbL's notice on Produced Works (s. 4.3),
// share-alike (s. 4.4) and access (s. 4.6); the Licence Ouverte's source
// and date; CC BY's credit; general words for a licence not recognised.
func TestLicenceDataLicenceConditions(t *testing.T) {
	odbl := apiTOSPhrase{
		textfmt.EN: "(section 4.3 of the ODbL), publicly use a database derived from the Data (“Derivative Database”) only under the same licence or a compatible licence (section 4.4)",
		textfmt.FR: "(section 4.3 de l’ODbL), de n’utiliser publiquement une base de données dérivée des Données (« Base de données dérivée » au sens de l’ODbL) que sous la même licence ou une licence compatible (section 4.4)",
	}
	odblSum := apiTOSPhrase{
		textfmt.EN: "and the same licence for derivative databases publicly used, and which the Agreement does not restrict",
		textfmt.FR: "et de placer sous la même licence les bases de données dérivées utilisées publiquement, et que le Contrat ne restreint pas",
	}
	lo := apiTOSPhrase{
		textfmt.EN: "The licence of the Data requires their authorship to be acknowledged by stating their source, at least the Provider’s name, and the date of their last update",
		textfmt.FR: "La licence des Données impose d’en mentionner la paternité, c’est-à-dire leur source, au moins le nom du Fournisseur, et la date de leur dernière mise à jour",
	}
	ccby := apiTOSPhrase{
		textfmt.EN: "The licence of the Data requires the Provider to be credited, the licence to be indicated with its text or address, and any modification of the Data to be indicated;",
		textfmt.FR: "La licence des Données impose de créditer le Fournisseur, d’indiquer la licence, avec son texte ou son adresse, et de signaler toute modification apportée aux Données ;",
	}
	ccbysa := apiTOSPhrase{
		textfmt.EN: "and adapted Data to be shared only under the same licence or a compatible licence",
		textfmt.FR: "et de ne partager les Données adaptées que sous la même licence ou une licence compatible",
	}
	generic := apiTOSPhrase{
		textfmt.EN: "The licence of the Data may impose conditions, such as stating their source; a User",
		textfmt.FR: "La licence des Données peut imposer des conditions, telles que la mention de leur source ; l’Utilisateur",
	}
	genericSum := apiTOSPhrase{textfmt.EN: "which sets its own conditions, and which the Agreement does not restrict", textfmt.FR: "qui fixe ses propres conditions, et que le Contrat ne restreint pas"}
	oldLO := apiTOSPhrase{textfmt.EN: "credited as their source and the date of their last update to be given", textfmt.FR: "citer le Fournisseur comme leur source et d’indiquer la date"}
	all := []apiTOSPhrase{odbl, lo, ccby, ccbysa, generic}
	for _, c := range []struct {
		title, url  string
		attribution string
		want        apiTOSPhrase
		sum         apiTOSPhrase
	}{
		{"Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "none", odbl, odblSum},
		{"Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "required", odbl, odblSum},
		{"Licence Ouverte 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "none", lo, nil},
		{"Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/", "none", ccby, nil},
		{"CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", "none", ccbysa, nil},
		{"Licence maison", "https://example.org/licence", "none", generic, genericSum},
	} {
		checkPhrases(t, c.title+" "+c.attribution, func(v questionnaire.Values) {
			v["conditions.data"], v["conditions.attribution"] = "open-data-licence", c.attribution
			v["data.licence.title"], v["data.licence.url"] = c.title, c.url
		}, func() map[string]phraseWant {
			id := "user-attribution-" + c.attribution
			w := map[string]phraseWant{"old Licence Ouverte wording": {oldLO, id, false}}
			for i, p := range all {
				w[string(rune('a'+i))+" licence conditions"] = phraseWant{p, id, p[textfmt.FR] == c.want[textfmt.FR]}
			}
			if c.sum != nil {
				w["summary"] = phraseWant{c.sum, "summary", true}
			}
			return w
		}())
	}
}

func TestLicenceKind(t *testing.T) {
	for _, c := range []struct{ title, url, want string }{
		{"Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "odbl"},
		{"ODbL", "", "odbl"},
		{"Licence Ouverte / Open Licence version 2.0", "", "licence-ouverte"},
		{"", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "licence-ouverte"},
		{"CC BY 4.0", "", "cc-by"},
		{"Creative Commons Attribution 4.0 International", "", "cc-by"},
		{"Creative Commons Attribution-ShareAlike 4.0 International", "", "cc-by-sa"},
		{"", "https://creativecommons.org/licenses/by-sa/4.0/", "cc-by-sa"},
		{"CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/", "cc0"},
		{"CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/", ""},
		{"CC BY-ND 4.0", "", ""},
		{"Database Contents License", "", ""},
	} {
		if got := licenceKind(c.title, c.url); got != c.want {
			t.Errorf("licenceKind(%q, %q) = %q, want %q", c.title, c.url, got, c.want)
		}
	}
}

// The joint controllers' arrangement allocates personal data breaches
// (GDPR art. 26, 33 and 34), and the Provider answers for its
// subcontractors as for itself (Civil Code, art. 1231-1).
func TestLicenceBreachesAndSubcontractors(t *testing.T) {
	breach := apiTOSPhrase{
		textfmt.EN: "3. each party shall notify to the supervisory authority and, where required, communicate to the persons concerned the personal data breaches that occur in its own processing, as articles 33 and 34 of the GDPR require, and shall inform the other without undue delay of any breach affecting the data transmitted;",
		textfmt.FR: "3. chaque partie notifie à l’autorité de contrôle et, lorsqu’il y a lieu, communique aux personnes concernées les violations de données personnelles survenues dans ses propres traitements, comme l’exigent les articles 33 et 34 du RGPD, et informe l’autre dans les meilleurs délais de toute violation qui affecte les données transmises ;",
	}
	subcontractors := apiTOSPhrase{
		textfmt.EN: "It may use subcontractors, such as hosting providers, to perform its obligations; it is liable for their failures as for its own.",
		textfmt.FR: "Il peut recourir, pour exécuter ses obligations, à des prestataires, tels que des hébergeurs ; il répond de leurs manquements comme des siens.",
	}
	for _, role := range []string{"controller", "both", "processor"} {
		checkPhrases(t, role, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, role
		}, map[string]phraseWant{
			"breaches allocated": {breach, "data-personal", role != "processor"},
			"subcontractors":     {subcontractors, "warranty-disclaimer", true},
		})
	}
}

// A price rise applies to every User on the same price plan (neutral
// access, 3.2), notified with its own notice (RL-1); a User that refuses it
// leaves on the day it would take effect, the
// previous price applying until then (C. com. L. 442-1, II); every
// termination by the User takes effect on receipt or on a later date the
// User states.
func TestLicencePriceRiseAndUserTermination(t *testing.T) {
	uniform := apiTOSPhrase{
		textfmt.EN: "A price rise, or the introduction of a price, applies on the same terms to all Users on the same price plan.",
		textfmt.FR: "Une hausse de prix, ou l’instauration d’un prix, s’applique dans les mêmes conditions à tous les Utilisateurs de la même formule tarifaire.",
	}
	closureNotice := apiTOSPhrase{
		textfmt.EN: "by e-mail at least nine\u00a0(9)\u00a0months before the date it takes effect",
		textfmt.FR: "par courrier électronique, au moins neuf\u00a0(9)\u00a0mois avant la date de son entrée en vigueur",
	}
	closureEqual := apiTOSPhrase{
		textfmt.EN: "a notice equal to the notice of closure of the API provided for in",
		textfmt.FR: "préavis égal à celui de la fermeture de l’API prévu à",
	}
	previousPrice := apiTOSPhrase{
		textfmt.EN: "until the Agreement ends, the previous price continues to apply to that User.",
		textfmt.FR: "jusqu’à la fin du Contrat, le prix antérieur lui reste applicable.",
	}
	later := apiTOSPhrase{textfmt.EN: "or on any later date the User states", textfmt.FR: "ou à la date ultérieure"}
	for _, c := range []struct {
		model, prepaid string
	}{{"paid", "refund"}, {"paid", "period-end"}, {"free", ""}} {
		checkPhrases(t, c.model+" "+c.prepaid, func(v questionnaire.Values) {
			v["pricing.model"], v["term.termination_notice_months"] = c.model, 9
			v["pricing.increase_notice_months"] = 9
			if c.prepaid != "" {
				v["pricing.prepaid"] = c.prepaid
			}
		}, map[string]phraseWant{
			"uniform rise":     {uniform, "access-price", c.model == "paid"},
			"closure notice":   {closureNotice, "access-price", c.model == "paid"},
			"equal to closure": {closureEqual, "access-price", false}, // RL-1: a notice of its own
			"previous price":   {previousPrice, "access-price", c.model == "paid"},
			"later date":       {later, map[bool]string{true: "access-payment", false: "term-user"}[c.model == "paid"], true},
		})
	}
}

// A Consumer withdraws by any unambiguous statement, by post as well as
// by e-mail (C. consom. L. 221-21); invoices go by e-mail, those to
// public bodies through the public portal by way of exception; the
// English says "reciprocity" where the French says « réciprocité », and
// "deemed unwritten" for « réputée non écrite ».
func TestLicenceWithdrawalInvoicesAndWording(t *testing.T) {
	post := apiTOSPhrase{
		textfmt.EN: "1 rue de l'Exemple, 75001 Paris, or by e-mail to",
		textfmt.FR: "1 rue de l'Exemple, 75001 Paris, ou par courrier électronique à",
	}
	l22121 := apiTOSPhrase{textfmt.EN: "(article L. 221-21 of the French Consumer Code).", textfmt.FR: "(article L. 221-21 du Code de la consommation)."}
	invoicesFirst := apiTOSPhrase{
		textfmt.EN: "By way of exception, those addressed to the French State, a local authority or one of their public establishments shall be sent to it in electronic form through the public invoicing portal",
		textfmt.FR: "Par exception, celles qui sont adressées à l'État, à une collectivité territoriale ou à l'un de leurs établissements publics leur sont transmises sous forme électronique par le portail public de facturation",
	}
	invoicesByEmail := apiTOSPhrase{textfmt.EN: "Invoices shall be sent to the User by e-mail", textfmt.FR: "Les factures sont adressées à l'Utilisateur par courrier électronique"}
	reciprocity := apiTOSPhrase{textfmt.EN: "**Neutral access and reciprocity.**", textfmt.FR: "**Accès neutre et réciprocité.**"}
	unwritten := apiTOSPhrase{textfmt.EN: "or is deemed unwritten (réputée non écrite), it shall be disregarded only to the extent of its invalidity", textfmt.FR: "réputée non écrite"}
	checkPhrases(t, "consumers, paid", func(v questionnaire.Values) {
		v["audience"], v["pricing.model"], v["conditions.access"] = "business-and-consumers", "paid", "share-alike"
		v["provider.address"] = "1 rue de l'Exemple, 75001 Paris"
	}, map[string]phraseWant{
		"withdrawal by post":  {post, "consumer-withdrawal", true},
		"L. 221-21":           {l22121, "consumer-withdrawal", true},
		"invoices by e-mail":  {invoicesByEmail, "access-payment", true},
		"public portal after": {invoicesFirst, "access-payment", true},
		"reciprocity":         {reciprocity, "summary", true},
		"deemed unwritten":    {unwritten, "severability", true},
	})
}
