package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/docx"
	"apitos/internal/review"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// requireTool skips a test when an external reader is not installed,
// unless APITOS_REQUIRE_TOOLS is set (scripts/test.sh sets it) or CI is
// (continuous integration services set it), where a missing tool fails
// the test: there, the real readers always run.
func requireTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("APITOS_REQUIRE_TOOLS") != "" || os.Getenv("CI") != "" {
			t.Fatalf("%s is required (install libreoffice-writer-nogui)", name)
		}
		t.Skipf("%s not installed", name)
	}
}

// documents assembles every kind in every language from its examples,
// for review when asked.
func documents(t *testing.T, forReview bool) []*document.Document {
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

func render(t *testing.T, d *document.Document) []byte {
	t.Helper()
	data, err := docx.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// parts unzips a Word file, checking that every part is well-formed XML.
func parts(t *testing.T, data []byte) map[string]string {
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
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
		out[f.Name] = string(b)
	}
	return out
}

var (
	bookmarkName = regexp.MustCompile(`<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/>`)
	anchor       = regexp.MustCompile(`<w:hyperlink w:anchor="([^"]+)"`)
	styleRef     = regexp.MustCompile(`<w:pStyle w:val="([^"]+)"/>`)
	styleDef     = regexp.MustCompile(`<w:style w:type="paragraph" w:styleId="([^"]+)"`)
)

// A Word file has the parts Word needs, its headings in Word's own
// heading styles with the document's numbering, a bookmark on every
// clause that each cross-reference and contents entry links to, the
// contents as a field, page numbers, and its language on its styles and
// properties.
func TestWordFileStructure(t *testing.T) {
	for _, d := range documents(t, false) {
		name := d.Meta.Kind + "." + string(d.Lang)
		p := parts(t, render(t, d))
		for _, part := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
			"word/numbering.xml", "word/settings.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "word/footer1.xml"} {
			if _, ok := p[part]; !ok {
				t.Fatalf("%s: no %s", name, part)
			}
		}
		body, styles := p["word/document.xml"], p["word/styles.xml"]
		lang := map[textfmt.Lang]string{textfmt.EN: "en-GB", textfmt.FR: "fr-FR"}[d.Lang]
		for _, want := range []string{`<w:name w:val="heading 1"/>`, `<w:name w:val="heading 2"/>`, `<w:outlineLvl w:val="0"/>`,
			`<w:name w:val="toc 1"/>`, `<w:lang w:val="` + lang + `"`} {
			if !strings.Contains(styles, want) {
				t.Errorf("%s: styles.xml lacks %s", name, want)
			}
		}
		if strings.Count(styles, `<w:lang w:val="`+lang+`"/>`) < 10 {
			t.Errorf("%s: the styles are not in %s", name, lang)
		}
		defined := map[string]bool{}
		for _, m := range styleDef.FindAllStringSubmatch(styles, -1) {
			defined[m[1]] = true
		}
		for _, m := range styleRef.FindAllStringSubmatch(body, -1) {
			if !defined[m[1]] {
				t.Errorf("%s: style %s is used but not defined", name, m[1])
			}
		}
		marks := map[string]bool{}
		for _, m := range bookmarkName.FindAllStringSubmatch(body, -1) {
			if len(m[1]) > 40 || marks[m[1]] {
				t.Errorf("%s: bookmark %q is too long or used twice", name, m[1])
			}
			marks[m[1]] = true
		}
		if len(marks) != len(d.Clauses) {
			t.Errorf("%s: %d bookmarks for %d clauses", name, len(marks), len(d.Clauses))
		}
		links := anchor.FindAllStringSubmatch(body, -1)
		if len(links) <= len(d.Contents()) {
			t.Errorf("%s: %d internal links, no more than the contents' entries", name, len(links))
		}
		for _, m := range links {
			if !marks[m[1]] {
				t.Errorf("%s: a link points at %q, which no clause bears", name, m[1])
			}
		}
		// Every heading, numbered as in the PDF, in a heading style.
		for _, c := range d.Clauses {
			style := []string{"Heading1", "Heading2", "Heading3"}[min(c.Depth, 3)-1]
			heading := `<w:pStyle w:val="` + style + `"/>`
			text := `<w:t xml:space="preserve">` + xmlText(mdtext.Plain(c.Heading(d.Lang))) + `</w:t>`
			found := false
			for at := 0; !found; {
				i := strings.Index(body[at:], text)
				if i < 0 {
					break
				}
				open := strings.LastIndex(body[:at+i], "<w:p>")
				found = strings.Contains(body[open:at+i], heading)
				at += i + len(text)
			}
			if !found {
				t.Errorf("%s: heading %q is not in style %s", name, c.Heading(d.Lang), style)
			}
		}
		for _, want := range []string{` TOC \o "1-2" \h \z \u `, `<w:pgSz w:w="11906" w:h="16838"/>`} {
			if !strings.Contains(body, want) {
				t.Errorf("%s: document.xml lacks %s", name, want)
			}
		}
		if !strings.Contains(p["word/footer1.xml"], " PAGE ") || !strings.Contains(p["word/footer1.xml"], " NUMPAGES ") {
			t.Errorf("%s: the footer does not number the pages", name)
		}
		core := p["docProps/core.xml"]
		for _, want := range []string{"<dc:title>" + xmlText(d.Meta.Title) + "</dc:title>", "<dc:language>" + lang + "</dc:language>",
			"<dc:creator>" + xmlText(d.Meta.Author) + "</dc:creator>", "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2027-03-01T00:00:00Z"} {
			if !strings.Contains(core, want) {
				t.Errorf("%s: core.xml lacks %s", name, want)
			}
		}
		if strings.ContainsAny(body, "\ue000\ue001") {
			t.Errorf("%s: a cross-reference placeholder is left in the text", name)
		}
		if strings.Contains(body, "w:commentReference") || strings.Contains(body, "w:lnNumType") {
			t.Errorf("%s: a final document carries comments or line numbers", name)
		}
	}
}

