package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// checkPhrases fails for each phrase whose presence in its clause is not
// the one wanted, in both languages.
func checkPhrases(t *testing.T, what string, set func(v questionnaire.Values), want map[string]struct {
	p  apiTOSPhrase
	id string
	ok bool
}) {
	t.Helper()
	for l, doc := range assembleAPITOS(t, set) {
		for name, c := range want {
			if c.p.in(doc, c.id) != c.ok {
				t.Errorf("%s, %s: %s in %s: %v, want %v", what, l, name, c.id, !c.ok, c.ok)
			}
		}
	}
}

type phraseWant = struct {
	p  apiTOSPhrase
	id string
	ok bool
}

// Annex I.B of the clauses for returned data names the authors of the
// published Contributions as data subjects, alone when the responses
// return nothing else, whatever the Provider's role.
func TestAPITOSReturnedContributionsSubjects(t *testing.T) {
	authorsAlone := apiTOSPhrase{
		textfmt.EN: "persons concerned: the authors of the published Contributions and the other persons to whom they relate; special categories",
		textfmt.FR: "personnes concernées : les auteurs des Contributions publiées et les autres personnes auxquelles elles se rapportent ; catégories particulières",
	}
	endUsers := apiTOSPhrase{
		textfmt.EN: "the End Users of the User's Applications and the other persons to whom the data that the User sends relate",
		textfmt.FR: "les Utilisateurs finaux des Applications de l'Utilisateur et les autres personnes auxquelles se rapportent les données que l'Utilisateur envoie",
	}
	authorsToo := apiTOSPhrase{
		textfmt.EN: "the data that the User sends relate, and the authors of the published Contributions",
		textfmt.FR: "les données que l'Utilisateur envoie, ainsi que les auteurs des Contributions publiées",
	}
	namely := apiTOSPhrase{
		textfmt.EN: "data concerned: the personal data of the published Contributions that the responses of the API contain, namely: ",
		textfmt.FR: "données concernées : les données personnelles des Contributions publiées que contiennent les réponses de l'API, à savoir : ",
	}
	for _, role := range []string{"controller", "processor"} {
		for _, ownOnly := range []bool{true, false} {
			what := role
			if ownOnly {
				what += ", contributions alone"
			}
			checkPhrases(t, what, func(v questionnaire.Values) {
				v["personal_data.processed"], v["personal_data.role"], v["contributions.published"] = true, role, true
				v["personal_data.returns"], v["personal_data.returned_own_only"] = true, ownOnly
				v["personal_data.returned"] = questionnaire.Translated{textfmt.EN: "the pseudonym of each author", textfmt.FR: "le pseudonyme de chaque auteur"}
				delete(v, "personal_data.subjects")
				delete(v, "personal_data.controller_subjects")
			}, map[string]phraseWant{
				"authors alone":            {authorsAlone, "data-transfers", ownOnly},
				"End Users":                {endUsers, "data-transfers", !ownOnly},
				"authors beside End Users": {authorsToo, "data-transfers", !ownOnly},
				"returned data named so":   {namely, "data-transfers", ownOnly},
				"no module 4 for own data": {apiTOSPhrase{textfmt.EN: "module 4", textfmt.FR: "module 4"}, "data-transfers", role == "processor" && !ownOnly},
			})
		}
	}
}

// A processor that anonymises request data for its own ends has the
// User inform the data subjects, and Annex B lists that anonymisation.
func TestAPITOSAnonymisationInformedAndListed(t *testing.T) {
	inform := apiTOSPhrase{
		textfmt.EN: "A User that is the controller of the processing of those data shall inform the data subjects of that anonymisation and of its purposes, as articles 13 and 14 of the GDPR require",
		textfmt.FR: "L'Utilisateur qui est responsable du traitement de ces données informe les personnes concernées de cette anonymisation et de ses finalités, comme l'exigent les articles 13 et 14 du RGPD",
	}
	listed := apiTOSPhrase{
		textfmt.EN: "which the Provider performs on its own account where the User has authorised it, as provided in",
		textfmt.FR: "que le Fournisseur effectue pour son propre compte lorsque l'Utilisateur l'y a autorisé, dans les conditions de",
	}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, secrecy := range []bool{false, true} {
			what := role
			if secrecy {
				what += ", professional secrecy"
			}
			checkPhrases(t, what, func(v questionnaire.Values) {
				v["personal_data.processed"], v["personal_data.role"] = true, role
				v["provider.regulated"], v["provider.profession.secrecy"] = secrecy, secrecy
			}, map[string]phraseWant{
				"information duty":         {inform, "data-provider-use", role == "processor" && !secrecy},
				"anonymisation in Annex B": {listed, "dpa-scope", role == "processor" && !secrecy},
			})
		}
	}
}

