package export

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/readertest"
	"apitos/internal/textfmt"
	"apitos/internal/versions"
	"apitos/templates"
)

// comparisons compares the API terms' example with a version whose
// notice period and specification licence changed, in every language.
func comparisons(t testing.TB) []*versions.Comparison {
	k, _ := templates.Lookup("api-tos")
	vals := k.Examples()
	vals["version"] = "1.1"
	vals["effective_date"] = time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC)
	vals["change.notice_months"] = 6
	vals["conditions.specification"] = "cc-by-sa"
	vals["change.reason"] = questionnaire.Translated{textfmt.EN: "More time to adapt.", textfmt.FR: "Plus de temps pour s'adapter."}
	var out []*versions.Comparison
	for _, l := range textfmt.All {
		c, err := versions.Compare(k, k.Examples(), vals, l, templates.Final)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// The redline PDF passes qpdf's check, and a reader's text of it holds
// both the deleted and the inserted words of a changed clause, in the
// clause, in each language.
func TestRedlinePDF(t *testing.T) {
	readertest.Require(t, "pdftotext", "qpdf")
	files, err := RenderComparisons(comparisons(t), []Format{PDF}, time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC), "3.0.0")
	if err != nil {
		t.Fatal(err)
	}
	want := map[textfmt.Lang][2]string{
		textfmt.EN: {"at least three (3) months six (6) months before it takes effect", "5.2 Changes to the API"},
		textfmt.FR: {"au moins trois (3) mois six (6) mois avant sa prise d’effet", "5.2 Modifications de l’API"},
	}
	dir := t.TempDir()
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".pdf") {
			continue
		}
		path := filepath.Join(dir, f.Name)
		os.WriteFile(path, f.Data, 0o644)
		if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			t.Fatalf("%s: qpdf --check: %v\n%s", f.Name, err, out)
		}
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(string(out))), " ")
		w := want[f.Lang]
		clause := text[strings.Index(text, w[1]):]
		if !strings.Contains(clause, w[0]) {
			t.Errorf("%s: the clause %s does not read %q:\n%.600s", f.Name, w[1], w[0], clause)
		}
		fp, err := document.ReadFingerprint(f.Data)
		if err != nil || fp.Earlier == "" || fp.Earlier == fp.Answers || fp.Program != "3.0.0" {
			t.Errorf("%s: fingerprint %+v, %v", f.Name, fp, err)
		}
	}
}

// A comparison is written as DIR/<kind>.<lang>.redline.<ext> and
// DIR/<kind>.<lang>.changes.md, with the pictograms the redline shows.
func TestComparisonFiles(t *testing.T) {
	files, err := RenderComparisons(comparisons(t), Formats, time.Now(), "3.0.0")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	want := []string{"api-tos.en.redline.md", "api-tos.en.redline.pdf", "api-tos.en.redline.docx", "api-tos.en.redline.odt", "api-tos.en.changes.md",
		"api-tos.fr.redline.md", "api-tos.fr.redline.pdf", "api-tos.fr.redline.docx", "api-tos.fr.redline.odt", "api-tos.fr.changes.md"}
	if len(names) <= len(want) || strings.Join(names[:len(want)], " ") != strings.Join(want, " ") {
		t.Fatalf("files %v", names)
	}
	for _, n := range names[len(want):] {
		if !strings.HasPrefix(n, "pictograms/") {
			t.Errorf("unexpected file %s", n)
		}
	}
	for _, f := range files[:len(want)] {
		if fp, err := document.ReadFingerprint(f.Data); err != nil || fp.Lang != f.Lang {
			t.Errorf("%s: fingerprint %+v, %v", f.Name, fp, err)
		}
	}
}

// BenchmarkDiffCharter compares two versions of the largest kind, the
// charter, in both languages, and renders the redline in both formats
// and the change log, as apitos diff does after reading the files.
func BenchmarkDiffCharter(b *testing.B) {
	k, _ := templates.Lookup("charter")
	vals := k.Examples()
	vals["version"] = "1.1"
	vals["effective_date"] = time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC)
	vals["commons.name"] = "Sentiers partagés"
	vals["amendment.rule"] = "three-quarters"
	b.ReportAllocs()
	for b.Loop() {
		var cs []*versions.Comparison
		for _, l := range textfmt.All {
			c, err := versions.Compare(k, k.Examples(), vals, l, templates.Final)
			if err != nil {
				b.Fatal(err)
			}
			cs = append(cs, c)
		}
		if _, err := RenderComparisons(cs, Formats, time.Now(), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

// A redline in Word carries the changes as tracked changes, which a
// reviewer accepts or rejects one by one, and the fingerprint of both
// versions.
func TestRedlineInWordTracksChanges(t *testing.T) {
	files, err := RenderComparisons(comparisons(t), []Format{DOCX}, time.Now(), "3.0.0")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".docx") {
			continue
		}
		z, err := zip.NewReader(bytes.NewReader(f.Data), int64(len(f.Data)))
		if err != nil {
			t.Fatal(err)
		}
		r, err := z.Open("word/document.xml")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(r)
		for _, want := range []string{`<w:del w:id="`, `<w:delText xml:space="preserve">`, `<w:ins w:id="`} {
			if !bytes.Contains(body, []byte(want)) {
				t.Errorf("%s: no %s", f.Name, want)
			}
		}
		if bytes.Contains(body, []byte("~~")) || bytes.Contains(body, []byte("&lt;ins&gt;")) {
			t.Errorf("%s: the marks of the Markdown redline show as text", f.Name)
		}
		fp, err := document.ReadFingerprint(f.Data)
		if err != nil || fp.Earlier == "" {
			t.Errorf("%s: fingerprint %+v, %v", f.Name, fp, err)
		}
	}
}

// A redline in OpenDocument carries the changes as tracked changes too.
func TestRedlineInOpenDocumentTracksChanges(t *testing.T) {
	files, err := RenderComparisons(comparisons(t), []Format{ODT}, time.Now(), "3.0.0")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".odt") {
			continue
		}
		z, err := zip.NewReader(bytes.NewReader(f.Data), int64(len(f.Data)))
		if err != nil {
			t.Fatal(err)
		}
		r, err := z.Open("content.xml")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(r)
		for _, want := range []string{`<text:deletion>`, `<text:change text:change-id="`, `<text:insertion>`, `<text:change-start text:change-id="`} {
			if !bytes.Contains(body, []byte(want)) {
				t.Errorf("%s: no %s", f.Name, want)
			}
		}
		if bytes.Contains(body, []byte("~~")) || bytes.Contains(body, []byte("&lt;ins&gt;")) {
			t.Errorf("%s: the marks of the Markdown redline show as text", f.Name)
		}
		fp, err := document.ReadFingerprint(f.Data)
		if err != nil || fp.Earlier == "" {
			t.Errorf("%s: fingerprint %+v, %v", f.Name, fp, err)
		}
	}
}
