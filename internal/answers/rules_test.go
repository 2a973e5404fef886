package answers_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// today is the day of generation the rules are checked against, so that
// the tests do not depend on the clock.
var today = time.Date(2026, 12, 1, 15, 30, 0, 0, time.Local)

// ruleCases break each consistency rule of each kind, starting from the
// answers that init --example writes; want lists the rules that must then
// break, and no other.
var ruleCases = []struct {
	kind    string
	answers map[string]string // key: answer as written; "a,b" for several options
	want    []string
	warning bool     // whether want are warnings rather than errors
	also    []string // warnings that the same answers also break
}{
	{"api-tos", map[string]string{"effective_date": "2026-11-30"}, []string{"effective-date-past"}, true, nil},
	{"api-tos", map[string]string{"change.notice_months": "9", "change.deprecation_months": "12", "term.termination_notice_months": "6"},
		[]string{"termination-notice-shorter-than-change-notice"}, false, nil},
	{"api-tos", map[string]string{"change.notice_months": "18", "change.deprecation_months": "12", "term.termination_notice_months": "18"},
		[]string{"deprecation-shorter-than-change-notice"}, false, nil},
	// A deprecated version kept far longer than the closure notice makes
	// that notice illusory; twice as long is still a fair balance.
	{"api-tos", map[string]string{"change.deprecation_months": "60", "term.termination_notice_months": "12"},
		[]string{"deprecation-far-beyond-closure-notice"}, true, nil},
	{"api-tos", map[string]string{"conditions.output": "non-commercial"}, []string{"public-domain-data-non-commercial"}, false, nil},
	{"api-tos", map[string]string{"conditions.output": "no-direct-competition"}, []string{"public-domain-data-no-competition"}, true, nil},
	{"api-tos", map[string]string{"conditions.data": "open-data-licence", "conditions.output": "non-commercial", "data.bulk_url": ""},
		[]string{"open-data-licence-non-commercial", "odbl-derived-non-commercial"}, true, nil},
	{"api-tos", map[string]string{"conditions.data": "open-data-licence", "conditions.output": "non-commercial"},
		[]string{"open-data-licence-non-commercial-download", "odbl-derived-non-commercial"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.regulated": "true", "provider.insurance.cover": ""},
		[]string{"professional-insurance-cover-missing"}, false, []string{"regulated-profession-activity"}},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.regulated": "true"},
		[]string{"regulated-profession-activity"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.regulated": "true",
		"personal_data.role": "both", "personal_data.controller_categories": "adresses IP", "personal_data.categories": "adresses IP et revenus déclarés des foyers simulés"},
		[]string{"professional-secrecy-own-purposes", "regulated-profession-activity"}, true, []string{"processor-own-purposes"}},
	// A French legal person that publishes contributions names its
	// director of publication; a sole trader is that director by law.
	{"api-tos", map[string]string{"contributions.published": "true", "provider.publication_director": ""},
		[]string{"publication-director-missing"}, true, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	{"api-tos", map[string]string{"contributions.published": "true", "provider.publication_director": "Mme Claire Martin, présidente"},
		[]string{"contributions-online-platform", "contributions-published-by-processor"}, true, nil},
	// Whoever publishes an online service in France names its host
	// (LCEN, art. 6, III, 1, d)).
	{"api-tos", map[string]string{"contributions.published": "true", "provider.host": ""},
		[]string{"host-missing"}, true, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	// Paid access closed on less than eighteen months' notice may end
	// established commercial relationships abruptly (C. com., art. L. 442-1, II).
	{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "17"},
		[]string{"closure-notice-short-for-paid-access"}, true, []string{"data-act-switching"}},
	{"api-tos", map[string]string{"contributions.published": "true", "provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.publication_director": ""},
		[]string{"contributions-online-platform", "contributions-published-by-processor"}, true, nil},
	{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "term.cure_months": "1", "pricing.payment_cure_days": "45"},
		[]string{"payment-cure-longer-than-cure"}, true, []string{"data-act-switching"}},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.registration": "SIREN 123 456 782"},
		[]string{"sole-trader-register", "merchant-without-rcs"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.merchant": "false", "provider.registration": "RCS Rennes 123 456 782"},
		[]string{"rcs-not-merchant"}, true, nil},
	{"api-tos", map[string]string{"provider.country": "BE", "provider.legal_form": "société à responsabilité limitée (SRL)", "provider.share_capital": "5 000 euros", "provider.registration": "BCE 0123.456.789, RPM Bruxelles", "provider.address": "Rue de la Loi 1, 1000 Bruxelles, Belgique"},
		[]string{"belgian-company-without-capital"}, true, []string{"vat-number-of-another-state", "court-domestic-users", "court-abroad-french-law"}},
	{"api-tos", map[string]string{"personal_data.role": "controller", "personal_data.purposes": "répondre aux requêtes des utilisateurs"},
		[]string{"own-purpose-answering-requests", "location-data-dpo-dpia"}, true, nil},
	{"api-tos", map[string]string{"personal_data.categories": "données anonymes de trajets"},
		[]string{"personal-data-described-anonymous"}, true, nil},
	{"api-tos", map[string]string{"personal_data.returned": "l'adresse envoyée par l'Utilisateur, normalisée"},
		[]string{"returned-only-users-own"}, true, nil},
	{"api-tos", map[string]string{"personal_data.role": "both", "personal_data.controller_categories": "adresses IP anonymisées", "personal_data.categories": "adresses IP"},
		[]string{"own-personal-data-described-anonymous", "processor-own-purposes"}, true, nil},
	{"api-tos", map[string]string{"pricing.model": "paid", "provider.vat_number": "", "pricing.vat": "franchise", "audience": "business-and-consumers", "consumer.mediator_name": "CM2C", "consumer.mediator_url": "https://www.cm2c.net"},
		[]string{"small-business-exemption-consumers-other-states", "closure-notice-short-for-paid-access"}, true, []string{"data-act-switching"}},
	{"api-tos", map[string]string{"data_act.processing_service": "true", "personal_data.role": "both", "personal_data.controller_categories": "adresses IP", "personal_data.categories": "adresses IP"},
		[]string{"processing-service-cap-amount"}, true, []string{"processor-own-purposes"}},
	{"api-tos", map[string]string{"personal_data.role": "both", "personal_data.controller_categories": "adresses IP", "personal_data.categories": "adresses IP"},
		[]string{"processor-own-purposes"}, true, nil},
	{"api-tos", map[string]string{"conditions.data": "open-data-licence", "conditions.attribution": "none"},
		[]string{"open-data-licence-no-attribution"}, true, nil},
	{"api-tos", map[string]string{"liability.cap": "fees"}, []string{"fees-cap-free-access"}, false, nil},
	// No cap leaves the provider answerable for all direct and foreseeable
	// damage, loss of profit included (Civil Code, art. 1231-2, 1231-3).
	{"api-tos", map[string]string{"liability.cap": "none"}, []string{"liability-uncapped"}, true, nil},
	{"api-tos", map[string]string{"conditions.data": "open-data-licence", "data.licence.url": "https://creativecommons.org/licenses/by-nc-sa/4.0/"},
		[]string{"non-commercial-data-licence-commercial-use"}, false, nil},
	{"api-tos", map[string]string{"conditions.data": "open-data-licence", "conditions.output": "no-direct-competition",
		"data.licence.title": "Licence de réutilisation non commerciale"}, []string{"non-commercial-data-licence-title-commercial-use"}, false,
		[]string{"open-data-licence-no-competition"}},
	{"api-tos", map[string]string{"audience": "business-and-consumers", "languages": "en"}, []string{"consumers-without-french"}, false, nil},
	{"api-tos", map[string]string{"languages": "en"}, []string{"english-only-public-bodies"}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "BE", "provider.address": belgianAddress, "provider.vat_number": "BE0123456789"},
		[]string{"french-register-abroad"}, false, []string{}},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "BE", "provider.registration": "BCE 0123.456.789, RPM Bruxelles", "provider.vat_number": "BE0123456789"},
		[]string{"address-in-france-abroad"}, false, []string{}},
	{"api-tos", map[string]string{"provider.address": belgianAddress}, []string{"address-abroad-country-france"}, true, nil},
	// Luxembourg's register is the Registre de commerce et des sociétés
	// too: "RCS Luxembourg B…" is its own name, not the French register's.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "LU", "provider.registration": "RCS Luxembourg B 281 734",
		"provider.address": "15, rue Edward Steichen, L-2540 Luxembourg", "provider.vat_number": "LU31234567"}, []string{}, true, nil},
	// "Luxembourg" names the State as well as the city of its courts.
	{"api-tos", map[string]string{"provider.country": "LU", "provider.registration": "RCS Luxembourg B 281 734", "jurisdiction": "Luxembourg",
		"provider.address": "15, rue Edward Steichen, L-2540 Luxembourg", "provider.vat_number": "LU31234567"}, []string{"court-city-named-as-state", "court-domestic-users", "court-abroad-french-law"}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "LU", "provider.registration": "RCS Paris 123 456 782",
		"provider.address": "15, rue Edward Steichen, L-2540 Luxembourg", "provider.vat_number": "LU31234567"}, []string{"french-register-abroad"}, false, []string{}},
	{"api-tos", map[string]string{"provider.vat_number": "BE0123456789"}, []string{"vat-number-of-another-state"}, true, nil},
	{"api-tos", map[string]string{"provider.authorisation": "autorisation d'établissement n° 10123456/0 délivrée par le ministre de l'Économie (Luxembourg)"},
		[]string{"authorisation-of-another-state"}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "GR", "provider.registration": "GEMI 123456789000", "provider.address": "Ermou 1, 10563 Athina, Greece",
		"provider.vat_number": "GR123456789"}, []string{"vat-number-greece"}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.type": "organisation", "provider.country": "BE", "provider.address": belgianAddress,
		"provider.vat_number": "BE0123456789", "provider.identifier": "RNA W751234567"}, []string{"french-identifier-abroad"}, true, nil},
	// RA-19: the address of the terms and their earlier versions is not
	// that of one version.
	{"api-tos", map[string]string{"api.terms_url": "https://acme-meteo.example/legal/api-terms/1.0"}, []string{"terms-url-versioned"}, true, nil},
	{"api-tos", map[string]string{"api.terms_url": "https://acme-meteo.example/legal/api-terms/v2/"}, []string{"terms-url-versioned"}, true, nil},
	// RA-17: an association may sell services habitually only if its
	// statutes provide for it.
	{"api-tos", map[string]string{"provider.type": "organisation", "pricing.model": "paid", "term.termination_notice_months": "18"},
		[]string{"association-paid-statutes", "data-act-switching"}, true, nil},
	{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "", "pricing.vat": "outside-eu"},
		[]string{"vat-outside-eu-provider-in-eu"}, false, []string{"data-act-switching"}},
	{"api-tos", withAmericanProvider(map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "", "pricing.vat": "outside-eu",
		"audience": "business-and-consumers", "personal_data.processed": "false"}), []string{"vat-outside-eu-consumers"}, false, []string{"eu-representative-missing", "consumers-provider-abroad-language"}},
	{"api-tos", withAmericanProvider(map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "", "pricing.vat": "franchise",
		"personal_data.processed": "false"}),
		[]string{"small-business-exemption-outside-eu"}, false, []string{"eu-representative-missing"}},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI", "pricing.model": "paid", "term.termination_notice_months": "18",
		"provider.vat_number": "", "pricing.vat": "exempt"}, []string{"sole-trader-vat-exempt", "data-act-switching"}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "IN", "provider.registration": "Registrar of Companies, Mumbai, CIN U72900MH2020PTC123456",
		"provider.address": "1 Marine Drive, Mumbai 400020, India", "provider.vat_number": ""}, []string{"personal-data-provider-outside-eea"}, false,
		[]string{"eu-representative-missing"}},
	{"api-tos", withAmericanProvider(map[string]string{"provider.vat_number": "", "provider.eu_representative": euRepresentative}),
		[]string{"personal-data-provider-in-united-states"}, true, nil},
	{"api-tos", withAmericanProvider(map[string]string{"provider.vat_number": ""}), []string{"eu-representative-missing"}, true,
		[]string{"personal-data-provider-in-united-states"}},
	{"api-tos", map[string]string{"provider.eu_representative": euRepresentative}, []string{"eu-representative-in-eea"}, true, nil},
	{"api-tos", map[string]string{"personal_data.special": "true", "personal_data.role": "controller"}, []string{"special-categories-controller"}, false,
		[]string{"special-categories-of-data", "location-data-dpo-dpia"}},
	{"api-tos", map[string]string{"personal_data.special": "true", "personal_data.role": "both", "personal_data.purposes": "the training of models that detect cardiac arrhythmia"},
		[]string{"special-categories-own-purposes"}, true, []string{"special-categories-of-data", "location-own-purpose-data", "processor-own-purposes"}},
	{"api-tos", map[string]string{"personal_data.special": "true", "safety.critical": "true"}, []string{"medical-device-risk"}, true,
		[]string{"special-categories-of-data"}},
	{"api-tos", map[string]string{"provider.type": "public-body", "personal_data.role": "controller"}, []string{"open-licence-personal-data"}, true, []string{"public-body-specification-licence", "location-data-dpo-dpia"}},
	// The terms print the basis of a public task after « cette mission est
	// définie par »: it names a text, not the task.
	{"api-tos", map[string]string{"provider.type": "public-body", "provider.public_mission_basis": "la gestion du service municipal d'information touristique"},
		[]string{"public-mission-basis-names-a-text"}, true, []string{"public-body-specification-licence"}},
	{"api-tos", map[string]string{"contributions.published": "true", "conditions.data": "commercial", "data.commercial.url": "https://acme-meteo.example/legal/data-licence"},
		[]string{"contributions-commercial-data"}, true, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	{"api-tos", map[string]string{"provider.type": "public-body", "pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "", "pricing.vat": "exempt", "pricing.revenue_agency": "true"},
		[]string{"public-body-exempt-vat"}, true, []string{"public-body-paid", "public-body-specification-licence", "data-act-switching"}},
	// fxa3-1: high-value datasets under a commercial licence are refused,
	// under a share-alike licence warned of (reg. 2023/138, art. 4).
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "pricing.model": "paid", "term.termination_notice_months": "18",
		"pricing.high_value": "true", "conditions.data": "commercial", "data.commercial.url": "https://data.example/licence"},
		[]string{"public-body-high-value-commercial-data"}, false, []string{"public-body-paid", "public-body-commercial-data", "data-act-switching"}},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "pricing.model": "paid", "term.termination_notice_months": "18",
		"pricing.high_value": "true", "conditions.data": "open-data-licence", "data.licence.url": "https://opendatacommons.org/licenses/odbl/1-0/"},
		[]string{"public-body-high-value-restrictive-licence"}, true, []string{"public-body-paid", "data-act-switching"}},
	// Review M2 (fxm3): a commune running an administrative service is not
	// registered in the RCS; an EPIC or a company is.
	{"api-tos", map[string]string{"provider.type": "public-body", "provider.legal_form": "commune", "conditions.specification": "licence-ouverte"},
		[]string{"public-body-administrative-rcs"}, true, nil},
	// Review M (fxadm2): a public body under the small-business exemption.
	{"api-tos", map[string]string{"provider.type": "public-body", "pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "", "pricing.vat": "franchise", "pricing.revenue_agency": "true"},
		[]string{"public-body-vat-franchise"}, true, []string{"public-body-paid", "public-body-specification-licence", "data-act-switching"}},
	{"api-tos", map[string]string{"audience": "business-and-consumers", "consumer.mediator_url": "https://Acme-Meteo.example/mediation"},
		[]string{"mediator-not-independent"}, false, nil},
	{"api-tos", map[string]string{"governing_law": "BE"}, []string{"governing-law-not-french"}, false, nil},
	{"api-tos", map[string]string{"conditions.data": "open-data-licence", "conditions.output": "no-direct-competition"},
		[]string{"open-data-licence-no-competition"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin"}, []string{"sole-trader-without-ei"}, false, nil},
	{"api-tos", map[string]string{"prevailing_language": "en"}, []string{"english-prevails-public-bodies", "english-prevails-french-provider"}, true, nil},
	{"api-tos", map[string]string{"conditions.access": "share-alike", "pricing.model": "paid", "term.termination_notice_months": "18"}, []string{"share-alike-paid", "data-act-switching"}, true, nil},
	// Publishing what users send is the provider's own purpose, which a
	// processor cannot pursue (article 28(10) GDPR).
	{"api-tos", map[string]string{"contributions.published": "true", "personal_data.processed": "true", "personal_data.role": "processor"}, []string{"contributions-published-by-processor"}, true, []string{"contributions-online-platform"}},
	// A provider that publishes contributions as controller of its own
	// purposes is warned only of the duties of an online platform (DSA).
	{"api-tos", map[string]string{"contributions.published": "true", "personal_data.role": "both", "personal_data.controller_categories": "pseudonymes et photographies des contributeurs",
		"personal_data.categories": "pseudonymes et photographies des contributeurs"}, []string{"contributions-online-platform"}, true, []string{"processor-own-purposes"}},
	// Hosting what a customer stores is processing on its behalf
	// (article 4(8) GDPR), which a controller only has no terms for.
	{"api-tos", map[string]string{"data_act.processing_service": "true", "personal_data.role": "controller"}, []string{"processing-service-controller"}, true, []string{"location-data-dpo-dpia", "processing-service-cap-amount"}},
	// Outside the EEA, the authority is that of the representative's State,
	// which the clauses must name.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "CH", "provider.registration": "Registre du commerce de Genève, CHE-123.456.789",
		"provider.address": "Rue du Rhône 1, 1204 Genève, Suisse", "provider.vat_number": "CHE-123.456.789 TVA",
		"provider.eu_representative": euRepresentative, "personal_data.role": "both", "personal_data.authority": ""},
		[]string{"authority-outside-eea-missing"}, true, []string{"location-own-purpose-data", "processor-own-purposes"}},
	// A German legal person names its representatives (§ 5 DDG, § 35a GmbHG).
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789", "provider.representatives": ""},
		[]string{"representatives-germany-missing"}, false, []string{}},
	// Legal representatives are printed as written in every language:
	// words of one language would stay untranslated in the other.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789", "provider.representatives": "Anna Weber and Jonas Becker, managing directors"},
		[]string{"representatives-in-english"}, true, []string{}},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789", "provider.representatives": "Anna Weber et Jonas Becker, gérants"},
		[]string{"representatives-in-french"}, true, []string{}},
	// Germany has an authority for each Land: the clauses must name it.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789", "personal_data.role": "both",
		"personal_data.authority": ""}, []string{"authority-germany-missing"}, false, []string{"location-own-purpose-data", "processor-own-purposes"}},
	{"api-tos", map[string]string{"connection_data.retention_days": "0"}, []string{"no-connection-logs"}, true, nil},
	{"api-tos", map[string]string{"personal_data.special": "true"}, []string{"special-categories-of-data"}, true, nil},
	{"api-tos", map[string]string{"personal_data.retention_days": "3650"}, []string{"personal-data-retention-long"}, true, nil},
	{"api-tos", map[string]string{"personal_data.retention_days": "1000", "personal_data.role": "controller"}, []string{"personal-data-retention-long-controller"}, true, []string{"location-data-dpo-dpia"}},
	// A billing address is no location data.
	{"api-tos", map[string]string{"personal_data.retention_days": "1000", "personal_data.role": "controller",
		"personal_data.categories": "les nom, adresse électronique, adresse postale et coordonnées de facturation des Utilisateurs"},
		[]string{"personal-data-retention-long-controller"}, true, []string{"personal-data-account-details"}},
	{"api-tos", map[string]string{"connection_data.retention_days": "730"}, []string{"connection-logs-retention-long"}, true, nil},
	// Established elsewhere, a provider is bound by no French duty to
	// retain connection data: only the GDPR's storage limitation applies.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "connection_data.retention_days": "730", "provider.country": "BE", "provider.registration": "BCE 0123.456.789, RPM Bruxelles",
		"provider.address": belgianAddress, "provider.vat_number": "BE0123456789"}, []string{"connection-logs-retention-long-abroad"}, true, nil},
	// Location data processed for the provider's own purposes: a DPO may be
	// mandatory and an impact assessment likely, whatever the language.
	{"api-tos", map[string]string{"personal_data.role": "both", "personal_data.controller_categories": "", "personal_data.categories": "traces GPS et itinéraires prévus des Utilisateurs finaux"},
		[]string{"location-data-dpo-dpia"}, true, []string{"processor-own-purposes"}},
	{"api-tos", map[string]string{"personal_data.role": "controller", "personal_data.categories": "origin and destination of End Users' cycling trips"},
		[]string{"location-data-dpo-dpia"}, true, nil},
	{"api-tos", map[string]string{"personal_data.role": "both", "personal_data.controller_categories": "", "personal_data.categories": "géolocalisation des appareils"},
		[]string{"location-data-dpo-dpia"}, true, []string{"processor-own-purposes"}},
	// Number plates linked to parking times locate the drivers.
	{"api-tos", map[string]string{"personal_data.role": "both", "personal_data.controller_categories": "", "personal_data.categories": "numéros d'immatriculation et horaires de stationnement"},
		[]string{"location-data-dpo-dpia"}, true, []string{"processor-own-purposes"}},
	{"api-tos", map[string]string{"personal_data.role": "controller", "personal_data.categories": "vehicle number plates and the times they entered the car park"},
		[]string{"location-data-dpo-dpia"}, true, nil},
	// The position of a thing, such as a bicycle rack, locates no one.
	{"api-tos", map[string]string{"personal_data.role": "controller", "personal_data.categories": "pseudonyme du contributeur, photographie et position de l'arceau signalé, date"},
		nil, true, nil},
	{"api-tos", map[string]string{"personal_data.role": "controller", "personal_data.categories": "pseudonyme du contributeur et position des utilisateurs"},
		[]string{"location-data-dpo-dpia"}, true, nil},
	// A household's postal address is not the user's account or billing
	// details, even where the household's bill is estimated.
	{"api-tos", map[string]string{"personal_data.role": "processor", "personal_data.categories": "adresse postale du logement, surface et consommations passées des ménages dont la facture est estimée"},
		nil, true, nil},
	{"api-tos", map[string]string{"personal_data.role": "processor", "personal_data.categories": "adresses postales de facturation des utilisateurs"},
		[]string{"personal-data-account-details"}, true, nil},
	// Published reviews are the provider's own processing, never its
	// processor data.
	{"api-tos", map[string]string{"personal_data.role": "both", "contributions.published": "true", "personal_data.controller_categories": "pseudonymes et textes des avis", "personal_data.categories": "adresses IP ; pseudonymes et textes des avis sur les parkings"},
		[]string{"contributions-among-processor-data"}, true, []string{"contributions-online-platform", "processor-own-purposes"}},
	// A processor's data that name contributors, whom it publishes as
	// controller.
	{"api-tos", map[string]string{"personal_data.role": "processor", "contributions.published": "true", "personal_data.categories": "pseudonymes des contributeurs"},
		[]string{"processor-categories-contributions"}, true, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	// Reviews: a use check claimed but not described, or a check of
	// customers whose effect is not stated.
	{"api-tos", map[string]string{"contributions.published": "true", "contributions.reviews": "true", "contributions.reviews_use_checked": "true", "contributions.reviews_check": ""},
		[]string{"reviews-use-checked-undescribed"}, true, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	// RE-13: a French merchant that names no courts is told it may.
	{"api-tos", map[string]string{"jurisdiction": ""}, []string{"merchant-courts-unchosen"}, true, nil},
	// RE-2: a processor cannot check reviewers against its users' data.
	{"api-tos", map[string]string{"contributions.published": "true", "contributions.reviews": "true", "contributions.reviews_use_checked": "true", "contributions.reviews_check": "seuls les patients ayant honoré un rendez-vous réservé par l'API peuvent donner un avis"},
		[]string{"checked-reviews-by-processor"}, false, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	// RE4-1: with hosted health data and token-checked reviews, the data
	// named for the provider's own purposes must be the token alone.
	{"api-tos", map[string]string{"personal_data.processed": "true", "personal_data.role": "both", "personal_data.special": "true", "personal_data.special_categories": "données concernant la santé (motif du rendez-vous)", "personal_data.health": "true",
		"contributions.published": "true", "contributions.reviews": "true", "contributions.reviews_use_checked": "true", "contributions.reviews_check": "seuls les patients ayant bénéficié d'une téléconsultation peuvent donner un avis",
		"personal_data.controller_categories": "les avis et le jeton de vérification"},
		[]string{"health-review-token-own-data"}, true, []string{"contributions-online-platform", "processor-own-purposes", "special-categories-of-data"}},
	// RE-3: health data for care are hosted in the EEA only.
	{"api-tos", map[string]string{"personal_data.special": "true", "personal_data.special_categories": "données concernant la santé (motif du rendez-vous)", "personal_data.health": "true", "personal_data.transfers": "safeguards"},
		[]string{"health-data-outside-eea"}, false, []string{"special-categories-of-data"}},
	{"api-tos", map[string]string{"contributions.published": "true", "contributions.reviews": "true", "contributions.reviews_check": "seuls les clients ayant réservé peuvent donner un avis"},
		[]string{"reviews-use-check-unstated"}, true, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	// Own purposes on data named apart, which the API only receives for
	// publication: neither a reuse of the processor data, nor a location
	// kept for the provider's purposes, nor a contact purpose that a
	// 0-day retention would defeat (the contributors' contact details
	// are kept while their contribution is published).
	{"api-tos", map[string]string{"personal_data.role": "both", "contributions.published": "true", "personal_data.retention_days": "0",
		"personal_data.categories":            "position des Utilisateurs finaux",
		"personal_data.controller_categories": "pseudonyme, adresse électronique et photographies des contributeurs",
		"personal_data.purposes":              "la publication de la base de données ; la prise de contact avec les contributeurs"},
		[]string{"contributions-online-platform"}, true, nil},
	{"api-tos", map[string]string{"personal_data.role": "both", "personal_data.categories": "relevés des compteurs",
		"personal_data.controller_categories": "positions des contributeurs",
		"personal_data.purposes":              "la publication de la carte des contributions"},
		[]string{"location-own-purpose-data"}, true, nil},
	// Statistics and training draw on the processor data themselves.
	{"api-tos", map[string]string{"personal_data.role": "both", "personal_data.categories": "relevés des compteurs",
		"personal_data.controller_categories": "relevés des compteurs, rendus pseudonymes",
		"personal_data.purposes":              "l'entraînement des modèles de prévision"},
		[]string{"processor-own-purposes"}, true, nil},
	// Statistics, training or contact need the data after the answer.
	{"api-tos", map[string]string{"personal_data.role": "controller", "personal_data.retention_days": "0",
		"personal_data.categories": "relevés des compteurs"},
		[]string{"own-purposes-zero-retention"}, true, nil},
	{"api-tos", map[string]string{"personal_data.role": "both", "contributions.published": "true", "personal_data.retention_days": "0",
		"personal_data.categories":            "relevés des compteurs",
		"personal_data.controller_categories": "pseudonyme et adresse électronique des contributeurs",
		"personal_data.purposes":              "la publication des contributions ; des statistiques d'usage"},
		[]string{"own-purposes-zero-retention"}, true, []string{"contributions-online-platform", "processor-own-purposes"}},
	// "None" returned, while a cadastral reference linked to an owner is
	// personal data.
	{"api-tos", map[string]string{"personal_data.returned": "none: responses contain only the estimates and the building's cadastral reference"},
		[]string{"personal-data-returned-none"}, true, nil},
	{"api-tos", map[string]string{"personal_data.returned": "aucune"}, []string{"personal-data-returned-none"}, true, nil},
	// An API said to return no personal data prints no clauses for
	// returned data, which contributions published with their authors'
	// pseudonyms contradict.
	{"api-tos", map[string]string{"personal_data.returns": "false", "contributions.published": "true"},
		[]string{"personal-data-returns-contributions"}, false, []string{"contributions-online-platform", "contributions-published-by-processor"}},
	{"api-tos", map[string]string{"personal_data.categories": "home addresses and health conditions (asthma) of End Users"},
		[]string{"special-categories-undeclared"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "prevailing_language": "en"}, []string{"public-body-english-prevails"}, false, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "conditions.access": "restricted",
		"access.restrictions.title": "Politique d'accès aux données de contrôle"}, []string{"public-body-restricted-access"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "pricing.model": "paid", "term.termination_notice_months": "18", "pricing.revenue_agency": "true"}, []string{"public-body-paid"}, true, []string{"data-act-switching"}},
	// Under public accounting, a card taken at the order needs a revenue
	// agency (CGCT R. 1617-1 ff.).
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "pricing.model": "paid", "term.termination_notice_months": "18", "pricing.payment_methods": "card,transfer", "pricing.revenue_agency": "false"},
		[]string{"public-accounting-card-without-agency"}, true, []string{"public-body-paid", "data-act-switching"}},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "cc-by-sa"}, []string{"public-body-specification-licence"}, true, nil},
	// An EPIC is registered in the RCS (C. com., L. 123-1, I, 4°) and
	// shows it (R. 123-237).
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "provider.legal_form": "établissement public local à caractère industriel et commercial (EPIC)", "provider.registration": ""},
		[]string{"public-body-epic-registration"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "provider.legal_form": "établissement public local à caractère industriel et commercial (EPIC)", "provider.registration": "SIREN 200 012 342"},
		[]string{"public-body-epic-registration-register"}, true, nil},
	// A public-interest task rests on a basis laid down by law (art. 6(3)
	// GDPR).
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "personal_data.processed": "true", "personal_data.role": "controller", "provider.public_mission_basis": ""},
		[]string{"public-body-public-task-basis-missing"}, true, []string{"location-data-dpo-dpia", "open-licence-personal-data"}},
	{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "personal_data.retention_days": "0", "pricing.payment_methods": "card", "pricing.payment_days": "30"},
		[]string{"card-only-payment-period"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "pricing.model": "paid", "term.termination_notice_months": "18", "pricing.payment_methods": "card", "pricing.payment_days": "30", "pricing.revenue_agency": "false"},
		// and the payment period applies to the card then (the warning
		// on card-only periods stays silent).
		[]string{"public-accounting-card-without-agency"}, true, []string{"public-body-paid", "data-act-switching"}},
	{"api-tos", map[string]string{"liability.cap": "amount", "liability.cap_amount": "1000000"}, []string{"liability-cap-amount-high"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "conditions.access": "share-alike"},
		[]string{"public-body-share-alike"}, true, nil},
	// A free administrative public service is no trader (Consumer Code,
	// preliminary article): the consumer rules apply as granted.
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "provider.public_activity": "administrative", "pricing.model": "free",
		"audience": "business-and-consumers"}, []string{"public-body-administrative-consumers"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "pricing.model": "paid", "term.termination_notice_months": "18", "pricing.free_data_url": "", "pricing.revenue_agency": "true"},
		[]string{"public-body-paid-without-free-data"}, true, []string{"public-body-paid", "data-act-switching"}},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "IT", "provider.address": italianAddress, "provider.registration": italianRegister,
		"provider.vat_number": "IT12345678901", "audience": "business-and-consumers"},
		[]string{"consumers-provider-abroad-language", "consumer-language-italy"}, true, []string{"court-italy-specific-approval"}},
	// French law before the courts of the provider's own State must be
	// proved there as a foreign law; French courts apply it as their own.
	// Only the State the answer names tells them apart: a French city no
	// list would hold, such as Quimper, is named with « (France) ».
	{"api-tos", map[string]string{"provider.country": "ES", "provider.address": "Calle de Colón 22, 46004 Valencia, España",
		"provider.registration": "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "provider.vat_number": "ESB98765432", "jurisdiction": "Valencia (Espagne)"},
		[]string{"court-abroad-french-law"}, true, nil},
	{"api-tos", map[string]string{"provider.country": "ES", "provider.address": "Calle de Colón 22, 46004 Valencia, España",
		"provider.registration": "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "provider.vat_number": "ESB98765432", "jurisdiction": "Paris"},
		[]string{"court-abroad-french-law"}, true, nil},
	{"api-tos", map[string]string{"provider.country": "ES", "provider.address": "Calle de Colón 22, 46004 Valencia, España",
		"provider.registration": "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "provider.vat_number": "ESB98765432", "jurisdiction": "Quimper (France)"},
		nil, true, nil},
	{"api-tos", map[string]string{"provider.country": "ES", "provider.address": "Calle de Colón 22, 46004 Valencia, España",
		"provider.registration": "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "provider.vat_number": "ESB98765432", "jurisdiction": "Paris (France)"},
		nil, true, nil},
	// A Spanish provider's consumers are told of Castilian, not Italian.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "ES", "provider.address": "Calle de Colón 22, 46004 Valencia, España",
		"provider.registration": "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "provider.vat_number": "ESB98765432", "audience": "business-and-consumers"},
		[]string{"consumers-provider-abroad-language", "consumer-language-spain"}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "IT", "provider.address": italianAddress, "provider.registration": italianRegister,
		"provider.vat_number": "IT12345678901", "pricing.model": "paid", "term.termination_notice_months": "18"},
		[]string{"court-italy-specific-approval", "e-invoicing-italy"}, true, []string{"data-act-switching"}},
	// Spanish law voids a choice of court in adhesion contracts: the terms
	// reserve it for users established elsewhere, so no warning of it.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "ES", "provider.address": "Calle de Colón 22, 46004 Valencia, España",
		"provider.registration": "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432", "provider.vat_number": "ESB98765432", "pricing.model": "paid", "term.termination_notice_months": "18"},
		[]string{"e-invoicing-spain"}, true, []string{"data-act-switching"}},
	// A provider established in another Member State chooses its courts
	// under article 25 towards foreign users only: its own law governs the
	// clause towards domestic ones.
	{"api-tos", map[string]string{"jurisdiction": "Berlin (Allemagne)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789"}, []string{"court-domestic-users", "court-abroad-french-law"}, true, nil},
	// Courts in France: a dispute between two parties established in
	// Germany that chose them is international (CJEU, Inkreal, C-566/22),
	// so no warning on domestic users.
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789"}, []string{}, true, nil},
	// Nothing else is wrong with a German controller that names its Land's
	// authority, nor with a Belgian sole trader named without "EI".
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789", "personal_data.role": "controller",
		"personal_data.authority": "Berliner Beauftragte für Datenschutz und Informationsfreiheit", "personal_data.categories": "noms et adresses électroniques des titulaires de comptes"},
		[]string{}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.type": "individual", "provider.name": "Jeanne Martin", "provider.country": "BE",
		"provider.registration": "BCE 0123.456.789", "provider.address": belgianAddress, "provider.vat_number": "BE0123456789"}, []string{}, true, nil},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "governing_law": "FR", "provider.country": "DE", "provider.registration": "Handelsregister B, Amtsgericht Charlottenburg, HRB 123456",
		"provider.address": "Unter den Linden 1, 10117 Berlin, Deutschland", "provider.vat_number": "DE123456789", "pricing.model": "paid", "term.termination_notice_months": "18"},
		[]string{"e-invoicing-provider-abroad"}, true, []string{"data-act-switching"}},
	// A legal form glossed in both languages prints a foreign gloss in
	// each version (RT-8).
	{"api-tos", map[string]string{"provider.legal_form": "société par actions simplifiée (SAS / simplified joint-stock company)"}, []string{"legal-form-bilingual-gloss"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "languages": "en"}, []string{"public-body-without-french"}, false, []string{"english-only-public-bodies"}},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "conditions.data": "commercial", "data.commercial.url": "https://data.example/licence"},
		[]string{"public-body-commercial-data"}, true, nil},
	{"api-tos", map[string]string{"provider.type": "public-body", "conditions.specification": "licence-ouverte", "conditions.output": "no-direct-competition"},
		[]string{"public-body-output-restriction"}, true, []string{"public-domain-data-no-competition"}},

	{"charter", map[string]string{"effective_date": "2020-01-01"}, []string{"effective-date-past"}, true, nil},
	{"charter", map[string]string{"contribution.policy_url": ""}, []string{"contribution-policy-address-missing"}, true, nil},
	{"charter", map[string]string{"governing_law": "DE"}, []string{"french-legal-form-needs-french-law"}, false,
		[]string{"governing-law-not-french"}},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC", "exit.devolution": "foundation", "governing_law": "BE"},
		[]string{"french-legal-form-needs-french-law"}, false, []string{"governing-law-not-french"}},
	{"charter", map[string]string{"legal.vehicle": "de-facto-association", "governing_law": "CH", "economy.funding": "services", "membership.classes": "individuals"},
		[]string{"french-legal-form-needs-french-law"}, false, []string{"governing-law-not-french"}},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "governing_law": "DE"}, []string{"governing-law-not-french"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.entity_name": "Fondation du libre", "privacy.establishment": ""},
		[]string{"host-establishment-unknown"}, true, nil},
	{"charter", map[string]string{"licences.software": "BUSL-1.1"}, []string{"non-free-software-licence"}, false, nil},
	{"charter", map[string]string{"standards.formats": "IEC 61850 et GeoJSON"}, []string{"standards-paid-specification"}, true, nil},
	{"charter", map[string]string{"licences.data": "CC-BY-NC-SA-4.0"}, []string{"non-free-data-licence"}, false, nil},
	// A licence answered for a type of resource not ticked is not used:
	// a warning, and not the error on a non-free licence, which no
	// document prints.
	{"charter", map[string]string{"licences.hardware": "BUSL-1.1"}, []string{"hardware-licence-without-hardware"}, true, nil},
	{"charter", map[string]string{"commons.resources": "data,content", "licences.software": "GPL-3.0-or-later"}, []string{"software-licence-without-software"}, true, []string{"software-in-mission-not-a-resource"}},
	{"charter", map[string]string{"commons.resources": "software,content", "licences.data": "CC-BY-4.0"}, []string{"data-licence-without-data"}, true, []string{"data-in-mission-not-a-resource"}},
	{"charter", map[string]string{"licences.content": "cc-by-nd-4.0"}, []string{"non-free-content-licence"}, false, nil},
	{"charter", map[string]string{"commons.resources": "hardware", "commons.mission": "Développer des logiciels et des conceptions de matériel libres pour l'entretien des sentiers", "licences.hardware": "PolyForm-Noncommercial-1.0.0"},
		[]string{"non-free-hardware-licence"}, false, []string{"software-in-mission-not-a-resource"}},
	{"charter", map[string]string{"values.shared": "openness,transparency", "economy.public_accounts": "false"},
		[]string{"transparency-value-private-accounts"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "none", "economy.funding": "donations,grants", "membership.classes": "individuals"},
		[]string{"grants-without-legal-personality", "donations-without-legal-personality"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "de-facto-association", "economy.funding": "sponsorship", "membership.classes": "individuals"},
		[]string{"sponsorship-without-legal-personality"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "de-facto-association", "economy.funding": "services"},
		[]string{"public-body-member-without-legal-personality"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC"}, []string{"scic-devolution-to-commons"}, true, nil},
	{"charter", map[string]string{"commons.resources": "software,data", "commons.mission": "Publier des courbes de charge des ménages participants, agrégées"},
		[]string{"data-about-people-in-mission"}, true, nil},
	{"charter", map[string]string{"commons.resources": "software,standard,content", "commons.mission": "Publier une base de données ouverte des sentiers de randonnée", "licences.content": "etalab-2.0"},
		[]string{"data-in-mission-not-a-resource"}, true, nil},
	// Specifications under a share-alike content licence: implementers who
	// reuse a schema or an example must share their adaptation.
	{"charter", map[string]string{"commons.resources": "software,standard,content", "commons.mission": "Écrire et tenir à jour un format ouvert d’itinéraires de randonnée", "licences.content": "CC-BY-SA-4.0", "membership.classes": "individuals"},
		[]string{"standard-share-alike-content"}, true, nil},
	// French public bodies may join, and the specifications' licence is off
	// the list they may use without approval.
	{"charter", map[string]string{"commons.resources": "software,standard,content", "commons.mission": "Écrire et tenir à jour un format ouvert d’itinéraires de randonnée", "licences.content": "CC-BY-4.0", "membership.classes": "individuals,public-bodies"},
		[]string{"standard-content-licence-off-public-list"}, true, nil},
	// A Belgian host collecting fees or selling services to Members who are
	// not its own members: VAT and corporate tax are to be settled.
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.entity_name": "Mobilité pour tous ASBL", "governing_law": "BE", "economy.funding": "membership-fees, services"},
		[]string{"belgian-host-fees-and-services-tax"}, true, []string{"governing-law-not-french"}},
	// RH-1: measurements from devices in people's homes, but no data
	// resource: the charter would set no licence for them and name no
	// holder of the database right.
	{"charter", map[string]string{"commons.resources": "software,content", "commons.personal_data": "true", "commons.device_data": "true"},
		[]string{"device-data-without-data"}, false, []string{"data-in-mission-not-a-resource"}},
	{"charter", map[string]string{"commons.resources": "data", "commons.scope": "Household smart meter readings from the member cooperatives"},
		[]string{"data-about-people-in-scope"}, true, []string{"software-in-mission-not-a-resource"}},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC", "exit.beneficiary": "Association Les Communs"}, []string{"scic-devolution-to-named-non-cooperative"}, true, []string{"beneficiary-not-identified"}},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC", "exit.devolution": "foundation", "economy.reciprocity": "members-commit"},
		[]string{"scic-reciprocity-outside-statutes"}, true, nil},
	// Members of a company are bound beyond its statutes by no undertaking
	// of the charter, not to patent their hardware contributions either.
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC", "exit.devolution": "foundation", "commons.resources": "software,hardware", "commons.mission": "Développer des logiciels et des conceptions de matériel libres pour l'entretien des sentiers"},
		[]string{"scic-patent-undertaking-outside-statutes"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "scic", "exit.devolution": "foundation"}, []string{"scic-named-as-another-form"}, true, nil},
	// A SARL has at most one hundred members (C. com. L. 223-3): whether the
	// commons will outgrow it is a fact the tool does not know.
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC", "exit.devolution": "foundation", "legal.company_form": "sarl"},
		[]string{"scic-sarl-hundred-members"}, true, nil},
	// A beneficiary named in advance must have the purpose the devolution
	// clause requires, which only its statutes tell.
	{"charter", map[string]string{"exit.devolution": "foundation", "exit.beneficiary": "Fonds de dotation Biodiversité cultivée"},
		[]string{"named-beneficiary-purpose"}, true, []string{"beneficiary-not-identified"}},
	// RI2-6: a beneficiary named without seat or registration number.
	{"charter", map[string]string{"exit.devolution": "commons", "exit.beneficiary": "Association Eau Libre"},
		[]string{"beneficiary-not-identified"}, true, nil},
	{"charter", map[string]string{"exit.devolution": "foundation", "exit.beneficiary": "Fonds de dotation Biodiversité cultivée, siège 1 rue X, 69001 Lyon"},
		[]string{"named-beneficiary-purpose"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC", "exit.devolution": "foundation", "membership.classes": "companies,non-profits"},
		[]string{"scic-without-individuals"}, true, nil},
	{"charter", map[string]string{"legal.entity_name": "Sentiers en commun SAS"}, []string{"association-named-as-another-form"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "association", "legal.entity_name": "Fondation du libre"},
		[]string{"host-named-as-another-form"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.entity_name": "Association du libre"},
		[]string{"foundation-host-named-as-another-form"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "licences.content": "etalab-2.0"},
		[]string{"public-body-devolution-to-private-person", "public-body-named-as-private-person"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
		"prevailing_language": "en"}, []string{"public-body-english-prevails"}, false, nil},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
		"languages": "en"}, []string{"public-body-without-french"}, false, nil},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
		"licences.software": "AGPL-3.0-or-later"}, []string{"public-body-unlisted-software-licence"}, true, []string{"devolution-to-public-body-unlisted-software-licence"}},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
		"licences.data": "CC-BY-4.0"}, []string{"public-body-unlisted-data-licence"}, true, []string{"devolution-to-public-body-unlisted-data-licence"}},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body"},
		[]string{"public-body-unlisted-content-licence"}, true, []string{"devolution-to-public-body-unlisted-content-licence"}},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
		"commons.resources": "software,hardware", "commons.mission": "Développer des logiciels et des conceptions de matériel libres pour l'entretien des sentiers"}, []string{"public-body-unlisted-hardware-licence"}, true, []string{"devolution-to-public-body-unlisted-hardware-licence"}},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC", "exit.devolution": "public-body"}, []string{"scic-devolution-to-public-body"}, true,
		[]string{"devolution-to-public-body-unlisted-content-licence"}},
	// A French public body must apply the RGAA, the RGI and the RGS.
	{"charter", map[string]string{"legal.vehicle": "public-body", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0", "licences.software": "CECILL-2.1", "prevailing_language": "fr"},
		[]string{"french-public-body-without-public-frameworks"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "foundation", "licences.content": "etalab-2.0"},
		[]string{"public-body-devolution-to-private-person"}, true, nil},
	{"charter", map[string]string{"decisions.conduct": "lazy-consensus"}, []string{"sanctions-by-lazy-consensus"}, true, nil},
	{"charter", map[string]string{"decisions.conduct": "default"}, []string{"sanctions-by-default-lazy-consensus"}, true, nil},
	{"charter", map[string]string{"membership.admission": "approval", "decisions.membership": "consent"}, []string{"admission-on-approval-by-consensus"}, true, nil},
	{"charter", map[string]string{"membership.admission": "approval", "governance.default_rule": "consensus"},
		[]string{"admission-on-approval-by-default-consensus"}, true, nil},
	{"charter", map[string]string{"decisions.licence": "lazy-consensus"}, []string{"licence-change-by-lazy-consensus"}, true, nil},
	{"charter", map[string]string{"decisions.licence": "two-thirds", "amendment.rule": "three-quarters"}, []string{"licence-rule-absorbed"}, true, nil},
	{"charter", map[string]string{"decisions.licence": "majority", "amendment.rule": "two-thirds"}, []string{"licence-majority-absorbed"}, true, nil},
	{"charter", map[string]string{"decisions.licence": "consent", "amendment.rule": "consensus"}, []string{"licence-rule-absorbed-by-consensus"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "de-facto-association", "privacy.controller": "Camille Martin, 3 rue des Lilas"}, []string{"privacy-controller-address"}, true, []string{"grants-without-legal-personality", "donations-without-legal-personality", "public-body-member-without-legal-personality"}},
	{"charter", map[string]string{"decisions.licence": "default"}, []string{"licence-change-by-default-lazy-consensus"}, true, nil},
	{"charter", map[string]string{"conduct.contact": "Contact@Sentiers-en-commun.example"},
		[]string{"conduct-contact-is-general-contact"}, true, nil},
	{"charter", map[string]string{"decisions.membership": "lazy-consensus"}, []string{"membership-by-lazy-consensus"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "governing_law": "FR", "exit.devolution": "public-body"}, []string{"endowment-fund-devolution-to-public-body"}, true,
		[]string{"endowment-fund-public-money", "endowment-fund-membership-fees", "devolution-to-public-body-unlisted-content-licence", "foundation-host-named-as-another-form"}},
	{"charter", map[string]string{"membership.admission": "contribution", "decisions.membership": "consent"}, []string{"membership-refusal-voted-whatever-the-rule"}, true, nil},
	{"charter", map[string]string{"membership.admission": "declaration", "decisions.membership": "default", "governance.default_rule": "consensus"}, []string{"membership-refusal-voted-whatever-the-default-rule"}, true, nil},
	// Money is never spent by silence, whatever the rule chosen.
	{"charter", map[string]string{"decisions.budget": "lazy-consensus"}, []string{"budget-by-lazy-consensus"}, true, nil},
	{"charter", map[string]string{"decisions.budget": "default", "governance.default_rule": "lazy-consensus"}, []string{"budget-by-default-lazy-consensus"}, true, nil},
	// A corporate foundation may not appeal to public generosity (loi
	// n° 87-571, art. 19-8).
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": "corporate", "legal.entity_name": "Fondation d'entreprise Sentiers", "economy.funding": "donations,services"},
		[]string{"corporate-foundation-gifts"}, true, nil},
	// Nor are members' fees among its resources: only the price of services.
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": "corporate", "legal.entity_name": "Fondation d'entreprise Sentiers", "economy.funding": "membership-fees,services"},
		[]string{"corporate-foundation-fees"}, true, nil},
	// A research body cannot give up putting its inventions to use by a
	// vote on the charter (CPI L. 611-7; Research Code L. 112-1).
	{"charter", map[string]string{"membership.classes": "individuals, research", "commons.resources": "software, hardware", "commons.mission": "Développer des logiciels et des conceptions de matériel libres pour l'entretien des sentiers"},
		[]string{"research-members-patent-undertaking"}, true, nil},
	{"charter", map[string]string{"governance.quorum": "20", "governance.proxies": "5", "governance.steering": "false"}, []string{"low-quorum-many-proxies"}, true, nil},
	// The same proxies weigh more on a small steering committee, which the
	// statutes govern when it is the board of the legal entity.
	{"charter", map[string]string{"governance.quorum": "20", "governance.proxies": "3", "governance.steering": "true"},
		[]string{"low-quorum-many-proxies", "steering-committee-many-proxies"}, true, nil},
	{"charter", map[string]string{"governance.quorum": "50", "governance.proxies": "3", "governance.steering": "true"},
		[]string{"steering-committee-many-proxies"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "association", "legal.entity_name": "Association Sentiers en commun", "prevailing_language": "en"},
		[]string{"french-legal-form-english-prevails"}, true, nil},
	{"charter", map[string]string{"exit.devolution": "public-body", "licences.content": "etalab-2.0", "licences.software": "AGPL-3.0-or-later"},
		[]string{"devolution-to-public-body-unlisted-software-licence"}, true, nil},
	{"charter", map[string]string{"exit.devolution": "public-body", "licences.content": "etalab-2.0", "licences.data": "CC-BY-4.0"},
		[]string{"devolution-to-public-body-unlisted-data-licence"}, true, nil},
	{"charter", map[string]string{"exit.devolution": "public-body"}, []string{"devolution-to-public-body-unlisted-content-licence"}, true, nil},
	{"charter", map[string]string{"exit.devolution": "public-body", "licences.content": "etalab-2.0", "commons.resources": "software,hardware", "commons.mission": "Développer des logiciels et des conceptions de matériel libres pour l'entretien des sentiers"},
		[]string{"devolution-to-public-body-unlisted-hardware-licence"}, true, nil},

	{"contribution", map[string]string{"effective_date": "2026-11-30"}, []string{"effective-date-past"}, true, nil},
	{"contribution", map[string]string{"privacy.forge_operator": "Mythic Beasts Ltd (hosting of our forge)"}, []string{"forge-operator-not-a-name"}, true, nil},
	{"contribution", map[string]string{"security.url": "https://gitlab.com/sentiers-en-commun/sentiers/-/issues/new"},
		[]string{"security-form-is-public"}, false, nil},
	{"contribution", map[string]string{"privacy.forge_operator": "", "project.repository_url": "https://github.com/sentiers/sentiers",
		"security.url": "https://GitHub.com/sentiers/sentiers/issues/new/choose"}, []string{"security-form-is-public"}, false, nil},
	{"contribution", map[string]string{"privacy.forge_operator": "", "project.repository_url": "https://codeberg.org/sentiers/sentiers", "privacy.transfer": "eea",
		"security.url": "https://codeberg.org/sentiers/securite/issues"}, []string{"security-form-is-public"}, false, nil},
	{"contribution", map[string]string{"security.response_days": "20", "security.disclosure_days": "14"},
		[]string{"disclosure-before-acknowledgement"}, true, nil},
	{"contribution", map[string]string{"conduct.contact": "mainteneurs@sentiers-en-commun.example"},
		[]string{"conduct-contact-is-project-contact"}, true, nil},
	{"contribution", map[string]string{"ai_contributions": "ban", "contributors.sensitive_participants": "true"}, []string{"ai-ban-sensitive-participants"}, true, nil},
	{"contribution", map[string]string{"inbound": "fla", "project.licence": "SSPL-1.0"}, []string{"fla-non-free-licence"}, false, nil},
	{"contribution", map[string]string{"inbound": "fla", "project.docs_licence": "CC-BY-NC-4.0"}, []string{"fla-non-free-docs-licence"}, false, nil},
	{"contribution", map[string]string{"inbound": "cla", "cla.outbound": "fsf-osi", "project.licence": "Elastic-2.0"},
		[]string{"cla-free-promise-non-free-licence"}, false, nil},
	{"contribution", map[string]string{"inbound": "cla", "cla.outbound": "fsf-osi", "project.docs_licence": "CC-BY-ND-4.0"},
		[]string{"cla-free-promise-non-free-docs-licence"}, false, nil},
	{"contribution", map[string]string{"inbound": "fla", "licences.data": "CC-BY-NC-4.0"}, []string{"fla-non-free-data-licence"}, false, nil},
	{"contribution", map[string]string{"inbound": "assignment", "cla.outbound": "fsf-osi", "licences.data": "CC-BY-NC-SA-4.0"},
		[]string{"cla-free-promise-non-free-data-licence"}, false, nil},
	{"contribution", map[string]string{"inbound": "cla", "cla.outbound": "fsf-osi", "project.licence": "CC0-1.0"},
		[]string{"free-promise-code-licence-not-osi"}, false, nil},
	{"contribution", map[string]string{"inbound": "assignment", "cla.outbound": "none"}, []string{"exclusive-rights-without-commitment"}, false, nil},
	{"contribution", map[string]string{"inbound": "fla", "cla.outbound": "none"}, []string{"exclusive-rights-without-commitment"}, false, nil},
	{"contribution", map[string]string{"project.licence": "CC-BY-SA-4.0"}, []string{"code-under-content-licence"}, true, nil},
	{"contribution", map[string]string{"privacy.transfer": "eea"}, []string{"forge-abroad-said-in-eea"}, true, nil},
	{"contribution", map[string]string{"inbound": "assignment", "governing_law": "BE"},
		[]string{"assignment-under-foreign-law", "governing-law-not-french"}, true, nil},
	{"contribution", map[string]string{"inbound": "fla", "governing_law": "CH"}, []string{"governing-law-not-french"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "none"}, []string{"legal-person-without-vehicle"}, false, nil},
	{"contribution", map[string]string{"inbound": "assignment", "cla.outbound": "listed", "project.licence": "MIT"}, []string{"exclusive-rights-permissive-licence"}, true, nil},
	{"contribution", map[string]string{"inbound": "fla", "cla.outbound": "current"}, []string{"exclusive-rights-current-licences"}, true, nil},
	{"contribution", map[string]string{"jurisdiction": "Tribunal judiciaire de Grenoble"}, []string{"jurisdiction-names-a-court"}, false, []string{"jurisdiction-without-copyright-court"}},
	{"contribution", map[string]string{"jurisdiction": "les juridictions de Liège"}, []string{"jurisdiction-names-a-court"}, false, []string{"jurisdiction-without-copyright-court"}},
	{"contribution", map[string]string{"jurisdiction": "Nantes"}, []string{"jurisdiction-without-copyright-court"}, true, nil},
	// A city whose name holds "court" names no court, but has none for copyright.
	{"contribution", map[string]string{"jurisdiction": "Courtrai"}, []string{"jurisdiction-without-copyright-court"}, true, nil},
	{"contribution", map[string]string{"contributors.identity": "real-name", "inbound": "assignment", "agreement.url": "https://example.org/cession"},
		[]string{"real-name-with-agreement"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": "Fonds de dotation du libre", "economy.funding": "grants"},
		[]string{"endowment-fund-public-money"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "endowment-fund", "legal.entity_name": "Fonds de dotation du libre", "economy.funding": "donations,membership-fees"},
		[]string{"endowment-fund-membership-fees"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "legal.entity_name": "Ville de Sentiers", "licences.content": "etalab-2.0", "exit.devolution": "public-body", "economy.funding": "donations,membership-fees"},
		[]string{"public-body-membership-fees"}, true, nil},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "legal.entity_name": "Ville de Sentiers", "licences.content": "etalab-2.0", "exit.devolution": "public-body", "economy.funding": "grants,services"},
		[]string{"public-body-paid-services"}, true, nil},
	{"contribution", map[string]string{"privacy.forge_operator": "", "privacy.transfer": "scc", "project.repository_url": "https://codeberg.org/sentiers/sentiers"},
		[]string{"forge-in-eea-said-abroad"}, true, nil},
	// Standard contractual clauses frame a transfer outside the EEA only:
	// an operator established in the EEA signs an Article 28 contract.
	{"contribution", map[string]string{"privacy.transfer": "scc", "privacy.forge_operator": "Forge Hébergement GmbH"},
		[]string{"scc-with-operator-in-eea"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "prevailing_language": "en", "project.docs_licence": "etalab-2.0"},
		[]string{"public-body-english-prevails"}, false, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Liège", "prevailing_language": "en", "governing_law": "BE", "privacy.establishment": "BE"},
		[]string{"belgian-public-body-english-prevails"}, true, []string{"governing-law-not-french"}},
	{"contribution", map[string]string{"legal.vehicle": "scic"}, []string{"scic-named-as-another-form"}, true, []string{"company-without-registration", "company-without-cra-role"}},
	// A SCIC counts its employees among its members (loi 47-1775,
	// art. 19 septies); a French public body that receives the rights may
	// promise only the licences it may use (CRPA L. 323-2, D. 323-2-1).
	{"contribution", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun SCIC SAS", "contributors.allowed": "individuals, contractors",
		"legal.registration": "RCS Rennes 123 456 782", "security.cra_manufacturer": "true"},
		[]string{"employees-excluded-by-scic"}, true, nil},
	// A company's documents state its registration (C. com. R. 123-237),
	// and a company or cooperative that runs the project says its role
	// under the Cyber Resilience Act (art. 3(13) and (14)).
	{"contribution", map[string]string{"legal.vehicle": "company", "legal.entity_name": "Relevés du Rhône SAS", "security.cra_manufacturer": "true"},
		[]string{"company-without-registration"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "company", "legal.entity_name": "Relevés du Rhône SAS", "legal.registration": "RCS Lyon 123 456 782"},
		[]string{"company-without-cra-role"}, true, nil},
	// A cooperative is no non-profit host; a host's agreement is published.
	{"contribution", map[string]string{"legal.vehicle": "fiscal-host", "legal.entity_name": "Tiers-lieu numérique du Rhône SCOP SAS", "legal.agreement_url": "https://example.org/convention"},
		[]string{"host-named-as-a-company"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "fiscal-host", "legal.entity_name": "Fondation Sentiers", "project.charter_url": "", "legal.agreement_url": ""},
		[]string{"host-agreement-not-published"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "steward.name": "Ville de Sentiers",
		"inbound": "cla", "cla.outbound": "fsf-osi", "agreement.url": "https://example.org/accord", "project.docs_licence": "etalab-2.0"}, []string{"public-steward-free-licence-promise"}, true, nil},
	// A French public body licenses its public information only under the
	// licences of the decree's list (CRPA L. 323-2, D. 323-2-1), and is
	// identified by its SIREN number.
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "project.docs_licence": "etalab-2.0", "licences.data": "CC-BY-4.0"},
		[]string{"french-public-body-data-licence-off-list"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "project.docs_licence": "etalab-2.0", "licences.data": "CC-BY-4.0", "contributions.types": ""},
		[]string{"french-public-body-any-data-licence-off-list"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "project.docs_licence": "etalab-2.0", "licences.data": "CC-BY-4.0", "privacy.establishment": ""},
		[]string{"french-public-body-data-licence-off-list-by-law"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "project.docs_licence": "etalab-2.0", "licences.data": "CC-BY-4.0", "privacy.establishment": "", "contributions.types": ""},
		[]string{"french-public-body-any-data-licence-off-list-by-law"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers"},
		[]string{"french-public-body-docs-licence-off-list"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "privacy.establishment": ""},
		[]string{"french-public-body-docs-licence-off-list-by-law"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Université de Sentiers", "legal.public_form": "university", "project.docs_licence": "etalab-2.0"},
		[]string{"french-public-body-without-siren"}, true, nil},
	{"contribution", map[string]string{"legal.vehicle": "company"}, []string{"company-named-as-another-form"}, true, []string{"company-without-registration", "company-without-cra-role"}},
	// An address for personal data named after a data protection officer
	// that no vehicle but a public body must designate (RG-22).
	{"charter", map[string]string{"privacy.contact": "dpo@sentiers-en-commun.example"}, []string{"privacy-contact-named-dpo"}, true, nil},
	{"contribution", map[string]string{"privacy.contact": "dpo@sentiers-en-commun.example"}, []string{"privacy-contact-named-dpo"}, true, nil},
	// Hardware designs welcomed in a project said to have none, and a
	// project with hardware designs that does not welcome them.
	{"contribution", map[string]string{"contributions.types": "code, hardware"}, []string{"hardware-contributions-without-hardware"}, false, nil},
	{"contribution", map[string]string{"contributions.types": "code, documentation", "project.hardware": "true"}, []string{"hardware-designs-not-welcomed"}, true, nil},
	{"contribution", map[string]string{"legal.entity_name": "Sentiers en commun SAS"}, []string{"association-named-as-another-form"}, true, nil},
	{"contribution", map[string]string{"project.licence": "CECILL-2.1", "jurisdiction": "Lyon"}, []string{"cecill-courts-other-than-paris"}, true, nil},
	{"contribution", map[string]string{"project.licence": "CECILL-B", "governing_law": "BE"},
		[]string{"cecill-law-other-than-french", "governing-law-not-french"}, true, nil},
	{"contribution", map[string]string{"security.cra_steward": "true", "security.cra_manufacturer": "true"},
		[]string{"cra-steward-and-manufacturer"}, false, nil},
	{"contribution", map[string]string{"security.cra_steward": "true", "legal.entity_name": "", "legal.vehicle": "none"},
		[]string{"cra-steward-without-legal-person"}, true, nil},
	{"contribution", map[string]string{"security.cra_manufacturer": "true", "security.support_years": "3"},
		[]string{"cra-support-period-under-five-years"}, true, nil},
	{"contribution", map[string]string{"security.cra_manufacturer": "true", "privacy.establishment": "CH"},
		[]string{"cra-manufacturer-outside-union"}, true, nil},
	{"contribution", map[string]string{"inbound": "dco", "patents.grant": "true", "project.licence": "Apache-2.0"},
		[]string{"patent-licence-already-in-the-licence"}, true, nil},
	{"contribution", map[string]string{"prevailing_language": "en", "privacy.establishment": "FR"}, []string{"french-steward-english-prevails"}, true, nil},
	{"contribution", map[string]string{"privacy.establishment": "BE", "legal.registration": "BCE 0712.345.678"}, []string{"belgian-registration-without-rpm"}, true, nil},
	// A French association or foundation is identified by its RNA or SIREN
	// number, not by the publication of its authorisation.
	{"contribution", map[string]string{"legal.entity_name": "Association Sentiers en commun", "privacy.establishment": "FR", "legal.vehicle": "association", "legal.registration": "Préfecture du Rhône, JO Associations n° 20270012"},
		[]string{"french-association-registration-not-siren-or-rna"}, true, nil},
	{"contribution", map[string]string{"legal.entity_name": "Fondation d'entreprise Avenir Métiers", "privacy.establishment": "FR", "legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.foundation_kind": "corporate",
		"legal.registration": "Préfecture du Rhône, JO Associations n° 20270012"}, []string{"french-host-registration-not-siren-or-rna"}, true, nil},
}

