package wizard

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/answers"
	"apitos/internal/export"
	"apitos/internal/textfmt"
	"apitos/templates"
)

func init() { background = false }

func newTestWizard(t *testing.T, storage string, lang textfmt.Lang) *Wizard {
	t.Helper()
	a := test.NewTempApp(t)
	w := New(a, Options{StorageDir: storage, Lang: lang})
	w.win.Resize(fyne.NewSize(1280, 720))
	t.Cleanup(func() { w.stopAutosave() })
	return w
}

// capture saves a screenshot of the window when APITOS_CAPTURE names a
// folder, so that the screens can be looked at.
func capture(t *testing.T, w *Wizard, name string) {
	dir := os.Getenv("APITOS_CAPTURE")
	if dir == "" {
		return
	}
	img := w.win.Canvas().Capture()
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, img)
}

// answerStep answers every question of the current step that has a
// problem, the way a user would: typing examples, ticking commitments.
func answerStep(t *testing.T, ed *editor) {
	t.Helper()
	for _, p := range ed.groupProblems(ed.step) {
		f := ed.fields[p.Key]
		if f == nil {
			t.Fatalf("no field for %s", p.Key)
		}
		switch {
		case f.check != nil:
			test.Tap(f.check)
		case f.entries != nil:
			for l, e := range f.entries {
				if p.Lang == "" || p.Lang == l {
					e.SetText("")
					test.Type(e, f.q.Example.In(l))
				}
			}
		case f.entry != nil:
			f.entry.SetText("")
			test.Type(f.entry, f.q.Example.In(ed.w.loc.Lang))
		case f.licence != nil:
			test.Type(f.licence, f.q.Example.In(ed.w.loc.Lang))
		case f.checks != nil:
			test.Tap(f.checks[f.q.Options[0].ID])
		default:
			t.Fatalf("cannot answer %s (%s)", p.Key, p.Msg.ID)
		}
	}
}

// walk goes through every step to the review, answering as needed.
func walk(t *testing.T, w *Wizard) {
	t.Helper()
	for w.ed.step < len(w.ed.groups) {
		step := w.ed.step
		capture(t, w, w.sess.Kind.ID+"-step"+strconv.Itoa(step+1))
		answerStep(t, w.ed)
		test.Tap(w.ed.next)
		if w.ed.step != step+1 {
			t.Fatalf("step %d (%s) did not advance: %s", step, w.ed.stepTitle(step), w.ed.status.Text)
		}
	}
}

func TestEveryKindEndToEnd(t *testing.T) {
	for _, k := range templates.All() {
		t.Run(k.ID, func(t *testing.T) {
			dir := t.TempDir()
			w := newTestWizard(t, t.TempDir(), textfmt.EN)
			dialogsOpenIn(dir)
			test.Tap(w.startButtons[k.ID])
			if w.ed == nil || w.ed.step != 0 {
				t.Fatal("the kind's Start button did not open the first step")
			}
			walk(t, w)
			capture(t, w, k.ID+"-review")
			w.save(nil)
			answerSaveDialog(t, w, "answers.yaml")
			if w.sess.Dirty() || !strings.HasSuffix(w.win.Title(), "APIToS") || strings.HasPrefix(w.win.Title(), "*") {
				t.Fatalf("after saving: dirty=%v title=%q", w.sess.Dirty(), w.win.Title())
			}
			out := filepath.Join(dir, "out")
			w.exportTo(exportChoice{folder: out, formats: export.Formats, langs: textfmt.All}, false)
			for _, l := range textfmt.All {
				for _, f := range export.Formats {
					if _, err := os.Stat(filepath.Join(out, export.FileName(k.ID, l, f, false))); err != nil {
						t.Errorf("export did not write %s", export.FileName(k.ID, l, f, false))
					}
				}
			}
			// And side by side, the prevailing language first (its
			// pictograms replace those just written).
			w.exportTo(exportChoice{folder: out, formats: export.SideBySideFormats, langs: textfmt.All, sideBySide: true}, true)
			langs := export.PrevailingFirst(k, w.sess.Values(), textfmt.All)
			for _, f := range export.SideBySideFormats {
				name := export.SideBySideName(k.ID, [2]textfmt.Lang{langs[0], langs[1]}, f, false)
				if _, err := os.Stat(filepath.Join(out, name)); err != nil {
					t.Errorf("export did not write %s", name)
				}
			}
		})
	}
}

