// Package office turns a document into the model that word processors'
// formats share: paragraphs in named styles holding runs of text, lists,
// quotations, tables, a table of contents, bookmarks on clauses and, in
// review mode, comments anchored to them. The Word (docx) and
// OpenDocument (odt) writers serialise it, each in its own XML.
//
// Clause texts are the same Markdown the Markdown writer prints, parsed
// with goldmark as the PDF writer parses it, so that no format drifts
// from another; cross-references are read from the clauses' raw text,
// so that each becomes a link to the clause it names.
package office

import (
	"archive/zip"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"apitos/assets/picto"
	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/textfmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Style names a paragraph style; the writers define each.
type Style string

// Paragraph styles.
const (
	Title     Style = "Title"     // the document's title
	Front     Style = "Front"     // the block under the title
	Mark      Style = "Mark"      // the mark of a draft
	Notice    Style = "Notice"    // what a draft is
	Contents  Style = "Contents"  // the heading of the table of contents
	TOC1      Style = "TOC1"      // an article or annex in the contents
	TOC2      Style = "TOC2"      // a section in the contents
	Heading1  Style = "Heading1"  // an article, an annex, an unnumbered clause
	Heading2  Style = "Heading2"  // a section
	Heading3  Style = "Heading3"  // a subsection
	Body      Style = "Body"      // a paragraph of text
	Item      Style = "Item"      // a paragraph of a list item
	Quotation Style = "Quotation" // a paragraph of a quotation
	Code      Style = "Code"      // a line of a code block
	Cell      Style = "Cell"      // a paragraph of a table cell
	Comment   Style = "Comment"   // a paragraph of a comment
)

// Doc is a document ready to be serialised.
type Doc struct {
	Lang   textfmt.Lang
	Meta   document.Meta
	Words  document.Words
	Header string // running header: the mark of a draft, the title, the version
	Blocks []Block
	// Comments are the commentary of a document for review, by ID.
	Comments []Note
	// Created is the date written as the document's creation and
	// modification: the effective date, for byte-identical files.
	Created time.Time
}

// Block is a *Para, a *List, a *Quote, a *Table or a *TOC.
type Block interface{ block() }

// Para is a paragraph.
type Para struct {
	Style Style
	Runs  []Run
	// Bookmark names the clause a heading starts, as a target of links.
	Bookmark string
	// PageBreak starts the paragraph on a new page.
	PageBreak bool
	// Starts and Ends are the comments whose range starts before, or
	// ends after, the paragraph.
	Starts, Ends []int
}

// Run is text in one format.
type Run struct {
	Text               string
	Bold, Italic, Mono bool
	URL                string // a web or e-mail address it links to
	Anchor             string // the bookmark it links to
	Break              bool   // a line break before the text
	// Deleted and Inserted mark, in a redline, text the later version
	// removes or adds; the writers make them tracked changes.
	Deleted, Inserted bool
}

// List is a bulleted or numbered list whose items hold blocks.
type List struct {
	Ordered bool
	Start   int
	Items   [][]Block
}

// Quote is a quotation.
type Quote struct{ Blocks []Block }

// Table is a table whose first HeaderRows rows are its header; cells
// hold runs.
type Table struct {
	HeaderRows int
	Rows       [][][]Run
}

// TOC is the table of contents: its entries as they read before a word
// processor updates them, each with its level (1 or 2) and bookmark.
type TOC struct{ Entries []TOCEntry }

// TOCEntry is one line of the contents.
type TOCEntry struct {
	Level    int
	Text     string
	Bookmark string
}

// Note is a comment: its paragraphs.
type Note struct {
	ID    int
	Paras []*Para
}

func (*Para) block()  {}
func (*List) block()  {}
func (*Quote) block() {}
func (*Table) block() {}
func (*TOC) block()   {}

// fallbackDate stamps documents without an effective date (previews), as
// the PDF writer does.
var fallbackDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Build turns a document into the office model.
func Build(d *document.Document) *Doc {
	w := document.WordsFor(d.Lang)
	out := &Doc{Lang: d.Lang, Meta: d.Meta, Words: w, Created: d.Meta.Effective}
	if out.Created.IsZero() {
		out.Created = fallbackDate
	}
	out.Header = d.Meta.Title
	if d.Meta.Version != "" {
		out.Header += " — Version " + d.Meta.Version
	}
	if d.Meta.Marked() {
		out.Header = w.Draft + " — " + out.Header
	}
	b := &builder{d: d, doc: out, bookmarks: bookmarks(d)}
	b.front()
	b.contents()
	for i := range d.Clauses {
		b.clause(i)
	}
	return out
}

type builder struct {
	d         *document.Document
	doc       *Doc
	bookmarks map[string]string // clause ID -> bookmark name
}

func (b *builder) add(blocks ...Block) { b.doc.Blocks = append(b.doc.Blocks, blocks...) }

// front sets the title, the mark of a draft and the front block.
func (b *builder) front() {
	d := b.d
	if d.Meta.Marked() {
		b.add(&Para{Style: Mark, Runs: []Run{{Text: b.doc.Words.Draft, Bold: true}}},
			&Para{Style: Notice, Runs: []Run{{Text: d.Meta.Notice(d.Lang)}}})
	}
	b.add(&Para{Style: Title, Runs: b.inline(d.Title)})
	src := []byte(d.Front)
	root := b.parse(src)
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		b.add(&Para{Style: Front, Runs: b.runs(n, src, Run{})})
	}
}

