package pdf

import "codeberg.org/go-pdf/fpdf"

// emit replays the laid-out pages onto the PDF.
func emit(pdf *fpdf.Fpdf, pages []*page) {
	links := map[int]int{}
	for i, p := range pages {
		for _, o := range p.ops {
			if o.kind == opAnchor {
				id := pdf.AddLink()
				pdf.SetLink(id, o.y, i+1)
				links[o.target] = id
			}
		}
	}
	for _, p := range pages {
		pdf.AddPage()
		var cur style
		fontSet, color := false, [3]int{-1, -1, -1}
		setFont := func(st style) {
			if fontSet && st == cur {
				return
			}
			family, variant := st.font()
			pdf.SetFont(family, variant, st.size)
			if r, g, b := st.color(); color != [3]int{r, g, b} {
				pdf.SetTextColor(r, g, b)
				color = [3]int{r, g, b}
			}
			cur, fontSet = st, true
		}
		for _, o := range p.ops {
			switch o.kind {
			case opText:
				setFont(o.st)
				pdf.Text(o.x, o.y, o.s)
			case opRule:
				pdf.SetLineWidth(o.h)
				pdf.SetDrawColor(0x55, 0x55, 0x55)
				pdf.Line(o.x, o.y, o.x+o.w, o.y)
			case opLink:
				if o.target >= 0 {
					pdf.Link(o.x, o.y, o.w, o.h, links[o.target])
				} else {
					pdf.LinkString(o.x, o.y, o.w, o.h, o.url)
				}
			case opBookmark:
				// Outline titles are encoded as UTF-16 only while a
				// UTF-8 font is current.
				setFont(body)
				pdf.Bookmark(o.s, o.level, o.y)
			}
		}
	}
}
