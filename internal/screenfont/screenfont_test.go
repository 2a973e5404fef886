package screenfont

import (
	"testing"

	"github.com/go-fonts/dejavu/dejavusans"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The font built from a text font's metrics parses, maps Glue to a blank
// as wide as that font's narrow no-break space, and keeps its line height.
func TestGlueIsANarrowNoBreakSpace(t *testing.T) {
	m, err := FromFont(dejavusans.TTF)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := sfnt.Parse(dejavusans.TTF)
	var b sfnt.Buffer
	ppem := fixed.I(int(m.UnitsPerEm))
	width := func(f *sfnt.Font, r rune) (fixed.Int26_6, int) {
		g, _ := f.GlyphIndex(&b, r)
		adv, _ := f.GlyphAdvance(&b, g, ppem, font.HintingNone)
		segs, _ := f.LoadGlyph(&b, g, ppem, nil)
		return adv, len(segs)
	}
	narrow, _ := width(src, 0x202F)
	wide, _ := width(src, 0x00A0)
	if fixed.I(int(m.Width)) != narrow || fixed.I(int(m.WideWidth)) != wide || m.Ascent <= 0 || m.Descent >= 0 {
		t.Fatalf("metrics %+v, no-break spaces %v and %v", m, narrow, wide)
	}

	f, err := sfnt.Parse(Build(m))
	if err != nil {
		t.Fatalf("the built font does not parse: %v", err)
	}
	for r, want := range map[rune]fixed.Int26_6{Glue: narrow, WideGlue: wide} {
		adv, ink := width(f, r)
		if adv != want || ink != 0 {
			t.Errorf("%U: advance %v (want %v), %d outline segments", r, adv, want, ink)
		}
	}
	if other, _ := f.GlyphIndex(&b, 'a'); other != 0 {
		t.Error("the font claims other characters")
	}
	gm, _ := f.Metrics(&b, ppem, font.HintingNone)
	sm, _ := src.Metrics(&b, ppem, font.HintingNone)
	if gm.Ascent != sm.Ascent || gm.Descent != sm.Descent {
		t.Errorf("line metrics %+v, want those of the text font %+v", gm, sm)
	}
}

// BenchmarkBuild times what the wizard does once per text style at start:
// read a text font's metrics and build the glue font.
func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		m, err := FromFont(dejavusans.TTF)
		if err != nil {
			b.Fatal(err)
		}
		Build(m)
	}
}
