package templates

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review RS (Stationnement Vélo Ouest SAS, the default combination: a
// small SAS, free access, businesses only, default conditions).

// RS-1: without Personal Data in requests, 6.2 says that a request names a
// place by an area, never by a person's position (GDPR, art. 4(1)).
var phraseFx5sArea = apiTOSPhrase{
	textfmt.EN: "Where a request concerns a place, it shall designate it by a fixed area, such as a municipality or a rectangular extent (bounding box), and not by the position of a person, such as that of an End User's device, nor by an area drawn around that position, such as a radius; no parameter that the Documentation provides for is intended to receive such a position.",
	textfmt.FR: "Lorsqu'une requête porte sur un lieu, elle le désigne par une zone fixe, telle qu'une commune ou une emprise rectangulaire, et non par la position d'une personne, telle que celle du terminal d'un Utilisateur final, ni par une zone tracée autour de cette position, tel un rayon ; aucun paramètre que prévoit la Documentation n'est destiné à recevoir une telle position.",
}

func TestFx5sNoPositionInRequests(t *testing.T) {
	for _, c := range []struct {
		name      string
		processed bool
		audience  string
		published bool
	}{
		{"no personal data, business", false, "business", false},
		{"no personal data, consumers", false, "business-and-consumers", false},
		{"no personal data, contributions", false, "business", true},
		{"personal data", true, "business", false},
	} {
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["personal_data.processed"], v["audience"] = c.processed, c.audience
			v["contributions.published"] = c.published
		}, map[string]phraseWant{
			"area in 6.2":         {phraseFx5sArea, "data-no-personal", !c.processed},
			"area with processed": {phraseFx5sArea, "data-personal", false},
		})
	}
}

// RS-2: the Provider's warranty of title falls under the cap, where one
// applies, save for gross negligence or wilful misconduct (C. civ.
// 1231-3); a paid Provider's defence stays outside it.
// RS-4: the cap does not cover the User's breaches of fair use, of the
// security of its credentials and of restrictive measures; the User
// indemnifies the Provider against claims based on 8.2 or 8.6.
var (
	phraseFx5sWarrantyCapped = apiTOSPhrase{
		textfmt.EN: "The warranty under Article\u00a09.1 is subject to the cap set out above",
		textfmt.FR: "La garantie prévue à l'article\u00a09.1 est soumise au plafond prévu ci-dessus",
	}
	phraseFx5sDefenceOut = apiTOSPhrase{
		textfmt.EN: ", save for the defence that that article provides for.",
		textfmt.FR: ", à l'exclusion de la défense que cet article prévoit.",
	}
	phraseFx5sUserUncapped = apiTOSPhrase{
		textfmt.EN: "Nor does the cap apply to the User's liability under point 4 of Article\u00a08.2 and under Article\u00a08.6.",
		textfmt.FR: "Le plafond ne s'applique pas à la responsabilité de l'Utilisateur au titre du 4° de l'article\u00a08.2 et de l'article\u00a08.6.",
	}
	phraseFx5sIndemnityUse = apiTOSPhrase{
		textfmt.EN: "the User breaches point 3 or point 4 of Article\u00a08.2 or Article\u00a08.6",
		textfmt.FR: "l'Utilisateur manque au 3° ou au 4° de l'article\u00a08.2 ou à l'article\u00a08.6",
	}
	phraseFx5sGrossFault = apiTOSPhrase{
		textfmt.EN: "apply neither in the event of gross negligence or wilful misconduct",
		textfmt.FR: "ne s'appliquent ni en cas de faute lourde ou dolosive",
	}
)

func TestFx5sCapCarveOuts(t *testing.T) {
	for _, c := range []struct {
		name     string
		price    string
		cap      string
		audience string
	}{
		{"free amount", "free", "amount", "business"},
		{"paid amount", "paid", "amount", "business"},
		{"free consumers", "free", "amount", "business-and-consumers"},
		{"free no cap", "free", "none", "business"},
	} {
		capped := c.cap != "none"
		checkPhrases(t, c.name, func(v questionnaire.Values) {
			v["pricing.model"], v["liability.cap"], v["audience"] = c.price, c.cap, c.audience
			v["provider.type"] = "company"
		}, map[string]phraseWant{
			"warranty capped":   {phraseFx5sWarrantyCapped, "liability-limit", capped},
			"defence out":       {phraseFx5sDefenceOut, "liability-limit", capped && c.price == "paid"},
			"user uncapped":     {phraseFx5sUserUncapped, "liability-limit", capped},
			"gross fault":       {phraseFx5sGrossFault, "liability-limit", capped},
			"indemnity 8.2/8.6": {phraseFx5sIndemnityUse, "liability-indemnity", true},
		})
	}
}

// RS-10: every combination binds the Provider to state the source, the
// original licence and the date of the last update of each set of Data
// (CRPA L. 322-1; Licence Ouverte 2.0).
var phraseFx5sProvenance = apiTOSPhrase{
	textfmt.EN: "The Documentation shall state, for each set of Data, its source and, where it comes from a third party, the licence under which the Provider obtained it, together with the date of its last update",
	textfmt.FR: "La Documentation indique, pour chaque ensemble de Données, sa source et, lorsqu'il provient d'un tiers, la licence sous laquelle le Fournisseur l'a obtenu, ainsi que la date de sa dernière mise à jour",
}

