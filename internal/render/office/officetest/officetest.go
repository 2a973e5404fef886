// Package officetest holds what the tests of the Word and OpenDocument
// writers share: the documents they render, the unzipping of a package
// with its XML checked, and LibreOffice as the real reader that opens
// each file and converts it to PDF, read back with pdftotext and qpdf.
package officetest

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/readertest"
	"apitos/internal/review"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// Documents assembles every kind in every language from its examples,
// for review when asked.
func Documents(t *testing.T, forReview bool) []*document.Document {
	t.Helper()
	var out []*document.Document
	for _, k := range templates.All() {
		for _, l := range textfmt.All {
			assemble := k.Assemble
			if forReview {
				assemble = func(v questionnaire.Values, l textfmt.Lang, m templates.Mode) (*document.Document, error) {
					return review.Document(k, v, l, m)
				}
			}
			doc, err := assemble(k.Examples(), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, doc)
		}
	}
	return out
}

// Parts unzips an office file, checking that every part but the
// OpenDocument mimetype is well-formed XML; it also returns the parts'
// names in the order of the archive.
func Parts(t *testing.T, data []byte) (map[string]string, []*zip.File) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = string(b)
		if f.Name == "mimetype" {
			continue
		}
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
	}
	return out, z.File
}

// Converted is one file as LibreOffice converted it to PDF.
type Converted struct {
	Name  string             // the office file's name
	Doc   *document.Document // the document it was rendered from
	Text  string             // the PDF's text (pdftotext), pages split by \f
	Read  PDFRead            // what qpdf finds in the PDF
	Notes bool               // the file is for review: its commentary is in notes
}

// ReadByLibreOffice writes each document with render, as a file of the
// given extension, once final and once for review; converts them all to
// PDF in one LibreOffice run, with comments exported as PDF notes; and
// checks what every reader of the file relies on. The PDF's text holds
// every clause heading, in order. Its outline lists the clauses at their
// levels, which shows that LibreOffice read the heading styles. Its
// language is the document's (en-GB or fr-FR). A file for review carries
// one note per clause with commentary, giving that commentary's reason,
// where a final file carries none. It returns the conversions, for
// checks of a format's own.
func ReadByLibreOffice(t *testing.T, ext string, render func(*document.Document) ([]byte, error)) []Converted {
	t.Helper()
	readertest.Require(t, "soffice", "pdftotext", "qpdf")
	dir := t.TempDir()
	var files []string
	var conv []Converted
	for i, set := range [][]*document.Document{Documents(t, false), Documents(t, true)} {
		for _, d := range set {
			name := d.Meta.Kind + "." + string(d.Lang) + map[int]string{0: "", 1: ".review"}[i] + "." + ext
			data, err := render(d)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, name)
			conv = append(conv, Converted{Name: name, Doc: d, Notes: i == 1})
		}
	}
	convert(t, dir, files, `pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}`)
	for i := range conv {
		c := &conv[i]
		pdf := filepath.Join(dir, strings.TrimSuffix(c.Name, "."+ext)+".pdf")
		c.Text, c.Read = pdfText(t, pdf), readPDF(t, pdf)
		checkReading(t, *c)
	}
	return conv
}

