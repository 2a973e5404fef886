package questionnaire

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/textfmt"
)

const sample = `kind: sample
title: {en: Sample, fr: Exemple}
summary: {en: A sample, fr: Un exemple}
party: {en: readers, fr: lecteurs}
document:
  name: name
  author: name
  version: version
  effective_date: date
  subject: {en: S, fr: S}
  keywords: {en: K, fr: K}
groups:
  - id: g
    title: {en: Group, fr: Groupe}
    questions:
      - key: name
        type: text
        required: true
        max_length: 10
        label: {en: Name, fr: Nom}
      - key: version
        type: text
        default: "1.0"
        label: {en: Version, fr: Version}
      - key: date
        type: date
        label: {en: Date, fr: Date}
      - key: months
        type: number
        default: 3
        min: 3
        max: 24
        min_reason: {en: because, fr: parce que}
        label: {en: Months, fr: Mois}
      - key: ok
        type: bool
        default: true
        must: true
        must_reason: {en: because, fr: parce que}
        label: {en: OK, fr: OK}
      - key: mode
        type: choice
        default: open
        label: {en: Mode, fr: Mode}
        options:
          - {id: open, label: {en: Open, fr: Ouvert}, explain: {en: e, fr: e}, rights: high}
          - {id: closed, label: {en: Closed, fr: Fermé}, explain: {en: e, fr: e}, rights: low}
      - key: closed.reason
        type: text
        required: true
        show_if: {mode: closed}
        label: {en: Reason, fr: Raison}
      - key: kinds
        type: multi
        default: [data, code]
        example: code, text
        label: {en: Kinds, fr: Types}
        options:
          - {id: code, label: {en: Code, fr: Code}, explain: {en: e, fr: e}}
          - {id: data, label: {en: Data, fr: Données}, explain: {en: e, fr: e}}
          - {id: text, label: {en: Text, fr: Texte}, explain: {en: e, fr: e}}
      - key: data.licence
        type: text
        show_if: {kinds: data}
        label: {en: Data licence, fr: Licence des données}
      - key: mission
        type: long
        translatable: true
        required: true
        max_length: 20
        example: {en: To share, fr: Partager}
        label: {en: Mission, fr: Mission}
      - key: prevailing
        type: choice
        default: fr
        show_if: {bilingual: true}
        label: {en: Prevails, fr: Prévaut}
        options:
          - {id: fr, label: {en: French, fr: Français}, explain: {en: e, fr: e}}
          - {id: en, label: {en: English, fr: Anglais}, explain: {en: e, fr: e}}
`

