package templates

import (
	"fmt"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RN-3: the results that the API computes from the User's own data for
// that User alone are User Content, not Data, for every data option: no
// licence of the Data and no attribution reaches them; only the
// Provider's data that they reproduce (a scale, a rate) remain Data.
func TestFx4nResultsAreUserContent(t *testing.T) {
	results := apiTOSPhrase{
		textfmt.EN: "and the results that the API computes from those data and returns to that User alone, except the Provider's data that those results reproduce",
		textfmt.FR: "ainsi que les résultats que l'API calcule à partir de ces données et ne renvoie qu'à lui, à l'exception des données du Fournisseur que ces résultats reproduisent",
	}
	// RS2-13: the rule sits in 7.1, no longer in the definition.
	noClaim := apiTOSPhrase{textfmt.EN: "and the Provider claims no right in the results that the API computes for the User.", textfmt.FR: "et le Fournisseur ne revendique aucun droit sur les résultats que l'API calcule pour l'Utilisateur."}
	oldData := apiTOSPhrase{textfmt.EN: "the results that the API computes from the User's data are therefore Data", textfmt.FR: "sont ainsi des Données les résultats que l'API calcule"}
	for _, data := range []string{"open-reuse", "open-data-licence", "commercial"} {
		checkPhrases(t, data, func(v questionnaire.Values) {
			v["conditions.data"] = data
		}, map[string]phraseWant{
			"results are User Content": {results, "definitions", true},
			"no claim":                 {noClaim, "outputs-no-claim", true},
			"results no longer Data":   {oldData, "definitions", false},
		})
	}
}

// RN-6: a regulated provider states that the API is not an act of its
// profession and does not make the User its client, and that naming its
// insurer is no statement of cover; nothing of the kind otherwise.
func TestFx4nRegulatedProfessionNotAnEngagement(t *testing.T) {
	notAct := apiTOSPhrase{
		textfmt.EN: "Providing it is not part of the practice of the Provider's regulated profession: it is neither an engagement, nor a consultation, nor any other act of that profession, and it does not make the User a client of the Provider in that profession.",
		textfmt.FR: "Sa fourniture ne relève pas de l'exercice de la profession réglementée du Fournisseur : elle ne constitue ni une mission, ni une consultation, ni aucun autre acte de cette profession, et ne fait pas de l'Utilisateur un client du Fournisseur au titre de cette profession.",
	}
	rules := apiTOSPhrase{
		textfmt.EN: "made on the conditions laid down by the rules that govern it, namely: Code of professional conduct of architects (decree no",
		textfmt.FR: "conclu dans les conditions que prévoient les règles qui la régissent, à savoir : Code des devoirs professionnels des architectes (décret n",
	}
	cover := apiTOSPhrase{
		textfmt.EN: "is not a statement that that insurance covers the provision of the API.",
		textfmt.FR: "ne vaut pas déclaration que cette assurance couvre la fourniture de l'API.",
	}
	for _, c := range []struct {
		name               string
		regulated, insurer bool
	}{{"not regulated", false, false}, {"regulated, insured", true, true}, {"regulated, no insurer", true, false}} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["provider.regulated"] = c.regulated
			if !c.insurer {
				delete(v, "provider.insurance.insurer")
				delete(v, "provider.insurance.cover")
			}
		}, map[string]phraseWant{
			"not an act":  {notAct, "scope-purpose", c.regulated},
			"rules named": {rules, "scope-purpose", c.regulated},
			"cover":       {cover, "scope-purpose", c.insurer},
		})
	}
}

