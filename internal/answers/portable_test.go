package answers_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/templates"
)

// A file saved by a Windows editor, with CRLF line endings and a
// byte-order mark (Notepad's UTF-8), reads as the same file does with
// LF, and reports its problems at the same lines.
func TestWindowsLineEndings(t *testing.T) {
	windows := "\ufeff" + strings.ReplaceAll(valid, "\n", "\r\n")
	f, issues := answers.Parse([]byte(windows), templates.Registry)
	g, _ := answers.Parse([]byte(valid), templates.Registry)
	if len(issues) > 0 || f == nil || !reflect.DeepEqual(f.Values, g.Values) {
		t.Fatalf("CRLF file: %v, %v", issues, f)
	}
	bad := strings.Replace(windows, "url: https://acme.example\r\n", "url: acme\r\n", 1)
	_, issues = answers.Parse([]byte(bad), templates.Registry)
	if len(issues) != 1 || issues[0].Line != 5 || issues[0].Key != "provider.url" {
		t.Errorf("issues %+v, want provider.url at line 5", issues)
	}
}

// A charter named with Windows separators (typed on Windows) is the same
// file on every system, relative to the policy's folder; references are
// written with slashes, which every system reads.
func TestCharterReferenceWithBackslashes(t *testing.T) {
	policy := filepath.Join("projets", "sentiers", "policy.yaml")
	want := filepath.Join("projets", "sentiers", "shared", "charter.yaml")
	for _, ref := range []string{`shared\charter.yaml`, "shared/charter.yaml", `.\shared\charter.yaml`} {
		if got := answers.Resolve(policy, ref); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", ref, got, want)
		}
	}
	if got := answers.Resolve(policy, `..\charter.yaml`); got != filepath.Join("projets", "charter.yaml") {
		t.Errorf("parent folder: %q", got)
	}

	dir := t.TempDir()
	shared := filepath.Join(dir, "shared")
	os.Mkdir(shared, 0o755)
	if got := answers.RefFrom(filepath.Join(dir, "policy.yaml"), filepath.Join(shared, "charter.yaml")); got != "shared/charter.yaml" {
		t.Errorf("RefFrom = %q, want shared/charter.yaml", got)
	}
}