func TestFx5sProvenance(t *testing.T) {
	for _, data := range []string{"open-reuse", "open-data-licence", "commercial"} {
		checkPhrases(t, data, func(v questionnaire.Values) {
			v["conditions.data"] = data
			if data == "open-data-licence" {
				v["data.licence.title"] = map[string]any{"en": "Open Database License (ODbL) 1.0", "fr": "Open Database License (ODbL) 1.0"}
				v["data.licence.url"] = "https://opendatacommons.org/licenses/odbl/1-0/"
			}
		}, map[string]phraseWant{
			"provenance": {phraseFx5sProvenance, "data-provenance", true},
		})
	}
}

// RS-3: under CC0, attribution is the counterpart of access to the API,
// owed for the Data the User obtains through it; it binds no third party.
var (
	phraseFx5sAttributionCounterpart = apiTOSPhrase{
		textfmt.EN: "it is the counterpart of access to the API and concerns the Data that the User obtains through the API and presents in its Applications; it does not bind third parties that obtain the Data otherwise",
		textfmt.FR: "elle est la contrepartie de l'accès à l'API et porte sur les Données que l'Utilisateur obtient par l'API et présente dans ses Applications ; elle ne lie pas les tiers qui obtiennent les Données autrement",
	}
	phraseFx5sReuseCounterpart = apiTOSPhrase{
		textfmt.EN: "are the counterpart of access to the API: they bind each User for the Data that it obtains through the API and for the Applications that call it, and do not restrict the reuse of the Data by third parties that obtain them otherwise.",
		textfmt.FR: "sont la contrepartie de l'accès à l'API : elles lient chaque Utilisateur pour les Données qu'il obtient par l'API et pour les Applications qui l'appellent, et ne restreignent pas la réutilisation des Données par les tiers qui les obtiennent autrement.",
	}
	phraseFx5sNoRestrictionOld = apiTOSPhrase{
		textfmt.EN: "restricts the reuse of the Data so permitted",
		textfmt.FR: "ne restreint la réutilisation des Données ainsi permise",
	}
)

func TestFx5sAttributionCounterpart(t *testing.T) {
	for _, c := range []struct {
		data, attribution string
	}{{"open-reuse", "required"}, {"open-reuse", "none"}, {"commercial", "required"}} {
		checkPhrases(t, c.data+" "+c.attribution, func(v questionnaire.Values) {
			v["conditions.data"], v["conditions.attribution"] = c.data, c.attribution
		}, map[string]phraseWant{
			"8.5 counterpart": {phraseFx5sAttributionCounterpart, "user-attribution-required", c.data == "open-reuse" && c.attribution == "required"},
			"6.4 counterpart": {phraseFx5sReuseCounterpart, "data-open-reuse", c.data == "open-reuse"},
			"6.4 old":         {phraseFx5sNoRestrictionOld, "data-open-reuse", false},
		})
	}
}

// RS-6: End Users' connection data collected through the User's
// Applications: joint controllership of the collection and transmission
// only, with the essentials of the arrangement (GDPR, art. 26).
var phraseFx5sJoint = apiTOSPhrase{
	textfmt.EN: "the User, which has decided on those calls, and the Provider are joint controllers of the sole collection of those End Users' connection data and of their transmission to the Provider (article 26 of the GDPR)",
	textfmt.FR: "l'Utilisateur, qui a décidé de ces appels, et le Fournisseur sont responsables conjoints de la seule collecte des données de connexion de ces Utilisateurs finaux et de leur transmission au Fournisseur (article 26 du RGPD)",
}
var phraseFx5sJointRights = apiTOSPhrase{
	textfmt.EN: "each data subject being able to exercise his or her rights against either of them (article 26(3) of the GDPR)",
	textfmt.FR: "chaque personne concernée pouvant exercer ses droits auprès de l'un comme de l'autre (article 26, paragraphe 3, du RGPD)",
}

func TestFx5sJointControllership(t *testing.T) {
	for _, processed := range []bool{false, true} {
		checkPhrases(t, "joint", func(v questionnaire.Values) {
			v["personal_data.processed"] = processed
		}, map[string]phraseWant{
			"joint":  {phraseFx5sJoint, "data-users", true},
			"rights": {phraseFx5sJointRights, "data-users", true},
		})
	}
}

// RS-13 and RS-15: French wording.
func TestFx5sFrenchWording(t *testing.T) {
	for l, doc := range assembleAPITOS(t, func(v questionnaire.Values) { v["audience"] = "business" }) {
		if l != textfmt.FR {
			continue
		}
		for _, c := range []struct {
			p  string
			id string
			ok bool
		}{
			{"réservée aux professionnels et aux personnes morales", "summary", true},
			{"pour le compte d'une personne morale déclare", "scope-acceptance", true},
			{"la dénomination de la personne morale pour le compte de laquelle elle agit", "scope-users", true},
			{"organisation", "scope-users", false},
			{"elle est écartée dans la seule mesure de son irrégularité", "severability", true},
			{"n'est réputée non écrite que", "severability", false},
		} {
			if got := (apiTOSPhrase{textfmt.FR: c.p, textfmt.EN: c.p}).in(doc, c.id); got != c.ok {
				t.Errorf("%s: %q: %v, want %v", c.id, c.p, got, c.ok)
			}
		}
	}
}
