package answers_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

var schemaWords = answers.SchemaWords{Title: "%s: answers file", Kind: "kind", Languages: "languages",
	Answers: "answers", Row: "row", TextIn: "The text in %s.", Translation: "One text per language."}

// compile compiles the schema of a kind's answers files.
func compile(t *testing.T, k *templates.Kind) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(answers.Schema(k.Questionnaire, textfmt.EN, schemaWords)))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(answers.SchemaID(k.ID), doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(answers.SchemaID(k.ID))
	if err != nil {
		t.Fatalf("%s: the schema does not compile: %v", k.ID, err)
	}
	return sch
}

// instance reads YAML as a YAML editor's language server does (YAML 1.2:
// a date is a string) into the values a JSON Schema validates.
func instance(t *testing.T, src []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	var conv func(n *yaml.Node) any
	conv = func(n *yaml.Node) any {
		switch n.Kind {
		case yaml.DocumentNode:
			return conv(n.Content[0])
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				m[n.Content[i].Value] = conv(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			s := []any{}
			for _, c := range n.Content {
				s = append(s, conv(c))
			}
			return s
		}
		switch n.Tag {
		case "!!null":
			return nil
		case "!!bool":
			b, _ := strconv.ParseBool(n.Value)
			return b
		case "!!int", "!!float":
			return json.Number(n.Value)
		}
		return n.Value
	}
	return conv(&doc)
}

// encodedExample is an answers file as init --example writes it, for
// documents in langs.
func encodedExample(t *testing.T, k *templates.Kind, langs []textfmt.Lang) []byte {
	t.Helper()
	vals := questionnaire.Values{}
	vals.SetLangs(langs)
	for key, v := range k.Examples() {
		if tr, ok := v.(questionnaire.Translated); ok && len(langs) == 1 {
			v = questionnaire.Translated{langs[0]: tr[langs[0]]}
		}
		vals[key] = v
	}
	for _, qq := range k.Questionnaire.Questions() {
		if _, ok := vals[qq.Key]; !ok {
			if d := qq.DefaultValue(); d != nil {
				vals[qq.Key] = d
			}
		}
	}
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, &answers.Labels{Schema: answers.SchemaComment(k.ID)})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Every example answers file, in both languages and in each one, is
// valid against the schema of its kind.
func TestExampleFilesMatchTheirSchema(t *testing.T) {
	for _, k := range templates.All() {
		sch := compile(t, k)
		for _, langs := range [][]textfmt.Lang{textfmt.All, {textfmt.EN}, {textfmt.FR}} {
			data := encodedExample(t, k, langs)
			if err := sch.Validate(instance(t, data)); err != nil {
				t.Errorf("%s %v: the example does not match the schema: %v", k.ID, langs, err)
			}
		}
	}
}

// The schema refuses what apitos refuses: an unknown option, a number
// out of bounds, a misspelt key, a commitment declined, a required
// answer left out, and a single text for an answer that a file of both
// languages writes once per language.
func TestSchemaRefusesWrongAnswers(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	sch := compile(t, k)
	base := string(encodedExample(t, k, textfmt.All))
	if err := sch.Validate(instance(t, []byte(base))); err != nil {
		t.Fatalf("the example is refused: %v", err)
	}
	wrong := map[string][2]string{
		"unknown option":      {"access: neutrality", "access: neutral"},
		"below the minimum":   {"notice_months: 3", "notice_months: 1"},
		"misspelt key":        {"jurisdiction: Paris", "juridiction: Paris"},
		"declined commitment": {"fair_use: true", "fair_use: false"},
		"required left out":   {"  name: Acme Météo SAS\n", "\n"},
		"not a date":          {"effective_date: 2027-03-01", "effective_date: 2027-02-30"},
		"not an address":      {"url: https://acme-meteo.example\n", "url: acme-meteo.example\n"},
		"unknown country":     {"governing_law: FR", "governing_law: US"},
	}
	for name, r := range wrong {
		if !strings.Contains(base, r[0]) {
			t.Fatalf("%s: the example has no %q", name, r[0])
		}
		src := strings.Replace(base, r[0], r[1], 1)
		if err := sch.Validate(instance(t, []byte(src))); err == nil {
			t.Errorf("%s: the schema accepts\n%s", name, r[1])
		}
	}
	// A translatable answer: one text per language in a file of both...
	annex := `  annex:
    - title: Service level agreement
      url: https://acme-meteo.example/sla
`
	both := base[:strings.Index(base, "  annex:")] + annex
	if err := sch.Validate(instance(t, []byte(both))); err == nil {
		t.Error("a single text is accepted in a file of both languages")
	}
	// ...and a plain text in a file of one language.
	one := strings.Replace(both, "languages: [en, fr]", "languages: [en]", 1)
	if err := sch.Validate(instance(t, []byte(one))); err != nil {
		t.Errorf("a plain text is refused in a file of one language: %v", err)
	}
}

// init writes the schema's modeline first, where YAML editors read it.
func TestSchemaModelineComesFirst(t *testing.T) {
	k, _ := templates.Lookup("contribution")
	first, _, _ := strings.Cut(string(encodedExample(t, k, textfmt.All)), "\n")
	if first != "# yaml-language-server: $schema=contribution.schema.json" {
		t.Errorf("first line %q", first)
	}
}

// A contribution policy that names its charter, as init --charter writes
// it, is valid against its schema: the answers it takes from the charter
// are not asked of it.
func TestLinkedPolicyMatchesItsSchema(t *testing.T) {
	k, _ := templates.Lookup("contribution")
	vals := questionnaire.Values{}
	vals.SetLangs(textfmt.All)
	vals.SetCharter("charter.yaml")
	for key, v := range k.Examples() {
		if qq, _ := k.Questionnaire.Question(key); qq.FromCharter == "" {
			vals[key] = v
		}
	}
	for _, qq := range k.Questionnaire.Questions() {
		if _, ok := vals[qq.Key]; !ok && qq.FromCharter == "" {
			if d := qq.DefaultValue(); d != nil {
				vals[qq.Key] = d
			}
		}
	}
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "charter: charter.yaml") {
		t.Fatalf("no charter key:\n%s", data)
	}
	if err := compile(t, k).Validate(instance(t, data)); err != nil {
		t.Errorf("the linked policy does not match its schema: %v", err)
	}
}

