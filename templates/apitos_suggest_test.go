package templates

import (
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// apiTOSBreaking gives, for each rule of the API terms that suggests ways
// out, answers that break it, written as in an answers file and laid over
// the example answers; "languages" sets the documents' languages.
var apiTOSBreaking = map[string]map[string]string{
	"personal-data-returns-contributions": {"personal_data.returns": "false", "contributions.published": "true"},
	"public-domain-data-non-commercial":   {"conditions.data": "open-reuse", "conditions.output": "non-commercial"},
	"public-domain-data-no-competition":   {"conditions.data": "open-reuse", "conditions.output": "no-direct-competition"},
	"open-data-licence-no-competition":    {"conditions.data": "open-data-licence", "conditions.output": "no-direct-competition"},
	"open-data-licence-non-commercial":    {"conditions.data": "open-data-licence", "conditions.output": "non-commercial", "pricing.model": "paid", "data.bulk_url": ""},
	"odbl-derived-non-commercial":         {"conditions.data": "open-data-licence", "conditions.output": "non-commercial", "data.licence.title": "Open Database License (ODbL) 1.0", "data.licence.url": "https://opendatacommons.org/licenses/odbl/1-0/"},
	"open-data-licence-non-commercial-download": {"conditions.data": "open-data-licence", "conditions.output": "non-commercial",
		"data.bulk_url": "https://acme-meteo.example/open-data/download"},
	"open-data-licence-no-attribution": {"conditions.data": "open-data-licence", "conditions.attribution": "none"},
	"fees-cap-free-access":             {"liability.cap": "fees", "pricing.model": "free"},
	"liability-uncapped":               {"liability.cap": "none"},
	"professional-secrecy-own-purposes": {"provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.regulated": "true",
		"personal_data.role": "both", "personal_data.categories": "adresses IP et revenus déclarés des foyers simulés"},
	"payment-cure-longer-than-cure": {"pricing.model": "paid", "term.cure_months": "1", "pricing.payment_cure_days": "45"},
	"data-act-switching":            {"pricing.model": "paid", "personal_data.role": "processor", "data_act.processing_service": "false"},
	"governing-law-not-french":      {"governing_law": "BE"},
	"consumers-without-french":      {"audience": "business-and-consumers", "languages": "en"},
	"vat-outside-eu-provider-in-eu": {"pricing.model": "paid", "provider.vat_number": "", "pricing.vat": "outside-eu"},
	"small-business-exemption-outside-eu": {"pricing.model": "paid", "provider.vat_number": "", "pricing.vat": "franchise", "provider.country": "US-NY",
		"provider.registration": establishments["US-NY"].registration, "provider.address": establishments["US-NY"].address},
	"vat-outside-eu-consumers": {"pricing.model": "paid", "provider.vat_number": "", "pricing.vat": "outside-eu",
		"audience": "business-and-consumers", "provider.country": "US-NY",
		"provider.registration": establishments["US-NY"].registration, "provider.address": establishments["US-NY"].address},
	"sole-trader-vat-exempt": {"provider.type": "individual", "provider.name": "Jeanne Martin EI", "pricing.model": "paid",
		"provider.vat_number": "", "pricing.vat": "exempt"},
	"non-commercial-data-licence-commercial-use": {"conditions.data": "open-data-licence", "conditions.output": "any-reuse", "pricing.model": "paid",
		"data.licence.title": "CC BY-NC 4.0", "data.licence.url": "https://creativecommons.org/licenses/by-nc/4.0/legalcode.fr"},
	"non-commercial-data-licence-title-commercial-use": {"conditions.data": "open-data-licence", "conditions.output": "no-direct-competition",
		"data.licence.title": "Licence de réutilisation non commerciale", "data.licence.url": "https://data.example/licence"},
	"personal-data-provider-outside-eea": {"personal_data.processed": "true", "provider.country": "IN",
		"provider.registration": "Registrar of Companies, Mumbai, CIN U72900MH2020PTC123456", "provider.address": "1 Marine Drive, Mumbai 400020, India", "provider.vat_number": ""},
	"personal-data-provider-in-united-states": {"personal_data.processed": "true", "provider.country": "US-NY",
		"provider.registration": establishments["US-NY"].registration, "provider.address": establishments["US-NY"].address},
	"french-register-abroad": {"provider.country": "BE", "provider.address": "Rue de la Loi 16, 1000 Bruxelles, Belgique", "provider.vat_number": "BE0123456789"},
	"special-categories-controller": {"personal_data.processed": "true", "personal_data.special": "true", "personal_data.role": "controller",
		"personal_data.special_categories": "données concernant la santé (affections déclarées par les Utilisateurs finaux)"},
	"special-categories-undeclared": {"personal_data.processed": "true", "personal_data.special": "false",
		"personal_data.categories": "adresses du domicile et affections (asthme, allergies) des Utilisateurs finaux"},
	"public-body-english-prevails": {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "prevailing_language": "en"},
	"public-body-commercial-data": {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "conditions.data": "commercial",
		"data.commercial.title": "Licence de réutilisation", "data.commercial.url": "https://data.example/licence"},
	"public-body-high-value-commercial-data": {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "pricing.model": "paid",
		"pricing.high_value": "true", "conditions.data": "commercial", "data.commercial.title": "Licence de réutilisation", "data.commercial.url": "https://data.example/licence"},
	"public-body-paid":                     {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "pricing.model": "paid"},
	"public-body-vat-franchise":            {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "pricing.model": "paid", "provider.vat_number": "", "pricing.vat": "franchise"},
	"card-only-payment-period":             {"pricing.model": "paid", "personal_data.retention_days": "0", "pricing.payment_methods": "card", "pricing.payment_days": "30"},
	"public-body-share-alike":              {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "conditions.access": "share-alike"},
	"consumers-provider-abroad-language":   {"audience": "business-and-consumers", "provider.country": "IT", "provider.address": "Via Nizza 150, 10126 Torino, Italia", "provider.registration": "Registro delle Imprese di Torino, REA TO-1234567", "provider.vat_number": "IT12345678901"},
	"consumer-language-italy":              {"audience": "business-and-consumers", "provider.country": "IT", "provider.address": "Via Nizza 150, 10126 Torino, Italia", "provider.registration": "Registro delle Imprese di Torino, REA TO-1234567", "provider.vat_number": "IT12345678901"},
	"consumer-language-spain":              {"audience": "business-and-consumers", "provider.country": "ES", "provider.address": "Calle de Colón 22, 46004 Valencia, España", "provider.registration": "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "provider.vat_number": "ESB98765432"},
	"public-body-output-restriction":       {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "conditions.output": "no-direct-competition"},
	"public-body-specification-licence":    {"provider.type": "public-body", "provider.name": "Institut public de météorologie", "conditions.specification": "cc-by-sa"},
	"english-prevails-french-provider":     {"prevailing_language": "en"},
	"share-alike-paid":                     {"conditions.access": "share-alike", "pricing.model": "paid"},
	"contributions-published-by-processor": {"contributions.published": "true", "personal_data.processed": "true", "personal_data.role": "processor"},
	"processing-service-controller":        {"data_act.processing_service": "true", "personal_data.processed": "true", "personal_data.role": "controller"},
	"health-data-outside-eea": {"personal_data.processed": "true", "personal_data.special": "true", "personal_data.special_categories": "données concernant la santé (motif du rendez-vous)",
		"personal_data.health": "true", "personal_data.transfers": "safeguards"},
	"checked-reviews-by-processor": {"contributions.published": "true", "personal_data.processed": "true", "personal_data.role": "processor", "contributions.reviews": "true",
		"contributions.reviews_use_checked": "true", "contributions.reviews_check": "seuls les clients ayant réservé peuvent donner un avis"},
	"address-in-france-abroad":  {"provider.country": "BE", "provider.registration": "BCE 0123.456.789, RPM Bruxelles", "provider.vat_number": "BE0123456789"},
	"vat-franchise-with-number": {"pricing.model": "paid", "pricing.vat": "franchise"},
	"vat-outside-eu-with-number": {"pricing.model": "paid", "pricing.vat": "outside-eu", "provider.country": "US-NY", "provider.vat_number": "EU372012345",
		"provider.registration": establishments["US-NY"].registration, "provider.address": establishments["US-NY"].address, "provider.eu_representative": euRepresentative},
}

// overlay lays answers written as in an answers file over a set of
// answers, a translatable text taking the same text in every language.
func overlay(t *testing.T, k *Kind, base questionnaire.Values, answers map[string]string) questionnaire.Values {
	t.Helper()
	v := clone(base)
	for key, text := range answers {
		if key == questionnaire.LanguagesKey {
			v.SetLangs([]textfmt.Lang{textfmt.Lang(text)})
			continue
		}
		qq, ok := k.Questionnaire.Question(key)
		if !ok {
			t.Fatalf("no question %s", key)
		}
		x, m := qq.Convert(text)
		if m != nil {
			t.Fatalf("%s = %q: %s", key, text, m.ID)
		}
		switch {
		case x == nil:
			delete(v, key)
		case qq.Translatable:
			v[key] = questionnaire.Translated{textfmt.EN: text, textfmt.FR: text}
		default:
			v[key] = x
		}
	}
	return v
}

// broken lists the rules an answers set breaks.
func brokenRules(k *Kind, vals questionnaire.Values) []string {
	var out []string
	for _, p := range k.Questionnaire.Check(k.Questionnaire.Resolve(vals), testDay) {
		if !slices.Contains(out, p.Rule.ID) {
			out = append(out, p.Rule.ID)
		}
	}
	return out
}

// A rule's reason may offer only ways out that lead to better terms: each
// suggestion, applied to answers that break the rule, gives answers that
// no longer break it and break no rule of severity error, and terms that
// assemble in each of their languages and contradict nothing the walk's
// checks catch.
func TestAPITOSSuggestionsLeadToCoherentTerms(t *testing.T) {
	k, _ := Lookup("api-tos")
	base := exampleValues(t, k)
	for _, r := range k.Questionnaire.Rules {
		if len(r.Suggest) == 0 {
			continue
		}
		breaking, ok := apiTOSBreaking[r.ID]
		if !ok {
			t.Errorf("rule %s suggests ways out but has no answers that break it", r.ID)
			continue
		}
		vals := overlay(t, k, base, breaking)
		if errs := refusals(k, vals); !slices.Contains(brokenRules(k, vals), r.ID) || slices.ContainsFunc(errs, func(id string) bool { return id != r.ID }) {
			t.Errorf("rule %s: %v breaks %v, not it alone", r.ID, breaking, errs)
			continue
		}
		for i, s := range r.Suggest {
			fixed := overlay(t, k, vals, s)
			what := r.ID + " suggestion " + describe(k, fixed)
			if slices.Contains(brokenRules(k, fixed), r.ID) {
				t.Errorf("%s: the rule still breaks", what)
			}
			if errs := refusals(k, fixed); len(errs) > 0 {
				t.Errorf("%s (suggestion %d): the answers are refused: %v", r.ID, i+1, errs)
				continue
			}
			for _, l := range fixed.Langs() {
				doc, err := k.Assemble(fixed, l, Final)
				if err != nil {
					t.Fatalf("%s %s: %v", l, what, err)
				}
				what := string(l) + " " + what
				checkClean(t, string(markdown.Render(doc)), what)
				checkAPITOSOptions(t, k, doc, fixed, what)
				checkAPITOSTimeLimits(t, doc, k.Questionnaire.Resolve(fixed), what)
				checkNoDrafterNote(t, doc, what)
				checkAPITOSClasses(t, k, doc, fixed, what)
			}
		}
	}
}
