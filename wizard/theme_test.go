package wizard

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is the WCAG 2.1 relative luminance of c over an opaque
// background bg.
func luminance(c, bg color.Color) float64 {
	r, g, b, a := c.RGBA()
	br, bgG, bb, _ := bg.RGBA()
	alpha := float64(a) / 0xffff
	channel := func(fg, back uint32) float64 {
		// Colours from RGBA are premultiplied by alpha.
		v := (float64(fg) + float64(back)*(1-alpha)) / 0xffff
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(r, br) + 0.7152*channel(g, bgG) + 0.0722*channel(b, bb)
}

func contrast(fg, bg color.Color) float64 {
	l1, l2 := luminance(fg, bg), luminance(bg, bg)
	if l1 < l2 {
		l1, l2 = l2, l1
	}
	return (l1 + 0.05) / (l2 + 0.05)
}

// In both variants, texts reach 4.5:1 against the background and the
// outlines of controls (boxes, radio buttons, fields) 3:1, as WCAG 2.1
// asks (criteria 1.4.3 and 1.4.11).
func TestThemeContrast(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := appTheme{Theme: theme.DefaultTheme(), forced: &v}
		bg := th.Color(theme.ColorNameBackground, v)
		for name, min := range map[fyne.ThemeColorName]float64{
			theme.ColorNameForeground:  4.5,
			theme.ColorNameSuccess:     4.5,
			theme.ColorNameWarning:     4.5,
			theme.ColorNameError:       4.5,
			theme.ColorNamePrimary:     3,
			theme.ColorNameInputBorder: 3,
		} {
			if got := contrast(th.Color(name, v), bg); got < min {
				t.Errorf("variant %d: %s has contrast %.2f:1 with the background, want %.1f:1", v, name, got, min)
			}
		}
		if got := contrast(th.Color(theme.ColorNameInputBorder, v), th.Color(theme.ColorNameInputBackground, v)); got < 3 {
			t.Errorf("variant %d: field border contrast %.2f:1 with the field, want 3:1", v, got)
		}
	}
	for level, c := range rightsColors {
		if got := contrast(whiteText, c); got < 4.5 {
			t.Errorf("badge %s: white text contrast %.2f:1", level, got)
		}
	}
}
