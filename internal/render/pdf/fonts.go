package pdf

import (
	"bytes"
	"strings"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"github.com/go-fonts/dejavu/dejavuserif"
	"github.com/go-fonts/dejavu/dejavuserifbold"
	"github.com/go-fonts/dejavu/dejavuserifitalic"
	"golang.org/x/image/font/sfnt"
)

// Documents are set in DejaVu Serif, embedded as subsets: it covers every
// character French legal text needs, including œ, ’, « » and the narrow
// no-break space (U+202F), which the PDF core fonts and the Go fonts lack.
// Embedding a TrueType font is the most expensive step of writing a PDF
// (about 5 ms a face, whatever the length of the document), so each face
// is registered the first time the layout uses it: a document without
// italics never loads that face.
//
// Code (file names, commands, licence identifiers) is set in DejaVu Sans
// Mono, embedded like the serif. Courier, a standard font that readers
// provide and documents need not embed, would save that face's cost, but
// each reader and printer substitutes its own monospace face for it: a
// document that must look and print the same everywhere embeds every font
// it uses.
const (
	familySerif = "serif"
	familyMono  = "mono"
)

// fontFiles are the TrueType files of each family and variant.
var fontFiles = map[[2]string][]byte{
	{familySerif, ""}:  dejavuserif.TTF,
	{familySerif, "B"}: dejavuserifbold.TTF,
	{familySerif, "I"}: dejavuserifitalic.TTF,
	{familyMono, ""}:   dejavusansmono.TTF,
}

// registerFont adds a font to a document. Each document gets its own copy
// of the font file. The PDF library is not safe for concurrent use of one
// font slice: documents rendered at the same time (French and English)
// from a shared copy came out with differing font subsets, breaking
// byte-for-byte reproducibility; with a copy each, they never do (see
// TestConcurrentRendersAreIdentical).
func registerFont(pdf *fpdf.Fpdf, family, variant string) {
	pdf.AddUTF8FontFromBytes(family, variant, bytes.Clone(fontFiles[[2]string{family, variant}]))
}

// style is the typeface of a run of text.
type style struct {
	bold, italic, mono bool
	size               float64 // points
	link               bool    // coloured as a link
	gray               bool    // secondary text (running header, footer)
	draft              bool    // the mark of a draft
	// In a redline: struck is deleted text, struck through in red;
	// inserted is inserted text, underlined in green.
	struck, inserted bool
	note             bool // a commentary, in review mode
}

func (s style) font() (family, variant string) {
	switch {
	case s.mono:
		return familyMono, ""
	case s.bold:
		return familySerif, "B"
	case s.italic:
		return familySerif, "I"
	}
	return familySerif, ""
}

// color is the RGB colour of the style's text.
func (s style) color() (r, g, b int) {
	switch {
	case s.struck:
		return 0xb0, 0x1c, 0x1c
	case s.inserted:
		return 0x15, 0x6b, 0x2f
	case s.draft:
		return 0xa3, 0x1f, 0x1f
	case s.note && s.link:
		return 0x1a, 0x4d, 0x99
	case s.note:
		return 0x1f, 0x4e, 0x5a
	case s.link:
		return 0x1a, 0x4d, 0x99
	case s.gray:
		return 0x55, 0x55, 0x55
	}
	return 0x1a, 0x1a, 0x1a
}

// changed reports redline text, which a bar in the margin signals.
func (s style) changed() bool { return s.struck || s.inserted }

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// bodyFont is the body font's character map, parsed once: the command
// line checks every answer before writing a PDF.
var bodyFont = sync.OnceValues(func() (*sfnt.Font, error) { return sfnt.Parse(dejavuserif.TTF) })

// MissingGlyphs returns the characters of s that the body font cannot
// draw, or "" when it can draw them all. Line breaks are ignored.
func MissingGlyphs(s string) string {
	f, err := bodyFont()
	if err != nil {
		return s
	}
	var buf sfnt.Buffer
	var missing []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if r == '\n' || (r >= ' ' && r < 0x7f) || seen[r] {
			continue // printable ASCII: the font has it all
		}
		seen[r] = true
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			missing = append(missing, r)
		}
	}
	return string(missing)
}

// printable makes text safe for the PDF library: invalid UTF-8 is
// replaced, and so are characters beyond the Basic Multilingual Plane
// (emoji and other astral characters), which the library cannot encode,
// both with U+FFFD. Answers holding them are refused before a PDF is made
// (see export.Unprintable); this keeps the writer itself from ever
// failing on such text.
func printable(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	for _, r := range s {
		if r > 0xFFFF {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}
