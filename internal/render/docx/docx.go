// Package docx writes a document as a Word file (Office Open XML,
// WordprocessingML): Word's built-in heading styles carrying the
// document's numbering, a table of contents field, cross-references as
// links to bookmarks on the clauses, tables, a running header and page
// numbers, the document's properties and its language on every style,
// so that spelling tools check it in the right language. A document for
// review carries each clause's commentary as a Word comment anchored to
// the clause, numbers its lines on each page, and opens with tracked
// changes on.
//
// It is written with archive/zip and the standard library: the Go
// libraries for Word files are young, and none writes comments, fields,
// bookmarks and languages together with files that are the same bytes
// for the same document. The same document always gives the same bytes.
package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"time"

	"apitos/internal/document"
	"apitos/internal/render/office"
	"apitos/internal/textfmt"
)

// Namespaces and relationship types of the parts.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRels    = "http://schemas.openxmlformats.org/package/2006/relationships"
	relDoc    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	ctWord    = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	langEN    = "en-GB"
	langFR    = "fr-FR"
	textWidth = 9072 // twips between the margins: 16 cm of A4
)

// Render returns the Word file of a document.
func Render(d *document.Document) ([]byte, error) {
	doc := office.Build(d)
	w := &writer{doc: doc, links: map[string]string{}}
	body := w.body()
	parts := []part{
		{"[Content_Types].xml", w.contentTypes()},
		{"_rels/.rels", rootRels(doc.Meta.Fingerprint != nil)},
		{"docProps/core.xml", w.core()},
		{"docProps/app.xml", app},
		{"word/document.xml", body},
		{"word/styles.xml", styles(doc.Lang)},
		{"word/settings.xml", w.settings()},
		{"word/numbering.xml", w.numbering()},
		{"word/header1.xml", w.header(false)},
		{"word/header2.xml", w.header(true)},
		{"word/footer1.xml", footer(doc)},
		{"word/footer2.xml", emptyFooter},
	}
	if len(doc.Comments) > 0 {
		parts = append(parts, part{"word/comments.xml", w.comments()})
	}
	if doc.Meta.Fingerprint != nil {
		parts = append(parts, part{"docProps/custom.xml", custom(doc.Meta.Fingerprint.Entries())})
	}
	parts = append(parts, part{"word/_rels/document.xml.rels", w.documentRels()})
	return zipParts(parts, doc.Created)
}

type part struct {
	name string
	data string
}

// zipParts writes the parts in their order, each stamped with date, so
// that the same document gives the same bytes.
func zipParts(parts []part, date time.Time) ([]byte, error) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		if err := office.AddPart(z, p.name, p.data, date); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	return buf.Bytes(), nil
}

// writer holds what the parts share: relationships of links, bookmark
// and list numbers.
type writer struct {
	doc       *office.Doc
	links     map[string]string // URL -> relationship ID
	linkOrder []string
	bookmark  int
	lists     []numbered // each ordered list, by its w:num ID - 2
	revision  int        // IDs of a redline's tracked changes
}

// numbered is an ordered list: the number it starts at and its level.
type numbered struct{ start, level int }

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// esc escapes text for XML content and attributes.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			// Characters XML 1.0 cannot hold are left out.
			if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r != 0xfffe && r != 0xffff && (r < 0xd800 || r > 0xdfff)) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func wordLang(l textfmt.Lang) string {
	if l == textfmt.FR {
		return langFR
	}
	return langEN
}

// body is word/document.xml.
func (w *writer) body() string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	for _, blk := range w.doc.Blocks {
		w.block(&b, blk, 0, 0)
	}
	b.WriteString(`<w:sectPr>`)
	b.WriteString(`<w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`)
	b.WriteString(`<w:footerReference w:type="default" r:id="rIdFooter"/><w:footerReference w:type="first" r:id="rIdFooterFirst"/>`)
	b.WriteString(`<w:pgSz w:w="11906" w:h="16838"/>`)
	b.WriteString(`<w:pgMar w:top="1417" w:right="1417" w:bottom="1247" w:left="1417" w:header="709" w:footer="567" w:gutter="0"/>`)
	if w.doc.Meta.Review {
		// Line numbers in the margin, from 1 on each page.
		b.WriteString(`<w:lnNumType w:countBy="1" w:distance="340" w:restart="newPage"/>`)
	}
	b.WriteString(`<w:titlePg/></w:sectPr></w:body></w:document>`)
	return b.String()
}

