package wizard

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/session"
	"apitos/internal/textfmt"
)

// field is the block of one question: its label, help, input, the line
// that says what is wrong and the line that warns of a doubtful answer.
type field struct {
	q     *questionnaire.Question
	box   *fyne.Container
	err   *widget.Label
	warn  *widget.Label
	focus fyne.Focusable // the input that receives focus first, if it can

	entry   *widget.Entry                   // text-like questions (the first entry of a translatable one)
	entries map[textfmt.Lang]*widget.Entry  // translatable questions: one entry per language
	inputs  map[textfmt.Lang]fyne.Focusable // the inputs of those entries, which take focus
	langErr map[textfmt.Lang]*widget.Label  // translatable questions in several languages: each entry's error line
	check   *widget.Check                   // commitments
	radios  map[string]*widget.RadioGroup   // choice options, by option ID
	yesNo   *widget.RadioGroup              // yes/no questions
	checks  map[string]*widget.Check        // multiple-choice options
	country *widget.SelectEntry             // governing law
	licence *widget.SelectEntry             // licences
	explain *widget.Label                   // licences: what the licence typed is, or could be
	fact    *widget.Label                   // answers the charter gives: the answer
	rows    []map[string]*widget.Entry      // list rows, by field key
	rowErr  []map[string]*widget.Label      // list rows: each field's error line, by field key
	rowTop  []fyne.Focusable                // the first input of each row
	add     *widget.Button                  // list: add a row
}

