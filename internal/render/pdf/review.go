package pdf

import (
	"math"
	"slices"
	"strconv"

	"apitos/internal/mdtext"
)

// A document for review sets each clause's commentary under the clause,
// smaller, in a colour of its own and indented behind a bar in the
// margin, so that it never reads as the clause's text; and it numbers
// the lines of the document's text in the left margin, from 1 on each
// page, as pleadings are, so that a reviewer can point at one.

// Commentary settings, in points and millimetres.
const (
	noteSize   = 8.8
	noteLineH  = 4.3
	noteIndent = 6.0
	noteBarX   = marginLeft + 2.0
	noteBarW   = 0.8
)

var (
	noteStyle   = style{size: noteSize, note: true}
	numberStyle = style{size: 6.5, gray: true}
)

// commentary lays out a clause's commentary (Markdown blocks).
func (w *writer) commentary(md string) {
	l := w.l
	src := []byte(md)
	root := mdtext.Parse(src)
	l.y += 1
	l.ensure(3 * noteLineH)
	first := len(l.pages) - 1
	firstOp := len(l.pages[first].ops)
	base, lineH, numbered := l.base, l.lineH, l.numbered
	l.base, l.lineH, l.numbered = noteStyle, noteLineH, false
	l.blocks(root, src, marginLeft+noteIndent, contentW-noteIndent)
	l.base, l.lineH, l.numbered = base, lineH, numbered
	// The bar runs beside the commentary's lines on each of its pages.
	for i := first; i < len(l.pages); i++ {
		p := l.pages[i]
		from := 0
		if i == first {
			from = firstOp
		}
		top, bottom := math.Inf(1), math.Inf(-1)
		for _, o := range p.ops[from:] {
			if o.kind == opText {
				top = min(top, o.y-o.st.size*ptToMM*0.8)
				bottom = max(bottom, o.y+o.st.size*ptToMM*0.25)
			}
		}
		if top < bottom {
			p.ops = append(p.ops, op{kind: opNoteBar, x: noteBarX, y: top, w: noteBarW, h: bottom - top, target: -1})
		}
	}
	l.y += paraSpace
}

// lineNumbers numbers the lines of the document's text on every page.
func (w *writer) lineNumbers() {
	l := w.l
	for _, p := range l.pages {
		var ys []float64
		for _, o := range p.ops {
			if o.kind == opText && o.line {
				ys = append(ys, o.y)
			}
		}
		slices.Sort(ys)
		n, last := 0, math.Inf(-1)
		for _, y := range ys {
			if y-last < 0.5 {
				continue // another run, or a cell, of the same line
			}
			last = y
			n++
			s := strconv.Itoa(n)
			p.ops = append(p.ops, op{kind: opText, x: marginLeft - 5 - l.width(s, numberStyle), y: y, s: s, st: numberStyle, target: -1})
		}
	}
}
