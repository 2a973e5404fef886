package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// exampleOf writes the example answers of a kind to dir/name, in the
// given languages.
func exampleOf(t *testing.T, kind, path string, langs ...string) {
	t.Helper()
	args := []string{"init", "--kind", kind, "--example", "-o", path}
	if len(langs) > 0 {
		args = append(args, "--lang", strings.Join(langs, ","))
	}
	if r := run(t, "C", args...); r.code != ExitOK {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}
}

// files lists every file under dir, by path relative to it.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	return out
}

func documentsOnly(names []string) []string {
	return slices.DeleteFunc(slices.Clone(names), func(n string) bool { return strings.Contains(n, "pictograms/") })
}

// --layout side-by-side writes one document per format, the languages in
// the order of --lang, or the prevailing one first without it.
func TestGenerateSideBySide(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "terms.yaml")
	exampleOf(t, "api-tos", path)
	out := filepath.Join(dir, "out")
	r := run(t, "C", "generate", path, "-o", out, "--layout", "side-by-side", "--format", "md,pdf,html")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// The example's French prevails: it comes first.
	want := []string{"api-tos.fr-en.html", "api-tos.fr-en.md", "api-tos.fr-en.pdf", "api-tos.json"}
	if got := documentsOnly(files(t, out)); !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	r = run(t, "C", "generate", path, "-o", out, "--layout", "side-by-side", "--lang", "en,fr", "--format", "pdf")
	if r.code != ExitOK || !strings.Contains(r.stdout, "api-tos.en-fr.pdf") {
		t.Fatalf("--lang en,fr: exit %d: %s %s", r.code, r.stdout, r.stderr)
	}

	// One language, another layout, a word processor's file or a
	// document for review: none is side by side.
	for _, args := range [][]string{{"--lang", "fr"}, {"--layout", "columns"}, {"--format", "pdf,docx"}, {"--format", "odt"}, {"--review"}} {
		args = append([]string{"generate", path, "-o", out, "--layout", "side-by-side"}, args...)
		if r := run(t, "C", args...); r.code != ExitUsage {
			t.Errorf("%v: exit %d, want a usage error", args, r.code)
		}
	}
	one := filepath.Join(dir, "fr.yaml")
	exampleOf(t, "charter", one, "fr")
	r = run(t, "C", "generate", one, "-o", filepath.Join(dir, "one"), "--layout", "side-by-side")
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "French only") {
		t.Errorf("a file in French only: exit %d, %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "one")); err == nil {
		t.Error("something was written")
	}
}

// Every format at once, in one run, and the web page for review too,
// which verify traces back to its answers.
func TestGenerateEveryFormat(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.yaml")
	exampleOf(t, "contribution", path)
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", path, "-o", out, "--lang", "en", "--format", "md,pdf,docx,odt,html"); r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r := run(t, "C", "generate", path, "-o", out, "--lang", "fr", "--format", "html,md", "--review"); r.code != ExitOK {
		t.Fatalf("--review: exit %d: %s", r.code, r.stderr)
	}
	want := []string{"contribution.en.docx", "contribution.en.html", "contribution.en.md", "contribution.en.odt",
		"contribution.en.pdf", "contribution.fr.review.html", "contribution.fr.review.md", "contribution.json", "contribution.review.json"}
	if got := documentsOnly(files(t, out)); !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	for _, name := range []string{"contribution.en.html", "contribution.fr.review.html"} {
		if r := run(t, "C", "verify", filepath.Join(out, name), path); r.code != ExitOK {
			t.Errorf("verify %s: exit %d %s", name, r.code, r.stderr)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "contribution.fr.review.html"))
	if !strings.Contains(string(page), `<aside class="review" aria-label="Commentaire — 1.1 Objet">`) {
		t.Error("the page for review has no commentary")
	}
	if r := run(t, "C", "generate", path, "--pack", filepath.Join(dir, "repo"), "--review"); r.code != ExitUsage {
		t.Errorf("--pack --review: exit %d", r.code)
	}
}

