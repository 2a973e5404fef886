package pdf

import "apitos/internal/document"

// Table of contents settings, in millimetres: the line height and the
// space before an article, at most and at least; the indent of sections
// and the room kept for page numbers.
const (
	tocLineH    = 5.4
	tocGap      = 1.2
	tocMinLineH = 4.6
	tocIndent   = 8.0
	tocNumberW  = 12.0
)

// contentsPlan is how the entries of the contents are set: their line
// height, the space before each article, and the entries that start a
// new page.
type contentsPlan struct {
	lineH, gap float64
	breaks     []int // indices of the entries that open a page, in order
}

// planContents sets the contents, which start at top on their first page,
// so that its last page never holds only its last few entries: when it
// would hold less than a quarter of a page, the lines are drawn closer
// together (down to tocMinLineH) if the contents then fit on a page
// fewer; otherwise whole articles move to the last page until it holds a
// quarter of one. An article's entry is never the last of a page: it
// stays with its first two sections.
func planContents(entries []document.Clause, top, bottom float64) contentsPlan {
	return planContentsLines(entries, nil, top, bottom)
}

// planContentsLines is planContents for entries that take lines[i] lines
// each, a long heading wrapping onto a second line rather than being cut
// (nil: one line each).
func planContentsLines(entries []document.Clause, lines []int, top, bottom float64) contentsPlan {
	plan := contentsPlan{lineH: tocLineH, gap: tocGap}
	plan.breaks = paginateContents(entries, lines, top, bottom, plan.lineH, plan.gap)
	page := bottom - marginTop
	if len(plan.breaks) == 0 || contentsHeight(entries[plan.breaks[len(plan.breaks)-1]:], linesFrom(lines, plan.breaks[len(plan.breaks)-1]), plan.lineH, plan.gap) >= page/4 {
		return plan
	}
	// Closer lines, a tenth of a millimetre at a time.
	for tenths := int(tocLineH*10) - 1; tenths >= int(tocMinLineH*10); tenths-- {
		lineH := float64(tenths) / 10
		gap := tocGap * lineH / tocLineH
		if breaks := paginateContents(entries, lines, top, bottom, lineH, gap); len(breaks) < len(plan.breaks) {
			return contentsPlan{lineH: lineH, gap: gap, breaks: breaks}
		}
	}
	// Whole articles to the last page: move its first entry back to the
	// article closest to it that gives the page a quarter of its height,
	// or to the earliest one that keeps the page before from emptying.
	last := len(plan.breaks) - 1
	prev := 0 // the first entry of the page before the last
	if last > 0 {
		prev = plan.breaks[last-1]
	}
	for j := plan.breaks[last] - 1; j > prev+1; j-- {
		if entries[j].Depth != 1 {
			continue
		}
		h := contentsHeight(entries[j:], linesFrom(lines, j), plan.lineH, plan.gap)
		if h > page {
			break
		}
		plan.breaks[last] = j
		if h >= page/4 {
			break
		}
	}
	return plan
}

// paginateContents returns the entries that open a page when entries are
// set from top with the given line height and space before articles.
func paginateContents(entries []document.Clause, lines []int, top, bottom, lineH, gap float64) []int {
	var breaks []int
	y := top
	for i, c := range entries {
		h := float64(lineCount(lines, i)) * lineH
		need := h
		before := 0.0
		if c.Depth == 1 {
			for k := i + 1; k <= i+min(2, sections(entries, i)); k++ {
				need += float64(lineCount(lines, k)) * lineH
			}
			if i > 0 {
				before = gap
			}
		}
		if y+before+need > bottom {
			breaks = append(breaks, i)
			y, before = marginTop, 0
		}
		y += before + h
	}
	return breaks
}

// lineCount is the number of lines of entry i: lines[i], or one.
func lineCount(lines []int, i int) int {
	if i < len(lines) && lines[i] > 1 {
		return lines[i]
	}
	return 1
}

// linesFrom is lines from entry i on (nil stays nil).
func linesFrom(lines []int, i int) []int {
	if i >= len(lines) {
		return nil
	}
	return lines[i:]
}

// sections counts the entries under the article at entries[i].
func sections(entries []document.Clause, i int) int {
	n := 0
	for _, c := range entries[i+1:] {
		if c.Depth == 1 {
			break
		}
		n++
	}
	return n
}

// contentsHeight is the height of entries set at the top of a page,
// entry i taking lines[i] lines (nil: one line each).
func contentsHeight(entries []document.Clause, lines []int, lineH, gap float64) float64 {
	h := 0.0
	for i, c := range entries {
		if c.Depth == 1 && i > 0 {
			h += gap
		}
		h += float64(lineCount(lines, i)) * lineH
	}
	return h
}
