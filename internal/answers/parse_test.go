package answers_test

import (
	"reflect"
	"slices"
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
    legal_form: société par actions simplifiée
    share_capital: 1 000 euros
    registration: RCS Paris 123 456 789
    address: 1 rue de l'Exemple, 75001 Paris
    phone: +33 1 23 45 67 89
  api:
    name: Acme API
    docs_url: https://acme.example/docs
    terms_url: https://acme.example/terms
  version: 1.0
  effective_date: 2027-03-01
  personal_data: {url: https://acme.example/privacy, security_url: https://acme.example/security}
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
		{"malformed YAML", "  jurisdiction: Paris", "  jurisdiction: [Paris", 19, "", "file.yaml_bracket"},
		{"wrong kind", "kind: api-tos", "kind: api-terms", 1, "", "file.kind_unknown"},
		{"missing kind", "kind: api-tos", "", 2, "", "file.kind_missing"},
		{"unknown key", "    contact:", "    contcat:", 6, "provider.contcat", "file.unknown_key_suggest"},
		{"unknown top-level key", "answers:", "extra: 1\nanswers:", 2, "", "file.top_unknown"},
		{"wrong type (mapping for text)", "    name: Acme SAS", "    name: {a: b}", 4, "provider.name", "value.scalar"},
		{"wrong type (text for number)", "  jurisdiction: Paris", "  jurisdiction: Paris\n  change:\n    notice_months: three", 21, "change.notice_months", "value.number"},
		{"below the minimum", "  jurisdiction: Paris", "  jurisdiction: Paris\n  change:\n    notice_months: 2", 21, "change.notice_months", "value.min_reason"},
		{"above the maximum", "  jurisdiction: Paris", "  jurisdiction: Paris\n  change:\n    deprecation_months: 600", 21, "change.deprecation_months", "value.max"},
		{"impossible date", "2027-03-01", "2027-02-30", 17, "effective_date", "value.date"},
		{"refused condition", "  jurisdiction: Paris", "  jurisdiction: Paris\n  conditions:\n    fair_use: false", 21, "conditions.fair_use", "value.must"},
		{"misspelt option", "  jurisdiction: Paris", "  jurisdiction: Paris\n  conditions:\n    access: neutral", 21, "conditions.access", "value.choice_suggest"},
		{"bad e-mail", "legal@acme.example", "legal-at-acme", 6, "provider.contact", "value.email"},
		{"bad URL", "https://acme.example/docs", "javascript:alert(1)", 14, "api.docs_url", "value.url"},
		{"unknown country", "  jurisdiction: Paris", "  jurisdiction: Paris\n  governing_law: ZZ", 20, "governing_law", "value.country"},
		{"federal country", "  jurisdiction: Paris", "  jurisdiction: Paris\n  governing_law: US", 20, "governing_law", "value.country_federal"},
		{"country by name", "  jurisdiction: Paris", "  jurisdiction: Paris\n  governing_law: Allemagne", 20, "governing_law", "value.country_suggest"},
		{"missing required", "    name: Acme SAS\n", "", 3, "provider.name", "value.required"},
		{"text on two lines", "    name: Acme SAS", "    name: \"Acme\\nSAS\"", 4, "provider.name", "value.one_line"},
		{"NUL character", "    name: Acme SAS", "    name: \"Acme\\0SAS\"", 4, "provider.name", "value.control"},
		{"bidirectional override", "    name: Acme SAS", "    name: \"Acme\\u202eSAS\"", 4, "provider.name", "value.control"},
		{"too long", "    name: Acme SAS", "    name: " + strings.Repeat("a", 300), 4, "provider.name", "value.too_long"},
		{"duplicate key", "  jurisdiction: Paris", "  jurisdiction: Paris\n  jurisdiction: Lyon", 20, "jurisdiction", "file.duplicate_key"},
		{"alias", "  jurisdiction: Paris", "  jurisdiction: &j Paris", 19, "jurisdiction", "file.alias"},
		{"list that is not a list", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex: SLA", 20, "annex", "value.list"},
		{"unknown field in a row", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex:\n    - title: SLA\n      url: https://a.example\n      colour: red", 23, "annex", "file.unknown_field"},
		{"missing field in a row", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex:\n    - title: SLA", 21, "annex", "value.required"},
		{"group that is not a mapping", "  api:\n    name: Acme API\n    docs_url: https://acme.example/docs\n    terms_url: https://acme.example/terms\n", "  api: Acme API\n", 12, "api", "file.group"},
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
		{"list item out of line", "  jurisdiction: Paris", "  jurisdiction: Paris\n  annex:\n    - title: SLA\n    url: https://a.example", 21, "file.yaml_list"},
		{"unclosed bracket", "  jurisdiction: Paris", "  jurisdiction: [Paris", 19, "file.yaml_bracket"},
		{"unclosed brace", "  jurisdiction: Paris", "  jurisdiction: {Paris", 19, "file.yaml_brace"},
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

// A section with nothing under it gives none of its answers: the file
// is read as if the section were absent, so that removing its last
// answer never makes a file invalid by itself.
func TestEmptySection(t *testing.T) {
	src := strings.Replace(valid, "  personal_data: {url: https://acme.example/privacy, security_url: https://acme.example/security}\n", "  personal_data:\n", 1)
	if src == valid {
		t.Fatal("the fixture no longer holds the section this test empties")
	}
	f, issues := answers.Parse([]byte(src), templates.Registry)
	for _, i := range issues {
		if i.Msg.ID == "file.group" {
			t.Fatalf("an empty section is refused at line %d", i.Line)
		}
	}
	if _, ok := f.Values["personal_data.url"]; ok {
		t.Errorf("an empty section gave an answer: %v", f.Values["personal_data.url"])
	}
}

// Encoding then parsing gives back the same answers.
func TestEncodeRoundTrip(t *testing.T) {
	f, issues := answers.Parse([]byte(valid), templates.Registry)
	if len(issues) > 0 {
		t.Fatal(describe(issues))
	}
	f.Values["annex"] = []questionnaire.Record{{"title": questionnaire.Translated{textfmt.EN: "SLA: 99.9 %", textfmt.FR: "Engagement : 99,9 %"}, "url": "https://a.example/sla"}}
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
	if ta, ok := a.(time.Time); ok {
		return ta.Equal(b.(time.Time))
	}
	return reflect.DeepEqual(a, b)
}

// The documents' languages are read from the languages key, in their
// stable order; a file without one is written in both languages.
func TestLanguages(t *testing.T) {
	cases := []struct {
		line string
		want []textfmt.Lang
	}{
		{"", textfmt.All},
		{"languages: [en, fr]\n", textfmt.All},
		{"languages: [fr, en, fr]\n", textfmt.All},
		{"languages: [fr]\n", []textfmt.Lang{textfmt.FR}},
		{"languages:\n  - en\n", []textfmt.Lang{textfmt.EN}},
		{"languages: FR\n", []textfmt.Lang{textfmt.FR}},
	}
	for _, c := range cases {
		f, issues := answers.Parse([]byte(strings.Replace(valid, "answers:\n", c.line+"answers:\n", 1)), templates.Registry)
		if len(issues) > 0 {
			t.Errorf("%q: %s", c.line, describe(issues))
			continue
		}
		if !slices.Equal(f.Langs, c.want) || !slices.Equal(f.Values.Langs(), c.want) {
			t.Errorf("%q: languages %v, values %v, want %v", c.line, f.Langs, f.Values.Langs(), c.want)
		}
	}
	bad := []struct {
		line string
		at   int
		id   string
	}{
		{"languages: [en, de]\n", 2, "file.language_unknown"},
		{"languages:\n  - fr\n  - german\n", 4, "file.language_unknown"},
		{"languages: []\n", 2, "file.languages"},
		{"languages:\n", 2, "file.languages"},
		{"languages: {en: yes}\n", 2, "file.languages"},
		{"languages: [[en]]\n", 2, "file.languages"},
	}
	for _, c := range bad {
		_, issues := answers.Parse([]byte(strings.Replace(valid, "answers:\n", c.line+"answers:\n", 1)), templates.Registry)
		if len(issues) != 1 || issues[0].Line != c.at || issues[0].Msg.ID != c.id {
			t.Errorf("%q: want line %d %s, got %s", c.line, c.at, c.id, describe(issues))
		}
	}
}

// withAnnex is the valid file with the given languages line and annex
// rows.
func withAnnex(languages, annex string) string {
	return strings.Replace(valid, "answers:\n", languages+"answers:\n", 1) + "  annex:\n" + annex
}

// A translatable answer is a text per language; in a file of both
// languages, one text, or a missing language, is reported at its line,
// naming the language, and a preview tolerates it.
func TestTranslatedAnswers(t *testing.T) {
	row := "    - url: https://a.example/sla\n      title:\n        en: Service level agreement\n        fr: Engagement de niveau de service\n"
	f, issues := answers.Parse([]byte(withAnnex("", row)), templates.Registry)
	if len(issues) > 0 {
		t.Fatal(describe(issues))
	}
	want := questionnaire.Translated{textfmt.EN: "Service level agreement", textfmt.FR: "Engagement de niveau de service"}
	if got := f.Values["annex"].([]questionnaire.Record)[0]["title"]; !reflect.DeepEqual(got, want) {
		t.Errorf("title = %#v", got)
	}

	cases := []struct {
		name, languages, annex string
		line                   int
		lang                   textfmt.Lang
		id                     string
		preview                bool // a draft may still be generated
	}{
		{"one text for two languages", "", "    - url: https://a.example/sla\n      title: SLA\n", 22, "", "value.untranslated", true},
		{"French missing", "", "    - url: https://a.example/sla\n      title:\n        en: SLA\n", 21, textfmt.FR, "value.translation_missing", true},
		{"French empty", "", "    - url: https://a.example/sla\n      title: {en: SLA, fr: }\n", 21, textfmt.FR, "value.translation_missing", true},
		{"French only in an English file", "languages: [en]\n", "    - url: https://a.example/sla\n      title: {fr: Engagement}\n", 22, textfmt.EN, "value.translation_missing", true},
		{"French text too long", "", "    - url: https://a.example/sla\n      title:\n        en: SLA\n        fr: " + strings.Repeat("x", 201) + "\n", 24, textfmt.FR, "value.too_long", false},
		{"English text on two lines", "", "    - url: https://a.example/sla\n      title:\n        en: \"S\\nLA\"\n        fr: SLA\n", 23, textfmt.EN, "value.one_line", false},
		{"unknown language", "", "    - url: https://a.example/sla\n      title:\n        en: SLA\n        fr: SLA\n        de: SLA\n", 25, "", "value.lang_key", false},
		{"language given twice", "", "    - url: https://a.example/sla\n      title:\n        en: SLA\n        en: SLA\n        fr: SLA\n", 24, "", "file.duplicate_key", false},
		{"a list instead of texts", "", "    - url: https://a.example/sla\n      title: [SLA]\n", 22, "", "value.translated", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, issues := answers.Parse([]byte(withAnnex(c.languages, c.annex)), templates.Registry)
			if len(issues) != 1 {
				t.Fatalf("want one issue, got %s", describe(issues))
			}
			i := issues[0]
			if i.Line != c.line || i.Lang != c.lang || i.Msg.ID != c.id || i.Key != "annex" || i.Row != 1 || i.Field != "title" {
				t.Errorf("want line %d annex#1.title@%s %s, got %d %s#%d.%s@%s %s", c.line, c.lang, c.id, i.Line, i.Key, i.Row, i.Field, i.Lang, i.Msg.ID)
			}
			if i.Missing() != c.preview {
				t.Errorf("tolerated by a preview: %v, want %v", i.Missing(), c.preview)
			}
		})
	}
}

// In a file of one language, a translatable answer may be a plain text,
// which is that language's; a text per language stays valid too.
func TestOneLanguageFile(t *testing.T) {
	src := withAnnex("languages: [fr]\n", "    - url: https://a.example/sla\n      title: Engagement de niveau de service\n")
	f, issues := answers.Parse([]byte(src), templates.Registry)
	if len(issues) > 0 {
		t.Fatal(describe(issues))
	}
	want := questionnaire.Translated{textfmt.FR: "Engagement de niveau de service"}
	if got := f.Values["annex"].([]questionnaire.Record)[0]["title"]; !reflect.DeepEqual(got, want) {
		t.Errorf("title = %#v", got)
	}
	src = withAnnex("languages: [fr]\n", "    - url: https://a.example/sla\n      title: {en: SLA, fr: Engagement}\n")
	if _, issues := answers.Parse([]byte(src), templates.Registry); len(issues) > 0 {
		t.Error(describe(issues))
	}
}

// A single text in a file of both languages is kept as a text of no
// language, and written back as it was.
func TestSingleTextKept(t *testing.T) {
	src := withAnnex("", "    - url: https://a.example/sla\n      title: Engagement\n")
	f, _ := answers.Parse([]byte(src), templates.Registry)
	want := questionnaire.Translated{questionnaire.UnknownLang: "Engagement"}
	if got := f.Values["annex"].([]questionnaire.Record)[0]["title"]; !reflect.DeepEqual(got, want) {
		t.Fatalf("title = %#v", got)
	}
	data, err := answers.Encode(f.Questionnaire, f.Values, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "- title: Engagement\n") {
		t.Errorf("the single text was not written back:\n%s", data)
	}
}

// Encoding writes the documents' languages and each translatable answer
// as the file's languages require, and never drops a text: a file of one
// language keeps a translation it holds in another.
func TestEncodeLanguages(t *testing.T) {
	f, issues := answers.Parse([]byte(valid), templates.Registry)
	if len(issues) > 0 {
		t.Fatal(describe(issues))
	}
	cases := []struct {
		langs []textfmt.Lang
		title questionnaire.Translated
		want  string
	}{
		{textfmt.All, questionnaire.Translated{textfmt.EN: "SLA", textfmt.FR: "Engagement"}, "languages: [en, fr]\n"},
		{textfmt.All, questionnaire.Translated{textfmt.EN: "SLA"}, "- title:\n        en: SLA\n        fr:\n"},
		{[]textfmt.Lang{textfmt.FR}, questionnaire.Translated{textfmt.FR: "Engagement"}, "languages: [fr]\n"},
		{[]textfmt.Lang{textfmt.FR}, questionnaire.Translated{textfmt.FR: "Engagement"}, "- title: Engagement\n"},
		{[]textfmt.Lang{textfmt.FR}, questionnaire.Translated{textfmt.EN: "SLA", textfmt.FR: "Engagement"}, "- title:\n        en: SLA\n        fr: Engagement\n"},
	}
	for _, c := range cases {
		vals := questionnaire.Values{}
		for k, v := range f.Values {
			vals[k] = v
		}
		vals.SetLangs(c.langs)
		vals["annex"] = []questionnaire.Record{{"title": c.title, "url": "https://a.example/sla"}}
		data, err := answers.Encode(f.Questionnaire, vals, textfmt.EN, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), c.want) {
			t.Errorf("%v %v: no %q in\n%s", c.langs, c.title, c.want, data)
		}
		g, _ := answers.Parse(data, templates.Registry)
		if !slices.Equal(g.Langs, c.langs) {
			t.Errorf("languages %v read back as %v", c.langs, g.Langs)
		}
		if got := g.Values["annex"].([]questionnaire.Record)[0]["title"]; !reflect.DeepEqual(got, c.title) {
			t.Errorf("%v: title %#v read back as %#v", c.langs, c.title, got)
		}
	}
}
