package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A contribution policy written on Windows names its charter with a
// backslash; checked out elsewhere, it still finds it.
func TestCharterNamedOnWindows(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(dir, "shared")
	os.Mkdir(shared, 0o755)
	charter := filepath.Join(shared, "charter.yaml")
	exampleOf(t, "charter", charter)
	policy := filepath.Join(dir, "policy.yaml")
	if r := run(t, "C", "init", "--kind", "contribution", "--example", "--charter", charter, "-o", policy); r.code != ExitOK {
		t.Fatalf("init: %s", r.stderr)
	}
	data, _ := os.ReadFile(policy)
	if !strings.Contains(string(data), "charter: shared/charter.yaml\n") {
		t.Fatalf("the reference is not written with a slash:\n%.400s", data)
	}
	os.WriteFile(policy, []byte(strings.ReplaceAll(strings.Replace(string(data), "charter: shared/charter.yaml", `charter: shared\charter.yaml`, 1), "\n", "\r\n")), 0o644)
	if r := run(t, "C", "validate", policy); r.code != ExitOK {
		t.Errorf("validate: exit %d %s", r.code, r.stderr)
	}
}
