package answers_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

const valid = `kind: api-tos
answers:
  provider:
    name: Acme SAS
    url: https://acme.example
    contact: legal@acme.example
  api:
    name: Acme API
    docs_url: https://acme.example/docs
  version: 1.0
  effective_date: 2027-03-01
  personal_data:
    url: https://acme.example/privacy
  jurisdiction: Paris
`

func TestValidFile(t *testing.T) {
	f, issues := answers.Parse([]byte(valid), templates.Registry)
	if len(issues) > 0 {
		t.Fatalf("issues: %+v", issues[0])
	}
	if f.Kind != "api-tos" || f.Values["provider.name"] != "Acme SAS" {
		t.Errorf("values: %+v", f.Values)
	}
	if f.Values["version"] != "1.0" {
		t.Errorf("version %v: a YAML float must be read as written", f.Values["version"])
	}
	if d, ok := f.Values["effective_date"].(time.Time); !ok || d.Format(time.DateOnly) != "2027-03-01" {
		t.Errorf("effective_date %v", f.Values["effective_date"])
	}
}

// Each bad input is reported at its line, with the question's key and a
// message id that the locales word in the user's language.
func TestBadInputs(t *testing.T) {
	cases := []struct {
		name, replace, with string
		line                int
		key, id             string
	}{
		{"malformed YAML", "  jurisdiction: Paris", "  jurisdiction: [Paris", 14, "", "file.yaml_bracket"},
		{"wrong kind", "kind: api-tos", "kind: api-terms", 1, "", "file.kind_unknown"},
		{"missing kind", "kind: api-tos", "", 2, "", "file.kind_missing"},
		{"unknown key", "    contact:", "    contcat:", 6, "provider.contcat", "file.unknown_key_suggest"},
		{"unknown top-level key", "answers:", "extra: 1\nanswers:", 2, "", "file.top_unknown"},
		{"wrong type (mapping for text)", "    name: Acme SAS", "    name: {a: b}", 4, "provider.name", "value.scalar"},
		{"wrong type (text for number)", "  jurisdiction: Paris", "  jurisdiction: Paris\n  change:\n    notice_months: three", 16, "change.notice_months", "value.number"},
		{"below the minimum", "  jurisdiction: Paris", "  jurisdiction: Paris\n  change:\n    notice_months: 2", 16, "change.notice_months", "value.min_reason"},
		{"above the maximum", "  jurisdiction: Paris", "  jurisdiction: Paris\n  change:\n    deprecation_months: 600", 16, "change.deprecation_months", "value.max"},
		{"impossible date", "2027-03-01", "2027-02-30", 11, "effective_date", "value.date"},
		{"refused condition", "  jurisdiction: Paris", "  jurisdiction: Paris\n  conditions:\n    fair_use: false", 16, "conditions.fair_use", "value.must"},
		{"misspelt option", "  jurisdiction: Paris", "  jurisdiction: Paris\n  conditions:\n    access: neutral", 16, "conditions.access", "value.choice_suggest"},
		{"bad e-mail", "legal@acme.example", "legal-at-acme", 6, "provider.contact", "value.email"},
		{"bad URL", "https://acme.example/docs", "javascript:alert(1)", 9, "api.docs_url", "value.url"},
		{"unknown country", "  jurisdiction: Paris", "  jurisdiction: Paris\n  governing_law: US", 15, "governing_law", "value.country"},
		{"missing required", "    name: Acme SAS\n", "", 3, "provider.name", "value.required"},
		{"text on two lines", "    name: Acme SAS", "    name: \"Acme\\nSAS\"", 4, "provider.name", "value.one_line"},
		{"NUL character", "    name: Acme SAS", "    name: \"Acme\\0SAS\"", 4, "provider.name", "value.control"},
		{"bidirectional override", "    name: Acme SAS", "    name: \"Acme\\u202eSAS\"", 4, "provider.name", "value.control"},
		{"too long", "    name: Acme SAS", "    name: " + strings.Repeat("a", 300), 4, "provider.name", "value.too_long"},
		{"duplicate key", "  jurisdiction: Paris", "  jurisdiction: Paris\n  jurisdiction: Lyon", 15, "jurisdiction", "file.duplicate_key"},
		{"alias", "  jurisdiction: Paris", "  jurisdiction: &j Paris", 14, "jurisdiction", "file.alias"},
		{"list that is not a list", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex: SLA", 15, "annex", "value.list"},
		{"unknown field in a row", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex:\n    - title: SLA\n      url: https://a.example\n      colour: red", 18, "annex", "file.unknown_field"},
		{"missing field in a row", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex:\n    - title: SLA", 16, "annex", "value.required"},
		{"group that is not a mapping", "  api:\n    name: Acme API\n    docs_url: https://acme.example/docs\n", "  api: Acme API\n", 7, "api", "file.group"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(valid, c.replace, c.with, 1)
			_, issues := answers.Parse([]byte(src), templates.Registry)
			for _, i := range issues {
				if i.Msg.ID == c.id && i.Key == c.key && i.Line == c.line {
					return
				}
			}
			t.Errorf("want line %d %s %s; got %s", c.line, c.key, c.id, describe(issues))
		})
	}
}

func describe(issues []answers.Issue) string {
	var parts []string
	for _, i := range issues {
		parts = append(parts, strings.Join([]string{strconv.Itoa(i.Line), i.Key, i.Msg.ID}, " "))
	}
	return strings.Join(parts, "; ")
}

// A 10 MB answer is reported against its question, not as a broken file.
func TestHugeAnswerNamesTheQuestion(t *testing.T) {
	src := strings.Replace(valid, "    name: Acme SAS", "    name: "+strings.Repeat("é", 5<<20), 1)
	_, issues := answers.Parse([]byte(src), templates.Registry)
	if len(issues) != 1 || issues[0].Key != "provider.name" || issues[0].Msg.ID != "value.too_long" || issues[0].Line != 4 {
		t.Fatalf("issues: %s", describe(issues))
	}
}

// A file that is not UTF-8 is refused as YAML, at its line.
func TestInvalidUTF8(t *testing.T) {
	src := strings.Replace(valid, "Acme SAS", "Acme \xff SAS", 1)
	_, issues := answers.Parse([]byte(src), templates.Registry)
	if len(issues) != 1 || issues[0].Msg.ID != "file.yaml_utf8" || issues[0].Line != 4 {
		t.Fatalf("issues: %s", describe(issues))
	}
}

// The slips of someone editing an answers file by hand are each reported
// at the line to look at, with an explanation of what to change rather
// than the YAML library's wording.
func TestYAMLSlipsAreExplained(t *testing.T) {
	cases := []struct {
		name, replace, with string
		line                int
		id                  string
	}{
		{"unclosed quotation mark", "    name: Acme SAS", "    name: \"Acme SAS", 4, "file.yaml_unclosed"},
		{"colon inside an answer", "    name: Acme SAS", "    name: Acme: SAS", 4, "file.yaml_colon"},
		{"line indented too far", "    url: https://acme.example", "     url: https://acme.example", 5, "file.yaml_colon"},
		{"line indented too little", "    url: https://acme.example", "   url: https://acme.example", 5, "file.yaml_indent"},
		{"text after a closing quotation mark", "    name: Acme SAS", "    name: \"Acme\" SAS", 4, "file.yaml_indent"},
		{"list item out of line", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex:\n    - title: SLA\n    url: https://a.example", 16, "file.yaml_list"},
		{"unclosed bracket", "  jurisdiction: Paris", "  jurisdiction: [Paris", 14, "file.yaml_bracket"},
		{"unclosed brace", "  jurisdiction: Paris", "  jurisdiction: {Paris", 14, "file.yaml_brace"},
		{"reserved first character", "    name: Acme SAS", "    name: @acme", 4, "file.yaml_reserved"},
		{"Markdown code", "    name: Acme SAS", "    name: `Acme`", 4, "file.yaml_reserved"},
		{"closing bracket alone", "    name: Acme SAS", "    name: ]", 4, "file.yaml_reserved"},
		{"Markdown emphasis", "    name: Acme SAS", "    name: *Acme* SAS", 4, "file.yaml_reference"},
		{"ampersand", "    name: Acme SAS", "    name: & SAS", 4, "file.yaml_reference"},
		{"reference to no anchor", "    name: Acme SAS", "    name: *acme", 4, "file.yaml_reference"},
		{"unknown backslash escape", "    name: Acme SAS", "    name: \"Acme\\q SAS\"", 4, "file.yaml_escape"},
		{"dash after the colon", "    name: Acme SAS", "    name: - Acme SAS", 4, "file.yaml_dash"},
		{"control character", "    name: Acme SAS", "    name: \"Acme\x01SAS\"", 4, "file.yaml_control"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(valid, c.replace, c.with, 1)
			if src == valid {
				t.Fatal("the case changes nothing")
			}
			_, issues := answers.Parse([]byte(src), templates.Registry)
			if len(issues) != 1 || issues[0].Msg.ID != c.id || issues[0].Line != c.line {
				t.Errorf("want line %d %s; got %s", c.line, c.id, describe(issues))
			}
		})
	}
}

func TestOversizedFile(t *testing.T) {
	_, issues := answers.Parse(make([]byte, answers.MaxSize+1), templates.Registry)
	if len(issues) != 1 || issues[0].Msg.ID != "file.too_large" {
		t.Fatalf("issues: %s", describe(issues))
	}
}

func TestEmptyFile(t *testing.T) {
	for _, src := range []string{"", "# only a comment\n", "[]", "kind: api-tos\n"} {
		_, issues := answers.Parse([]byte(src), templates.Registry)
		if len(issues) == 0 {
			t.Errorf("%q: no issue", src)
		}
	}
}

// Encoding then parsing gives back the same answers.
func TestEncodeRoundTrip(t *testing.T) {
	f, issues := answers.Parse([]byte(valid), templates.Registry)
	if len(issues) > 0 {
		t.Fatal(describe(issues))
	}
	f.Values["annex"] = []questionnaire.Record{{"title": "SLA: 99.9 %", "url": "https://a.example/sla"}}
	f.Values["conditions.access"] = "restricted"
	f.Values["access.restrictions.url"] = "https://a.example/r"
	for _, l := range textfmt.All {
		data, err := answers.Encode(f.Questionnaire, f.Values, l, &answers.Labels{Header: "h", Required: "(r)", Options: "o:"})
		if err != nil {
			t.Fatal(err)
		}
		g, issues := answers.Parse(data, templates.Registry)
		if len(issues) > 0 {
			t.Fatalf("%s: %s\n%s", l, describe(issues), data)
		}
		for k, v := range f.Values {
			if got := g.Values[k]; !equal(got, v) {
				t.Errorf("%s: %s = %#v after round trip, want %#v", l, k, got, v)
			}
		}
	}
}

func equal(a, b any) bool {
	ra, okA := a.([]questionnaire.Record)
	rb, okB := b.([]questionnaire.Record)
	if okA && okB {
		if len(ra) != len(rb) {
			return false
		}
		for i := range ra {
			for k := range ra[i] {
				if ra[i][k] != rb[i][k] {
					return false
				}
			}
		}
		return true
	}
	if ta, ok := a.(time.Time); ok {
		return ta.Equal(b.(time.Time))
	}
	return a == b
}
