package questionnaire

import (
	"strings"
	"testing"
)

// A question with a charter default answers, in a document linked to a
// charter and that gives no answer of its own, what the charter answers;
// its own answer stands; unlinked, or where the charter gives none, it
// keeps its own default. The link checks that the charter's answer fits.
func TestCharterDefault(t *testing.T) {
	withDefault := strings.Replace(linkedSample, "        default: \"1.0\"\n", "        default: \"1.0\"\n        charter_default: version\n", 1)
	c := load(t, charterSample)
	q := load(t, withDefault)
	if err := q.CheckLink(c); err != nil {
		t.Fatalf("a coherent charter default is refused: %v", err)
	}
	for _, tc := range []struct {
		name         string
		own, charter any
		linked       bool
		want         string
	}{
		{"linked, no answer: the charter's", nil, "2.0", true, "2.0"},
		{"linked, own answer: its own", "3.0", "2.0", true, "3.0"},
		{"linked, the charter gives none: the default", nil, nil, true, "1.0"},
		{"unlinked: the default", nil, "2.0", false, "1.0"},
	} {
		vals := Values{}
		if tc.own != nil {
			vals["version"] = tc.own
		}
		if tc.linked {
			vals.SetCharter("charter.yaml")
			charter := Values{}
			if tc.charter != nil {
				charter["version"] = tc.charter
			}
			vals.SetCharterAnswers(charter)
		}
		if got := q.Resolve(vals)["version"]; got != tc.want {
			t.Errorf("%s: version = %v, want %s", tc.name, got, tc.want)
		}
	}
	for name, edit := range map[string][2]string{
		"with from_charter": {"        from_charter: name\n", "        from_charter: name\n        charter_default: name\n"},
		"of a number":       {"        default: 3\n", "        default: 3\n        charter_default: months\n"},
		"a bad key":         {"charter_default: version", "charter_default: Version!"},
	} {
		if _, err := Load([]byte(strings.Replace(withDefault, edit[0], edit[1], 1))); err == nil {
			t.Errorf("%s: loaded", name)
		}
	}
	for name, edit := range map[string][2]string{
		"unknown charter key":  {"charter_default: version", "charter_default: release"},
		"charter texts longer": {"charter_default: version\n", "charter_default: version\n        max_length: 5\n"},
	} {
		policy := strings.Replace(withDefault, edit[0], edit[1], 1)
		if err := load(t, policy).CheckLink(c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
