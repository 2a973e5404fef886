package templates

import (
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review RL (Borne Data SAS, a paid B2B charging-point data API under the
// ODbL, processor of fleet data).

// RL-1: a price rise is notified with a notice of its own, not the notice
// of closure of the API; the User that refuses it still leaves at no cost,
// and a professional User, below eighteen months, keeps the previous price
// for one month per full year of the relationship (C. com. L. 442-1, II).
var (
	phraseFx4lPriceNotice = apiTOSPhrase{
		textfmt.EN: "by e-mail at least four\u00a0(4)\u00a0months before the date it takes effect; the notice states the new price and that date",
		textfmt.FR: "par courrier électronique, au moins quatre\u00a0(4)\u00a0mois avant la date de son entrée en vigueur ; la notification indique le nouveau prix et cette date",
	}
	phraseFx4lPriceProgressive = apiTOSPhrase{
		textfmt.EN: "or, towards a User acting for professional purposes, at the end, if later still, of a notice of one (1) month for each full year that the relationship with that User has lasted, counted from the notification, up to eighteen (18) months (article L. 442-1, II, of the French Commercial Code); until the Agreement ends, the previous price continues to apply",
		textfmt.FR: "ou, à l'égard de l'Utilisateur agissant à des fins professionnelles, au terme, s'il est plus tardif encore, d'un préavis d'un (1) mois par année complète de relation avec cet Utilisateur, courant à compter de la notification, dans la limite de dix-huit (18) mois (article L. 442-1, II, du Code de commerce) ; jusqu'à la fin du Contrat, le prix antérieur lui reste applicable",
	}
	phraseFx4lPriceSummary = apiTOSPhrase{
		textfmt.EN: "A price increase is notified by e-mail at least four\u00a0(4)\u00a0months in advance",
		textfmt.FR: "Une hausse de prix est notifiée par courrier électronique au moins quatre\u00a0(4)\u00a0mois à l'avance",
	}
	phraseFx4lSummaryLater = apiTOSPhrase{
		textfmt.EN: "or later still for a professional User, depending on the length of the relationship",
		textfmt.FR: "voire plus tard pour l'Utilisateur professionnel, selon l'ancienneté de la relation",
	}
	phraseFx4lClosureCoupled = apiTOSPhrase{
		textfmt.EN: "a notice equal to the notice of closure of the API",
		textfmt.FR: "préavis égal à celui de la fermeture de l'API",
	}
)

func TestFx4lPriceRiseOwnNotice(t *testing.T) {
	for _, c := range []struct {
		name      string
		model     string
		audience  string
		increase  int
		closure   int
		progressv bool
	}{
		{"paid business 4/18", "paid", "business", 4, 18, true},
		{"paid consumers 4/6", "paid", "business-and-consumers", 4, 6, true},
		{"paid business 18/24", "paid", "business", 18, 24, false},
		{"free", "free", "business", 4, 18, false},
	} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["pricing.model"], v["audience"] = c.model, c.audience
			v["pricing.increase_notice_months"], v["term.termination_notice_months"] = c.increase, c.closure
			v["change.notice_months"], v["change.deprecation_months"] = 3, 12
		}, map[string]phraseWant{
			"own notice":      {phraseFx4lPriceNotice, "access-price", c.model == "paid" && c.increase == 4},
			"progressive":     {phraseFx4lPriceProgressive, "access-price", c.progressv},
			"summary notice":  {phraseFx4lPriceSummary, "summary", c.model == "paid" && c.increase == 4},
			"summary later":   {phraseFx4lSummaryLater, "summary", c.progressv},
			"closure coupled": {phraseFx4lClosureCoupled, "access-price", false},
		})
	}
	// An administrative public service is bound by its Rules, not by a
	// commercial relationship: no progressive notice.
	k, _ := Lookup("api-tos")
	v := publicValues(t, k)
	v["pricing.model"], v["provider.public_activity"] = "paid", "administrative"
	v["pricing.increase_notice_months"] = 4
	for _, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		doc := assemble12c(t, k, v, l)
		if phraseFx4lPriceProgressive.in(doc, "access-price") {
			t.Errorf("administrative, %s: progressive notice printed", l)
		}
	}
}

// RL-1: the notice of a price rise cannot be shorter than the notice of a
// breaking change (a cut in a paid plan is a price rise); free access is
// not asked.
func TestFx4lPriceNoticeRule(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		model    string
		increase int
		refused  bool
	}{{"paid", 3, true}, {"paid", 6, false}, {"paid", 12, false}, {"free", 3, false}} {
		v := exampleValues(t, k)
		v["pricing.model"], v["change.notice_months"], v["pricing.increase_notice_months"] = c.model, 6, c.increase
		v["term.termination_notice_months"], v["change.deprecation_months"] = 18, 12
		var ids []string
		for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(v), testDay) {
			ids = append(ids, p.Rule.ID)
		}
		if slices.Contains(ids, "price-notice-shorter-than-change-notice") != c.refused {
			t.Errorf("%s %d: refused %v, want %v", c.model, c.increase, !c.refused, c.refused)
		}
	}
}
