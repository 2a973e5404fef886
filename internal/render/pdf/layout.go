package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// The writer lays the whole document out first, as pages of drawing
// operations, and emits the PDF afterwards. Knowing every page before
// writing the first one gives the table of contents its page numbers and
// the footer its page count in a single layout pass.

type opKind int

const (
	opText       opKind = iota // s at baseline (x, y) in style st
	opRule                     // horizontal rule from x to x+w at y, thickness h
	opLink                     // clickable area x, y, w, h to url, or to clause target
	opAnchor                   // the clause target starts here (y)
	opBookmark                 // outline entry s at level, pointing at y
	opPicto                    // pictogram s, top-left (x, y), w millimetres wide
	opWatermark                // the diagonal mark of a draft, reading s, across the page
	opBar                      // a change bar in the margin, from y, h millimetres high
	opNoteBar                  // the bar beside a commentary: at x from y to y+h, thickness w
	opColumnRule               // vertical rule from (x, y) down h millimetres, between columns
)

type op struct {
	kind       opKind
	x, y, w, h float64
	s          string
	st         style
	url        string
	target     int // clause index for internal links and anchors, -1 for none
	level      int
	line       bool // a line of the document's text (see layout.numbered)
}

type page struct {
	ops     []op
	running bool // carries the running header and footer
}

// Page geometry, in millimetres (A4).
const (
	pageW, pageH = 210.0, 297.0
	marginLeft   = 25.0
	marginRight  = 25.0
	marginTop    = 25.0
	marginBottom = 22.0
	contentW     = pageW - marginLeft - marginRight
)

type layout struct {
	pdf      *fpdf.Fpdf // used for text metrics only while laying out
	pages    []*page
	cur      int // index of the page being laid out
	y        float64
	bottom   float64
	running  bool
	lastFont style
	fonts    map[[2]string]bool // fonts registered so far
	marker   *op                // list marker to place on the baseline of the next line
	// base and lineH are the style and line height of the text that
	// blocks lays out: the body's, or a commentary's in review mode.
	base  style
	lineH float64
	// numbered marks the lines placed from now on as lines of the
	// document's text, which review mode numbers in the margin.
	numbered bool
}

// newLayout lays out onto pdf, which has the common faces registered.
func newLayout(pdf *fpdf.Fpdf) *layout {
	l := &layout{pdf: pdf, cur: -1, bottom: pageH - marginBottom, fonts: map[[2]string]bool{}, base: body, lineH: bodyLineH}
	for _, st := range commonFaces {
		family, variant := st.font()
		l.fonts[[2]string{family, variant}] = true
	}
	return l
}

// newPage continues at the top of the next page, which it adds unless a
// column laid out before (side by side) already did.
func (l *layout) newPage() {
	l.cur++
	if l.cur == len(l.pages) {
		l.pages = append(l.pages, &page{running: l.running})
	}
	l.y = marginTop
}

// position is a place in the layout: a page and a height on it.
type position struct {
	page int
	y    float64
}

func (l *layout) at() position { return position{l.cur, l.y} }

// moveTo goes back (or on) to p, to lay out another column from there.
func (l *layout) moveTo(p position) { l.cur, l.y = p.page, p.y }

// later returns the one of a and b further down the document.
func later(a, b position) position {
	if a.page > b.page || (a.page == b.page && a.y > b.y) {
		return a
	}
	return b
}

func (l *layout) add(o op) {
	p := l.pages[l.cur]
	p.ops = append(p.ops, o)
}

// fits reports whether h millimetres fit on the current page.
func (l *layout) fits(h float64) bool { return l.y+h <= l.bottom }

// ensure starts a new page unless h millimetres fit on this one.
func (l *layout) ensure(h float64) {
	if !l.fits(h) {
		l.newPage()
	}
}

// width measures s in style st, in millimetres.
func (l *layout) width(s string, st style) float64 {
	if st != l.lastFont {
		l.ensureFont(st)
		family, variant := st.font()
		l.pdf.SetFont(family, variant, st.size)
		l.lastFont = st
	}
	return l.pdf.GetStringWidth(printable(s))
}

// ensureFont registers the font of a style on its first use.
func (l *layout) ensureFont(st style) {
	family, variant := st.font()
	if key := [2]string{family, variant}; !l.fonts[key] {
		registerFont(l.pdf, family, variant)
		l.fonts[key] = true
	}
}

// piece is a run of text in one style, possibly a link.
type piece struct {
	text string
	st   style
	url  string
}

// word is what line breaking never splits (unless it is wider than a
// line): text between ASCII spaces. No-break spaces stay inside words,
// which is what keeps "3 mois" and "article 5" together.
type word struct {
	pieces  []piece
	w       float64
	space   float64 // width of the space before this word
	glued   bool    // continues the previous word without a space (split long words)
	newline bool    // a hard line break precedes this word
}

type line struct {
	words []word
	w     float64
}

