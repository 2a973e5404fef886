package wizard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// clauseEditor lets a reviewer replace the text of a clause, in each
// language of the documents; the text is saved in the answers as an
// override (see questionnaire.Overrides), so that it survives
// regeneration. Tests drive its fields.
type clauseEditor struct {
	p       *previewPane
	d       dialog.Dialog
	docs    map[textfmt.Lang]*document.Document
	ids     []string // clause IDs, in the order of the choice
	choice  *widget.Select
	texts   map[textfmt.Lang]*widget.Entry
	restore *widget.Button
	id      string // the clause being edited
}

// editClause opens the clause editor.
func (p *previewPane) editClause() {
	e := p.newClauseEditor()
	if e == nil {
		return
	}
	p.ed.w.showDialog(e.d, nil, e.d.Hide)
}

func (p *previewPane) newClauseEditor() *clauseEditor {
	w, s := p.ed.w, p.ed.s
	e := &clauseEditor{p: p, docs: map[textfmt.Lang]*document.Document{}, texts: map[textfmt.Lang]*widget.Entry{}}
	vals := s.Values()
	for _, l := range s.Langs() {
		doc, err := s.Kind.Assemble(vals, l, templates.Preview)
		if err != nil {
			w.showError(err.Error())
			return nil
		}
		e.docs[l] = doc
	}
	// The clauses are named in the language of the preview.
	var names []string
	for _, c := range e.docs[p.lang].Clauses {
		if c.Body == "" {
			continue // a heading alone has no text to replace
		}
		name := mdtext.Plain(c.Heading(p.lang))
		if c.Edited {
			name += " — " + w.T("clause.edited")
		}
		names = append(names, name)
		e.ids = append(e.ids, c.ID)
	}
	e.choice = widget.NewSelect(names, func(string) { e.load(e.ids[e.choice.SelectedIndex()]) })
	items := []fyne.CanvasObject{widget.NewForm(widget.NewFormItem(w.T("clause.choose"), e.choice))}
	help := widget.NewLabel(w.T("clause.help", "Ref", `{{ref "clause-id"}}`))
	help.Wrapping = fyne.TextWrapWord
	items = append(items, help)
	fields := container.NewGridWithColumns(len(s.Langs()))
	for _, l := range s.Langs() {
		entry := widget.NewMultiLineEntry()
		entry.Wrapping = fyne.TextWrapWord
		entry.SetMinRowsVisible(10)
		e.texts[l] = entry
		label := widget.NewLabelWithStyle(w.T("clause.text_in", "Lang", textfmt.LangName(l, w.loc.Lang)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		fields.Add(container.NewBorder(label, nil, nil, nil, entry))
	}
	items = append(items, fields)
	d := dialog.NewCustomWithoutButtons(w.T("clause.title"), container.NewVBox(items...), w.win)
	save := widget.NewButton(w.T("clause.save"), e.save)
	save.Importance = widget.HighImportance
	e.restore = widget.NewButton(w.T("clause.restore"), e.restoreTemplate)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(w.T("export.cancel"), d.Hide), e.restore, save})
	d.Resize(fyne.NewSize(960, 0))
	e.d = d
	if len(e.ids) > 0 {
		e.choice.SetSelectedIndex(0)
	}
	return e
}

// load fills the fields with a clause's text: its override, or the text
// the template gives it, to start from.
func (e *clauseEditor) load(id string) {
	e.id = id
	override := e.p.ed.s.Override(id)
	for l, entry := range e.texts {
		text := override[l]
		if text == "" {
			c, _ := e.docs[l].Clause(id)
			text = templates.OverrideText(c)
		}
		entry.SetText(text)
	}
	if override == nil {
		e.restore.Disable()
	} else {
		e.restore.Enable()
	}
}

// save keeps the texts as the clause's override, unless they are the
// template's own, and closes the editor.
func (e *clauseEditor) save() {
	texts := questionnaire.Translated{}
	same := true
	for l, entry := range e.texts {
		texts[l] = entry.Text
		c, _ := e.docs[l].Clause(e.id)
		if c.Edited || entry.Text != templates.OverrideText(c) {
			same = false
		}
	}
	if same {
		texts = nil
	}
	e.d.Hide()
	e.apply(texts)
}

// restoreTemplate gives the clause the template's text again.
func (e *clauseEditor) restoreTemplate() {
	e.d.Hide()
	e.apply(nil)
}

func (e *clauseEditor) apply(texts questionnaire.Translated) {
	ed := e.p.ed
	ed.s.SetOverride(e.id, texts)
	ed.edited(questionnaire.OverridesKey)
}
