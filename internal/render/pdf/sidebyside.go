package pdf

import (
	"bytes"
	"fmt"
	"strconv"

	"apitos/internal/document"
	"apitos/internal/mdtext"

	"github.com/yuin/goldmark/ast"
)

// A document in two languages is set on A4 pages in two columns, the
// first language on the left. Each clause's two versions start side by
// side, heading beside heading, and the text beside its translation
// paragraph by paragraph (and list item by list item) where the two have
// the same blocks. What does not fit on a page continues in both columns
// of the next, and the next clause starts below the longer of the two: a
// reader always finds the two versions of a clause together.

// Side-by-side page geometry, in millimetres: narrower margins than a
// document in one language, so that each column keeps about fifty
// characters a line.
const (
	sbsMargin = 18.0
	sbsGutter = 8.0
	sbsColW   = (pageW - 2*sbsMargin - sbsGutter) / 2
	sbsRight  = pageW - sbsMargin
)

// colX is the left edge of column i.
func colX(i int) float64 { return sbsMargin + float64(i)*(sbsColW+sbsGutter) }

// RenderSideBySide returns the PDF of a document in two languages side by
// side.
func RenderSideBySide(bi *document.Bilingual) ([]byte, error) {
	pdf := base()
	a, b := bi.Docs[0], bi.Docs[1]
	meta := *a
	meta.Meta.Title = a.Meta.Title + " / " + b.Meta.Title
	meta.Meta.Subject = a.Meta.Subject + " / " + b.Meta.Subject
	meta.Meta.Keywords = a.Meta.Keywords + ", " + b.Meta.Keywords
	setMetadata(pdf, &meta)

	l := newLayout(pdf)
	s := &sbsWriter{bi: bi, l: l}
	s.titlePage()
	s.contentsPages()
	s.body()
	printFingerprint(l, a, sbsMargin, sbsRight-sbsMargin)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdf layout: %w", err)
	}
	s.fillContents()
	s.runningHeaders()
	if a.Meta.Draft {
		mark := op{kind: opWatermark, s: document.WordsFor(a.Lang).Draft + " / " + document.WordsFor(b.Lang).Draft, target: -1}
		for _, p := range l.pages {
			p.ops = append([]op{mark}, p.ops...)
		}
	}
	emit(pdf, l.pages)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}

type sbsWriter struct {
	bi        *document.Bilingual
	l         *layout
	anchors   []anchor   // where each row starts, by row index
	toc       []tocEntry // clause: the row's index
	tocLineH  float64
	bodyStart int // index of the first page of the text
}

// side lays out each column in turn from the same position, and goes on
// below the longer of the two.
func (s *sbsWriter) side(lay func(i int)) {
	l := s.l
	start := l.at()
	end := start
	for i := range 2 {
		l.moveTo(start)
		lay(i)
		end = later(end, l.at())
	}
	l.moveTo(end)
}

func (s *sbsWriter) titlePage() {
	l := s.l
	l.newPage()
	if s.bi.Docs[0].Meta.Draft {
		s.draftCover()
	}
	l.y = 70
	l.add(op{kind: opBookmark, s: mdtext.Plain(s.bi.Docs[0].Title), y: l.y, target: -1})
	s.side(func(i int) {
		d := s.bi.Docs[i]
		title := []byte(d.Title)
		l.paragraph(inlines(mdtext.Parse(title), title, style{size: 18, bold: true}),
			para{x: colX(i), width: sbsColW, lineH: 8.4, align: alignCenter})
		l.y += 8
		src := []byte(d.Front)
		root := mdtext.Parse(src)
		for n := root.FirstChild(); n != nil; n = n.NextSibling() {
			l.paragraph(inlines(n, src, style{size: 11}), para{x: colX(i), width: sbsColW, lineH: 6, align: alignCenter})
			l.y += 2.5
		}
	})
	l.y += 10
	s.side(func(i int) {
		note := []byte(mdtext.Escape(s.bi.Note(i)))
		l.paragraph(inlines(mdtext.Parse(note), note, style{size: 9.5, italic: true}),
			para{x: colX(i), width: sbsColW, lineH: 4.8, align: alignCenter})
	})
}

// draftCover marks the title page of a draft, in both languages.
func (s *sbsWriter) draftCover() {
	l := s.l
	l.y = 36
	s.side(func(i int) {
		words := document.WordsFor(s.bi.Docs[i].Lang)
		l.paragraph([]piece{{text: words.Draft, st: style{size: 16, bold: true, draft: true}}},
			para{x: colX(i), width: sbsColW, lineH: 8, align: alignCenter})
		l.y += 2
		src := []byte(mdtext.Escape(words.DraftNotice))
		l.paragraph(inlines(mdtext.Parse(src), src, style{size: 9, draft: true}),
			para{x: colX(i) + 4, width: sbsColW - 8, lineH: 4.5, align: alignCenter})
	})
}