// The schema knows the overrides key: clauses of the kind, one text per
// language (or a plain text), and nothing else.
func TestSchemaKnowsOverrides(t *testing.T) {
	k, _ := templates.Lookup("charter")
	words := schemaWords
	words.Clauses = k.ClauseIDs()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(answers.Schema(k.Questionnaire, textfmt.EN, words)))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(answers.SchemaID(k.ID), doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(answers.SchemaID(k.ID))
	if err != nil {
		t.Fatal(err)
	}
	base := string(encodedExample(t, k, textfmt.All))
	cases := map[string]bool{
		"overrides:\n  licences-change:\n    en: Our text.\n    fr: Notre texte.\n": true,
		"overrides:\n  licences-change: Our text.\n":                                true,
		"overrides:\n  no-such-clause:\n    en: Our text.\n":                        false,
		"overrides:\n  licences-change:\n    de: Unser Text.\n":                     false,
		"overrides:\n  licences-change:\n    - Our text.\n":                         false,
	}
	for add, ok := range cases {
		err := sch.Validate(instance(t, []byte(base+add)))
		if ok && err != nil {
			t.Errorf("the schema refuses\n%s: %v", add, err)
		} else if !ok && err == nil {
			t.Errorf("the schema accepts\n%s", add)
		}
	}
}

func TestKeepsSchemaComment(t *testing.T) {
	dir := t.TempDir()
	named := filepath.Join(dir, "named.yaml")
	os.WriteFile(named, []byte("# "+answers.SchemaComment("charter")+"\nkind: charter\n"), 0o644)
	other := filepath.Join(dir, "other.yaml")
	os.WriteFile(other, []byte("# "+answers.SchemaComment("api-tos")+"\nkind: api-tos\n"), 0o644)
	for _, c := range []struct {
		path, kind string
		want       bool
	}{
		{named, "charter", true},                           // names its schema on line 1
		{other, "charter", false},                          // names another kind's
		{filepath.Join(dir, "new.yaml"), "charter", false}, // nothing there, no schema beside
	} {
		if got := answers.KeepsSchemaComment(c.path, c.kind); got != c.want {
			t.Errorf("answers.KeepsSchemaComment(%s, %s) = %v", filepath.Base(c.path), c.kind, got)
		}
	}
	os.WriteFile(filepath.Join(dir, answers.SchemaFile("contribution")), []byte("{}"), 0o644)
	if !answers.KeepsSchemaComment(filepath.Join(dir, "new.yaml"), "contribution") {
		t.Error("a file saved beside its kind's schema does not name it")
	}
}
