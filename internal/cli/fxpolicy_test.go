package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"apitos/templates"
)

// init --example --charter leaves out of the policy every answer the
// charter supplies and every answer a rule refuses once the charter is
// read: the example's court (Paris), which the charter's rule on courts
// replaces, and the seat that the charter's stands for. validate then
// warns about none of them, whatever the charter's legal vehicle.
func TestInitWithCharterLeavesTheCharterAnswers(t *testing.T) {
	k, _ := templates.Lookup("contribution")
	for _, vehicle := range [][]string{
		{"legal.vehicle", "scic", "legal.company_form", "sarl", "legal.variable_capital", "true", "legal.entity_name", "SCIC Sentiers en commun"},
		{"legal.vehicle", "association"},
	} {
		t.Run(vehicle[1], func(t *testing.T) {
			dir := t.TempDir()
			charter, policy := filepath.Join(dir, "charter.yaml"), filepath.Join(dir, "policy.yaml")
			if r := run(t, "C", "init", "--kind", "charter", "--example", "-o", charter); r.code != ExitOK {
				t.Fatalf("init charter: %s", r.stderr)
			}
			editAnswers(t, charter, vehicle...)
			if r := run(t, "C", "validate", charter); r.code != ExitOK {
				t.Fatalf("charter: %s", r.stderr)
			}
			if r := run(t, "C", "init", "--kind", "contribution", "--example", "--charter", charter, "-o", policy); r.code != ExitOK {
				t.Fatalf("init --charter: exit %d %s", r.code, r.stderr)
			}
			data, _ := os.ReadFile(policy)
			for _, line := range []string{"\n  jurisdiction: Paris", "\n    seat: 12 rue"} {
				if strings.Contains(string(data), line) {
					t.Errorf("init --charter wrote %q", strings.TrimSpace(line))
				}
			}
			var file struct{ Answers map[string]any }
			if err := yaml.Unmarshal(data, &file); err != nil {
				t.Fatal(err)
			}
			for _, qq := range k.Questionnaire.Linked() {
				var v any = file.Answers
				for _, part := range strings.Split(qq.Key, ".") {
					m, _ := v.(map[string]any)
					v = m[part]
				}
				if v != nil {
					t.Errorf("init --charter wrote %s: %v, which the charter gives", qq.Key, v)
				}
			}
			r := run(t, "C", "validate", policy)
			if r.code != ExitOK {
				t.Fatalf("validate: exit %d %s", r.code, r.stderr)
			}
			for _, word := range []string{"Courts with jurisdiction", "remove it here", "comes from"} {
				if strings.Contains(r.stderr, word) {
					t.Errorf("validate of the policy init --charter wrote warns %q:\n%s", word, r.stderr)
				}
			}
		})
	}
	// Without a charter, the example keeps its court.
	policy := filepath.Join(t.TempDir(), "policy.yaml")
	if r := run(t, "C", "init", "--kind", "contribution", "--example", "-o", policy); r.code != ExitOK {
		t.Fatal(r.stderr)
	}
	if data, _ := os.ReadFile(policy); !strings.Contains(string(data), "\n  jurisdiction: Paris\n") {
		t.Errorf("init without a charter lost the example's court:\n%s", data)
	}
}