// linkedRuleCases break the rules that read whether the answers name a
// charter, the example answers of the kind naming the example charter.
var linkedRuleCases = []struct {
	kind    string
	answers map[string]string
	want    []string
}{
	{"contribution", map[string]string{"contributors.identity": "real-name"}, []string{"real-name-against-charter"}},
	// A court of its own, which a linked policy does not use: it takes
	// the charter's rule, so that one dispute has one forum.
	{"contribution", map[string]string{"jurisdiction": "Paris"}, []string{"jurisdiction-with-charter"}},
	// The charter's resources hold data, and no personal data by its
	// answer, while the policy admits the business data of sole traders.
	// Linked to a charter, an agreement is no reason for a second warning.
	{"contribution", map[string]string{"contributors.identity": "real-name", "inbound": "assignment", "agreement.url": "https://example.org/cession"},
		[]string{"real-name-against-charter"}},
	// The charter pays for work on the resources; the policy would refuse
	// the work of contractors, the commons' own among them.
	{"contribution", map[string]string{"contributors.allowed": "individuals, employees"}, []string{"contractors-excluded-against-charter", "public-agents-excluded-against-charter"}},
	// A charter that admits public or research bodies lets their agents
	// contribute; the policy would refuse them.
	{"contribution", map[string]string{"contributors.allowed": "individuals, employees, contractors"}, []string{"public-agents-excluded-against-charter"}},
	// A charter that admits companies and organisations credits their
	// employees' work; the policy would refuse it.
	{"contribution", map[string]string{"contributors.allowed": "individuals, public-agents, contractors"}, []string{"employees-excluded-against-charter"}},
	// The legal person markets the software, while the charter provides
	// for no paid services, the category its Assembly decides on first.
	{"contribution", map[string]string{"security.cra_manufacturer": "true"}, []string{"manufacturer-without-charter-services"}},
	// Generative AI banned in a commons that states inclusion or
	// non-discrimination among its values; with participants whose
	// disability contributing can reveal, the more precise warning alone.
	{"contribution", map[string]string{"ai_contributions": "ban", "charter:values.shared": "openness, inclusion"}, []string{"ai-ban-against-charter-inclusion"}},
	{"contribution", map[string]string{"ai_contributions": "ban", "charter:values.shared": "non-discrimination"}, []string{"ai-ban-against-charter-inclusion"}},
	{"contribution", map[string]string{"ai_contributions": "ban", "charter:values.shared": "inclusion", "charter:commons.sensitive_participants": "true"},
		[]string{"ai-ban-sensitive-participants"}},
	// A registration number for an entity the charter says is in formation.
	{"contribution", map[string]string{"legal.registration": "RNA W442001234"}, []string{"registration-of-an-entity-in-formation"}},
}

