package answers_test

import (
	"strings"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// The example answers of every kind hold French numbers that pass their
// checks; the same answers with a SIREN or a VAT key mistyped are warned
// at the line of the answer, in both languages, and not refused.
func TestIdentifiersOfTheExamples(t *testing.T) {
	for _, kind := range templates.IDs() {
		f, _ := answers.Parse(exampleFile(t, kind, nil), templates.Registry)
		for _, i := range identifierIssues(f) {
			t.Errorf("%s example: %s warned: %s", kind, i.Key, i.Rule.Reason.In(textfmt.EN))
		}
	}
	data := exampleFile(t, "api-tos", map[string]string{
		"provider.registration": "RCS Rennes 200 012 345",
		"provider.vat_number":   "FR45200012345",
	})
	f, issues := answers.Parse(data, templates.Registry)
	if len(errorIDs(issues)) > 0 {
		t.Fatalf("file refused: %v", errorIDs(issues))
	}
	want := map[string][2]string{
		"provider.registration": {"the SIREN number 200 012 345 fails its check digit", "le numéro SIREN 200 012 345 ne respecte pas sa clé de contrôle"},
		"provider.vat_number":   {"the key of the SIREN number 200 012 345 is 91", "la clé du numéro SIREN 200 012 345 est 91"},
	}
	got := identifierIssues(f)
	if len(got) != len(want) {
		t.Errorf("%d warnings, want %d", len(got), len(want))
	}
	for _, i := range got {
		w, ok := want[i.Key]
		if !ok || !i.Warning() || i.Rule.ID != questionnaire.IdentifierRuleID {
			t.Errorf("unexpected %s: %+v", i.Key, i)
			continue
		}
		if line := keyLine(t, data, i.Key); i.Line != line {
			t.Errorf("%s warned at line %d, want %d", i.Key, i.Line, line)
		}
		for n, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
			if !strings.Contains(i.Rule.Reason.In(l), w[n]) {
				t.Errorf("%s in %s: %q does not say %q", i.Key, l, i.Rule.Reason.In(l), w[n])
			}
		}
	}
}

// identifierIssues keeps, of the problems File.Check reports, those of the
// identifier checks, which Check runs with the questionnaire's rules.
func identifierIssues(f *answers.File) []answers.Issue {
	var out []answers.Issue
	for _, i := range f.Check(time.Time{}) {
		if i.Rule != nil && i.Rule.ID == questionnaire.IdentifierRuleID {
			out = append(out, i)
		}
	}
	return out
}