// words splits pieces into words, measuring each. The words' pieces share
// one backing array: a paragraph has hundreds of words, and one slice
// each made most of the writer's allocations.
func (l *layout) words(pieces []piece) []word {
	var out []word
	var cur word
	var flat []piece // the pieces of every word, in order
	first := 0       // index in flat of the current word's first piece
	spacePending, newline := false, false
	var spaceStyle style
	flush := func() {
		if len(flat) == first {
			return
		}
		cur.pieces = flat[first:len(flat):len(flat)]
		first = len(flat)
		if spacePending && len(out) > 0 {
			cur.space = l.width(" ", spaceStyle)
		}
		cur.newline = newline
		out = append(out, cur)
		cur = word{}
		spacePending, newline = false, false
	}
	for _, p := range pieces {
		start := 0
		for i := 0; i <= len(p.text); i++ {
			if i < len(p.text) && (p.text[i] != ' ' && p.text[i] != '\n' || keepsNumber(p.text, i)) {
				continue
			}
			if i > start {
				seg := piece{text: p.text[start:i], st: p.st, url: p.url}
				flat = append(flat, seg)
				cur.w += l.width(seg.text, seg.st)
			}
			if i < len(p.text) {
				flush()
				if p.text[i] == '\n' {
					newline = true
				} else if !newline {
					spacePending, spaceStyle = true, p.st
				}
			}
			start = i + 1
		}
	}
	flush()
	return out
}

// numberSigns abbreviate "number" before a figure, in French and in
// English: "n° 2004-575", "No. 78-17", "No 7".
var numberSigns = []string{"n°", "N°", "no.", "No.", "No"}

