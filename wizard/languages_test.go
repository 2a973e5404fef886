package wizard

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// chooseDocLangs picks the documents' languages on the start screen, as
// the user does, by the label of the choice ("English", "Français" or
// the interface's word for both).
func chooseDocLangs(t *testing.T, w *Wizard, choice string) {
	t.Helper()
	found := walkTree(w.win.Content(), func(o fyne.CanvasObject) bool {
		r, ok := o.(*widget.RadioGroup)
		if ok && slices.Contains(r.Options, choice) && slices.Contains(r.Options, "Français") {
			r.SetSelected(choice)
			return true
		}
		return false
	})
	if !found {
		t.Fatalf("the start screen offers no %q for the documents' languages", choice)
	}
}

// startCharter opens a new charter in the documents' languages chosen on
// the start screen, and goes to its first step of free text.
func startCharter(t *testing.T, ui textfmt.Lang, choice string) *Wizard {
	t.Helper()
	w := newTestWizard(t, filepath.Join(t.TempDir(), "storage"), ui)
	dialogsOpenIn(t.TempDir())
	chooseDocLangs(t, w, choice)
	test.Tap(w.startButtons["charter"])
	if w.ed == nil || w.ed.fields["commons.mission"] == nil {
		t.Fatal("the charter does not open on the step of its mission")
	}
	return w
}

// previewText shows the preview in a language and returns its Markdown.
func previewText(w *Wizard, l textfmt.Lang) string {
	p := w.ed.preview
	if p.langs != nil {
		p.langs.SetSelected(textfmt.NativeName(l))
	}
	p.refreshNow()
	return p.shown
}

// In a document of both languages a translatable answer has an entry per
// language, side by side, each labelled and with its own error line; what
// is typed in each reaches that language's document only.
func TestTranslatableAnswerInBothLanguages(t *testing.T) {
	w := startCharter(t, textfmt.EN, "Both")
	f := w.ed.fields["commons.mission"]
	if len(f.entries) != 2 || len(f.langErr) != 2 {
		t.Fatalf("mission has %d entries and %d error lines, want 2 and 2", len(f.entries), len(f.langErr))
	}
	for _, l := range textfmt.All {
		if !walkTree(f.box, func(o fyne.CanvasObject) bool {
			label, ok := o.(*widget.Label)
			return ok && label.Text == textfmt.NativeName(l)
		}) {
			t.Errorf("the %s entry is not labelled %q", l, textfmt.NativeName(l))
		}
	}
	capture(t, w, "charter-step1-both")

	stepProblems := func() []string {
		var out []string
		for _, p := range w.ed.groupProblems(w.ed.step) {
			out = append(out, p.Key+"@"+string(p.Lang))
		}
		return out
	}
	before := len(stepProblems())
	test.Type(f.entries[textfmt.EN], "To look after the paths.")
	if !f.langErr[textfmt.FR].Visible() || !strings.Contains(f.langErr[textfmt.FR].Text, "write this answer in French too") {
		t.Errorf("French error line = %q (visible %v)", f.langErr[textfmt.FR].Text, f.langErr[textfmt.FR].Visible())
	}
	if f.langErr[textfmt.EN].Visible() || f.err.Visible() {
		t.Error("an error is shown for the English text, which is given")
	}
	if got := stepProblems(); len(got) != before || !slices.Contains(got, "commons.mission@fr") {
		t.Errorf("step problems %v do not count the missing translation", got)
	}
	if fr := previewText(w, textfmt.FR); !strings.Contains(fr, "à traduire\u00a0: Mission") || strings.Contains(fr, "look after") {
		t.Error("the French preview does not mark the missing translation, or shows the English text")
	}
	test.Type(f.entries[textfmt.FR], "Entretenir les chemins.")
	if f.langErr[textfmt.FR].Visible() {
		t.Errorf("French error still shown: %q", f.langErr[textfmt.FR].Text)
	}
	if got := stepProblems(); len(got) != before-1 || !strings.Contains(w.ed.status.Text, "answers to complete") {
		t.Errorf("step problems %v and status %q once the mission is in both languages", got, w.ed.status.Text)
	}
	if fr := previewText(w, textfmt.FR); !strings.Contains(fr, "Entretenir les chemins.") || strings.Contains(fr, "look after") {
		t.Error("the French preview does not show the French mission only")
	}
	if en := previewText(w, textfmt.EN); !strings.Contains(en, "To look after the paths.") || strings.Contains(en, "Entretenir") {
		t.Error("the English preview does not show the English mission only")
	}
	if !strings.HasPrefix(w.win.Title(), "*") {
		t.Error("typing a translation does not mark the document unsaved")
	}

	// Tab goes from the interface language's entry to the other one.
	c := w.win.Canvas()
	c.Focus(f.inputs[textfmt.EN])
	test.FocusNext(c)
	if c.Focused() != f.inputs[textfmt.FR] {
		t.Errorf("Tab from the English mission went to %T, not the French one", c.Focused())
	}
}

// The interface language's entry comes first.
func TestInterfaceLanguageEntryFirst(t *testing.T) {
	w := startCharter(t, textfmt.FR, "Les deux")
	f := w.ed.fields["commons.mission"]
	if f.entry != f.entries[textfmt.FR] || w.win.Canvas().Focused() == f.inputs[textfmt.EN] {
		t.Error("in the French interface, the French entry does not come first")
	}
	capture(t, w, "charter-step1-both-fr")
}

