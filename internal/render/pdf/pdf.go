// Package pdf writes a document as an A4 PDF: a title page, a table of
// contents with page numbers and links, numbered clauses with an outline
// entry (bookmark) each, and a running header and footer. Clause texts are
// the same Markdown the Markdown writer prints, rendered from its syntax
// tree, so the two formats never drift apart.
//
// The same document always gives the same bytes: dates come from the
// document's effective date and nothing depends on the clock or on map
// order.
package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"apitos/internal/document"
	"apitos/internal/mdtext"

	"github.com/yuin/goldmark/ast"

	"codeberg.org/go-pdf/fpdf"
)

// fallbackDate stamps documents without an effective date (previews).
var fallbackDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Render returns the PDF of a document.
func Render(d *document.Document) ([]byte, error) {
	pdf := base()
	setMetadata(pdf, d)

	l := newLayout(pdf)
	w := &writer{d: d, l: l}
	w.titlePage()
	w.contentsPages()
	w.body()
	w.fingerprint()
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdf layout: %w", err)
	}
	w.fillContents()
	if d.Meta.Review {
		w.lineNumbers()
	}
	w.runningHeaders()
	if d.Meta.Marked() {
		w.watermarks()
	}
	emit(pdf, l.pages)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}

func setMetadata(pdf *fpdf.Fpdf, d *document.Document) {
	date := d.Meta.Effective
	if date.IsZero() {
		date = fallbackDate
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCatalogSort(true)
	// Page streams stay uncompressed: zlib costs a third of the time of
	// writing a document (fpdf makes a new compressor for every page),
	// for files about 60 % smaller. A 12-page document is 175 KB instead
	// of 110 KB; the embedded font subsets are compressed either way.
	pdf.SetCompression(false)
	title, keywords := d.Meta.Title, d.Meta.Keywords
	if d.Meta.Marked() {
		// Readers show the title in their window and file lists.
		words := document.WordsFor(d.Lang)
		title = words.Draft + " — " + title
		keywords = strings.TrimPrefix(keywords+", "+strings.ToLower(words.Draft), ", ")
	}
	pdf.SetTitle(printable(title), true)
	pdf.SetAuthor(printable(d.Meta.Author), true)
	pdf.SetSubject(d.Meta.Subject, true)
	pdf.SetKeywords(keywords, true)
	pdf.SetCreator("APIToS", true)
	if f := d.Meta.Fingerprint; f != nil {
		pdf.SetCreator(strings.TrimSpace("APIToS "+f.Program), true)
		pdf.SetXmpMetadata(f.XMP(printable(title), printable(d.Meta.Author), d.Meta.Subject, keywords,
			date.UTC().Format("2006-01-02T15:04:05Z")))
	}
	pdf.SetLang(string(d.Lang))
	pdf.SetDisplayMode("fullwidth", "continuous")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
}

// writer holds the state of one document's layout.
type writer struct {
	d        *document.Document
	l        *layout
	anchors  []anchor // page and position of each clause, by clause index
	toc      []tocEntry
	tocLineH float64 // the height of a line of the contents
}

type anchor struct {
	page int
	y    float64
}

type tocEntry struct {
	clause int // index in d.Clauses
	page   int // index of the TOC page holding the entry
	y      float64
	lines  []string // the entry's heading, wrapped; nil: set when filled
}

func (w *writer) titlePage() {
	l := w.l
	l.newPage()
	if w.d.Meta.Marked() {
		w.draftCover()
	}
	l.y = 80
	l.add(op{kind: opBookmark, s: mdtext.Plain(w.d.Title), y: l.y, target: -1})
	title := style{size: 22, bold: true}
	l.paragraph(inlines(w.parse([]byte(w.d.Title)), []byte(w.d.Title), title),
		para{x: marginLeft, width: contentW, lineH: 10, align: alignCenter})
	l.y += 10
	src := []byte(w.d.Front)
	root := w.parse(src)
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		l.paragraph(inlines(n, src, style{size: 12}), para{x: marginLeft, width: contentW, lineH: 6.5, align: alignCenter})
		l.y += 3
	}
}