func load(t *testing.T, src string) *Questionnaire {
	t.Helper()
	q, err := Load([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestConvert(t *testing.T) {
	q := load(t, sample)
	cases := []struct {
		key, in string
		want    any
		msg     string
	}{
		{"name", "  Acme  ", "Acme", ""},
		{"name", "", nil, ""},
		{"name", "abcdefghijk", nil, "value.too_long"},
		{"name", "a\nb", nil, "value.one_line"},
		{"name", "a\x00b", nil, "value.control"},
		{"name", "a\u202eb", nil, "value.control"},
		{"name", "שלום 🚀", "שלום 🚀", ""},
		{"date", "2027-03-01", time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), ""},
		{"date", "2027-02-30", nil, "value.date"},
		{"months", "12", 12, ""},
		{"months", "2", nil, "value.min_reason"},
		{"months", "25", nil, "value.max"},
		{"months", "3.5", nil, "value.number"},
		{"ok", "true", true, ""},
		{"ok", "yes", true, ""},
		{"ok", "false", nil, "value.must"},
		{"ok", "maybe", nil, "value.bool"},
		{"mode", "closed", "closed", ""},
		{"mode", "clsed", nil, "value.choice_suggest"},
		{"mode", "zzzzzzzz", nil, "value.choice"},
	}
	for _, c := range cases {
		qq, _ := q.Question(c.key)
		got, m := qq.Convert(c.in)
		gotMsg := ""
		if m != nil {
			gotMsg = m.ID
		}
		if gotMsg != c.msg || (c.msg == "" && got != c.want && !(got == nil && c.want == nil)) {
			t.Errorf("%s(%q) = %v, %q; want %v, %q", c.key, c.in, got, gotMsg, c.want, c.msg)
		}
	}
}

func TestResolveAndMissing(t *testing.T) {
	q := load(t, sample)
	r := q.Resolve(Values{"closed.reason": "stale", "mission": Translated{"en": "To share", "fr": "Partager"}})
	if r["version"] != "1.0" || r["months"] != 3 || r["mode"] != "open" {
		t.Errorf("defaults not applied: %v", r)
	}
	if _, ok := r["closed.reason"]; ok {
		t.Error("an answer to a hidden question must be dropped")
	}
	if m := q.Missing(r); len(m) != 1 || m[0].Key != "name" {
		t.Errorf("missing = %+v", m)
	}
	r = q.Resolve(Values{"name": "x", "mode": "closed", "mission": Translated{"en": "To share", "fr": "Partager"}})
	if m := q.Missing(r); len(m) != 1 || m[0].Key != "closed.reason" {
		t.Errorf("missing = %+v, want the question shown by mode=closed", m)
	}
}

func TestLoadRejectsIncoherentQuestionnaires(t *testing.T) {
	cases := map[string][2]string{
		"missing French label":    {"label: {en: Name, fr: Nom}", "label: {en: Name}"},
		"unknown type":            {"type: date", "type: when"},
		"bad default":             {"default: 3\n", "default: 1\n"},
		"show_if unknown key":     {"show_if: {mode: closed}", "show_if: {moda: closed}"},
		"show_if bad value":       {"show_if: {mode: closed}", "show_if: {mode: shut}"},
		"unknown field":           {"        max_length: 10", "        maxlength: 10"},
		"duplicate key":           {"key: version", "key: name"},
		"key both leaf and group": {"key: closed.reason", "key: mode.reason"},
		"bad rights":              {"rights: low", "rights: none"},
		"translatable choice":     {"        default: open\n", "        default: open\n        translatable: true\n"},
		"translatable default":    {"        default: \"1.0\"\n", "        default: \"1.0\"\n        translatable: true\n"},
		"example in one language": {"example: {en: To share, fr: Partager}", "example: {en: To share}"},
		"show_if bilingual value": {"show_if: {bilingual: true}", "show_if: {bilingual: both}"},
		"reserved key":            {"key: prevailing", "key: bilingual"},
	}
	for name, c := range cases {
		src := strings.Replace(sample, c[0], c[1], 1)
		if src == sample {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if _, err := Load([]byte(src)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestTypesetting(t *testing.T) {
	q := load(t, strings.Replace(sample, "fr: Raison}", "fr: \"L'objet : « raison »\"}", 1))
	qq, _ := q.Question("closed.reason")
	if got := qq.Label.In("fr"); got != "L’objet\u00a0: «\u202fraison\u202f»" {
		t.Errorf("label = %q", got)
	}
}

func TestMultipleChoiceDefaultsAndConditions(t *testing.T) {
	q := load(t, sample)
	qq, _ := q.Question("kinds")
	if d := qq.DefaultValue(); !slices.Equal(d.([]string), []string{"code", "data"}) {
		t.Errorf("default = %v, want questionnaire order", d)
	}
	if v, m := qq.Convert(qq.Example.In("en")); m != nil || !slices.Equal(v.([]string), []string{"code", "text"}) {
		t.Errorf("example = %v, %v", v, m)
	}
	if _, m := qq.Convert("code, nope"); m == nil {
		t.Error("unknown option accepted")
	}
	dl, _ := q.Question("data.licence")
	if !q.Visible(dl, q.Resolve(Values{})) {
		t.Error("a question shown when a multiple choice includes data is hidden by the default")
	}
	if q.Visible(dl, q.Resolve(Values{"kinds": []string{"code"}})) {
		t.Error("a question is shown although the multiple choice excludes its option")
	}
}

// A rights level is shown only where options differ in the rights they
// leave, and names the party a question sets, else the questionnaire's.
func TestRightsAndParty(t *testing.T) {
	// The sample's questions, and two choices appended to its last step.
	q, err := Load([]byte(sample + `      - key: same
        type: choice
        label: {en: L, fr: L}
        options:
          - {id: a, label: {en: A, fr: A}, explain: {en: A, fr: A}, rights: high}
          - {id: b, label: {en: B, fr: B}, explain: {en: B, fr: B}, rights: high}
      - key: mixed
        type: choice
        label: {en: L, fr: L}
        party: {en: reusers, fr: les réutilisateurs}
        options:
          - {id: a, label: {en: A, fr: A}, explain: {en: A, fr: A}, rights: high}
          - {id: b, label: {en: B, fr: B}, explain: {en: B, fr: B}, rights: low}
`))
	if err != nil {
		t.Fatal(err)
	}
	same, _ := q.Question("same")
	mixed, _ := q.Question("mixed")
	if same.RatesRights() || !mixed.RatesRights() {
		t.Errorf("RatesRights: same %v, mixed %v", same.RatesRights(), mixed.RatesRights())
	}
	if q.PartyOf(same).In(textfmt.EN) != "readers" || q.PartyOf(mixed).In(textfmt.FR) != "les réutilisateurs" {
		t.Errorf("parties: %q, %q", q.PartyOf(same).In(textfmt.EN), q.PartyOf(mixed).In(textfmt.FR))
	}
}

// A translatable answer is converted, and found missing, language by
// language, in the documents' languages only.
func TestTranslatedAnswers(t *testing.T) {
	q := load(t, sample)
	qq, _ := q.Question("mission")
	v, bad := qq.ConvertTranslated(map[textfmt.Lang]string{textfmt.EN: " To share ", textfmt.FR: strings.Repeat("x", 21)})
	if !reflect.DeepEqual(v, Translated{textfmt.EN: "To share"}) || len(bad) != 1 || bad[textfmt.FR].ID != "value.too_long" {
		t.Errorf("ConvertTranslated = %v, %v", v, bad)
	}
	missing := func(vals Values) []string {
		vals["name"] = "x"
		var out []string
		for _, p := range q.Missing(q.Resolve(vals)) {
			out = append(out, p.Key+"@"+string(p.Lang)+":"+p.Msg.ID)
		}
		return out
	}
	cases := []struct {
		langs   []textfmt.Lang
		mission Translated
		want    []string
	}{
		{nil, Translated{textfmt.EN: "To share", textfmt.FR: "Partager"}, nil},
		{nil, nil, []string{"mission@:value.required"}},
		{nil, Translated{textfmt.EN: "To share"}, []string{"mission@fr:value.translation_missing"}},
		{[]textfmt.Lang{textfmt.EN}, Translated{textfmt.EN: "To share"}, nil},
		{[]textfmt.Lang{textfmt.FR}, Translated{textfmt.EN: "To share"}, []string{"mission@fr:value.translation_missing"}},
	}
	for _, c := range cases {
		vals := Values{}
		if c.mission != nil {
			vals["mission"] = c.mission
		}
		if c.langs != nil {
			vals.SetLangs(c.langs)
		}
		if got := missing(vals); !slices.Equal(got, c.want) {
			t.Errorf("%v %v: missing %v, want %v", c.langs, c.mission, got, c.want)
		}
	}
}

// A question asked only for documents in both languages applies, with
// its default, only to them.
func TestBilingualCondition(t *testing.T) {
	q := load(t, sample)
	qq, _ := q.Question("prevailing")
	for _, c := range []struct {
		langs []textfmt.Lang
		want  bool
	}{{nil, true}, {textfmt.All, true}, {[]textfmt.Lang{textfmt.FR}, false}, {[]textfmt.Lang{textfmt.EN}, false}} {
		vals := Values{}
		if c.langs != nil {
			vals.SetLangs(c.langs)
		}
		r := q.Resolve(vals)
		if q.Visible(qq, r) != c.want || (r["prevailing"] != nil) != c.want {
			t.Errorf("%v: visible %v, resolved %v; want %v", c.langs, q.Visible(qq, r), r["prevailing"], c.want)
		}
	}
}

// A question may apply in several situations (show_if_any), and a
// condition may exclude values ("!closed") instead of listing those
// allowed.
func TestAlternativeAndExcludingConditions(t *testing.T) {
	q := load(t, sample+`      - key: court
        type: text
        label: {en: Court, fr: Tribunal}
        show_if: {ok: true}
        show_if_any:
          - {mode: closed, months: 12}
          - {mode: "!closed", months: "!3"}
`)
	qq, _ := q.Question("court")
	for _, c := range []struct {
		vals  Values
		want  bool
		unmet []string
	}{
		{Values{"mode": "closed", "months": 12}, true, nil},
		{Values{"mode": "closed", "months": 6}, false, []string{"months", "mode"}},
		{Values{"mode": "open", "months": 6}, true, nil},
		{Values{"mode": "open"}, false, []string{"mode", "months"}},
		{Values{}, false, []string{"mode", "months"}},
	} {
		r := q.Resolve(c.vals)
		if got := q.Visible(qq, r); got != c.want {
			t.Errorf("%v: visible = %v, want %v", c.vals, got, c.want)
		}
		if got := q.Unmet(qq, r); !slices.Equal(got, slices.Sorted(slices.Values(c.unmet))) {
			t.Errorf("%v: unmet = %v, want %v", c.vals, got, c.unmet)
		}
	}
	if got := qq.ConditionKeys(); !slices.Equal(got, []string{"mode", "months", "ok"}) {
		t.Errorf("condition keys = %v", got)
	}
	if _, err := Load([]byte(sample + `      - key: court
        type: text
        label: {en: Court, fr: Tribunal}
        show_if_any:
          - {mode: [open, "!closed"]}
`)); err == nil || !strings.Contains(err.Error(), "mixes") {
		t.Errorf("a condition mixing allowed and excluded values is accepted: %v", err)
	}
}
