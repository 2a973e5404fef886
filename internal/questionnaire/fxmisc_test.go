package questionnaire

import (
	"slices"
	"strings"
	"testing"
)

// shareAlikeSample is ruleSample with a licence and two rules that test
// whether it has a share-alike condition, and whether it has none.
var shareAlikeSample = strings.Replace(ruleSample, "rules:\n", `      - key: content
        type: licence
        label: {en: Content licence, fr: Licence des contenus}
        options:
          - id: CC-BY-SA-4.0
            label: {en: CC BY-SA, fr: CC BY-SA}
            explain: {en: Share-alike., fr: Partage à l'identique.}
          - id: CC-BY-4.0
            label: {en: CC BY, fr: CC BY}
            explain: {en: Permissive., fr: Permissive.}
rules:
  - id: share-alike
    severity: warning
    when: {content: {share_alike: true}}
    fields: [content]
    reason: {en: share-alike, fr: partage à l'identique}
  - id: not-share-alike
    severity: warning
    when: {content: {share_alike: false}}
    fields: [content]
    reason: {en: permissive, fr: permissive}
`, 1)

// share_alike tests a licence as spdx.ShareAlike does, the test the
// templates make: the charter's rule standard-share-alike-content reads
// it, so that the rule and the charter's text never disagree.
func TestFxmiscShareAlikeTest(t *testing.T) {
	q := load(t, shareAlikeSample)
	for licence, want := range map[string][]string{
		"CC-BY-SA-4.0":      {"share-alike"},
		"CC-BY-NC-SA-4.0":   {"share-alike"},
		"GFDL-1.3-or-later": {"share-alike"},
		"LAL-1.3":           {"share-alike"},
		"CC-BY-4.0":         {"not-share-alike"},
		"etalab-2.0":        {"not-share-alike"},
		"GPL-3.0-or-later":  {"not-share-alike"},
		"ODbL-1.0":          {"not-share-alike"},
	} {
		got := slices.DeleteFunc(brokenRules(q, Values{"kinds": []string{"code"}, "content": licence}), func(id string) bool {
			return !strings.Contains(id, "share-alike")
		})
		if !slices.Equal(got, want) {
			t.Errorf("%s: broken %v, want %v", licence, got, want)
		}
	}
	// No licence given: neither rule applies.
	if got := brokenRules(q, Values{"kinds": []string{"code"}}); slices.ContainsFunc(got, func(id string) bool { return strings.Contains(id, "share-alike") }) {
		t.Errorf("no licence: broken %v", got)
	}
}

// share_alike applies to a licence only, and is written true or false.
func TestFxmiscShareAlikeRejected(t *testing.T) {
	for name, c := range map[string][2]string{
		"on a text":         {"when: {content: {share_alike: true}}\n    fields: [content]", "when: {vat: {share_alike: true}}\n    fields: [vat]"},
		"not a boolean":     {"{share_alike: false}", "{share_alike: sometimes}"},
		"on the languages":  {"languages: {not: fr}", "languages: {not: fr, share_alike: true}"},
		"on the link":       {"linked: true", "linked: {in: [true], share_alike: true}"},
		"on a charter test": {"when: {content: {share_alike: true}}", "when: {content: {share_alike: true}, 'charter:x': {share_alike: true}}"},
	} {
		src := strings.Replace(shareAlikeSample, c[0], c[1], 1)
		if src == shareAlikeSample {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if _, err := Load([]byte(src)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
