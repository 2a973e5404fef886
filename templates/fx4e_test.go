package templates

import (
	"fmt"
	"testing"

	"apitos/internal/questionnaire"
)

// fx4eReviews: published, sensitive reviews whose check verifies (use)
// or not that reviewers used what they review, with health data for
// care or other special categories, the Provider acting as processor
// and controller (role "both") or as controller only.
func fx4eReviews(health, use bool, role string) func(questionnaire.Values) {
	return func(v questionnaire.Values) {
		fx3eReviews(health, true)(v)
		v["personal_data.role"] = role
		v["contributions.reviews_use_checked"] = use
		v["contributions.reviews_window_days"] = 45
	}
}

// RE3-1, RE3-9: where the Provider hosts health data for the User as
// processor and pursues purposes of its own, it uses none of those data
// for them (CSP L. 1111-8): the check of a review relies on a
// single-use token that the User gives the consumer; a checked review is
// posted within the window the answers give, and the data kept to check
// a review not yet posted are kept until then, whatever the retention
// period of requests (even "the time needed to answer").
func TestFx4eReviewTokenAndWindow(t *testing.T) {
	token := apiTOSPhrase{
		"en": "the check relies on a single-use verification token that the User, after the use or purchase of the product or service reviewed, gives to the consumer concerned and sends to the API for that sole purpose: the Provider checks only the validity of the token attached to the review and shall use for that purpose none of the health data it hosts on the User's behalf (article L. 1111-8 of the French Public Health Code)",
		"fr": "le contrôle repose sur un jeton de vérification à usage unique que l'Utilisateur, après l'utilisation ou l'achat du produit ou du service évalué, remet au consommateur concerné et transmet à l'API à cette seule fin : le Fournisseur ne vérifie que la validité du jeton joint à l'avis et n'utilise à cette fin aucune des données de santé qu'il héberge pour le compte de l'Utilisateur (article L. 1111-8 du Code de la santé publique)",
	}
	window := apiTOSPhrase{
		"en": "a review may be posted only within forty-five\u00a0(45)\u00a0days after the use or purchase of the product or service reviewed",
		"fr": "un avis ne peut être déposé que dans les quarante-cinq\u00a0(45)\u00a0jours qui suivent l'utilisation ou l'achat du produit ou du service évalué",
	}
	expires := apiTOSPhrase{"en": "after which the token expires", "fr": "délai au terme duquel le jeton expire"}
	keep := apiTOSPhrase{
		"en": "and the data sent to check a review not yet posted",
		"fr": "et des données transmises pour le contrôle d'un avis non encore déposé",
	}
	keepUntil := apiTOSPhrase{
		"en": "which are kept until that review is posted and at the latest until the posting period set in point 1 of Article\u00a06.6 expires",
		"fr": "conservées jusqu'au dépôt de cet avis et au plus tard jusqu'à l'expiration du délai de dépôt fixé au point 1 de l'article 6.6",
	}
	hosted := apiTOSPhrase{
		"en": "The Provider shall use for its own purposes none of the health data it hosts on the User's behalf: it shall process for those purposes only the data that the User sends it to that end",
		"fr": "Le Fournisseur n'utilise pour ses propres finalités aucune des données de santé qu'il héberge pour le compte de l'Utilisateur : il ne traite à ces fins que les données que l'Utilisateur lui transmet à cet effet",
	}
	hostedToken := apiTOSPhrase{"en": "such as the verification token provided for in point 1 of Article\u00a06.6", "fr": "tel le jeton de vérification prévu au point 1 de l'article 6.6"}
	b3 := apiTOSPhrase{
		"en": "The host shall use those data for no purpose other than performing the service; in particular, the Provider shall use them for none of its own purposes listed in Article\u00a06.2",
		"fr": "L'hébergeur n'utilise ces données à aucune autre fin que l'exécution de la prestation ; en particulier, le Fournisseur ne les utilise pour aucune des finalités propres énumérées à l'article 6.2",
	}
	b3Token := apiTOSPhrase{"en": "the check of reviews relying solely on the verification token", "fr": "le contrôle des avis reposant sur le seul jeton de vérification"}
	summary := apiTOSPhrase{"en": "It never uses for them the health data it hosts on the User's behalf", "fr": "Il n'y utilise jamais les données de santé qu'il héberge pour le compte de l'Utilisateur"}
	for _, c := range []struct {
		health, use bool
		role        string
		retention   int
	}{{true, true, "both", 30}, {true, true, "both", 0}, {false, true, "both", 30}, {true, false, "both", 30}, {true, true, "controller", 30}} {
		set := func(v questionnaire.Values) {
			fx4eReviews(c.health, c.use, c.role)(v)
			v["personal_data.retention_days"] = c.retention
		}
		hostedOn := c.health && c.role == "both"
		tok := hostedOn && c.use
		fx2eCheck(t, fmt.Sprintf("health=%v use=%v role=%s retention=%d", c.health, c.use, c.role, c.retention), set, []fx2eCase{
			{token, "data-reviews", tok}, {expires, "data-reviews", tok}, {window, "data-reviews", c.use},
			{keep, "data-personal", c.use}, {keepUntil, "data-personal", c.use},
			{hosted, "data-personal", hostedOn}, {hostedToken, "data-personal", tok},
			{b3, "annex-dpa", hostedOn}, {b3Token, "annex-dpa", tok},
			{summary, "summary", hostedOn},
		})
	}
}