// contentsPages reserves the table of contents; its page numbers are
// filled in once the body is laid out.
func (w *writer) contentsPages() {
	l := w.l
	l.running = true
	l.newPage()
	heading := style{size: 14, bold: true}
	words := document.WordsFor(w.d.Lang)
	l.add(op{kind: opBookmark, s: words.Contents, y: l.y, target: -1})
	l.paragraph([]piece{{text: words.Contents, st: heading}}, para{x: marginLeft, width: contentW, lineH: 8})
	l.y += 4
	index := map[string]int{}
	for i, c := range w.d.Clauses {
		index[c.ID] = i
	}
	entries := w.d.Contents()
	wrapped := make([][]string, len(entries))
	counts := make([]int, len(entries))
	for i, c := range entries {
		st, x := tocStyle(c.Depth)
		wrapped[i] = wrapEntry(l, mdtext.Plain(c.Heading(w.d.Lang)), st, tocTextWidth(x))
		counts[i] = len(wrapped[i])
	}
	plan := planContentsLines(entries, counts, l.y, l.bottom)
	w.tocLineH = plan.lineH
	next := 0 // index in plan.breaks of the next page break
	for i, c := range entries {
		if next < len(plan.breaks) && plan.breaks[next] == i {
			l.newPage()
			next++
		} else if c.Depth == 1 && i > 0 {
			l.y += plan.gap
		}
		w.toc = append(w.toc, tocEntry{clause: index[c.ID], page: l.cur, y: l.y, lines: wrapped[i]})
		l.y += plan.lineH * float64(counts[i])
	}
}

// tocStyle is the style and left edge of a contents entry of a depth:
// articles in bold, sections indented, subsections (3.2.1) indented one
// step more.
func tocStyle(depth int) (style, float64) {
	st := style{size: bodySize}
	x := marginLeft + tocIndent*float64(max(depth, 1)-1)
	if depth == 1 {
		st.bold = true
	}
	return st, x
}

// tocTextWidth is the room for the heading of an entry that starts at x,
// the page number and its leader kept aside.
func tocTextWidth(x float64) float64 {
	return contentW - (x - marginLeft) - tocNumberW - 4
}

// tocMaxLines is the most lines a contents entry takes; a heading longer
// still is cut with an ellipsis on its last line.
const tocMaxLines = 3

// wrapEntry breaks a heading into lines that fit width, as paragraphs
// are broken (between words, a no-break space keeping « : » or a number
// with its word), so that a long heading continues on the next line
// instead of being cut.
func wrapEntry(l *layout, s string, st style, width float64) []string {
	var lines []string
	for _, ln := range l.breakLines(l.words([]piece{{text: s, st: st}}), width) {
		lines = append(lines, ln.text())
	}
	if len(lines) > tocMaxLines {
		lines = append(lines[:tocMaxLines-1], strings.Join(lines[tocMaxLines-1:], " "))
	}
	for i := range lines {
		lines[i] = l.truncate(lines[i], st, width)
	}
	return lines
}

// parse reads the document's Markdown: a redline's with its marks of
// deletions.
func (w *writer) parse(src []byte) ast.Node {
	if w.d.Meta.Redline {
		return mdtext.ParseRedline(src)
	}
	return mdtext.Parse(src)
}

// body lays out every clause under its heading.
func (w *writer) body() {
	l := w.l
	l.newPage()
	w.anchors = make([]anchor, len(w.d.Clauses))
	l.numbered = w.d.Meta.Review
	for i, c := range w.d.Clauses {
		src := []byte(c.Body)
		root := w.parse(src)
		w.heading(i, c, w.keepAfter(i, root, src))
		l.blocks(root, src, marginLeft, contentW)
		if w.d.Meta.Review && c.Review != "" {
			w.commentary(c.Review)
		}
	}
	l.numbered = false
}

// Heading sizes and spacing, by depth.
var headingStyles = [...]struct {
	size, lineH, before, after float64
}{
	{13, 6.4, 6, 2.6},
	{11, 5.6, 3.4, 1.4},
	{10, 5.2, 2.6, 1},
}

// keepAfterHeading is how much of the clause's text must follow its
// heading on the same page: the opening of its first block (see
// opening), at least two lines: a paragraph introducing a list with two
// lines of the list, a table with its header and first row.
func (w *writer) keepAfterHeading(root ast.Node, src []byte) float64 {
	first := root.FirstChild()
	if first == nil {
		return 2 * bodyLineH
	}
	return max(2*bodyLineH, w.l.opening(first, src, contentW))
}

