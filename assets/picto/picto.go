// Package picto holds the pictograms of the document options, drawn as
// vector shapes in a 100 × 100 box, so that the wizard, the PDF summary
// and the SVG files written next to the Markdown show the same drawing.
package picto

import (
	"fmt"
	"math"
	"strings"
)

// Shape is a circle (Points = cx, cy, r) or a polyline (Points = x1, y1,
// x2, y2…), closed when Closed is set, filled when Fill is set.
type Shape struct {
	Circle bool
	Points []float64
	Closed bool
	Fill   bool
	Width  float64 // stroke width, in box units
}

// Picto is one pictogram: a ring and the shapes inside it.
type Picto struct {
	Name   string
	Shapes []Shape
}

const stroke = 5.5

func line(pts ...float64) Shape    { return Shape{Points: pts, Width: stroke} }
func polygon(pts ...float64) Shape { return Shape{Points: pts, Closed: true, Width: stroke} }
func filled(pts ...float64) Shape  { return Shape{Points: pts, Closed: true, Fill: true, Width: 1} }
func circle(cx, cy, r float64, fill bool) Shape {
	return Shape{Circle: true, Points: []float64{cx, cy, r}, Fill: fill, Width: stroke}
}

// arc approximates a circular arc from degree a0 to a1 (clockwise on the
// page, 0° pointing right) by a polyline.
func arc(cx, cy, r, a0, a1 float64) []float64 {
	var pts []float64
	steps := int(math.Ceil(math.Abs(a1-a0) / 10))
	for i := 0; i <= steps; i++ {
		a := (a0 + (a1-a0)*float64(i)/float64(steps)) * math.Pi / 180
		pts = append(pts, round(cx+r*math.Cos(a)), round(cy+r*math.Sin(a)))
	}
	return pts
}

func ellipse(cx, cy, rx, ry float64) []float64 {
	var pts []float64
	for i := 0; i < 36; i++ {
		a := float64(i) * 10 * math.Pi / 180
		pts = append(pts, round(cx+rx*math.Cos(a)), round(cy+ry*math.Sin(a)))
	}
	return pts
}

func round(x float64) float64 { return math.Round(x*100) / 100 }

// arrowHead is a filled triangle pointing from (x0, y0) towards (x, y).
func arrowHead(x0, y0, x, y, size float64) Shape {
	dx, dy := x-x0, y-y0
	n := math.Hypot(dx, dy)
	ux, uy := dx/n, dy/n
	bx, by := x-ux*size, y-uy*size
	return filled(round(x), round(y), round(bx-uy*size*0.6), round(by+ux*size*0.6), round(bx+uy*size*0.6), round(by-ux*size*0.6))
}

func document() []Shape {
	return []Shape{polygon(32, 24, 58, 24, 68, 34, 68, 76, 32, 76), line(58, 24, 58, 34, 68, 34)}
}

func cylinder(cx float64) []Shape {
	return []Shape{
		{Points: ellipse(cx, 32, 16, 6), Closed: true, Width: 4.5},
		line(cx-16, 32, cx-16, 66), line(cx+16, 32, cx+16, 66),
		{Points: arcDown(cx, 66, 16), Width: 4.5},
		{Points: arcDown(cx, 49, 16), Width: 3.5},
	}
}

// arcDown is the lower half of an ellipse of height 12 (the visible
// bottom edge of a cylinder).
func arcDown(cx, cy, rx float64) []float64 {
	var pts []float64
	for i := 0; i <= 18; i++ {
		a := float64(i) * 10 * math.Pi / 180
		pts = append(pts, round(cx+rx*math.Cos(a)), round(cy+6*math.Sin(a)))
	}
	return pts
}

func person() []Shape {
	return []Shape{circle(50, 35, 8.5, true), filled(35, 71, 37, 54, 43, 49, 50, 48, 57, 49, 63, 54, 65, 71)}
}

func cube() []Shape {
	return []Shape{polygon(50, 26, 70, 37, 70, 61, 50, 72, 30, 61, 30, 37), line(30, 37, 50, 48, 70, 37), line(50, 48, 50, 72)}
}

// sign is a euro sign of radius r drawn with strokes width wide: a C
// open to the right, crossed by two thinner bars that reach out of it on
// the left, far enough apart to stay two at small sizes.
func sign(cx, cy, r, width float64) []Shape {
	bar := r * 0.28
	left, right := round(cx-r*1.25), round(cx+r*0.15)
	return []Shape{
		{Points: arc(cx, cy, r, 45, 315), Width: width},
		{Points: []float64{left, round(cy - bar), right, round(cy - bar)}, Width: width * 0.6},
		{Points: []float64{left, round(cy + bar), right, round(cy + bar)}, Width: width * 0.6},
	}
}

