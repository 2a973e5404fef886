package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"apitos/assets"
	"apitos/wizard"
)

// runWizard opens the application window, on the answers file at path
// unless path is "", and returns when the window closes.
func runWizard(path string) int {
	a := app.NewWithID("org.apitos.apitos")
	a.SetIcon(fyne.NewStaticResource("apitos.png", assets.Icon))
	w := wizard.New(a, wizard.Options{Version: version()})
	if path != "" {
		w.Open(path)
	}
	w.Window().ShowAndRun()
	return 0
}
