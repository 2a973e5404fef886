package templates

import (
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// The charter speaks of the terms on which Contributions are received,
// not only licensed: a contribution policy linked to it may take them by
// assignment, and the charter must not describe that route as a licence.
func TestCharterContributionTermsCoverAssignment(t *testing.T) {
	k, _ := Lookup("charter")
	want := [2]string{"the terms on which it is received, whether licensed or assigned, and the rights of employers", "les conditions auxquelles elle est reçue, qu’elle fasse l’objet d’une licence ou d’une cession, et les droits des employeurs"}
	never := [2]string{"the terms on which it is licensed and", "elle est concédée et les droits"}
	for _, url := range []string{"", "https://example.org/contributing"} {
		vals := k.Examples()
		vals["contribution.policy_url"] = url
		for li, l := range textfmt.All {
			text := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(assembledText(t, k, vals, l))
			if !strings.Contains(text, want[li]) {
				t.Errorf("policy url %q, %s: missing %q", url, l, want[li])
			}
			if strings.Contains(text, never[li]) {
				t.Errorf("policy url %q, %s: still %q", url, l, never[li])
			}
		}
	}
}
