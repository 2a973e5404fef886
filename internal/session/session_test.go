package session

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

func apiTOS(t *testing.T) *Session {
	t.Helper()
	k, ok := templates.Lookup("api-tos")
	if !ok {
		t.Fatal("no api-tos")
	}
	return New(k, textfmt.All)
}

// both sets the text of a translatable answer (or row field) in both
// languages through set.
func both(set func(key, value string), key, en, fr string) {
	set(questionnaire.LangKey(key, textfmt.EN), en)
	set(questionnaire.LangKey(key, textfmt.FR), fr)
}

func keys(s *Session) []string {
	var out []string
	for _, p := range s.Problems() {
		out = append(out, p.Key+":"+p.Msg.ID)
	}
	return out
}

// A new session shows the defaults but makes the user accept the two
// commitments explicitly.
func TestNewSession(t *testing.T) {
	s := apiTOS(t)
	if s.Text("conditions.access") != "neutrality" || s.Text("change.notice_months") != "3" {
		t.Errorf("defaults not visible: access=%q notice=%q", s.Text("conditions.access"), s.Text("change.notice_months"))
	}
	if s.Text("conditions.fair_use") != "" {
		t.Error("a commitment must not be pre-accepted")
	}
	got := keys(s)
	for _, want := range []string{"conditions.fair_use:value.accept", "conditions.loyal_change:value.accept", "provider.name:value.required"} {
		if !slices.Contains(got, want) {
			t.Errorf("problems %v lack %s", got, want)
		}
	}
	if s.Dirty() {
		t.Error("a new session is not dirty")
	}
}

func fill(s *Session) {
	s.SetText("conditions.fair_use", "true")
	s.SetText("conditions.loyal_change", "true")
	for _, qq := range s.Questionnaire().Questions() {
		switch {
		case len(qq.Example) == 0:
		case qq.Translatable:
			both(s.SetText, qq.Key, qq.Example.In(textfmt.EN), qq.Example.In(textfmt.FR))
		case s.Text(qq.Key) == "":
			s.SetText(qq.Key, qq.Example.In(textfmt.EN))
		}
	}
}

func TestProblemsFollowAnswers(t *testing.T) {
	s := apiTOS(t)
	fill(s)
	if p := s.Problems(); len(p) != 0 {
		t.Fatalf("complete session has problems: %v", keys(s))
	}
	s.SetText("provider.contact", "not-an-email")
	if got := keys(s); !slices.Equal(got, []string{"provider.contact:value.email"}) {
		t.Errorf("problems = %v", got)
	}
	s.SetText("provider.contact", "legal@acme.example")
	// A question that does not apply has no problems, even when invalid.
	s.SetText("trademark.url", "nope")
	if len(s.Problems()) != 0 {
		t.Errorf("hidden question reported: %v", keys(s))
	}
	s.SetText("conditions.attribution", "trademark")
	if got := keys(s); !slices.Equal(got, []string{"trademark.url:value.url"}) {
		t.Errorf("problems = %v", got)
	}
	g := s.Questionnaire().Groups[0]
	if len(GroupProblems(g, s.Problems())) != 0 {
		t.Error("first step has problems")
	}
	if !s.Dirty() {
		t.Error("edits must make the session dirty")
	}
}

func TestRows(t *testing.T) {
	s := apiTOS(t)
	i := s.AddRow("annex")
	field := func(i int) func(key, value string) {
		return func(key, value string) { s.SetField("annex", i, key, value) }
	}
	both(field(i), "title", "SLA", "Engagement de service")
	s.SetField("annex", i, "url", "ftp://x")
	j := s.AddRow("annex")
	both(field(j), "title", "Security", "Sécurité")
	s.SetField("annex", j, "url", "https://a.example/security")
	var rowProblems []string
	for _, p := range s.Problems() {
		if p.Key == "annex" {
			rowProblems = append(rowProblems, p.Field+":"+p.Msg.ID)
		}
	}
	if !slices.Equal(rowProblems, []string{"url:value.url"}) {
		t.Errorf("row problems = %v", rowProblems)
	}
	s.RemoveRow("annex", 0)
	if rows := s.Rows("annex"); len(rows) != 1 || rows[0][questionnaire.LangKey("title", textfmt.EN)] != "Security" {
		t.Errorf("rows = %v", rows)
	}
}

