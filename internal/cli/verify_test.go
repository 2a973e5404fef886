package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// verify accepts the documents generated from an answers file and says by
// which version; it refuses a document from other answers, naming the
// answer that differs, and a document changed after it was generated.
func TestVerify(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	out := filepath.Join(dir, "out")
	if r := run(t, "C", "generate", path, "-o", out); r.code != ExitOK {
		t.Fatalf("generate: %d %s", r.code, r.stderr)
	}
	for _, name := range []string{"api-tos.en.md", "api-tos.fr.pdf"} {
		doc := filepath.Join(out, name)
		r := run(t, "C", "verify", doc, path)
		if r.code != ExitOK || !strings.Contains(r.stdout, "generated from "+path+" by APIToS "+version+", and unchanged since") {
			t.Errorf("verify %s: exit %d\n%s%s", name, r.code, r.stdout, r.stderr)
		}
	}

	// Other answers: the notice period changed.
	data, _ := os.ReadFile(path)
	other := filepath.Join(dir, "other.yaml")
	os.WriteFile(other, []byte(strings.Replace(string(data), "notice_months: 3", "notice_months: 6", 1)), 0o644)
	r := run(t, "C", "verify", filepath.Join(out, "api-tos.en.pdf"), other)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "was not generated from "+other) ||
		!strings.Contains(r.stderr, "Notice before a breaking change or a change of these terms (months): 3 in the document, 6 in "+other) {
		t.Errorf("other answers: exit %d\n%s", r.code, r.stderr)
	}
	fr := run(t, "fr_FR.UTF-8", "verify", filepath.Join(out, "api-tos.en.pdf"), other)
	if fr.code != ExitInvalid || !strings.Contains(fr.stderr, "n’est pas issu de "+other) || !strings.Contains(fr.stderr, "3 dans le document, 6 dans") {
		t.Errorf("other answers, in French: exit %d\n%s", fr.code, fr.stderr)
	}
	// Without the manifest, the two digests are given.
	os.Remove(filepath.Join(out, "api-tos.json"))
	if r := run(t, "C", "verify", filepath.Join(out, "api-tos.en.md"), other); r.code != ExitInvalid || !strings.Contains(r.stderr, "Digest of the document’s answers: sha256:") {
		t.Errorf("other answers, no manifest: exit %d\n%s", r.code, r.stderr)
	}

	// A document changed after it was generated.
	md := filepath.Join(out, "api-tos.en.md")
	text, _ := os.ReadFile(md)
	os.WriteFile(md, []byte(strings.Replace(string(text), "at least three months", "at least one month", 1)+" "), 0o644)
	if r := run(t, "C", "verify", md, path); r.code != ExitInvalid || !strings.Contains(r.stderr, "it was changed after it was generated") {
		t.Errorf("altered document: exit %d\n%s", r.code, r.stderr)
	}

	// A file that APIToS did not generate.
	if r := run(t, "C", "verify", path, path); r.code != ExitInvalid || !strings.Contains(r.stderr, "carries no APIToS fingerprint") {
		t.Errorf("answers file as a document: exit %d\n%s", r.code, r.stderr)
	}
	if r := run(t, "C", "verify", md); r.code != ExitUsage {
		t.Errorf("one argument: exit %d", r.code)
	}
}

// A later version of the program cannot generate a document again to
// compare it; the manifest beside it vouches for its content, and without
// one verify still says which version generated it from these answers.
func TestVerifyByAnotherVersion(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	out := filepath.Join(dir, "out")
	run(t, "C", "generate", path, "-o", out, "--format", "md")
	later := func(e *Env) { e.Version = "2.0.0" }
	doc := filepath.Join(out, "api-tos.fr.md")
	r := runWith(t, "C", later, "verify", doc, path)
	if r.code != ExitOK || !strings.Contains(r.stdout, "by APIToS "+version+", and unchanged since, as api-tos.json records") {
		t.Errorf("with the manifest: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	os.Remove(filepath.Join(out, "api-tos.json"))
	r = runWith(t, "C", later, "verify", doc, path)
	if r.code != ExitOK || !strings.Contains(r.stdout, "by APIToS "+version+". This program, APIToS 2.0.0, cannot generate it again") {
		t.Errorf("without the manifest: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// Web pages and documents side by side carry the fingerprint too, and
// verify generates them again to compare.
func TestVerifyWebPagesAndSideBySide(t *testing.T) {
	dir := t.TempDir()
	path := exampleFile(t, dir)
	out := filepath.Join(dir, "out")
	for _, args := range [][]string{{"--format", "html"}, {"--format", "md,pdf,html", "--layout", "side-by-side"}} {
		if r := run(t, "C", append([]string{"generate", path, "-o", out}, args...)...); r.code != ExitOK {
			t.Fatalf("generate %v: %d %s", args, r.code, r.stderr)
		}
	}
	for _, name := range []string{"api-tos.fr.html", "api-tos.fr-en.md", "api-tos.fr-en.pdf", "api-tos.fr-en.html"} {
		doc := filepath.Join(out, name)
		if r := run(t, "C", "verify", doc, path); r.code != ExitOK || !strings.Contains(r.stdout, "and unchanged since") {
			t.Errorf("verify %s: exit %d\n%s%s", name, r.code, r.stdout, r.stderr)
		}
		data, _ := os.ReadFile(doc)
		os.WriteFile(doc, []byte(strings.Replace(string(data), "Acme", "Acne", 1)), 0o644)
		if r := run(t, "C", "verify", doc, path); r.code != ExitInvalid {
			t.Errorf("verify %s once changed: exit %d\n%s", name, r.code, r.stdout)
		}
	}
}
