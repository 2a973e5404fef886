package answers_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/templates"
)

// The canonical answers, whose digest is the answers' fingerprint, are
// those the documents are built from: comments, the order of keys, quotes,
// a list written on one line and an answer equal to its default change
// nothing; an answer that does not apply leaves no trace; a changed
// answer changes them.
func TestCanonicalAnswers(t *testing.T) {
	const base = `kind: charter
languages: [en, fr]
answers:
  commons:
    name: Sentiers en commun
    mission:
      en: To look after the paths
      fr: Entretenir les chemins
  version: "1.0"
`
	const same = `# The same answers, written otherwise.
answers:
  version: '1.0'   # quoted differently
  commons:
    mission: {fr: Entretenir les chemins, en: To look after the paths}
    name: "Sentiers en commun"
  governance:
    steering: true           # the default
    steering_seats: 7        # the default
kind: charter
`
	const hidden = base + `  governance:
    steering: true
`
	canonical := func(src string) string {
		f, _ := answers.Parse([]byte(src), templates.Registry)
		if f == nil {
			t.Fatalf("cannot parse:\n%s", src)
		}
		return string(f.Questionnaire.Canonical(f.Values))
	}
	want := canonical(base)
	if !strings.HasPrefix(want, `{"answers":{`) || !strings.Contains(want, `"commons.mission":{"en":"To look after the paths","fr":"Entretenir les chemins"}`) {
		t.Errorf("canonical form %s", want)
	}
	for name, src := range map[string]string{"written otherwise": same, "with a default": hidden} {
		if got := canonical(src); got != want {
			t.Errorf("%s: canonical form\n%s\nwant\n%s", name, got, want)
		}
	}
	// Steering seats apply only with a steering committee: without one,
	// their answer leaves no trace.
	noCommittee := base + "  governance:\n    steering: false\n"
	if canonical(noCommittee+"    steering_seats: 9\n") != canonical(noCommittee) {
		t.Error("an answer that does not apply changed the canonical form")
	}
	if canonical(strings.Replace(base, `"1.0"`, `"1.1"`, 1)) == want {
		t.Error("a changed answer left the canonical form as it was")
	}
	if canonical(strings.Replace(base, "[en, fr]", "[fr]", 1)) == want {
		t.Error("a change of the documents' languages left the canonical form as it was")
	}
}

// A contribution policy's canonical answers hold the facts it takes from
// the charter it names, as its own answers: another charter changes them,
// the same charter under another name does not.
func TestCanonicalAnswersOfALinkedPolicy(t *testing.T) {
	dir := t.TempDir()
	charter := func(name, file string) {
		src := "kind: charter\nanswers:\n  commons:\n    name: " + name + "\n"
		if err := os.WriteFile(filepath.Join(dir, file), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	charter("Sentiers en commun", "a.yaml")
	charter("Sentiers en commun", "copy.yaml")
	charter("Sentiers partagés", "b.yaml")
	canonical := func(ref string) string {
		path := filepath.Join(dir, "policy.yaml")
		f, _ := answers.ParseFile(path, []byte("kind: contribution\ncharter: "+ref+"\nanswers:\n"), templates.Registry)
		if f == nil || f.Link == nil || !f.Link.OK() {
			t.Fatalf("the policy does not follow %s", ref)
		}
		return string(f.Questionnaire.Canonical(f.Values))
	}
	a := canonical("a.yaml")
	if !strings.Contains(a, "Sentiers en commun") {
		t.Errorf("the charter's name is not among the policy's answers: %s", a)
	}
	if canonical("copy.yaml") != a {
		t.Error("the same charter under another name changed the canonical answers")
	}
	if canonical("b.yaml") == a {
		t.Error("another charter left the canonical answers as they were")
	}
}