// findButton finds a button by its text under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch o := o.(type) {
	case *widget.Button:
		if o.Text == text {
			return o
		}
	case *fyne.Container:
		for _, c := range o.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	case fyne.Widget:
		r := test.WidgetRenderer(o)
		for _, c := range r.Objects() {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// tapDialogButton taps a button of the topmost dialog.
func tapDialogButton(t *testing.T, w *Wizard, text string) {
	t.Helper()
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open to tap %q in", text)
	}
	b := findButton(top, text)
	if b == nil {
		t.Fatalf("the dialog has no %q button", text)
	}
	test.Tap(b)
}

// start opens a new document of a kind; the file dialogs open in the
// folder returned.
func start(t *testing.T, kind string, lang textfmt.Lang) (*Wizard, string) {
	t.Helper()
	dir := t.TempDir()
	w := newTestWizard(t, filepath.Join(t.TempDir(), "storage"), lang)
	dialogsOpenIn(dir)
	test.Tap(w.startButtons[kind])
	return w, dir
}

func TestNextShowsWhatIsWrongAndBackReturns(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	ed := w.ed
	test.Tap(ed.next)
	if ed.step != 0 || ed.status.Text != w.T("editor.fix_first") {
		t.Fatalf("Next with unaccepted commitments: step %d, status %q", ed.step, ed.status.Text)
	}
	f := ed.fields["conditions.fair_use"]
	if !f.err.Visible() || f.err.Text != "Tick the box to accept this commitment." {
		t.Errorf("commitment error = %q (visible %v)", f.err.Text, f.err.Visible())
	}
	answerStep(t, ed)
	test.Tap(ed.next)
	if ed.step != 1 {
		t.Fatal("did not advance after accepting")
	}
	answerStep(t, ed)
	contact := ed.fields["provider.contact"]
	contact.entry.SetText("")
	test.Type(contact.entry, "legal at acme")
	if !contact.err.Visible() || !strings.Contains(contact.err.Text, "is not an e-mail address") {
		t.Errorf("error under the field = %q", contact.err.Text)
	}
	test.Tap(ed.next)
	if ed.step != 1 {
		t.Fatal("advanced with an invalid e-mail")
	}
	if w.win.Canvas().Focused() != contact.entry {
		t.Error("the invalid field did not receive focus")
	}
	contact.entry.SetText("legal@acme.example")
	if contact.err.Visible() {
		t.Error("error still shown after correction")
	}
	// Enter in a one-line field moves on.
	contact.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ed.step != 2 {
		t.Fatalf("Enter did not move to the next step (step %d)", ed.step)
	}
	test.Tap(ed.back)
	if ed.step != 1 || ed.fields["provider.contact"].entry.Text != "legal@acme.example" {
		t.Fatal("Back lost the step or its answers")
	}
}

func TestTabMovesThroughFields(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	answerStep(t, w.ed)
	test.Tap(w.ed.next)
	c := w.win.Canvas()
	if c.Focused() != w.ed.fields["provider.name"].entry {
		t.Fatal("the first field of the step is not focused")
	}
	test.FocusNext(c)
	if c.Focused() != w.ed.fields["provider.url"].entry {
		t.Errorf("Tab went to %T, not the next field", c.Focused())
	}
}

