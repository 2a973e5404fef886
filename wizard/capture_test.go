package wizard

import (
	"os"
	"testing"

	"fyne.io/fyne/v2/test"

	"apitos/internal/textfmt"
)

// TestCaptureThemes saves screenshots of a step in the light theme and
// in French, when APITOS_CAPTURE names a folder (see capture).
func TestCaptureThemes(t *testing.T) {
	if os.Getenv("APITOS_CAPTURE") == "" {
		t.Skip("APITOS_CAPTURE not set")
	}
	w, _ := start(t, "api-tos", textfmt.FR)
	applyTheme(w.app, themeLight)
	w.rebuild()
	for w.ed.step < 3 {
		answerStep(t, w.ed)
		test.Tap(w.ed.next)
	}
	capture(t, w, "light-fr-access")
	walk(t, w)
	capture(t, w, "light-fr-review")
}
