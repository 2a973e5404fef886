package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// fxrhHas fails unless body contains want exactly when present is true.
func fxrhHas(t *testing.T, what string, body, want string, present bool) {
	t.Helper()
	if got := strings.Contains(body, want); got != present {
		t.Errorf("%s: contains %q = %v, want %v\n%s", what, want, got, present, body)
	}
}

// fxrhVehicle is the set of answers that selects vehicle, with the answers
// that vehicle requires.
func fxrhVehicle(vehicle string) map[string]any {
	switch vehicle {
	case "none", "de-facto-association":
		return map[string]any{"legal.vehicle": vehicle, "legal.entity_name": nil, "legal.statutes_url": nil}
	case "fiscal-host":
		return map[string]any{"legal.vehicle": vehicle, "legal.entity_name": "Fondation Exemple", "legal.host_form": "foundation", "legal.foundation_kind": "public-utility"}
	}
	return map[string]any{"legal.vehicle": vehicle}
}

// RH-1/RH-21: measurements from devices in homes need a data licence and a
// database producer; a charter that declares them without ticking data is
// refused, whatever the vehicle, and one without legal personality names
// who holds and licenses the producer's right.
func TestFxrhDeviceDataNeedsDataResource(t *testing.T) {
	k, _ := Lookup("charter")
	for _, vehicle := range []string{"none", "de-facto-association", "association", "public-body"} {
		for _, resources := range [][]string{{"hardware", "software", "content"}, {"hardware", "data"}} {
			for _, devices := range []bool{false, true} {
				vals := k.Examples()
				for key, v := range fxrhVehicle(vehicle) {
					vals[key] = v
				}
				vals["commons.personal_data"], vals["commons.device_data"], vals["commons.resources"] = true, devices, resources
				fired := slices.Contains(firedRules(k, vals), "device-data-without-data")
				if want := devices && !slices.Contains(resources, "data"); fired != want {
					t.Errorf("%s %v devices=%v: rule fired = %v, want %v", vehicle, resources, devices, fired, want)
				}
			}
		}
	}
	producer := [2]string{"As long as the Commons has no legal personality, the rights of the producer of a database of the Commons belong to those who take the initiative and bear the risk of the substantial investment in it", "Tant que le Commun est dépourvu de personnalité juridique, les droits du producteur d'une base de données du Commun appartiennent à ceux qui prennent l'initiative et le risque de l'investissement substantiel"}
	for _, vehicle := range []string{"none", "de-facto-association", "association", "fiscal-host"} {
		for li, l := range textfmt.All {
			set := fxrhVehicle(vehicle)
			set["commons.resources"] = []string{"software", "data"}
			body := clausePlain(charterDoc(t, set, l), "licences-data")
			fxrhHas(t, vehicle+" "+string(l)+" producer", body, plainSpaces(textfmt.Typeset(l, producer[li])), vehicle == "none" || vehicle == "de-facto-association")
		}
	}
}