func TestChoiceShowsItsQuestions(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	advanceTo(t, w, "conditions.access")
	step := w.ed.step
	if _, ok := w.ed.fields["access.restrictions.url"]; ok {
		t.Fatal("restrictions asked for neutral access")
	}
	k, _ := templates.Lookup("api-tos")
	qq, _ := k.Questionnaire.Question("conditions.access")
	o, _ := qq.Option("restricted")
	w.ed.fields["conditions.access"].radios["restricted"].SetSelected(o.Label.In(textfmt.EN))
	if w.sess.Text("conditions.access") != "restricted" {
		t.Fatal("choosing an option did not change the answer")
	}
	if _, ok := w.ed.fields["access.restrictions.url"]; !ok {
		t.Fatal("restricted access does not ask for its document")
	}
	if sel := w.ed.fields["conditions.access"].radios["neutrality"].Selected; sel != "" {
		t.Error("the previous option stays selected")
	}
	test.Tap(w.ed.next)
	if w.ed.step != step {
		t.Error("advanced without the restrictions document")
	}
}

func TestPreviewFollowsAnswers(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	if !strings.Contains(w.ed.preview.shown, "to complete: Provider’s legal name") {
		t.Fatal("the preview does not mark the missing provider")
	}
	answerStep(t, w.ed)
	test.Tap(w.ed.next)
	test.Type(w.ed.fields["provider.name"].entry, "Société Œuvre")
	if !strings.Contains(w.ed.preview.shown, "Société Œuvre") {
		t.Error("the preview does not show the typed name")
	}
	fr := w.ed.preview
	fr.lang = textfmt.FR
	fr.refreshNow()
	if !strings.Contains(fr.shown, "Conditions générales d’utilisation") {
		t.Error("the preview does not switch to French")
	}
	text := ""
	for _, s := range fr.rich.Segments {
		if p, ok := s.(*widget.ParagraphSegment); ok {
			for _, x := range p.Texts {
				text += x.Textual()
			}
		} else {
			text += s.Textual()
		}
	}
	if strings.Contains(text, `\[`) || !strings.Contains(text, "[à compléter") {
		t.Errorf("rich text shows escapes or lacks the gap marker")
	}
}

func TestSaveReopenAndTitle(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	walk(t, w)
	if !strings.HasPrefix(w.win.Title(), "*") {
		t.Errorf("title %q lacks the unsaved mark", w.win.Title())
	}
	w.save(nil)
	answerSaveDialog(t, w, "answers.yaml")
	saved := filepath.Join(dir, "answers.yaml")
	if w.win.Title() != "answers.yaml — API terms of service — APIToS" {
		t.Errorf("title after save = %q", w.win.Title())
	}
	o := newTestWizard(t, t.TempDir(), textfmt.EN)
	dialogsOpenIn(dir)
	o.open()
	answerOpenDialog(t, o, "answers.yaml")
	if o.sess == nil || o.sess.Text("provider.name") != w.sess.Text("provider.name") || o.sess.Dirty() {
		t.Fatal("reopening did not restore the answers")
	}
	if len(o.sess.Problems()) != 0 {
		t.Errorf("reopened answers have problems: %v", o.sess.Problems())
	}
	if recent := o.recentFiles(); len(recent) != 1 || recent[0] != saved {
		t.Errorf("recent files = %v", recent)
	}
}

func TestOpeningAFileWithProblemsShowsThem(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.yaml")
	os.WriteFile(path, []byte("kind: api-tos\nanswers:\n  provider:\n    url: not a url\n"), 0o644)
	w := newTestWizard(t, t.TempDir(), textfmt.EN)
	dialogsOpenIn(dir)
	w.open()
	answerOpenDialog(t, w, "bad.yaml")
	if w.sess == nil || w.sess.Text("provider.url") != "not a url" {
		t.Fatal("the invalid answer was not kept for correction")
	}
	if w.win.Canvas().Overlays().Top() == nil {
		t.Error("no message about the file's problems")
	}
}