// contents sets the table of contents on a page of its own.
func (b *builder) contents() {
	entries := b.d.Contents()
	if len(entries) == 0 {
		return
	}
	b.add(&Para{Style: Contents, PageBreak: true, Runs: []Run{{Text: b.doc.Words.Contents}}})
	toc := &TOC{}
	for _, c := range entries {
		toc.Entries = append(toc.Entries, TOCEntry{Level: c.Depth, Text: mdtext.Plain(c.Heading(b.d.Lang)), Bookmark: b.bookmarks[c.ID]})
	}
	b.add(toc)
}

var headingStyles = [...]Style{Heading1, Heading2, Heading3}

// clause sets a clause: its heading, its text and, for review, its
// commentary as a comment anchored to both.
func (b *builder) clause(i int) {
	d := b.d
	c := d.Clauses[i]
	h := &Para{Style: headingStyles[min(c.Depth, len(headingStyles))-1], Runs: b.inline(c.Heading(d.Lang)), Bookmark: b.bookmarks[c.ID]}
	for i := range h.Runs {
		h.Runs[i].Deleted, h.Runs[i].Inserted = c.Removed, c.Added
	}
	// The first clause opens the body on a new page, after the contents.
	h.PageBreak = i == 0
	b.add(h)
	// The raw text, whose cross-references become links; a redline's
	// text is its marked one.
	src := c.RawBody
	if src == "" || d.Meta.Redline {
		src = c.Body
	}
	b.add(b.blocks(b.parse([]byte(src)), []byte(src))...)
	if !d.Meta.Review || c.Review == "" {
		return
	}
	id := len(b.doc.Comments)
	note := Note{ID: id}
	rsrc := []byte(c.Review)
	for _, blk := range b.blocks(mdtext.Parse(rsrc), rsrc) {
		note.Paras = append(note.Paras, flatten(blk, 0)...)
	}
	b.doc.Comments = append(b.doc.Comments, note)
	h.Starts = append(h.Starts, id)
	last := lastPara(b.doc.Blocks[len(b.doc.Blocks)-1])
	if last == nil {
		// A clause ending with a table: the range ends on an empty
		// paragraph after it.
		last = &Para{Style: Body}
		b.add(last)
	}
	last.Ends = append(last.Ends, id)
}

// lastPara returns the last paragraph of a block, to end a comment's
// range on, or nil when the block ends with a table.
func lastPara(blk Block) *Para {
	switch v := blk.(type) {
	case *Para:
		return v
	case *List:
		items := v.Items[len(v.Items)-1]
		return lastPara(items[len(items)-1])
	case *Quote:
		if len(v.Blocks) > 0 {
			return lastPara(v.Blocks[len(v.Blocks)-1])
		}
	}
	return nil
}

// flatten turns a block of a comment into paragraphs: comments hold
// paragraphs only, lists and quotations set with a marker and an indent.
func flatten(blk Block, indent int) []*Para {
	switch v := blk.(type) {
	case *Para:
		v.Style = Comment
		if indent > 0 {
			v.Runs = append([]Run{{Text: strings.Repeat("\u2003", indent)}}, v.Runs...)
		}
		return []*Para{v}
	case *List:
		var out []*Para
		for i, item := range v.Items {
			marker := "•"
			if v.Ordered {
				marker = strconv.Itoa(v.Start+i) + "."
			}
			for j, inner := range item {
				ps := flatten(inner, indent+1)
				if j == 0 && len(ps) > 0 {
					// The marker takes the place of the item's indent.
					ps[0].Runs = append([]Run{{Text: strings.Repeat("\u2003", indent) + marker + " "}}, ps[0].Runs[1:]...)
				}
				out = append(out, ps...)
			}
		}
		return out
	case *Quote:
		var out []*Para
		for _, inner := range v.Blocks {
			out = append(out, flatten(inner, indent+1)...)
		}
		return out
	case *Table:
		var out []*Para
		for _, row := range v.Rows {
			var runs []Run
			for j, cell := range row {
				if j > 0 {
					runs = append(runs, Run{Text: " | "})
				}
				runs = append(runs, cell...)
			}
			out = append(out, &Para{Style: Comment, Runs: runs})
		}
		return out
	}
	return nil
}

