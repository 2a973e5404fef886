// Package odt writes a document as an OpenDocument text file (ODF 1.3),
// from the same model as the Word writer (package office): headings in
// the outline with the document's numbering, a table of contents, cross-
// references as links to bookmarks on the clauses, tables, a running
// header and page numbers, the document's properties and its language on
// every style. A document for review carries each clause's commentary as
// an annotation spanning the clause from its first paragraph of text, numbers its lines on each page and
// records changes; a redline's deletions and insertions are tracked
// changes.
//
// It is written with archive/zip and the standard library, as the Word
// writer is. The same document always gives the same bytes.
package odt

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"time"

	"apitos/internal/document"
	"apitos/internal/render/office"
	"apitos/internal/textfmt"
)

// Namespaces.
const (
	nsOffice   = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsStyle    = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	nsText     = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsTable    = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsFO       = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
	nsSVG      = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
	nsXlink    = "http://www.w3.org/1999/xlink"
	nsDC       = "http://purl.org/dc/elements/1.1/"
	nsMeta     = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
	nsManifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
	mimeType   = "application/vnd.oasis.opendocument.text"
	textWidth  = 9072 // twips between the margins: 16 cm of A4
)

// namespaces are declared on the root of content.xml and styles.xml.
var namespaces = ` xmlns:office="` + nsOffice + `" xmlns:style="` + nsStyle + `" xmlns:text="` + nsText +
	`" xmlns:table="` + nsTable + `" xmlns:fo="` + nsFO + `" xmlns:svg="` + nsSVG + `" xmlns:xlink="` + nsXlink +
	`" xmlns:dc="` + nsDC + `" xmlns:meta="` + nsMeta + `" office:version="1.3"`

const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// Render returns the OpenDocument file of a document.
func Render(d *document.Document) ([]byte, error) {
	doc := office.Build(d)
	w := &writer{doc: doc, auto: map[string]string{}, pointed: map[int]bool{}, date: doc.Created.UTC().Format("2006-01-02T15:04:05")}
	content := w.content()
	return zipParts(doc.Created, []part{
		{"META-INF/manifest.xml", manifest},
		{"meta.xml", w.meta()},
		{"styles.xml", styles(doc)},
		{"content.xml", content},
	})
}

type part struct{ name, data string }

