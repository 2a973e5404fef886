package wizard

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/session"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// startCardWidth is the narrowest a document card gets before the cards
// wrap to another row.
const startCardWidth = 300

// startScreen offers the document kinds, the documents' languages, an
// existing answers file, the recent files and, after a crash, the
// recovery of unsaved answers.
func (w *Wizard) startScreen() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(w.T("start.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = "headingText"
	intro := widget.NewLabel(w.T("start.intro"))
	intro.Wrapping = fyne.TextWrapWord

	items := []fyne.CanvasObject{title, intro}
	w.startButtons = map[string]*widget.Button{}
	if banner := w.recoveryBanner(); banner != nil {
		items = append(items, banner)
	}

	choices := []string{textfmt.NativeName(textfmt.EN), textfmt.NativeName(textfmt.FR), w.T("start.both")}
	langs := widget.NewRadioGroup(choices, func(s string) {
		switch s {
		case choices[0]:
			w.docLangs = []textfmt.Lang{textfmt.EN}
		case choices[1]:
			w.docLangs = []textfmt.Lang{textfmt.FR}
		default:
			w.docLangs = textfmt.All
		}
	})
	langs.Horizontal = true
	langs.Required = true
	switch {
	case len(w.docLangs) == 2:
		langs.SetSelected(choices[2])
	case w.docLangs[0] == textfmt.EN:
		langs.SetSelected(choices[0])
	default:
		langs.SetSelected(choices[1])
	}
	items = append(items, widget.NewForm(widget.NewFormItem(w.T("start.languages"), langs)))

	var cards []fyne.CanvasObject
	for _, k := range templates.All() {
		q := k.Questionnaire
		name := widget.NewLabelWithStyle(w.text(q.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		name.SizeName = theme.SizeNameSubHeadingText
		name.Wrapping = fyne.TextWrapWord
		summary := widget.NewLabel(w.text(q.Summary))
		summary.Wrapping = fyne.TextWrapWord
		begin := widget.NewButton(w.T("start.begin"), func() { w.startSession(session.New(k, w.docLangs)) })
		w.startButtons[k.ID] = begin
		begin.Importance = widget.HighImportance
		buttons := container.NewVBox(begin)
		if q.Links() {
			// A document that may take the commons' facts from its
			// charter offers to start from it.
			fromCharter := widget.NewButton(w.T("start.from_charter"), func() { w.startFromCharter(k) })
			w.startButtons[k.ID+"+charter"] = fromCharter
			buttons.Add(fromCharter)
		}
		cards = append(cards, widget.NewCard("", "", container.NewBorder(container.NewVBox(name, summary), buttons, nil, nil)))
	}
	items = append(items, container.New(newFlowGrid(startCardWidth), cards...))

	open := widget.NewButton(w.T("start.open"), w.open)
	items = append(items, container.NewHBox(open))

	items = append(items, widget.NewLabelWithStyle(w.T("start.recent"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	recent := w.recentFiles()
	if len(recent) == 0 {
		items = append(items, widget.NewLabel(w.T("start.no_recent")))
	}
	for _, path := range recent {
		b := widget.NewButton(path, func() { w.openPath(path) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		items = append(items, b)
	}
	return container.NewVScroll(container.NewPadded(container.NewVBox(items...)))
}

// recoveryBanner offers the answers autosaved before an unexpected exit.
func (w *Wizard) recoveryBanner() fyne.CanvasObject {
	data, meta, ok := readAutosave(w.opts.StorageDir)
	if !ok {
		return nil
	}
	kind := meta.Kind
	if k, ok := templates.Lookup(meta.Kind); ok {
		kind = k.Questionnaire.Title.In(w.loc.Lang)
	}
	when := meta.Time.Local().Format(time.DateTime)
	text := widget.NewLabel(w.T("start.recover", "Kind", kind, "When", when))
	text.Wrapping = fyne.TextWrapWord
	text.Importance = widget.WarningImportance
	recoverBtn := widget.NewButton(w.T("start.recover_button"), func() { w.recover(data, meta) })
	recoverBtn.Importance = widget.HighImportance
	discard := widget.NewButton(w.T("start.discard_button"), func() {
		removeAutosave(w.opts.StorageDir)
		w.rebuild()
	})
	return widget.NewCard("", "", container.NewVBox(text, container.NewHBox(recoverBtn, discard)))
}