// block writes a block; list is the nesting of lists around it and
// quote that of quotations.
func (w *writer) block(b *strings.Builder, blk office.Block, list, quote int) {
	switch v := blk.(type) {
	case *office.Para:
		w.para(b, v, paraProps{quote: quote})
	case *office.List:
		num := 1 // bullets share one numbering
		if v.Ordered {
			w.lists = append(w.lists, numbered{v.Start, list})
			num = len(w.lists) + 1
		}
		for _, item := range v.Items {
			for i, inner := range item {
				if p, ok := inner.(*office.Para); ok {
					pp := paraProps{quote: quote, level: list, indentOnly: i > 0}
					if i == 0 {
						pp.num = num
					}
					w.para(b, p, pp)
					continue
				}
				w.block(b, inner, list+1, quote)
			}
		}
	case *office.Quote:
		for _, inner := range v.Blocks {
			w.block(b, inner, list, quote+1)
		}
	case *office.Table:
		w.table(b, v)
	case *office.TOC:
		w.toc(b, v)
	}
}

// paraProps are a paragraph's properties beyond its style: the list it
// belongs to (num, at level), or its indent in a list item after the
// first paragraph, or in quotations.
type paraProps struct {
	num, level int
	indentOnly bool
	quote      int
}

var styleIDs = map[office.Style]string{
	office.Title: "Title", office.Front: "Subtitle", office.Mark: "DraftMark", office.Notice: "DraftNotice",
	office.Contents: "TOCHeading", office.TOC1: "TOC1", office.TOC2: "TOC2",
	office.Heading1: "Heading1", office.Heading2: "Heading2", office.Heading3: "Heading3",
	office.Body: "Normal", office.Item: "ListParagraph", office.Quotation: "Quote", office.Code: "Code",
	office.Cell: "TableText", office.Comment: "CommentText",
}

func (w *writer) para(b *strings.Builder, p *office.Para, pp paraProps) {
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleIDs[p.Style] + `"/>`)
	if p.PageBreak {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	if pp.num > 0 {
		fmt.Fprintf(b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, pp.level, pp.num)
	}
	if indent := pp.quote*567 + listIndent(pp); indent > 0 && pp.num == 0 {
		fmt.Fprintf(b, `<w:ind w:left="%d"/>`, indent)
	}
	b.WriteString(`</w:pPr>`)
	for _, id := range p.Starts {
		fmt.Fprintf(b, `<w:commentRangeStart w:id="%d"/>`, id)
	}
	if p.Bookmark != "" {
		w.bookmark++
		fmt.Fprintf(b, `<w:bookmarkStart w:id="%d" w:name="%s"/>`, w.bookmark, esc(p.Bookmark))
	}
	w.runs(b, p.Runs)
	if p.Bookmark != "" {
		fmt.Fprintf(b, `<w:bookmarkEnd w:id="%d"/>`, w.bookmark)
	}
	for _, id := range p.Ends {
		fmt.Fprintf(b, `<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>`, id, id)
	}
	b.WriteString(`</w:p>`)
}

// listIndent is the indent of a list item's later paragraphs: that of
// its text.
func listIndent(pp paraProps) int {
	if !pp.indentOnly {
		return 0
	}
	return 357 * (pp.level + 1)
}

