package templates

import (
	"testing"

	"apitos/internal/textfmt"
)

// Under an administrative public service the User does not terminate a
// contract: it ends its Registration, in the payment clause as everywhere
// else in the Rules (fxa3-3); every other provider keeps the termination.
func TestAdministrativePaymentSpeaksOfEndingTheRegistration(t *testing.T) {
	k, _ := Lookup("api-tos")
	ending := apiTOSPhrase{
		textfmt.EN: "The User's decision to end its Registration takes effect on the day the Provider receives it",
		textfmt.FR: "La décision de l'Utilisateur de mettre fin à son Inscription prend effet le jour de sa réception",
	}
	termination := apiTOSPhrase{
		textfmt.EN: "A termination by the User takes effect on the day the Provider receives it",
		textfmt.FR: "La résiliation par l'Utilisateur prend effet le jour de sa réception",
	}
	for _, c := range []struct{ kind, activity string }{{"public-body", "administrative"}, {"public-body", "industrial-commercial"}, {"company", ""}} {
		v := exampleValues(t, k)
		v["provider.type"], v["provider.name"] = c.kind, providerNames[c.kind]
		v["prevailing_language"] = "fr"
		v["pricing.model"] = "paid"
		v["pricing.prepaid"] = "period-end"
		if c.activity != "" {
			v["provider.public_activity"] = c.activity
		}
		admin := c.activity == "administrative"
		for _, l := range textfmt.All {
			doc := assemble12c(t, k, v, l)
			if ending.in(doc, "access-payment") != admin || termination.in(doc, "access-payment") == admin {
				t.Errorf("%s %s %s: ending the Registration printed=%v, want %v\n%s", l, c.kind, c.activity, !admin, admin, clauseText(doc, "access-payment"))
			}
		}
	}
}
