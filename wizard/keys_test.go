package wizard

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"apitos/internal/textfmt"
)

func press(w *Wizard, key fyne.KeyName) { w.typedKey(&fyne.KeyEvent{Name: key}) }

// Escape closes a message and Enter chooses a dialog's main button; with
// no dialog open, Enter moves to the next step.
func TestDialogsAnswerEnterAndEscape(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	w.showShortcuts()
	press(w, fyne.KeyEscape)
	if w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not close the shortcuts")
	}
	answerStep(t, w.ed)
	press(w, fyne.KeyReturn)
	if w.ed.step != 1 {
		t.Fatalf("Enter with no dialog did not move on (step %d)", w.ed.step)
	}
	w.requestClose()
	press(w, fyne.KeyEscape)
	if w.win.Canvas().Overlays().Top() != nil || w.sess == nil {
		t.Fatal("Escape in the closing prompt did not cancel")
	}
	w.requestClose()
	press(w, fyne.KeyEnter)
	answerSaveDialog(t, w, "answers.yaml") // Enter chose Save, which asks where
	if w.sess.Dirty() || w.sess.Path == "" || w.ed.step != 1 {
		t.Fatalf("Enter in the closing prompt: dirty %v, path %q, step %d", w.sess.Dirty(), w.sess.Path, w.ed.step)
	}
}

// Any step can be opened from the step list, to read the questions ahead;
// the marks of the steps left behind say whether they are complete.
func TestStepsCanBeReadAhead(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	test.Tap(w.ed.stepRows[4])
	if w.ed.step != 4 {
		t.Fatalf("tapping step 5 opened step %d", w.ed.step+1)
	}
	if w.ed.stepRows[0].mark == nil {
		t.Error("the incomplete first step, left behind, has no mark")
	}
	if w.ed.stepRows[2].mark != nil {
		t.Error("a step never shown has a mark")
	}
	for _, f := range w.ed.fields {
		if f.err.Visible() {
			t.Errorf("a problem is shown on a step only read: %s", f.err.Text)
		}
	}
}

// The step list keeps its width whatever marks appear, so that the form
// and the preview never move aside while the user works.
func TestStepListKeepsItsWidth(t *testing.T) {
	w, _ := start(t, "charter", textfmt.FR)
	width := func() float32 { return w.ed.stepRows[0].Size().Width }
	before := width()
	for w.ed.step < 4 {
		answerStep(t, w.ed)
		test.Tap(w.ed.next)
	}
	w.ed.relayout()
	if after := width(); after != before || w.ed.stepRows[0].mark == nil {
		t.Errorf("step list width %v then %v (mark %v)", before, after, w.ed.stepRows[0].mark)
	}
}

// Tab in a paragraph field moves to the next field instead of typing a
// tab into the answer.
func TestTabLeavesAParagraph(t *testing.T) {
	w, _ := start(t, "charter", textfmt.EN)
	f := w.ed.fields["commons.mission"]
	area, ok := f.focus.(fyne.Tabbable)
	if !ok || area.AcceptsTab() {
		t.Fatal("the mission field takes Tab for itself")
	}
}

// The mouse wheel over a text field scrolls the form, and Tab to a field
// out of view brings it into view.
func TestWheelAndFocusKeepTheFormInView(t *testing.T) {
	w, _ := start(t, "charter", textfmt.EN)
	w.win.Resize(fyne.NewSize(1000, 420))
	w.ed.relayout()
	var relay *wheelRelay
	walkTree(w.win.Content(), func(o fyne.CanvasObject) bool {
		relay, _ = o.(*wheelRelay)
		return relay != nil
	})
	if relay == nil {
		t.Fatal("the form has no wheel relay")
	}
	relay.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -100)})
	if w.ed.scroll.Offset.Y == 0 {
		t.Fatal("the wheel did not scroll the form")
	}
	w.ed.scroll.ScrollToTop()
	last := w.ed.fields["commons.contact"]
	w.win.Canvas().Focus(last.focus)
	w.revealFocused(last.focus)
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(last.entry).Y - d.AbsolutePositionForObject(w.ed.scroll.Content).Y
	if top < w.ed.scroll.Offset.Y || top+last.entry.Size().Height > w.ed.scroll.Offset.Y+w.ed.scroll.Size().Height {
		t.Errorf("the focused field at %v is outside the view [%v, %v]", top, w.ed.scroll.Offset.Y, w.ed.scroll.Offset.Y+w.ed.scroll.Size().Height)
	}
}

