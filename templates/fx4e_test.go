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
	summary := apiTOSPhrase{"en": "and never using for those purposes the health data it hosts on the User's behalf", "fr": "et sans jamais utiliser à ces fins les données de santé qu'il héberge pour le compte de l'Utilisateur"}
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