// RE3-3: the cap does not cover the Provider's breaches as controller of
// its own processing (6.2 and, with published Contributions, 6.5),
// personal data breaches included, next to the processing terms when it
// is also processor; without a cap the clause says nothing of it, and
// without own processing the sentence is absent.
func TestFx4eCapOwnProcessing(t *testing.T) {
	both := apiTOSPhrase{
		"en": "Nor does the cap apply to a breach by the Provider of the data processing terms of Annex\u00a0B or of its duties as controller of the processing of Personal Data provided for in Articles\u00a06.2 and 6.5, including in the event of a personal data breach occurring in that processing.",
		"fr": "Le plafond ne s'applique pas non plus aux manquements du Fournisseur aux clauses de sous-traitance de l'annexe B et aux obligations qui lui incombent en qualité de responsable des traitements de Données personnelles prévus aux articles 6.2 et 6.5, notamment en cas de violation de données personnelles survenue dans ces traitements.",
	}
	controller := apiTOSPhrase{
		"en": "Nor does the cap apply to a breach by the Provider of its duties as controller of the processing of Personal Data provided for in Articles\u00a06.2 and 6.5, including in the event of a personal data breach occurring in that processing.",
		"fr": "Le plafond ne s'applique pas non plus aux manquements du Fournisseur aux obligations qui lui incombent en qualité de responsable des traitements de Données personnelles prévus aux articles 6.2 et 6.5, notamment en cas de violation de données personnelles survenue dans ces traitements.",
	}
	own := apiTOSPhrase{"en": "of its duties as controller of the processing of Personal Data", "fr": "aux obligations qui lui incombent en qualité de responsable des traitements"}
	for _, c := range []struct {
		role, cap string
		published bool
	}{{"both", "amount", true}, {"controller", "amount", true}, {"both", "none", true}, {"processor", "amount", false}} {
		set := func(v questionnaire.Values) {
			fx4eReviews(true, false, c.role)(v)
			v["contributions.published"] = c.published
			v["liability.cap"] = c.cap
			if c.role == "processor" {
				v["personal_data.purposes"] = questionnaire.Translated{}
			}
		}
		capped := c.cap != "none"
		fx2eCheck(t, fmt.Sprintf("role=%s cap=%s", c.role, c.cap), set, []fx2eCase{
			{both, "liability-limit", capped && c.role == "both"},
			{controller, "liability-limit", capped && c.role == "controller"},
			{own, "liability-limit", capped && c.role != "processor"},
		})
	}
}

// RE3-5: a person named in a published Contribution has the right of
// reply of the LCEN (art. 6; decree no. 2007-1527), exercised with the
// director of publication; a health professional's reply keeps medical
// secrecy. Without published Contributions, or for a Provider outside
// France, the paragraph is absent.
func TestFx4eRightOfReply(t *testing.T) {
	reply := apiTOSPhrase{
		"en": "Any person named or designated in a published Contribution has a right of reply, which he or she exercises by sending a request to the director of publication",
		"fr": "Toute personne nommée ou désignée dans une Contribution publiée dispose d'un droit de réponse, qu'elle exerce en adressant sa demande au directeur de la publication",
	}
	law := apiTOSPhrase{
		"en": "on the terms and within the time limits of article 6 of Law no. 2004-575 of 21 June 2004 for confidence in the digital economy and Decree no. 2007-1527 of 24 October 2007",
		"fr": "dans les conditions et délais de l'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique et du décret n° 2007-1527 du 24 octobre 2007",
	}
	secrecy := apiTOSPhrase{
		"en": "A health professional who replies to a review shall disclose no information covered by professional secrecy",
		"fr": "Le professionnel de santé qui répond à un avis ne révèle aucune information couverte par le secret professionnel",
	}
	for _, c := range []struct{ health, published bool }{{true, true}, {false, true}, {true, false}} {
		set := func(v questionnaire.Values) {
			fx4eReviews(c.health, true, "both")(v)
			v["contributions.published"] = c.published
		}
		fx2eCheck(t, fmt.Sprintf("health=%v published=%v", c.health, c.published), set, []fx2eCase{
			{reply, "data-hosting", c.published}, {law, "data-hosting", c.published},
			{secrecy, "data-hosting", c.published && c.health},
		})
	}
}