var manifest = xmlHeader + `<manifest:manifest xmlns:manifest="` + nsManifest + `" manifest:version="1.3">` +
	`<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="` + mimeType + `"/>` +
	`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
	`<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>` +
	`<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>` +
	`</manifest:manifest>`

// zipParts writes the package: the mimetype first, stored without
// compression nor extra field as OpenDocument requires, then the parts,
// each stamped with date so that the same document gives the same bytes.
func zipParts(date time.Time, parts []part) ([]byte, error) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	mt := []byte(mimeType)
	fh := &zip.FileHeader{Name: "mimetype", Method: zip.Store, CRC32: crc32.ChecksumIEEE(mt),
		CompressedSize64: uint64(len(mt)), UncompressedSize64: uint64(len(mt))}
	// The MS-DOS date, since a Modified time adds an extra field.
	fh.ModifiedDate = uint16((date.Year()-1980)<<9 | int(date.Month())<<5 | date.Day())
	fh.ModifiedTime = uint16(date.Hour()<<11 | date.Minute()<<5 | date.Second()/2)
	f, err := z.CreateRaw(fh)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(mt); err != nil {
		return nil, err
	}
	for _, p := range parts {
		if err := office.AddPart(z, p.name, p.data, date); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("odt: %w", err)
	}
	return buf.Bytes(), nil
}

// writer holds what content.xml gathers as it is written: automatic
// styles, tables, tracked changes.
type writer struct {
	doc       *office.Doc
	date      string
	auto      map[string]string // key -> name of an automatic style
	autoDefs  []string          // their definitions, in the order made
	tables    int
	changes   []string // the tracked changes' regions
	prevSpace bool     // the last character written was a space
	// pending are the comments of headings, waiting for the clause's
	// first paragraph of text (see para).
	pending []int
	pointed map[int]bool // comments without a range (see ends)
}

// esc escapes text for XML attributes.
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
			if xmlChar(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 can hold r.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r != 0xfffe && r != 0xffff && (r < 0xd800 || r > 0xdfff))
}

// text writes text as paragraph content: OpenDocument collapses spaces,
// so a space after a space, or at the start of a paragraph, is a
// <text:s/>, a tab a <text:tab/> and a line break a <text:line-break/>.
func (w *writer) text(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case r == ' ':
			if w.prevSpace {
				b.WriteString(`<text:s/>`)
			} else {
				b.WriteByte(' ')
			}
			w.prevSpace = true
			continue
		case r == '\t':
			b.WriteString(`<text:tab/>`)
		case r == '\n':
			b.WriteString(`<text:line-break/>`)
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case xmlChar(r):
			b.WriteRune(r)
		default:
			continue
		}
		w.prevSpace = false
	}
}

func odfLang(l textfmt.Lang) (lang, country string) {
	if l == textfmt.FR {
		return "fr", "FR"
	}
	return "en", "GB"
}

// styleNames are the named paragraph styles of the model's styles.
var styleNames = map[office.Style]string{
	office.Title: "Title", office.Front: "Subtitle", office.Mark: "Draft_20_mark", office.Notice: "Draft_20_notice",
	office.Contents: "Contents_20_Heading", office.TOC1: "Contents_20_1", office.TOC2: "Contents_20_2",
	office.Heading1: "Heading_20_1", office.Heading2: "Heading_20_2", office.Heading3: "Heading_20_3",
	office.Body: "Text_20_body", office.Item: "List_20_Contents", office.Quotation: "Quotations", office.Code: "Preformatted_20_Text",
	office.Cell: "Table_20_Contents", office.Comment: "Comment",
}

var outlineLevels = map[office.Style]int{office.Heading1: 1, office.Heading2: 2, office.Heading3: 3}

// paraStyle returns the style of a paragraph: its named style, or an
// automatic style on it that adds a page break, an indent or, on the
// first page's first paragraph, the master page without a running
// header.
func (w *writer) paraStyle(p *office.Para, indent int, first bool) string {
	name := styleNames[p.Style]
	if !p.PageBreak && indent == 0 && !first {
		return name
	}
	key := fmt.Sprintf("P|%s|%t|%d|%t", name, p.PageBreak, indent, first)
	if s, ok := w.auto[key]; ok {
		return s
	}
	s := fmt.Sprintf("P%d", len(w.autoDefs)+1)
	var props string
	if p.PageBreak {
		props += ` fo:break-before="page"`
	}
	if indent > 0 {
		props += fmt.Sprintf(` fo:margin-left="%.2fcm"`, float64(indent)/567)
	}
	def := `<style:style style:name="` + s + `" style:family="paragraph" style:parent-style-name="` + name + `"`
	if first {
		def += ` style:master-page-name="First_20_Page"`
	}
	def += `>`
	if props != "" || first {
		if first {
			props += ` style:page-number="auto"`
		}
		def += `<style:paragraph-properties` + props + `/>`
	}
	def += `</style:style>`
	w.auto[key] = s
	w.autoDefs = append(w.autoDefs, def)
	return s
}

// spanStyle returns the automatic text style of a run's format, or "".
func (w *writer) spanStyle(r office.Run) string {
	if !r.Bold && !r.Italic && !r.Mono {
		return ""
	}
	key := fmt.Sprintf("T|%t|%t|%t", r.Bold, r.Italic, r.Mono)
	if s, ok := w.auto[key]; ok {
		return s
	}
	s := fmt.Sprintf("T%d", len(w.autoDefs)+1)
	props := ""
	if r.Bold {
		props += ` fo:font-weight="bold" style:font-weight-complex="bold"`
	}
	if r.Italic {
		props += ` fo:font-style="italic" style:font-style-complex="italic"`
	}
	if r.Mono {
		props += ` style:font-name="Courier New"`
	}
	w.auto[key] = s
	w.autoDefs = append(w.autoDefs, `<style:style style:name="`+s+`" style:family="text"><style:text-properties`+props+`/></style:style>`)
	return s
}

// content is content.xml.
func (w *writer) content() string {
	var body strings.Builder
	first := true
	for _, blk := range w.doc.Blocks {
		w.block(&body, blk, 0, &first)
	}
	var b strings.Builder
	b.WriteString(xmlHeader + `<office:document-content` + namespaces + `>`)
	b.WriteString(fonts)
	b.WriteString(`<office:automatic-styles>`)
	b.WriteString(listStyles)
	if w.tables > 0 {
		b.WriteString(tableStyles)
	}
	for _, def := range w.autoDefs {
		b.WriteString(def)
	}
	b.WriteString(`</office:automatic-styles><office:body><office:text>`)
	if len(w.changes) > 0 || w.doc.Meta.Review {
		b.WriteString(`<text:tracked-changes`)
		if w.doc.Meta.Review {
			// A reviewer's edits are recorded from the first keystroke.
			b.WriteString(` text:track-changes="true"`)
		}
		b.WriteString(`>`)
		for _, c := range w.changes {
			b.WriteString(c)
		}
		b.WriteString(`</text:tracked-changes>`)
	}
	b.WriteString(body.String())
	b.WriteString(`</office:text></office:body></office:document-content>`)
	return b.String()
}

// block writes a block; indent is the indent of quotations around it,
// in twips.
func (w *writer) block(b *strings.Builder, blk office.Block, indent int, first *bool) {
	switch v := blk.(type) {
	case *office.Para:
		w.para(b, v, indent, *first)
		*first = false
	case *office.List:
		w.list(b, v, 1, indent)
	case *office.Quote:
		for _, inner := range v.Blocks {
			w.block(b, inner, indent+567, first)
		}
	case *office.Table:
		w.table(b, v)
	case *office.TOC:
		w.toc(b, v)
	}
}

// para writes a paragraph, a heading in the outline at its level.
func (w *writer) para(b *strings.Builder, p *office.Para, indent int, first bool) {
	style := w.paraStyle(p, indent, first)
	tag := "text:p"
	if lvl := outlineLevels[p.Style]; lvl > 0 {
		tag = "text:h"
		fmt.Fprintf(b, `<text:h text:style-name="%s" text:outline-level="%d">`, style, lvl)
	} else {
		b.WriteString(`<text:p text:style-name="` + style + `">`)
	}
	w.prevSpace = true
	w.annotations(b, p, tag == "text:h")
	if p.Bookmark != "" {
		b.WriteString(`<text:bookmark-start text:name="` + esc(p.Bookmark) + `"/>`)
	}
	w.runs(b, p.Runs)
	if p.Bookmark != "" {
		b.WriteString(`<text:bookmark-end text:name="` + esc(p.Bookmark) + `"/>`)
	}
	w.ends(b, p)
	b.WriteString(`</` + tag + `>`)
}

// list writes a list at a level (from 1), its items' later paragraphs
// and nested lists within the item.
func (w *writer) list(b *strings.Builder, l *office.List, level, indent int) {
	style := "LBullet"
	if l.Ordered {
		style = "LNumber"
	}
	if level == 1 {
		b.WriteString(`<text:list text:style-name="` + style + `">`)
	} else {
		b.WriteString(`<text:list>`)
	}
	for i, item := range l.Items {
		b.WriteString(`<text:list-item`)
		if l.Ordered && i == 0 && l.Start != 1 {
			fmt.Fprintf(b, ` text:start-value="%d"`, l.Start)
		}
		b.WriteString(`>`)
		for _, inner := range item {
			switch v := inner.(type) {
			case *office.Para:
				w.para(b, v, indent, false)
			case *office.List:
				w.list(b, v, level+1, indent)
			case *office.Quote:
				for _, q := range v.Blocks {
					if p, ok := q.(*office.Para); ok {
						w.para(b, p, indent+567, false)
					}
				}
			case *office.Table:
				// A list item holds no table: its rows as paragraphs.
				for _, row := range v.Rows {
					var runs []office.Run
					for j, cell := range row {
						if j > 0 {
							runs = append(runs, office.Run{Text: " | "})
						}
						runs = append(runs, cell...)
					}
					w.para(b, &office.Para{Style: office.Item, Runs: runs}, indent, false)
				}
			}
		}
		b.WriteString(`</text:list-item>`)
	}
	b.WriteString(`</text:list>`)
}

// runs writes runs: links to bookmarks or addresses, a redline's
// deletions and insertions as tracked changes.
func (w *writer) runs(b *strings.Builder, runs []office.Run) {
	for i := 0; i < len(runs); {
		r := runs[i]
		if r.Deleted || r.Inserted {
			j := i
			for j < len(runs) && runs[j].Deleted == r.Deleted && runs[j].Inserted == r.Inserted {
				j++
			}
			id := fmt.Sprintf("ct%d", len(w.changes)+1)
			info := `<office:change-info><dc:creator>APIToS</dc:creator><dc:date>` + w.date + `</dc:date></office:change-info>`
			if r.Deleted {
				// The deleted text lives in the change's region; the
				// body marks where it was.
				var del strings.Builder
				saved := w.prevSpace
				w.prevSpace = true
				for _, dr := range runs[i:j] {
					w.run(&del, dr)
				}
				w.prevSpace = saved
				w.changes = append(w.changes, `<text:changed-region text:id="`+id+`"><text:deletion>`+info+
					`<text:p>`+del.String()+`</text:p></text:deletion></text:changed-region>`)
				b.WriteString(`<text:change text:change-id="` + id + `"/>`)
			} else {
				w.changes = append(w.changes, `<text:changed-region text:id="`+id+`"><text:insertion>`+info+`</text:insertion></text:changed-region>`)
				b.WriteString(`<text:change-start text:change-id="` + id + `"/>`)
				for _, ir := range runs[i:j] {
					w.run(b, ir)
				}
				b.WriteString(`<text:change-end text:change-id="` + id + `"/>`)
			}
			i = j
			continue
		}
		switch {
		case r.Anchor != "":
			b.WriteString(`<text:a xlink:type="simple" xlink:href="#` + esc(r.Anchor) + `" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">`)
			w.run(b, r)
			b.WriteString(`</text:a>`)
		case r.URL != "":
			// Neighbouring runs to the same address make one link.
			j := i
			for j < len(runs) && runs[j].URL == r.URL {
				j++
			}
			b.WriteString(`<text:a xlink:type="simple" xlink:href="` + esc(r.URL) + `" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">`)
			for _, lr := range runs[i:j] {
				w.run(b, lr)
			}
			b.WriteString(`</text:a>`)
			i = j
			continue
		default:
			w.run(b, r)
		}
		i++
	}
}

