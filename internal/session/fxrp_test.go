package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// RP-14: in the wizard, the registered office and registration number of
// the legal person that the linked charter gives are the charter's, shown
// with their source and never saved in the policy; a seat typed in the
// policy gives way to the charter's. Without such an answer in the
// charter, the policy answers them itself.
func TestFxrpSeatAndNumberFromTheCharter(t *testing.T) {
	for _, gives := range []bool{true, false} {
		dir := t.TempDir()
		c, _ := templates.Lookup("charter")
		vals := c.Examples()
		vals.SetLangs(textfmt.All)
		vals["legal.vehicle"], vals["legal.existing_entity"] = "association", true
		vals["legal.seat"], vals["legal.registration"] = "Lyon", "RNA W691234567"
		if !gives {
			delete(vals, "legal.seat")
			delete(vals, "legal.registration")
		}
		data, err := answers.Encode(c.Questionnaire, vals, textfmt.EN, nil)
		if err != nil {
			t.Fatal(err)
		}
		charter := filepath.Join(dir, "charter.yaml")
		os.WriteFile(charter, data, 0o644)
		k, _ := templates.Lookup("contribution")
		s := New(k, textfmt.All)
		s.SetText("legal.seat", "Paris")
		if m := s.LinkCharter(charter); m != nil {
			t.Fatalf("linking: %+v", m)
		}
		for _, key := range []string{"legal.seat", "legal.registration"} {
			if s.Linked(key) != gives {
				t.Errorf("charter gives=%v: %s linked=%v", gives, key, !gives)
			}
			if _, _, ok := s.Source(key); ok != gives {
				t.Errorf("charter gives=%v: %s has a source=%v", gives, key, ok)
			}
		}
		want := "Lyon"
		if !gives {
			want = "Paris"
		}
		if v := s.Values()["legal.seat"]; v != want {
			t.Errorf("charter gives=%v: seat %v, want %s", gives, v, want)
		}
		out, _ := s.Encode(filepath.Join(dir, "policy.yaml"), textfmt.EN, nil)
		if strings.Contains(string(out), "seat: Paris") == gives {
			t.Errorf("charter gives=%v: saved policy:\n%s", gives, out)
		}
	}
}