// keepAfter is how much must follow clause i's heading on its page: the
// opening of its text or, when it has none, as an article whose text
// begins with its first sub-clause, that sub-clause's heading with what
// must follow it in turn, so that no heading ends a page whose next page
// begins with the heading of its first sub-clause.
func (w *writer) keepAfter(i int, root ast.Node, src []byte) float64 {
	c := w.d.Clauses[i]
	if root.FirstChild() != nil || i+1 >= len(w.d.Clauses) || w.d.Clauses[i+1].Depth <= c.Depth {
		return w.keepAfterHeading(root, src)
	}
	next := w.d.Clauses[i+1]
	nsrc := []byte(next.Body)
	height, _ := w.headingLines(next)
	return height + w.keepAfter(i+1, w.parse(nsrc), nsrc)
}

// headingLines returns the height clause c's heading takes, its spacing
// included, and its pieces.
func (w *writer) headingLines(c document.Clause) (float64, []piece) {
	l := w.l
	hs := headingStyles[min(c.Depth, len(headingStyles))-1]
	st := style{size: hs.size, bold: true, struck: c.Removed, inserted: c.Added}
	src := []byte(c.Heading(w.d.Lang))
	pieces := inlines(w.parse(src), src, st)
	lines := l.breakLines(l.words(pieces), contentW)
	return hs.before + float64(len(lines))*hs.lineH + hs.after, pieces
}

func (w *writer) heading(i int, c document.Clause, keep float64) {
	l := w.l
	hs := headingStyles[min(c.Depth, len(headingStyles))-1]
	text := c.Heading(w.d.Lang)
	height, pieces := w.headingLines(c)
	// Keep the heading with at least two lines of what follows. An annex
	// begins a page, as annexes to a contract do: it can then be printed,
	// signed or sent on its own (the withdrawal form), and its heading
	// never ends the page before its first table.
	annex := c.Depth == 1 && c.Type == document.Annex && l.y > marginTop
	if annex || !l.fits(height+keep) || (c.Depth == 1 && !l.fits(height+max(keep, 4*bodyLineH))) {
		l.newPage()
	} else if l.y > marginTop {
		l.y += hs.before
	}
	w.anchors[i] = anchor{page: l.cur, y: l.y}
	l.add(op{kind: opAnchor, y: l.y, target: i})
	l.add(op{kind: opBookmark, s: mdtext.Plain(text), level: c.Depth - 1, y: l.y, target: -1})
	l.paragraph(pieces, para{x: marginLeft, width: contentW, lineH: hs.lineH})
	l.y += hs.after
}

// fillContents writes the entries of the table of contents, now that the
// page of every clause is known.
func (w *writer) fillContents() {
	l := w.l
	for _, e := range w.toc {
		c := w.d.Clauses[e.clause]
		p := l.pages[e.page]
		st, x := tocStyle(c.Depth)
		number := strconv.Itoa(w.anchors[e.clause].page + 1)
		right := marginLeft + contentW
		nw := l.width(number, st)
		lines := e.lines
		if lines == nil {
			lines = []string{l.truncate(mdtext.Plain(c.Heading(w.d.Lang)), st, tocTextWidth(x))}
		}
		for k, text := range lines[:len(lines)-1] {
			p.ops = append(p.ops, op{kind: opText, x: x, y: e.y + float64(k)*w.tocLineH + w.tocLineH*0.74, s: text, st: st, target: -1})
		}
		baseline := e.y + float64(len(lines)-1)*w.tocLineH + w.tocLineH*0.74
		p.ops = append(p.ops,
			op{kind: opText, x: x, y: baseline, s: leader(l, lines[len(lines)-1], st, right-x-nw-1.5), st: st, target: -1},
			op{kind: opText, x: right - nw, y: baseline, s: number, st: st, target: -1},
			op{kind: opLink, x: x, y: e.y, w: right - x, h: w.tocLineH * float64(len(lines)), target: e.clause})
	}
}

// leader follows an entry with a row of dots up to width, so the eye can
// travel from the entry to its page number.
func leader(l *layout, text string, st style, width float64) string {
	n := int((width - l.width(text, st)) / l.width(" .", st))
	if n < 2 {
		return text
	}
	return text + strings.Repeat(" .", n)
}

