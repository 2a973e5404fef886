package answers_test

import (
	"slices"
	"testing"

	"apitos/internal/answers"
	"apitos/templates"
)

// A file made with init --example is warned at each answer that still
// holds the fictitious provider's name, number or .example address; the
// same file with the user's own answers is not, and neither is a real
// host that merely contains "example".
func TestExampleAnswersAreWarned(t *testing.T) {
	keys := func(data []byte) []string {
		t.Helper()
		f, issues := answers.Parse(data, templates.Registry)
		if len(errorIDs(issues)) > 0 {
			t.Fatalf("example file: %v", errorIDs(issues))
		}
		var out []string
		for _, i := range f.Placeholders() {
			if i.Rule != answers.PlaceholderRule || i.Line == 0 {
				t.Errorf("%s: %+v is not the example warning at a line", i.Key, i)
			}
			out = append(out, i.Key)
		}
		return out
	}
	example := keys(exampleFile(t, "api-tos", nil))
	for _, k := range []string{"provider.name", "provider.url", "provider.contact", "provider.registration", "provider.address", "api.docs_url"} {
		if !slices.Contains(example, k) {
			t.Errorf("the example's %s is not warned; warned: %v", k, example)
		}
	}
	// A common wording shared with the example (a choice, a number of
	// months) is the user's answer as much as the example's.
	for _, k := range []string{"change.notice_months", "access.mode"} {
		if slices.Contains(example, k) {
			t.Errorf("%s, an answer any provider may give, is warned", k)
		}
	}

	own := keys(exampleFile(t, "api-tos", map[string]string{
		"provider.name":         "Rivages Données SAS",
		"provider.url":          "https://rivages-donnees.fr",
		"provider.contact":      "juridique@rivages-donnees.fr",
		"provider.registration": "RCS Nantes 901 234 567",
		"provider.address":      "4 quai de la Fosse, 44000 Nantes",
		"api.docs_url":          "https://developers.example.com/rivages",
	}))
	for _, k := range []string{"provider.name", "provider.url", "provider.contact", "provider.registration", "provider.address", "api.docs_url"} {
		if slices.Contains(own, k) {
			t.Errorf("the user's own %s is warned as the example's", k)
		}
	}
	if len(own) >= len(example) {
		t.Errorf("replacing answers does not lessen the warnings: %d then %d", len(example), len(own))
	}

	for _, kind := range []string{"charter", "contribution"} {
		if got := keys(exampleFile(t, kind, nil)); len(got) == 0 {
			t.Errorf("the %s example is not warned", kind)
		}
	}
}

// A document added to a list, such as Annex A, is warned at its own row
// and field when its address is still under .example, and not when it
// is the user's own.
func TestExampleAddressInListRowIsWarned(t *testing.T) {
	file := func(url string) []answers.Issue {
		t.Helper()
		data := []byte("kind: api-tos\nlanguages: [en]\nanswers:\n  annex:\n    - title: Portal terms\n      url: " + url + "\n")
		f, _ := answers.Parse(data, templates.Registry)
		return f.Placeholders()
	}
	got := file("https://portal.example/terms")
	if len(got) != 1 || got[0].Key != "annex" || got[0].Row != 1 || got[0].Field != "url" || got[0].Line != 6 {
		t.Fatalf("annex row with a .example address: %+v, want one warning at annex row 1, url, line 6", got)
	}
	if got := file("https://portal.rivages-donnees.fr/terms"); len(got) != 0 {
		t.Errorf("the user's own annex address is warned: %+v", got)
	}
}

// An answer equal to an example that names something real, such as the
// ODbL as the data's licence or a share capital of 10 000 euros, is the
// user's own answer and is not warned.
func TestRealExampleIsNotWarned(t *testing.T) {
	got := exampleFile(t, "api-tos", nil)
	f, _ := answers.Parse(got, templates.Registry)
	for _, i := range f.Placeholders() {
		if i.Key == "data.licence.title" || i.Key == "provider.share_capital" {
			t.Errorf("%s, a real answer equal to the example, is warned", i.Key)
		}
	}
}
