package answers_test

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
	"apitos/locales"
	"apitos/templates"
)

// An answer whose question does not apply is left out of the documents;
// the file says so at its line, naming the answers that make it so, in
// the user's language. Defaults, which init writes for every question,
// are not noted.
func TestIgnoredAnswersAreNoted(t *testing.T) {
	lineOf := func(data []byte, re string) int {
		t.Helper()
		for i, l := range strings.Split(string(data), "\n") {
			if regexp.MustCompile(re).MatchString(l) {
				return i + 1
			}
		}
		t.Fatalf("no line matches %s", re)
		return 0
	}
	for _, c := range []struct {
		name    string
		replace map[string]string
		ignored string // the line of the answer ignored
		causes  map[textfmt.Lang][]string
	}{
		{"no personal data", map[string]string{"personal_data.processed": "false", "personal_data.retention_days": "45"},
			`^\s+retention_days: 45$`, map[textfmt.Lang][]string{
				textfmt.EN: {"your answer to “Does the API receive or return personal data?” (line @processed)"},
				textfmt.FR: {"votre réponse à « L’API reçoit-elle ou renvoie-t-elle des données personnelles ? » (ligne @processed)"}}},
		{"a foreign provider is asked no merchant status", map[string]string{"provider.merchant": "false", "provider.country": "BE",
			"provider.registration": "BCE 0123.456.789, RPM Bruxelles", "provider.address": belgianAddress, "provider.vat_number": "BE0123456789"},
			`^\s+merchant: false$`, map[textfmt.Lang][]string{
				textfmt.EN: {"your answer to “Country where you are established” (line @country)"},
				textfmt.FR: {"votre réponse à « Pays où vous êtes établi » (ligne @country)"}}},
		{"a default makes the answer not apply", map[string]string{"provider.identifier": "RNA W123456789"},
			`^\s+identifier: RNA W123456789$`, map[textfmt.Lang][]string{
				textfmt.EN: {"the default answer to “What kind of provider are you?”"},
				textfmt.FR: {"la réponse par défaut à « Quel type de fournisseur êtes-vous ? »"}}},
	} {
		data := exampleFile(t, "api-tos", c.replace)
		f, issues := answers.Parse(data, templates.Registry)
		if len(errorIDs(issues)) > 0 {
			t.Fatalf("%s: %v", c.name, errorIDs(issues))
		}
		// The examples of other questions that no longer apply are
		// noted too; this one is at its line.
		want := lineOf(data, c.ignored)
		i := slices.IndexFunc(f.Ignored(), func(n answers.Issue) bool { return n.Line == want })
		if i < 0 {
			t.Fatalf("%s: no note at line %d: %v", c.name, want, f.Ignored())
		}
		n := f.Ignored()[i]
		if !n.Note || n.Warning() {
			t.Errorf("%s: note %v, warning %v, want a note", c.name, n.Note, n.Warning())
		}
		for _, l := range textfmt.All {
			got := locales.For(l).Message(n.Msg)
			for _, cause := range c.causes[l] {
				cause = regexp.MustCompile(`@(\w+)`).ReplaceAllStringFunc(cause, func(s string) string {
					return strconv.Itoa(lineOf(data, `^\s+`+s[1:]+`: `))
				})
				if !strings.Contains(got, textfmt.Typeset(l, cause)) {
					t.Errorf("%s %s: %q does not name %q", c.name, l, got, cause)
				}
			}
		}
	}
	// An example left where its question no longer applies is noted too:
	// init writes the examples of the questions that apply only, so what
	// remains of them is the user's answer.
	data := exampleFile(t, "api-tos", map[string]string{"provider.type": "organisation", "provider.legal_form": "association"})
	f, _ := answers.Parse(data, templates.Registry)
	var noted []string
	for _, n := range f.Ignored() {
		noted = append(noted, n.Key)
	}
	if !slices.Contains(noted, "provider.share_capital") {
		t.Errorf("the example share capital of a provider that is no company is not noted: %v", noted)
	}

	// The Data Act question applies to free access too: the definition of
	// a data processing service sets no condition of payment (article
	// 2(8) of Regulation (EU) 2023/2854).
	data = exampleFile(t, "api-tos", map[string]string{"pricing.model": "free", "data_act.processing_service": "true",
		"data_act.excluded": "the parameters of the Provider's models"})
	f, _ = answers.Parse(data, templates.Registry)
	for _, n := range f.Ignored() {
		if strings.HasPrefix(n.Key, "data_act.") {
			t.Errorf("free access: the answer to %s is noted as not used", n.Key)
		}
	}
}

func errorIDs(issues []answers.Issue) []string {
	var ids []string
	for _, i := range issues {
		if !i.Warning() {
			ids = append(ids, i.Msg.ID)
		}
	}
	return ids
}
