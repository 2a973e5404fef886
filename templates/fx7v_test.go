package templates

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RV-1: contributions.images prints only its own text. Without images,
// no photograph and no image of a recognisable person appears in 6.5,
// 6.7 (ODbL or CC0) or Annex A; the works that contributed texts may
// contain stay under CC BY 4.0, named as texts.
func TestFx7vContributionImages(t *testing.T) {
	photos := apiTOSPhrase{textfmt.EN: "photograph", textfmt.FR: "photographie"}
	imageEN := apiTOSPhrase{textfmt.EN: "recognisable person", textfmt.FR: "personne reconnaissable"}
	imagesFR := apiTOSPhrase{textfmt.EN: "recognisable persons", textfmt.FR: "personnes reconnaissables"}
	inImage := apiTOSPhrase{textfmt.EN: "in their image", textfmt.FR: "sur leur image"}
	texts := apiTOSPhrase{
		textfmt.EN: "By way of exception, the works that the Contribution contains, such as texts, are licensed by the Provider under the Creative Commons Attribution 4.0 International licence (CC BY 4.0)",
		textfmt.FR: "Par exception, les œuvres que contient la Contribution, telles que les textes, sont concédées par le Fournisseur sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0)",
	}
	aText := apiTOSPhrase{
		textfmt.EN: "A User that reuses a work it contains, such as a text, shall give that name or pseudonym with it",
		textfmt.FR: "L'Utilisateur qui réutilise une œuvre qu'elle contient, tel un texte, mentionne avec elle ce nom ou ce pseudonyme",
	}
	noWay := apiTOSPhrase{
		textfmt.EN: "but extend in no way to the data that identify their author, such as a pseudonym, beyond the credit that Article\u00a06.5.2 provides: whoever reuses those data",
		textfmt.FR: "mais ne s'étendent pas aux données qui identifient leur auteur, tel son pseudonyme, hors la mention de l'auteur que prévoit l'article 6.5.2 : quiconque réutilise ces données",
	}
	rowTexts := apiTOSPhrase{
		textfmt.EN: "Reuse of the works contained in Contributions, such as texts (",
		textfmt.FR: "Réutilisation des œuvres que contiennent les Contributions, telles que les textes (",
	}
	cc0Author := apiTOSPhrase{
		textfmt.EN: "which covers their content but not the data that identify their author, such as a pseudonym;",
		textfmt.FR: "qui porte sur leur contenu, mais non sur les données qui identifient leur auteur, tel son pseudonyme ;",
	}
	for _, lic := range []string{"odbl", "cc0"} {
		for _, images := range []bool{true, false} {
			odbl := lic == "odbl"
			checkPhrases(t, fmt.Sprint(lic, " images ", images), func(v questionnaire.Values) {
				v["provider.country"] = "FR"
				if odbl {
					v["conditions.data"] = "open-data-licence"
					v["data.licence.title"], v["data.licence.url"] = "Open Database License 1.0 (ODbL)", "https://opendatacommons.org/licenses/odbl/1-0/"
				} else {
					v["conditions.data"] = "open-reuse"
				}
				v["contributions.published"], v["contributions.images"] = true, images
				v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			}, map[string]phraseWant{
				"photographs in 6.5":     {photos, "data-contributions", images},
				"photographs in 6.7":     {photos, "data-open-data-licence", images && odbl},
				"photographs in Annex A": {photos, "annex-a-licences", images && odbl},
				"image in 6.5":           {imageEN, "data-contributions", images},
				"images in 6.7":          {imagesFR, "data-open-data-licence", images && odbl},
				"images in CC0 clause":   {imagesFR, "data-open-reuse", images && !odbl},
				"right in their image":   {inImage, "data-contributions", images},
				"works named as texts":   {texts, "data-contributions-licence", !images && odbl},
				"a text":                 {aText, "data-contributions-credit", !images},
				"no neither without nor": {noWay, "data-contributions-personal", !images && odbl},
				"Annex A row for texts":  {rowTexts, "annex-a-licences", !images && odbl},
				"CC0: author data alone": {cc0Author, "data-open-reuse", !images && !odbl},
			})
		}
	}
}

// RV-3: where English prevails, the French version is authoritative
// towards Non-Professionals established in France too, in the heading
// note and in 12.9; where French prevails, or the Provider is a public
// body, no exception is stated.
func TestFx7vNonProfessionalsPrevailingFrench(t *testing.T) {
	head := apiTOSPhrase{
		textfmt.EN: "the English version prevails, except towards Consumers residing in France, Non-Professionals established in France, French public bodies",
		textfmt.FR: "la version anglaise prévaut, sauf à l'égard des Consommateurs résidant en France, des Non-professionnels établis en France, des personnes publiques",
	}
	clause := apiTOSPhrase{
		textfmt.EN: "except towards a User that is a Consumer residing in France, a Non-Professional established in France, a French public-law entity",
		textfmt.FR: "sauf à l'égard d'un Utilisateur qui est un Consommateur résidant en France, un Non-professionnel établi en France, une personne morale de droit public",
	}
	for _, lang := range []string{"en", "fr"} {
		for _, audience := range []string{"business", "business-and-consumers"} {
			en := lang == "en"
			checkPhrases(t, fmt.Sprint(lang, " ", audience), func(v questionnaire.Values) {
				v["prevailing_language"], v["audience"] = lang, audience
			}, map[string]phraseWant{
				"clause 12.9": {clause, "languages", en},
			})
			for l, doc := range assembleAPITOS(t, func(v questionnaire.Values) {
				v["prevailing_language"], v["audience"] = lang, audience
			}) {
				if got := strings.Contains(doc.Front, textfmt.Typeset(doc.Lang, head.forDoc(doc))); got != en {
					t.Errorf("%s %s, %s: heading note: %v, want %v", lang, audience, l, got, en)
				}
			}
		}
	}
}

