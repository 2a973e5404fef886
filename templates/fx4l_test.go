package templates

import (
	"slices"
	"strings"
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
		textfmt.EN: "by e-mail at least four\u00a0(4)\u00a0months before the date it takes effect; the notice shall state the new price and that date",
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

// RL-3: the share-alike condition of the licence of the Data is disclosed
// beside the permitted uses (7.2) and in the summary: derivative databases
// under the ODbL, adapted Data under CC BY-SA; nothing under CC BY, and
// nothing where the Data are not under an open licence.
var (
	phraseFx4lSADatabase = apiTOSPhrase{
		textfmt.EN: "The licence of the Data requires, however, that a database derived from the Data, such as the Data combined with the User’s own data, be publicly used only under the same licence or a compatible licence",
		textfmt.FR: "La licence des Données impose toutefois qu’une base de données dérivée des Données, telle que les Données combinées avec les propres données de l’Utilisateur, ne soit utilisée publiquement que sous la même licence ou une licence compatible",
	}
	phraseFx4lSAData = apiTOSPhrase{
		textfmt.EN: "The licence of the Data requires, however, that Data adapted by the User be shared only under the same licence or a compatible licence",
		textfmt.FR: "La licence des Données impose toutefois que les Données adaptées par l’Utilisateur ne soient partagées que sous la même licence ou une licence compatible",
	}
	phraseFx4lSASummaryDatabase = apiTOSPhrase{
		textfmt.EN: "subject to the share-alike condition that the licence of the Data sets for derivative databases publicly used",
		textfmt.FR: "sous réserve du partage à l’identique qu’impose la licence des Données aux bases de données dérivées utilisées publiquement",
	}
	phraseFx4lSASummaryData = apiTOSPhrase{
		textfmt.EN: "subject to the share-alike condition that the licence of the Data sets for adapted Data",
		textfmt.FR: "sous réserve du partage à l’identique qu’impose la licence des Données aux Données adaptées",
	}
)

func TestFx4lShareAlikeDisclosed(t *testing.T) {
	for _, c := range []struct {
		name, data, title, url, output, kind string
	}{
		{"odbl any", "open-data-licence", "Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "any-reuse", "database"},
		{"odbl no-competition", "open-data-licence", "Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "no-direct-competition", "database"},
		{"cc by-sa", "open-data-licence", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/legalcode", "any-reuse", "data"},
		{"cc by", "open-data-licence", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/legalcode", "any-reuse", ""},
		{"open reuse", "open-reuse", "", "", "any-reuse", ""},
	} {
		out := map[string]string{"any-reuse": "outputs-any-reuse", "no-direct-competition": "outputs-no-direct-competition"}[c.output]
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["conditions.data"], v["conditions.output"] = c.data, c.output
			if c.title != "" {
				v["data.licence.title"] = questionnaire.Translated{textfmt.EN: c.title, textfmt.FR: c.title}
				v["data.licence.url"] = c.url
			}
		}, map[string]phraseWant{
			"7.2 database": {phraseFx4lSADatabase, out, c.kind == "database"},
			"7.2 data":     {phraseFx4lSAData, out, c.kind == "data"},
			"summary db":   {phraseFx4lSASummaryDatabase, "summary", c.kind == "database"},
			"summary data": {phraseFx4lSASummaryData, "summary", c.kind == "data"},
		})
	}
	for _, c := range []struct{ title, url, want string }{
		{"Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "database"},
		{"Creative Commons Attribution-ShareAlike 4.0", "", "data"},
		{"CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/", "data"},
		{"Licence de données Exemple SA", "https://example.org/licence", ""},
		{"Licence Ouverte / Open Licence 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence", ""},
		{"CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", ""},
	} {
		if got := dataShareAlike(c.title, c.url); got != c.want {
			t.Errorf("dataShareAlike(%q, %q) = %q, want %q", c.title, c.url, got, c.want)
		}
	}
}

// RL-5, RL-6, RL-7: a processor anonymises request data for its own ends
// only for a User that opts in, in its Account (an instruction, art.
// 28(3)(a) GDPR), not by a clause of the standard terms; it processes
// those data to secure the processing it carries out for the User (art.
// 32), not "the API"; the personal data returned from the User's own
// requests are not Data under the data clause.
var (
	phraseFx4lOptInAccount = apiTOSPhrase{
		textfmt.EN: "The Provider shall carry out that anonymisation only on the data of the requests of a User that has authorised it by activating the option provided for that purpose in its Account, which is not activated by default and which the User may deactivate at any time",
		textfmt.FR: "Le Fournisseur ne procède à cette anonymisation que sur les données des requêtes de l'Utilisateur qui l'y a autorisé en activant l'option prévue à cet effet dans son Compte, qui n'est pas activée par défaut et que l'Utilisateur peut désactiver à tout moment",
	}
	phraseFx4lOptInNotice = apiTOSPhrase{
		textfmt.EN: "that has authorised it by a written notice to the Provider, which the User may withdraw at any time in the same way",
		textfmt.FR: "qui l'y a autorisé par une notification écrite adressée au Fournisseur, qu'il peut retirer à tout moment de la même manière",
	}
	phraseFx4lInstruction = apiTOSPhrase{
		textfmt.EN: "that authorisation is a documented instruction of the User (article 28(3)(a) of the GDPR)",
		textfmt.FR: "cette autorisation constitue une instruction documentée de l'Utilisateur (article 28, paragraphe 3, point a), du RGPD)",
	}
	phraseFx4lOldAuthorisation = apiTOSPhrase{
		textfmt.EN: "The User authorises it to carry out that anonymisation",
		textfmt.FR: "L'Utilisateur l'autorise à procéder à cette anonymisation",
	}
	phraseFx4lSecurityOfProcessing = apiTOSPhrase{
		textfmt.EN: "to ensure the security of the processing it carries out on the User's behalf (article 32 of the GDPR)",
		textfmt.FR: "assurer la sécurité du traitement qu'il effectue pour le compte de l'Utilisateur (article 32 du RGPD)",
	}
	phraseFx4lAnonymiseIfAuthorised = apiTOSPhrase{
		textfmt.EN: "(article 32 of the GDPR) and, where the User has authorised it as provided in",
		textfmt.FR: "(article 32 du RGPD) et, lorsque l'Utilisateur l'y a autorisé dans les conditions de l'",
	}
	phraseFx4lB2Instruction = apiTOSPhrase{
		textfmt.EN: "the authorisation to anonymise that the User gives, if it so chooses, as provided in",
		textfmt.FR: "l'autorisation d'anonymisation que l'Utilisateur donne, s'il le souhaite, dans les conditions de l'",
	}
	phraseFx4lNotData = apiTOSPhrase{
		textfmt.EN: ", the Provider is not their source, and the User remains the controller",
		textfmt.FR: ", le Fournisseur n'en est pas la source, et l'Utilisateur demeure responsable",
	}
)

func TestFx4lAnonymisationOptIn(t *testing.T) {
	for _, c := range []struct {
		role, method string
		secrecy      bool
	}{
		{"processor", "account", false},
		{"processor", "key-request", false},
		{"processor", "account", true},
		{"both", "account", false},
	} {
		plain := c.role == "processor" && !c.secrecy
		checkPhrases(t, c.role+" "+c.method, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"], v["acceptance.method"] = true, c.role, c.method
			v["provider.regulated"], v["provider.profession.secrecy"] = c.secrecy, c.secrecy
		}, map[string]phraseWant{
			"opt-in account":     {phraseFx4lOptInAccount, "data-provider-use", plain && c.method == "account"},
			"opt-in notice":      {phraseFx4lOptInNotice, "data-provider-use", plain && c.method != "account"},
			"instruction":        {phraseFx4lInstruction, "data-provider-use", plain},
			"old authorisation":  {phraseFx4lOldAuthorisation, "data-provider-use", false},
			"security of proc.":  {phraseFx4lSecurityOfProcessing, "data-personal", c.role == "processor"},
			"anonymise if auth.": {phraseFx4lAnonymiseIfAuthorised, "data-personal", plain},
			"instruction in B.2": {phraseFx4lB2Instruction, "dpa-instructions", plain},
		})
	}
}

func TestFx4lReturnedOwnDataNotData(t *testing.T) {
	checkPhrases(t, "odbl processor", func(v questionnaire.Values) {
		v["personal_data.processed"], v["personal_data.role"], v["personal_data.returns"] = true, "processor", false
		v["conditions.data"] = "open-data-licence"
		v["data.licence.title"] = questionnaire.Translated{textfmt.EN: "Open Database License (ODbL) 1.0", textfmt.FR: "Open Database License (ODbL) 1.0"}
		v["data.licence.url"] = "https://opendatacommons.org/licenses/odbl/1-0/"
	}, map[string]phraseWant{
		"not data": {phraseFx4lNotData, "data-personal", true},
	})
	for l, doc := range assembleAPITOS(t, func(v questionnaire.Values) {
		v["personal_data.processed"], v["personal_data.role"], v["personal_data.returns"] = true, "processor", false
	}) {
		if c, _ := doc.Clause("data-personal"); !refersTo(c, "data-open-reuse") && !refersTo(c, "data-open-data-licence") && !refersTo(c, "data-commercial") {
			t.Errorf("%s: 6.2 does not refer to the data clause", l)
		}
	}
}

// RL-2: the separate cap for the change and closure commitments carries
// no reasoning of the drafter; RL-8: article 1190 of the Civil Code
// applies to every User, in 11.9 and in the head notice; RL-10: error
// reports go through the Documentation's channel, under a licence
// limited to correcting and publishing the Data; RL-4: the contractual
// credit covers the use of the API's features by third parties, defined.
var (
	phraseFx4lLostRevenue = apiTOSPhrase{
		textfmt.EN: "whose consequences consist mainly of lost revenue",
		textfmt.FR: "dont les conséquences consistent principalement en un manque à gagner",
	}
	phraseFx4l1190 = apiTOSPhrase{
		textfmt.EN: "that version is interpreted against the Provider, the Agreement being a contract of adhesion proposed by the Provider (article 1190 of the French Civil Code",
		textfmt.FR: "celle-ci s'interprète contre le Fournisseur, le Contrat étant un contrat d'adhésion proposé par le Fournisseur (article 1190 du Code civil",
	}
	phraseFx4lReportChannel = apiTOSPhrase{
		textfmt.EN: "shall report it to the Provider by the means that the Documentation provides for such reports or, failing that, at",
		textfmt.FR: "la signale au Fournisseur par le moyen que la Documentation prévoit pour ces signalements ou, à défaut, à l'adresse",
	}
	phraseFx4lReportLicence = apiTOSPhrase{
		textfmt.EN: "solely to correct the Data and to disseminate the corrected Data, with the right to incorporate those contents in the Data and to make them, so incorporated, available",
		textfmt.FR: "aux seules fins de corriger les Données et de diffuser les Données corrigées, avec la faculté d'intégrer ce contenu aux Données et de le mettre, ainsi intégré, à la disposition",
	}
	phraseFx4lFeatures = apiTOSPhrase{
		textfmt.EN: "Where an Application lets third parties use features of the API, that is, send requests to the API, directly or through the Application, and receive its responses, rather than merely consult Data already obtained",
		textfmt.FR: "Lorsqu'une Application permet à des tiers d'utiliser des fonctions de l'API, c'est-à-dire de lui adresser des requêtes, directement ou par l'intermédiaire de l'Application, et d'en recevoir les réponses, et non seulement de consulter des Données déjà obtenues",
	}
	phraseFx4lHead1190 = apiTOSPhrase{
		textfmt.EN: "; where the meaning of the authoritative version is in doubt, it is interpreted against the Provider (",
		textfmt.FR: " ; en cas de doute sur son sens, la version qui fait foi s'interprète contre le Fournisseur (",
	}
)

func TestFx4lDrafting(t *testing.T) {
	for _, audience := range []string{"business", "business-and-consumers"} {
		for _, cap := range []string{"fees", "none"} {
			set := func(v questionnaire.Values) {
				v["audience"], v["liability.cap"], v["pricing.model"] = audience, cap, "paid"
				v["conditions.data"], v["conditions.attribution"] = "open-data-licence", "required"
				v["data.licence.title"] = questionnaire.Translated{textfmt.EN: "Open Database License (ODbL) 1.0", textfmt.FR: "Open Database License (ODbL) 1.0"}
				v["data.licence.url"] = "https://opendatacommons.org/licenses/odbl/1-0/"
			}
			checkPhrases(t, audience+" "+cap, set, map[string]phraseWant{
				"lost revenue":   {phraseFx4lLostRevenue, "liability-limit", false},
				"1190":           {phraseFx4l1190, "languages", true},
				"report channel": {phraseFx4lReportChannel, "data-errors", true},
				"report licence": {phraseFx4lReportLicence, "data-errors", true},
				"features":       {phraseFx4lFeatures, "user-attribution-required", true},
			})
			for l, doc := range assembleAPITOS(t, set) {
				if _, bilingual := doc.Clause("languages"); bilingual && !strings.Contains(doc.Front, textfmt.Typeset(l, phraseFx4lHead1190[l])) {
					t.Errorf("%s %s %s: head notice without article 1190", audience, cap, l)
				}
			}
		}
	}
}

// RL-9: invoices to professional Users carry the mentions of article
// L. 441-9 of the Commercial Code (due date, penalty rate, indemnity),
// for a provider established in France whose access is paid.
var phraseFx4lInvoiceMentions = apiTOSPhrase{
	textfmt.EN: "Every invoice addressed to a User acting for professional purposes shall state the date on which payment is due, the rate of the late-payment penalties and the amount of the fixed indemnity for recovery costs (article L.\u00a0441-9 of the French Commercial Code).",
	textfmt.FR: "Chaque facture adressée à un Utilisateur agissant à des fins professionnelles mentionne la date à laquelle le règlement doit intervenir, le taux des pénalités de retard et le montant de l'indemnité forfaitaire pour frais de recouvrement (article L.\u00a0441-9 du Code de commerce).",
}

func TestFx4lInvoiceMentions(t *testing.T) {
	for _, c := range []struct {
		model, audience string
		want            bool
	}{{"paid", "business", true}, {"paid", "business-and-consumers", true}, {"free", "business", false}} {
		checkPhrases(t, c.model+" "+c.audience, func(v questionnaire.Values) {
			v["pricing.model"], v["audience"], v["provider.country"] = c.model, c.audience, "FR"
		}, map[string]phraseWant{
			"invoice mentions": {phraseFx4lInvoiceMentions, "access-payment", c.want},
		})
	}
}