// RE3-7: contributions without images (new answer contributions.images)
// drop photographs and the image of a person from the definition, the
// data lists of 6.2 and of Annex I.B, the licence (framing) and the
// warranty; with images the former text stays. RE3-8: with sensitive
// Contributions, shown only through the API, the licence covers digital
// media only and no distribution of copies.
func TestFx4eNoImagesAndDigitalLicence(t *testing.T) {
	image := apiTOSPhrase{"en": "such as the image of a recognisable person", "fr": "telle l'image d'une personne reconnaissable"}
	photos := apiTOSPhrase{"en": "means the content, such as texts, photographs or data,", "fr": "désigne les contenus, tels que des textes, des photographies ou des données,"}
	noPhotos := apiTOSPhrase{"en": "means the content, such as texts or data,", "fr": "désigne les contenus, tels que des textes ou des données,"}
	framing := apiTOSPhrase{"en": "to change its format, size or framing,", "fr": "d'en modifier le format, la taille ou le cadrage,"}
	format := apiTOSPhrase{"en": "to change its format, to correct it", "fr": "d'en modifier le format, de la corriger"}
	imageRight := apiTOSPhrase{"en": "nor the right of recognisable persons in their image", "fr": "ni au droit des personnes reconnaissables sur leur image"}
	third := apiTOSPhrase{"en": "and that the Contribution infringes no rights of third parties;", "fr": "et que la Contribution ne porte pas atteinte aux droits des tiers\u202f;"}
	copies := apiTOSPhrase{"en": "to distribute copies of it", "fr": "le droit d'en distribuer des exemplaires"}
	api4 := apiTOSPhrase{"en": "4. to make it available to Users through the API", "fr": "4. le droit de la mettre à la disposition des Utilisateurs au moyen de l'API"}
	for _, c := range []struct{ images, sensitive bool }{{false, true}, {true, true}, {false, false}, {true, false}} {
		set := func(v questionnaire.Values) {
			fx4eReviews(true, false, "both")(v)
			v["contributions.images"] = c.images
			v["contributions.sensitive"] = c.sensitive
		}
		fx2eCheck(t, fmt.Sprintf("images=%v sensitive=%v", c.images, c.sensitive), set, []fx2eCase{
			{image, "data-personal", c.images}, {image, "data-transfers", c.images},
			{photos, "definitions", c.images}, {noPhotos, "definitions", !c.images},
			{framing, "data-contributions-licence", c.images}, {format, "data-contributions-licence", !c.images},
			{imageRight, "data-contributions-warranty", c.images}, {third, "data-contributions-warranty", !c.images},
			{copies, "data-contributions-licence", !c.sensitive}, {api4, "data-contributions-licence", c.sensitive},
		})
	}
}