// A document in one language asks for one text, does not ask which
// language prevails, previews and exports that language only, and keeps
// its language through autosave and recovery.
func TestOneLanguageDocument(t *testing.T) {
	w := startCharter(t, textfmt.EN, "Français")
	f := w.ed.fields["commons.mission"]
	if len(f.entries) != 1 || f.entries[textfmt.FR] == nil || f.langErr != nil {
		t.Fatalf("mission entries %v: want a single French entry", f.entries)
	}
	capture(t, w, "charter-step1-fr-only")
	if w.ed.preview.langs != nil || w.ed.preview.lang != textfmt.FR {
		t.Error("the preview offers a choice of language, or not French")
	}
	test.Type(f.entry, "Entretenir les chemins.")
	if !strings.Contains(w.ed.preview.shown, "Entretenir les chemins.") {
		t.Error("the French preview does not show the mission typed")
	}
	if w.sess.Text(questionnaire.LangKey("commons.mission", textfmt.FR)) != "Entretenir les chemins." {
		t.Error("the text typed is not the French mission")
	}
	prevailing, _ := w.sess.Questionnaire().Question("prevailing_language")
	for i, g := range w.ed.groups {
		if slices.Contains(g.Questions, prevailing) {
			w.ed.show(i)
			if _, asked := w.ed.fields["prevailing_language"]; asked {
				t.Error("the language that prevails is asked for a French-only charter")
			}
		}
	}

	e := w.newExportDialog()
	if len(e.langs) != 1 || e.langs[textfmt.FR] == nil || !e.langs[textfmt.FR].Checked {
		t.Errorf("the export offers %d languages; want French only, ticked", len(e.langs))
	}

	storage := w.opts.StorageDir
	w.autosave()
	again := newTestWizard(t, storage, textfmt.EN)
	test.Tap(findButton(again.win.Content(), again.T("start.recover_button")))
	if again.sess == nil || !slices.Equal(again.sess.Langs(), []textfmt.Lang{textfmt.FR}) {
		t.Fatal("recovery lost the documents' language")
	}
	if got := again.sess.Text(questionnaire.LangKey("commons.mission", textfmt.FR)); got != "Entretenir les chemins." {
		t.Errorf("recovered mission %q", got)
	}
	if again.ed.preview.lang != textfmt.FR {
		t.Error("the recovered document previews in English")
	}
}

// Both texts of a translatable answer survive autosave and recovery.
func TestTranslationsSurviveRecovery(t *testing.T) {
	w := startCharter(t, textfmt.EN, "Both")
	f := w.ed.fields["commons.mission"]
	test.Type(f.entries[textfmt.EN], "To look after the paths.")
	test.Type(f.entries[textfmt.FR], "Entretenir les chemins.")
	w.autosave()
	again := newTestWizard(t, w.opts.StorageDir, textfmt.EN)
	test.Tap(findButton(again.win.Content(), again.T("start.recover_button")))
	g := again.ed.fields["commons.mission"]
	if g == nil || g.entries[textfmt.EN].Text != "To look after the paths." || g.entries[textfmt.FR].Text != "Entretenir les chemins." {
		t.Fatal("the recovered mission lost a language")
	}
}

// Each entry shows the example in its own language: a short one as its
// placeholder, a long one in full under it.
func TestExamplesInEachLanguage(t *testing.T) {
	w := startCharter(t, textfmt.EN, "Both")
	q := w.sess.Questionnaire()
	mission, _ := q.Question("commons.mission")
	for _, l := range textfmt.All {
		e := w.ed.fields["commons.mission"].entries[l]
		if e.PlaceHolder != "" {
			t.Errorf("the long %s example is a placeholder, cut at the entry's edge", l)
		}
		if !walkTree(w.ed.fields["commons.mission"].box, func(o fyne.CanvasObject) bool {
			label, ok := o.(*widget.Label)
			return ok && label.Text == w.T("field.example", "Value", mission.Example.In(l)) && label.Wrapping == fyne.TextWrapWord
		}) {
			t.Errorf("the %s example of the mission is not shown in full", l)
		}
	}
	name := w.ed.fields["commons.name"].entry
	if name.PlaceHolder != "e.g. Sentiers en commun" {
		t.Errorf("short example placeholder %q", name.PlaceHolder)
	}
}

// A translatable field of a list row has an entry per language too, and
// each reaches its language's document.
func TestTranslatableRowFields(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	for w.ed.fields["annex"] == nil {
		answerStep(t, w.ed)
		test.Tap(w.ed.next)
	}
	f := w.ed.fields["annex"]
	test.Tap(f.add)
	row := f.rows[0]
	en, fr := row[questionnaire.LangKey("title", textfmt.EN)], row[questionnaire.LangKey("title", textfmt.FR)]
	if en == nil || fr == nil || row["url"] == nil {
		t.Fatalf("row entries %v: want a title per language and one address", row)
	}
	if w.win.Canvas().Focused() != f.rowTop[0] || f.rowTop[0] != fyne.Focusable(en) {
		t.Error("adding a row does not focus its first entry")
	}
	test.Type(en, "Security policy")
	test.Type(fr, "Politique de sécurité")
	test.Type(row["url"], "https://acme.example/security")
	capture(t, w, "api-tos-annex-both")
	if got := previewText(w, textfmt.FR); !strings.Contains(got, "Politique de sécurité") || strings.Contains(got, "Security policy") {
		t.Error("the French preview does not show the French title only")
	}
	if got := previewText(w, textfmt.EN); !strings.Contains(got, "Security policy") || strings.Contains(got, "Politique de sécurité") {
		t.Error("the English preview does not show the English title only")
	}
}