// runs writes runs, links as hyperlinks: to a bookmark, or to an
// address through a relationship; a redline's deletions and insertions
// as tracked changes, which a reviewer can accept or reject.
func (w *writer) runs(b *strings.Builder, runs []office.Run) {
	for i := 0; i < len(runs); {
		r := runs[i]
		if r.Deleted || r.Inserted {
			j := i
			for j < len(runs) && runs[j].Deleted == r.Deleted && runs[j].Inserted == r.Inserted {
				j++
			}
			tag := "w:ins"
			if r.Deleted {
				tag = "w:del"
			}
			w.revision++
			fmt.Fprintf(b, `<%s w:id="%d" w:author="APIToS" w:date="%s">`, tag, w.revision, w.doc.Created.UTC().Format("2006-01-02T15:04:05Z"))
			for _, cr := range runs[i:j] {
				w.run(b, cr, "")
			}
			b.WriteString(`</` + tag + `>`)
			i = j
			continue
		}
		switch {
		case r.Anchor != "":
			b.WriteString(`<w:hyperlink w:anchor="` + esc(r.Anchor) + `" w:history="1">`)
			w.run(b, r, "")
			b.WriteString(`</w:hyperlink>`)
		case r.URL != "":
			// Neighbouring runs to the same address make one link.
			j := i
			for j < len(runs) && runs[j].URL == r.URL {
				j++
			}
			b.WriteString(`<w:hyperlink r:id="` + w.link(r.URL) + `" w:history="1">`)
			for _, lr := range runs[i:j] {
				w.run(b, lr, "Hyperlink")
			}
			b.WriteString(`</w:hyperlink>`)
			i = j
			continue
		default:
			w.run(b, r, "")
		}
		i++
	}
}

func (w *writer) run(b *strings.Builder, r office.Run, style string) {
	b.WriteString(`<w:r>`)
	if style != "" || r.Bold || r.Italic || r.Mono {
		b.WriteString(`<w:rPr>`)
		if style != "" {
			b.WriteString(`<w:rStyle w:val="` + style + `"/>`)
		}
		if r.Mono {
			b.WriteString(`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>`)
		}
		if r.Bold {
			b.WriteString(`<w:b/>`)
		}
		if r.Italic {
			b.WriteString(`<w:i/>`)
		}
		b.WriteString(`</w:rPr>`)
	}
	if r.Break {
		b.WriteString(`<w:br/>`)
	}
	if r.Text != "" {
		t := "w:t"
		if r.Deleted {
			t = "w:delText"
		}
		b.WriteString(`<` + t + ` xml:space="preserve">` + esc(r.Text) + `</` + t + `>`)
	}
	b.WriteString(`</w:r>`)
}

// link returns the relationship ID of an external address.
func (w *writer) link(url string) string {
	if id, ok := w.links[url]; ok {
		return id
	}
	id := fmt.Sprintf("rIdLink%d", len(w.linkOrder)+1)
	w.links[url] = id
	w.linkOrder = append(w.linkOrder, url)
	return id
}

// table writes a table ruled as in the PDF: thick rules above and below,
// thin ones between rows, the header row repeated on every page.
func (w *writer) table(b *strings.Builder, t *office.Table) {
	widths := office.ColumnWidths(t, textWidth)
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>`)
	b.WriteString(`<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="333333"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="333333"/><w:insideH w:val="single" w:sz="2" w:space="0" w:color="777777"/></w:tblBorders>`)
	b.WriteString(`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, cw := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, cw)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, row := range t.Rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		header := i < t.HeaderRows
		if header {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		for j := range widths {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, widths[j])
			if header {
				b.WriteString(`<w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="333333"/></w:tcBorders>`)
			}
			b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>`)
			if header {
				b.WriteString(`<w:keepNext/>`)
			}
			b.WriteString(`</w:pPr>`)
			if j < len(row) {
				w.runs(b, row[j])
			}
			b.WriteString(`</w:p></w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	// A table is followed by a paragraph, as Word requires before the
	// next table or the end of a cell.
	b.WriteString(`</w:tbl><w:p><w:pPr><w:pStyle w:val="Normal"/><w:spacing w:after="0"/></w:pPr></w:p>`)
}