// xmlText escapes text as the writer does.
func xmlText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return strings.NewReplacer("&#34;", "&quot;", "&#39;", "'", "&#x9;", "\t", "&#xA;", "\n").Replace(b.String())
}

var (
	commentDef   = regexp.MustCompile(`<w:comment w:id="(\d+)"`)
	commentStart = regexp.MustCompile(`<w:commentRangeStart w:id="(\d+)"/>`)
	commentEnd   = regexp.MustCompile(`<w:commentRangeEnd w:id="(\d+)"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="(\d+)"/>`)
)

// A Word file for review carries each clause's commentary as a comment
// anchored to the clause (its range opens at the clause's heading), says
// DRAFT in its header, numbers its lines and tracks changes.
func TestWordReviewComments(t *testing.T) {
	for _, d := range documents(t, true) {
		name := d.Meta.Kind + "." + string(d.Lang)
		p := parts(t, render(t, d))
		body, comments := p["word/document.xml"], p["word/comments.xml"]
		var ids, starts, ends []string
		for _, m := range commentDef.FindAllStringSubmatch(comments, -1) {
			ids = append(ids, m[1])
		}
		for _, m := range commentStart.FindAllStringSubmatch(body, -1) {
			starts = append(starts, m[1])
		}
		for _, m := range commentEnd.FindAllStringSubmatch(body, -1) {
			if m[1] != m[2] {
				t.Errorf("%s: comment range %s ends with a reference to %s", name, m[1], m[2])
			}
			ends = append(ends, m[1])
		}
		slices.Sort(ends)
		sorted := slices.Clone(starts)
		slices.Sort(sorted)
		if len(ids) == 0 || !slices.Equal(sorted, sortedCopy(ids)) || !slices.Equal(ends, sortedCopy(ids)) {
			t.Fatalf("%s: %d comments, %d ranges opened, %d closed", name, len(ids), len(starts), len(ends))
		}
		commented := 0
		for _, c := range d.Clauses {
			if c.Review != "" {
				commented++
			}
		}
		if len(ids) != commented {
			t.Errorf("%s: %d comments for %d clauses with commentary", name, len(ids), commented)
		}
		answers := map[textfmt.Lang]string{textfmt.EN: "Answers it depends on", textfmt.FR: "Réponses dont elle dépend"}[d.Lang]
		if !strings.Contains(comments, answers) {
			t.Errorf("%s: the comments do not say which answers each clause depends on", name)
		}
		// Each range opens in a heading's paragraph.
		for _, m := range commentStart.FindAllStringIndex(body, -1) {
			open := strings.LastIndex(body[:m[0]], "<w:p>")
			if !strings.Contains(body[open:m[0]], `w:val="Heading`) {
				t.Errorf("%s: a comment opens outside a heading: %s", name, body[open:m[1]])
				break
			}
		}
		mark := document.WordsFor(d.Lang).Draft
		if !strings.Contains(p["word/header1.xml"], ">"+mark+"  <") || !strings.Contains(p["word/header2.xml"], ">"+mark+"  <") {
			t.Errorf("%s: the headers do not say %s", name, mark)
		}
		if !strings.Contains(body, `w:restart="newPage"`) || !strings.Contains(p["word/settings.xml"], "<w:trackRevisions/>") {
			t.Errorf("%s: no line numbers restarting on each page, or changes not tracked", name)
		}
	}
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

// The same document gives the same bytes.
func TestWordFileIsDeterministic(t *testing.T) {
	for _, d := range documents(t, true)[:2] {
		if a, b := render(t, d), render(t, d); !bytes.Equal(a, b) {
			t.Errorf("%s/%s: two renders differ", d.Meta.Kind, d.Lang)
		}
	}
}

// LibreOffice opens every Word file and converts it to PDF, whose text
// holds every clause heading, in order, final and for review. What
// LibreOffice exports also shows what it understood of the file: its
// outline lists the clauses at their levels (it read Word's heading
// styles and their outline levels), its language is the document's
// (en-GB or fr-FR), and a document for review carries one comment per
// clause with commentary, which gives the commentary's reason, where a
// final document carries none.
func TestLibreOfficeReadsEveryWordFile(t *testing.T) {
	requireTool(t, "soffice")
	requireTool(t, "pdftotext")
	requireTool(t, "qpdf")
	dir := t.TempDir()
	var files []string
	var docs []*document.Document
	for i, set := range [][]*document.Document{documents(t, false), documents(t, true)} {
		for _, d := range set {
			name := d.Meta.Kind + "." + string(d.Lang) + map[int]string{0: "", 1: ".review"}[i] + ".docx"
			if err := os.WriteFile(filepath.Join(dir, name), render(t, d), 0o644); err != nil {
				t.Fatal(err)
			}
			files, docs = append(files, name), append(docs, d)
		}
	}
	// Comments are exported as PDF notes, so that the PDF shows them.
	convert(t, dir, files, `pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}`)
	for i, name := range files {
		pdf := filepath.Join(dir, strings.TrimSuffix(name, ".docx")+".pdf")
		text := normalize(pdfText(t, pdf))
		d := docs[i]
		at := 0
		var headings, notes []string
		for _, c := range d.Clauses {
			h := normalize(mdtext.Plain(c.Heading(d.Lang)))
			headings = append(headings, strings.Repeat("  ", c.Depth-1)+h)
			if c.Note != nil {
				notes = append(notes, c.Note.Why)
			}
			j := strings.Index(text[at:], h)
			if j < 0 {
				t.Errorf("%s: LibreOffice's PDF lacks the heading %q after its previous heading", name, h)
				continue
			}
			at += j + len(h)
		}
		read := readPDF(t, pdf)
		if !slices.Equal(read.outline, headings) {
			t.Errorf("%s: LibreOffice's outline is\n%s\nwant the clauses at their levels\n%s", name, strings.Join(read.outline, "\n"), strings.Join(headings, "\n"))
		}
		if want := map[textfmt.Lang]string{textfmt.EN: "en-GB", textfmt.FR: "fr-FR"}[d.Lang]; read.lang != want {
			t.Errorf("%s: LibreOffice reads the language %q, want %q", name, read.lang, want)
		}
		if !strings.Contains(name, ".review.") {
			notes = nil
		}
		if len(read.notes) != len(notes) {
			t.Errorf("%s: LibreOffice finds %d comments, want %d", name, len(read.notes), len(notes))
			continue
		}
		// A clause's comment spans its sections, so LibreOffice places
		// an article's note after theirs: each reason is looked for among
		// the notes not yet matched, in any order.
		unread := slices.Clone(read.notes)
		for _, why := range notes {
			w := firstWords(normalize(mdtext.Plain(why)), 8)
			k := slices.IndexFunc(unread, func(n string) bool { return strings.Contains(normalize(n), w) })
			if k < 0 {
				t.Errorf("%s: no comment gives the reason %q", name, w)
				continue
			}
			unread = slices.Delete(unread, k, k+1)
		}
	}
}

// pdfRead is what qpdf finds in a PDF: the titles of its outline,
// indented two spaces a level, the language of its catalogue and the
// text of its notes.
type pdfRead struct {
	outline []string
	lang    string
	notes   []string
}

func readPDF(t *testing.T, path string) pdfRead {
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
	var r pdfRead
	var walk func([]item, int)
	walk = func(items []item, depth int) {
		for _, it := range items {
			r.outline = append(r.outline, strings.Repeat("  ", depth)+normalize(str(it.Title)))
			walk(it.Kids, depth+1)
		}
	}
	walk(j.Outlines, 0)
	for _, o := range objects {
		if o["/Type"] == "/Catalog" {
			r.lang = str(o["/Lang"])
		}
	}
	for _, p := range j.Pages {
		annots, _ := objects["obj:"+p.Object]["/Annots"].([]any)
		for _, a := range annots {
			ref, _ := a.(string)
			if v := objects["obj:"+ref]; v["/Subtype"] == "/Text" {
				r.notes = append(r.notes, str(v["/Contents"]))
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
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// normalize folds every kind of space into one ASCII space.
func normalize(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\u00a0' || r == '\u202f' || r == '\f' || r == '\t'
	}), " ")
}
