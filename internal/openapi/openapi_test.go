package openapi

import (
	"errors"
	"fmt"
	"testing"

	"apitos/templates"
)

func taken(r *Result) map[string]any {
	out := map[string]any{}
	for _, t := range r.Taken {
		out[t.Key] = t.Value
	}
	return out
}

func left(r *Result) map[string]string {
	out := map[string]string{}
	for _, l := range r.Left {
		out[l.Field] = l.Reason.ID
	}
	return out
}

// The same information, in OpenAPI 3.0 and 3.1, each as JSON (indented
// with tabs, as many tools write it, or on one line) and as YAML, gives
// the same answers; what the terms cannot take is said, with why.
func TestRead(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	docs := map[string]string{
		"3.0 JSON": "\ufeff{\n\t\"openapi\": \"3.0.3\",\n\t\"info\": {\n\t\t\"title\": \"Acme Météo API\",\n\t\t\"version\": \"2.3.0\",\n" +
			"\t\t\"termsOfService\": \"https://acme-meteo.example/legal/api-terms\",\n" +
			"\t\t\"contact\": {\"name\": \"API team\", \"email\": \"api-legal@acme-meteo.example\"},\n" +
			"\t\t\"license\": {\"name\": \"CC BY-SA 4.0\"}\n\t},\n" +
			"\t\"externalDocs\": {\"url\": \"https://developers.acme-meteo.example/docs\"},\n\t\"paths\": {}\n}\n",
		"3.1 YAML": "openapi: 3.1.0\ninfo:\n  title: Acme Météo API\n  version: 2.3.0\n  termsOfService: https://acme-meteo.example/legal/api-terms\n" +
			"  contact:\n    name: API team\n    email: api-legal@acme-meteo.example\n  license:\n    name: Creative Commons Attribution Share Alike 4.0\n    identifier: CC-BY-SA-4.0\n" +
			"externalDocs:\n  url: https://developers.acme-meteo.example/docs\npaths: {}\n",
		"3.1 JSON": `{"openapi":"3.1.1","info":{"title":"Acme Météo API","version":"2.3.0",` +
			`"termsOfService":"https://acme-meteo.example/legal/api-terms","contact":{"name":"API team","email":"api-legal@acme-meteo.example"},` +
			`"license":{"name":"CC BY-SA","identifier":"CC-BY-SA-4.0"}},"externalDocs":{"url":"https://developers.acme-meteo.example/docs"},"paths":{}}`,
		"3.0 YAML": "openapi: \"3.0.0\"\r\ninfo:\r\n  title: 'Acme Météo API'\r\n  version: \"2.3.0\"\r\n  termsOfService: https://acme-meteo.example/legal/api-terms\r\n" +
			"  contact: {name: API team, email: api-legal@acme-meteo.example}\r\n  license:\r\n    name: CC-BY-SA-4.0\r\n" +
			"externalDocs:\r\n  url: https://developers.acme-meteo.example/docs\r\npaths: {}\r\n",
	}
	for name, doc := range docs {
		r, err := Read([]byte(doc), k.Questionnaire)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := map[string]any{"api.name": "Acme Météo API", "provider.contact": "api-legal@acme-meteo.example",
			"api.terms_url": "https://acme-meteo.example/legal/api-terms", "api.docs_url": "https://developers.acme-meteo.example/docs",
			"conditions.specification": "cc-by-sa"}
		if got := taken(r); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: took %v, want %v", name, got, want)
		}
		if got := left(r); got["info.version"] != "openapi.api_version" || got["info.contact.name"] != "openapi.contact_name" || len(got) != 2 {
			t.Errorf("%s: left %v", name, got)
		}
	}
}

// What the questionnaire would refuse is left, with the questionnaire's
// reason; a licence the terms do not offer for a specification is left.
func TestLeavesWhatTheTermsRefuse(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	r, err := Read([]byte("openapi: 3.0.0\ninfo:\n  title: X\n  version: '1'\n  termsOfService: /terms\n  contact:\n    email: not an address\n  license:\n    name: MIT\n"), k.Questionnaire)
	if err != nil {
		t.Fatal(err)
	}
	got := left(r)
	if got["info.termsOfService"] != "value.url" || got["info.contact.email"] != "value.email" || got["info.license.name"] != "openapi.licence" {
		t.Errorf("left %v", got)
	}
	if fmt.Sprint(taken(r)) != "map[api.name:X]" {
		t.Errorf("took %v", taken(r))
	}
}

func TestNotOpenAPI3(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	for doc, want := range map[string]error{
		"swagger: '2.0'\ninfo:\n  title: X\n": ErrSwagger,
		"openapi: 2.5.0\n":                    ErrNotOpenAPI,
		"{\"name\": \"package.json\"}":        ErrNotOpenAPI,
	} {
		if _, err := Read([]byte(doc), k.Questionnaire); !errors.Is(err, want) {
			t.Errorf("%q: %v, want %v", doc, err, want)
		}
	}
	if _, err := Read([]byte("{not json"), k.Questionnaire); err == nil {
		t.Error("broken JSON read")
	}
}