func circularArrow(cx, cy, r float64) []Shape {
	pts := arc(cx, cy, r, -60, 220)
	n := len(pts)
	return []Shape{{Points: pts, Width: stroke}, arrowHead(pts[n-4], pts[n-3], pts[n-2]+(pts[n-2]-pts[n-4])*1.6, pts[n-1]+(pts[n-1]-pts[n-3])*1.6, r*0.55)}
}

func strike() Shape { return line(27, 73, 73, 27) }

var all = map[string][]Shape{
	// The two commitments of every FACT API.
	"fair-use": {
		line(50, 24, 50, 74), line(24, 32, 76, 32), line(38, 76, 62, 76),
		line(17, 54, 24, 32, 31, 54), filled(14, 54, 34, 54, 31, 60, 24, 63, 17, 60),
		line(69, 54, 76, 32, 83, 54), filled(66, 54, 86, 54, 83, 60, 76, 63, 69, 60),
	},
	"loyal-change": {
		polygon(27, 31, 73, 31, 73, 73, 27, 73), line(27, 42, 73, 42),
		line(38, 25, 38, 35), line(62, 25, 62, 35),
		line(36, 58, 58, 58), arrowHead(50, 58, 66, 58, 9),
	},
	// Access to the API.
	"access-neutrality":  {filled(29, 37, 71, 37, 71, 45, 29, 45), filled(29, 55, 71, 55, 71, 63, 29, 63)},
	"access-restricted":  {filled(33, 47, 67, 47, 67, 73, 33, 73), {Points: append(append([]float64{39, 47}, arc(50, 39, 11, 180, 360)...), 61, 47), Width: stroke}},
	"access-share-alike": circularArrow(50, 50, 18),
	// The specification.
	"spec-cc0":      append(document(), Shape{Points: ellipse(50, 55, 7, 10), Closed: true, Width: 4}),
	"spec-cc-by-sa": append(document(), circularArrow(50, 55, 9)...),
	// A person, the author credited: reuse with attribution only.
	"spec-cc-by": append(document(), Shape{Points: ellipse(50, 46, 5, 5), Closed: true, Width: 4}, Shape{Points: arc(50, 66, 9, 180, 360), Width: stroke}),
	// A tick, as for data under an open licence: free reuse, with the source.
	"spec-licence-ouverte": append(document(), line(40, 56, 47, 63, 60, 47)),
	// The data.
	"data-open-reuse":        append(cylinder(42), line(56, 58, 74, 40), arrowHead(56, 58, 78, 36, 10)),
	"data-open-data-licence": append(cylinder(42), line(54, 60, 62, 68, 78, 48)),
	"data-commercial":        append(cylinder(38), sign(73, 62, 11, 5)...),
	// What users build.
	"output-any-reuse":             cube(),
	"output-no-direct-competition": {line(20, 50, 40, 50), arrowHead(20, 50, 46, 50, 10), line(80, 50, 60, 50), arrowHead(80, 50, 54, 50, 10), line(50, 30, 50, 70)},
	"output-non-commercial":        append(sign(54, 50, 18, 6), strike()),
	// Price of access.
	// "0 €" and a large "€": a coin inside the ring read as a target at
	// the size of the wizard's options.
	"price-free": append([]Shape{{Points: ellipse(31, 50, 8, 15), Closed: true, Width: 5.5}}, sign(67, 50, 13, 5.5)...),
	"price-paid": sign(55, 50, 21, 7),
	// Attribution.
	"attribution-required":  person(),
	"attribution-none":      append(person(), strike()),
	"attribution-trademark": {polygon(28, 50, 45, 33, 73, 33, 73, 67, 45, 67), circle(41, 50, 4, true)},
}

// Dir is the folder, next to the Markdown, that holds the pictograms a
// document shows.
const Dir = "pictograms"

// File is the path of a pictogram relative to the Markdown that shows it.
func File(name string) string { return Dir + "/" + name + ".svg" }

// Variant is a pictogram shown with another caption than its option's
// label, where the answers as a whole call for one, such as "No monetary
// price" for access that is free of a price but provided in return for
// personal data or a licence. It draws Base, and its file is titled with
// its own captions, so that the title a reader or a screen reader meets
// says what the caption says rather than the option's label.
type Variant struct {
	Base   string
	EN, FR string
}