// consistentCases are near misses that must break no rule.
var consistentCases = []struct {
	kind    string
	answers map[string]string
}{
	{"api-tos", map[string]string{"effective_date": "2026-12-01"}}, // today is not past
	{"api-tos", map[string]string{"change.deprecation_months": "24", "term.termination_notice_months": "12"}},
	// A Belgian legal person's registration with the register of legal
	// persons and the enterprise court, as the law requires.
	{"contribution", map[string]string{"privacy.establishment": "BE", "legal.registration": "BCE 0712.345.678, RPM Liège, division Liège"}},
	// French registrations the policy prints with their register.
	{"contribution", map[string]string{"privacy.establishment": "FR", "legal.vehicle": "association", "legal.registration": "RNA W691234567"}},
	{"contribution", map[string]string{"privacy.establishment": "FR", "legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.registration": "123 456 782"}},
	// An API that keeps the personal data of requests only to answer them
	// stores nothing for its customers: no data processing service warning.
	{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "personal_data.retention_days": "0"}},
	// Card payments with a payment period of zero days: nothing to warn.
	{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "personal_data.retention_days": "0", "pricing.payment_methods": "card", "pricing.payment_days": "0"}},
	// A charter that answers that its resources hold personal data has the
	// article the warning asks for.
	{"charter", map[string]string{"commons.resources": "software,data", "commons.personal_data": "true", "commons.mission": "Publier des courbes de charge des ménages participants, agrégées"}},
	{"api-tos", map[string]string{"change.notice_months": "6", "term.termination_notice_months": "6", "change.deprecation_months": "12"}},
	{"api-tos", map[string]string{"conditions.data": "commercial", "conditions.output": "non-commercial", "conditions.attribution": "none"}},
	{"api-tos", map[string]string{"liability.cap": "fees", "pricing.model": "paid", "term.termination_notice_months": "18", "personal_data.role": "controller", "personal_data.categories": "IP addresses of End Users"}},
	// A processor's location data call for no warning of the provider's
	// own: the user, as controller, assesses its processing.
	{"api-tos", map[string]string{"personal_data.role": "processor", "personal_data.categories": "GPS tracks of End Users"}},
	// A provider that treats its API as a data processing service has the
	// switching clause, and no warning.
	{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "data_act.processing_service": "true", "liability.cap": "fees"}},
	{"api-tos", map[string]string{"audience": "business-and-consumers", "consumer.mediator_url": "https://www.mediateur-conso.example"}},
	{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI"}},
	{"api-tos", withAmericanProvider(map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "", "pricing.vat": "outside-eu",
		"personal_data.processed": "false", "provider.eu_representative": euRepresentative})},
	{"api-tos", map[string]string{"jurisdiction": "Paris (France)", "provider.country": "CH", "provider.registration": "Registre du commerce de Genève, CHE-123.456.789",
		"provider.address": "Rue du Rhône 1, 1204 Genève, Suisse", "provider.vat_number": "CHE-123.456.789 TVA",
		"provider.eu_representative": euRepresentative}}, // an adequate country
	{"api-tos", map[string]string{"provider.vat_number": "fr 12-123.456.789"}}, // written otherwise
	{"api-tos", map[string]string{"conditions.data": "open-data-licence", "conditions.output": "non-commercial",
		"data.licence.url": "https://creativecommons.org/licenses/by-nc/4.0/legalcode.fr"}}, // the licence and the terms agree
	{"charter", map[string]string{"legal.vehicle": "association", "governing_law": "fr"}},
	{"charter", map[string]string{"licences.content": "CC-BY-SA-4.0", "licences.data": "etalab-2.0", "licences.software": "AGPL-3.0-or-later"}},
	{"charter", map[string]string{"decisions.licence": "default", "governance.default_rule": "consent", "decisions.membership": "majority"}}, // RW-7: membership by default consent has its own warning
	{"charter", map[string]string{"legal.vehicle": "none", "economy.funding": "services", "membership.classes": "individuals,companies"}},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun", "exit.devolution": "foundation"}},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun", "exit.beneficiary": "Soleil commun SCIC SAS, 69001 Lyon"}}, // another cooperative
	{"charter", map[string]string{"commons.resources": "software", "commons.mission": "Publier des courbes de charge des ménages participants, agrégées"}},       // no data resource
	{"charter", map[string]string{"commons.resources": "data", "commons.mission": "Publish an open database of tide gauges and river levels"}},
	{"charter", map[string]string{"legal.vehicle": "scic", "legal.entity_name": "Sentiers en commun", "exit.beneficiary": "Coopérative Énergies partagées, 69002 Lyon"}},
	{"charter", map[string]string{"legal.vehicle": "fiscal-host", "legal.host_form": "foundation", "legal.entity_name": "Fondation du libre"}},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
		"licences.software": "CECILL-2.1", "prevailing_language": "fr"}},
	{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
		"languages": "fr"}},
	{"charter", map[string]string{"decisions.conduct": "default", "governance.default_rule": "majority"}},
	{"contribution", map[string]string{"privacy.forge_operator": "", "project.repository_url": "https://github.com/sentiers/sentiers",
		"security.url": "https://github.com/sentiers/sentiers/security/advisories/new"}},
	{"contribution", map[string]string{"security.url": "https://tickets.sentiers-en-commun.example/issues/new"}},
	{"contribution", map[string]string{"project.licence": "CECILL-2.1", "jurisdiction": "Paris"}},
	{"contribution", map[string]string{"security.cra_manufacturer": "true"}},
	{"contribution", map[string]string{"inbound": "inbound-outbound", "patents.grant": "true", "project.licence": "CECILL-2.1"}},
	{"contribution", map[string]string{"prevailing_language": "en", "privacy.establishment": "BE"}},
	{"contribution", map[string]string{"inbound": "cla", "cla.outbound": "none", "project.licence": "BUSL-1.1"}},
	{"contribution", map[string]string{"inbound": "dco", "project.docs_licence": "CC-BY-NC-4.0"}},
	{"contribution", map[string]string{"inbound": "fla", "cla.outbound": "fsf-osi", "project.licence": "EUPL-1.2", "licences.data": "ODbL-1.0"}},
	{"contribution", map[string]string{"inbound": "dco", "cla.outbound": "none", "project.licence": "CC0-1.0"}}, // no promise asked
	{"contribution", map[string]string{"legal.vehicle": "fiscal-host"}},
	{"contribution", map[string]string{"privacy.forge_operator": "", "privacy.transfer": "eea", "project.repository_url": "https://codeberg.org/sentiers/sentiers"}},
	{"contribution", map[string]string{"jurisdiction": "Rennes"}}, // a court for copyright under French law
	{"contribution", map[string]string{"privacy.transfer": "scc", "project.repository_url": "https://gitlab.sentiers.example/sentiers"}},
	{"contribution", map[string]string{"legal.vehicle": "public-body", "legal.entity_name": "Ville de Sentiers", "prevailing_language": "fr", "project.docs_licence": "etalab-2.0"}},
	{"contribution", map[string]string{"privacy.transfer": "eea", "project.repository_url": "https://gitlab.sentiers.example/sentiers"}},
	// Generative AI disclosed rather than banned, with contributors whose
	// disability contributing can reveal: nobody is turned away.
	{"contribution", map[string]string{"ai_contributions": "disclose", "contributors.sensitive_participants": "true"}},
	{"contribution", map[string]string{"ai_contributions": "ban", "contributors.sensitive_participants": "false"}},
	// Research bodies without hardware, or hardware without them: no
	// patent undertaking to warn about.
	{"charter", map[string]string{"membership.classes": "individuals, research", "commons.resources": "software, data"}},
	{"charter", map[string]string{"membership.classes": "individuals, non-profits", "commons.resources": "software, hardware", "commons.mission": "Développer des logiciels et des conceptions de matériel libres pour l'entretien des sentiers"}},
}