// A French public body puts the contents of an ODbL database under the
// Licence Ouverte 2.0 and contributed works under CC BY 4.0, in a
// sentence of their own that gives the reason.
func TestAPITOSPublicBodyContentsLicence(t *testing.T) {
	lo := apiTOSPhrase{textfmt.EN: "the Licence Ouverte / Open Licence version 2.0", textfmt.FR: "la Licence Ouverte / Open Licence version 2.0"}
	dbcl := apiTOSPhrase{textfmt.EN: "Database Contents License (DbCL) 1.0", textfmt.FR: "Database Contents License (DbCL) 1.0"}
	works := apiTOSPhrase{
		textfmt.EN: "By way of exception, the works that the Contribution contains, such as photographs, are licensed by the Provider under the Creative Commons Attribution 4.0 International licence (CC BY 4.0)",
		textfmt.FR: "Par exception, les œuvres que contient la Contribution, telles que les photographies, sont concédées par le Fournisseur sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0)",
	}
	reason := apiTOSPhrase{
		textfmt.EN: "those works are not public information (article L. 321-2 of that Code)",
		textfmt.FR: "ces œuvres ne sont pas des informations publiques (article L. 321-2 du même code)",
	}
	contributions := apiTOSPhrase{
		textfmt.EN: "including the Contributions published under",
		textfmt.FR: "dont les Contributions publiées selon",
	}
	for _, public := range []bool{true, false} {
		checkPhrases(t, map[bool]string{true: "public body", false: "company"}[public], func(v questionnaire.Values) {
			if public {
				v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
				v["provider.legal_form"] = "commune"
			}
			v["provider.country"] = "FR"
			v["conditions.data"] = "open-data-licence"
			v["data.licence.title"], v["data.licence.url"] = "Open Database License 1.0 (ODbL)", "https://opendatacommons.org/licenses/odbl/1-0/"
			v["contributions.published"] = true
		}, map[string]phraseWant{
			"Licence Ouverte for contents":     {lo, "data-open-data-licence", public},
			"Licence Ouverte in point 5":       {lo, "data-contributions-licence", public},
			"DbCL for contents":                {dbcl, "data-open-data-licence", !public},
			"DbCL listed":                      {dbcl, "annex-a-licences", !public},
			"works in a sentence of their own": {works, "data-contributions-licence", true},
			"why works are under CC BY":        {reason, "data-open-data-licence", public},
			"Contributions as a defined term":  {contributions, "annex-a-licences", true},
		})
	}
}

// Safety-critical Data mark each published Contribution as an
// unverified user contribution.
func TestAPITOSSafetyMarksContributions(t *testing.T) {
	marked := apiTOSPhrase{
		textfmt.EN: "Each Contribution is identified in the Data, by a field that the Documentation designates, as a User contribution that the Provider has not verified",
		textfmt.FR: "Chaque Contribution est identifiée dans les Données, par un champ que désigne la Documentation, comme une contribution d'Utilisateur que le Fournisseur n'a pas vérifiée",
	}
	kept := apiTOSPhrase{
		textfmt.EN: "the User shall reproduce that indication in its Applications wherever they present a Contribution",
		textfmt.FR: "l'Utilisateur reproduit cette indication dans ses Applications lorsqu'il y présente une Contribution",
	}
	for _, critical := range []bool{true, false} {
		checkPhrases(t, map[bool]string{true: "safety-critical", false: "not safety-critical"}[critical], func(v questionnaire.Values) {
			v["safety.critical"], v["contributions.published"] = critical, true
		}, map[string]phraseWant{
			"marked in 6.5": {marked, "data-contributions", critical},
			"kept in 9.3":   {kept, "liability-safety", critical},
		})
	}
}

