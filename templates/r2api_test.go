package templates

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// The Provider may suspend access at once, without the cure period, for
// credentials shared with a third party (8.3), resale of access where
// direct competition is excluded, manifest commercial use where only
// non-commercial use is allowed, and extraction or reuse of Data against
// the commercial data licence (C. civ. 1219-1220; CPI L. 342-1).
func TestR2APIImmediateSuspension(t *testing.T) {
	credentials := apiTOSPhrase{
		textfmt.EN: "where the User discloses its Access Credentials to a third party in breach of",
		textfmt.FR: "lorsque l'Utilisateur communique ses Identifiants d'accès à un tiers en méconnaissance de l'",
	}
	resale := apiTOSPhrase{
		textfmt.EN: "or resells access to the API in breach of",
		textfmt.FR: "ou revend l'accès à l'API en méconnaissance de l'",
	}
	commercialUse := apiTOSPhrase{
		textfmt.EN: "or manifestly makes a commercial use of the API that",
		textfmt.FR: "ou fait manifestement de l'API un usage commercial que l'",
	}
	extraction := apiTOSPhrase{
		textfmt.EN: "where it extracts or reuses the Data in a manner manifestly contrary to",
		textfmt.FR: "lorsqu'il extrait ou réutilise les Données d'une manière manifestement contraire à l'",
	}
	for _, c := range []struct{ output, data string }{
		{"any-reuse", "open-reuse"},
		{"no-direct-competition", "open-reuse"},
		{"no-direct-competition", "commercial"},
		{"non-commercial", "commercial"},
	} {
		checkPhrases(t, c.output+" "+c.data, func(v questionnaire.Values) {
			v["conditions.output"], v["conditions.data"] = c.output, c.data
		}, map[string]phraseWant{
			"credentials":    {credentials, "term-breach", true},
			"resale":         {resale, "term-breach", c.output == "no-direct-competition"},
			"commercial use": {commercialUse, "term-breach", c.output == "non-commercial"},
			"extraction":     {extraction, "term-breach", c.data == "commercial"},
		})
	}
}

// A price rise is notified with its own notice (RL-1: no longer the
// closure notice) and takes effect on the day the agreement ends for a
// User that refuses it, in 3.3 and in the summary, so that no User waits
// to accept (C. consom. L. 211-1).
func TestR2APIPriceRiseNoticeEqualsEnd(t *testing.T) {
	notice := apiTOSPhrase{
		textfmt.EN: "at least twelve\u00a0(12)\u00a0months before the date it takes effect; the notice shall state",
		textfmt.FR: "au moins douze\u00a0(12)\u00a0mois avant la date de son entrée en vigueur ; la notification indique",
	}
	endsThen := apiTOSPhrase{
		textfmt.EN: "ends, at no cost, on that date or, if later, at the end of the period the User has already paid for",
		textfmt.FR: "prend fin, sans frais, à cette date ou, si elle est postérieure, au terme de la période que l'Utilisateur a déjà payée",
	}
	summary := apiTOSPhrase{
		textfmt.EN: "A price increase is notified by e-mail at least twelve\u00a0(12)\u00a0months in advance",
		textfmt.FR: "Une hausse de prix est notifiée par courrier électronique au moins douze\u00a0(12)\u00a0mois à l'avance",
	}
	summaryEnd := apiTOSPhrase{
		textfmt.EN: "ends, at no cost, on the date the increase takes effect",
		textfmt.FR: "prend fin, sans frais, à la date d'entrée en vigueur de la hausse",
	}
	for _, model := range []string{"paid", "free"} {
		checkPhrases(t, model, func(v questionnaire.Values) {
			v["pricing.model"], v["term.termination_notice_months"], v["change.notice_months"] = model, 18, 3
			v["pricing.increase_notice_months"] = 12
		}, map[string]phraseWant{
			"notice":      {notice, "access-price", model == "paid"},
			"ends then":   {endsThen, "access-price", model == "paid"},
			"summary":     {summary, "summary", model == "paid"},
			"summary end": {summaryEnd, "summary", model == "paid"},
		})
	}
}

// A Non-professionnel, like a Consumer, gives no uncapped indemnity
// (C. consom. L. 212-1 and L. 212-2).
func TestR2APINoIndemnityFromNonProfessionals(t *testing.T) {
	business := apiTOSPhrase{
		textfmt.EN: "A User other than a Non-Professional shall indemnify the Provider",
		textfmt.FR: "L'Utilisateur autre qu'un Non-professionnel garantit le Fournisseur",
	}
	consumers := apiTOSPhrase{
		textfmt.EN: "A User other than a Consumer or a Non-Professional shall indemnify the Provider",
		textfmt.FR: "L'Utilisateur autre qu'un Consommateur ou un Non-professionnel garantit le Fournisseur",
	}
	for _, audience := range []string{"business", "business-and-consumers"} {
		for _, model := range []string{"free", "paid"} {
			checkPhrases(t, audience+" "+model, func(v questionnaire.Values) {
				v["audience"], v["pricing.model"] = audience, model
			}, map[string]phraseWant{
				// RS2-6: a consumer who gets in by a false declaration
				// gives no indemnity either.
				"business":  {business, "liability-indemnity", false},
				"consumers": {consumers, "liability-indemnity", true},
			})
		}
	}
}

