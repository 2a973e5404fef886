package main

import (
	"fyne.io/fyne/v2/app"

	"apitos/wizard"
)

// runWizard opens the application window and returns when it closes.
func runWizard() int {
	a := app.NewWithID("org.apitos.apitos")
	wizard.New(a, wizard.Options{}).Window().ShowAndRun()
	return 0
}
