package odt_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/render/odt"
	"apitos/internal/render/office/officetest"
	"apitos/internal/textfmt"
)

func render(t *testing.T, d *document.Document) []byte {
	t.Helper()
	data, err := odt.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// parts unzips an OpenDocument file, checking that the mimetype comes
// first, stored and without extra field, as readers that sniff the type
// of a file require, and that every other part is well-formed XML.
func parts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	p, files := officetest.Parts(t, data)
	if f := files[0]; f.Name != "mimetype" || f.Method != zip.Store || len(f.Extra) > 0 {
		t.Fatalf("the first entry is %s (method %d, %d bytes of extra field), not the mimetype stored as is", f.Name, f.Method, len(f.Extra))
	}
	if p["mimetype"] != "application/vnd.oasis.opendocument.text" {
		t.Fatalf("mimetype is %q", p["mimetype"])
	}
	return p
}

var (
	bookmarkName = regexp.MustCompile(`<text:bookmark-start text:name="([^"]+)"/>`)
	internalLink = regexp.MustCompile(`xlink:href="#([^"]+)"`)
	styleRef     = regexp.MustCompile(`text:style-name="([^"]+)"`)
	styleDef     = regexp.MustCompile(`<(?:style:style|text:list-style) style:name="([^"]+)"`)
)

// An OpenDocument file has the parts a word processor needs, its
// headings in the outline and in LibreOffice's heading styles with the
// document's numbering, a bookmark on every clause that each
// cross-reference and contents entry links to, the contents as an index,
// page numbers, and its language on its styles and properties.
func TestOpenDocumentStructure(t *testing.T) {
	for _, d := range officetest.Documents(t, false) {
		name := d.Meta.Kind + "." + string(d.Lang)
		p := parts(t, render(t, d))
		for _, part := range []string{"META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"} {
			if _, ok := p[part]; !ok {
				t.Fatalf("%s: no %s", name, part)
			}
		}
		body, styles := p["content.xml"], p["styles.xml"]
		lang := map[textfmt.Lang]string{textfmt.EN: `fo:language="en" fo:country="GB"`, textfmt.FR: `fo:language="fr" fo:country="FR"`}[d.Lang]
		if strings.Count(styles, lang) < 10 {
			t.Errorf("%s: the styles are not in %s", name, lang)
		}
		for _, want := range []string{`style:display-name="Heading 1"`, `style:default-outline-level="1"`, `style:display-name="Contents 1"`,
			`<text:page-number`, `<text:page-count>`, `fo:page-width="21cm"`} {
			if !strings.Contains(styles, want) {
				t.Errorf("%s: styles.xml lacks %s", name, want)
			}
		}
		defined := map[string]bool{}
		for _, m := range styleDef.FindAllStringSubmatch(styles+body, -1) {
			defined[m[1]] = true
		}
		for _, m := range styleRef.FindAllStringSubmatch(body, -1) {
			if !defined[m[1]] {
				t.Errorf("%s: style %s is used but not defined", name, m[1])
				break
			}
		}
		marks := map[string]bool{}
		for _, m := range bookmarkName.FindAllStringSubmatch(body, -1) {
			if marks[m[1]] {
				t.Errorf("%s: bookmark %q used twice", name, m[1])
			}
			marks[m[1]] = true
		}
		if len(marks) != len(d.Clauses) {
			t.Errorf("%s: %d bookmarks for %d clauses", name, len(marks), len(d.Clauses))
		}
		links := internalLink.FindAllStringSubmatch(body, -1)
		if len(links) <= len(d.Contents()) {
			t.Errorf("%s: %d internal links, no more than the contents' entries", name, len(links))
		}
		for _, m := range links {
			if !marks[m[1]] {
				t.Errorf("%s: a link points at %q, which no clause bears", name, m[1])
			}
		}
		// Every heading, numbered as in the PDF, in the outline at its level.
		for _, c := range d.Clauses {
			level := min(c.Depth, 3)
			text := xmlText(mdtext.Plain(c.Heading(d.Lang)))
			i := strings.Index(body, text+`<text:bookmark-end`)
			open := strings.LastIndex(body[:max(i, 0)], "<text:h ")
			if i < 0 || open < 0 || !strings.HasPrefix(body[open:], `<text:h text:style-name="`) ||
				!strings.Contains(body[open:i], `text:outline-level="`+string(rune('0'+level))+`"`) {
				t.Errorf("%s: heading %q is not in the outline at level %d", name, c.Heading(d.Lang), level)
			}
		}
		if !strings.Contains(body, `<text:table-of-content `) {
			t.Errorf("%s: no table of contents", name)
		}
		meta := p["meta.xml"]
		for _, want := range []string{"<dc:title>" + xmlText(d.Meta.Title) + "</dc:title>", "<dc:language>" + map[textfmt.Lang]string{textfmt.EN: "en-GB", textfmt.FR: "fr-FR"}[d.Lang] + "</dc:language>",
			"<meta:initial-creator>" + xmlText(d.Meta.Author) + "</meta:initial-creator>", "<meta:creation-date>2027-03-01T00:00:00</meta:creation-date>"} {
			if !strings.Contains(meta, want) {
				t.Errorf("%s: meta.xml lacks %s", name, want)
			}
		}
		if strings.ContainsAny(body, "\ue000\ue001") {
			t.Errorf("%s: a cross-reference placeholder is left in the text", name)
		}
		if strings.Contains(body, "<office:annotation") || strings.Contains(styles, `text:number-lines="true"`) {
			t.Errorf("%s: a final document carries annotations or line numbers", name)
		}
	}
}

