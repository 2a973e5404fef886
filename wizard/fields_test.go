package wizard

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/textfmt"
)

// goToField shows the step holding the question key.
func goToField(t *testing.T, w *Wizard, key string) *field {
	t.Helper()
	for i := range w.ed.groups {
		w.ed.show(i)
		if f := w.ed.fields[key]; f != nil {
			return f
		}
	}
	t.Fatalf("no step shows %s", key)
	return nil
}

// A row just added shows no error; a problem of a row appears under the
// field concerned once it is typed in, and row fields say they are
// required.
func TestRowProblemsShowUnderTheirField(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.EN)
	f := goToField(t, w, "annex")
	test.Tap(f.add)
	for _, line := range f.errorLines() {
		if line.Visible() {
			t.Fatalf("a new row shows an error at once: %q", line.Text)
		}
	}
	url := f.rows[0]["url"]
	test.Type(url, "not a url")
	if e := f.rowErr[0]["url"]; !e.Visible() || !strings.Contains(e.Text, "not a web address") {
		t.Errorf("the row's URL error = %q (visible %v)", e.Text, e.Visible())
	}
	if f.err.Visible() || f.rowErr[0]["description"].Visible() {
		t.Error("errors show outside the field typed in")
	}
	if all := strings.Join(texts(f.box), "|"); !strings.Contains(all, "(required)") {
		t.Errorf("row fields do not say they are required: %s", all)
	}
	test.Tap(w.ed.next)
	if e := f.rowErr[0]["title"]; !e.Visible() {
		t.Error("Next does not show the row's missing title")
	}
}

// Number fields state their bounds; optional titles show what an empty
// answer stands for.
func TestFieldsSayWhatTheyAccept(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.FR)
	f := goToField(t, w, "change.notice_months")
	if all := strings.Join(texts(f.box), "|"); !strings.Contains(all, "Au moins 3") && !strings.Contains(all, "Entre 3 et") {
		t.Errorf("the notice field does not state its bounds: %s", all)
	}
	w.sess.SetText("conditions.attribution", "trademark")
	f = goToField(t, w, "trademark.title")
	if f.entry.PlaceHolder != "Politique d’usage des marques et de mention de la source" {
		t.Errorf("placeholder = %q", f.entry.PlaceHolder)
	}
}

// A date typed day first, as French and British users write it, is
// understood and written out in words; the calendar picks a date too.
func TestDatesTypedDayFirstOrPicked(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.FR)
	f := goToField(t, w, "effective_date")
	test.Type(f.entry, "01/03/2027")
	if got := w.sess.Text("effective_date"); got != "2027-03-01" {
		t.Fatalf("01/03/2027 was kept as %q", got)
	}
	if all := strings.Join(texts(f.box), "|"); !strings.Contains(all, "mars") {
		t.Errorf("the date is not written out: %s", all)
	}
	test.Tap(f.entry.ActionItem.(*widget.Button))
	pop := w.win.Canvas().Overlays().Top()
	if pop == nil {
		t.Fatal("no calendar")
	}
	if all := strings.Join(texts(pop), "|"); !strings.Contains(all, "mars 2027") || !strings.Contains(all, "lu") {
		t.Errorf("the calendar is not in French: %s", all)
	}
	tapButtonIn(t, pop, "15")
	if got := w.sess.Text("effective_date"); got != "2027-03-15" {
		t.Errorf("picking the 15th gave %q", got)
	}
	if w.win.Canvas().Overlays().Top() != nil {
		t.Error("the calendar stays open")
	}
}

func TestIsoDate(t *testing.T) {
	for in, want := range map[string]string{
		"01/03/2027": "2027-03-01", "1.3.2027": "2027-03-01", "31-12-2027": "2027-12-31",
		"31/02/2027": "31/02/2027", "2027-03-01": "2027-03-01", "03/2027": "03/2027",
	} {
		if got := isoDate(in); got != want {
			t.Errorf("isoDate(%q) = %q, want %q", in, got, want)
		}
	}
}
