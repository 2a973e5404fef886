package wizard

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"apitos/assets/picto"
	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/review"
	"apitos/internal/session"
	"apitos/internal/textfmt"
	"apitos/internal/versions"
	"apitos/templates"
)

// previewDelay is how long the preview waits after the last keystroke:
// long enough not to redraw on every letter, short enough to feel live.
const previewDelay = 250 * time.Millisecond

// previewPane shows the document as it will be, gaps marked, in one of
// the documents' languages.
type previewPane struct {
	ed      *editor
	lang    textfmt.Lang
	review  *widget.Check // review mode: commentary after each clause
	rich    *widget.RichText
	langs   *widget.RadioGroup // the documents' languages; nil when there is only one
	scroll  *container.Scroll
	content fyne.CanvasObject
	timer   *time.Timer
	gen     int    // generation of the latest request; older results are dropped
	shown   string // the Markdown on display
	// compared shows, while the answers are compared with an earlier
	// version, which one and what the rules of amendment say (note).
	compared *fyne.Container
	note     *widget.Label
}

func newPreviewPane(ed *editor) *previewPane {
	// The preview starts in the interface language when it is one of the
	// documents' languages.
	docLangs := ed.s.Langs()
	lang := docLangs[0]
	if contains(docLangs, ed.w.loc.Lang) {
		lang = ed.w.loc.Lang
	}
	p := &previewPane{ed: ed, lang: lang, rich: widget.NewRichText()}
	p.rich.Wrapping = fyne.TextWrapWord
	p.scroll = container.NewVScroll(p.rich)
	title := widget.NewLabelWithStyle(ed.w.T("preview.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	var choice fyne.CanvasObject
	if len(docLangs) > 1 {
		var names []string
		byName := map[string]textfmt.Lang{}
		for _, l := range docLangs {
			names = append(names, textfmt.NativeName(l))
			byName[textfmt.NativeName(l)] = l
		}
		langs := widget.NewRadioGroup(names, func(s string) {
			if l, ok := byName[s]; ok && l != p.lang {
				p.lang = l
				p.refresh()
			}
		})
		langs.Horizontal = true
		langs.Required = true
		langs.Selected = textfmt.NativeName(p.lang)
		p.langs = langs
		choice = langs
	} else {
		// A document in one language: say which, with nothing to choose.
		choice = widget.NewLabel(textfmt.NativeName(lang))
	}
	top := container.NewBorder(nil, nil, title, choice)
	p.note = widget.NewLabel("")
	p.note.Wrapping = fyne.TextWrapWord
	p.note.Hide()
	p.compared = container.NewVBox()
	p.showCompared()
	p.review = widget.NewCheck(ed.w.T("preview.review"), func(bool) { p.refresh() })
	edit := widget.NewButtonWithIcon(ed.w.T("preview.edit_clause"), theme.DocumentCreateIcon(), p.editClause)
	tools := container.NewBorder(nil, nil, p.review, edit)
	p.content = container.NewBorder(container.NewVBox(container.NewPadded(container.NewVBox(top, tools)), p.compared), nil, nil, nil, p.scroll)
	return p
}

// showCompared shows, under the preview's title, the earlier version the
// answers are compared with, if any, with a button to stop comparing.
func (p *previewPane) showCompared() {
	w := p.ed.w
	e := p.ed.s.Earlier()
	if e == nil {
		p.compared.Objects = nil
		p.note.SetText("")
		p.compared.Refresh()
		return
	}
	with := widget.NewLabel(w.T("compare.with", "Name", e.Name(), "Version", e.Version))
	with.Wrapping = fyne.TextWrapWord
	with.TextStyle.Italic = true
	stop := widget.NewButton(w.T("compare.stop"), w.stopComparing)
	p.compared.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil, stop, with), p.note}
	p.compared.Refresh()
}

// relayout lays the pane out again once the wrapped labels above the
// text change (see editor.relayout).
func (p *previewPane) relayout() {
	for range 2 {
		p.content.Refresh()
	}
}

// background runs previews and autosaves on timers and goroutines; tests
// turn it off and call refreshNow and autosave themselves, so that they
// run deterministically in one goroutine.
var background = true

// schedule refreshes the preview once the user pauses.
func (p *previewPane) schedule() {
	if !background {
		p.refreshNow()
		return
	}
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(previewDelay, func() { fyne.Do(p.refresh) })
}

// refresh assembles the document in the background from a snapshot of
// the answers, then shows it, unless a newer request came meanwhile.
func (p *previewPane) refresh() {
	if !background {
		p.refreshNow()
		return
	}
	p.gen++
	gen, req := p.gen, p.request()
	go func() {
		md, note := req.render()
		fyne.Do(func() {
			if gen == p.gen {
				p.show(md, note)
			}
		})
	}()
}

// refreshNow assembles and shows the preview in the calling goroutine.
func (p *previewPane) refreshNow() {
	p.gen++
	p.show(p.request().render())
}

func (p *previewPane) show(md, note string) {
	if note != p.note.Text {
		p.note.Importance = widget.WarningImportance
		p.note.SetText(note)
		if note == "" {
			p.note.Hide()
		} else {
			p.note.Show()
		}
		p.relayout()
	}
	if md == p.shown {
		return
	}
	p.shown = md
	p.rich.Segments = richSegments([]byte(md))
	p.rich.Refresh()
}

// previewRequest is what the preview shows, taken from the session in
// the interface's goroutine so that it can be rendered in another.
type previewRequest struct {
	w       *Wizard
	kind    *templates.Kind
	vals    questionnaire.Values
	lang    textfmt.Lang
	earlier *session.Earlier
	check   func(*versions.Comparison) *versions.Problem
	review  bool // for review: commentary after each clause
}

