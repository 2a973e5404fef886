package wizard

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/textfmt"
)

// advanceTo answers the steps, as a user would, up to the one that asks
// the question key.
func advanceTo(t *testing.T, w *Wizard, key string) *field {
	t.Helper()
	for w.ed.fields[key] == nil {
		step := w.ed.step
		answerStep(t, w.ed)
		test.Tap(w.ed.next)
		if w.ed.step != step+1 {
			t.Fatalf("step %d did not advance: %s", step, w.ed.status.Text)
		}
	}
	return w.ed.fields[key]
}

func typeIn(e *widget.Entry, s string) {
	e.SetText("")
	test.Type(e, s)
}

// A warning shows under its field in the warning style and lets the user
// go on; an error shows like any other and blocks Next until corrected.
func TestContradictoryAnswersAreExplainedUnderTheirFields(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	w.sess.Today = func() time.Time { return time.Date(2026, 12, 1, 10, 0, 0, 0, time.Local) }
	date := advanceTo(t, w, "effective_date")
	typeIn(date.entry, "2026-11-30")
	if !date.warn.Visible() || date.warn.Importance != widget.WarningImportance ||
		!strings.Contains(date.warn.Text, "date is already past") || date.err.Visible() {
		t.Errorf("warning = %q (visible %v, importance %v), error visible %v",
			date.warn.Text, date.warn.Visible(), date.warn.Importance, date.err.Visible())
	}
	if w.ed.status.Text != w.T("editor.complete") {
		t.Errorf("status %q: a warning leaves the step complete", w.ed.status.Text)
	}
	w.ed.relayout() // as the real driver does before drawing
	capture(t, w, "rule-warning")
	step := w.ed.step
	test.Tap(w.ed.next)
	if w.ed.step != step+1 {
		t.Fatal("a warning blocked Next")
	}

	notice := advanceTo(t, w, "change.notice_months")
	typeIn(notice.entry, "6")
	closing := advanceTo(t, w, "term.termination_notice_months")
	typeIn(closing.entry, "4")
	if !closing.err.Visible() || closing.err.Importance != widget.DangerImportance ||
		!strings.Contains(closing.err.Text, "cannot be shorter than the notice before a breaking change") || closing.warn.Visible() {
		t.Errorf("error = %q (visible %v), warning visible %v", closing.err.Text, closing.err.Visible(), closing.warn.Visible())
	}
	w.ed.relayout() // as the real driver does before drawing
	capture(t, w, "rule-error")
	step = w.ed.step
	test.Tap(w.ed.next)
	if w.ed.step != step || w.ed.status.Text != w.T("editor.fix_first") {
		t.Fatalf("Next with contradictory answers: step %d, status %q", w.ed.step, w.ed.status.Text)
	}
	if w.ed.stepRows[step-1].mark != theme.WarningIcon() {
		t.Error("the step of the other answer the rule names is not marked")
	}
	typeIn(closing.entry, "6")
	if closing.err.Visible() {
		t.Errorf("error still shown after correction: %q", closing.err.Text)
	}
	test.Tap(w.ed.next)
	if w.ed.step != step+1 {
		t.Fatal("Next refused consistent answers")
	}
}

// The reason of a broken rule shows under every answer it names, also
// those the user has not touched, in the interface language.
func TestRuleShowsUnderEveryAnswerItNames(t *testing.T) {
	w, _ := start(t, "charter", textfmt.FR)
	law := advanceTo(t, w, "governing_law")
	shown := chooseCountry(t, w, law, "allem", "Allemagne (DE)")
	if len(shown) != 1 {
		t.Errorf("typing allem lists %q, want Germany alone", shown)
	}
	if law.country.Text != "Allemagne (DE)" {
		t.Errorf("the field shows %q", law.country.Text)
	}
	// A choice that shows or hides another question rebuilds the step:
	// read both fields as they are now.
	law = w.ed.fields["governing_law"]
	vehicle := w.ed.fields["legal.vehicle"]
	for _, f := range []*field{law, vehicle} {
		if !f.err.Visible() || !strings.Contains(f.err.Text, "formes du droit français") {
			t.Errorf("%s: error %q (visible %v)", f.q.Key, f.err.Text, f.err.Visible())
		}
	}
	w.ed.relayout() // as the real driver does before drawing
	w.ed.reveal(law.box)
	capture(t, w, "rule-charter-fr")
	step := w.ed.step
	test.Tap(w.ed.next)
	if w.ed.step != step {
		t.Fatal("Next went on with a French association under German law")
	}
	host, _ := vehicle.q.Option("fiscal-host")
	vehicle.radios["fiscal-host"].SetSelected(host.Label.In(textfmt.FR))
	if vehicle = w.ed.fields["legal.vehicle"]; vehicle.err.Visible() || w.ed.fields["governing_law"].err.Visible() {
		t.Errorf("errors left after choosing a fiscal host: %q", vehicle.err.Text)
	}
	if got := w.sess.Text("governing_law"); got != "DE" {
		t.Errorf("governing_law = %q", got)
	}
}

// chooseCountry types part of a name in the country field, opens its list
// and taps the entry whose label starts with name, as a user would.
func chooseCountry(t *testing.T, w *Wizard, f *field, typed, name string) []string {
	t.Helper()
	f.country.SetText("")
	test.Type(f.country, typed)
	test.Tap(f.country.ActionItem.(fyne.Tappable))
	menu := w.win.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("the country list did not open")
	}
	var shown []string
	var pick fyne.Tappable
	walkObjects(menu, func(o fyne.CanvasObject, text string) {
		shown = append(shown, text)
		if tap, ok := o.(fyne.Tappable); ok && strings.HasPrefix(text, name) && pick == nil {
			pick = tap
		}
	})
	if pick == nil {
		t.Fatalf("no entry %q in the list %q", name, shown)
	}
	test.Tap(pick)
	return shown
}

// walkObjects calls fn for every widget under o whose renderer draws a
// text, with that text.
func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject, string)) {
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walkObjects(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			if txt, ok := c.(*canvas.Text); ok && txt.Text != "" {
				fn(o, txt.Text)
			}
			walkObjects(c, fn)
		}
	}
}
