package wizard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/textfmt"
)

// dialogText is the text of every label of the dialog in front.
func dialogText(t *testing.T, w *Wizard) string {
	t.Helper()
	var texts []string
	walkTree(topOverlay(t, w), func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
		return false
	})
	return strings.Join(texts, "\n")
}

func writeAnswers(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// apitos open FILE: the wizard opens on the file, whose path is kept
// whole so that Save, the recent files and a recovery find it again.
func TestOpenFromOutside(t *testing.T) {
	dir := t.TempDir()
	writeAnswers(t, dir, "terms.yaml", "kind: api-tos\nanswers:\n  provider:\n    name: Acme\n")
	t.Chdir(dir)
	w := newTestWizard(t, t.TempDir(), textfmt.EN)
	w.Open("terms.yaml")
	if w.sess == nil || w.sess.Text("provider.name") != "Acme" || w.sess.Dirty() {
		t.Fatal("the file's answers are not open")
	}
	want := filepath.Join(dir, "terms.yaml")
	if w.sess.Path != want {
		t.Errorf("path %q, want %q", w.sess.Path, want)
	}
	if w.win.Title() != "terms.yaml — API terms of service — APIToS" {
		t.Errorf("title %q", w.win.Title())
	}
	if recent := w.recentFiles(); len(recent) != 1 || recent[0] != want {
		t.Errorf("recent files %v", recent)
	}
}

// A file that cannot be read leaves the start screen, with a message in
// the interface language that names the file and says why.
func TestOpenFromOutsideAFileThatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		path string
		lang textfmt.Lang
		why  string
	}{
		{filepath.Join(dir, "missing.yaml"), textfmt.EN, "does not exist"},
		{filepath.Join(dir, "missing.yaml"), textfmt.FR, "n’existe pas"},
		{dir, textfmt.EN, "it is a folder"},
	} {
		w := newTestWizard(t, t.TempDir(), c.lang)
		w.Open(c.path)
		if w.sess != nil {
			t.Fatalf("%s: a session was opened", c.path)
		}
		msg := dialogText(t, w)
		if !strings.Contains(msg, c.path) || !strings.Contains(msg, c.why) {
			t.Errorf("%s (%s): message %q", c.path, c.lang, msg)
		}
		if findButton(w.win.Content(), w.T("start.begin")) == nil {
			t.Errorf("%s: not on the start screen", c.path)
		}
	}
}

// Opening a file from outside after a crash asks first, since editing
// the file would replace the answers waiting to be recovered.
func TestOpenFromOutsideOffersRecoveryFirst(t *testing.T) {
	dir := t.TempDir()
	path := writeAnswers(t, dir, "terms.yaml", "kind: api-tos\nanswers:\n  provider:\n    name: Acme\n")
	storage := filepath.Join(t.TempDir(), "storage")
	crashed := newTestWizard(t, storage, textfmt.EN)
	test.Tap(crashed.startButtons["charter"])
	test.Type(crashed.ed.fields[firstTextKey(t, crashed.ed)].entry, "Unsaved")
	crashed.autosave()

	w := newTestWizard(t, storage, textfmt.EN)
	w.Open(path)
	if w.sess != nil {
		t.Fatal("the file was opened without a word about the unsaved answers")
	}
	tapDialogButton(t, w, w.T("start.recover_button"))
	if w.sess == nil || w.sess.Kind.ID != "charter" || !w.sess.Dirty() {
		t.Fatal("Recover did not bring back the unsaved answers")
	}

	w = newTestWizard(t, storage, textfmt.EN)
	w.Open(path)
	tapDialogButton(t, w, w.T("open.discard_and_open", "Name", "terms.yaml"))
	if w.sess == nil || w.sess.Path != path {
		t.Fatal("the file was not opened")
	}
	if _, _, pending := readAutosave(storage); pending {
		t.Error("the discarded answers are still offered")
	}
}

// firstTextKey is the key of the first one-line text field of the step.
func firstTextKey(t *testing.T, ed *editor) string {
	t.Helper()
	for _, qq := range ed.groups[ed.step].Questions {
		if f := ed.fields[qq.Key]; f != nil && f.entry != nil && !f.entry.MultiLine {
			return qq.Key
		}
	}
	t.Fatal("no one-line text field on this step")
	return ""
}

func TestAboutShowsTheVersion(t *testing.T) {
	a := test.NewTempApp(t)
	w := New(a, Options{StorageDir: t.TempDir(), Lang: textfmt.FR, Version: "4.5.6"})
	w.win.Resize(fyne.NewSize(1280, 720))
	var about *fyne.MenuItem
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == w.T("menu.about") {
				about = it
			}
		}
	}
	if about == nil {
		t.Fatal("no About item in the menus")
	}
	about.Action()
	if msg := dialogText(t, w); !strings.Contains(msg, "Version 4.5.6") {
		t.Errorf("About says %q", msg)
	}
}