func TestInterfaceLanguageSwitchesAtRuntime(t *testing.T) {
	w := newTestWizard(t, t.TempDir(), textfmt.EN)
	w.docLangs = []textfmt.Lang{textfmt.EN} // chosen on the start screen
	test.Tap(w.startButtons["api-tos"])
	w.setLanguage(textfmt.FR)
	if w.ed.next.Text != "Suivant" || !strings.Contains(w.ed.header.Objects[1].(*widget.Label).Text, "Les deux engagements") {
		t.Errorf("interface not in French: %q", w.ed.next.Text)
	}
	if w.ed.preview.lang != textfmt.EN {
		t.Error("the preview shows a language the documents are not written in")
	}
	if w.prefs.String(prefLang) != "fr" {
		t.Error("the choice is not remembered")
	}
}

func TestAutosaveSurvivesACrash(t *testing.T) {
	storage := filepath.Join(t.TempDir(), "storage")
	w := newTestWizard(t, storage, textfmt.EN)
	test.Tap(w.startButtons["api-tos"])
	answerStep(t, w.ed)
	test.Tap(w.ed.next)
	test.Type(w.ed.fields["provider.name"].entry, "Acme")
	w.autosave()
	// The process dies here; a new one starts on the same storage.
	again := newTestWizard(t, storage, textfmt.EN)
	b := findButton(again.win.Content(), again.T("start.recover_button"))
	if b == nil {
		t.Fatal("no offer to recover")
	}
	test.Tap(b)
	if again.sess == nil || again.sess.Text("provider.name") != "Acme" || !again.sess.Dirty() {
		t.Fatal("recovered answers are missing or not marked unsaved")
	}
	again.save(nil)
	cancelFileDialog(t, again)
	if _, _, ok := readAutosave(storage); !ok {
		t.Error("the autosave went away before the answers were saved")
	}
}

func TestClosingWithUnsavedChangesAsks(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	answerStep(t, w.ed)
	w.requestClose()
	tapDialogButton(t, w, w.T("close.cancel"))
	if w.sess == nil {
		t.Fatal("cancel lost the session")
	}
	w.requestClose()
	tapDialogButton(t, w, w.T("close.save"))
	answerSaveDialog(t, w, "answers.yaml")
	if w.sess.Dirty() {
		t.Error("Save in the closing prompt did not save")
	}
}

func TestExportNeverOverwritesSilently(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	walk(t, w)
	out := filepath.Join(dir, "out")
	os.MkdirAll(out, 0o755)
	target := filepath.Join(out, "api-tos.en.md")
	os.WriteFile(target, []byte("mine"), 0o644)
	w.exportTo(exportChoice{folder: out, formats: export.Formats, langs: textfmt.All}, false)
	if data, _ := os.ReadFile(target); string(data) != "mine" {
		t.Fatal("an existing file was replaced without asking")
	}
	tapDialogButton(t, w, w.T("export.replace"))
	if data, _ := os.ReadFile(target); string(data) == "mine" {
		t.Fatal("confirmed replacement did not happen")
	}
	if top := w.win.Canvas().Overlays().Top(); top == nil || findButton(top, w.T("export.open_folder")) == nil {
		t.Error("no report of the written files with a way to open the folder")
	}
}

func TestExportDialogExplains(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	e := w.newExportDialog()
	if !e.ok.Disabled() || e.draft == nil {
		t.Fatal("export of incomplete answers is not held back")
	}
	e.choice.folder = dir
	test.Tap(e.draft)
	if e.ok.Disabled() {
		t.Fatalf("draft export refused: %q", e.problem.Text)
	}
	test.Tap(e.formats[export.PDF])
	test.Tap(e.formats[export.Markdown])
	if !e.ok.Disabled() || e.problem.Text == "" {
		t.Error("export without any format is allowed")
	}
	test.Tap(e.formats[export.Markdown])
	test.Tap(e.ok)
	md, err := os.ReadFile(filepath.Join(dir, "api-tos.fr.draft.md"))
	if err != nil || !strings.Contains(string(md), "à compléter") {
		t.Errorf("draft not written with marked gaps: %v", err)
	}
}