// Saving keeps invalid answers as typed, and opening the file shows them
// again with the problem reported: nothing typed is ever lost.
func TestSaveAndOpenKeepEverything(t *testing.T) {
	s := apiTOS(t)
	fill(s)
	s.SetText("provider.url", "acme dot example")
	s.SetText("change.notice_months", "2")
	i := s.AddRow("annex")
	s.SetField("annex", i, questionnaire.LangKey("title", textfmt.EN), "SLA")
	s.SetField("annex", i, questionnaire.LangKey("title", textfmt.FR), "Engagement de service")
	s.SetField("annex", i, "url", "sla please")
	data, err := s.Encode(s.Path, textfmt.FR, &answers.Labels{Header: "h", Required: "(r)", Options: "o"})
	if err != nil {
		t.Fatal(err)
	}
	o, issues, err := Open("/x/terms.yaml", data, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	if o.Text("provider.url") != "acme dot example" || o.Text("change.notice_months") != "2" || o.Rows("annex")[0]["url"] != "sla please" {
		t.Errorf("invalid answers lost: %q %q %v", o.Text("provider.url"), o.Text("change.notice_months"), o.Rows("annex"))
	}
	if len(issues) != 3 {
		t.Errorf("issues = %v", issues)
	}
	if o.Name() != "terms.yaml" || o.Dirty() {
		t.Errorf("name %q dirty %v", o.Name(), o.Dirty())
	}
	if o.Text("provider.name") != s.Text("provider.name") || o.Text("effective_date") != "2027-03-01" {
		t.Error("valid answers changed")
	}
	if _, _, err := Open("x", []byte("kind: nda\n"), textfmt.EN); err == nil || !strings.Contains(err.Error(), "x") {
		t.Errorf("unknown kind: %v", err)
	}
}

func charter(t *testing.T, langs []textfmt.Lang) *Session {
	t.Helper()
	k, ok := templates.Lookup("charter")
	if !ok {
		t.Fatal("no charter")
	}
	return New(k, langs)
}

func problemsOf(s *Session, key string) []string {
	var out []string
	for _, p := range s.Problems() {
		if p.Key == key {
			out = append(out, string(p.Lang)+":"+p.Msg.ID)
		}
	}
	return out
}

// A translatable answer is typed in each language of the documents; each
// language's text is checked on its own, and a missing one is reported
// with its language.
func TestTranslatedAnswer(t *testing.T) {
	s := charter(t, textfmt.All)
	mission := func(l textfmt.Lang) string { return questionnaire.LangKey("commons.mission", l) }
	if got := problemsOf(s, "commons.mission"); !slices.Equal(got, []string{":value.required"}) {
		t.Errorf("empty mission: %v", got)
	}
	s.SetText(mission(textfmt.EN), "To look after the paths")
	if got := problemsOf(s, "commons.mission"); !slices.Equal(got, []string{"fr:value.translation_missing"}) {
		t.Errorf("English only: %v", got)
	}
	s.SetText(mission(textfmt.FR), strings.Repeat("x", 1001))
	if got := problemsOf(s, "commons.mission"); !slices.Equal(got, []string{"fr:value.too_long"}) {
		t.Errorf("French too long: %v", got)
	}
	s.SetText(mission(textfmt.FR), "Entretenir les chemins")
	if got := problemsOf(s, "commons.mission"); len(got) > 0 {
		t.Errorf("both languages: %v", got)
	}
	want := questionnaire.Translated{textfmt.EN: "To look after the paths", textfmt.FR: "Entretenir les chemins"}
	if got := s.Values()["commons.mission"]; !reflect.DeepEqual(got, want) {
		t.Errorf("value %#v", got)
	}
}

// A document in one language asks for one text, and not for the language
// that prevails; saving and reopening keeps its language.
func TestOneLanguageSession(t *testing.T) {
	s := charter(t, []textfmt.Lang{textfmt.FR})
	if !slices.Equal(s.Langs(), []textfmt.Lang{textfmt.FR}) {
		t.Fatalf("langs %v", s.Langs())
	}
	qq, _ := s.Questionnaire().Question("prevailing_language")
	if s.Visible(qq) {
		t.Error("the language that prevails is asked for a document in French only")
	}
	s.SetText(questionnaire.LangKey("commons.mission", textfmt.FR), "Entretenir les chemins")
	if got := problemsOf(s, "commons.mission"); len(got) > 0 {
		t.Errorf("French text of a French document: %v", got)
	}
	data, err := s.Encode(s.Path, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "languages: [fr]\n") || !strings.Contains(string(data), "mission: Entretenir les chemins\n") {
		t.Errorf("encoded:\n%s", data)
	}
	o, _, err := Open("c.yaml", data, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(o.Langs(), []textfmt.Lang{textfmt.FR}) || o.Text(questionnaire.LangKey("commons.mission", textfmt.FR)) != "Entretenir les chemins" {
		t.Errorf("reopened: langs %v, mission %q", o.Langs(), o.Text(questionnaire.LangKey("commons.mission", textfmt.FR)))
	}
}

// Saving never loses a text: invalid texts of each language come back as
// typed, and a single text in a file of both languages comes back in the
// field of the language the user works in, reported as untranslated.
func TestTranslationsSurviveSaving(t *testing.T) {
	s := charter(t, textfmt.All)
	s.SetText(questionnaire.LangKey("commons.mission", textfmt.EN), "To look after the paths")
	s.SetText(questionnaire.LangKey("commons.mission", textfmt.FR), "Entretenir\x00les chemins")
	i := s.AddRow("documents")
	s.SetField("documents", i, questionnaire.LangKey("title", textfmt.FR), "Feuille de route")
	data, err := s.Encode(s.Path, textfmt.FR, nil)
	if err != nil {
		t.Fatal(err)
	}
	o, issues, err := Open("c.yaml", data, textfmt.FR)
	if err != nil {
		t.Fatal(err)
	}
	if got := o.Text(questionnaire.LangKey("commons.mission", textfmt.FR)); got != "Entretenir\x00les chemins" {
		t.Errorf("invalid French text reopened as %q", got)
	}
	if got := o.Rows("documents")[0][questionnaire.LangKey("title", textfmt.FR)]; got != "Feuille de route" {
		t.Errorf("row title reopened as %q", got)
	}
	var found []string
	for _, i := range issues {
		found = append(found, i.Key+"@"+string(i.Lang)+":"+i.Msg.ID)
	}
	for _, want := range []string{"commons.mission@fr:value.control", "documents@en:value.translation_missing"} {
		if !slices.Contains(found, want) {
			t.Errorf("issues %v lack %s", found, want)
		}
	}

	plain := strings.Replace(string(data), "    mission:\n      en: To look after the paths\n      fr: \"Entretenir\\0les chemins\"\n", "    mission: Entretenir les chemins\n", 1)
	if plain == string(data) {
		t.Fatalf("the mission is not where expected in\n%s", data)
	}
	o, _, err = Open("c.yaml", []byte(plain), textfmt.FR)
	if err != nil {
		t.Fatal(err)
	}
	if o.Text(questionnaire.LangKey("commons.mission", textfmt.FR)) != "Entretenir les chemins" || o.Text(questionnaire.LangKey("commons.mission", textfmt.EN)) != "" {
		t.Errorf("a single text did not come back in the French field")
	}
	if got := problemsOf(o, "commons.mission"); !slices.Equal(got, []string{"en:value.translation_missing"}) {
		t.Errorf("problems %v", got)
	}
}

// A clause edited in the wizard is saved in the answers file as an
// override and read back; it is checked with the other answers: a clause
// that the answers leave out, or that lacks a language, is a problem.
func TestOverridesAreSavedAndChecked(t *testing.T) {
	s := apiTOS(t)
	fill(s)
	s.SetOverride("access-grant", questionnaire.Translated{textfmt.EN: "Licence.\n\n- one\n- two", textfmt.FR: "Licence."})
	if !s.Dirty() || len(problemsOf(s, questionnaire.OverridesKey)) != 0 {
		t.Fatalf("dirty %v, problems %v", s.Dirty(), problemsOf(s, questionnaire.OverridesKey))
	}
	data, err := s.Encode(s.Path, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	o, issues, err := Open("/x/terms.yaml", data, textfmt.EN)
	if err != nil || len(issues) > 0 {
		t.Fatalf("reopened: %v %v", err, issues)
	}
	if got := o.Override("access-grant"); got[textfmt.EN] != "Licence.\n\n- one\n- two" || got[textfmt.FR] != "Licence." {
		t.Errorf("override read back as %q", got)
	}
	o.SetOverride("access-grant", questionnaire.Translated{textfmt.EN: "Licence."})
	if got := problemsOf(o, questionnaire.OverridesKey); len(got) != 1 || got[0] != "fr:override.text_missing" {
		t.Errorf("problems = %v", got)
	}
	o.SetOverride("access-grant", nil)
	if o.Override("access-grant") != nil || len(o.Values().Overrides()) != 0 {
		t.Error("the template's text is not restored")
	}
}