// A public body giving free access applies the notice procedures in any
// event and bases notifiers' data on its public task; an objection weighs
// the data subject's rights and freedoms.
func TestAPITOSFreePublicBodyNotices(t *testing.T) {
	anyEvent := apiTOSPhrase{
		textfmt.EN: "The Provider shall apply this Article in any event, whether or not the Digital Services Act",
		textfmt.FR: "du présent article, que le règlement sur les services numériques",
	}
	publicTask := apiTOSPhrase{
		textfmt.EN: "(article 6(1)(e) of the GDPR) and, where Regulation (EU) 2022/2065 (Digital Services Act) applies to the API, of the legal obligations that its articles 16 and 17",
		textfmt.FR: "(article 6, paragraphe 1, point e), du RGPD) et, lorsque le règlement (UE) 2022/2065 sur les services numériques s'applique à l'API, des obligations légales que ses articles 16 et 17",
	}
	freedoms := apiTOSPhrase{
		textfmt.EN: "override his or her interests, rights and freedoms",
		textfmt.FR: "prévalent sur les intérêts et les droits et libertés de la personne concernée",
	}
	for _, public := range []bool{true, false} {
		for _, price := range []string{"free", "paid"} {
			checkPhrases(t, map[bool]string{true: "public body", false: "company"}[public]+" "+price, func(v questionnaire.Values) {
				if public {
					v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
					v["provider.legal_form"] = "commune"
				}
				v["pricing.model"] = price
				v["contributions.published"], v["personal_data.processed"] = true, true
			}, map[string]phraseWant{
				"in any event":        {anyEvent, "data-hosting", public && price == "free"},
				"public task basis":   {publicTask, "data-personal", public && price == "free"},
				"rights and freedoms": {freedoms, "data-personal", true},
			})
		}
	}
}

// A breach reaches the User within 48 hours; results are said not to
// replace a regulated estimate only when the provider names one.
func TestAPITOSBreachDeadlineAndRegulatedEstimate(t *testing.T) {
	hours := apiTOSPhrase{
		textfmt.EN: "without undue delay and at the latest within forty-eight (48) hours after becoming aware of it",
		textfmt.FR: "dans les meilleurs délais et au plus tard dans les quarante-huit (48) heures après en avoir pris connaissance",
	}
	checkPhrases(t, "processor", func(v questionnaire.Values) {
		v["personal_data.processed"], v["personal_data.role"] = true, "processor"
	}, map[string]phraseWant{"48 hours": {hours, "dpa-breach", true}})
	named := apiTOSPhrase{textfmt.EN: "do not replace the energy performance certificate of a home", textfmt.FR: "ne remplacent pas le diagnostic de performance énergétique d'un logement"}
	flow := apiTOSPhrase{textfmt.EN: "or as the energy performance certificate of a home", textfmt.FR: "ni comme le diagnostic de performance énergétique d'un logement"}
	generic := apiTOSPhrase{textfmt.EN: "estimate that the law regulates", textfmt.FR: "estimation que la loi réglemente"}
	for _, regulated := range []bool{true, false} {
		checkPhrases(t, map[bool]string{true: "regulated estimate", false: "no regulated estimate"}[regulated], func(v questionnaire.Values) {
			v["liability.estimates"] = true
			if regulated {
				v["liability.regulated_estimate"] = questionnaire.Translated{textfmt.EN: "the energy performance certificate of a home", textfmt.FR: "le diagnostic de performance énergétique d'un logement"}
			} else {
				delete(v, "liability.regulated_estimate")
			}
		}, map[string]phraseWant{
			"named in 9.2": {named, "warranty-disclaimer", regulated},
			"named in 8.4": {flow, "user-end-users", regulated},
			"generic 9.2":  {generic, "warranty-disclaimer", false},
			"generic 8.4":  {generic, "user-end-users", false},
		})
	}
	if k, _ := Lookup("api-tos"); k != nil {
		if q, ok := k.Questionnaire.Question("liability.regulated_estimate"); !ok || !strings.Contains(q.Help[textfmt.EN], "Leave it empty otherwise") {
			t.Error("the question on a regulated estimate does not say to leave it empty when none applies")
		}
	}
}
