package answers_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
	"apitos/locales"
	"apitos/templates"
)

// An association's RNA and SIREN typed as its registration, which is
// not asked of an organisation: the note names the question where they
// belong, identification numbers, in the user's language; the other way
// round for a company's numbers typed as identification numbers.
func TestFxcapIgnoredNamesTheRightQuestion(t *testing.T) {
	for _, c := range []struct {
		name    string
		replace map[string]string
		line    string
		want    map[textfmt.Lang]string
	}{
		{"an organisation's registration", map[string]string{"provider.type": "organisation", "provider.legal_form": "association",
			"provider.registration": "RNA W751234567, SIREN 123 456 782"}, `^\s+registration: RNA W751234567`,
			map[textfmt.Lang]string{
				textfmt.EN: "the documents are generated without it; to have it printed, give it as your answer to “Identification numbers”, which applies to you",
				textfmt.FR: "les documents sont générés sans elle ; pour qu'elle figure dans les documents, donnez-la en réponse à « Numéros d'identification », qui vous concerne",
			}},
		{"a company's identification numbers", map[string]string{"provider.identifier": "SIREN 123 456 782"}, `^\s+identifier: SIREN`,
			map[textfmt.Lang]string{
				textfmt.EN: "give it as your answer to “Registration”, which applies to you",
				textfmt.FR: "donnez-la en réponse à « Immatriculation », qui vous concerne",
			}},
	} {
		data := exampleFile(t, "api-tos", c.replace)
		f, issues := answers.Parse(data, templates.Registry)
		if len(errorIDs(issues)) > 0 {
			t.Fatalf("%s: %v", c.name, errorIDs(issues))
		}
		line := 0
		for i, l := range strings.Split(string(data), "\n") {
			if regexp.MustCompile(c.line).MatchString(l) {
				line = i + 1
			}
		}
		notes := f.Ignored()
		i := slices.IndexFunc(notes, func(n answers.Issue) bool { return n.Line == line })
		if i < 0 {
			t.Fatalf("%s: no note at line %d: %v", c.name, line, notes)
		}
		for _, l := range textfmt.All {
			got := locales.For(l).Message(notes[i].Msg)
			if !strings.Contains(got, textfmt.Typeset(l, c.want[l])) {
				t.Errorf("%s %s: %q does not name the right question", c.name, l, got)
			}
		}
	}
	// A question with no sibling named keeps the plain note.
	data := exampleFile(t, "api-tos", map[string]string{"personal_data.processed": "false", "personal_data.retention_days": "45"})
	f, _ := answers.Parse(data, templates.Registry)
	for _, n := range f.Ignored() {
		if got := locales.For(textfmt.EN).Message(n.Msg); n.Key == "personal_data.retention_days" && strings.Contains(got, "give it as your answer") {
			t.Errorf("retention: %q names a question", got)
		}
	}
}