// Several answers files are generated in one run: each kind's documents
// in the folder, or each file's in a subfolder named after it when kinds
// repeat.
func TestGenerateBatch(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, k := range []string{"api-tos", "charter", "contribution"} {
		p := filepath.Join(dir, k+"-answers.yaml")
		exampleOf(t, k, p)
		paths = append(paths, p)
	}
	out := filepath.Join(dir, "out")
	r := run(t, "C", append([]string{"generate", "-o", out}, paths...)...)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var want []string
	for _, k := range []string{"api-tos", "charter", "contribution"} {
		for _, l := range []string{"en", "fr"} {
			want = append(want, k+"."+l+".md", k+"."+l+".pdf")
		}
		want = append(want, k+".json")
	}
	if got := documentsOnly(files(t, out)); !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}

	// Two files of the same kind: a folder each.
	other := filepath.Join(dir, "other terms.yml")
	exampleOf(t, "api-tos", other, "en")
	out2 := filepath.Join(dir, "out2")
	r = run(t, "C", "generate", "-o", out2, "--format", "md", paths[0], other, paths[1])
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want = []string{"api-tos-answers/api-tos.en.md", "api-tos-answers/api-tos.fr.md", "api-tos-answers/api-tos.json",
		"charter-answers/charter.en.md", "charter-answers/charter.fr.md", "charter-answers/charter.json",
		"other terms/api-tos.en.md", "other terms/api-tos.json"}
	if got := documentsOnly(files(t, out2)); !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}

	// Two files whose folders would be the same.
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	twin := filepath.Join(sub, "api-tos-answers.yaml")
	exampleOf(t, "api-tos", twin)
	r = run(t, "C", "generate", "-o", filepath.Join(dir, "out3"), paths[0], twin)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "rename one") {
		t.Errorf("same folder: exit %d, %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out3")); err == nil {
		t.Error("something was written")
	}
}

// A batch with invalid files reports every problem of every file, at
// its line, and writes nothing at all.
func TestGenerateBatchReportsEveryFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	exampleOf(t, "charter", good)
	bad1 := filepath.Join(dir, "bad1.yaml")
	exampleOf(t, "api-tos", bad1)
	data, _ := os.ReadFile(bad1)
	os.WriteFile(bad1, []byte(strings.Replace(string(data), "url: https://acme-meteo.example\n", "url: not a web address\n", 1)), 0o644)
	bad2 := filepath.Join(dir, "bad2.yaml")
	os.WriteFile(bad2, []byte("kind: contribution\nanswers:\n  project:\n    name: X\n"), 0o644)
	missing := filepath.Join(dir, "missing.yaml")
	out := filepath.Join(dir, "out")
	r := run(t, "C", "generate", "-o", out, good, bad1, bad2, missing)
	if r.code != ExitInvalid {
		t.Fatalf("exit %d", r.code)
	}
	for _, want := range []string{bad1 + ":", bad2 + ":", missing} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the report does not name %s:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.notes, good+":") {
		t.Errorf("a valid file is reported:\n%s", r.stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("something was written")
	}
}

// --pack writes the repository's files; with -o, the documents too; and
// a repository has one document of each kind.
func TestGeneratePack(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, k := range []string{"api-tos", "charter", "contribution"} {
		p := filepath.Join(dir, k+".yaml")
		exampleOf(t, k, p)
		paths = append(paths, p)
	}
	repo := filepath.Join(dir, "repo")
	t.Chdir(dir)
	r := run(t, "C", append([]string{"generate", "--pack", repo}, paths...)...)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := []string{"API-TERMS-badge.md", "API-TERMS-badge.svg", "API-TERMS.en.md", "API-TERMS.md",
		"CONTRIBUTING.en.md", "CONTRIBUTING.md", "GOVERNANCE.en.md", "GOVERNANCE.md",
		"api-tos.json", "charter.json", "contribution.json"}
	if got := documentsOnly(files(t, repo)); !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	if got := documentsOnly(files(t, dir)); slices.ContainsFunc(got, func(n string) bool { return strings.HasSuffix(n, ".pdf") }) {
		t.Errorf("--pack alone wrote documents: %v", got)
	}
	// apitos verify checks the repository's files.
	if r := run(t, "C", "verify", filepath.Join(repo, "GOVERNANCE.md"), paths[1]); r.code != ExitOK {
		t.Errorf("verify GOVERNANCE.md: exit %d %s %s", r.code, r.stdout, r.stderr)
	}

	out := filepath.Join(dir, "out")
	r = run(t, "C", "generate", paths[0], "--pack", repo, "-o", out, "--format", "html")
	if r.code != ExitOK || !slices.Contains(files(t, out), "api-tos.fr.html") {
		t.Errorf("--pack with -o: exit %d, %v %s", r.code, files(t, out), r.stderr)
	}

	twice := filepath.Join(dir, "twice.yaml")
	exampleOf(t, "charter", twice)
	r = run(t, "C", "generate", "--pack", filepath.Join(dir, "repo2"), paths[1], twice)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "one GOVERNANCE.md") {
		t.Errorf("two charters: exit %d, %s", r.code, r.stderr)
	}
	for _, args := range [][]string{{"--preview"}, {"--format", "pdf"}, {"--layout", "side-by-side"}} {
		args = append([]string{"generate", paths[0], "--pack", filepath.Join(dir, "repo3")}, args...)
		if r := run(t, "C", args...); r.code != ExitUsage {
			t.Errorf("%v: exit %d", args, r.code)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "repo2")); err == nil {
		t.Error("something was written")
	}
}