// contentsPages reserves the contents, one row per article, annex and
// section, both languages' headings side by side; page numbers are
// filled in once the text is laid out.
func (s *sbsWriter) contentsPages() {
	l := s.l
	l.running = true
	l.newPage()
	langs := s.bi.Langs()
	l.add(op{kind: opBookmark, s: document.WordsFor(langs[0]).Contents, y: l.y, target: -1})
	s.side(func(i int) {
		l.paragraph([]piece{{text: document.WordsFor(langs[i]).Contents, st: style{size: 14, bold: true}}},
			para{x: colX(i), width: sbsColW, lineH: 8})
	})
	l.y += 4
	index := map[string]int{}
	for i, r := range s.bi.Rows {
		index[r.ID()] = i
	}
	entries := s.bi.Contents()
	clauses := make([]document.Clause, len(entries))
	for i, r := range entries {
		clauses[i] = *r.Clause()
	}
	plan := planContents(clauses, l.y, l.bottom)
	s.tocLineH = plan.lineH
	next := 0
	for i, c := range clauses {
		if next < len(plan.breaks) && plan.breaks[next] == i {
			l.newPage()
			next++
		} else if c.Depth == 1 && i > 0 {
			l.y += plan.gap
		}
		s.toc = append(s.toc, tocEntry{clause: index[c.ID], page: l.cur, y: l.y})
		l.y += plan.lineH
	}
}

// body lays out every row: the two headings, then the two texts.
func (s *sbsWriter) body() {
	l := s.l
	l.newPage()
	s.bodyStart = l.cur
	s.anchors = make([]anchor, len(s.bi.Rows))
	for ri, r := range s.bi.Rows {
		var srcs [2][]byte
		var roots [2]ast.Node
		for i, c := range r {
			if c != nil {
				srcs[i] = []byte(c.Body)
				roots[i] = mdtext.Parse(srcs[i])
			}
		}
		s.heading(ri, r, roots, srcs)
		s.texts(roots, srcs)
	}
}

// heading sets a row's two headings side by side, kept with at least two
// lines of the text under each.
func (s *sbsWriter) heading(ri int, r document.Row, roots [2]ast.Node, srcs [2][]byte) {
	l := s.l
	depth := r.Clause().Depth
	hs := headingStyles[min(depth, len(headingStyles))-1]
	st := style{size: hs.size, bold: true}
	var pieces [2][]piece
	height, keep := 0.0, 2*bodyLineH
	for i, c := range r {
		if c == nil {
			continue
		}
		src := []byte(c.Heading(s.bi.Docs[i].Lang))
		pieces[i] = inlines(mdtext.Parse(src), src, st)
		lines := l.breakLines(l.words(pieces[i]), sbsColW)
		height = max(height, hs.before+float64(len(lines))*hs.lineH+hs.after)
		if first := roots[i].FirstChild(); first != nil {
			keep = max(keep, l.opening(first, srcs[i], sbsColW))
		}
	}
	if !l.fits(height+keep) || (depth == 1 && !l.fits(height+max(keep, 4*bodyLineH))) {
		l.newPage()
	} else if l.y > marginTop {
		l.y += hs.before
	}
	s.anchors[ri] = anchor{page: l.cur, y: l.y}
	l.add(op{kind: opAnchor, y: l.y, target: ri})
	c := r.Clause()
	lang := s.bi.Docs[0].Lang
	if r[0] == nil {
		lang = s.bi.Docs[1].Lang
	}
	l.add(op{kind: opBookmark, s: mdtext.Plain(c.Heading(lang)), level: depth - 1, y: l.y, target: -1})
	s.side(func(i int) {
		if pieces[i] != nil {
			l.paragraph(pieces[i], para{x: colX(i), width: sbsColW, lineH: hs.lineH})
			l.y += hs.after
		}
	})
}

// texts lays out a row's two texts: block beside block when they have as
// many, and item beside item in lists of as many items; otherwise the
// two texts side by side as wholes.
func (s *sbsWriter) texts(roots [2]ast.Node, srcs [2][]byte) {
	l := s.l
	blocks := [2][]ast.Node{children(roots[0]), children(roots[1])}
	if len(blocks[0]) != len(blocks[1]) {
		s.side(func(i int) {
			if roots[i] != nil {
				l.blocks(roots[i], srcs[i], colX(i), sbsColW)
			}
		})
		return
	}
	for k := range blocks[0] {
		l.ensure(2 * bodyLineH)
		lists := [2]*ast.List{}
		for i := range blocks {
			lists[i], _ = blocks[i][k].(*ast.List)
		}
		if corresponding(lists) {
			s.listPair(lists, srcs)
			continue
		}
		s.side(func(i int) { l.block(blocks[i][k], srcs[i], colX(i), sbsColW) })
	}
}