// BenchmarkPreviewRefresh times what the preview does after a pause in
// typing, on the largest document: assemble in preview mode, write the
// Markdown, turn it into rich text and lay it out (RichText.Refresh).
// In the application the first two steps run off the interface thread.
func BenchmarkPreviewRefresh(b *testing.B) {
	a := test.NewTempApp(b)
	var largest *templates.Kind
	size := 0
	for _, k := range templates.All() {
		if md := previewMarkdown(k, nil, textfmt.FR, false); len(md) > size {
			largest, size = k, len(md)
		}
	}
	w := New(a, Options{StorageDir: b.TempDir(), Lang: textfmt.FR})
	w.win.Resize(fyne.NewSize(1280, 720))
	test.Tap(w.startButtons[largest.ID])
	p := w.ed.preview
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p.shown = "" // force the redraw, as a changed answer does
		w.sess.SetText("version", strconv.Itoa(i))
		p.refreshNow()
	}
	b.ReportMetric(float64(size), "markdown-bytes")
}

// The main menu carries the keyboard shortcuts (the desktop driver
// triggers menu shortcuts even while a field has focus), and each runs
// its action.
func TestMenuShortcuts(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	shortcuts := map[string]*fyne.MenuItem{}
	var walkMenu func(items []*fyne.MenuItem)
	walkMenu = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
				shortcuts[sc.ShortcutName()] = it
			}
			if it.ChildMenu != nil {
				walkMenu(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range w.menu().Items {
		walkMenu(m.Items)
	}
	for _, key := range []fyne.KeyName{fyne.KeyN, fyne.KeyO, fyne.KeyS, fyne.KeyE} {
		name := (&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}).ShortcutName()
		if shortcuts[name] == nil || shortcuts[name].Disabled {
			t.Errorf("no enabled menu item for %s", name)
		}
	}
	ctrl := func(k fyne.KeyName) *fyne.MenuItem {
		return shortcuts[(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}).ShortcutName()]
	}
	ctrl(fyne.KeyS).Action()
	answerSaveDialog(t, w, "answers.yaml")
	if _, err := os.Stat(filepath.Join(dir, "answers.yaml")); err != nil {
		t.Error("Ctrl+S did not save")
	}
	ctrl(fyne.KeyE).Action()
	if top := w.win.Canvas().Overlays().Top(); top == nil || findButton(top, w.T("export.button")) == nil {
		t.Error("Ctrl+E did not open the export dialog")
	}
}

// Typing after moving to another step with the keyboard never changes an
// answer of a step that is no longer shown: on a step of option buttons,
// or on the review step, the field focused on the previous step must not
// keep receiving the keys.
func TestTypingNeverReachesAHiddenStep(t *testing.T) {
	for _, kind := range []string{"api-tos", "charter", "contribution"} {
		w, _ := start(t, kind, textfmt.EN)
		ed := w.ed
		checked := 0
		for ed.step < len(ed.groups) {
			answerStep(t, ed)
			step := ed.step
			if entry := firstEntry(ed); entry != nil {
				w.win.Canvas().Focus(entry)
				entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			} else {
				test.Tap(ed.next)
			}
			if ed.step != step+1 {
				t.Fatalf("%s: did not leave step %d", kind, step+1)
			}
			focused := w.win.Canvas().Focused()
			if focused != nil && ownsFocus(ed, focused) {
				continue // typing goes to a field of the step shown
			}
			checked++
			if focused == nil {
				continue // nothing receives the keys
			}
			before := fmt.Sprint(ed.s.Values())
			for _, r := range "2 " { // what the driver does with a key press
				focused.TypedRune(r)
			}
			if after := fmt.Sprint(ed.s.Values()); after != before {
				t.Fatalf("%s, step %d: typing changed answers of a step not shown:\nbefore %s\nafter  %s", kind, ed.step+1, before, after)
			}
		}
		if checked == 0 {
			t.Errorf("%s: no step without a text field was reached", kind)
		}
	}
}

