package templates

import (
	"fmt"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// fx3eReviews: published Contributions that are reviews, checked or not.
func fx3eReviews(health, check bool) func(questionnaire.Values) {
	return func(v questionnaire.Values) {
		fx2eSet(health, true, true)(v)
		v["contributions.reviews"] = true
		if check {
			v["contributions.reviews_check"] = questionnaire.Translated{textfmt.EN: "only customers who booked may review", textfmt.FR: "seuls les clients ayant réservé peuvent donner un avis"}
		} else {
			v["contributions.reviews_check"] = questionnaire.Translated{}
		}
	}
}

// RE3-17, RE3-22: the exception to the retention period for own
// purposes reads one way only: Contributions, contact details and the
// data used to check a published review are kept longer, the latter as
// long as that review.
func TestFx3eRetentionException(t *testing.T) {
	except := apiTOSPhrase{
		textfmt.EN: "That period also applies to the data it processes for its own purposes, except those Contributions and contact details",
		textfmt.FR: "Ce délai s'applique aussi aux données qu'il traite pour ses propres finalités, à l'exception de ces Contributions et coordonnées",
	}
	check := apiTOSPhrase{
		textfmt.EN: "except those Contributions and contact details and the data used to check a published review, the latter being kept for as long as that review solely to evidence that check: beyond it",
		textfmt.FR: "à l'exception de ces Contributions et coordonnées et des données ayant servi au contrôle d'un avis publié, ces dernières étant conservées aussi longtemps que cet avis aux seules fins de justifier ce contrôle : au-delà",
	}
	old := apiTOSPhrase{
		textfmt.EN: "as are the data used to check",
		textfmt.FR: "ainsi que les données qui ont servi au contrôle",
	}
	for _, c := range []struct{ health, check bool }{{false, false}, {true, true}, {false, true}} {
		fx2eCheck(t, fmt.Sprintf("health=%v check=%v", c.health, c.check), fx3eReviews(c.health, c.check), []fx2eCase{
			{except, "data-personal", true}, {check, "data-personal", c.check}, {old, "data-personal", false},
		})
	}
}

// RE3-4: a checked review is described by the aim of the procedure
// (reasonable and proportionate measures, C. conso L. 121-4 28°), never
// as a guarantee of authenticity.
func TestFx3eReviewClaim(t *testing.T) {
	aim := apiTOSPhrase{
		textfmt.EN: "that procedure is intended to ensure that each review comes from a consumer who has actually used or bought the product or service reviewed",
		textfmt.FR: "cette procédure a pour objet de s'assurer que chaque avis émane d'un consommateur qui a réellement utilisé ou acheté le produit ou le service évalué",
	}
	guarantee := apiTOSPhrase{
		textfmt.EN: "that procedure ensures",
		textfmt.FR: "cette procédure garantit",
	}
	for _, use := range []bool{false, true} {
		set := func(v questionnaire.Values) {
			fx3eReviews(true, true)(v)
			v["contributions.reviews_use_checked"] = use
		}
		fx2eCheck(t, fmt.Sprintf("use checked=%v", use), set, []fx2eCase{
			{aim, "data-reviews", use}, {guarantee, "data-reviews", false},
		})
	}
}

// RE3-19 (FR): the licence of sensitive Contributions carries no right to
// sublicense, in plain French; absent without sensitive Contributions.
func TestFx3eNoSublicenceFR(t *testing.T) {
	plain := apiTOSPhrase{textfmt.FR: "ils n'emportent pas le droit de concéder une licence de réutilisation."}
	for _, sensitive := range []bool{false, true} {
		for l, doc := range published12a(t, fx2eSet(false, true, sensitive)) {
			if l != textfmt.FR {
				continue
			}
			if got := plain.in(doc, "data-contributions"); got != sensitive {
				t.Errorf("sensitive=%v: %q: %v", sensitive, plain[l], got)
			}
			if (apiTOSPhrase{textfmt.FR: "ne comprennent le droit de concéder aucune"}).in(doc, "data-contributions") {
				t.Errorf("sensitive=%v: old wording left", sensitive)
			}
		}
	}
}
