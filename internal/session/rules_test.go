package session

import (
	"slices"
	"testing"
	"time"

	"apitos/internal/textfmt"
)

// Answers that contradict each other block the way when the rule is an
// error, and only warn otherwise; the day a date is compared with is the
// session's.
func TestRulesBetweenAnswers(t *testing.T) {
	s := apiTOS(t)
	fill(s)
	s.Today = func() time.Time { return time.Date(2027, 2, 1, 9, 0, 0, 0, time.Local) }
	if p := s.Problems(); len(p) > 0 || len(s.Warnings()) > 0 {
		t.Fatalf("filled session: problems %v, warnings %v", keys(s), s.Warnings())
	}

	s.SetText("effective_date", "2027-03-01")
	s.Today = func() time.Time { return time.Date(2027, 3, 2, 9, 0, 0, 0, time.Local) }
	w := s.Warnings()
	if len(w) != 1 || w[0].Key != "effective_date" || w[0].Rule.ID != "effective-date-past" {
		t.Errorf("warnings = %+v, want the effective date in the past", w)
	}
	if p := s.Problems(); len(p) > 0 {
		t.Errorf("a warning blocks: %v", keys(s))
	}
	s.Today = func() time.Time { return time.Date(2027, 3, 1, 9, 0, 0, 0, time.Local) }
	if w := s.Warnings(); len(w) > 0 {
		t.Errorf("the effective date is today, yet %v", w)
	}

	s.SetText("change.notice_months", "6")
	s.SetText("term.termination_notice_months", "4")
	got := keys(s)
	for _, want := range []string{"term.termination_notice_months:value.rule", "change.notice_months:value.rule"} {
		if !slices.Contains(got, want) {
			t.Errorf("problems %v lack %s", got, want)
		}
	}
	s.SetText("term.termination_notice_months", "not a number")
	if got := keys(s); len(got) != 1 || got[0] != "term.termination_notice_months:value.number" {
		t.Errorf("problems %v: an invalid answer breaks no rule, it is only invalid", got)
	}
}

// Opening a file reports the answers that contradict each other with the
// other problems, so that the user is told to check them.
func TestOpenReportsContradictions(t *testing.T) {
	s := apiTOS(t)
	fill(s)
	s.SetText("effective_date", "2100-01-01") // Open checks dates against the clock
	s.SetText("change.notice_months", "6")
	s.SetText("term.termination_notice_months", "4")
	data, err := s.Encode(s.Path, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, issues, err := Open("terms.yaml", data, textfmt.EN)
	if err != nil || len(issues) != 2 || issues[0].Rule == nil || issues[0].Rule.ID != "termination-notice-shorter-than-change-notice" {
		t.Fatalf("issues %+v, %v", issues, err)
	}
}
