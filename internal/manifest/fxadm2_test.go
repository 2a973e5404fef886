package manifest

import (
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Review M, M-13: the licence of the data is listed beside the
// specification's, whether the data are waived under CC0 or under an open
// data licence whose name tells one licence.
func TestFxadm2DataLicence(t *testing.T) {
	if got := optionLicences["api-tos/conditions.data"]["open-reuse"]; got != "CC0-1.0" {
		t.Errorf("open reuse of the data listed as %q, want CC0-1.0", got)
	}
	for _, c := range []struct {
		vals questionnaire.Values
		want string
	}{
		{questionnaire.Values{"conditions.data": "open-data-licence", "data.licence.title": questionnaire.Translated{textfmt.EN: "Licence Ouverte 2.0", textfmt.FR: "Licence Ouverte 2.0"}}, "etalab-2.0"},
		{questionnaire.Values{"conditions.data": "open-data-licence", "data.licence.title": "ODbL 1.0"}, "ODbL-1.0"},
		{questionnaire.Values{"conditions.data": "open-data-licence", "data.licence.title": "Licence maison"}, ""},
		{questionnaire.Values{"conditions.data": "commercial", "data.licence.title": "ODbL 1.0"}, ""},
	} {
		if got := dataLicence(c.vals); got != c.want {
			t.Errorf("%v: %q, want %q", c.vals, got, c.want)
		}
	}
}
