package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// laterVersion writes a later version of an answers file, with its
// version, effective date and the given lines replaced.
func laterVersion(t *testing.T, path, name, version, effective string, replace ...string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), `version: "1.0"`, `version: "`+version+`"`, 1)
	text = strings.Replace(text, "effective_date: 2027-03-01", "effective_date: "+effective, 1)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(text, replace[i]) {
			t.Fatalf("%s has no %q", path, replace[i])
		}
		text = strings.Replace(text, replace[i], replace[i+1], 1)
	}
	out := filepath.Join(filepath.Dir(path), name)
	os.WriteFile(out, []byte(text), 0o644)
	return out
}

func TestDiffWritesTheRedlineAndTheChangeLog(t *testing.T) {
	dir := t.TempDir()
	v1 := exampleFile(t, dir)
	v2 := laterVersion(t, v1, "v2.yaml", "1.1", "2027-06-01", "notice_months: 3", "notice_months: 6")
	out := filepath.Join(dir, "out")
	r := run(t, "C", "diff", v1, v2, "-o", out)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	got := names(t, out)
	want := []string{"api-tos.en.changes.md", "api-tos.en.redline.md", "api-tos.en.redline.pdf",
		"api-tos.fr.changes.md", "api-tos.fr.redline.md", "api-tos.fr.redline.pdf", "pictograms"}
	if !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	changes, _ := os.ReadFile(filepath.Join(out, "api-tos.en.changes.md"))
	for _, w := range []string{"From version 1.0", "Changes to the API", "| Notice before a breaking change or a change of these terms (months) | 3 | 6 |", "## Notice to users"} {
		if !strings.Contains(strings.ReplaceAll(string(changes), "\u00a0", " "), w) {
			t.Errorf("the change log lacks %q", w)
		}
	}
	// --lang and --format choose the files.
	one := filepath.Join(dir, "one")
	if r := run(t, "C", "diff", "--lang", "fr", "--format", "md", v1, v2, "-o", one); r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if got := names(t, one); !slices.Equal(got, []string{"api-tos.fr.changes.md", "api-tos.fr.redline.md", "pictograms"}) {
		t.Errorf("--lang fr --format md: %v", got)
	}
	// The redline came from both files, and from no other.
	red := filepath.Join(out, "api-tos.fr.redline.pdf")
	for _, answers := range []string{v1, v2} {
		if r := run(t, "C", "verify", red, answers); r.code != ExitOK {
			t.Errorf("verify the redline with %s: exit %d %s", answers, r.code, r.stderr)
		}
	}
	v3 := laterVersion(t, v1, "v3.yaml", "1.2", "2027-06-01", "notice_months: 3", "notice_months: 9")
	if r := run(t, "C", "verify", red, v3); r.code != ExitInvalid {
		t.Errorf("verify the redline with other answers: exit %d", r.code)
	}
}

// diff refuses an effective date that the earlier terms' notice period
// does not allow, names the earliest lawful date in the user's language,
// and writes nothing.
func TestDiffRefusesAnEarlyDate(t *testing.T) {
	dir := t.TempDir()
	v1 := exampleFile(t, dir)
	v2 := laterVersion(t, v1, "v2.yaml", "1.1", "2027-03-10", "notice_months: 3", "notice_months: 6")
	out := filepath.Join(dir, "out")
	for _, c := range []struct{ lang, want string }{
		{"C", "Announced on 15 December 2026, the change can take effect on 15 March 2027 at the earliest"},
		{"fr_FR.UTF-8", "Annoncée le 15 décembre 2026, la modification peut prendre effet le 15 mars 2027 au plus tôt"},
	} {
		r := run(t, c.lang, "diff", v1, v2, "-o", out, "--announce", "2026-12-15")
		if r.code != ExitInvalid || !strings.Contains(strings.ReplaceAll(r.stderr, "\u00a0", " "), c.want) {
			t.Errorf("%s: exit %d\n%s", c.lang, r.code, r.stderr)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Fatalf("%s: something was written", c.lang)
		}
	}
	// Announced early enough, it passes; announced today (1 December
	// 2026 in these tests), the earliest day is 1 March 2027.
	if r := run(t, "C", "diff", v1, v2, "-o", out, "--announce", "2026-12-10"); r.code != ExitOK {
		t.Errorf("announced on 10 December: exit %d %s", r.code, r.stderr)
	}
	v4 := laterVersion(t, v1, "v4.yaml", "1.1", "2027-02-28", "notice_months: 3", "notice_months: 6")
	if r := run(t, "C", "diff", v1, v4, "-o", out); r.code != ExitInvalid || !strings.Contains(r.stderr, "must come after") {
		t.Errorf("an effective date before the earlier one: exit %d %s", r.code, r.stderr)
	}
	v5 := laterVersion(t, v1, "v5.yaml", "2.0", "2027-06-01", "notice_months: 3", "notice_months: 6")
	if r := run(t, "C", "diff", v1, v5, "-o", filepath.Join(dir, "v5")); r.code != ExitInvalid ||
		!strings.Contains(strings.ReplaceAll(r.stderr, "\u00a0", " "), "on 1 December 2027 at the earliest") {
		t.Errorf("a new major version within the deprecation period: exit %d %s", r.code, r.stderr)
	}
}

// An unchanged document is said to be so, and nothing is written; a
// version that does not increase is refused.
func TestDiffUnchangedAndVersions(t *testing.T) {
	dir := t.TempDir()
	v1 := exampleFile(t, dir)
	out := filepath.Join(dir, "out")
	same := laterVersion(t, v1, "same.yaml", "1.1", "2027-06-01")
	for _, other := range []string{v1, same} {
		r := run(t, "C", "diff", v1, other, "-o", out)
		if r.code != ExitOK || !strings.Contains(r.stdout, "gives the same documents as") {
			t.Errorf("%s: exit %d\n%s%s", other, r.code, r.stdout, r.stderr)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Fatalf("%s: something was written", other)
		}
	}
	older := laterVersion(t, v1, "older.yaml", "0.9", "2027-06-01", "notice_months: 3", "notice_months: 6")
	if r := run(t, "fr_FR.UTF-8", "diff", v1, older, "-o", out); r.code != ExitInvalid || !strings.Contains(r.stderr, "doit être postérieure") {
		t.Errorf("an older version: exit %d %s", r.code, r.stderr)
	}
	t.Chdir(dir) // a usage wrongly accepted writes here, never in the source tree
	for _, args := range [][]string{{"diff", v1}, {"diff", v1, same, "--announce", "15/12/2026"}, {"diff", v1, same, "--format", "rtf"}, {"diff", v1, same, "--format", "md,html"}} {
		if r := run(t, "C", args...); r.code != ExitUsage {
			t.Errorf("%v: exit %d", args, r.code)
		}
	}
}
