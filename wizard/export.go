package wizard

import (
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"apitos/assets/picto"
	"apitos/internal/export"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// exportChoice is what the export dialog collects.
type exportChoice struct {
	folder  string
	formats []export.Format
	langs   []textfmt.Lang
	draft   bool // write even though answers are missing, gaps marked
	// compare writes too the redline from the earlier version the
	// answers are compared with, and the change log.
	compare bool
	review  bool // for a reviewer: commentary, alternatives, points to check
	// sideBySide writes one document per format, the two languages in
	// two columns, instead of one per language.
	sideBySide bool
}

// exportDialog is the export form; tests drive its fields.
type exportDialog struct {
	w       *Wizard
	d       dialog.Dialog
	choice  exportChoice
	formats map[export.Format]*widget.Check
	langs   map[textfmt.Lang]*widget.Check
	layout  *widget.Check // nil for documents in one language
	folder  *widget.Label
	draft   *widget.Check
	compare *widget.Check // nil when the answers are compared with no earlier version
	review  *widget.Check
	problem *widget.Label
	ok      *widget.Button
}

// showExport opens the export dialog.
func (w *Wizard) showExport() {
	if w.sess == nil {
		return
	}
	e := w.newExportDialog()
	w.showDialog(e.d, e.submit, e.d.Hide)
}

func (w *Wizard) newExportDialog() *exportDialog {
	e := &exportDialog{w: w, formats: map[export.Format]*widget.Check{}, langs: map[textfmt.Lang]*widget.Check{}}
	e.choice.folder = w.prefs.String(prefFolder)
	formats := container.NewHBox()
	for _, f := range export.Formats {
		name := map[export.Format]string{export.Markdown: "Markdown", export.PDF: "PDF", export.DOCX: "Word (.docx)",
			export.ODT: "OpenDocument (.odt)", export.HTML: w.T("export.html")}[f]
		c := widget.NewCheck(name, func(bool) { e.validate() })
		// Markdown and PDF are the documents to publish; the word
		// processors' formats and the web page are asked for.
		c.Checked = f == export.Markdown || f == export.PDF
		e.formats[f] = c
		formats.Add(c)
	}
	// Only the documents' languages can be exported: the answers have
	// no text in any other.
	langs := container.NewHBox()
	for _, l := range w.sess.Langs() {
		c := widget.NewCheck(textfmt.NativeName(l), func(bool) { e.validate() })
		c.Checked = true
		e.langs[l] = c
		langs.Add(c)
	}
	var layout fyne.CanvasObject
	if len(w.sess.Langs()) == 2 {
		e.layout = widget.NewCheck(w.T("export.side_by_side"), func(bool) { e.validate() })
		layout = e.layout
	}
	e.folder = widget.NewLabel(w.T("export.no_folder_chosen"))
	if e.choice.folder != "" {
		e.folder.SetText(e.choice.folder)
	}
	e.folder.Truncation = fyne.TextTruncateEllipsis
	choose := widget.NewButton(w.T("export.choose"), func() {
		w.chooseFolder(e.choice.folder, func(path string) {
			if path != "" {
				e.choice.folder = path
				e.folder.SetText(path)
				e.validate()
			}
		})
	})
	e.review = widget.NewCheck(w.T("export.review", "Example", export.ReviewFileName(w.sess.Kind.ID, w.sess.Langs()[0], export.DOCX)), func(bool) { e.validate() })
	// The preview's review mode carries over to the export.
	e.review.Checked = w.ed != nil && w.ed.preview.review.Checked
	form := widget.NewForm(
		widget.NewFormItem(w.T("export.formats"), formats),
		widget.NewFormItem(w.T("export.languages"), langs),
	)
	if layout != nil {
		form.Append(w.T("export.layout"), layout)
	}
	form.Append(w.T("export.folder"), container.NewBorder(nil, nil, nil, choose, e.folder))
	form.Append(w.T("export.mode"), e.review)
	items := []fyne.CanvasObject{form}
	if n := len(w.sess.Problems()); n > 0 {
		example := export.FileName(w.sess.Kind.ID, w.sess.Langs()[0], export.PDF, true)
		warn := widget.NewLabel(w.loc.N("export.incomplete", n, "Example", example))
		warn.Wrapping = fyne.TextWrapWord
		warn.Importance = widget.WarningImportance
		e.draft = widget.NewCheck(w.T("export.draft"), func(bool) { e.validate() })
		items = append(items, warn, e.draft)
	}
	if earlier := w.sess.Earlier(); earlier != nil {
		items = append(items, e.compareChoice(earlier.Name())...)
	}
	e.problem = widget.NewLabel("")
	e.problem.Importance = widget.DangerImportance
	e.problem.Wrapping = fyne.TextWrapWord
	items = append(items, e.problem)

	d := dialog.NewCustomWithoutButtons(w.T("export.title"), container.NewVBox(items...), w.win)
	e.ok = widget.NewButton(w.T("export.button"), e.submit)
	e.ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(w.T("export.cancel"), d.Hide), e.ok})
	d.Resize(fyne.NewSize(620, 0))
	e.d = d
	e.validate()
	return e
}

