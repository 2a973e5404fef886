package pdf

import (
	"math"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/dejavu/dejavuserifbold"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"apitos/internal/document"
	"apitos/internal/mdtext"
)

// A draft (a document written while answers may be missing) says so on
// its cover, in the running header of every page, in its metadata, and
// across every page as a light diagonal watermark.
//
// The watermark is drawn as the outlines of its letters, not as text: a
// text extractor, a screen reader or a copy and paste therefore meets the
// document's text alone, in its order, and the mark in the header says
// "draft" in words. It is drawn once, as a form that every page places
// under its text, so that it costs a few hundred bytes a page.

// draftStyle is the mark of a draft in the header and on the cover.
var draftStyle = style{size: 8, bold: true, draft: true}

// Watermark settings: its length along the diagonal and the most its
// capitals may measure (mm), and its grey.
const (
	watermarkLength = 190.0
	watermarkMaxCap = 42.0
	watermarkGray   = 0xe6
)

var watermarkAngle = math.Atan2(pageH, pageW) * 180 / math.Pi

// draftCover marks the title page of a draft above the title, and says
// what a draft is.
func (w *writer) draftCover() {
	l := w.l
	words := document.WordsFor(w.d.Lang)
	mark := style{size: 16, bold: true, draft: true}
	l.y = 42
	l.paragraph([]piece{{text: words.Draft, st: mark}}, para{x: marginLeft, width: contentW, lineH: 8, align: alignCenter})
	l.y += 2
	src := []byte(mdtext.Escape(w.d.Meta.Notice(w.d.Lang)))
	l.paragraph(inlines(mdtext.Parse(src), src, style{size: bodySize, draft: true}),
		para{x: marginLeft + 15, width: contentW - 30, lineH: bodyLineH, align: alignCenter})
}

// watermarks puts the diagonal mark under the text of every page.
func (w *writer) watermarks() {
	mark := op{kind: opWatermark, s: document.WordsFor(w.d.Lang).Draft, target: -1}
	for _, p := range w.l.pages {
		p.ops = append([]op{mark}, p.ops...)
	}
}

// watermarkFont is the face whose outlines draw the watermark.
var watermarkFont = sync.OnceValues(func() (*sfnt.Font, error) { return sfnt.Parse(dejavuserifbold.TTF) })

// watermarkForm draws text in capitals across the page's diagonal, centred,
// as a form (template) to place on every page.
func watermarkForm(pdf *fpdf.Fpdf, text string) fpdf.Template {
	return pdf.CreateTemplate(func(t *fpdf.Tpl) {
		f, err := watermarkFont()
		if err != nil {
			return
		}
		var buf sfnt.Buffer
		// Outlines in units of 1/64 of 1/1000 em, scaled afterwards.
		const ppem = 1000
		type glyph struct {
			segs sfnt.Segments
			x    fixed.Int26_6
		}
		var glyphs []glyph
		var x fixed.Int26_6
		prev := sfnt.GlyphIndex(0)
		for _, r := range text {
			i, err := f.GlyphIndex(&buf, r)
			if err != nil || i == 0 {
				continue
			}
			if prev != 0 {
				if k, err := f.Kern(&buf, prev, i, fixed.I(ppem), font.HintingNone); err == nil {
					x += k
				}
			}
			segs, err := f.LoadGlyph(&buf, i, fixed.I(ppem), nil)
			if err != nil {
				continue
			}
			glyphs = append(glyphs, glyph{append(sfnt.Segments(nil), segs...), x})
			adv, _ := f.GlyphAdvance(&buf, i, fixed.I(ppem), font.HintingNone)
			x += adv
			prev = i
		}
		if x == 0 {
			return
		}
		// As long as watermarkLength, unless the capitals (0.729 em in
		// DejaVu Serif) would then be taller than watermarkMaxCap.
		scale := min(watermarkLength/float64(x), watermarkMaxCap/0.729/ppem/64)
		capH := 0.729 * ppem * 64 * scale
		// Centre the line on the page's centre, then turn it about that
		// point to lie along the diagonal, rising to the right.
		x0, y0 := (pageW-float64(x)*scale)/2, (pageH+capH)/2
		t.SetFillColor(watermarkGray, watermarkGray, watermarkGray)
		t.TransformBegin()
		t.TransformRotate(watermarkAngle, pageW/2, pageH/2)
		for _, g := range glyphs {
			at := func(p fixed.Point26_6) (float64, float64) {
				return x0 + float64(g.x+p.X)*scale, y0 + float64(p.Y)*scale
			}
			open := false
			for _, s := range g.segs {
				switch s.Op {
				case sfnt.SegmentOpMoveTo:
					if open {
						t.ClosePath()
					}
					t.MoveTo(at(s.Args[0]))
					open = true
				case sfnt.SegmentOpLineTo:
					t.LineTo(at(s.Args[0]))
				case sfnt.SegmentOpQuadTo:
					cx, cy := at(s.Args[0])
					px, py := at(s.Args[1])
					t.CurveTo(cx, cy, px, py)
				case sfnt.SegmentOpCubeTo:
					c0x, c0y := at(s.Args[0])
					c1x, c1y := at(s.Args[1])
					px, py := at(s.Args[2])
					t.CurveBezierCubicTo(c0x, c0y, c1x, c1y, px, py)
				}
			}
			if open {
				t.ClosePath()
			}
		}
		// One fill for every letter: glyph outlines follow the non-zero
		// winding rule, which keeps the counters of A and R open.
		t.DrawPath("F")
		t.TransformEnd()
	})
}
