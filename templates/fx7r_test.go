package templates

import (
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RS2-7: the 30-day amicable step of the disputes clause is not a
// precondition of bringing proceedings for any party, whatever the
// audience, the court chosen or the provider's State: a prior conciliation
// clause bars an action only if it says so (Cass. ch. mixte, 14 February
// 2003), and this one says the opposite. The old wording, which reserved
// the right to sue of Consumers and Non-Professionals only and so read as
// a bar for professionals, is gone. A public body running an
// administrative service has no such step: its optional administrative
// appeal stays.
var (
	phraseFx7rNotABar = apiTOSPhrase{
		textfmt.EN: "It is not a precondition of bringing proceedings: an action that a party brings without having taken that step, or before that period has expired, is not inadmissible on that account.",
		textfmt.FR: "Elle n'est pas un préalable obligatoire à la saisine du juge : l'action qu'une partie engage sans l'avoir accomplie, ou avant l'expiration de ce délai, n'est pas irrecevable de ce fait.",
	}
	phraseFx7rAmicable = apiTOSPhrase{
		textfmt.EN: "The parties shall seek an amicable settlement of any dispute arising from the",
		textfmt.FR: "Les parties recherchent une solution amiable à tout litige né du",
	}
	phraseFx7rOldReserve = apiTOSPhrase{
		textfmt.EN: "it is not a condition of the right of",
		textfmt.FR: "ne conditionne pas le droit d'agir",
	}
	phraseFx7rOptionalAppeal = apiTOSPhrase{
		textfmt.EN: "That appeal is optional: it is not a condition of bringing the matter before the court",
		textfmt.FR: "Ce recours est facultatif : il ne conditionne pas la saisine du juge",
	}
)

func fx7rCheck(t *testing.T, what string, docs map[textfmt.Lang]*document.Document, id string, p apiTOSPhrase, want bool) {
	t.Helper()
	for l, doc := range docs {
		if got := p.in(doc, id); got != want {
			t.Errorf("%s %s: %q in %s = %v, want %v\n%s", what, l, p[l], id, got, want, clauseText(doc, id))
		}
	}
}

func TestFx7rAmicableStepNotABar(t *testing.T) {
	for _, c := range []struct {
		name                     string
		country, audience, court string
	}{
		{"FR business, no court", "FR", "business", ""},
		{"FR business, court", "FR", "business", "Paris"},
		{"FR consumers, court", "FR", "business-and-consumers", "Paris"},
		{"BE consumers, own courts", "BE", "business-and-consumers", "Liège (Belgique)"},
		{"US business, French courts", "US-NY", "business", "Paris (France)"},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			if c.country != "FR" {
				fx7tAbroad(v, c.country)
			}
			v["audience"] = c.audience
			if c.court == "" {
				delete(v, "jurisdiction")
				delete(v, "jurisdiction_name")
			} else {
				v["jurisdiction"] = c.court
			}
		})
		fx7rCheck(t, c.name, docs, "jurisdiction", phraseFx7rAmicable, true)
		fx7rCheck(t, c.name, docs, "jurisdiction", phraseFx7rNotABar, true)
		fx7rCheck(t, c.name, docs, "jurisdiction", phraseFx7rOldReserve, false)
	}
	for _, a := range fx4mActivities {
		docs := fx4mBody(t, "local", "commune", a, nil)
		administrative := a == "administrative"
		fx7rCheck(t, a, docs, "jurisdiction", phraseFx7rAmicable, !administrative)
		fx7rCheck(t, a, docs, "jurisdiction", phraseFx7rNotABar, !administrative)
		fx7rCheck(t, a, docs, "jurisdiction", phraseFx7rOptionalAppeal, administrative)
	}
}