// compareChoice offers to export the comparison with the earlier
// version too: it needs every answer given and the rules of amendment
// kept, and says so when they are not.
func (e *exportDialog) compareChoice(name string) []fyne.CanvasObject {
	w := e.w
	e.compare = widget.NewCheck(w.T("export.compare", "Name", name), func(bool) { e.validate() })
	e.compare.Checked = true
	why := ""
	if len(w.sess.Problems()) > 0 {
		why = w.T("export.compare_incomplete")
	} else if comps, p, err := w.sess.Comparisons(w.sess.Langs()); err != nil {
		why = err.Error()
	} else if p != nil {
		why = w.amendmentNote(comps[0], p, w.sess.Earlier())
	}
	if why == "" {
		return []fyne.CanvasObject{e.compare}
	}
	e.compare.Checked = false
	e.compare.Disable()
	note := widget.NewLabel(why)
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.WarningImportance
	return []fyne.CanvasObject{e.compare, note}
}

// submit exports when the choices allow it.
func (e *exportDialog) submit() {
	if e.validate() {
		e.d.Hide()
		e.w.exportTo(e.choice, false)
	}
}

// validate collects the choices and says what is missing, if anything;
// the Export button works only when nothing is.
func (e *exportDialog) validate() bool {
	e.choice.formats, e.choice.langs = nil, nil
	for _, f := range export.Formats {
		if e.formats[f].Checked {
			e.choice.formats = append(e.choice.formats, f)
		}
	}
	for _, l := range textfmt.All {
		if c, ok := e.langs[l]; ok && c.Checked {
			e.choice.langs = append(e.choice.langs, l)
		}
	}
	e.choice.draft = e.draft != nil && e.draft.Checked
	e.choice.compare = e.compare != nil && e.compare.Checked && !e.compare.Disabled()
	e.choice.review = e.review.Checked
	e.choice.sideBySide = e.layout != nil && e.layout.Checked
	msg := ""
	switch {
	case len(e.choice.formats) == 0 || len(e.choice.langs) == 0:
		msg = e.w.T("export.need_format")
	case e.choice.sideBySide && len(e.choice.langs) != 2:
		msg = e.w.T("export.side_by_side_langs")
	case e.choice.sideBySide && e.choice.review:
		msg = e.w.T("export.side_by_side_review")
	case e.choice.sideBySide && slices.ContainsFunc(e.choice.formats, func(f export.Format) bool { return !contains(export.SideBySideFormats, f) }):
		msg = e.w.T("export.side_by_side_format")
	case e.choice.folder == "":
		msg = e.w.T("export.need_folder")
	case contains(e.choice.formats, export.PDF):
		msg = e.unprintable()
	}
	e.problem.SetText(msg)
	ok := msg == "" && (e.draft == nil || e.choice.draft)
	if ok {
		e.ok.Enable()
	} else {
		e.ok.Disable()
	}
	return ok
}

// unprintable says which answers hold characters the PDF cannot draw.
func (e *exportDialog) unprintable() string {
	var lines []string
	q := e.w.sess.Questionnaire()
	for _, p := range export.Unprintable(e.w.sess.Kind, e.w.sess.Values()) {
		label := p.Key
		if qq, ok := q.Question(p.Key); ok {
			label = qq.Label.In(e.w.loc.Lang)
		}
		if p.Lang != "" {
			label += ", " + e.w.T("label.lang", "Lang", textfmt.LangName(p.Lang, e.w.loc.Lang))
		}
		lines = append(lines, e.w.T("cli.problem", "Label", label, "Message", e.w.loc.Message(p.Msg)))
	}
	return strings.Join(lines, "\n")
}

// exportTo renders and writes the documents. Existing files are replaced
// only once the user has confirmed (replace); the result lists what was
// written, with a way to open the folder.
func (w *Wizard) exportTo(c exportChoice, replace bool) {
	mode := templates.Final
	if c.draft {
		mode = templates.Preview
	}
	langs := c.langs
	if c.sideBySide {
		langs = export.PrevailingFirst(w.sess.Kind, w.sess.Values(), langs)
	}
	files, err := export.Render(export.Request{Kind: w.sess.Kind, Values: w.sess.Values(),
		Langs: langs, Formats: c.formats, Mode: mode, Review: c.review, Program: w.opts.Version, SideBySide: c.sideBySide})
	if err == nil && c.compare {
		var more []export.File
		more, err = w.comparisonFiles(c)
		files = append(files, more...)
	}
	if err != nil {
		w.showError(w.T("export.failed", "Error", err.Error()))
		return
	}
	if existing := existingFiles(c.folder, files); len(existing) > 0 && !replace {
		w.confirmReplace(c, existing)
		return
	}
	w.prefs.SetString(prefFolder, c.folder)
	written, err := export.Write(c.folder, files)
	if err != nil {
		w.showError(w.T("export.failed", "Error", err.Error()))
		return
	}
	w.showExported(c.folder, written)
}