// euRepresentative is the representative in the Union of a provider
// established outside the European Economic Area.
const euRepresentative = "EU Rep Services SAS, 10 rue de la Paix, 75002 Paris, France, eu-rep@example.org"

// belgianAddress is where a provider established in Belgium is.
const belgianAddress = "Rue de la Loi 16, 1000 Bruxelles, Belgique"

const (
	italianAddress  = "Via Nizza 150, 10126 Torino, Italia"
	italianRegister = "Registro delle Imprese di Torino, REA TO-1234567"
)

// withAmericanProvider establishes the provider in New York, with the
// particulars of a business there.
func withAmericanProvider(answers map[string]string) map[string]string {
	answers["provider.country"] = "US-NY"
	answers["provider.registration"] = "New York Department of State, DOS ID 1234567"
	answers["provider.address"] = "350 Fifth Avenue, New York, NY 10118, United States"
	// Courts in France: neither proof of French law abroad nor domestic
	// users to warn of.
	if _, ok := answers["jurisdiction"]; !ok {
		answers["jurisdiction"] = "Paris (France)"
	}
	return answers
}

// exampleFile writes the answers init --example writes for a kind, with
// some answers replaced.
func exampleFile(t *testing.T, kind string, replace map[string]string) []byte {
	t.Helper()
	k, _ := templates.Lookup(kind)
	return encodeExample(t, k, k.Examples(), replace)
}