func (w *writer) run(b *strings.Builder, r office.Run) {
	if r.Break {
		b.WriteString(`<text:line-break/>`)
		w.prevSpace = true
	}
	if r.Text == "" {
		return
	}
	if s := w.spanStyle(r); s != "" {
		b.WriteString(`<text:span text:style-name="` + s + `">`)
		w.text(b, r.Text)
		b.WriteString(`</text:span>`)
		return
	}
	w.text(b, r.Text)
}

// annotations writes the comments whose range opens at a paragraph. A
// heading's comments wait for the next paragraph of text: LibreOffice
// computes the contents' page references before it has placed comments
// anchored in headings, and with them there it gave the page after the
// heading's for a heading in the last lines of a page. A clause whose
// range is its heading alone (an article without text of its own before
// its sections) gets a comment without a range at that paragraph.
func (w *writer) annotations(b *strings.Builder, p *office.Para, heading bool) {
	if heading {
		w.pending = append(w.pending, p.Starts...)
		return
	}
	for _, id := range w.pending {
		w.annotation(b, id, !w.pointed[id])
	}
	w.pending = w.pending[:0]
	for _, id := range p.Starts {
		w.annotation(b, id, true)
	}
}

// ends closes the ranges of the comments that end at a paragraph; a
// comment still waiting for text has no range to close.
func (w *writer) ends(b *strings.Builder, p *office.Para) {
	for _, id := range p.Ends {
		if slices.Contains(w.pending, id) {
			w.pointed[id] = true
			continue
		}
		fmt.Fprintf(b, `<office:annotation-end office:name="note%d"/>`, id)
	}
}

