package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

func fxrgHas(t *testing.T, what, body, phrase string, want bool) {
	t.Helper()
	if got := strings.Contains(body, phrase); got != want {
		t.Errorf("%s: %q present=%v, want %v", what, phrase, got, want)
	}
}

// TestFxrgTransferSurvivesInsolvencyMergerConversion (RG-4, RG-14, RG-33,
// RG-15): the commitments towards authors are a charge of each grant that
// every deed of transfer reproduces, a sale in insolvency proceedings
// included; a transfer without them terminates the grant as against the
// purchaser; a merger passes them on; a cooperative that loses its status,
// or a non-profit that converts, must pass the rights on; the contributor
// keeps the notice address up to date. A public body, which no insolvency
// proceedings reach, keeps its own clause.
func TestFxrgTransferSurvivesInsolvencyMergerConversion(t *testing.T) {
	charge := map[textfmt.Lang]string{textfmt.EN: "including a sale ordered or authorised in safeguard, receivership or judicial liquidation proceedings (French Commercial Code, Articles L. 642-1 and L. 642-19)", textfmt.FR: "y compris la cession ordonnée ou autorisée dans une procédure de sauvegarde, de redressement ou de liquidation judiciaires (Code de commerce, articles L. 642-1 et L. 642-19)"}
	purchaser := map[textfmt.Lang]string{textfmt.EN: "and the rights revert to you, as against the purchaser as well as the", textfmt.FR: "et les droits vous font retour, à l’égard de l’acquéreur comme du"}
	opening := map[textfmt.Lang]string{textfmt.EN: "and not from the opening of insolvency proceedings", textfmt.FR: "et non de l’ouverture d’une procédure collective"}
	merger := map[textfmt.Lang]string{textfmt.EN: "by merger or division, is a transfer within the meaning of this point", textfmt.FR: "par fusion ou scission, est une transmission au sens du présent point"}
	scic := map[textfmt.Lang]string{textfmt.EN: "loses the status of a cooperative society of collective interest (SCIC)", textfmt.FR: "perd la qualité de société coopérative d’intérêt collectif"}
	convert := map[textfmt.Lang]string{textfmt.EN: "converts into a person that is not one of those just listed", textfmt.FR: "se transforme en une personne qui n’est pas l’une de celles qui viennent d’être énumérées"}
	address := map[textfmt.Lang]string{textfmt.EN: "You shall tell it of any change of that address; a notice sent to the last address that you gave it is valid.", textfmt.FR: "Vous l’informez de tout changement de cette adresse ; l’information envoyée à la dernière adresse que vous lui avez indiquée vaut information."}
	for _, linked := range []bool{false, true} {
		for _, inbound := range []string{"assignment", "fla", "cla", "dco"} {
			for _, vehicle := range []string{"company", "association", "scic", "fiscal-host", "public-body"} {
				if linked && inbound == "dco" {
					continue
				}
				for _, l := range textfmt.All {
					set := map[string]any{"inbound": inbound, "legal.vehicle": vehicle, "cla.outbound": "fsf-osi"}
					id := "inbound-" + inbound
					if inbound == "dco" {
						id = "inbound"
					}
					body := fxClause(t, linked, set, l, id)
					what := inbound + ", " + vehicle + ", " + string(l)
					if linked {
						what += ", linked"
					}
					exclusive := inbound == "assignment" || inbound == "fla"
					guarded := exclusive && vehicle != "public-body"
					fxrgHas(t, what, body, charge[l], guarded)
					fxrgHas(t, what, body, purchaser[l], guarded)
					fxrgHas(t, what, body, opening[l], guarded)
					fxrgHas(t, what, body, address[l], guarded)
					fxrgHas(t, what, body, merger[l], guarded && vehicle != "company")
					fxrgHas(t, what, body, scic[l], guarded && vehicle == "scic")
					fxrgHas(t, what, body, convert[l], guarded && (vehicle == "association" || vehicle == "fiscal-host"))
				}
			}
		}
	}
}
