package wizard

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/questionnaire"
	"apitos/internal/session"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// A contribution policy may take the facts of its commons from the
// charter's answers file (see session.LinkCharter). The wizard offers the
// link when the policy starts and on its first step, shows the answers
// the charter gives read-only with where they come from, and reads the
// charter again when its file changes.

// chooseCharter asks for the answers file of a charter with Fyne's file
// dialog, opened where the answers are.
func (w *Wizard) chooseCharter(done func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		done(r.URI().Path())
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".yaml", ".yml"}))
	w.showFileDialog(d, w.answersFolder())
}

// startFromCharter starts a document of kind k whose shared answers come
// from the charter the user chooses.
func (w *Wizard) startFromCharter(k *templates.Kind) {
	w.chooseCharter(func(path string) {
		s := session.New(k, w.docLangs)
		if m := s.LinkCharter(path); m != nil {
			w.showError(onScreen(sentence(w.loc.Message(m))))
			return
		}
		w.startSession(s)
	})
}

// linkCharter links the current answers to the charter the user chooses,
// or to another one.
func (w *Wizard) linkCharter() {
	if w.sess == nil || !w.sess.Questionnaire().Links() {
		return
	}
	w.chooseCharter(func(path string) {
		if m := w.sess.LinkCharter(path); m != nil {
			w.showError(onScreen(sentence(w.loc.Message(m))))
			return
		}
		w.rebuild()
		w.changed()
	})
}

// unlinkCharter stops taking answers from the charter; the answers it
// gave become the document's own.
func (w *Wizard) unlinkCharter() {
	if w.sess == nil || w.sess.Charter() == nil {
		return
	}
	w.sess.Unlink()
	w.rebuild()
	w.changed()
	w.ed.flash(w.T("link.unlinked"))
}

// charterBar says, on the first step of a document that may name its
// charter, where its shared answers come from, or offers to link one.
func (ed *editor) charterBar() fyne.CanvasObject {
	w := ed.w
	var items []fyne.CanvasObject
	text := widget.NewLabel("")
	text.Wrapping = fyne.TextWrapWord
	items = append(items, text)
	var buttons []fyne.CanvasObject
	if l := ed.s.Charter(); l != nil {
		text.SetText(w.T("link.bar_linked", "Path", l.Ref))
		if m := l.Problem(); m != nil {
			problem := widget.NewLabel(onScreen(sentence(w.loc.Message(m))))
			problem.Wrapping = fyne.TextWrapWord
			problem.Importance = widget.DangerImportance
			items = append(items, problem)
		}
		buttons = append(buttons, widget.NewButton(w.T("link.change"), w.linkCharter),
			widget.NewButton(w.T("link.unlink"), w.unlinkCharter))
	} else {
		text.SetText(w.T("link.bar_unlinked"))
		buttons = append(buttons, widget.NewButton(w.T("link.choose"), w.linkCharter))
	}
	items = append(items, container.NewHBox(buttons...))
	return widget.NewCard("", "", container.NewVBox(items...))
}

// linkedInput shows an answer the charter gives: its value, and the
// charter's question and line it comes from.
func (ed *editor) linkedInput(f *field) fyne.CanvasObject {
	w := ed.w
	value := widget.NewLabelWithStyle(ed.factText(f.q, ed.s.Values()[f.q.Key]), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	value.Wrapping = fyne.TextWrapWord
	source := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	source.Wrapping = fyne.TextWrapWord
	if src, line, ok := ed.s.Source(f.q.Key); ok {
		source.SetText(w.T("field.from_charter", "Path", ed.s.Charter().Ref, "Question", w.text(src.Label), "Line", line))
	} else {
		source.SetText(w.T("field.from_charter_unread", "Path", ed.s.Charter().Ref))
	}
	f.fact = value
	return container.NewVBox(value, source)
}

// factText writes an answer as the interface shows it: an option by its
// label, a licence by its identifier and name, a country by its name.
func (ed *editor) factText(qq *questionnaire.Question, v any) string {
	l := ed.w.loc.Lang
	switch v := v.(type) {
	case nil:
		return ed.w.T("field.no_answer")
	case string:
		if o, ok := qq.Option(v); ok {
			if qq.Type == questionnaire.TypeLicence {
				return onScreen(v + " — " + o.Label.In(l))
			}
			return ed.w.text(o.Label)
		}
		if c, ok := textfmt.LookupCountry(v); ok && qq.Type == questionnaire.TypeCountry {
			return onScreen(c.Label(l))
		}
		return onScreen(v)
	case []string:
		var labels []string
		for _, id := range v {
			labels = append(labels, ed.factText(qq, id))
		}
		return onScreen(textfmt.List(l, labels))
	case questionnaire.Translated:
		for _, lang := range append([]textfmt.Lang{l}, ed.s.Langs()...) {
			if s := v[lang]; s != "" {
				return onScreen(s)
			}
		}
		return ed.w.T("field.no_answer")
	case bool:
		return map[bool]string{true: ed.w.T("field.yes"), false: ed.w.T("field.no")}[v]
	case time.Time:
		return onScreen(textfmt.Date(l, v))
	}
	return fmt.Sprint(v)
}

// refreshCharter reads the charter again if its file changed since it
// was read, and reports whether it did.
func (ed *editor) refreshCharter() bool {
	if !ed.s.RefreshCharter() {
		return false
	}
	ed.preview.schedule()
	return true
}
