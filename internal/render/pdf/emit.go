package pdf

import (
	"apitos/assets/picto"

	"codeberg.org/go-pdf/fpdf"
)

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
	var watermark fpdf.Template // made on first use, then placed on every page
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
				pdf.Text(o.x, o.y, printable(o.s))
				if o.st.changed() {
					markChange(pdf, o)
				}
			case opBar:
				pdf.SetFillColor(0x33, 0x33, 0x33)
				pdf.Rect(o.x, o.y, 0.7, o.h, "F")
			case opRule:
				pdf.SetLineWidth(o.h)
				pdf.SetDrawColor(0x55, 0x55, 0x55)
				pdf.Line(o.x, o.y, o.x+o.w, o.y)
			case opColumnRule:
				pdf.SetLineWidth(0.2)
				pdf.SetDrawColor(0xaa, 0xaa, 0xaa)
				pdf.Line(o.x, o.y, o.x, o.y+o.h)
			case opLink:
				if o.target >= 0 {
					pdf.Link(o.x, o.y, o.w, o.h, links[o.target])
				} else {
					pdf.LinkString(o.x, o.y, o.w, o.h, o.url)
				}
			case opNoteBar:
				pdf.SetLineWidth(o.w)
				pdf.SetDrawColor(0x7f, 0xa6, 0xb0)
				pdf.Line(o.x, o.y, o.x, o.y+o.h)
			case opPicto:
				drawPicto(pdf, o.s, o.x, o.y, o.w)
			case opWatermark:
				if watermark == nil {
					watermark = watermarkForm(pdf, o.s)
				}
				pdf.UseTemplate(watermark)
			case opBookmark:
				// Outline titles are encoded as UTF-16 only while a
				// UTF-8 font is current.
				setFont(body)
				pdf.Bookmark(printable(o.s), o.level, o.y)
			}
		}
	}
}

// markChange strikes deleted text through and underlines inserted text,
// in the text's colour.
func markChange(pdf *fpdf.Fpdf, o op) {
	size := o.st.size * ptToMM
	r, g, b := o.st.color()
	pdf.SetDrawColor(r, g, b)
	pdf.SetLineWidth(size * 0.06)
	y := o.y + size*0.12 // under the baseline
	if o.st.struck {
		y = o.y - size*0.27 // through the middle of lower-case letters
	}
	pdf.Line(o.x, y, o.x+o.w, y)
}

// drawPicto draws a pictogram as vector shapes in a square of side size
// millimetres whose top-left corner is (x, y).
func drawPicto(pdf *fpdf.Fpdf, name string, x, y, size float64) {
	p, ok := picto.Get(name)
	if !ok {
		return
	}
	k := size / 100
	pdf.SetDrawColor(0x1a, 0x1a, 0x1a)
	pdf.SetFillColor(0x1a, 0x1a, 0x1a)
	pdf.SetLineCapStyle("round")
	pdf.SetLineJoinStyle("round")
	for _, s := range p.Shapes {
		pdf.SetLineWidth(s.Width * k)
		style := "D"
		if s.Fill {
			style = "FD"
		}
		if s.Circle {
			pdf.Circle(x+s.Points[0]*k, y+s.Points[1]*k, s.Points[2]*k, style)
			continue
		}
		var pts []fpdf.PointType
		for i := 0; i+1 < len(s.Points); i += 2 {
			pts = append(pts, fpdf.PointType{X: x + s.Points[i]*k, Y: y + s.Points[i+1]*k})
		}
		if s.Closed {
			pdf.Polygon(pts, style)
			continue
		}
		for i := 1; i < len(pts); i++ {
			pdf.Line(pts[i-1].X, pts[i-1].Y, pts[i].X, pts[i].Y)
		}
	}
}
