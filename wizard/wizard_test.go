package wizard

import (
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/export"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

func init() { background = false }

// fakeFiles answers file and folder choices with preset paths.
type fakeFiles struct{ open, save, folder string }

func (f *fakeFiles) OpenAnswers(_ fyne.Window, done func(string))           { done(f.open) }
func (f *fakeFiles) SaveAnswers(_ fyne.Window, _ string, done func(string)) { done(f.save) }
func (f *fakeFiles) ChooseFolder(_ fyne.Window, _ string, done func(string)) {
	done(f.folder)
}

func newTestWizard(t *testing.T, files *fakeFiles, storage string, lang textfmt.Lang) *Wizard {
	t.Helper()
	a := test.NewTempApp(t)
	w := New(a, Options{Files: files, StorageDir: storage, Lang: lang})
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
	for _, p := range ed.s.GroupProblems(ed.groups[ed.step]) {
		f := ed.fields[p.Key]
		if f == nil {
			t.Fatalf("no field for %s", p.Key)
		}
		switch {
		case f.check != nil:
			test.Tap(f.check)
		case f.entry != nil:
			f.entry.SetText("")
			test.Type(f.entry, f.q.Example)
		case f.licence != nil:
			test.Type(f.licence, f.q.Example)
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
			files := &fakeFiles{save: filepath.Join(dir, "answers.yaml"), folder: filepath.Join(dir, "out")}
			w := newTestWizard(t, files, t.TempDir(), textfmt.EN)
			test.Tap(w.startButtons[k.ID])
			if w.ed == nil || w.ed.step != 0 {
				t.Fatal("the kind's Start button did not open the first step")
			}
			walk(t, w)
			capture(t, w, k.ID+"-review")
			w.save(nil)
			if w.sess.Dirty() || !strings.HasSuffix(w.win.Title(), "APIToS") || strings.HasPrefix(w.win.Title(), "*") {
				t.Fatalf("after saving: dirty=%v title=%q", w.sess.Dirty(), w.win.Title())
			}
			w.exportTo(exportChoice{folder: files.folder, formats: export.Formats, langs: textfmt.All}, false)
			for _, l := range textfmt.All {
				for _, ext := range []string{"md", "pdf"} {
					if _, err := os.Stat(filepath.Join(files.folder, k.ID+"."+string(l)+"."+ext)); err != nil {
						t.Errorf("export did not write %s.%s.%s", k.ID, l, ext)
					}
				}
			}
		})
	}
}

var _ = widget.NewLabel
var _ = questionnaire.TypeText