// comparisonFiles renders the redline from the earlier version and the
// change log, in the languages and formats chosen.
func (w *Wizard) comparisonFiles(c exportChoice) ([]export.File, error) {
	comps, p, err := w.sess.Comparisons(c.langs)
	if err != nil {
		return nil, err
	}
	if p != nil {
		return nil, errors.New(w.amendmentNote(comps[0], p, w.sess.Earlier()))
	}
	return export.RenderComparisons(comps, c.formats, w.sess.Announced(), w.opts.Version)
}

// existingFiles lists the files an export would replace: documents and
// the pictograms written next to them.
func existingFiles(folder string, files []export.File) []string {
	var out []string
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(folder, filepath.FromSlash(f.Name))); err == nil {
			out = append(out, f.Name)
		}
	}
	return out
}

func (w *Wizard) confirmReplace(c exportChoice, existing []string) {
	msg := widget.NewLabel(w.T("export.exists", "Folder", c.folder) + "\n" + w.replacedList(existing))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(w.T("export.exists_title"), msg, w.win)
	replace := widget.NewButton(w.T("export.replace"), func() {
		d.Hide()
		w.exportTo(c, true)
	})
	replace.Importance = widget.DangerImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(w.T("export.cancel"), d.Hide), replace})
	d.Resize(fyne.NewSize(520, 0))
	// Replacing files is never the default: Enter cancels, like Escape.
	w.showDialog(d, d.Hide, d.Hide)
}

// replacedList names the files to be replaced, a document a line, then
// the pictograms together on one line under their folder's name.
func (w *Wizard) replacedList(names []string) string {
	var lines, pictos []string
	for _, n := range names {
		if p, ok := strings.CutPrefix(n, picto.Dir+"/"); ok {
			pictos = append(pictos, p)
		} else {
			lines = append(lines, "• "+n)
		}
	}
	if len(pictos) > 0 {
		lines = append(lines, "• "+w.T("export.exists_pictograms", "Folder", picto.Dir, "Files", strings.Join(pictos, ", ")))
	}
	return strings.Join(lines, "\n")
}

func (w *Wizard) showExported(folder string, written []string) {
	// The folder's name can be selected and copied, whether or not the
	// system can open it.
	head := widget.NewLabel(w.loc.N("export.done", len(written), "Folder", folder))
	head.Selectable = true
	head.Wrapping = fyne.TextWrapWord
	list := container.NewVBox(head)
	for _, p := range written {
		rel, err := filepath.Rel(folder, p)
		if err != nil {
			rel = p
		}
		list.Add(widget.NewLabel("• " + rel))
	}
	d := dialog.NewCustomWithoutButtons(w.T("export.done_title"), container.NewVScroll(list), w.win)
	open := widget.NewButton(w.T("export.open_folder"), func() { w.openFolder(folder) })
	closeBtn := widget.NewButton(w.T("export.close"), d.Hide)
	closeBtn.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{open, closeBtn})
	d.Resize(fyne.NewSize(560, 360))
	w.showDialog(d, d.Hide, d.Hide)
}

// openFolder asks the system to show a folder. When it cannot (no
// xdg-open on a bare Linux system, for one), it says so and gives the
// folder's path to copy.
func (w *Wizard) openFolder(folder string) {
	err := w.app.OpenURL(&url.URL{Scheme: "file", Path: folder})
	if err == nil {
		return
	}
	msg := w.T("export.open_failed", "Error", err.Error())
	if errors.Is(err, exec.ErrNotFound) {
		msg = w.T("export.no_opener")
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	path := widget.NewLabelWithStyle(folder, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	path.Selectable = true
	path.Wrapping = fyne.TextWrapBreak
	d := dialog.NewCustomWithoutButtons(w.T("export.open_failed_title"), container.NewVBox(text, path), w.win)
	copyPath := widget.NewButton(w.T("export.copy_path"), func() {
		w.app.Clipboard().SetContent(folder)
	})
	closeBtn := widget.NewButton(w.T("export.close"), d.Hide)
	closeBtn.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{copyPath, closeBtn})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

func contains[T comparable](xs []T, x T) bool { return slices.Contains(xs, x) }
