package pdf_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// A draft says so on its cover and in the header of every page, in its
// language; its title in the metadata says so too. Nothing else in the
// text changes: a reader extracts, page by page and in order, the text of
// the final document plus the mark (the watermark is drawn, not written).
func TestDraftMarkedOnEveryPage(t *testing.T) {
	readertest.Require(t, "pdftotext")
	readertest.Require(t, "pdfinfo")
	readertest.Require(t, "qpdf")
	for _, l := range textfmt.All {
		words := document.WordsFor(l)
		doc := assemble(t, exampleValues(t, mustKind(t)), l)
		final, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		doc.Meta.Draft = true
		draft, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := pdf.Render(doc); !bytes.Equal(again, draft) {
			t.Errorf("%s: two renders of the draft differ", l)
		}
		finalPages := strings.Split(extract(t, final, 0, 0), "\f")
		draftPages := strings.Split(extract(t, draft, 0, 0), "\f")
		if len(draftPages) != len(finalPages) {
			t.Fatalf("%s: the draft has %d pages, the final document %d", l, len(draftPages), len(finalPages))
		}
		if got, want := normalize(draftPages[0]), normalize(words.Draft+" "+words.DraftNotice+" "+finalPages[0]); got != want {
			t.Errorf("%s: cover reads\n%s\nwant\n%s", l, got, want)
		}
		for i := 1; i < len(draftPages)-1; i++ { // the last is empty, after the last form feed
			// The header reads "DRAFT <title> Version 1.0".
			want := words.Draft + " " + normalize(finalPages[i])
			if got := normalize(draftPages[i]); got != want {
				t.Errorf("%s: page %d differs from the final page with a mark in its header:\n%s", l, i+1, firstDifference(got, want))
			}
		}
		info := pdfInfo(t, draft)
		if !strings.Contains(info, "Title:           "+words.Draft+" — "+doc.Meta.Title) {
			t.Errorf("%s: the title in the metadata does not say draft:\n%s", l, info)
		}
		if !strings.Contains(info, ", "+strings.ToLower(words.Draft)+"\n") {
			t.Errorf("%s: the keywords do not say draft:\n%s", l, info)
		}
		if out, err := exec.Command("qpdf", "--check", writeTemp(t, draft)).CombinedOutput(); err != nil {
			t.Errorf("%s: qpdf --check: %v\n%s", l, err, out)
		}
		if strings.Contains(pdfInfo(t, final), words.Draft) {
			t.Errorf("%s: the final document's metadata says draft", l)
		}
	}
}

// The watermark is on every page, and light: as a PDF reader renders the
// pages, a draft page is greyed where the final page is blank, but never
// darker than a light grey, so that the text over it reads as well as on
// white paper.
func TestDraftWatermarkIsLightAndOnEveryPage(t *testing.T) {
	readertest.Require(t, "pdftoppm")
	doc := assemble(t, exampleValues(t, mustKind(t)), textfmt.FR)
	final, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	doc.Meta.Draft = true
	draft, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	finalPages, draftPages := renderGray(t, final), renderGray(t, draft)
	if len(finalPages) != len(draftPages) {
		t.Fatalf("%d pages rendered, want %d", len(draftPages), len(finalPages))
	}
	for i, fp := range finalPages {
		dp := draftPages[i]
		greyed, dark := 0, 0
		for j := range fp.pix {
			if fp.pix[j] != 0xff {
				continue // the final page has ink here: text, rules, pictograms
			}
			switch {
			case dp.pix[j] < 0xd8:
				dark++
			case dp.pix[j] < 0xfa:
				greyed++
			}
		}
		// At 20 dpi a page has 38,000 pixels; the watermark covers about
		// two thousand of them, of which a page dense with text leaves
		// about half blank.
		if greyed < 700 {
			t.Errorf("page %d: %d pixels greyed by the watermark", i+1, greyed)
		}
		if dark > 20 && i > 0 { // the cover has the mark and the notice in red
			t.Errorf("page %d: the watermark darkens %d blank pixels below light grey", i+1, dark)
		}
	}
}

// writeTemp writes a PDF to a temporary file and returns its path.
func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func pdfInfo(t *testing.T, data []byte) string {
	t.Helper()
	out, err := exec.Command("pdfinfo", "-enc", "UTF-8", writeTemp(t, data)).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	return string(out)
}

type grayPage struct {
	w, h int
	pix  []byte
}

// renderGray renders every page of a PDF with pdftoppm, in shades of grey
// at 20 dpi.
func renderGray(t *testing.T, data []byte) []grayPage {
	t.Helper()
	path := writeTemp(t, data)
	dir := filepath.Dir(path)
	if out, err := exec.Command("pdftoppm", "-gray", "-r", "20", path, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "page-*.pgm"))
	sort.Strings(files)
	var pages []grayPage
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Binary PGM: "P5", width, height, maximum value, one blank,
		// then a byte a pixel.
		r := bufio.NewReader(bytes.NewReader(raw))
		var magic string
		var p grayPage
		var maxVal int
		if _, err := fmt.Fscan(r, &magic, &p.w, &p.h, &maxVal); err != nil || magic != "P5" || maxVal != 255 {
			t.Fatalf("%s: not an 8-bit PGM (%v)", f, err)
		}
		r.ReadByte()
		p.pix = make([]byte, p.w*p.h)
		if _, err := io.ReadFull(r, p.pix); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

// firstDifference shows where two texts part.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-60, 0)
	return fmt.Sprintf("got  …%s\nwant …%s", got[from:min(i+60, len(got))], want[from:min(i+60, len(want))])
}