// toc writes the table of contents as a field that Word updates when it
// opens the file, adding the page numbers, and that holds meanwhile
// every entry linked to its clause (without page numbers, which only a
// word processor's layout knows).
func (w *writer) toc(b *strings.Builder, t *office.TOC) {
	for i, e := range t.Entries {
		style := "TOC" + itoa(min(max(e.Level, 1), 3))
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
		if i == 0 {
			b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
		}
		b.WriteString(`<w:hyperlink w:anchor="` + esc(e.Bookmark) + `" w:history="1">`)
		b.WriteString(`<w:r><w:t xml:space="preserve">` + esc(e.Text) + `</w:t></w:r></w:hyperlink>`)
		if i == len(t.Entries)-1 {
			b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		b.WriteString(`</w:p>`)
	}
}

// numbering is word/numbering.xml: bullets (num 1), and one numbering
// per ordered list (nums 2 and up), each starting at its list's start.
func (w *writer) numbering() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:numbering xmlns:w="` + nsW + `">`)
	bullets := []string{"•", "–", "◦"}
	b.WriteString(`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>`)
	for lvl := range 9 {
		fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="357"/></w:pPr></w:lvl>`,
			lvl, bullets[lvl%len(bullets)], 357*(lvl+1))
	}
	b.WriteString(`</w:abstractNum>`)
	formats := [][2]string{{"decimal", "%d."}, {"lowerLetter", "(%s)"}, {"lowerRoman", "%s."}}
	b.WriteString(`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>`)
	for lvl := range 9 {
		f := formats[lvl%len(formats)]
		text := strings.Replace(strings.Replace(f[1], "%d", fmt.Sprintf("%%%d", lvl+1), 1), "%s", fmt.Sprintf("%%%d", lvl+1), 1)
		fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="397"/></w:pPr></w:lvl>`,
			lvl, f[0], text, 397*(lvl+1))
	}
	b.WriteString(`</w:abstractNum>`)
	b.WriteString(`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	for i, l := range w.lists {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride></w:num>`, i+2, l.level, l.start)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

// header is a running header: the mark of a draft, the title and the
// version, over a rule. The first page's header shows only the mark of
// a draft.
func (w *writer) header(first bool) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:hdr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Header"/>`)
	if !first {
		b.WriteString(`<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="555555"/></w:pBdr>`)
	}
	b.WriteString(`</w:pPr>`)
	meta := w.doc.Meta
	if meta.Marked() {
		b.WriteString(`<w:r><w:rPr><w:rStyle w:val="DraftMarkChar"/></w:rPr><w:t xml:space="preserve">` + esc(w.doc.Words.Draft) + `  </w:t></w:r>`)
	}
	if !first {
		text := meta.Title
		if meta.Version != "" {
			text += " — Version " + meta.Version
		}
		b.WriteString(`<w:r><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`)
	}
	b.WriteString(`</w:p></w:hdr>`)
	return b.String()
}

// footer numbers the pages: "Page 3 / 12".
func footer(doc *office.Doc) string {
	field := func(name string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + name + ` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	return xmlHeader + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>` +
		`<w:r><w:t xml:space="preserve">Page </w:t></w:r>` + field("PAGE") + `<w:r><w:t xml:space="preserve"> / </w:t></w:r>` + field("NUMPAGES") +
		`</w:p></w:ftr>`
}

var emptyFooter = xmlHeader + `<w:ftr xmlns:w="` + nsW + `"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>`

// comments is word/comments.xml: each clause's commentary.
func (w *writer) comments() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:comments xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	date := w.doc.Created.UTC().Format("2006-01-02T15:04:05Z")
	for _, c := range w.doc.Comments {
		fmt.Fprintf(&b, `<w:comment w:id="%d" w:author="APIToS" w:date="%s" w:initials="AT">`, c.ID, date)
		for i, p := range c.Paras {
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>`)
			if i == 0 {
				b.WriteString(`<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>`)
			}
			// Comments hold no relationships: addresses stay as text.
			runs := make([]office.Run, len(p.Runs))
			for j, r := range p.Runs {
				r.URL, r.Anchor = "", ""
				runs[j] = r
			}
			w.runs(&b, runs)
			b.WriteString(`</w:p>`)
		}
		b.WriteString(`</w:comment>`)
	}
	b.WriteString(`</w:comments>`)
	return b.String()
}

func (w *writer) settings() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:settings xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:zoom w:percent="100"/>`)
	if w.doc.Meta.Review {
		// A reviewer's edits are tracked from the first keystroke.
		b.WriteString(`<w:trackRevisions/>`)
	}
	b.WriteString(`<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>`)
	// Word fills in the contents' page numbers when it opens the file.
	b.WriteString(`<w:updateFields w:val="true"/>`)
	lang := wordLang(w.doc.Lang)
	b.WriteString(`<w:themeFontLang w:val="` + lang + `"/>`)
	if w.doc.Lang == textfmt.FR {
		b.WriteString(`<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>`)
	} else {
		b.WriteString(`<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>`)
	}
	b.WriteString(`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`)
	b.WriteString(`</w:settings>`)
	return b.String()
}

func (w *writer) contentTypes() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`)
	over := func(name, ct string) {
		b.WriteString(`<Override PartName="` + name + `" ContentType="` + ct + `"/>`)
	}
	over("/word/document.xml", ctWord+"document.main+xml")
	over("/word/styles.xml", ctWord+"styles+xml")
	over("/word/settings.xml", ctWord+"settings+xml")
	over("/word/numbering.xml", ctWord+"numbering+xml")
	over("/word/header1.xml", ctWord+"header+xml")
	over("/word/header2.xml", ctWord+"header+xml")
	over("/word/footer1.xml", ctWord+"footer+xml")
	over("/word/footer2.xml", ctWord+"footer+xml")
	if len(w.doc.Comments) > 0 {
		over("/word/comments.xml", ctWord+"comments+xml")
	}
	over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	if w.doc.Meta.Fingerprint != nil {
		over("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
	}
	over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	b.WriteString(`</Types>`)
	return b.String()
}

// rootRels are the package's relationships: the document and its
// properties, custom ones (the fingerprint) included when there are any.
func rootRels(custom bool) string {
	s := xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
		`<Relationship Id="rId1" Type="` + relDoc + `officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="` + relDoc + `extended-properties" Target="docProps/app.xml"/>`
	if custom {
		s += `<Relationship Id="rId4" Type="` + relDoc + `custom-properties" Target="docProps/custom.xml"/>`
	}
	return s + `</Relationships>`
}

