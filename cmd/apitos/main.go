package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
	_ "fyne.io/fyne/v2/test"
	_ "codeberg.org/go-pdf/fpdf"
	_ "github.com/go-fonts/dejavu/dejavusans"
	_ "github.com/nicksnyder/go-i18n/v2/i18n"
	_ "github.com/yuin/goldmark"
	_ "go.yaml.in/yaml/v3"
)

func main() { a := app.New(); w := a.NewWindow("x"); w.SetContent(widget.NewLabel("x")); w.ShowAndRun() }