// annotation writes a clause's commentary where its range opens, or
// where it stands when it has no range.
func (w *writer) annotation(b *strings.Builder, id int, ranged bool) {
	var note *office.Note
	for i := range w.doc.Comments {
		if w.doc.Comments[i].ID == id {
			note = &w.doc.Comments[i]
		}
	}
	if note == nil {
		return
	}
	saved := w.prevSpace
	b.WriteString(`<office:annotation`)
	if ranged {
		fmt.Fprintf(b, ` office:name="note%d"`, id)
	}
	fmt.Fprintf(b, `><dc:creator>APIToS</dc:creator><dc:date>%s</dc:date>`, w.date)
	for _, p := range note.Paras {
		b.WriteString(`<text:p text:style-name="Comment">`)
		w.prevSpace = true
		w.runs(b, p.Runs)
		b.WriteString(`</text:p>`)
	}
	b.WriteString(`</office:annotation>`)
	w.prevSpace = saved
}

// table writes a table ruled as in the PDF: thick rules above and below,
// thin ones between rows, the header rows repeated on every page.
func (w *writer) table(b *strings.Builder, t *office.Table) {
	w.tables++
	name := fmt.Sprintf("Table%d", w.tables)
	widths := office.ColumnWidths(t, textWidth)
	w.autoDefs = append(w.autoDefs, `<style:style style:name="`+name+`" style:family="table"><style:table-properties style:width="16cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>`)
	for j, cw := range widths {
		w.autoDefs = append(w.autoDefs, fmt.Sprintf(`<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.3fcm"/></style:style>`, name, j+1, float64(cw)/567))
	}
	fmt.Fprintf(b, `<table:table table:name="%s" table:style-name="%s">`, name, name)
	for j := range widths {
		fmt.Fprintf(b, `<table:table-column table:style-name="%s.C%d"/>`, name, j+1)
	}
	for i, row := range t.Rows {
		header := i < t.HeaderRows
		if header && i == 0 {
			b.WriteString(`<table:table-header-rows>`)
		}
		b.WriteString(`<table:table-row table:style-name="Row">`)
		cell := "CellBody"
		switch {
		case header:
			cell = "CellHead"
		case i == len(t.Rows)-1:
			cell = "CellLast"
		}
		for j := range widths {
			b.WriteString(`<table:table-cell table:style-name="` + cell + `" office:value-type="string"><text:p text:style-name="Table_20_Contents">`)
			w.prevSpace = true
			if j < len(row) {
				w.runs(b, row[j])
			}
			b.WriteString(`</text:p></table:table-cell>`)
		}
		b.WriteString(`</table:table-row>`)
		if header && i == t.HeaderRows-1 {
			b.WriteString(`</table:table-header-rows>`)
		}
	}
	b.WriteString(`</table:table>`)
}