// RN-1: with non-commercial output and free access, the Summary and
// article 2.5 say that a business may use the API for its activity only
// under the separate agreement; not with paid access, which covers
// internal use, nor with another output option.
func TestFx4nNonCommercialBusinessUse(t *testing.T) {
	sum := apiTOSPhrase{
		textfmt.EN: "Except to develop and test Applications, a business may use the API for the needs of its activity only under the separate agreement provided for in",
		textfmt.FR: "Hors développement et essai d'Applications, une entreprise ne peut utiliser l'API pour les besoins de son activité qu'en vertu de l'accord distinct prévu à l'",
	}
	users := apiTOSPhrase{
		textfmt.EN: "Opening the API to professionals does not authorise them to use it, except to develop and test Applications, for the needs of a business's economic activity",
		textfmt.FR: "L'ouverture de l'API aux professionnels ne les autorise pas à l'utiliser, hors développement et essai d'Applications, pour les besoins de l'activité économique d'une entreprise",
	}
	for _, c := range []struct {
		output, price, audience string
		want                    bool
	}{
		{"non-commercial", "free", "business-and-consumers", true},
		{"non-commercial", "free", "business", true},
		{"non-commercial", "paid", "business-and-consumers", false},
		{"any-reuse", "free", "business-and-consumers", false},
	} {
		checkPhrases(t, c.output+"/"+c.price+"/"+c.audience, func(v questionnaire.Values) {
			v["conditions.output"], v["pricing.model"], v["audience"] = c.output, c.price, c.audience
			v["conditions.data"] = "commercial"
		}, map[string]phraseWant{
			"summary": {sum, "summary", c.want},
			"2.5":     {users, "scope-users", c.want},
		})
	}
}

// RN-4 and RN-2 (6.1 part): where free access for Consumers is said to
// owe no guarantee of conformity (L. 224-25-2 C. consom.), or where the
// Provider is bound to professional secrecy, connection data serve only
// to provide and secure the API, even anonymised; otherwise they may,
// once anonymised, serve to improve it and for statistics.
func TestFx4nConnectionDataOnlyToSupply(t *testing.T) {
	stats := apiTOSPhrase{
		textfmt.EN: "and, once made anonymous, to improve it and to produce statistics",
		textfmt.FR: "et, après les avoir rendues anonymes, pour l'améliorer et établir des statistiques",
	}
	only := apiTOSPhrase{
		textfmt.EN: "to the exclusion of any other purpose, even once made anonymous",
		textfmt.FR: "à l'exclusion de toute autre fin, même après les avoir rendues anonymes",
	}
	notOwed := apiTOSPhrase{
		textfmt.EN: "the data that the Consumer provides being processed only to supply and secure the API or to comply with the Provider's legal obligations, the legal guarantee of conformity of digital services does not apply to it (article L. 224-25-2 of the French Consumer Code, which transposes article 3(1) of Directive (EU) 2019/770 of 20 May 2019)",
		textfmt.FR: "les données qu'il fournit n'étant traitées que pour lui fournir l'API et la sécuriser ou pour satisfaire aux obligations légales du Fournisseur, la garantie légale de conformité des services numériques ne s'y applique pas (article L. 224-25-2 du Code de la consommation, qui transpose l'article 3, paragraphe 1, de la directive (UE) 2019/770 du 20 mai 2019)",
	}
	for _, c := range []struct {
		name, audience, price string
		secrecy               bool
		stats, notOwed        bool
	}{
		{"consumers, free", "business-and-consumers", "free", false, false, true},
		{"consumers, paid", "business-and-consumers", "paid", false, true, false},
		{"business, free", "business", "free", false, true, false},
		{"business, free, secrecy", "business", "free", true, false, false},
	} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["audience"], v["pricing.model"] = c.audience, c.price
			v["conditions.data"] = "open-data-licence"
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["consumer.voluntary_guarantee"] = false
			v["provider.regulated"], v["provider.profession.secrecy"] = c.secrecy, c.secrecy
			if c.price == "free" && v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
		}, map[string]phraseWant{
			"stats":    {stats, "data-users", c.stats},
			"only":     {only, "data-users", !c.stats},
			"not owed": {notOwed, "consumer-guarantee", c.notOwed},
		})
	}
}

