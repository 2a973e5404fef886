package answers_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
)

// A charter and a document that takes two answers from it, the charter
// leaving both optional: what the charter does not give, an answer or a
// translation the document needs, is reported in the document, at the
// line that names the charter.
const (
	header = `title: {en: T, fr: T}
summary: {en: S, fr: S}
document: {name: name, author: name, version: name, effective_date: date, subject: {en: S, fr: S}, keywords: {en: K, fr: K}}
groups:
  - id: g
    title: {en: G, fr: G}
    questions:
      - {key: date, type: date, label: {en: Date, fr: Date}}
`
	charterKind = "kind: charter\n" + header + `      - {key: name, type: text, label: {en: Name of the commons, fr: Nom du commun}}
      - {key: mission, type: long, translatable: true, label: {en: Mission, fr: Mission}}
`
	policyKind = "kind: policy\n" + header + `      - {key: name, type: text, required: true, from_charter: name, label: {en: Name, fr: Nom}}
      - {key: mission, type: long, translatable: true, required: true, from_charter: mission, label: {en: Mission, fr: Mission}}
`
)

type registry map[string]*questionnaire.Questionnaire

func (r registry) Questionnaire(kind string) (*questionnaire.Questionnaire, bool) {
	q, ok := r[kind]
	return q, ok
}

func (r registry) KindIDs() []string { return []string{"charter", "policy"} }

func TestWhatTheCharterDoesNotGive(t *testing.T) {
	reg := registry{}
	for _, src := range []string{charterKind, policyKind} {
		q, err := questionnaire.Load([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		reg[q.Kind] = q
	}
	if err := reg["policy"].CheckLink(reg["charter"]); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "charter.yaml"), []byte("kind: charter\nlanguages: [en]\nanswers:\n  mission: To share\n"), 0o644)
	policy := "kind: policy\ncharter: charter.yaml\nanswers:\n  date: 2027-01-01\n"
	path := filepath.Join(dir, "policy.yaml")
	f, issues := answers.ParseFile(path, []byte(policy), reg)
	var got []string
	for _, i := range issues {
		got = append(got, i.Msg.ID+"@"+i.Key+":"+string(i.Lang))
		if i.Line != 2 || i.Charter || !i.Missing() {
			t.Errorf("%s reported at line %d (charter %v)", i.Msg.ID, i.Line, i.Charter)
		}
	}
	want := []string{"link.missing@name:", "link.missing_translation@mission:fr"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("issues %q, want %q", got, want)
	}
	// The charter gives no name: the message points where it would go.
	if m := issues[0].Msg; m.Data["Line"] != 3 || m.Data["Path"] != "charter.yaml" {
		t.Errorf("the missing name points at %v of %v", m.Data["Line"], m.Data["Path"])
	}
	if f.Values["mission"].(questionnaire.Translated)["en"] != "To share" {
		t.Errorf("the charter's mission was not taken: %v", f.Values["mission"])
	}

	for _, c := range []struct{ line, id string }{
		{"charter:", "link.value"},
		{"charter: [a, b]", "link.value"},
	} {
		_, issues := answers.ParseFile(path, []byte(strings.Replace(policy, "charter: charter.yaml", c.line, 1)), reg)
		if len(issues) == 0 || issues[0].Msg.ID != c.id || issues[0].Line != 2 {
			t.Errorf("%q: %+v", c.line, issues)
		}
	}
	// Parse alone records the charter but reads no file.
	if f, _ := answers.Parse([]byte(policy), reg); f.Link == nil || f.Link.File != nil || f.Link.Ref != "charter.yaml" {
		t.Errorf("Parse: link %+v", f.Link)
	}
}