// RV-7: where the Provider reuses request data for its own purposes, 6.2
// states its own duties of minimisation and of information under
// article 14 of the GDPR; the Consumer case is named only where
// Consumers may use the API; a mere processor has no such sentence.
func TestFx7vOwnPurposeMinimisationAndInformation(t *testing.T) {
	minimise := apiTOSPhrase{
		textfmt.EN: "For the purposes listed above, the Provider shall process only the data that each of them requires, and shall separate them from the identity of the User and of the End User as soon as the request has been answered",
		textfmt.FR: "Pour les finalités énumérées ci-dessus, le Fournisseur ne traite que les données que chacune d'elles requiert et les dissocie de l'identité de l'Utilisateur et de l'Utilisateur final dès qu'il a été répondu à la requête",
	}
	inform := apiTOSPhrase{
		textfmt.EN: "It shall itself give the information that article 14 of the GDPR requires to the persons concerned whom the User does not inform",
		textfmt.FR: "Il délivre lui-même les informations qu'exige l'article 14 du RGPD aux personnes concernées que l'Utilisateur n'informe pas",
	}
	consumer := apiTOSPhrase{
		textfmt.EN: "does not inform, in particular where the User is a Consumer acting for purely personal or household purposes, in its document",
		textfmt.FR: "n'informe pas, notamment lorsque l'Utilisateur est un Consommateur agissant à des fins purement personnelles ou domestiques, dans son document",
	}
	for _, role := range []string{"processor", "controller", "both"} {
		for _, audience := range []string{"business", "business-and-consumers"} {
			own := role != "processor"
			checkPhrases(t, fmt.Sprint(role, " ", audience), func(v questionnaire.Values) {
				v["personal_data.processed"], v["personal_data.role"], v["audience"] = true, role, audience
				if own {
					v["personal_data.purposes"] = questionnaire.Translated{textfmt.EN: "statistics", textfmt.FR: "l'établissement de statistiques"}
				}
			}, map[string]phraseWant{
				"minimisation":   {minimise, "data-personal", own},
				"art. 14":        {inform, "data-personal", own},
				"consumer named": {consumer, "data-personal", own && audience != "business"},
			})
		}
	}
}

// RV-6: a User whose interface is free and outside any economic
// activity owes its users only the minimum periods of these terms under
// reciprocity (article 1171 of the French Civil Code); the others keep
// the Provider's periods.
func TestFx7vReciprocityScaledForNonEconomicUsers(t *testing.T) {
	scaled := apiTOSPhrase{
		textfmt.EN: "A User that offers its interface free of charge and outside any economic activity, such as a volunteer, non-profit or academic project, need grant its users only the minimum periods of these terms, which it is free to extend: three\u00a0(3)\u00a0months' notice of changes to its terms",
		textfmt.FR: "L'Utilisateur qui propose son interface gratuitement et en dehors de toute activité économique, tel un projet bénévole, associatif ou universitaire, n'est tenu d'accorder à ses utilisateurs que les délais minimaux des présentes conditions, qu'il peut allonger librement : trois\u00a0(3)\u00a0mois de préavis",
	}
	spec := apiTOSPhrase{
		textfmt.EN: "twelve\u00a0(12)\u00a0months of access to its specification after that closure and one\u00a0(1)\u00a0month to remedy a breach.",
		textfmt.FR: "douze\u00a0(12)\u00a0mois d'accessibilité de sa spécification après cette fermeture et un\u00a0(1)\u00a0mois pour remédier à un manquement.",
	}
	for _, access := range []string{"share-alike", "neutrality"} {
		for _, model := range []string{"paid", "free"} {
			on := access == "share-alike"
			checkPhrases(t, fmt.Sprint(access, " ", model), func(v questionnaire.Values) {
				v["conditions.access"], v["pricing.model"] = access, model
				v["term.specification_months"] = 36
			}, map[string]phraseWant{
				"scaled periods": {scaled, "user-share-alike", on},
				"spec and cure":  {spec, "user-share-alike", on},
			})
		}
	}
}

// TestFx7vControllerBreachNotExcluded (RV-5): where the Provider declares
// processing of its own as controller, a breach of those duties, a personal
// data breach included, escapes the exclusion of lost data as well as the
// cap; a mere processor has no such sentence. Published contributions are
// dated by the fact they report, not by an "observation" (RV-8).
func TestFx7vControllerBreachNotExcluded(t *testing.T) {
	excl := apiTOSPhrase{
		textfmt.EN: ", nor to a breach by the Provider of its duties as controller",
		textfmt.FR: ", ni aux manquements du Fournisseur aux obligations qui lui incombent en qualité de responsable",
	}
	fact := apiTOSPhrase{
		textfmt.EN: "those of the fact it reports, so that past information is not taken for the current situation",
		textfmt.FR: "celles du fait qu'elle rapporte, afin qu'une information passée ne soit pas prise pour la situation présente",
	}
	for _, role := range []string{"controller", "processor"} {
		checkPhrases(t, role, func(v questionnaire.Values) {
			v["contributions.published"], v["safety.critical"] = true, true
			v["personal_data.processed"], v["personal_data.role"] = true, role
			v["personal_data.purposes"] = "improve the geocoding"
		}, map[string]phraseWant{
			"controller duties outside the exclusion": {excl, "liability-limit", role == "controller"},
			"contributions dated by the fact":         {fact, "liability-safety", true},
		})
	}
}