// toc writes the table of contents as an index that a word processor
// updates, adding the page numbers, and that holds meanwhile every entry
// linked to its clause.
func (w *writer) toc(b *strings.Builder, t *office.TOC) {
	b.WriteString(`<text:table-of-content text:name="Contents" text:protected="true">`)
	b.WriteString(`<text:table-of-content-source text:outline-level="3" text:use-index-marks="false">`)
	for lvl := 1; lvl <= 3; lvl++ {
		fmt.Fprintf(b, `<text:table-of-content-entry-template text:outline-level="%d" text:style-name="Contents_20_%d">`, lvl, lvl)
		b.WriteString(`<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/>`)
		b.WriteString(`</text:table-of-content-entry-template>`)
	}
	b.WriteString(`</text:table-of-content-source><text:index-body>`)
	for _, e := range t.Entries {
		fmt.Fprintf(b, `<text:p text:style-name="Contents_20_%d">`, min(max(e.Level, 1), 3))
		b.WriteString(`<text:a xlink:type="simple" xlink:href="#` + esc(e.Bookmark) + `" text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">`)
		w.prevSpace = true
		w.text(b, e.Text)
		b.WriteString(`<text:tab/><text:bookmark-ref text:reference-format="page" text:ref-name="` + esc(e.Bookmark) + `"/></text:a></text:p>`)
	}
	b.WriteString(`</text:index-body></text:table-of-content>`)
}