// linkedExample writes, in a folder of its own, the example charter and
// the example answers of a kind that name it, without the answers they
// take from it and with some answers replaced, and parses them.
func linkedExample(t *testing.T, kind string, replace map[string]string) (*answers.File, []answers.Issue) {
	t.Helper()
	dir := t.TempDir()
	// Keys that begin with CharterPrefix change the charter's answers.
	// The example charter lists data among its resources: the personal
	// data of sole traders that the policy admits must be declared.
	charter, own := map[string]string{"commons.personal_data": "true"}, map[string]string{}
	for key, text := range replace {
		if key, ok := strings.CutPrefix(key, questionnaire.CharterPrefix); ok {
			charter[key] = text
		} else {
			own[key] = text
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "charter.yaml"), exampleFile(t, "charter", charter), 0o644); err != nil {
		t.Fatal(err)
	}
	k, _ := templates.Lookup(kind)
	vals := k.Examples()
	for _, qq := range k.Questionnaire.Linked() {
		delete(vals, qq.Key)
	}
	// A linked policy takes the charter's forum: its own court is unused.
	delete(vals, "jurisdiction")
	vals.SetCharter("charter.yaml")
	path := filepath.Join(dir, kind+".yaml")
	return answers.ParseFile(path, encodeExample(t, k, vals, own), templates.Registry)
}

