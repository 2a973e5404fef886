package pdf

import east "github.com/yuin/goldmark/extension/ast"

// table lays out a GFM table with ruled rows. Column widths follow the
// content: each column gets at least its longest word (up to half the
// width), and the rest is shared in proportion to how much text it holds,
// no column taking more than its widest cell needs (see columnWidths).
// A row never splits across pages; the header row is repeated on every
// page the table spans, and the last row never stands alone under it: the
// row before it goes to the next page too.
func (l *layout) table(n *east.Table, src []byte, x, width float64) {
	t := l.layTable(n, src, width)
	if t == nil {
		return
	}
	widths, laid, heights, headerRows := t.widths, t.laid, t.heights, t.headerRows
	drawRow := func(i int, rule float64) {
		cx := x
		for j, lines := range laid[i] {
			for k, ln := range lines {
				l.placeLine(ln, cx+cellPadX, l.y+cellPadY+float64(k)*tableLineH+tableLineH*0.74)
			}
			if j < len(widths) {
				cx += widths[j]
			}
		}
		l.y += heights[i]
		l.rule(x, width, rule)
	}
	header := func() {
		l.rule(x, width, 0.4)
		for i := 0; i < headerRows; i++ {
			drawRow(i, 0.3)
		}
	}
	l.ensure(t.opening())
	header()
	drawn := 0 // body rows on this page
	for i := headerRows; i < len(heights); i++ {
		if !l.fits(heights[i]) || drawn > 0 && !l.fits(t.keep(i)) {
			l.newPage()
			header()
			drawn = 0
		}
		drawn++
		thickness := 0.15
		if i == len(heights)-1 {
			thickness = 0.4
		}
		drawRow(i, thickness)
	}
}

// laidTable is a table broken into lines: its columns' widths, the lines
// of each cell, the height of each row, and how many rows head it.
type laidTable struct {
	widths     []float64
	laid       [][][]line
	heights    []float64
	headerRows int
}

// layTable breaks the cells of a table into lines within width; nil for
// a table without rows.
func (l *layout) layTable(n *east.Table, src []byte, width float64) *laidTable {
	var rows [][][]piece
	headerRows := 0
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		st := style{size: tableSize}
		if _, ok := r.(*east.TableHeader); ok {
			st.bold = true
			headerRows++
		}
		var cells [][]piece
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, inlines(c, src, st))
		}
		rows = append(rows, cells)
	}
	if len(rows) == 0 {
		return nil
	}
	return l.layCells(rows, headerRows, width)
}

// layCells lays out the cells of a table within width. A long address
// either keeps a column as wide as itself or breaks after a slash to
// leave room for the text beside it: whichever makes the table shorter,
// so that a purpose is not squeezed into a column of a few words per
// line beside a wide column of addresses.
func (l *layout) layCells(rows [][][]piece, headerRows int, width float64) *laidTable {
	best := l.layRows(rows, headerRows, l.columnWidths(rows, width, width/2))
	if narrow := l.layRows(rows, headerRows, l.columnWidths(rows, width, width/3)); narrow.height() < best.height()-tableLineH {
		best = narrow
	}
	return best
}

// height is the height of the whole table.
func (t *laidTable) height() float64 { return heightOf(t.heights, len(t.heights)) }

// layRows breaks the cells of rows into lines within the columns' widths.
func (l *layout) layRows(rows [][][]piece, headerRows int, widths []float64) *laidTable {
	t := &laidTable{widths: widths, laid: make([][][]line, len(rows)), heights: make([]float64, len(rows)), headerRows: headerRows}
	for i, cells := range rows {
		t.laid[i] = make([][]line, len(cells))
		for j, cell := range cells {
			if j >= len(t.widths) {
				break
			}
			t.laid[i][j] = l.breakLines(l.words(cell), t.widths[j]-2*cellPadX)
			if h := float64(len(t.laid[i][j]))*tableLineH + 2*cellPadY; h > t.heights[i] {
				t.heights[i] = h
			}
		}
	}
	return t
}

// keep is the height that must fit below the rows already drawn for row
// i to go on the same page: its own, and, for the row before the last,
// the last row's too, so that a page break never leaves the last row
// alone under the repeated header. The first row is kept with the header
// by opening instead.
func (t *laidTable) keep(i int) float64 {
	if n := len(t.heights); i == n-2 && i > t.headerRows {
		return t.heights[i] + t.heights[n-1]
	}
	return t.heights[i]
}

// opening is the height of a table's header and first row, which a page
// never separates; of its two rows, where it has no more, so that the
// second does not stand alone on the next page.
func (t *laidTable) opening() float64 {
	if len(t.heights)-t.headerRows == 2 {
		return heightOf(t.heights, len(t.heights))
	}
	return heightOf(t.heights, t.headerRows+1)
}

func heightOf(hs []float64, n int) float64 {
	total := 0.0
	for i := 0; i < n && i < len(hs); i++ {
		total += hs[i]
	}
	return total
}

// columnWidths shares width between columns. Each column gets at least
// its longest word (no more than wordCap: a longer one, an address, is
// split where it may break), then the spare width goes to the columns in
// proportion to their text, but never beyond what a column's longest
// cell needs on one line: a column of addresses, each one unbreakable
// word, keeps its width to the longest address and leaves the rest to
// the columns whose text wraps.
func (l *layout) columnWidths(rows [][][]piece, width, wordCap float64) []float64 {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	minW := make([]float64, cols)
	maxW := make([]float64, cols)
	text := make([]float64, cols)
	for _, r := range rows {
		for j, cell := range r {
			line := 2 * cellPadX
			for _, w := range l.words(cell) {
				minW[j] = max(minW[j], min(w.w+2*cellPadX, wordCap))
				text[j] += w.w + w.space
				line += w.w + w.space
			}
			maxW[j] = max(maxW[j], line)
		}
	}
	out := make([]float64, cols)
	spare := width
	for j := range out {
		out[j] = max(minW[j], 12)
		maxW[j] = max(maxW[j], out[j])
		spare -= out[j]
	}
	if spare < 0 {
		for j := range out {
			out[j] *= width / (width - spare)
		}
		return out
	}
	return shareSpare(out, maxW, text, spare)
}

// shareSpare adds spare width to the columns in proportion to their
// text, capping each at its widest line and sharing again what the
// capped columns leave; what no column can use goes to all of them
// alike, so that the table keeps its full width.
func shareSpare(out, maxW, text []float64, spare float64) []float64 {
	open := make([]bool, len(out))
	for j := range open {
		open[j] = out[j] < maxW[j] && text[j] > 0
	}
	for spare > 0.01 {
		total := 0.0
		for j, ok := range open {
			if ok {
				total += text[j]
			}
		}
		if total == 0 {
			break
		}
		left := 0.0
		for j, ok := range open {
			if !ok {
				continue
			}
			out[j] += spare * text[j] / total
			if out[j] >= maxW[j] {
				left += out[j] - maxW[j]
				out[j], open[j] = maxW[j], false
			}
		}
		spare = left
	}
	if spare > 0.01 {
		for j := range out {
			out[j] += spare / float64(len(out))
		}
	}
	return out
}
