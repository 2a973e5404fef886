package wizard

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"apitos/internal/session"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// maxScreen is the room every screen must fit in, in Fyne's units: a
// 1280x720 screen at scale 1 (or 1920x1080 at FYNE_SCALE=1.5), less the
// window's title bar and menu bar and a desktop's panel.
var maxScreen = fyne.NewSize(1200, 600)

func fits(t *testing.T, what string, min fyne.Size) {
	t.Helper()
	if min.Width > maxScreen.Width || min.Height > maxScreen.Height {
		t.Errorf("%s needs at least %.0fx%.0f, more than %.0fx%.0f", what, min.Width, min.Height, maxScreen.Width, maxScreen.Height)
	}
}

// Every screen (the start screen, each step of each kind, the dialogs)
// fits a 1280x720 screen in both interface languages: the window's
// minimum size, which no window manager can go below, is the content's.
func TestEveryScreenFits(t *testing.T) {
	for _, lang := range textfmt.All {
		w := newTestWizard(t, t.TempDir(), lang)
		w.win.Resize(fyne.NewSize(1280, 720))
		fits(t, fmt.Sprintf("%s start screen", lang), w.win.Content().MinSize())
		for _, k := range templates.All() {
			test := func(what string) {
				w.ed.relayout()
				fits(t, fmt.Sprintf("%s %s %s", lang, k.ID, what), w.win.Content().MinSize())
			}
			w.goStart()
			w.startSession(session.New(k, textfmt.All))
			for i := 0; i < w.ed.total(); i++ {
				w.ed.show(i)
				test(fmt.Sprintf("step %d", i+1))
			}
		}
		dialogs := map[string]func(){
			"export":    w.showExport,
			"shortcuts": w.showShortcuts,
			"about":     func() { w.inform(w.T("menu.about"), w.T("about.text")) },
			"save":      func() { w.saveAs(nil) },
			"open":      w.open,
			"folder":    func() { w.chooseFolder("", func(string) {}) },
		}
		for name, open := range dialogs {
			open()
			top := w.win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatalf("%s: the %s dialog did not open", lang, name)
			}
			fits(t, fmt.Sprintf("%s %s dialog", lang, name), top.MinSize())
			w.win.Canvas().Overlays().Remove(top)
		}
	}
}
