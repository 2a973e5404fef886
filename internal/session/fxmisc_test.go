package session

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// fxmiscCharter writes the example answers of a charter at path, the
// registered office given or not, dated after any earlier version.
func fxmiscCharter(t *testing.T, path string, seat bool, at time.Time) {
	t.Helper()
	k, _ := templates.Lookup("charter")
	vals := k.Examples()
	vals.SetLangs(textfmt.All)
	if seat {
		vals["legal.seat"] = "Lyon"
	} else {
		delete(vals, "legal.seat")
	}
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(path, at, at)
}

// fxmiscWantKey is the charter's question that qq takes its answer from,
// worked out from the charter as the session did before it recorded it
// once, when the link is made: "" when none.
func fxmiscWantKey(s *Session, qq *questionnaire.Question) string {
	l := s.Charter()
	switch {
	case l == nil:
		return ""
	case qq.FromCharter != "":
		return qq.FromCharter
	case qq.CharterDefault != "" && l.OK() && questionnaire.Answered(l.Answers()[qq.CharterDefault]):
		return qq.CharterDefault
	}
	return ""
}

// The charter keys of a linked policy, worked out once where the link is
// made (linked, reopened, refreshed, unlinked), give for every question
// the same answers as when they were worked out at each call: which
// answers are the charter's, and from which of its questions.
func TestFxmiscCharterKeysOnce(t *testing.T) {
	dir := t.TempDir()
	charter := filepath.Join(dir, "charter.yaml")
	start := time.Now()
	fxmiscCharter(t, charter, true, start)
	k, _ := templates.Lookup("contribution")
	s := New(k, textfmt.All)
	var all []*questionnaire.Question
	var visit func(qq *questionnaire.Question)
	visit = func(qq *questionnaire.Question) {
		all = append(all, qq)
		for _, f := range qq.Fields {
			visit(f)
		}
	}
	for _, qq := range k.Questionnaire.Questions() {
		visit(qq)
	}
	check := func(state string, seatLinked bool) {
		t.Helper()
		linked := 0
		for _, qq := range all {
			want := fxmiscWantKey(s, qq)
			if got := s.Linked(qq.Key); got != (want != "") {
				t.Errorf("%s: Linked(%s) = %v, want %v", state, qq.Key, got, want != "")
			}
			if want != "" {
				linked++
			}
			src, _, ok := s.Source(qq.Key)
			if ok != (want != "" && s.Charter().OK()) || ok && src.Key != want {
				t.Errorf("%s: Source(%s) = %v, %v, want %q", state, qq.Key, src, ok, want)
			}
		}
		if got := s.Linked("legal.seat"); got != seatLinked {
			t.Errorf("%s: the registered office linked %v, want %v", state, got, seatLinked)
		}
		if s.Charter() != nil && linked < 5 {
			t.Errorf("%s: only %d answers taken from the charter", state, linked)
		}
		if s.Charter() == nil && linked != 0 {
			t.Errorf("%s: %d answers taken from no charter", state, linked)
		}
	}
	check("not linked", false)
	if m := s.LinkCharter(charter); m != nil {
		t.Fatal(m)
	}
	check("linked, the charter giving its seat", true)
	if got := s.Values()["legal.seat"]; got != "Lyon" {
		t.Errorf("the registered office is %v, not the charter's", got)
	}

	data, _ := s.Encode(filepath.Join(dir, "policy.yaml"), textfmt.EN, nil)
	os.WriteFile(filepath.Join(dir, "policy.yaml"), data, 0o644)
	o, _, err := Open(filepath.Join(dir, "policy.yaml"), data, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	s = o
	check("reopened", true)

	fxmiscCharter(t, charter, false, start.Add(time.Hour))
	if !s.RefreshCharter() {
		t.Fatal("the changed charter is not read again")
	}
	check("refreshed, the charter giving no seat", false)

	os.Remove(charter)
	if !s.RefreshCharter() || s.Charter().OK() {
		t.Fatal("a charter removed is still read")
	}
	check("the charter unreadable", false)

	s.Unlink()
	check("unlinked", false)
}