func encodeExample(t *testing.T, k *templates.Kind, vals questionnaire.Values, replace map[string]string) []byte {
	t.Helper()
	kind := k.ID
	for key, text := range replace {
		if key == questionnaire.LanguagesKey {
			vals.SetLangs([]textfmt.Lang{textfmt.Lang(text)})
			continue
		}
		qq, ok := k.Questionnaire.Question(key)
		if !ok {
			t.Fatalf("%s has no question %s", kind, key)
		}
		v, m := qq.Convert(text)
		if m != nil {
			t.Fatalf("%s = %q: %s", key, text, m.ID)
		}
		if qq.Translatable {
			v = questionnaire.Translated{textfmt.EN: text, textfmt.FR: text}
		}
		vals[key] = v
	}
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func broken(issues []answers.Issue) []string {
	var ids []string
	for _, i := range issues {
		if i.Rule != nil && !slices.Contains(ids, i.Rule.ID) {
			ids = append(ids, i.Rule.ID)
		}
	}
	return ids
}

func TestExamplesBreakNoRule(t *testing.T) {
	for _, k := range templates.All() {
		f, _ := answers.Parse(exampleFile(t, k.ID, nil), templates.Registry)
		if issues := f.Check(today); len(issues) > 0 {
			t.Errorf("%s: the example answers break %v", k.ID, broken(issues))
		}
	}
	for _, c := range consistentCases {
		f, _ := answers.Parse(exampleFile(t, c.kind, c.answers), templates.Registry)
		if issues := f.Check(today); len(issues) > 0 {
			t.Errorf("%s %v break %v", c.kind, c.answers, broken(issues))
		}
	}
}

// Each rule breaks for answers that contradict each other, with its
// severity, at the line of each answer it names, and with its reason.
func TestEachRuleBreaks(t *testing.T) {
	tested := map[string]bool{}
	for _, c := range ruleCases {
		data := exampleFile(t, c.kind, c.answers)
		f, parseIssues := answers.Parse(data, templates.Registry)
		if len(parseIssues) > 0 {
			t.Fatalf("%s %v: %+v", c.kind, c.answers, parseIssues[0])
		}
		issues := f.Check(today)
		if got := broken(issues); !slices.Equal(sorted(got), sorted(append(slices.Clone(c.want), c.also...))) {
			t.Errorf("%s %v break %v, want %v and %v", c.kind, c.answers, got, c.want, c.also)
			continue
		}
		for _, i := range issues {
			tested[c.kind+"/"+i.Rule.ID] = true
			want := c.warning || slices.Contains(c.also, i.Rule.ID)
			if i.Warning() != want || (i.Rule.Severity == questionnaire.SeverityWarning) != want {
				t.Errorf("%s/%s: warning = %v, want %v", c.kind, i.Rule.ID, i.Warning(), want)
			}
			if want := keyLine(t, data, i.Key); i.Line != want {
				t.Errorf("%s/%s: %s reported at line %d, want %d", c.kind, i.Rule.ID, i.Key, i.Line, want)
			}
			if i.Msg.ID != "value.rule" || i.Msg.Data["Reason"] == nil {
				t.Errorf("%s/%s: message %+v does not carry the reason", c.kind, i.Rule.ID, i.Msg)
			}
		}
		for _, field := range fieldsOf(t, c.kind, c.want) {
			if !slices.ContainsFunc(issues, func(i answers.Issue) bool { return i.Key == field }) {
				t.Errorf("%s %v: nothing reported under %s", c.kind, c.want, field)
			}
		}
	}
	for _, c := range linkedRuleCases {
		f, parseIssues := linkedExample(t, c.kind, c.answers)
		// A charter that the rule finds wanting may also be unable to
		// give an answer the policy takes from it: that gap is the
		// parser's to report, and the rule is what is tested here.
		parseIssues = slices.DeleteFunc(parseIssues, func(i answers.Issue) bool { return strings.HasPrefix(i.Msg.ID, "link.") })
		if len(parseIssues) > 0 {
			t.Fatalf("%s linked %v: %+v", c.kind, c.answers, parseIssues[0])
		}
		issues := f.Check(today)
		if got := broken(issues); !slices.Equal(sorted(got), sorted(c.want)) {
			t.Errorf("%s linked %v break %v, want %v", c.kind, c.answers, got, c.want)
			continue
		}
		for _, i := range issues {
			tested[c.kind+"/"+i.Rule.ID] = true
		}
	}
	for _, k := range templates.All() {
		for _, r := range k.Questionnaire.Rules {
			if !tested[k.ID+"/"+r.ID] {
				t.Errorf("rule %s/%s has no test that breaks it", k.ID, r.ID)
			}
		}
	}
}

func sorted(ids []string) []string {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

func fieldsOf(t *testing.T, kind string, ids []string) []string {
	k, _ := templates.Lookup(kind)
	var out []string
	for _, r := range k.Questionnaire.Rules {
		if slices.Contains(ids, r.ID) {
			out = append(out, r.Fields...)
		}
	}
	return out
}

// keyLine finds, by reading the file's indentation, the line where a
// nested key such as "change.notice_months" is written under answers.
func keyLine(t *testing.T, data []byte, key string) int {
	t.Helper()
	path := append([]string{"answers"}, strings.Split(key, ".")...)
	depth := 0
	for n, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, strings.Repeat("  ", depth)+path[depth]+":") {
			if depth++; depth == len(path) {
				return n + 1
			}
		}
	}
	t.Fatalf("%s is not written in the file", key)
	return 0
}