// RN-19 and RN-22: the Summary's open-licence line no longer chains
// relative clauses: the licence's exclusion of Personal Data and the
// Agreement's supplement for non-commercial uses are sentences of their
// own, each only where it applies.
func TestFx4nSummaryDataLineReadable(t *testing.T) {
	personal := apiTOSPhrase{textfmt.EN: "The licence does not cover Personal Data.", textfmt.FR: "La licence ne couvre pas les Données personnelles."}
	supplement := apiTOSPhrase{textfmt.EN: "supplements it for uses for a Non-Commercial Purpose.", textfmt.FR: "la complète pour les usages à une Finalité non commerciale."}
	old := apiTOSPhrase{textfmt.EN: "does not restrict and supplements", textfmt.FR: "ne restreint pas et complète"}
	ncTitle := map[string]string{"en": "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", "fr": "Creative Commons Attribution - Pas d’utilisation commerciale 4.0 International (CC BY-NC 4.0)"}
	for _, c := range []struct {
		name     string
		nc       bool
		personal bool
	}{{"NC licence, personal data", true, true}, {"NC licence, no personal data", true, false}, {"CC BY, personal data", false, true}} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["conditions.data"], v["pricing.model"] = "open-data-licence", "free"
			if v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
			v["personal_data.processed"] = c.personal
			if c.nc {
				v["conditions.output"] = "non-commercial"
				v["data.licence.title"] = ncTitle
				v["data.licence.url"] = "https://creativecommons.org/licenses/by-nc/4.0/legalcode"
			} else {
				v["conditions.output"] = "any-reuse"
				v["data.licence.title"] = map[string]string{"en": "Creative Commons Attribution 4.0 International (CC BY 4.0)", "fr": "Creative Commons Attribution 4.0 International (CC BY 4.0)"}
				v["data.licence.url"] = "https://creativecommons.org/licenses/by/4.0/legalcode"
			}
		}, map[string]phraseWant{
			"personal":   {personal, "summary", c.personal},
			"supplement": {supplement, "summary", c.nc},
			"old":        {old, "summary", false},
		})
	}
}

// RN-14: a provider bound to professional secrecy hands requests and
// User Content to a successor only if bound by the same secrecy, and, as
// an individual, entrusts the notice and the deletion on its death or
// incapacity to a fellow member of its profession, not to its heirs.
func TestFx4nSecrecyOnDeathAndTransfer(t *testing.T) {
	transfer := apiTOSPhrase{
		textfmt.EN: "The Provider shall pass on to its successor the requests, the User Content and the Personal Data that it keeps only if that successor is bound by the same professional secrecy; failing that, it shall delete them before the transfer.",
		textfmt.FR: "Le Fournisseur ne transmet à son ayant cause les requêtes, le Contenu de l'Utilisateur et les Données personnelles qu'il conserve que si celui-ci est tenu au même secret professionnel ; à défaut, il les supprime avant le transfert.",
	}
	fellow := apiTOSPhrase{
		textfmt.EN: "the fellow member of the Provider's profession whom the Provider has appointed for that purpose, whose identity the Documentation gives and who is bound by the same professional secrecy",
		textfmt.FR: "le confrère qu'il a désigné à cet effet, dont la Documentation indique l'identité et qui est tenu au même secret professionnel",
	}
	heirs := apiTOSPhrase{
		textfmt.EN: "on the Provider's death, the Provider's heirs shall use reasonable efforts",
		textfmt.FR: "en cas de décès, ses héritiers s'efforcent",
	}
	for _, c := range []struct {
		name, kind string
		secrecy    bool
	}{{"individual, secrecy", "individual", true}, {"individual, no secrecy", "individual", false}, {"company, secrecy", "company", true}} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["provider.type"] = c.kind
			if c.kind == "individual" {
				v["provider.name"] = "Claire Dumont EI"
				delete(v, "provider.share_capital")
				delete(v, "provider.representatives")
				v["provider.legal_form"] = "entrepreneur individuel"
			}
			v["provider.regulated"], v["provider.profession.secrecy"] = true, c.secrecy
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
		}, map[string]phraseWant{
			"transfer": {transfer, "term-continuity", c.secrecy},
			"fellow":   {fellow, "term-cessation", c.secrecy && c.kind == "individual"},
			"heirs":    {heirs, "term-cessation", !c.secrecy && c.kind == "individual"},
		})
	}
}