// xmlText escapes text as the writer does (a space after a space
// aside).
func xmlText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return strings.NewReplacer("&#34;", "&quot;", "&#39;", "'", "&#x9;", "<text:tab/>", "&#xA;", "<text:line-break/>").Replace(b.String())
}

var (
	annotation    = regexp.MustCompile(`<office:annotation(?: office:name="([^"]+)")?>`)
	comment       = regexp.MustCompile(`(?s)<office:annotation[ >].*?</office:annotation>`)
	annotationEnd = regexp.MustCompile(`<office:annotation-end office:name="([^"]+)"/>`)
)

// An OpenDocument file for review carries each clause's commentary as an
// annotation spanning the clause from its first paragraph of text, never
// in a heading (where LibreOffice's contents would give wrong pages); a
// clause without text of its own has a comment without a range. It says
// DRAFT in its header, numbers its lines from 1 on each page and records
// changes.
func TestOpenDocumentReviewAnnotations(t *testing.T) {
	for _, d := range officetest.Documents(t, true) {
		name := d.Meta.Kind + "." + string(d.Lang)
		p := parts(t, render(t, d))
		body, styles := p["content.xml"], p["styles.xml"]
		starts := annotation.FindAllStringSubmatchIndex(body, -1)
		ends := map[string]bool{}
		for _, m := range annotationEnd.FindAllStringSubmatch(body, -1) {
			ends[m[1]] = true
		}
		commented := 0
		for _, c := range d.Clauses {
			if c.Review != "" {
				commented++
			}
		}
		if len(starts) == 0 || len(starts) != commented {
			t.Fatalf("%s: %d annotations for %d clauses with commentary", name, len(starts), commented)
		}
		ranged := 0
		for _, m := range starts {
			if m[2] >= 0 {
				ranged++
				if id := body[m[2]:m[3]]; !ends[id] {
					t.Errorf("%s: annotation %s has no end", name, id)
				}
			}
			// Only other comments may stand between the paragraph's
			// opening and the annotation.
			before := comment.ReplaceAllString(body[:m[0]], "")
			if !regexp.MustCompile(`<text:p [^>]*>$`).MatchString(before) {
				t.Errorf("%s: an annotation does not open a paragraph of text: …%s", name, before[max(0, len(before)-120):])
				break
			}
		}
		if ranged != len(ends) || ranged < commented/2 {
			t.Errorf("%s: %d annotations spanning a range, %d ends, for %d clauses with commentary", name, ranged, len(ends), commented)
		}
		answers := map[textfmt.Lang]string{textfmt.EN: "Answers it depends on", textfmt.FR: "Réponses dont elle dépend"}[d.Lang]
		if !strings.Contains(body, answers) {
			t.Errorf("%s: the annotations do not say which answers each clause depends on", name)
		}
		mark := document.WordsFor(d.Lang).Draft
		if strings.Count(styles, `<text:span text:style-name="Draft_20_mark_20_char">`+mark+`</text:span>`) != 2 {
			t.Errorf("%s: the headers do not say %s", name, mark)
		}
		if !strings.Contains(styles, `text:number-lines="true"`) || !strings.Contains(styles, `text:restart-on-page="true"`) ||
			!strings.Contains(body, `<text:tracked-changes text:track-changes="true">`) {
			t.Errorf("%s: no line numbers restarting on each page, or changes not recorded", name)
		}
	}
}

// The same document gives the same bytes.
func TestOpenDocumentIsDeterministic(t *testing.T) {
	for _, d := range officetest.Documents(t, true)[:2] {
		if a, b := render(t, d), render(t, d); !bytes.Equal(a, b) {
			t.Errorf("%s/%s: two renders differ", d.Meta.Kind, d.Lang)
		}
	}
}

// LibreOffice opens every OpenDocument file, final and for review, and
// converts it to PDF: what it understood is checked as for Word files
// (headings in order, the outline at the clauses' levels, the language,
// one note per commented clause in review). Its contents also give each
// article and section the page LibreOffice set it on.
func TestLibreOfficeReadsEveryOpenDocument(t *testing.T) {
	for _, c := range officetest.ReadByLibreOffice(t, "odt", odt.Render) {
		pages := strings.Split(c.Text, "\f")
		text := officetest.Normalize(c.Text)
		toc := 0
		for _, cl := range c.Doc.Clauses {
			if cl.Depth > 2 {
				continue
			}
			// The contents give the page LibreOffice set the clause on,
			// after a leader as long as the title leaves room for.
			h := officetest.Normalize(mdtext.Plain(cl.Heading(c.Doc.Lang)))
			m := regexp.MustCompile(regexp.QuoteMeta(h) + `[. ]*(\d+)(?: |$)`).FindStringSubmatchIndex(text[toc:])
			if m == nil {
				t.Errorf("%s: the contents give no page for %q", c.Name, h)
				continue
			}
			n, _ := strconv.Atoi(text[toc+m[2] : toc+m[3]])
			toc += m[1]
			if n < 1 || n > len(pages) || !regexp.MustCompile(regexp.QuoteMeta(h)+`($| [^.])`).MatchString(officetest.Normalize(pages[n-1])) {
				t.Errorf("%s: the contents put %q on page %d, where it is not", c.Name, h, n)
			}
		}
	}
}