// RS2-8: a request names a place by a fixed area, a municipality or a
// rectangular extent, in both languages alike, never by a person's
// position nor by an area drawn around it, such as a radius; the French
// « périmètre », which a radius around a point fits, is gone. Printed
// wherever 6.2 says the API takes no Personal Data, absent otherwise.
var (
	phraseFx7rFixedArea = apiTOSPhrase{
		textfmt.EN: "by a fixed area, such as a municipality or a rectangular extent (bounding box), and not by the position of a person, such as that of an End User's device, nor by an area drawn around that position, such as a radius;",
		textfmt.FR: "par une zone fixe, telle qu'une commune ou une emprise rectangulaire, et non par la position d'une personne, telle que celle du terminal d'un Utilisateur final, ni par une zone tracée autour de cette position, tel un rayon ;",
	}
	phraseFx7rOldArea = apiTOSPhrase{
		textfmt.EN: "by an area, such as a municipality or a bounding box, and not",
		textfmt.FR: "telle qu'une commune ou un périmètre",
	}
)

func TestFx7rFixedAreaNotRadius(t *testing.T) {
	for _, c := range []struct {
		name      string
		processed bool
		audience  string
		published bool
		country   string
	}{
		{"no personal data, business", false, "business", false, "FR"},
		{"no personal data, consumers, abroad", false, "business-and-consumers", false, "BE"},
		{"no personal data, contributions", false, "business", true, "FR"},
		{"personal data", true, "business", false, "FR"},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			if c.country != "FR" {
				fx7tAbroad(v, c.country)
			}
			v["personal_data.processed"], v["audience"] = c.processed, c.audience
			v["contributions.published"] = c.published
		})
		fx7rCheck(t, c.name, docs, "data-no-personal", phraseFx7rFixedArea, !c.processed)
		fx7rCheck(t, c.name, docs, "data-personal", phraseFx7rFixedArea, false)
		for _, id := range []string{"data-no-personal", "data-personal"} {
			fx7rCheck(t, c.name, docs, id, phraseFx7rOldArea, false)
		}
	}
}

// RT-6 (remainder): a provider established outside the Union that charges
// VAT names no State of its own: the tax, or any similar tax on the
// supply, is added at the rate in force in the State where the supply is
// taxable under the law of that tax, save where the Provider invoices
// exclusive of tax (reverse charge, supply outside the scope). A provider
// established in a Member State keeps its named State, and no provider is
// left with a rate "in force" in no State.
var (
	phraseFx7rVATOutsideEU = apiTOSPhrase{
		textfmt.EN: "Value added tax, or any similar tax on the supply, is added to them at the rate in force in the State in which the supply is taxable under the law governing that tax, except where the Provider invoices exclusive of tax, as set out below.",
		textfmt.FR: "La taxe sur la valeur ajoutée, ou toute taxe analogue sur la prestation, s'y ajoute au taux en vigueur dans l'État où la prestation est imposable selon la loi qui régit cette taxe, sauf lorsque le Fournisseur facture hors taxes, comme il est dit ci-après.",
	}
	phraseFx7rVATNoState = apiTOSPhrase{
		textfmt.EN: "at the rate in force, except",
		textfmt.FR: "au taux en vigueur, sauf",
	}
)

func TestFx7rVATOutsideEU(t *testing.T) {
	for _, c := range []struct {
		country, audience string
		outside           bool
	}{
		{"US-NY", "business", true},
		{"US-NY", "business-and-consumers", true},
		{"FR", "business", false},
		{"BE", "business-and-consumers", false},
	} {
		docs := assembleAPITOS(t, func(v questionnaire.Values) {
			if c.country != "FR" {
				fx7tAbroad(v, c.country)
			}
			v["audience"] = c.audience
			v["pricing.model"], v["pricing.vat"], v["term.termination_notice_months"] = "paid", "charged", 18
		})
		what := c.country + " " + c.audience
		fx7rCheck(t, what, docs, "access-payment", phraseFx7rVATOutsideEU, c.outside)
		fx7rCheck(t, what, docs, "access-payment", phraseVATAdded, !c.outside)
		fx7rCheck(t, what, docs, "access-payment", phraseFx7rVATNoState, false)
		fx7rCheck(t, what, docs, "access-payment", phraseReverseCharge, true)
	}
}