// variants lists the captions that documents give pictograms instead of
// their option's label (templates' pictoAs), by the file name they get.
var variants = map[string]Variant{
	"price-no-monetary-price":           {Base: "price-free", EN: "No monetary price", FR: "Sans prix en argent"},
	"data-open-data-licence-restricted": {Base: "data-open-data-licence", EN: "Open licence, restricted for API Users", FR: "Licence ouverte, restreinte pour les Utilisateurs de l’API"},
	// A licence that excludes commercial use is not an open licence.
	"data-non-commercial-licence": {Base: "data-open-data-licence", EN: "Non-commercial licence", FR: "Licence non commerciale"},
}

// VariantOf returns the name of the variant of pictogram base captioned
// en in English, and false when no variant has that caption.
func VariantOf(base, en string) (string, bool) {
	for name, v := range variants {
		if v.Base == base && v.EN == en {
			return name, true
		}
	}
	return "", false
}

// VariantNamed returns the variant that a name designates, and false when
// the name is a pictogram's own.
func VariantNamed(name string) (Variant, bool) {
	v, ok := variants[name]
	return v, ok
}

// NameOf returns the pictogram named by a path written by File.
func NameOf(path string) (string, bool) {
	name, ok := strings.CutPrefix(path, Dir+"/")
	if !ok {
		return "", false
	}
	name, ok = strings.CutSuffix(name, ".svg")
	_, known := all[name]
	_, variant := variants[name]
	if !ok || !(known || variant) {
		return "", false
	}
	return name, true
}

// Get returns a pictogram by name; a variant draws its base.
func Get(name string) (Picto, bool) {
	base := name
	if v, ok := variants[name]; ok {
		base = v.Base
	}
	shapes, ok := all[base]
	if !ok {
		return Picto{}, false
	}
	ring := circle(50, 50, 46, false)
	ring.Width = 4
	return Picto{Name: name, Shapes: append([]Shape{ring}, shapes...)}, true
}

// SVG draws a pictogram as a standalone SVG document in the given colour
// ("#1a1a1a"), with title as its accessible name.
func SVG(p Picto, color, title string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100" role="img">`)
	fmt.Fprintf(&b, "<title>%s</title>", escapeXML(title))
	shapes(&b, p, color)
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

// Inline draws a pictogram as an svg element of a web page, in the
// text's colour (so that it follows a dark colour scheme), sized by the
// page's style sheet through its class, with label as its accessible
// name.
func Inline(p Picto, label string) string {
	var b strings.Builder
	label = escapeXML(label)
	fmt.Fprintf(&b, `<svg viewBox="0 0 100 100" class="picto" role="img" aria-label="%s"><title>%s</title>`, label, label)
	shapes(&b, p, "currentColor")
	b.WriteString("</svg>")
	return b.String()
}

// Strip draws pictograms side by side on a light rounded background, as
// a standalone SVG document height pixels high (a badge), with label as
// its accessible name.
func Strip(ps []Picto, label string, height int) []byte {
	const box, gap, pad = 100, 12, 10
	w := pad*2 + len(ps)*box + max(len(ps)-1, 0)*gap
	h := box + 2*pad
	var b strings.Builder
	label = escapeXML(label)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		w, h, w*height/h, height, label)
	fmt.Fprintf(&b, "<title>%s</title>", label)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" rx="18" fill="#ffffff" stroke="#1a1a1a" stroke-width="3"/>`, w, h)
	for i, p := range ps {
		fmt.Fprintf(&b, `<g transform="translate(%d %d)">`, pad+i*(box+gap), pad)
		shapes(&b, p, "#1a1a1a")
		b.WriteString("</g>")
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

func shapes(b *strings.Builder, p Picto, color string) {
	for _, s := range p.Shapes {
		paint := fmt.Sprintf(`fill="none" stroke="%s" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round"`, color, s.Width)
		if s.Fill {
			paint = fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="%g" stroke-linejoin="round"`, color, color, s.Width)
		}
		switch {
		case s.Circle:
			fmt.Fprintf(b, `<circle cx="%g" cy="%g" r="%g" %s/>`, s.Points[0], s.Points[1], s.Points[2], paint)
		default:
			// Paths rather than polyline elements: every SVG renderer,
			// including the one the wizard uses, draws them.
			fmt.Fprintf(b, `<path d="%s" %s/>`, path(s.Points, s.Closed), paint)
		}
	}
}

func path(p []float64, closed bool) string {
	parts := make([]string, 0, len(p)/2+1)
	for i := 0; i+1 < len(p); i += 2 {
		cmd := "L"
		if i == 0 {
			cmd = "M"
		}
		parts = append(parts, fmt.Sprintf("%s%g %g", cmd, p[i], p[i+1]))
	}
	if closed {
		parts = append(parts, "Z")
	}
	return strings.Join(parts, " ")
}

func escapeXML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
