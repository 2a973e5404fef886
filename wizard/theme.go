package wizard

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// variantTheme forces the light or dark variant of the default theme,
// whatever the system prefers.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

func applyTheme(a fyne.App, choice string) {
	switch choice {
	case themeLight:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}

// Colours of the rights badges. White text on them keeps a contrast ratio
// above 4.5:1 in both themes, and each badge also says its level in words.
var rightsColors = map[string]color.NRGBA{
	"high":     {0x1b, 0x6e, 0x2f, 0xff},
	"moderate": {0x9a, 0x4d, 0x00, 0xff},
	"low":      {0xb0, 0x1e, 0x1e, 0xff},
}