// Running header and footer positions (baselines, in millimetres).
const (
	headerBaseline = 15.0
	headerRule     = 17.5
	footerBaseline = pageH - 11
)

// runningHeaders adds the running header (the mark of a draft, document
// title, version) and footer ("Page 3 / 12") to every page after the
// title page.
func (w *writer) runningHeaders() {
	l := w.l
	st := style{size: 8, gray: true}
	version := ""
	if w.d.Meta.Version != "" {
		version = "Version " + w.d.Meta.Version
	}
	vw := l.width(version, st)
	var marks []op
	x := marginLeft
	if w.d.Meta.Marked() {
		// The mark opens the header, a space or two before the title,
		// so that a reader takes "DRAFT <title>" as one line of text.
		mark := document.WordsFor(w.d.Lang).Draft
		marks = append(marks, op{kind: opText, x: x, y: headerBaseline, s: mark, st: draftStyle, target: -1})
		x += l.width(mark, draftStyle) + 2*l.width(" ", st)
	}
	title, tst := l.runningTitle(w.d.Meta.Title, st, marginLeft+contentW-vw-8-x)
	marks = append(marks,
		op{kind: opText, x: x, y: headerBaseline, s: title, st: tst, target: -1},
		op{kind: opText, x: marginLeft + contentW - vw, y: headerBaseline, s: version, st: st, target: -1},
		op{kind: opRule, x: marginLeft, y: headerRule, w: contentW, h: 0.2, target: -1})
	for i, p := range l.pages {
		if !p.running {
			continue
		}
		footer := fmt.Sprintf("Page %d / %d", i+1, len(l.pages))
		p.ops = append(p.ops, marks...)
		p.ops = append(p.ops, op{kind: opText, x: marginLeft + (contentW-l.width(footer, st))/2, y: footerBaseline, s: footer, st: st, target: -1})
	}
}

// Fingerprint settings: the size of its text, in points, and its line
// height, in millimetres.
const (
	fingerprintSize  = 6.5
	fingerprintLineH = 3.2
)

// fingerprint ends the last page with one discreet line that a
// published document can carry, under a short rule: the program that
// generated it and the digest of its answers, with the digest of its
// templates aligned beneath, as its metadata holds them. A reader who
// has only the paper can still check which answers produced it.
func (w *writer) fingerprint() { printFingerprint(w.l, w.d, marginLeft, contentW) }

// printFingerprint prints the fingerprint of d at the foot of the last
// page, within [x, x+width].
func printFingerprint(l *layout, d *document.Document, x, width float64) {
	f := d.Meta.Fingerprint
	if f == nil {
		return
	}
	words := document.WordsFor(d.Lang)
	st := style{size: fingerprintSize, gray: true}
	mono := style{size: fingerprintSize, gray: true, mono: true}
	rows := [][2]string{{fmt.Sprintf(words.Generated, f.ProgramName()), f.Answers}, {words.TemplatesHash, f.Templates}}
	labelW, digestW := 0.0, 0.0
	for _, r := range rows {
		labelW = max(labelW, l.width(r[0], st))
		digestW = max(digestW, l.width(r[1], mono))
	}
	// Labels end where the digests start; should a long version (or a
	// narrow column) push the digests past the edge, they start at the
	// edge instead, under their labels.
	inline := labelW+1.5+digestW <= width
	lines := len(rows)
	if !inline {
		lines *= 2
	}
	height := 2 + float64(lines)*fingerprintLineH
	if !l.fits(height + paraSpace) {
		l.newPage()
	}
	l.y = l.bottom - height
	l.rule(x, 30, 0.2)
	l.y += 2
	for _, r := range rows {
		baseline := l.y + fingerprintLineH*0.74
		lx, dx := x+labelW-l.width(r[0], st), x+labelW+1.5
		if !inline {
			lx, dx = x, x
		}
		l.add(op{kind: opText, x: lx, y: baseline, s: r[0], st: st, target: -1})
		if !inline {
			l.y += fingerprintLineH
			baseline += fingerprintLineH
		}
		l.add(op{kind: opText, x: dx, y: baseline, s: r[1], st: mono, target: -1})
		l.y += fingerprintLineH
	}
}
