package answers_test

import (
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// The text of a clause edited by hand is read per language, with its
// paragraphs, and written back as it was read.
func TestOverridesRoundTrip(t *testing.T) {
	src := valid + `overrides:
  access-grant:
    en: |-
      The Provider grants each User a licence.

      - first item
      - second item, under {{ref "term-breach"}}
    fr: |-
      Le Fournisseur concède une licence à chaque Utilisateur.
`
	f, issues := answers.Parse([]byte(src), templates.Registry)
	if len(issues) > 0 {
		t.Fatalf("issues: %v", issues)
	}
	got := f.Values.Overrides()["access-grant"]
	if !strings.Contains(got[textfmt.EN], "\n\n- first item\n") || got[textfmt.FR] != "Le Fournisseur concède une licence à chaque Utilisateur." {
		t.Fatalf("override = %q", got)
	}
	data, err := answers.Encode(f.Questionnaire, f.Values, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	g, issues := answers.Parse(data, templates.Registry)
	if len(issues) > 0 {
		t.Fatalf("issues after encoding: %v\n%s", issues, data)
	}
	if again := g.Values.Overrides()["access-grant"]; again[textfmt.EN] != got[textfmt.EN] || again[textfmt.FR] != got[textfmt.FR] {
		t.Errorf("encoded and read again: %q, want %q", again, got)
	}
}

// An override is checked like an answer, at its line: the clause must be
// in this document with these answers, have its text in each language of
// the documents, and refer only to clauses the document has.
func TestOverrideProblems(t *testing.T) {
	cases := []struct {
		name, overrides string
		line            int
		msg             string
	}{
		{"unknown clause", "  no-such-clause:\n    en: x\n    fr: y\n", 21, "override.no_clause"},
		{"clause left out by the answers", "  access-restricted:\n    en: x\n    fr: y\n", 21, "override.clause_absent"},
		{"a language missing", "  access-grant:\n    en: x\n", 0, "override.text_missing"},
		{"one text for two languages", "  access-grant: x\n", 21, "override.untranslated"},
		{"a reference to a clause not here", "  access-grant:\n    en: see {{ref \"access-restricted\"}}\n    fr: y\n", 22, "override.ref_unknown"},
		{"not a clause ID", "  Access Grant:\n    en: x\n    fr: y\n", 21, "override.id"},
		{"a control character", "  access-grant:\n    en: \"x\\u0007\"\n    fr: y\n", 22, "value.control"},
	}
	for _, c := range cases {
		_, issues := answers.Parse([]byte(valid+"overrides:\n"+c.overrides), templates.Registry)
		var found *answers.Issue
		for i := range issues {
			if issues[i].Msg.ID == c.msg {
				found = &issues[i]
			}
		}
		if found == nil {
			t.Errorf("%s: no %s among %v", c.name, c.msg, issues)
			continue
		}
		if found.Key != questionnaire.OverridesKey {
			t.Errorf("%s: problem under %q", c.name, found.Key)
		}
		if c.line > 0 && found.Line != c.line {
			t.Errorf("%s: line %d, want %d", c.name, found.Line, c.line)
		}
	}
}