// meta is meta.xml: title, author, subject, keywords, language, dates
// and, as user-defined properties, the fingerprint (apitos-kind,
// apitos-answers…), which File > Properties shows and apitos verify
// reads.
func (w *writer) meta() string {
	m := w.doc.Meta
	title, keywords := m.Title, m.Keywords
	if m.Marked() {
		title = w.doc.Words.Draft + " — " + title
		keywords = strings.TrimPrefix(keywords+", "+strings.ToLower(w.doc.Words.Draft), ", ")
	}
	lang, country := odfLang(w.doc.Lang)
	var b strings.Builder
	b.WriteString(xmlHeader + `<office:document-meta xmlns:office="` + nsOffice + `" xmlns:meta="` + nsMeta + `" xmlns:dc="` + nsDC + `" office:version="1.3"><office:meta>`)
	b.WriteString(`<meta:generator>APIToS</meta:generator>`)
	b.WriteString(`<dc:title>` + esc(title) + `</dc:title>`)
	b.WriteString(`<dc:subject>` + esc(m.Subject) + `</dc:subject>`)
	for _, k := range strings.Split(keywords, ",") {
		if k = strings.TrimSpace(k); k != "" {
			b.WriteString(`<meta:keyword>` + esc(k) + `</meta:keyword>`)
		}
	}
	b.WriteString(`<meta:initial-creator>` + esc(m.Author) + `</meta:initial-creator>`)
	b.WriteString(`<dc:creator>` + esc(m.Author) + `</dc:creator>`)
	b.WriteString(`<meta:creation-date>` + w.date + `</meta:creation-date><dc:date>` + w.date + `</dc:date>`)
	b.WriteString(`<dc:language>` + lang + `-` + country + `</dc:language>`)
	if f := m.Fingerprint; f != nil {
		for _, e := range f.Entries() {
			b.WriteString(`<meta:user-defined meta:name="` + document.PropertyPrefix + e[0] + `" meta:value-type="string">` + esc(e[1]) + `</meta:user-defined>`)
		}
	}
	b.WriteString(`</office:meta></office:document-meta>`)
	return b.String()
}

// fonts declares the fonts, as the Word file uses them.
var fonts = `<office:font-face-decls>` +
	`<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>` +
	`<style:font-face style:name="Courier New" svg:font-family="&apos;Courier New&apos;" style:font-family-generic="modern" style:font-pitch="fixed"/>` +
	`</office:font-face-decls>`

// tableStyles are the styles of table rows and cells: thick rules above
// and below a table, thin ones between its rows; a row is never split
// across pages. LibreOffice reads them only as automatic styles.
var tableStyles = func() string {
	var b strings.Builder
	cell := func(name, top, bottom string) {
		b.WriteString(`<style:style style:name="` + name + `" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.15cm" fo:padding-right="0.15cm" fo:border-left="none" fo:border-right="none" fo:border-top="` + top + `" fo:border-bottom="` + bottom + `"/></style:style>`)
	}
	cell("CellHead", "1pt solid #333333", "0.75pt solid #333333")
	cell("CellBody", "none", "0.25pt solid #777777")
	cell("CellLast", "none", "1pt solid #333333")
	b.WriteString(`<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>`)
	return b.String()
}()

// listStyles are the styles of bulleted and numbered lists.
var listStyles = func() string {
	var b strings.Builder
	level := func(n int, hang string) string {
		return fmt.Sprintf(`<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" fo:text-indent="-%s" fo:margin-left="%.2fcm"/></style:list-level-properties>`,
			float64(n)*0.63, hang, float64(n)*0.63)
	}
	bullets := []string{"•", "–", "◦"}
	b.WriteString(`<text:list-style style:name="LBullet">`)
	for n := 1; n <= 10; n++ {
		fmt.Fprintf(&b, `<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">%s</text:list-level-style-bullet>`, n, bullets[(n-1)%3], level(n, "0.63cm"))
	}
	b.WriteString(`</text:list-style><text:list-style style:name="LNumber">`)
	formats := [][3]string{{"1", "", "."}, {"a", "(", ")"}, {"i", "", "."}}
	for n := 1; n <= 10; n++ {
		f := formats[(n-1)%3]
		fmt.Fprintf(&b, `<text:list-level-style-number text:level="%d" style:num-format="%s"`, n, f[0])
		if f[1] != "" {
			b.WriteString(` style:num-prefix="` + f[1] + `"`)
		}
		fmt.Fprintf(&b, ` style:num-suffix="%s">%s</text:list-level-style-number>`, f[2], level(n, "0.63cm"))
	}
	b.WriteString(`</text:list-style>`)
	return b.String()
}()
