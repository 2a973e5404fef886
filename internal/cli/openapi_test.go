package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/templates"
)

// init --from-openapi writes API terms' answers holding what the OpenAPI
// document says, and reports what it took and what it left.
func TestInitFromOpenAPI(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "openapi.json")
	os.WriteFile(spec, []byte(`{"openapi": "3.0.3", "info": {"title": "Acme Météo API", "version": "2.3.0",
		"contact": {"email": "api-legal@acme-meteo.example"}, "license": {"name": "CC0-1.0"}},
		"externalDocs": {"url": "https://developers.acme-meteo.example/docs"}, "paths": {}}`), 0o644)
	out := filepath.Join(dir, "terms.yaml")
	r := run(t, "C", "init", "--from-openapi", spec, "-o", out)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"(OpenAPI 3.0.3), 4 answers taken:", "info.title → Name of the API (api.name): Acme Météo API",
		"info.version not taken (2.3.0): the version of the API"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, r.stdout)
		}
	}
	data, _ := os.ReadFile(out)
	f, _ := answers.ParseFile(out, data, templates.Registry)
	if f == nil || f.Kind != "api-tos" || f.Values["api.name"] != "Acme Météo API" || f.Values["conditions.specification"] != "cc0" ||
		f.Values["api.docs_url"] != "https://developers.acme-meteo.example/docs" || f.Values["version"] != "1.0" {
		t.Errorf("answers written: %v", f)
	}

	// To standard output, the report goes to the error stream.
	if r := run(t, "C", "init", "--kind", "api-tos", "--from-openapi", spec); !strings.Contains(r.stdout, "name: Acme Météo API") || !strings.Contains(r.stderr, "4 answers taken") {
		t.Errorf("to standard output: %s\n%s", r.stdout, r.stderr)
	}
	if r := run(t, "C", "init", "--kind", "charter", "--from-openapi", spec); r.code != ExitUsage {
		t.Errorf("a charter from OpenAPI: exit %d", r.code)
	}
	swagger := filepath.Join(dir, "swagger.yaml")
	os.WriteFile(swagger, []byte("swagger: '2.0'\ninfo: {title: X, version: '1'}\n"), 0o644)
	other := filepath.Join(dir, "other.yaml")
	if r := run(t, "C", "init", "--from-openapi", swagger, "-o", other); r.code != ExitInvalid || !strings.Contains(r.stderr, "Swagger 2.0") {
		t.Errorf("swagger: exit %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(other); err == nil {
		t.Error("something was written")
	}
}