// RN-8: whatever the special-categories answer, a User sends only the
// Personal Data the Documentation provides for, and no NIR or bank
// details unless it provides a field; without special categories, not
// even data that reveal one. RN-12: the household exemption does not
// cover a Consumer processing the data of a person it employs.
func TestFx4nRequestDataMinimisedAndHousehold(t *testing.T) {
	minimal := apiTOSPhrase{
		textfmt.EN: "in particular, it shall include neither a French social security number (NIR), whose use article 30 of French law no",
		textfmt.FR: "il n'y inclut notamment ni numéro d'inscription au répertoire national d'identification des personnes physiques (NIR), dont l'article 30 de la loi n",
	}
	field := apiTOSPhrase{textfmt.EN: "nor bank details, unless the Documentation provides a field for them.", textfmt.FR: "ni coordonnées bancaires, sauf si la Documentation prévoit un champ à cet effet."}
	reveal := apiTOSPhrase{
		textfmt.EN: "not even in the form of data that reveal them, such as the medical reason for an absence.",
		textfmt.FR: "pas même sous la forme d'une donnée qui en révèle une, telle que le motif médical d'une absence.",
	}
	employee := apiTOSPhrase{
		textfmt.EN: "which do not include processing the data of a person whom the Consumer employs, even at home, is not a controller",
		textfmt.FR: "fins qui n'incluent pas le traitement des données d'une personne qu'il emploie, même à domicile, n'est pas responsable du traitement",
	}
	for _, c := range []struct {
		name          string
		special       bool
		audience, fee string
	}{{"no special, consumers", false, "business-and-consumers", "free"}, {"special, business", true, "business", "free"}} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"] = true, "processor"
			v["personal_data.special"] = c.special
			if c.special {
				v["personal_data.special_categories"] = map[string]string{"en": "trade union membership", "fr": "appartenance syndicale"}
			}
			v["audience"], v["pricing.model"] = c.audience, c.fee
			if v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
		}, map[string]phraseWant{
			"minimal":  {minimal, "data-personal", true},
			"field":    {field, "data-personal", true},
			"reveal":   {reveal, "data-personal", !c.special},
			"employee": {employee, "data-personal", c.audience == "business-and-consumers"},
		})
	}
}

// RN-9 and RN-10: where the API returns estimates, the calculation rules
// follow the law from its date of effect, the Documentation dates each
// version of them, and those updates are not Breaking Changes; the
// results may not, unverified, become a payslip or a return.
func TestFx4nEstimatesFollowTheLaw(t *testing.T) {
	law := apiTOSPhrase{
		textfmt.EN: "the Provider shall update them to follow those rules from their date of effect, and the Documentation shall state the period to which each version of the calculation rules applies; those updates are not Breaking Changes.",
		textfmt.FR: "le Fournisseur les met à jour pour suivre ces règles à leur date d'effet, et la Documentation indique la période à laquelle s'applique chaque version des règles de calcul ; ces mises à jour ne constituent pas des Modifications incompatibles.",
	}
	payslip := apiTOSPhrase{
		textfmt.EN: "They may not be used, without prior verification, to draw up a document or a return to which the law attaches effects, such as a payslip or a social security or tax return.",
		textfmt.FR: "Ils ne peuvent servir à établir, sans vérification préalable, un document ou une déclaration auxquels la loi attache des effets, tel qu'un bulletin de paie ou une déclaration sociale ou fiscale.",
	}
	for _, estimates := range []bool{true, false} {
		checkPhrases(t, fmt.Sprint("estimates ", estimates), func(v questionnaire.Values) {
			v["liability.estimates"] = estimates
		}, map[string]phraseWant{
			"law":     {law, "change-principles", estimates},
			"payslip": {payslip, "warranty-disclaimer", estimates},
		})
	}
}

