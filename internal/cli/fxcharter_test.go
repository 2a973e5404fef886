package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// SN-e: checked together with a policy linked to it, a charter's warnings
// are printed once, not again as the policy's view of its charter; each
// line the command prints is printed once.
func TestFxcharterCharterWarningsPrintedOnceWithItsPolicy(t *testing.T) {
	dir := t.TempDir()
	charter, policy := linkedPair(t, dir)
	editAnswers(t, charter, "legal.vehicle", "scic", "legal.company_form", "sarl", "legal.variable_capital", "true",
		"legal.entity_name", "Sentiers en commun SCIC SARL", "governance.default_rule", "two-thirds")
	for _, args := range [][]string{{"validate", charter, policy}, {"validate", policy, charter}} {
		r := run(t, "C", args...)
		for _, reason := range []string{"a SARL may not have more than one hundred members", "on the dissolution of a SCIC"} {
			if n := strings.Count(r.stderr, reason); n != 1 {
				t.Errorf("%v: %q printed %d times:\n%s", args[1:], reason, n, r.stderr)
			}
		}
		seen := map[string]bool{}
		for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
			if seen[line] {
				t.Errorf("%v: printed twice: %s", args[1:], line)
			}
			seen[line] = true
		}
	}
}

// SN-e: rules that give the same reason for different answers, such as
// one per licence, are reported once, with the labels of all the answers.
func TestFxcharterSameReasonReportedOnce(t *testing.T) {
	dir := t.TempDir()
	charter := filepath.Join(dir, "charter.yaml")
	if r := run(t, "C", "init", "--kind", "charter", "--example", "-o", charter); r.code != ExitOK {
		t.Fatalf("init: %s", r.stderr)
	}
	editAnswers(t, charter, "licences.data", "CC-BY-NC-4.0", "licences.content", "CC-BY-NC-4.0",
		"decisions.licence", "two-thirds", "amendment.rule", "consensus")
	r := run(t, "C", "validate", charter)
	for _, reason := range []string{"this licence restricts commercial use or modification", "since the charter names the licences, a change of licence is also an amendment"} {
		if n := strings.Count(r.stderr, reason); n != 1 {
			t.Errorf("%q printed %d times:\n%s", reason, n, r.stderr)
		}
	}
	for _, line := range strings.Split(r.stderr, "\n") {
		if strings.Contains(line, "this licence restricts commercial use") && (!strings.Contains(line, "Licence of the data") || !strings.Contains(line, "Licence of the content")) {
			t.Errorf("the warning does not name both licences: %s", line)
		}
	}
}

// SM-2: without a legal person, the charter's address for personal data
// is asked and used, and a policy linked to the charter gives the same
// address for the members' contact point; left empty, both give the
// commons' contact address.
func TestFxcharterLinkedPolicyReachesTheCharterDataAddress(t *testing.T) {
	for _, vehicle := range []string{"none", "de-facto-association"} {
		for _, address := range []string{"donnees@commun.example", ""} {
			dir := t.TempDir()
			charter, policy := linkedPair(t, dir)
			editAnswers(t, charter, "legal.vehicle", vehicle, "legal.entity_name", "", "legal.statutes_url", "",
				"privacy.dpo", "", "privacy.contact", address, "privacy.controller", "Léa Moreau")
			r := run(t, "C", "validate", charter)
			for _, line := range strings.Split(r.stderr, "\n") {
				if strings.Contains(line, "Address for personal data") && strings.Contains(line, "this answer is not used") {
					t.Errorf("%s %q: the address for personal data is not used: %s", vehicle, address, line)
				}
			}
			out := filepath.Join(dir, "out")
			if r := run(t, "C", "generate", policy, "-o", out, "--format", "md"); r.code != ExitOK {
				t.Fatalf("generate: exit %d %s", r.code, r.stderr)
			}
			if r := run(t, "C", "generate", charter, "-o", out, "--format", "md"); r.code != ExitOK {
				t.Fatalf("generate: exit %d %s", r.code, r.stderr)
			}
			want := address
			if want == "" {
				data, err := os.ReadFile(charter)
				if err != nil {
					t.Fatal(err)
				}
				want = "contact@sentiers-en-commun.example"
				if !strings.Contains(string(data), want) {
					t.Fatalf("the example's contact address changed")
				}
			}
			for _, l := range []string{"en", "fr"} {
				for _, doc := range []string{"contribution", "charter"} {
					if text := markdownText(t, filepath.Join(out, doc+"."+l+".md")); !strings.Contains(text, want) {
						t.Errorf("%s %q: %s.%s.md does not give %s", vehicle, address, doc, l, want)
					}
				}
			}
		}
	}
}