// custom is docProps/custom.xml: the fingerprint's entries as custom
// properties (apitos-kind, apitos-answers…), which File > Properties
// shows and apitos verify reads.
func custom(entries [][2]string) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	for i, e := range entries {
		fmt.Fprintf(&b, `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s%s"><vt:lpwstr>%s</vt:lpwstr></property>`,
			i+2, document.PropertyPrefix, e[0], esc(e[1]))
	}
	b.WriteString(`</Properties>`)
	return b.String()
}

var app = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>APIToS</Application></Properties>`

func (w *writer) documentRels() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="` + nsRels + `">`)
	rel := func(id, typ, target string) {
		b.WriteString(`<Relationship Id="` + id + `" Type="` + relDoc + typ + `" Target="` + target + `"/>`)
	}
	rel("rIdStyles", "styles", "styles.xml")
	rel("rIdSettings", "settings", "settings.xml")
	rel("rIdNumbering", "numbering", "numbering.xml")
	rel("rIdHeader", "header", "header1.xml")
	rel("rIdHeaderFirst", "header", "header2.xml")
	rel("rIdFooter", "footer", "footer1.xml")
	rel("rIdFooterFirst", "footer", "footer2.xml")
	if len(w.doc.Comments) > 0 {
		rel("rIdComments", "comments", "comments.xml")
	}
	for _, url := range w.linkOrder {
		b.WriteString(`<Relationship Id="` + w.links[url] + `" Type="` + relDoc + `hyperlink" Target="` + esc(url) + `" TargetMode="External"/>`)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// core is docProps/core.xml: title, author, subject, keywords, language
// and dates, as the PDF's metadata has them.
func (w *writer) core() string {
	m := w.doc.Meta
	title, keywords := m.Title, m.Keywords
	if m.Marked() {
		title = w.doc.Words.Draft + " — " + title
		keywords = strings.TrimPrefix(keywords+", "+strings.ToLower(w.doc.Words.Draft), ", ")
	}
	date := w.doc.Created.UTC().Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + esc(title) + `</dc:title>`)
	b.WriteString(`<dc:subject>` + esc(m.Subject) + `</dc:subject>`)
	b.WriteString(`<dc:creator>` + esc(m.Author) + `</dc:creator>`)
	b.WriteString(`<cp:keywords>` + esc(keywords) + `</cp:keywords>`)
	b.WriteString(`<dc:language>` + wordLang(w.doc.Lang) + `</dc:language>`)
	if m.Version != "" {
		b.WriteString(`<cp:version>` + esc(m.Version) + `</cp:version>`)
	}
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + date + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}
