package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/manifest"
	"apitos/internal/questionnaire"
	"apitos/internal/readertest"
	"apitos/internal/textfmt"
	"apitos/templates"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// manifestSchema compiles the manifest's JSON Schema, as shipped, with
// format assertions on.
func manifestSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(manifest.Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(manifest.SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(manifest.SchemaID)
	if err != nil {
		t.Fatalf("the manifest's schema does not compile: %v", err)
	}
	return sch
}

// requests covers every kind in both languages, one language, and as a
// draft.
func manifestRequests(t *testing.T) []Request {
	var reqs []Request
	for _, req := range exampleRequests(t) {
		req.Program = "9.8.7"
		reqs = append(reqs, req)
		one := req
		one.Langs, one.Formats = []textfmt.Lang{textfmt.FR}, []Format{Markdown}
		reqs = append(reqs, one)
		draft := req
		draft.Mode = templates.Preview
		draft.Values = questionnaire.Values{}
		for k, v := range req.Values {
			draft.Values[k] = v
		}
		delete(draft.Values, draft.Kind.Questionnaire.Document.Name)
		reqs = append(reqs, draft)
	}
	return reqs
}

// Every manifest is valid against the schema the program ships, and it
// lists every file written with its digest, and the fingerprint the
// documents carry.
func TestManifestsMatchTheirSchemaAndTheirFiles(t *testing.T) {
	sch := manifestSchema(t)
	for _, req := range manifestRequests(t) {
		files, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		last := files[len(files)-1]
		draft := req.Mode == templates.Preview
		if last.Name != manifest.Name(req.Kind.ID, draft, false) {
			t.Fatalf("last file %s, want the manifest", last.Name)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(last.Data))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s (%v, draft %v) does not match its schema: %v", last.Name, req.Langs, draft, err)
		}
		var m manifest.Manifest
		if err := json.Unmarshal(last.Data, &m); err != nil {
			t.Fatal(err)
		}
		if len(m.Files) != len(files)-1 {
			t.Fatalf("%s lists %d files, %d were written", last.Name, len(m.Files), len(files)-1)
		}
		for i, f := range files[:len(files)-1] {
			if m.Files[i].Name != f.Name || m.Files[i].SHA256 != fmt.Sprintf("%x", sha256.Sum256(f.Data)) {
				t.Errorf("%s lists %+v for %s", last.Name, m.Files[i], f.Name)
			}
		}
		if m.Generator.Version != "9.8.7" || m.Draft != draft || m.Kind != req.Kind.ID {
			t.Errorf("%s: generator %+v, draft %v, kind %s", last.Name, m.Generator, m.Draft, m.Kind)
		}
		fp, err := document.ReadFingerprint(files[0].Data)
		if err != nil {
			t.Fatal(err)
		}
		if fp.Answers != m.Fingerprint.Answers || fp.Templates != m.Fingerprint.Templates {
			t.Errorf("%s: the manifest's fingerprint %+v differs from the documents' %+v", last.Name, m.Fingerprint, fp)
		}
		if got := m.Answers[req.Kind.Questionnaire.Document.Version]; got == nil || got != m.Version {
			t.Errorf("%s: version %q, answer %v", last.Name, m.Version, got)
		}
	}
}

// The API terms' manifest holds the code of their five conditions, the
// options chosen by their identifiers and the licence of the
// specification by its SPDX identifier.
func TestManifestOfTheAPITerms(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	vals := k.Examples()
	vals["conditions.access"] = "share-alike"
	vals["conditions.specification"] = "cc-by-sa"
	files, err := Render(Request{Kind: k, Values: vals, Langs: textfmt.All, Formats: []Format{Markdown}})
	if err != nil {
		t.Fatal(err)
	}
	var m manifest.Manifest
	if err := json.Unmarshal(files[len(files)-1].Data, &m); err != nil {
		t.Fatal(err)
	}
	if m.Conditions != "AS-SS-DO-PA-CR" {
		t.Errorf("conditions %q, want AS-SS-DO-PA-CR", m.Conditions)
	}
	if m.Options["conditions.access"] != "share-alike" || m.Licences["conditions.specification"] != "CC-BY-SA-4.0" {
		t.Errorf("options %v, licences %v", m.Options, m.Licences)
	}
	if m.Answers["provider.name"] != vals["provider.name"] {
		t.Errorf("answers %v", m.Answers)
	}
}