func checkReading(t *testing.T, c Converted) {
	t.Helper()
	d, text := c.Doc, Normalize(c.Text)
	at := 0
	var headings, notes []string
	for _, cl := range d.Clauses {
		h := Normalize(mdtext.Plain(cl.Heading(d.Lang)))
		headings = append(headings, strings.Repeat("  ", cl.Depth-1)+h)
		if cl.Note != nil && c.Notes {
			notes = append(notes, cl.Note.Why)
		}
		j := strings.Index(text[at:], h)
		if j < 0 {
			t.Errorf("%s: LibreOffice's PDF lacks the heading %q after its previous heading", c.Name, h)
			continue
		}
		at += j + len(h)
	}
	if !slices.Equal(c.Read.Outline, headings) {
		t.Errorf("%s: LibreOffice's outline is\n%s\nwant the clauses at their levels\n%s", c.Name, strings.Join(c.Read.Outline, "\n"), strings.Join(headings, "\n"))
	}
	if want := map[textfmt.Lang]string{textfmt.EN: "en-GB", textfmt.FR: "fr-FR"}[d.Lang]; c.Read.Lang != want {
		t.Errorf("%s: LibreOffice reads the language %q, want %q", c.Name, c.Read.Lang, want)
	}
	if len(c.Read.Notes) != len(notes) {
		t.Errorf("%s: LibreOffice finds %d comments, want %d", c.Name, len(c.Read.Notes), len(notes))
		return
	}
	// A clause's comment spans its sections, so LibreOffice may place an
	// article's note after theirs: each reason is looked for among the
	// notes not yet matched, in any order.
	unread := slices.Clone(c.Read.Notes)
	for _, why := range notes {
		w := firstWords(Normalize(mdtext.Plain(why)), 8)
		k := slices.IndexFunc(unread, func(n string) bool { return strings.Contains(Normalize(n), w) })
		if k < 0 {
			t.Errorf("%s: no comment gives the reason %q", c.Name, w)
			continue
		}
		unread = slices.Delete(unread, k, k+1)
	}
}

// PDFRead is what qpdf finds in a PDF: the titles of its outline,
// indented two spaces a level, the language of its catalogue and the
// text of its notes.
type PDFRead struct {
	Outline []string
	Lang    string
	Notes   []string
}

func readPDF(t *testing.T, path string) PDFRead {
	t.Helper()
	out, err := exec.Command("qpdf", "--json", "--json-key=outlines", "--json-key=pages", "--json-key=qpdf", path).Output()
	if err != nil {
		t.Fatalf("qpdf %s: %v", path, err)
	}
	type item struct {
		Title string `json:"title"`
		Kids  []item `json:"kids"`
	}
	var j struct {
		Outlines []item `json:"outlines"`
		Pages    []struct {
			Object string `json:"object"`
		} `json:"pages"`
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &j); err != nil || len(j.QPDF) < 2 {
		t.Fatalf("qpdf %s: %v", path, err)
	}
	var raw map[string]struct {
		Value any `json:"value"`
	}
	if err := json.Unmarshal(j.QPDF[1], &raw); err != nil {
		t.Fatalf("qpdf %s: %v", path, err)
	}
	objects := map[string]map[string]any{} // the dictionaries, by "obj:N G R"
	for id, o := range raw {
		if d, ok := o.Value.(map[string]any); ok {
			objects[id] = d
		}
	}
	// qpdf writes text strings as "u:…".
	str := func(v any) string { s, _ := v.(string); return strings.TrimPrefix(s, "u:") }
	var r PDFRead
	var walk func([]item, int)
	walk = func(items []item, depth int) {
		for _, it := range items {
			r.Outline = append(r.Outline, strings.Repeat("  ", depth)+Normalize(str(it.Title)))
			walk(it.Kids, depth+1)
		}
	}
	walk(j.Outlines, 0)
	for _, o := range objects {
		if o["/Type"] == "/Catalog" {
			r.Lang = str(o["/Lang"])
		}
	}
	for _, p := range j.Pages {
		annots, _ := objects["obj:"+p.Object]["/Annots"].([]any)
		for _, a := range annots {
			ref, _ := a.(string)
			if v := objects["obj:"+ref]; v["/Subtype"] == "/Text" {
				r.Notes = append(r.Notes, str(v["/Contents"]))
			}
		}
	}
	return r
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

// convert converts files in dir with LibreOffice, in one run and with a
// profile of its own, so that it neither waits for nor disturbs another
// LibreOffice running on the machine.
func convert(t *testing.T, dir string, files []string, format string) {
	t.Helper()
	profile := "file://" + filepath.Join(t.TempDir(), "profile")
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", format, "--outdir", dir}, files...)
	cmd := exec.Command("soffice", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("%s: LibreOffice wrote no readable PDF: %v", filepath.Base(path), err)
	}
	return string(out)
}

// Normalize folds every kind of space into one ASCII space.
func Normalize(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\u00a0' || r == '\u202f' || r == '\f' || r == '\t'
	}), " ")
}
