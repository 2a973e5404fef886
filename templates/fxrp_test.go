package templates

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
)

// RP-14: the registered office and the registration number of the legal
// person that a linked charter gives are the charter's facts. A policy
// that answers them again is refused with the reason, at each of the two
// answers, and the documents name the charter's seat and number; without
// an answer of its own the policy takes them silently; where the charter
// gives none, the policy's own answer stands.
func TestFxrpLinkedPolicyRefusesTheCharterSeatAndNumber(t *testing.T) {
	c, _ := Lookup("charter")
	k, _ := Lookup("contribution")
	for _, tc := range []struct {
		name           string
		existing, own  bool
		refused        bool
		wantNo, wantSt string
	}{
		{"charter gives both, policy repeats them", true, true, true, "W691234567", "Lyon"},
		{"charter gives both, policy silent", true, false, false, "W691234567", "Lyon"},
		{"charter gives no number, policy gives its own", false, true, false, "W751111111", "Lyon"},
	} {
		dir := t.TempDir()
		charter := c.Examples()
		charter["legal.vehicle"], charter["legal.existing_entity"] = "association", tc.existing
		charter["legal.seat"] = "Lyon"
		if tc.existing {
			charter["legal.registration"] = "RNA W691234567"
		} else {
			delete(charter, "legal.registration")
		}
		policy := k.Examples()
		for _, qq := range k.Questionnaire.Linked() {
			delete(policy, qq.Key)
		}
		delete(policy, "legal.seat")
		delete(policy, "legal.registration")
		if tc.own {
			policy["legal.registration"] = "RNA W751111111"
			if tc.existing {
				policy["legal.seat"] = "Paris"
			}
		}
		policy.SetCharter("charter.yaml")
		write(t, c, charter, filepath.Join(dir, "charter.yaml"))
		path := filepath.Join(dir, "policy.yaml")
		f, issues := answers.ParseFile(path, write(t, k, policy, path), Registry)
		if f == nil {
			t.Fatalf("%s: %s", tc.name, words(issues))
		}
		refused := map[string]bool{}
		for _, i := range issues {
			if !i.Charter && i.Msg != nil && i.Msg.ID == "link.answered" {
				refused[i.Key] = true
			}
		}
		if refused["legal.registration"] != tc.refused || (tc.existing && tc.own) != refused["legal.seat"] {
			t.Errorf("%s: refused %v, want %v: %s", tc.name, refused, tc.refused, words(issues))
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(f.Values, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, cl := range doc.Clauses {
				all.WriteString(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(cl.Body))
			}
			if !strings.Contains(all.String(), tc.wantNo) || !strings.Contains(all.String(), tc.wantSt) {
				t.Errorf("%s %s: the policy does not name %s, %s", tc.name, l, tc.wantNo, tc.wantSt)
			}
			if strings.Contains(all.String(), "Paris") {
				t.Errorf("%s %s: the policy names the refused seat", tc.name, l)
			}
		}
	}
}

// RP-1: the charter always accepts a stable pseudonym (its article on
// contributors), so a linked policy that would require the real name is
// refused, not only warned, with its reason in both languages; without a
// charter, real names remain a choice.
func TestFxrpRealNameAgainstCharterIsAnError(t *testing.T) {
	k, _ := Lookup("contribution")
	var found bool
	for _, r := range k.Questionnaire.Rules {
		if r.ID != "real-name-against-charter" {
			continue
		}
		found = true
		if r.Severity != "error" {
			t.Errorf("real-name-against-charter is a %s, want an error", r.Severity)
		}
		if !strings.Contains(r.Reason.In(textfmt.EN), "Article 5(1)(c)") || !strings.Contains(plainSpaces(r.Reason.In(textfmt.FR)), "article 5, paragraphe 1, point c") {
			t.Errorf("the reason does not name the GDPR: %v", r.Reason)
		}
	}
	if !found {
		t.Fatal("no rule real-name-against-charter")
	}
	for _, linked := range []string{"charter.yaml", ""} {
		vals := k.Examples()
		vals.SetCharter(linked)
		vals["contributors.identity"], vals["inbound"] = "real-name", "dco"
		if got := slices.Contains(brokenRules(k, vals), "real-name-against-charter"); got != (linked != "") {
			t.Errorf("charter %q: refused=%v", linked, got)
		}
	}
}
