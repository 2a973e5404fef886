package session

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
	"apitos/templates"
)

func apiTOS(t *testing.T) *Session {
	t.Helper()
	k, ok := templates.Lookup("api-tos")
	if !ok {
		t.Fatal("no api-tos")
	}
	return New(k)
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
		if qq.Example != "" && s.Text(qq.Key) == "" {
			s.SetText(qq.Key, qq.Example)
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
	s.SetField("annex", i, "title", "SLA")
	s.SetField("annex", i, "url", "ftp://x")
	j := s.AddRow("annex")
	s.SetField("annex", j, "title", "Security")
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
	if rows := s.Rows("annex"); len(rows) != 1 || rows[0]["title"] != "Security" {
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
	s.SetField("annex", i, "title", "SLA")
	s.SetField("annex", i, "url", "sla please")
	data, err := s.Encode(textfmt.FR, &answers.Labels{Header: "h", Required: "(r)", Options: "o"})
	if err != nil {
		t.Fatal(err)
	}
	o, issues, err := Open("/x/terms.yaml", data)
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
	if _, _, err := Open("x", []byte("kind: nda\n")); err == nil || !strings.Contains(err.Error(), "x") {
		t.Errorf("unknown kind: %v", err)
	}
}