func (p *previewPane) request() previewRequest {
	s := p.ed.s
	return previewRequest{w: p.ed.w, kind: s.Kind, vals: s.Values(), lang: p.lang, earlier: s.Earlier(), check: s.AmendmentProblem,
		review: p.review.Checked}
}

// render returns the Markdown to show and a note on the comparison: the
// document, or the redline from the earlier version when there is one.
func (r previewRequest) render() (md, note string) {
	if r.earlier == nil || r.review {
		return previewMarkdown(r.kind, r.vals, r.lang, r.review), ""
	}
	c, err := versions.Compare(r.kind, r.earlier.Values, r.vals, r.lang, templates.Preview)
	if err != nil {
		return err.Error(), ""
	}
	if c.Unchanged() {
		return previewMarkdown(r.kind, r.vals, r.lang, false), r.w.T("compare.unchanged", "Name", r.earlier.Name())
	}
	return string(markdown.RenderBody(c.Redline())), r.w.amendmentNote(c, r.check(c), r.earlier)
}

// previewMarkdown is the document in preview mode: missing answers are
// marked instead of refused. For review, each clause is followed by its
// commentary, and the answers and the points to check end it.
func previewMarkdown(k *templates.Kind, vals questionnaire.Values, lang textfmt.Lang, forReview bool) string {
	assemble := k.Assemble
	if forReview {
		assemble = func(vals questionnaire.Values, lang textfmt.Lang, mode templates.Mode) (*document.Document, error) {
			return review.Document(k, vals, lang, mode)
		}
	}
	doc, err := assemble(vals, lang, templates.Preview)
	if err != nil {
		return err.Error()
	}
	return string(markdown.RenderBody(doc))
}

// buildReview fills the last step: the summary of choices, like a licence
// deed, and what remains to be done before exporting.
func (ed *editor) buildReview() {
	intro := widget.NewLabel(ed.w.T("editor.review_intro"))
	intro.Wrapping = fyne.TextWrapWord
	ed.header.Add(intro)
	ed.form.Add(ed.summaryCard())

	var incomplete []string
	for i, n := range ed.stepProblems() {
		if n > 0 {
			incomplete = append(incomplete, ed.stepTitle(i))
		}
	}
	state := widget.NewLabel(ed.w.T("editor.all_complete"))
	state.Importance = widget.SuccessImportance
	if len(incomplete) > 0 {
		state.SetText(ed.w.T("editor.steps_incomplete", "Steps", textfmt.List(ed.w.loc.Lang, incomplete)))
		state.Importance = widget.WarningImportance
	}
	state.Wrapping = fyne.TextWrapWord
	save := widget.NewButtonWithIcon(ed.w.T("menu.save"), theme.DocumentSaveIcon(), func() { ed.w.save(nil) })
	ed.form.Add(state)
	ed.form.Add(container.NewHBox(save))
}

// summaryCard shows, like a licence deed, each commitment and chosen
// option with a pictogram, and each choice that sets the other party's
// rights, with its level.
func (ed *editor) summaryCard() fyne.CanvasObject {
	q := ed.s.Questionnaire()
	vals := q.Resolve(ed.s.Values())
	var rows []fyne.CanvasObject
	for _, qq := range q.Questions() {
		if !q.Visible(qq, vals) {
			continue
		}
		name, label := qq.Picto, qq.Label
		var question questionnaire.Text // the question, above a chosen option without pictogram
		var rights questionnaire.Rights
		if o, ok := qq.Option(fmt.Sprint(vals[qq.Key])); ok {
			name, rights, label = o.Picto, o.Rights, o.Label
			if name == "" {
				question = qq.Label
			}
		}
		rated := rights != "" && qq.RatesRights()
		if name == "" && !rated {
			continue
		}
		title := widget.NewLabelWithStyle(ed.w.text(label), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		text := container.NewVBox(title)
		if len(question) > 0 {
			q := widget.NewLabelWithStyle(ed.w.text(question), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
			q.Wrapping = fyne.TextWrapWord
			text.Objects = []fyne.CanvasObject{q, title}
		}
		if rated {
			text.Add(container.NewHBox(ed.badge(qq, rights)))
		}
		var left fyne.CanvasObject
		if name != "" {
			left = ed.pictoImage(name, 48)
		}
		if len(rows) > 0 {
			rows = append(rows, widget.NewSeparator())
		}
		rows = append(rows, container.NewBorder(nil, nil, left, nil, text))
	}
	if len(rows) == 0 {
		return widget.NewLabel("")
	}
	// A subheading, as the step's title is: a card's title would be larger.
	title := widget.NewLabelWithStyle(ed.w.T("summary.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(title, container.NewPadded(container.NewVBox(rows...)))
}

// pictoImage draws a pictogram in the theme's text colour, so it reads in
// light and dark themes alike.
func (ed *editor) pictoImage(name string, size float32) fyne.CanvasObject {
	p, ok := picto.Get(name)
	if !ok {
		return canvas.NewRectangle(color.Transparent)
	}
	fg := theme.Color(theme.ColorNameForeground)
	r, g, b, _ := fg.RGBA()
	hex := fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
	res := fyne.NewStaticResource(name+hex+".svg", picto.SVG(p, hex, name))
	img := canvas.NewImageFromResource(res)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(size, size))
	return img
}

var whiteText = color.NRGBA{0xff, 0xff, 0xff, 0xff}

// paddedLayout pads its objects by fixed amounts, tighter than the
// theme's padding, for badges.
type paddedLayout struct{ h, v float32 }

func (p paddedLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(p.h, p.v))
		o.Resize(fyne.NewSize(size.Width-2*p.h, size.Height-2*p.v))
	}
}

func (p paddedLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.Add(fyne.NewSize(2*p.h, 2*p.v))
}