// keepsNumber reports whether the space at text[i] follows the
// abbreviation of "number" and precedes a digit: a line ending on "n°"
// reads as a number left out, so the abbreviation stays with its figure.
// The abbreviation must begin a word, so that "piano 3" still breaks.
func keepsNumber(text string, i int) bool {
	if text[i] != ' ' || i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9' {
		return false
	}
	for _, sign := range numberSigns {
		if !strings.HasSuffix(text[:i], sign) {
			continue
		}
		before := text[:i-len(sign)]
		if r, _ := utf8.DecodeLastRuneInString(before); before == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// breakLines fills lines of at most width millimetres, greedily. Like
// words, the lines' words share one backing array.
func (l *layout) breakLines(ws []word, width float64) []line {
	var lines []line
	flat := make([]word, 0, len(ws))
	first := 0 // index in flat of the current line's first word
	lineW := 0.0
	end := func() {
		lines = append(lines, line{words: flat[first:len(flat):len(flat)], w: lineW})
		first, lineW = len(flat), 0
	}
	place := func(part word) {
		gap := part.space
		if len(flat) == first {
			gap = 0
		}
		if len(flat) > first && (part.newline || lineW+gap+part.w > width) {
			end()
			gap = 0
		}
		part.space = gap
		flat = append(flat, part)
		lineW += gap + part.w
	}
	for _, w := range ws {
		if w.w <= width {
			place(w)
			continue
		}
		for _, part := range l.split(w, width) {
			place(part)
		}
	}
	if len(flat) > first {
		end()
	}
	return lines
}

// split cuts a word wider than a line (a long URL), after the last
// slash or other separator of urlBreaks that fits on the line, or at a
// character boundary when none does, so that a printed address breaks
// where a reader expects it ("…/legal/ commercial-use", not
// "…/commercial-us e"); the parts are glued so that no space appears
// between them.
func (l *layout) split(w word, width float64) []word {
	if w.w <= width {
		return []word{w}
	}
	var parts []word
	cur := word{space: w.space, newline: w.newline}
	for _, p := range w.pieces {
		start := 0
		for i, r := range p.text {
			rw := l.width(string(r), p.st)
			if cur.w+l.width(p.text[start:i], p.st)+rw > width && (i > start || len(cur.pieces) > 0) {
				if j := strings.LastIndexAny(p.text[start:i], urlBreaks); j > 0 {
					i = start + j + 1 // break after the separator
				}
				if i > start {
					cur.pieces = append(cur.pieces, piece{text: p.text[start:i], st: p.st, url: p.url})
					cur.w += l.width(p.text[start:i], p.st)
				}
				parts = append(parts, cur)
				cur = word{glued: true}
				start = i
			}
		}
		if start < len(p.text) {
			cur.pieces = append(cur.pieces, piece{text: p.text[start:], st: p.st, url: p.url})
			cur.w += l.width(p.text[start:], p.st)
		}
	}
	return append(parts, cur)
}

// urlBreaks are the characters after which a long address may break. A
// hyphen is not one of them: at the end of a line it reads as a word
// broken in two, and readers (pdftotext among them) drop it.
const urlBreaks = "/?&=#"

type align int

const (
	alignLeft align = iota
	alignCenter
)

// para describes how a paragraph is set.
type para struct {
	x, width float64
	lineH    float64
	align    align
}

// paragraph lays out pieces as lines, keeping at least two lines together
// at the bottom of a page and never leaving a single last line alone at
// the top of the next one.
func (l *layout) paragraph(pieces []piece, p para) {
	lines := l.breakLines(l.words(pieces), p.width)
	for i, ln := range lines {
		switch {
		case i == 0 && len(lines) > 1 && !l.fits(2*p.lineH):
			l.newPage()
		case i >= 2 && i == len(lines)-2 && !l.fits(2*p.lineH):
			l.newPage()
		default:
			l.ensure(p.lineH)
		}
		x := p.x
		if p.align == alignCenter {
			x += (p.width - ln.w) / 2
		}
		l.placeLine(ln, x, l.y+p.lineH*0.74)
		l.y += p.lineH
	}
}

// placeLine emits a line at a baseline, merging consecutive pieces of the
// same style and link into one text operation.
func (l *layout) placeLine(ln line, x, baseline float64) {
	if size := changedSize(ln); size > 0 {
		// A redline's bar in the margin, beside every line it changes.
		l.add(op{kind: opBar, x: marginLeft - changeBarGap, y: baseline - size*0.8, h: size * 1.1, target: -1})
	}
	if l.marker != nil {
		m := *l.marker
		m.y = baseline
		if m.kind == opPicto {
			m.y = baseline + m.h // h: the offset of its top from the baseline
		}
		l.add(m)
		l.marker = nil
	}
	var run op
	var text strings.Builder // the text of a run of several pieces
	open, joined := false, false
	flush := func() {
		if !open {
			return
		}
		if joined {
			run.s = text.String()
		}
		run.w = l.width(run.s, run.st)
		l.add(run)
		if run.url != "" {
			size := run.st.size * ptToMM
			l.add(op{kind: opLink, x: run.x, y: baseline - size*0.8, w: run.w, h: size * 1.05, url: run.url, target: -1})
		}
		open = false
	}
	for _, w := range ln.words {
		x += w.space
		for j, p := range w.pieces {
			sameRun := open && p.st == run.st && p.url == run.url
			if sameRun {
				if !joined {
					text = strings.Builder{}
					text.WriteString(run.s)
					joined = true
				}
				if j == 0 && w.space > 0 {
					text.WriteByte(' ')
				}
				text.WriteString(p.text)
			} else {
				flush()
				run = op{kind: opText, x: x, y: baseline, s: p.text, st: p.st, url: p.url, target: -1, line: l.numbered}
				open, joined = true, false
			}
			x += l.width(p.text, p.st)
		}
	}
	flush()
}

// changeBarGap is the distance of a change bar from the text, in
// millimetres.
const changeBarGap = 5.0

// text is what a line says, its words joined by the spaces between them
// (none before a part of a word split across lines).
func (ln line) text() string {
	var b strings.Builder
	for i, w := range ln.words {
		if i > 0 && !w.glued {
			b.WriteByte(' ')
		}
		for _, p := range w.pieces {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// changedSize is the height, in millimetres, of the largest text that a
// redline marks in a line, or 0 when it marks none.
func changedSize(ln line) float64 {
	size := 0.0
	for _, w := range ln.words {
		for _, p := range w.pieces {
			if p.st.changed() {
				size = max(size, p.st.size*ptToMM)
			}
		}
	}
	return size
}

// rule draws a horizontal line across [x, x+w] at the current position.
func (l *layout) rule(x, w, thickness float64) {
	l.add(op{kind: opRule, x: x, y: l.y, w: w, h: thickness, target: -1})
}

// truncate shortens s with an ellipsis so that it fits width.
func (l *layout) truncate(s string, st style, width float64) string {
	if l.width(s, st) <= width {
		return s
	}
	full := s
	for len(s) > 0 {
		_, n := utf8.DecodeLastRuneInString(s)
		s = strings.TrimRight(s[:len(s)-n], " ")
		if l.width(s+"…", st) <= width {
			// Cut between words rather than within one, unless that
			// leaves less than half of what fits.
			if rest := full[len(s):]; rest != "" && rest[0] != ' ' {
				if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
					s = strings.TrimRight(s[:i], " ,;:—–-")
				}
			}
			return s + "…"
		}
	}
	return "…"
}

// runningTitle is how a running header prints a document's title within
// width: whole in the header's style if it fits, else in a smaller size
// down to minRunningSize, else the part after its last dash (the
// document's own name, as "API terms — Weather API" gives it), else cut
// between words.
func (l *layout) runningTitle(title string, st style, width float64) (string, style) {
	small := st
	for small.size = st.size; small.size >= minRunningSize; small.size -= 0.5 {
		if l.width(title, small) <= width {
			return title, small
		}
	}
	if i := strings.LastIndex(title, " — "); i > 0 {
		if name := strings.TrimSpace(title[i+len(" — "):]); name != "" {
			return l.runningTitle(name, st, width)
		}
	}
	return l.truncate(title, st, width), st
}

// minRunningSize is the smallest size, in points, a running header's
// title is printed in before it is shortened.
const minRunningSize = 7.0