// blocks converts the Markdown blocks under n.
func (b *builder) blocks(n ast.Node, src []byte) []Block {
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, b.block(c, src)...)
	}
	return out
}

func (b *builder) block(n ast.Node, src []byte) []Block {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return []Block{&Para{Style: Body, Runs: b.runs(n, src, Run{})}}
	case *ast.Heading:
		return []Block{&Para{Style: Body, Runs: b.runs(n, src, Run{Bold: true})}}
	case *ast.List:
		l := &List{Ordered: n.IsOrdered(), Start: max(n.Start, 1)}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			blocks := b.blocks(item, src)
			for _, blk := range blocks {
				if p, ok := blk.(*Para); ok && p.Style == Body {
					p.Style = Item
				}
			}
			if len(blocks) == 0 {
				blocks = []Block{&Para{Style: Item}}
			}
			l.Items = append(l.Items, blocks)
		}
		return []Block{l}
	case *ast.Blockquote:
		blocks := b.blocks(n, src)
		for _, blk := range blocks {
			if p, ok := blk.(*Para); ok && p.Style == Body {
				p.Style = Quotation
			}
		}
		return []Block{&Quote{Blocks: blocks}}
	case *east.Table:
		t := &Table{}
		for r := n.FirstChild(); r != nil; r = r.NextSibling() {
			_, header := r.(*east.TableHeader)
			if header {
				t.HeaderRows++
			}
			var row [][]Run
			for c := r.FirstChild(); c != nil; c = c.NextSibling() {
				row = append(row, b.runs(c, src, Run{Bold: header}))
			}
			t.Rows = append(t.Rows, row)
		}
		return []Block{t}
	case *ast.ThematicBreak:
		return nil
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		var out []Block
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			out = append(out, &Para{Style: Code, Runs: []Run{{Text: strings.TrimRight(string(seg.Value(src)), "\n"), Mono: true}}})
		}
		return out
	}
	return b.blocks(n, src)
}

// inline converts inline Markdown, such as a title.
func (b *builder) inline(md string) []Run {
	src := []byte(md)
	return b.runs(b.parse(src), src, Run{})
}

// parse reads Markdown: a redline's with its marks of deletion and
// insertion.
func (b *builder) parse(src []byte) ast.Node {
	if b.d.Meta.Redline {
		return mdtext.ParseRedline(src)
	}
	return mdtext.Parse(src)
}

// refPlaceholder matches a cross-reference as a clause's raw text holds
// it: to one clause (see document.Ref) or to several (document.Refs).
var refPlaceholder = regexp.MustCompile("\ue000(?:ref:([a-z0-9-]+):(?:lower|cap)|refs:[^:\ue001]*:([a-z0-9-]+)[a-z0-9,-]*)\ue001")

// runs flattens the inline content of n into runs in the format f. Only
// web and e-mail addresses become links, as in the PDF; cross-references
// become links to the clauses they name.
func (b *builder) runs(n ast.Node, src []byte, f Run) []Run {
	var out []Run
	inserted := false // between a redline's <ins> and </ins>
	var walk func(n ast.Node, f Run)
	walk = func(n ast.Node, f Run) {
		base := f.Inserted
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			f.Inserted = base || inserted
			switch c := c.(type) {
			case *east.Strikethrough:
				del := f
				del.Deleted = true
				walk(c, del)
				continue
			case *ast.Text:
				text := mdtext.Unescape(c.Value(src))
				if c.SoftLineBreak() {
					text += " "
				}
				out = append(out, b.refs(text, f)...)
				if c.HardLineBreak() {
					f.Break = true
					out = append(out, Run{Break: true, Bold: f.Bold, Italic: f.Italic})
					f.Break = false
				}
			case *ast.String:
				out = append(out, b.refs(string(c.Value), f)...)
			case *ast.CodeSpan:
				var s strings.Builder
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if tt, ok := t.(*ast.Text); ok {
						s.Write(tt.Value(src))
					}
				}
				code := f
				code.Mono, code.Text = true, s.String()
				out = append(out, code)
			case *ast.Emphasis:
				em := f
				if c.Level >= 2 {
					em.Bold = true
				} else {
					em.Italic = true
				}
				walk(c, em)
			case *ast.Link:
				link := f
				link.URL = safeURL(string(c.Destination))
				walk(c, link)
			case *ast.AutoLink:
				target := string(c.URL(src))
				link := f
				link.Text, link.URL = target, safeURL(target)
				if c.AutoLinkType == ast.AutoLinkEmail {
					link.URL = safeURL("mailto:" + target)
				}
				out = append(out, link)
			case *ast.Image:
				if _, ok := picto.NameOf(string(c.Destination)); ok {
					// The pictograms are the PDF's and the Markdown's; the
					// space that follows one goes with it.
					if t, ok := c.NextSibling().(*ast.Text); ok && len(t.Value(src)) > 0 && t.Value(src)[0] == ' ' {
						t.Segment = t.Segment.WithStart(t.Segment.Start + 1)
					}
					continue
				}
				walk(c, f)
			case *ast.RawHTML:
				if tag := string(c.Segments.Value(src)); b.d.Meta.Redline && (tag == "<ins>" || tag == "</ins>") {
					inserted = tag == "<ins>"
					continue
				}
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					r := f
					r.Text = string(seg.Value(src))
					out = append(out, r)
				}
			default:
				walk(c, f)
			}
		}
	}
	walk(n, f)
	return merge(out)
}

