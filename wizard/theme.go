package wizard

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"apitos/internal/screenfont"
)

// Theme choices.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// appTheme is Fyne's default theme with stronger contrasts where the
// default falls short of WCAG 2.1 (text 4.5:1, controls 3:1): in the
// light variant, unchecked boxes and field borders, and the green, orange
// and red texts that say a step is complete, incomplete or wrong, were
// hard to see on white. Focus is marked by a darker (or lighter) tint
// that shows even on the blue primary button. forced, when set, imposes
// the light or dark variant whatever the system prefers.
type appTheme struct {
	fyne.Theme
	forced *fyne.ThemeVariant
}

// contrasts holds the colours replaced, by variant.
var contrasts = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameInputBorder: color.NRGBA{0x85, 0x85, 0x85, 0xff}, // 3.7:1 on white
		theme.ColorNameSuccess:     color.NRGBA{0x1b, 0x6e, 0x2f, 0xff}, // 6.4:1
		theme.ColorNameWarning:     color.NRGBA{0x9a, 0x4d, 0x00, 0xff}, // 5.9:1
		theme.ColorNameError:       color.NRGBA{0xb0, 0x1e, 0x1e, 0xff}, // 6.6:1
		theme.ColorNameForeground:  color.NRGBA{0x2b, 0x2b, 0x2b, 0xff}, // 14:1
		theme.ColorNameScrollBar:   color.NRGBA{0x00, 0x00, 0x00, 0xb0},
		theme.ColorNameFocus:       color.NRGBA{0x00, 0x00, 0x00, 0x55},
		theme.ColorNameSeparator:   color.NRGBA{0xc4, 0xc4, 0xc4, 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameInputBorder: color.NRGBA{0x8a, 0x8a, 0x8a, 0xff},
		theme.ColorNameScrollBar:   color.NRGBA{0xff, 0xff, 0xff, 0xb0},
		theme.ColorNameFocus:       color.NRGBA{0xff, 0xff, 0xff, 0x50},
	},
}

func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced != nil {
		v = *t.forced
	}
	if c, ok := contrasts[v][n]; ok {
		return c
	}
	return t.Theme.Color(n, v)
}

// Font puts, in front of each of the theme's fonts, a font that draws the
// narrow no-break space Fyne does not break lines at (see onScreen); every
// other character falls through to the theme's font of that style.
func (t appTheme) Font(s fyne.TextStyle) fyne.Resource {
	base := t.Theme.Font(s)
	if glue := glueFont(base); glue != nil {
		return glue
	}
	return base
}

// glueFonts holds the glue font made for each font, by the font's name.
var glueFonts sync.Map

// glueFont is the glue font with the metrics of base, or nil when base
// cannot be read (the text then shows a missing glyph instead of the
// narrow space, and still never breaks there).
func glueFont(base fyne.Resource) fyne.Resource {
	if f, ok := glueFonts.Load(base.Name()); ok {
		res, _ := f.(fyne.Resource)
		return res
	}
	var res fyne.Resource
	if m, err := screenfont.FromFont(base.Content()); err == nil {
		res = fyne.NewStaticResource("glue-"+base.Name(), screenfont.Build(m))
	}
	glueFonts.Store(base.Name(), res)
	return res
}

// Size widens the resting scroll bar, which is otherwise a hairline.
func (t appTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameScrollBarSmall {
		return 5
	}
	return t.Theme.Size(n)
}

func applyTheme(a fyne.App, choice string) {
	th := appTheme{Theme: theme.DefaultTheme()}
	switch choice {
	case themeLight:
		v := theme.VariantLight
		th.forced = &v
	case themeDark:
		v := theme.VariantDark
		th.forced = &v
	}
	a.Settings().SetTheme(th)
}

// Colours of the rights badges. White text on them keeps a contrast ratio
// above 4.5:1 in both themes, and each badge also says its level in words.
var rightsColors = map[string]color.NRGBA{
	"high":     {0x1b, 0x6e, 0x2f, 0xff},
	"moderate": {0x9a, 0x4d, 0x00, 0xff},
	"low":      {0xb0, 0x1e, 0x1e, 0xff},
}
