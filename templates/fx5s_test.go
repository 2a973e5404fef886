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
	textfmt.EN: "Where a request concerns a place, it shall designate it by an area, such as a municipality or a bounding box, and not by the position of a person, such as that of an End User's device; no parameter that the Documentation provides for is intended to receive such a position.",
	textfmt.FR: "Lorsqu'une requête porte sur un lieu, elle le désigne par une zone, telle qu'une commune ou un périmètre, et non par la position d'une personne, telle que celle du terminal d'un Utilisateur final ; aucun paramètre que prévoit la Documentation n'est destiné à recevoir une telle position.",
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
		textfmt.EN: "Nor does the cap apply to the User's liability under Articles\u00a08.2, 8.3 and 8.6.",
		textfmt.FR: "Le plafond ne s'applique pas à la responsabilité de l'Utilisateur au titre des articles\u00a08.2, 8.3 et 8.6.",
	}
	phraseFx5sIndemnityUse = apiTOSPhrase{
		textfmt.EN: "the User breaches Article\u00a08.2 or Article\u00a08.6",
		textfmt.FR: "l'Utilisateur manque à l'article\u00a08.2 ou à l'article\u00a08.6",
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
