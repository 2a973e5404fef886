package session

import (
	"errors"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
	"apitos/internal/versions"
	"apitos/templates"
)

// encodeExample is the API terms' example as an answers file.
func encodeExample(t *testing.T) []byte {
	t.Helper()
	k, _ := templates.Lookup("api-tos")
	vals := k.Examples()
	vals.SetLangs(textfmt.All)
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The answers being edited are compared with an earlier version of the
// same document, read from its answers file; the rules of amendment are
// applied as of the session's day.
func TestCompareWithAnEarlierVersion(t *testing.T) {
	data := encodeExample(t)
	s, _, err := Open("v1.yaml", data, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	s.Today = func() time.Time { return time.Date(2026, 12, 15, 10, 0, 0, 0, time.Local) }
	if _, err := s.CompareWith("/tmp/v1.yaml", data); err != nil {
		t.Fatal(err)
	}
	if e := s.Earlier(); e == nil || e.Name() != "v1.yaml" || e.Version != "1.0" {
		t.Fatalf("earlier %+v", e)
	}
	s.SetText("version", "1.1")
	s.SetText("effective_date", "2027-03-10")
	s.SetText("change.notice_months", "6")
	c, err := s.Compare(textfmt.FR, templates.Preview)
	if err != nil {
		t.Fatal(err)
	}
	if c.Unchanged() {
		t.Error("a changed notice period is no change")
	}
	if p := s.AmendmentProblem(c); p == nil || p.ID != versions.RuleNotice || p.Earliest.Format(time.DateOnly) != "2027-03-15" {
		t.Errorf("problem %+v", p)
	}
	s.StopComparing()
	if s.Earlier() != nil {
		t.Error("still comparing")
	}

	charter := New(mustKind(t, "charter"), textfmt.All)
	if _, err := charter.CompareWith("v1.yaml", data); !errors.Is(err, ErrOtherKind) {
		t.Errorf("another kind: %v", err)
	}
	if _, err := s.CompareWith("x.yaml", []byte("kind: [")); !errors.Is(err, ErrNotAnswers) {
		t.Errorf("not YAML: %v", err)
	}
	if issues, err := s.CompareWith("bad.yaml", []byte("kind: api-tos\nanswers:\n  change:\n    notice_months: 1\n")); !errors.Is(err, ErrInvalid) || len(issues) != 1 {
		t.Errorf("invalid answers: %v %v", issues, err)
	}
}

func mustKind(t *testing.T, id string) *templates.Kind {
	k, ok := templates.Lookup(id)
	if !ok {
		t.Fatalf("no %s", id)
	}
	return k
}