// RN-7: where the Provider is a processor and may transfer outside the
// EEA, 6.3 names SCC module 3 for sub-processors and the list states
// each one's identity, country and supplementary measures; under
// professional secrecy, requests leave the EEA only unreadable to the
// sub-processor.
func TestFx4nSubprocessorTransfers(t *testing.T) {
	module3 := apiTOSPhrase{
		textfmt.EN: "those clauses apply in their module 3 (processor to processor), and that list states, for that sub-processor, its identity, the country where it processes the data and the supplementary measures",
		textfmt.FR: "ces clauses s'appliquent dans leur module 3 (de sous-traitant à sous-traitant), et cette liste indique, pour ce sous-traitant ultérieur, son identité, le pays où il traite les données et les mesures supplémentaires",
	}
	secret := apiTOSPhrase{
		textfmt.EN: "only in a form that does not allow it to read them, in particular encrypted with keys held in the EEA.",
		textfmt.FR: "que sous une forme qui ne lui permet pas d'en prendre connaissance, notamment chiffrés au moyen de clés détenues dans l'EEE.",
	}
	for _, c := range []struct {
		name, role string
		secrecy    bool
	}{{"processor, secrecy", "processor", true}, {"processor", "processor", false}, {"controller", "controller", false}} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["personal_data.processed"], v["personal_data.role"], v["personal_data.transfers"] = true, c.role, "safeguards"
			v["personal_data.subprocessors_url"] = "https://example.org/subprocessors"
			v["provider.regulated"], v["provider.profession.secrecy"] = c.secrecy, c.secrecy
		}, map[string]phraseWant{
			"module 3": {module3, "data-transfers", c.role != "controller"},
			"secret":   {secret, "data-transfers", c.secrecy && c.role != "controller"},
		})
	}
}

// RN-16, RN-20, RN-24: access criteria refuse a Consumer only for a
// legitimate reason (L. 121-11 C. consom.); free access without a
// licence on Contributions "est gratuit"; each party "bears" the risk.
func TestFx4nConsumerCriteriaAndWording(t *testing.T) {
	legit := apiTOSPhrase{
		textfmt.EN: "and may lead to a refusal of access to a Consumer only for a legitimate reason (article L. 121-11 of the French Consumer Code)",
		textfmt.FR: "et ne peuvent conduire à refuser l'accès à un Consommateur que pour un motif légitime (article L. 121-11 du Code de la consommation)",
	}
	free := apiTOSPhrase{textfmt.EN: "Access is free of charge. The Consumer", textfmt.FR: "L'accès est gratuit. Le Consommateur"}
	bears := apiTOSPhrase{textfmt.EN: "each party bears the risk", textfmt.FR: "chaque partie assume le risque"}
	for _, aud := range []string{"business-and-consumers", "business"} {
		checkPhrases(t, aud, func(v questionnaire.Values) {
			v["audience"], v["conditions.access"], v["pricing.model"] = aud, "restricted", "free"
			v["access.restrictions.title"] = map[string]string{"en": "Access criteria", "fr": "Critères d’accès"}
			v["access.restrictions.url"] = "https://example.org/criteria"
			v["personal_data.role"], v["contributions.published"] = "processor", false
			if v["liability.cap"] == "fees" {
				v["liability.cap"] = "amount"
			}
		}, map[string]phraseWant{
			"legitimate": {legit, "access-restricted", aud != "business"},
			"free":       {free, "consumer-information", aud != "business"},
			"bears":      {bears, "hardship", aud != "business"},
		})
	}
}
