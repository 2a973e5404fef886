package locales

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

func TestEveryMessageExistsInEveryLanguage(t *testing.T) {
	en := IDs(textfmt.EN)
	if len(en) == 0 {
		t.Fatal("no English messages")
	}
	for _, l := range textfmt.All {
		if got := IDs(l); !slices.Equal(got, en) {
			t.Errorf("%s ids differ from en:\n%s", l, diff(en, got))
		}
	}
}

func diff(a, b []string) string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, "missing "+x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			out = append(out, "extra "+x)
		}
	}
	return strings.Join(out, "\n")
}

// messageCall finds message ids in the source: T("id"), N("id"),
// msg("id"), message("id"), NewMessage("id"), fileIssue(line, "id").
var messageCall = regexp.MustCompile(`(?:\.T|\.N|\bmsg|\bmessage|NewMessage)\("([a-z_.]+)"|fileIssue\([^,]+, "([a-z_.]+)"`)

// Every message the code asks for exists; a missing one would show its id
// to the user.
func TestEveryMessageUsedInCodeExists(t *testing.T) {
	ids := IDs(textfmt.EN)
	used := map[string]bool{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range messageCall.FindAllStringSubmatch(string(src), -1) {
			used[m[1]+m[2]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(used) < 20 {
		t.Fatalf("found only %d message ids in the code; is the pattern stale?", len(used))
	}
	for id := range used {
		if !slices.Contains(ids, id) && !strings.HasSuffix(id, ".") {
			t.Errorf("message %s is used but not defined", id)
		}
	}
	for _, typ := range []questionnaire.Type{questionnaire.TypeText, questionnaire.TypeLong, questionnaire.TypeEmail,
		questionnaire.TypeURL, questionnaire.TypeDate, questionnaire.TypeNumber, questionnaire.TypeBool,
		questionnaire.TypeChoice, questionnaire.TypeMulti, questionnaire.TypeCountry, questionnaire.TypeList,
		questionnaire.TypeLicence} {
		if !slices.Contains(ids, "type."+string(typ)) {
			t.Errorf("no message type.%s", typ)
		}
	}
	for _, r := range []questionnaire.Rights{questionnaire.RightsHigh, questionnaire.RightsModerate, questionnaire.RightsLow} {
		if !slices.Contains(ids, "rights."+string(r)) {
			t.Errorf("no message rights.%s", r)
		}
	}
}

func TestFrenchMessagesAreTypeset(t *testing.T) {
	fr := For(textfmt.FR)
	got := fr.T("cli.exists", "Path", "a.yaml")
	if !strings.Contains(got, "déjà\u202f;") || strings.Contains(got, "'") {
		t.Errorf("French typography missing: %q", got)
	}
}

func TestMessageWordsQuestionnaireData(t *testing.T) {
	m := questionnaire.NewMessage("value.min_reason", "Min", 3, "Reason", questionnaire.Text{textfmt.EN: "why", textfmt.FR: "pourquoi"})
	if got := For(textfmt.FR).Message(m); got != "doit être au moins égal à 3, car pourquoi" {
		t.Errorf("French = %q", got)
	}
	if got := For(textfmt.EN).Message(m); got != "must be at least 3, because why" {
		t.Errorf("English = %q", got)
	}
}

// IDs lists the message ids of a language, sorted (for parity tests).
func IDs(l textfmt.Lang) []string {
	msgs, err := read(l)
	if err != nil {
		return nil
	}
	ids := make([]string, 0, len(msgs))
	for _, m := range msgs {
		ids = append(ids, m.ID)
	}
	sort.Strings(ids)
	return ids
}