func (ed *editor) newField(qq *questionnaire.Question) *field {
	f := &field{q: qq, err: newErrorLabel(), warn: newErrorLabel()}
	f.warn.Importance = widget.WarningImportance
	title := widget.NewLabelWithStyle(ed.label(qq), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	items := []fyne.CanvasObject{title}
	if help := ed.w.text(qq.Help); help != "" && qq.Must == nil {
		h := widget.NewLabelWithStyle(help, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		h.Wrapping = fyne.TextWrapWord
		items = append(items, h)
	}
	if r := ed.rangeHint(qq); r != "" {
		items = append(items, widget.NewLabelWithStyle(r, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	}
	if ed.s.Linked(qq.Key) {
		items = append(items, ed.linkedInput(f))
	} else {
		items = append(items, ed.input(f))
	}
	items = append(items, f.err, f.warn)
	f.box = container.NewVBox(items...)
	return f
}

// rangeHint says between which bounds a number must be, so that the user
// need not learn them from an error.
func (ed *editor) rangeHint(qq *questionnaire.Question) string {
	if qq.Type != questionnaire.TypeNumber {
		return ""
	}
	switch {
	case qq.Min != nil && qq.Max != nil:
		return ed.w.T("field.range", "Min", *qq.Min, "Max", *qq.Max)
	case qq.Min != nil:
		return ed.w.T("field.range_min", "Min", *qq.Min)
	case qq.Max != nil:
		return ed.w.T("field.range_max", "Max", *qq.Max)
	}
	return ""
}

// label is a question's label, marked when an answer is required.
func (ed *editor) label(qq *questionnaire.Question) string {
	label := ed.w.text(qq.Label)
	if qq.Required {
		label += " " + ed.w.T("field.required")
	}
	return label
}

// rowField names a field of a row of a list, as problems and the record
// of what the user has touched name it.
func rowField(key string, row int, field string) string {
	return answers.RowKey(key, row) + "." + field
}

// input builds the widget a question is answered with.
func (ed *editor) input(f *field) fyne.CanvasObject {
	qq := f.q
	switch qq.Type {
	case questionnaire.TypeBool:
		if qq.Must != nil {
			return ed.commitment(f)
		}
		return ed.yesNo(f)
	case questionnaire.TypeChoice:
		return ed.choice(f)
	case questionnaire.TypeMulti:
		return ed.multi(f)
	case questionnaire.TypeCountry:
		return ed.country(f)
	case questionnaire.TypeLicence:
		return ed.licenceInput(f)
	case questionnaire.TypeList:
		return ed.list(f)
	}
	return ed.textInput(f)
}

// placeholderMax is the longest example shown as a placeholder, in
// characters: a placeholder is cut at the field's edge, so a longer
// example is written in full under the field instead.
const placeholderMax = 40

// example returns the example of a question in a language, as a
// placeholder when it is short, or as a wrapped line to show under the
// field (hint) when it is long.
func (ed *editor) example(qq *questionnaire.Question, l textfmt.Lang) (placeholder string, hint fyne.CanvasObject) {
	ex := qq.Example.In(l)
	switch {
	case len(qq.Placeholder) > 0:
		return onScreen(qq.Placeholder.In(l)), nil
	case ex == "" && qq.Type == questionnaire.TypeDate:
		return ed.w.T("field.date_hint"), nil
	case ex == "":
		return "", nil
	case utf8.RuneCountInString(ex) <= placeholderMax && !strings.Contains(ex, "\n"):
		return ed.w.T("field.example", "Value", ex), nil
	}
	label := widget.NewLabelWithStyle(ed.w.T("field.example", "Value", ex), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	label.Wrapping = fyne.TextWrapWord
	return "", label
}

// fieldLangs are the languages a translatable question is answered in,
// in Tab order: the interface language first, since one writes first in
// one's own language and then translates, and the preview opens in it.
func (ed *editor) fieldLangs() []textfmt.Lang {
	langs := ed.s.Langs()
	if i := slices.Index(langs, ed.w.loc.Lang); i > 0 {
		first := langs[i]
		langs = append([]textfmt.Lang{first}, slices.Delete(langs, i, i+1)...)
	}
	return langs
}

// textEntry builds the input of a text-like question, with its example in
// language l; set records what is typed. It returns the entry, the input
// that takes focus (for a paragraph, a text area that Tab leaves), and
// what to lay out.
func (ed *editor) textEntry(qq *questionnaire.Question, l textfmt.Lang, text string, set func(string)) (*widget.Entry, fyne.Focusable, fyne.CanvasObject) {
	e := widget.NewEntry()
	var input fyne.Focusable = e
	if qq.Type == questionnaire.TypeLong {
		area := newTextArea()
		area.SetMinRowsVisible(3)
		e, input = &area.Entry, area
	}
	placeholder, hint := ed.example(qq, l)
	e.SetPlaceHolder(placeholder)
	e.SetText(text)
	e.OnChanged = set
	if qq.Type == questionnaire.TypeDate {
		box := ed.dateInput(e, set)
		return e, e, box
	}
	if hint == nil {
		return e, input, input.(fyne.CanvasObject)
	}
	return e, input, container.NewVBox(input.(fyne.CanvasObject), hint)
}

func (ed *editor) textInput(f *field) fyne.CanvasObject {
	qq := f.q
	if qq.Translatable {
		return ed.translatedInput(f)
	}
	e, input, box := ed.textEntry(qq, ed.w.loc.Lang, ed.s.Text(qq.Key), func(v string) {
		ed.s.SetText(qq.Key, v)
		ed.changed(qq.Key)
	})
	if qq.Type != questionnaire.TypeLong {
		e.OnSubmitted = func(string) { ed.goNext() }
	}
	f.entry, f.focus = e, input
	return box
}

// translatedInput asks for a translatable answer in each language of the
// documents: side by side, each entry labelled with its language and
// followed by its own error line, or a single entry for a document in one
// language, labelled only when that language is not the interface's (a
// French charter asked in English is answered in French).
func (ed *editor) translatedInput(f *field) fyne.CanvasObject {
	qq := f.q
	langs := ed.fieldLangs()
	f.entries = map[textfmt.Lang]*widget.Entry{}
	f.inputs = map[textfmt.Lang]fyne.Focusable{}
	var cols []fyne.CanvasObject
	for _, l := range langs {
		key := questionnaire.LangKey(qq.Key, l)
		e, input, box := ed.textEntry(qq, l, ed.s.Text(key), func(v string) {
			ed.s.SetText(key, v)
			ed.changed(qq.Key)
		})
		if qq.Type == questionnaire.TypeLong && len(langs) > 1 {
			e.SetMinRowsVisible(5) // half as wide: taller
		}
		if qq.Type != questionnaire.TypeLong {
			e.OnSubmitted = func(string) { ed.goNext() }
		}
		f.entries[l], f.inputs[l] = e, input
		if f.entry == nil {
			f.entry, f.focus = e, input
		}
		caption := widget.NewLabelWithStyle(textfmt.NativeName(l), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		if len(langs) == 1 && l == ed.w.loc.Lang {
			return box
		}
		if len(langs) == 1 {
			return container.NewVBox(caption, box)
		}
		if f.langErr == nil {
			f.langErr = map[textfmt.Lang]*widget.Label{}
		}
		errLine := newErrorLabel()
		f.langErr[l] = errLine
		cols = append(cols, container.NewVBox(caption, box, errLine))
	}
	return container.NewGridWithColumns(len(cols), cols...)
}

// newErrorLabel is a line that says, in red, what is wrong with an answer.
func newErrorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// errorLine is where a problem of this field is shown: under the entry of
// its language when the field has one per language, else under the field.
func (f *field) errorLine(p questionnaire.Problem) *widget.Label {
	if p.Row > 0 && p.Row <= len(f.rowErr) {
		if l, ok := f.rowErr[p.Row-1][p.Field]; ok {
			return l
		}
	}
	if l, ok := f.langErr[p.Lang]; ok && p.Row == 0 {
		return l
	}
	return f.err
}

// inline reports a problem that the field states in its own words: the
// explanation line of a licence says what is wrong with the licence typed
// and what it could be.
func (f *field) inline(p questionnaire.Problem) bool {
	return f.explain != nil && p.Rule == nil && p.Msg != nil && strings.HasPrefix(p.Msg.ID, "value.licence")
}

// errorLines are every error line of the field.
func (f *field) errorLines() []*widget.Label {
	out := []*widget.Label{f.err}
	for _, l := range textfmt.All {
		if e, ok := f.langErr[l]; ok {
			out = append(out, e)
		}
	}
	for _, row := range f.rowErr {
		for _, e := range row {
			out = append(out, e)
		}
	}
	return out
}

// focusFor is the input to focus to correct a problem: the entry of its
// language, if it has one.
func (f *field) focusFor(p questionnaire.Problem) fyne.Focusable {
	if in, ok := f.inputs[p.Lang]; ok && p.Row == 0 {
		return in
	}
	return f.focus
}

// commitment presents a commitment the user must accept explicitly, with
// its pictogram and its explanation, as the FACT wizard does.
func (ed *editor) commitment(f *field) fyne.CanvasObject {
	qq := f.q
	help := widget.NewLabel(ed.w.text(qq.Help))
	help.Wrapping = fyne.TextWrapWord
	c := widget.NewCheck(ed.w.T("field.accept"), func(on bool) {
		v := ""
		if on {
			v = "true"
		}
		ed.s.SetText(qq.Key, v)
		ed.changed(qq.Key)
	})
	c.Checked = ed.s.Text(qq.Key) == "true"
	f.check, f.focus = c, c
	return container.NewBorder(nil, nil, ed.pictoImage(qq.Picto, 64), nil, container.NewVBox(help, c))
}

func (ed *editor) yesNo(f *field) fyne.CanvasObject {
	qq := f.q
	yes, no := ed.w.T("field.yes"), ed.w.T("field.no")
	r := widget.NewRadioGroup([]string{yes, no}, nil)
	r.Horizontal = true
	r.Required = true
	switch ed.s.Text(qq.Key) {
	case "true":
		r.Selected = yes
	case "false":
		r.Selected = no
	}
	r.OnChanged = func(v string) {
		ed.s.SetText(qq.Key, map[string]string{yes: "true", no: "false"}[v])
		ed.changed(qq.Key)
	}
	f.yesNo = r
	return r
}

// choice lists the options as cards: a radio button with the option's
// label, its pictogram, its plain-language explanation and the rights
// it leaves to the other party. Each card's button is its own group, so
// that every option takes keyboard focus; choosing one clears the others.
func (ed *editor) choice(f *field) fyne.CanvasObject {
	qq := f.q
	f.radios = map[string]*widget.RadioGroup{}
	current := ed.s.Text(qq.Key)
	var cards []fyne.CanvasObject
	for _, o := range qq.Options {
		r := widget.NewRadioGroup([]string{ed.w.text(o.Label)}, nil)
		r.Required = true
		if o.ID == current {
			r.Selected = ed.w.text(o.Label)
		}
		r.OnChanged = func(v string) {
			if v == "" || ed.s.Text(qq.Key) == o.ID {
				return
			}
			for id, other := range f.radios {
				if id != o.ID {
					other.Selected = ""
					other.Refresh()
				}
			}
			ed.s.SetText(qq.Key, o.ID)
			ed.changed(qq.Key)
		}
		f.radios[o.ID] = r
		explain := widget.NewLabel(ed.w.text(o.Explain))
		explain.Wrapping = fyne.TextWrapWord
		text := container.NewVBox(r, explain)
		if o.Rights != "" && qq.RatesRights() {
			text.Add(container.NewHBox(ed.badge(qq, o.Rights)))
		}
		var left fyne.CanvasObject
		if o.Picto != "" {
			left = container.NewPadded(ed.pictoImage(o.Picto, 56))
		}
		cards = append(cards, container.NewBorder(nil, nil, left, nil, text))
	}
	return container.NewVBox(cards...)
}

func (ed *editor) multi(f *field) fyne.CanvasObject {
	qq := f.q
	f.checks = map[string]*widget.Check{}
	chosen := ed.s.Multi(qq.Key)
	var items []fyne.CanvasObject
	for _, o := range qq.Options {
		c := widget.NewCheck(ed.w.text(o.Label), nil)
		c.Checked = slices.Contains(chosen, o.ID)
		c.OnChanged = func(on bool) {
			ids := slices.DeleteFunc(ed.s.Multi(qq.Key), func(id string) bool { return id == o.ID })
			if on {
				ids = append(ids, o.ID)
			}
			ed.s.SetMulti(qq.Key, ids)
			ed.changed(qq.Key)
		}
		f.checks[o.ID] = c
		if f.focus == nil {
			f.focus = c
		}
		explain := widget.NewLabelWithStyle(ed.w.text(o.Explain), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		explain.Wrapping = fyne.TextWrapWord
		items = append(items, container.NewVBox(c, container.NewPadded(explain)))
	}
	return container.NewVBox(items...)
}

// country offers every jurisdiction whose law the documents can name, by
// name with its code, in the interface language and in its alphabetical
// order. With some 270 entries, typing filters the list the arrow opens;
// the answer is the code of the jurisdiction typed or chosen (its code, its
// name or its label), or else the text as typed, which the field then
// reports as not a country it knows.
func (ed *editor) country(f *field) fyne.CanvasObject {
	qq := f.q
	l := ed.w.loc.Lang
	var labels []string
	for _, c := range textfmt.CountriesByName(l) {
		labels = append(labels, c.Label(l))
	}
	e := widget.NewSelectEntry(labels)
	e.SetPlaceHolder(ed.w.T("field.country_hint"))
	if c, ok := textfmt.LookupCountry(ed.s.Text(qq.Key)); ok {
		e.SetText(c.Label(l))
	} else {
		e.SetText(ed.s.Text(qq.Key))
	}
	e.OnChanged = func(text string) {
		e.SetOptions(matching(labels, text))
		value := strings.TrimSpace(text)
		if c, ok := textfmt.FindCountry(text); ok {
			value = c.Code
		}
		ed.s.SetText(qq.Key, value)
		ed.changed(qq.Key)
	}
	f.country, f.focus = e, e
	return e
}

// matching keeps the labels that contain what was typed, ignoring case
// and accents; all of them when nothing, or a whole label, was typed.
func matching(labels []string, typed string) []string {
	key := textfmt.Fold(strings.TrimSpace(typed))
	if key == "" || slices.Contains(labels, typed) {
		return labels
	}
	var out []string
	for _, s := range labels {
		if strings.Contains(textfmt.Fold(s), key) {
			out = append(out, s)
		}
	}
	return out
}

// licenceInput offers the suggested licences and accepts any SPDX
// identifier typed. The line below explains the chosen licence or, for a
// licence named as people name it, says which identifiers it can mean,
// each on a button that writes it in the field.
func (ed *editor) licenceInput(f *field) fyne.CanvasObject {
	qq := f.q
	l := ed.w.loc.Lang
	explain := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	explain.Wrapping = fyne.TextWrapWord
	badge := container.NewHBox()
	choices := container.NewHBox()
	e := widget.NewSelectEntry(qq.OptionIDs())
	describe := func(typed string) {
		badge.RemoveAll()
		choices.RemoveAll()
		v, m := qq.Convert(typed)
		o, isOption := qq.Option(fmt.Sprint(v))
		explain.Importance = widget.MediumImportance
		switch {
		case m != nil:
			explain.Importance = widget.DangerImportance
			explain.SetText(onScreen(sentence(ed.w.loc.Message(m))))
			ids, _ := m.Data[questionnaire.Choices].([]string)
			for _, id := range ids {
				b := widget.NewButton(id, func() { e.SetText(id) })
				b.Importance = widget.LowImportance
				choices.Add(b)
			}
		case isOption:
			explain.SetText(ed.w.T("field.explained", "Label", o.Label.In(l), "Explain", o.Explain.In(l)))
			if o.Rights != "" && qq.RatesRights() {
				badge.Add(ed.badge(qq, o.Rights))
			}
		default:
			explain.SetText(ed.w.T("field.licence_hint"))
		}
	}
	e.SetText(ed.s.Text(qq.Key))
	e.OnChanged = func(v string) {
		ed.s.SetText(qq.Key, v)
		describe(v)
		ed.changed(qq.Key)
	}
	describe(ed.s.Text(qq.Key))
	f.licence, f.focus, f.explain = e, e, explain
	return container.NewVBox(e, explain, choices, badge)
}

// list shows one box per row, each with its fields and a remove button,
// and a button to add a row.
func (ed *editor) list(f *field) fyne.CanvasObject {
	qq := f.q
	rows := container.NewVBox()
	var build func()
	build = func() {
		rows.Objects = nil
		f.rows, f.rowTop, f.rowErr = nil, nil, nil
		for i, row := range ed.s.Rows(qq.Key) {
			entries := map[string]*widget.Entry{}
			errs := map[string]*widget.Label{}
			form := widget.NewForm()
			for _, fq := range qq.Fields {
				input, first := ed.rowInput(qq, fq, i, row, entries)
				if len(f.rowTop) == i {
					f.rowTop = append(f.rowTop, first)
				}
				errs[fq.FieldKey()] = newErrorLabel()
				form.Append(ed.label(fq), container.NewVBox(input, errs[fq.FieldKey()]))
			}
			f.rowErr = append(f.rowErr, errs)
			remove := widget.NewButtonWithIcon(ed.w.T("field.remove_row"), theme.DeleteIcon(), func() {
				ed.s.RemoveRow(qq.Key, i)
				build()
				ed.edited(qq.Key)
			})
			remove.Importance = widget.LowImportance
			f.rows = append(f.rows, entries)
			rows.Add(widget.NewCard("", ed.w.T("field.row", "Row", i+1), container.NewVBox(form, container.NewHBox(remove))))
		}
		rows.Refresh()
	}
	build()
	f.add = widget.NewButtonWithIcon(ed.w.T("field.add_row"), theme.ContentAddIcon(), func() {
		ed.s.AddRow(qq.Key)
		build()
		ed.edited(qq.Key) // a new row's empty fields are not wrong yet
		if n := len(f.rowTop); n > 0 {
			ed.w.win.Canvas().Focus(f.rowTop[n-1])
		}
	})
	f.focus = f.add
	return container.NewVBox(rows, container.NewHBox(f.add))
}

// rowKeys names the entries of a field of a list row, in Tab order: the
// field's key, or one key per language for a translatable field (see
// questionnaire.LangKey), as the session names their texts.
func (ed *editor) rowKeys(fq *questionnaire.Question) []string {
	if !fq.Translatable {
		return []string{fq.FieldKey()}
	}
	var keys []string
	for _, l := range ed.fieldLangs() {
		keys = append(keys, questionnaire.LangKey(fq.FieldKey(), l))
	}
	return keys
}

// rowInput builds the entries of one field of row i of list qq, adding
// them to entries; a translatable field has one per language, side by
// side and labelled when there are several. It returns what to lay out
// and the first input, which takes focus.
func (ed *editor) rowInput(qq, fq *questionnaire.Question, i int, row session.Row, entries map[string]*widget.Entry) (fyne.CanvasObject, fyne.Focusable) {
	keys := ed.rowKeys(fq)
	langs := []textfmt.Lang{ed.w.loc.Lang}
	if fq.Translatable {
		langs = ed.fieldLangs()
	}
	var cols []fyne.CanvasObject
	var first fyne.Focusable
	for j, key := range keys {
		e, input, box := ed.textEntry(fq, langs[j], row[key], func(v string) {
			ed.s.SetField(qq.Key, i, key, v)
			ed.touched[rowField(qq.Key, i+1, fq.FieldKey())] = true
			ed.edited(qq.Key)
		})
		entries[key] = e
		if first == nil {
			first = input
		}
		if len(keys) == 1 {
			return box, first
		}
		caption := widget.NewLabelWithStyle(textfmt.NativeName(langs[j]), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		cols = append(cols, container.NewVBox(caption, box))
	}
	return container.NewGridWithColumns(len(cols), cols...), first
}

// badge shows a rights level in words on its colour.
func (ed *editor) badge(qq *questionnaire.Question, level questionnaire.Rights) fyne.CanvasObject {
	party := ed.s.Questionnaire().PartyOf(qq).In(ed.w.loc.Lang)
	if party == "" {
		party = ed.w.T("badge.party")
	}
	text := canvas.NewText(ed.w.T("badge."+string(level), "Party", party), whiteText)
	text.TextSize = theme.CaptionTextSize()
	text.TextStyle = fyne.TextStyle{Bold: true}
	bg := canvas.NewRectangle(rightsColors[string(level)])
	bg.CornerRadius = 4
	return container.NewStack(bg, container.New(paddedLayout{h: 8, v: 3}, text))
}

// dateInput completes a date field: a button opens a calendar, a date
// typed day first (01/03/2027) is kept as YYYY-MM-DD, and the date is
// written out in words under the field, so that the user sees which day
// was understood.
func (ed *editor) dateInput(e *widget.Entry, set func(string)) fyne.CanvasObject {
	l := ed.w.loc.Lang
	inWords := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	show := func(v string) {
		if t, err := textfmt.ParseDate(isoDate(v)); err == nil {
			inWords.SetText(onScreen(textfmt.Date(l, t)))
			inWords.Show()
		} else {
			inWords.Hide()
		}
	}
	e.OnChanged = func(v string) {
		show(v)
		set(isoDate(v))
	}
	show(e.Text)
	var pop *widget.PopUp
	pick := widget.NewButtonWithIcon("", theme.CalendarIcon(), func() {
		chosen, _ := textfmt.ParseDate(isoDate(e.Text))
		cal := newCalendar(l, chosen, func(t time.Time) {
			pop.Hide()
			e.SetText(t.Format(time.DateOnly))
			ed.w.win.Canvas().Focus(e)
		})
		pop = widget.NewPopUp(cal.box, ed.w.win.Canvas())
		d := fyne.CurrentApp().Driver()
		pop.ShowAtPosition(d.AbsolutePositionForObject(e).AddXY(0, e.Size().Height))
	})
	pick.Importance = widget.LowImportance
	e.ActionItem = pick
	return container.NewVBox(e, inWords)
}
