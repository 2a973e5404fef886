package wizard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/textfmt"
)

// The tests answer Fyne's own file dialogs, as a user does: they are
// opened by the wizard exactly as in the application, then the test
// types a name or picks a file and presses the dialog's button.

// lastFolderPref is the preference in which Fyne's file dialogs remember
// the folder they were last in, and where they open next time.
const lastFolderPref = "fyne:fileDialogLastFolder"

// dialogsOpenIn makes the file dialogs open in dir, as if the user had
// last used that folder. Fyne's dialogs read the preference from the
// current application, which is the last one a test created.
func dialogsOpenIn(dir string) {
	fyne.CurrentApp().Preferences().SetString(lastFolderPref, storage.NewFileURI(dir).String())
}

// topOverlay is the dialog in front, or fails the test.
func topOverlay(t *testing.T, w *Wizard) fyne.CanvasObject {
	t.Helper()
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return top
}

// walkTree calls fn on o and every object drawn inside it, until fn
// returns true.
func walkTree(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
	return fn(o) || walkChildren(o, func(c fyne.CanvasObject) bool { return walkTree(c, fn) })
}

// walkChildren calls fn on each object drawn directly inside o, until fn
// returns true.
func walkChildren(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
	var children []fyne.CanvasObject
	switch o := o.(type) {
	case *fyne.Container:
		children = o.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(o).Objects()
	}
	for _, c := range children {
		if fn(c) {
			return true
		}
	}
	return false
}

// answerSaveDialog types name in the open save dialog and presses Save,
// confirming the replacement of an existing file.
func answerSaveDialog(t *testing.T, w *Wizard, name string) {
	t.Helper()
	top := topOverlay(t, w)
	var entry *widget.Entry
	walkTree(top, func(o fyne.CanvasObject) bool {
		entry, _ = o.(*widget.Entry)
		return entry != nil
	})
	if entry == nil {
		t.Fatal("the dialog in front is not a save dialog")
	}
	entry.SetText(name)
	tapButtonIn(t, top, "Save")
	if top := w.win.Canvas().Overlays().Top(); top != nil && findButton(top, "Yes") != nil {
		tapButtonIn(t, top, "Yes") // Fyne's own "Overwrite?" question
	}
}

// answerOpenDialog picks the file named name in the open dialog and
// presses Open.
func answerOpenDialog(t *testing.T, w *Wizard, name string) {
	t.Helper()
	top := topOverlay(t, w)
	shown := strings.TrimSuffix(name, filepath.Ext(name)) // the grid view hides extensions
	// The file's item is the innermost tappable object holding its label.
	var item fyne.Tappable
	var find func(o fyne.CanvasObject, tappable fyne.Tappable) bool
	find = func(o fyne.CanvasObject, tappable fyne.Tappable) bool {
		if tap, ok := o.(fyne.Tappable); ok {
			tappable = tap
		}
		if l, ok := o.(*widget.Label); ok && l.Text == shown {
			item = tappable
			return true
		}
		return walkChildren(o, func(c fyne.CanvasObject) bool { return find(c, tappable) })
	}
	find(top, nil)
	if item == nil {
		t.Fatalf("the open dialog does not list %s", name)
	}
	item.Tapped(&fyne.PointEvent{})
	tapButtonIn(t, top, "Open")
}

// answerFolderDialog presses Open in the folder dialog, which chooses
// the folder it shows.
func answerFolderDialog(t *testing.T, w *Wizard) {
	t.Helper()
	tapButtonIn(t, topOverlay(t, w), "Open")
}

// cancelFileDialog presses Cancel in the file dialog in front.
func cancelFileDialog(t *testing.T, w *Wizard) {
	t.Helper()
	tapButtonIn(t, topOverlay(t, w), "Cancel")
}

func tapButtonIn(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	b := findButton(o, text)
	if b == nil {
		t.Fatalf("no %q button in the dialog", text)
	}
	if b.Disabled() {
		t.Fatalf("the %q button is disabled", text)
	}
	test.Tap(b)
}

// Every way to reach a file dialog opens Fyne's real dialog and does
// what the user asked of it: this is where a misuse of the dialogs (such
// as resizing one before it is shown) fails.
func TestRealFileDialogs(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	walk(t, w)

	// Ctrl+S on an untitled document asks for a file.
	w.save(nil)
	answerSaveDialog(t, w, "terms.yaml")
	path := filepath.Join(dir, "terms.yaml")
	if data, err := os.ReadFile(path); err != nil || !strings.Contains(string(data), "kind: api-tos") {
		t.Fatalf("Save through the dialog wrote nothing usable: %v", err)
	}
	if w.sess.Path != path || w.sess.Dirty() {
		t.Fatalf("after saving: path %q, dirty %v", w.sess.Path, w.sess.Dirty())
	}

	// Save as, over the existing file: Fyne asks, the answers replace it.
	w.sess.SetText("version", "9.9.9")
	w.saveAs(nil)
	answerSaveDialog(t, w, "terms.yaml")
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "9.9.9") || w.sess.Dirty() {
		t.Fatal("Save as over an existing file did not write the answers")
	}

	// Open, from a new window, lists the file and opens it.
	o := newTestWizard(t, t.TempDir(), textfmt.EN)
	dialogsOpenIn(dir)
	o.open()
	answerOpenDialog(t, o, "terms.yaml")
	if o.sess == nil || o.sess.Path != path || o.sess.Text("version") != w.sess.Text("version") {
		t.Fatal("Open through the dialog did not open the answers")
	}

	// The export folder is chosen with the folder dialog.
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	dialogsOpenIn(out)
	e := w.newExportDialog()
	e.d.Show()
	e.choice.folder = ""
	tapButtonIn(t, topOverlay(t, w), w.T("export.choose"))
	answerFolderDialog(t, w)
	if e.choice.folder != out || e.ok.Disabled() {
		t.Fatalf("folder chosen = %q, export enabled %v (%s)", e.choice.folder, !e.ok.Disabled(), e.problem.Text)
	}
	test.Tap(e.ok)
	if _, err := os.Stat(filepath.Join(out, "api-tos.en.pdf")); err != nil {
		t.Error("export to the chosen folder wrote nothing")
	}

	// Cancelling a dialog changes nothing.
	w.saveAs(nil)
	cancelFileDialog(t, w)
	if w.sess.Path != path {
		t.Error("cancelling Save as changed the file")
	}
}