// Every option of the five conditions has its token in the code, at the
// condition's place, and no two options of a condition share one.
func TestEveryConditionOptionHasAToken(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	q := k.Questionnaire
	keys := []string{"conditions.access", "conditions.specification", "conditions.data", "conditions.output", "conditions.attribution"}
	for i, key := range keys {
		qq, ok := q.Question(key)
		if !ok {
			t.Fatalf("no question %s", key)
		}
		seen := map[string]string{}
		for _, o := range qq.Options {
			vals := q.Resolve(questionnaire.Values{key: o.ID})
			tok := strings.Split(manifest.ConditionsCode(vals), "-")[i]
			if tok == "?" {
				t.Errorf("%s/%s has no token in the conditions code", key, o.ID)
			}
			if other, dup := seen[tok]; dup {
				t.Errorf("%s: %s and %s share the token %s", key, other, o.ID, tok)
			}
			seen[tok] = o.ID
		}
	}
}

// Generating twice gives the same fingerprints and the same manifest;
// changing one answer changes both.
func TestFingerprintsAreStableAndFollowTheAnswers(t *testing.T) {
	k, _ := templates.Lookup("charter")
	render := func(vals questionnaire.Values) []File {
		files, err := Render(Request{Kind: k, Values: vals, Langs: textfmt.All, Formats: Formats, Program: "1.2.3"})
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	first, second := render(k.Examples()), render(k.Examples())
	for i := range first {
		if !bytes.Equal(first[i].Data, second[i].Data) {
			t.Errorf("%s differs from one generation to the next", first[i].Name)
		}
	}
	changed := k.Examples()
	changed["commons.name"] = "Sentiers partagés"
	third := render(changed)
	fp := func(f File) document.Fingerprint {
		p, err := document.ReadFingerprint(f.Data)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		return p
	}
	for i, f := range first {
		if f.Lang == "" {
			continue
		}
		a, b := fp(f), fp(third[i])
		if a.Answers == b.Answers || a.Templates != b.Templates || a.Program != "1.2.3" || a.Lang != f.Lang {
			t.Errorf("%s: fingerprints %+v and %+v", f.Name, a, b)
		}
	}
	if bytes.Equal(first[len(first)-1].Data, third[len(third)-1].Data) {
		t.Error("the manifest did not change with the answers")
	}
}

// The PDF carries its fingerprint in its XMP metadata, which pdfinfo
// reads, and prints it on its last page, which pdftotext reads.
func TestPDFShowsItsFingerprint(t *testing.T) {
	readertest.Require(t, "pdfinfo", "pdftotext", "qpdf")
	k, _ := templates.Lookup("api-tos")
	for _, l := range textfmt.All {
		files, err := Render(Request{Kind: k, Values: k.Examples(), Langs: []textfmt.Lang{l}, Formats: []Format{PDF}, Program: "4.5.6"})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "terms.pdf")
		os.WriteFile(path, files[0].Data, 0o644)
		want := Fingerprint(k, k.Examples(), l, templates.Final, "4.5.6")
		if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			t.Fatalf("qpdf --check: %v\n%s", err, out)
		}
		meta, err := exec.Command("pdfinfo", "-meta", path).Output()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(meta), "<apitos:answers>"+want.Answers+"</apitos:answers>") {
			t.Errorf("%s: the XMP metadata lacks the answers' fingerprint:\n%s", l, meta)
		}
		info, _ := exec.Command("pdfinfo", path).Output()
		if !strings.Contains(string(info), "APIToS 4.5.6") {
			t.Errorf("%s: pdfinfo does not name the program's version:\n%s", l, info)
		}
		pages := 0
		for _, line := range strings.Split(string(info), "\n") {
			if n, ok := strings.CutPrefix(line, "Pages:"); ok {
				fmt.Sscan(strings.TrimSpace(n), &pages)
			}
		}
		last, err := exec.Command("pdftotext", "-enc", "UTF-8", "-f", fmt.Sprint(pages), "-l", fmt.Sprint(pages), path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		line := map[textfmt.Lang]string{textfmt.EN: "Document generated by APIToS 4.5.6 — fingerprint " + want.Answers,
			textfmt.FR: "Document généré par APIToS 4.5.6 — empreinte " + want.Answers}[l]
		for _, s := range []string{line, want.Templates} {
			if !strings.Contains(string(last), s) {
				t.Errorf("%s: the last page does not show %q:\n%s", l, s, last)
			}
		}
		got, err := document.ReadFingerprint(files[0].Data)
		if err != nil || got != *want {
			t.Errorf("%s: fingerprint read back %+v (%v), want %+v", l, got, err, *want)
		}
	}
}