// ownsFocus reports whether o is a field of the step shown.
func ownsFocus(ed *editor, o fyne.Focusable) bool {
	if ed.step >= len(ed.groups) {
		return false
	}
	for _, qq := range ed.groups[ed.step].Questions {
		if f := ed.fields[qq.Key]; f != nil && f.focus == o {
			return true
		}
	}
	return false
}

// firstEntry is the first one-line text field of the step shown, if any.
func firstEntry(ed *editor) *widget.Entry {
	if ed.step >= len(ed.groups) {
		return nil
	}
	for _, qq := range ed.groups[ed.step].Questions {
		if f := ed.fields[qq.Key]; f != nil && f.entry != nil && f.entry.Visible() && !f.entry.MultiLine {
			return f.entry
		}
	}
	return nil
}

// When Next is refused, the form scrolls to the first answer to correct,
// even when it is below the part of the step in view.
func TestNextScrollsToTheAnswerToCorrect(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	ed := w.ed
	w.win.Resize(fyne.NewSize(900, 420))
	answerStep(t, ed)
	test.Tap(ed.next)
	answerStep(t, ed)
	var last *field
	for _, qq := range ed.groups[ed.step].Questions {
		if f := ed.fields[qq.Key]; f != nil && f.entry != nil && qq.Required {
			last = f
		}
	}
	if last == nil {
		t.Fatal("no required text field on the step")
	}
	last.entry.SetText("")
	test.Tap(ed.next)
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(last.box).Y - d.AbsolutePositionForObject(ed.scroll.Content).Y
	if top < ed.scroll.Offset.Y || top > ed.scroll.Offset.Y+ed.scroll.Size().Height-20 {
		t.Errorf("the field to correct is at %v, outside the visible part [%v, %v]", top, ed.scroll.Offset.Y, ed.scroll.Offset.Y+ed.scroll.Size().Height)
	}
	if ed.scroll.Offset.Y == 0 {
		t.Error("the form did not scroll: the test no longer covers a field below the view")
	}
}

// A file written by init names its schema on its first line, for YAML
// editors; saving it from the wizard keeps that line, and a file saved
// beside the schema gets it.
func TestSaveKeepsTheSchemaLine(t *testing.T) {
	dir := t.TempDir()
	modeline := "# " + answers.SchemaComment("api-tos") + "\n"
	path := filepath.Join(dir, "terms.yaml")
	os.WriteFile(path, []byte(modeline+"kind: api-tos\nlanguages: [en]\nanswers:\n  provider:\n    name: Example SAS\n"), 0o644)
	w := newTestWizard(t, t.TempDir(), textfmt.EN)
	dialogsOpenIn(dir)
	w.open()
	answerOpenDialog(t, w, "terms.yaml")
	w.save(nil)
	if data, _ := os.ReadFile(path); !strings.HasPrefix(string(data), modeline) {
		t.Errorf("saving dropped the schema line:\n%.200s", data)
	}

	n, other := start(t, "api-tos", textfmt.EN)
	n.saveAs(nil)
	answerSaveDialog(t, n, "plain.yaml")
	if data, err := os.ReadFile(filepath.Join(other, "plain.yaml")); err != nil || strings.Contains(string(data), "yaml-language-server") {
		t.Errorf("a file saved where no schema lies names one (%v)", err)
	}
	os.WriteFile(filepath.Join(other, answers.SchemaFile("api-tos")), []byte("{}"), 0o644)
	n.saveAs(nil)
	answerSaveDialog(t, n, "beside.yaml")
	if data, err := os.ReadFile(filepath.Join(other, "beside.yaml")); err != nil || !strings.HasPrefix(string(data), modeline) {
		t.Errorf("a file saved beside its schema does not name it (%v):\n%.200s", err, data)
	}
}
