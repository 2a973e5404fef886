package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"apitos/templates"
)

// runWizard opens the application window.
func runWizard() int {
	a := app.NewWithID("org.apitos.apitos")
	w := a.NewWindow("APIToS")
	var items []fyne.CanvasObject
	items = append(items, widget.NewLabelWithStyle("APIToS", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, k := range templates.All() {
		items = append(items, widget.NewLabel(k.Questionnaire.Title.In("en")+": "+k.Questionnaire.Summary.In("en")))
	}
	w.SetContent(container.NewVBox(items...))
	w.Resize(fyne.NewSize(800, 500))
	w.ShowAndRun()
	return 0
}
