package answers_test

import (
	"slices"
	"testing"

	"apitos/internal/answers"
	"apitos/templates"
)

// An example answer is warned only where its question applies: a commons
// without legal personality uses no entity name, so its example name is
// noted as unused, not warned as still the example's.
func TestPlaceholderSkipsAnswersThatDoNotApply(t *testing.T) {
	for _, c := range []struct {
		vehicle string
		warned  bool
	}{
		{"association", true},
		{"de-facto-association", false},
		{"none", false},
	} {
		f, issues := answers.Parse(exampleFile(t, "charter", map[string]string{"legal.vehicle": c.vehicle}), templates.Registry)
		if len(errorIDs(issues)) > 0 {
			t.Fatalf("%s: %v", c.vehicle, errorIDs(issues))
		}
		var warned []string
		for _, i := range f.Placeholders() {
			warned = append(warned, i.Key)
		}
		if got := slices.Contains(warned, "legal.entity_name"); got != c.warned {
			t.Errorf("%s: entity name warned=%v, want %v (%v)", c.vehicle, got, c.warned, warned)
		}
		if !slices.Contains(warned, "commons.contact") {
			t.Errorf("%s: the example's contact, which applies, is no longer warned: %v", c.vehicle, warned)
		}
	}
}
