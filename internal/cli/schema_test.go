package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/manifest"
)

// schema prints the JSON Schema of a kind's answers files, described in
// the language asked for, and the manifest's with --manifest.
func TestSchemaCommand(t *testing.T) {
	r := run(t, "C", "schema", "--kind", "charter", "--lang", "fr")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var s map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" || s["$id"] != answers.SchemaID("charter") {
		t.Errorf("$schema %v, $id %v", s["$schema"], s["$id"])
	}
	if !strings.Contains(r.stdout, "Charte d’un commun numérique\u00a0: fichier de réponses pour apitos") {
		t.Errorf("the title is not in French:\n%.300s", r.stdout)
	}
	m := run(t, "C", "schema", "--manifest")
	if m.code != ExitOK || m.stdout != string(manifest.Schema) {
		t.Errorf("--manifest: exit %d", m.code)
	}
	for _, args := range [][]string{{"schema"}, {"schema", "--kind", "nda"}, {"schema", "--kind", "charter", "--manifest"}} {
		if r := run(t, "C", args...); r.code != ExitUsage {
			t.Errorf("%v: exit %d", args, r.code)
		}
	}
}

// init -o writes the schema beside the answers file, under the name its
// first line gives, so that an editor finds it without a network.
func TestInitWritesTheSchemaBeside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "terms.yaml")
	r := run(t, "fr_FR.UTF-8", "init", "--kind", "api-tos", "-o", path)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(path)
	first, _, _ := strings.Cut(string(data), "\n")
	name := strings.TrimPrefix(first, "# yaml-language-server: $schema=")
	if name == first {
		t.Fatalf("first line %q is no schema modeline", first)
	}
	schema, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("the schema the first line names is not beside the file: %v", err)
	}
	if !bytes.Equal(schema, []byte(run(t, "fr_FR.UTF-8", "schema", "--kind", "api-tos").stdout)) {
		t.Error("the schema written by init differs from apitos schema's")
	}
	if !strings.Contains(r.stdout, filepath.Join(dir, name)) {
		t.Errorf("init does not say it wrote the schema:\n%s", r.stdout)
	}
}