// With access continuing to the end of the period paid, the User
// terminates « sans pénalité » and the price of the current period stays
// due, in 10.2 and in the summary; « sans frais » remains where nothing
// more is owed.
func TestR2APITerminationWithoutPenalty(t *testing.T) {
	penalty := apiTOSPhrase{textfmt.EN: "without cause and without penalty", textfmt.FR: "sans motif et sans pénalité"}
	noCost := apiTOSPhrase{textfmt.EN: "without cause and at no cost", textfmt.FR: "sans motif et sans frais"}
	periodDue := apiTOSPhrase{
		textfmt.EN: "only at the end of the current billing period, whose price remains due",
		textfmt.FR: "qu'au terme de la période de facturation en cours, dont le prix reste dû",
	}
	summaryDue := apiTOSPhrase{
		textfmt.EN: "at any time, without penalty; the price of the current billing period remains due",
		textfmt.FR: "à tout moment, sans pénalité ; le prix de la période de facturation en cours reste dû",
	}
	// RZ-15: with refunds, "at no cost" goes on with the recalculation of a
	// reduced price paid in advance (fxrz_test.go).
	summaryFree := apiTOSPhrase{textfmt.EN: "at any time, at no cost", textfmt.FR: "à tout moment, sans frais"}
	for _, c := range []struct{ model, prepaid string }{{"free", ""}, {"paid", "refund"}, {"paid", "period-end"}} {
		periodEnd := c.prepaid == "period-end"
		checkPhrases(t, c.model+" "+c.prepaid, func(v questionnaire.Values) {
			v["pricing.model"] = c.model
			if c.prepaid != "" {
				v["pricing.prepaid"] = c.prepaid
			}
		}, map[string]phraseWant{
			"penalty":      {penalty, "term-user", periodEnd},
			"no cost":      {noCost, "term-user", !periodEnd},
			"period due":   {periodDue, "term-user", periodEnd},
			"summary due":  {summaryDue, "summary", periodEnd},
			"summary free": {summaryFree, "summary", !periodEnd},
		})
	}
}

// The categories a processor processes (Annex B.1) are those the User
// sends in its requests; the originating IP address of calls stays with
// the connection data of 6.1, of which the Provider is controller.
func TestR2APIProcessorDataExcludeConnectionData(t *testing.T) {
	exclusion := apiTOSPhrase{
		textfmt.EN: "in so far as the User sends them in the content of its requests, excluding the connection data, including the originating IP address of calls, that",
		textfmt.FR: "dans la mesure où l'Utilisateur les transmet dans le contenu de ses requêtes, à l'exclusion des données de connexion, dont l'adresse IP d'origine des appels, que régit l'",
	}
	for _, categories := range []string{"", "adresses IP des Utilisateurs finaux"} {
		checkPhrases(t, "categories "+categories, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			if categories == "" {
				delete(v, "personal_data.categories")
			} else {
				v["personal_data.categories"] = categories
			}
		}, map[string]phraseWant{
			"exclusion": {exclusion, "dpa-scope", categories != ""},
		})
	}
}

// A company whose law gives it no share capital (a Belgian SRL, CSA
// art. 5:1) leaves the answer empty outside France: the parties block
// then prints no capital, in either language; in France it stays required.
func TestR2APIShareCapitalOptionalAbroad(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct {
		country, capital string
		refused          bool
	}{
		{"BE", "", false},
		{"BE", "18 600 euros", false},
		{"FR", "", true},
		{"FR", "10 000 euros", false},
	} {
		v := clone(exampleValues(t, k))
		v["provider.country"], v["provider.legal_form"] = c.country, "société à responsabilité limitée (SRL)"
		if c.country == "BE" {
			v["provider.registration"], v["provider.address"] = "BCE 0123.456.749, RPM Bruxelles", "Rue de la Loi 42, 1040 Bruxelles, Belgique"
		}
		if c.capital == "" {
			delete(v, "provider.share_capital")
		} else {
			v["provider.share_capital"] = c.capital
		}
		settleVAT(v)
		errs := refusals(k, v)
		for _, p := range k.Questionnaire.Missing(k.Questionnaire.Resolve(v)) {
			errs = append(errs, p.Key)
		}
		if refused := len(errs) > 0; refused != c.refused {
			t.Errorf("%s, capital %q: refused %v (%v), want %v", c.country, c.capital, refused, errs, c.refused)
		}
		if c.refused {
			continue
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(v, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := string(markdown.Render(doc))
			mention := map[textfmt.Lang]string{textfmt.FR: "au capital de", textfmt.EN: "with a share capital of"}[l]
			if got := strings.Contains(md, mention); got != (c.capital != "") {
				t.Errorf("%s, %s, capital %q: %q printed: %v", l, c.country, c.capital, mention, got)
			}
		}
	}
}
