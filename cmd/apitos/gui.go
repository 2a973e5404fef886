package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"apitos/assets"
	"apitos/wizard"
)

// runWizard opens the application window and returns when it closes.
func runWizard() int {
	a := app.NewWithID("org.apitos.apitos")
	a.SetIcon(fyne.NewStaticResource("apitos.png", assets.Icon))
	wizard.New(a, wizard.Options{}).Window().ShowAndRun()
	return 0
}