// corresponding reports whether the items of two lists are known to
// translate each other, so that each can face its translation: numbered
// lists of as many items, or lists whose items show the same pictograms
// in the same order (a summary of commitments). The items of other lists
// may come in another order in each language (definitions follow the
// alphabet of theirs): such lists face each other as wholes.
func corresponding(lists [2]*ast.List) bool {
	if lists[0] == nil || lists[1] == nil || lists[0].ChildCount() != lists[1].ChildCount() {
		return false
	}
	if lists[0].IsOrdered() && lists[1].IsOrdered() {
		return true
	}
	pictos := 0
	for a, b := lists[0].FirstChild(), lists[1].FirstChild(); a != nil; a, b = a.NextSibling(), b.NextSibling() {
		pa, _ := leadingPicto(a)
		pb, _ := leadingPicto(b)
		if pa != pb {
			return false
		}
		if pa != "" {
			pictos++
		}
	}
	return pictos > 0
}

// listPair lays out two lists of as many items, item beside item.
func (s *sbsWriter) listPair(lists [2]*ast.List, srcs [2][]byte) {
	l := s.l
	items := [2]ast.Node{lists[0].FirstChild(), lists[1].FirstChild()}
	nums := [2]int{listStart(lists[0]), listStart(lists[1])}
	for items[0] != nil {
		l.ensure(2 * bodyLineH)
		s.side(func(i int) { l.listItem(lists[i], items[i], nums[i], srcs[i], colX(i), sbsColW) })
		for i := range items {
			items[i] = items[i].NextSibling()
			nums[i]++
		}
	}
	s.side(func(i int) { l.listEnd(lists[i]) })
}

// children lists the blocks under n (none when n is nil).
func children(n ast.Node) []ast.Node {
	if n == nil {
		return nil
	}
	var out []ast.Node
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, c)
	}
	return out
}

// fillContents writes the contents' rows: each language's heading in its
// column, and the page number on the right.
func (s *sbsWriter) fillContents() {
	l := s.l
	langs := s.bi.Langs()
	for _, e := range s.toc {
		r := s.bi.Rows[e.clause]
		p := l.pages[e.page]
		st := style{size: 9}
		depth := r.Clause().Depth
		indent := (tocIndent - 2) * float64(max(depth, 1)-1)
		if depth == 1 {
			st.bold = true
		}
		number := strconv.Itoa(s.anchors[e.clause].page + 1)
		nw := l.width(number, st)
		baseline := e.y + s.tocLineH*0.74
		for i, c := range r {
			if c == nil {
				continue
			}
			room := sbsColW - indent - 2
			if i == 1 {
				room -= tocNumberW - sbsGutter + 2
			}
			text := l.truncate(mdtext.Plain(c.Heading(langs[i])), st, room)
			p.ops = append(p.ops, op{kind: opText, x: colX(i) + indent, y: baseline, s: text, st: st, target: -1})
		}
		p.ops = append(p.ops,
			op{kind: opText, x: sbsRight - nw, y: baseline, s: number, st: st, target: -1},
			op{kind: opLink, x: sbsMargin, y: e.y, w: sbsRight - sbsMargin, h: s.tocLineH, target: e.clause})
	}
}

// runningHeaders adds to every page after the title page the two titles,
// each over its column, and the page number and version at the foot;
// pages of text get a rule between the columns.
func (s *sbsWriter) runningHeaders() {
	l := s.l
	st := style{size: 8, gray: true}
	var marks []op
	for i, d := range s.bi.Docs {
		x := colX(i)
		if d.Meta.Draft {
			mark := document.WordsFor(d.Lang).Draft
			marks = append(marks, op{kind: opText, x: x, y: headerBaseline, s: mark, st: draftStyle, target: -1})
			x += l.width(mark, draftStyle) + 2*l.width(" ", st)
		}
		title, tst := l.runningTitle(d.Meta.Title, st, colX(i)+sbsColW-x)
		marks = append(marks, op{kind: opText, x: x, y: headerBaseline, s: title, st: tst, target: -1})
	}
	marks = append(marks, op{kind: opRule, x: sbsMargin, y: headerRule, w: sbsRight - sbsMargin, h: 0.2, target: -1})
	version := ""
	if v := s.bi.Docs[0].Meta.Version; v != "" {
		version = "Version " + v
	}
	for i, p := range l.pages {
		if !p.running {
			continue
		}
		footer := fmt.Sprintf("Page %d / %d", i+1, len(l.pages))
		p.ops = append(p.ops, marks...)
		p.ops = append(p.ops,
			op{kind: opText, x: (pageW - l.width(footer, st)) / 2, y: footerBaseline, s: footer, st: st, target: -1},
			op{kind: opText, x: sbsRight - l.width(version, st), y: footerBaseline, s: version, st: st, target: -1})
		if i >= s.bodyStart {
			p.ops = append(p.ops, op{kind: opColumnRule, x: sbsMargin + sbsColW + sbsGutter/2, y: marginTop - 3, h: l.bottom - marginTop + 3, target: -1})
		}
	}
}
