package docx_test

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/render/docx"
	"apitos/internal/render/office/officetest"
	"apitos/internal/textfmt"
)

func render(t *testing.T, d *document.Document) []byte {
	t.Helper()
	data, err := docx.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	return data
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
	for _, d := range officetest.Documents(t, false) {
		name := d.Meta.Kind + "." + string(d.Lang)
		p, _ := officetest.Parts(t, render(t, d))
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
		for _, want := range []string{` TOC \o "1-3" \h \z \u `, `<w:pgSz w:w="11906" w:h="16838"/>`} {
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
	for _, d := range officetest.Documents(t, true) {
		name := d.Meta.Kind + "." + string(d.Lang)
		p, _ := officetest.Parts(t, render(t, d))
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
	for _, d := range officetest.Documents(t, true)[:2] {
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
	officetest.ReadByLibreOffice(t, "docx", docx.Render)
}