// RE3-14: a notice is acknowledged without undue delay (DSA art. 16(4)).
// RE3-15: the small-enterprise exemption lasts as long as that status,
// and its loss is announced (DSA art. 19(1)). RE3-6: with reviews, the
// Provider names the ground it may weigh against a practitioner's
// objection; without reviews, the sentence is absent.
func TestFx4eNoticesStatusObjection(t *testing.T) {
	ack := apiTOSPhrase{"en": "the Provider shall confirm receipt of the notice without undue delay, deal with it diligently and objectively", "fr": "le Fournisseur en accuse réception sans retard injustifié, traite le signalement avec diligence et objectivité"}
	status := apiTOSPhrase{"en": "If it loses that status, it shall inform Users by e-mail and comply with those articles no later than the end of the period provided for in article 19(1) of that Regulation.", "fr": "S'il perd ce statut, il en informe les Utilisateurs par courrier électronique et se conforme à ces articles au plus tard à l'expiration du délai que prévoit l'article 19, paragraphe 1, de ce règlement."}
	ground := apiTOSPhrase{"en": "the Provider may rely to that end on the information of consumers and the freedom of expression of the authors of those reviews (article 17(3)(a) of the GDPR)", "fr": "le Fournisseur peut invoquer à ce titre l'information des consommateurs et la liberté d'expression des auteurs de ces avis (article 17, paragraphe 3, point a), du RGPD)"}
	for _, c := range []struct{ reviews, small bool }{{true, true}, {false, false}} {
		set := func(v questionnaire.Values) {
			fx4eReviews(true, false, "both")(v)
			v["contributions.reviews"] = c.reviews
			v["contributions.small_enterprise"] = c.small
		}
		fx2eCheck(t, fmt.Sprintf("reviews=%v small=%v", c.reviews, c.small), set, []fx2eCase{
			{ack, "data-hosting", true}, {status, "data-hosting", c.small}, {ground, "data-personal", c.reviews},
		})
	}
}

// RE3-18: in French, the supervisory authority in apposition takes its
// article when its name is a French common noun (CNIL, Luxembourg's
// CNPD, Belgium's APD), in 6.1 and in Annex I.C of 6.3; the English
// text says "the" alike; other names, proper names in their own
// language, stay without article.
func TestFx4eAuthorityArticle(t *testing.T) {
	for _, c := range []struct {
		country, en, fr string
	}{
		{"FR", "the Provider's supervisory authority, the Commission nationale de l'informatique et des libertés (CNIL), or", "de l'autorité de contrôle du Fournisseur, la Commission nationale de l'informatique et des libertés (CNIL), ou"},
		{"LU", "the Provider's supervisory authority, the Commission nationale pour la protection des données (Luxembourg), or", "de l'autorité de contrôle du Fournisseur, la Commission nationale pour la protection des données (Luxembourg), ou"},
		{"BE", "the Provider's supervisory authority, the Autorité de protection des données (Belgium), or", "de l'autorité de contrôle du Fournisseur, l'Autorité de protection des données (Belgique), ou"},
		{"NO", "the Provider's supervisory authority, Datatilsynet (Norway), or", "de l'autorité de contrôle du Fournisseur, Datatilsynet (Norvège), ou"},
	} {
		set := func(v questionnaire.Values) {
			fx4eReviews(true, false, "both")(v)
			v["provider.country"] = c.country
			v["personal_data.authority"] = nil
		}
		fx2eCheck(t, c.country, set, []fx2eCase{{apiTOSPhrase{"en": c.en, "fr": c.fr}, "data-users", true}})
	}
}

// RE3-2: with health data for care, 6.2 states that the requests contain
// them, rather than a rule conditional on a fact the reader cannot
// check. RE3-20: the French retention example reads « par exemple,
// pour un rendez-vous, jusqu'à sa date ».
func TestFx4eHealthDataStated(t *testing.T) {
	stated := apiTOSPhrase{
		"en": "The requests contain health data collected in the course of prevention, diagnosis or care. Those data shall be hosted",
		"fr": "Les requêtes contiennent des données de santé recueillies à l'occasion d'activités de prévention, de diagnostic ou de soins. Ces données ne sont hébergées",
	}
	example := apiTOSPhrase{"en": "such as, for an appointment, until its date plus the period", "fr": "par exemple, pour un rendez-vous, jusqu'à sa date augmentée du délai"}
	for _, health := range []bool{true, false} {
		fx2eCheck(t, fmt.Sprintf("health=%v", health), fx4eReviews(health, false, "both"), []fx2eCase{
			{stated, "data-personal", health}, {example, "data-personal", health},
		})
	}
}

// RE3-21: the English technical steps of online formation (2.4) refer
// to the person who fills in the form as "he or she", as the rest of
// the text does.
func TestFx4eAcceptancePronoun(t *testing.T) {
	he := apiTOSPhrase{"en": "checks the summary of the information he or she has entered", "fr": "vérifie le récapitulatif des informations qu'elle a saisies"}
	they := apiTOSPhrase{"en": "they have entered", "fr": "qu'ils ont saisies"}
	fx2eCheck(t, "acceptance", func(questionnaire.Values) {}, []fx2eCase{{he, "scope-acceptance", true}, {they, "scope-acceptance", false}})
}