// refs splits text at its cross-references, each a link to its clause
// (the first, for a reference to several) reading its label.
func (b *builder) refs(text string, f Run) []Run {
	var out []Run
	last := 0
	for _, m := range refPlaceholder.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > last {
			r := f
			r.Text = text[last:m[0]]
			out = append(out, r)
		}
		r := f
		r.Text = b.d.Resolve(text[m[0]:m[1]])
		id := ""
		if m[2] >= 0 {
			id = text[m[2]:m[3]]
		} else {
			id = text[m[4]:m[5]]
		}
		r.Anchor = b.bookmarks[id]
		out = append(out, r)
		last = m[1]
	}
	if last < len(text) {
		r := f
		r.Text = text[last:]
		out = append(out, r)
	}
	return out
}

// merge joins neighbouring runs of the same format.
func merge(runs []Run) []Run {
	var out []Run
	for _, r := range runs {
		if r.Text == "" && !r.Break {
			continue
		}
		if n := len(out); n > 0 && !r.Break {
			p := &out[n-1]
			same := *p
			same.Text = r.Text
			if same == r {
				p.Text += r.Text
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

func safeURL(u string) string {
	lower := strings.ToLower(u)
	if strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "mailto:") {
		return u
	}
	return ""
}

// bookmarks names a bookmark for each clause: a hidden name (it starts
// with an underscore) of letters, digits and underscores, at most 40
// characters, as Word requires, unique in the document.
func bookmarks(d *document.Document) map[string]string {
	out := map[string]string{}
	used := map[string]bool{}
	for i, c := range d.Clauses {
		name := "_c_" + strings.ReplaceAll(c.ID, "-", "_")
		if len(name) > 40 || used[name] {
			suffix := "_" + strconv.Itoa(i)
			name = name[:min(len(name), 40-len(suffix))] + suffix
		}
		used[name] = true
		out[c.ID] = name
	}
	return out
}

// ColumnWidths shares a table's width, in twips, between its columns in proportion to
// the text they hold, each getting at least its longest word.
func ColumnWidths(t *Table, textWidth int) []int {
	cols := 0
	for _, row := range t.Rows {
		cols = max(cols, len(row))
	}
	if cols == 0 {
		return nil
	}
	minW := make([]float64, cols)
	text := make([]float64, cols)
	for _, row := range t.Rows {
		for j, cell := range row {
			for _, r := range cell {
				for _, word := range strings.Fields(r.Text) {
					minW[j] = max(minW[j], float64(len([]rune(word))))
				}
				text[j] += float64(len([]rune(r.Text)))
			}
		}
	}
	out := make([]int, cols)
	const charW = 100 // twips a character, roughly, at the table's size
	spare, total := float64(textWidth), 0.0
	widths := make([]float64, cols)
	for j := range widths {
		widths[j] = min(max(minW[j]*charW+170, 800), float64(textWidth/3))
		spare -= widths[j]
		total += text[j]
	}
	for j := range widths {
		if spare > 0 && total > 0 {
			widths[j] += spare * text[j] / total
		}
	}
	sum := 0.0
	for _, x := range widths {
		sum += x
	}
	for j := range out {
		out[j] = int(widths[j] * float64(textWidth) / sum)
	}
	return out
}

// AddPart writes one part of a package, compressed and stamped with date,
// so that the same document always gives the same bytes.
func AddPart(z *zip.Writer, name, data string, date time.Time) error {
	f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: date})
	if err != nil {
		return err
	}
	_, err = io.WriteString(f, data)
	return err
}