// Every Tab stop is a visible control inside the window, on every step:
// no hidden link or off-screen widget takes the focus unseen.
func TestEveryTabStopIsVisible(t *testing.T) {
	for _, kind := range []string{"api-tos", "charter"} {
		w, _ := start(t, kind, textfmt.FR)
		c := w.win.Canvas()
		d := fyne.CurrentApp().Driver()
		for step := 0; step < w.ed.total(); step++ {
			w.ed.show(step)
			w.ed.relayout()
			c.Focus(w.ed.back)
			first := c.Focused()
			for i := 0; i < 200; i++ {
				test.FocusNext(c)
				f := c.Focused()
				if f == nil || f == first {
					break
				}
				w.revealFocused(f)
				o := f.(fyne.CanvasObject)
				pos := d.AbsolutePositionForObject(o)
				size := w.win.Canvas().Size()
				if !o.Visible() || pos.X < 0 || pos.Y < 0 || pos.X >= size.Width || pos.Y >= size.Height {
					t.Fatalf("%s step %d: Tab stop %T at %v is not on screen", kind, step+1, f, pos)
				}
			}
		}
	}
}

// Enter in a file dialog opened from the export dialog never exports,
// and Escape closes the file dialog only.
func TestKeysReachOnlyTheDialogInFront(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	walk(t, w)
	dialogsOpenIn(dir)
	w.showExport()
	export := w.win.Canvas().Overlays().Top()
	tapButtonIn(t, export, w.T("export.choose"))
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyEscape)
	if top := w.win.Canvas().Overlays().Top(); top != export {
		t.Fatalf("after Enter and Escape in the folder dialog, the dialog in front is %T", top)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("Enter in the folder dialog exported: %v", entries)
	}
}

// Space on a dialog's button presses it and types nothing into the field
// that had the focus behind the dialog.
func TestSpaceOnADialogButtonTypesNothingBehind(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	answerStep(t, w.ed)
	test.Tap(w.ed.next)
	name := w.ed.fields["provider.name"]
	w.win.Canvas().Focus(name.focus)
	w.showShortcuts()
	if w.win.Canvas().Focused() != nil {
		// The driver sends Space to the focused object as a key, then as
		// a character once the dialog has closed.
		t.Fatalf("%T keeps the focus under the dialog", w.win.Canvas().Focused())
	}
	tapDialogButton(t, w, w.T("file.ok"))
	if f := w.win.Canvas().Focused(); f != nil {
		f.TypedRune(' ')
	}
	if name.entry.Text != "" {
		t.Errorf("the space reached the field behind the dialog: %q", name.entry.Text)
	}
}

// A new document's first field has the focus, so that typing starts
// there; on the review step, the main button exports.
func TestFirstFieldFocusedAndReviewExports(t *testing.T) {
	w, _ := start(t, "charter", textfmt.FR)
	if w.win.Canvas().Focused() != w.ed.fields["commons.name"].focus {
		t.Fatalf("focus on %T, not the first field", w.win.Canvas().Focused())
	}
	walk(t, w)
	if w.ed.next.Visible() || !w.ed.export.Visible() {
		t.Fatal("the review step's main button does not export")
	}
	test.Tap(w.ed.export)
	if top := w.win.Canvas().Overlays().Top(); top == nil || findButton(top, w.T("export.button")) == nil {
		t.Error("the main button of the review does not open the export dialog")
	}
}
