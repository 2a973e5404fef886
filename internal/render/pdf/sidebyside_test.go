package pdf_test

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// word is a word pdftotext found on a page, with its position in points.
type word struct {
	page int
	x, y float64
	text string
}

var bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)"[^>]*>([^<]*)</word>`)

// words reads the position of every word of a PDF, as a reader does.
func words(t *testing.T, data []byte) []word {
	var out []word
	for i, page := range strings.Split(extract(t, data, 0, 0, "-bbox"), "<page ")[1:] {
		for _, m := range bboxWord.FindAllStringSubmatch(page, -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			out = append(out, word{page: i + 1, x: x, y: y, text: m[3]})
		}
	}
	return out
}

// Columns' left edges, in points, as the writer sets them (18 mm margins,
// an 8 mm gutter).
var columns = [2]float64{18 * 72 / 25.4, (18 + (210-36-8)/2.0 + 8) * 72 / 25.4}

// Side by side, each clause's two headings start on the same page at the
// same height, the first language's at the left edge of the left column
// and the other's at the left edge of the right one, in the order of the
// document; the title page says which version prevails, naming the
// clause that says so. Checked for every kind, in both orders of the
// languages, with pdftotext's word positions and qpdf's check.
func TestSideBySideKeepsClausesTogether(t *testing.T) {
	readertest.Require(t, "pdftotext")
	readertest.Require(t, "qpdf")
	for _, k := range templates.All() {
		var docs [2]*document.Document
		for i, l := range textfmt.All {
			d, err := k.Assemble(k.Examples(), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			docs[i] = d
		}
		for _, order := range [][2]int{{1, 0}, {0, 1}} {
			bi := document.Pair(docs[order[0]], docs[order[1]])
			name := k.ID + "." + string(bi.Docs[0].Lang) + "-" + string(bi.Docs[1].Lang)
			data, err := pdf.RenderSideBySide(bi)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), name+".pdf")
			os.WriteFile(path, data, 0o644)
			if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
				t.Fatalf("%s: qpdf --check: %v\n%s", name, err, out)
			}
			ws := words(t, data)
			last := word{}
			for _, r := range bi.Rows {
				if r[0] == nil || r[1] == nil {
					t.Errorf("%s: clause %s is in one language only", name, r.ID())
					continue
				}
				at, ok := headingsSideBySide(ws, last, [2]string{
					mdtext.Plain(r[0].Heading(bi.Docs[0].Lang)), mdtext.Plain(r[1].Heading(bi.Docs[1].Lang))})
				if !ok {
					t.Errorf("%s: the two headings of %s do not start side by side after page %d", name, r.ID(), last.page)
					continue
				}
				last = at
			}
			first := normalize(extract(t, data, 1, 1))
			for i := range bi.Docs {
				if note := normalize(bi.Note(i)); !strings.Contains(first, note) {
					t.Errorf("%s: the title page does not say %q:\n%s", name, note, first)
				}
			}
		}
	}
}

// headingsSideBySide finds, after the word after, a line of the left
// column starting with the first two words of heading[0] and, at the
// same height on the same page, a line of the right column starting with
// those of heading[1].
func headingsSideBySide(ws []word, after word, heading [2]string) (word, bool) {
	var firsts [2][]string
	for i, h := range heading {
		firsts[i] = strings.Fields(normalize(h))
		if len(firsts[i]) > 2 {
			firsts[i] = firsts[i][:2]
		}
	}
	startsLine := func(j, col int) bool {
		for k, f := range firsts[col] {
			if j+k >= len(ws) || ws[j+k].text != f || ws[j+k].page != ws[j].page || math.Abs(ws[j+k].y-ws[j].y) > 0.5 {
				return false
			}
		}
		return math.Abs(ws[j].x-columns[col]) < 0.5
	}
	for j, w := range ws {
		if w.page < after.page || (w.page == after.page && w.y <= after.y) || !startsLine(j, 0) {
			continue
		}
		for k := range ws {
			if ws[k].page == w.page && math.Abs(ws[k].y-w.y) < 0.5 && startsLine(k, 1) {
				return w, true
			}
		}
	}
	return word{}, false
}
