package wizard

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/answers"
	"apitos/internal/atomicfile"
	"apitos/internal/session"
)

// The file dialogs are Fyne's own. Each callback receives "" when the
// user cancels. A FileDialog must be shown before it is resized: its
// size depends on the window it builds in Show, and Fyne 2.8 dereferences
// that window in Resize.

// dialogSize is the size the file dialogs ask for; Fyne shrinks it to
// fit a smaller window.
var dialogSize = fyne.NewSize(900, 600)

// chooseAnswersToOpen asks for an answers file to read.
func (w *Wizard) chooseAnswersToOpen(done func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			done("")
			return
		}
		r.Close()
		done(r.URI().Path())
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".yaml", ".yml"}))
	w.showFileDialog(d, w.answersFolder())
}

// chooseAnswersToSave asks where to write an answers file.
func (w *Wizard) chooseAnswersToSave(suggested string, done func(path string)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			done("")
			return
		}
		// The dialog has created (or emptied) the file; the wizard
		// replaces it atomically with the answers.
		wc.Close()
		done(wc.URI().Path())
	}, w.win)
	d.SetFileName(suggested)
	w.showFileDialog(d, w.answersFolder())
}

// chooseFolder asks for a folder, starting from start when it exists.
func (w *Wizard) chooseFolder(start string, done func(path string)) {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			done("")
			return
		}
		done(l.Path())
	}, w.win)
	w.showFileDialog(d, start)
}

// showFileDialog shows a file dialog, opened on folder when it exists
// (otherwise where the user last was), then gives it its size.
func (w *Wizard) showFileDialog(d *dialog.FileDialog, folder string) {
	if folder != "" {
		if uri, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
			d.SetLocation(uri)
		}
	}
	// Escape cancels; Enter is left to the dialog's own fields, and must
	// not reach a dialog beneath (the export dialog under its folder
	// choice).
	w.showDialog(d, nil, d.Dismiss)
	d.Resize(dialogSize)
}

// answersFolder is where the answers dialogs open: the folder of the
// current answers file, or "" for the folder last used.
func (w *Wizard) answersFolder() string {
	if w.sess == nil || w.sess.Path == "" {
		return ""
	}
	return filepath.Dir(w.sess.Path)
}

// open asks for an answers file and opens it.
func (w *Wizard) open() {
	w.confirmDiscard(func() {
		w.chooseAnswersToOpen(func(path string) {
			if path != "" {
				w.openPath(path)
			}
		})
	})
}

// Open opens the answers file at path as the Open dialog does, for a
// file named on the command line or by a file manager. When answers left
// unsaved by the last session can still be recovered, it asks first:
// editing another file would replace them.
func (w *Wizard) Open(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if _, _, pending := readAutosave(w.opts.StorageDir); !pending {
		w.openPath(path)
		return
	}
	name := filepath.Base(path)
	msg := widget.NewLabel(w.T("open.recover_first", "Name", name))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(w.T("close.title"), msg, w.win)
	open := widget.NewButton(w.T("open.discard_and_open", "Name", name), func() {
		d.Hide()
		w.openPath(path)
		if w.sess != nil {
			removeAutosave(w.opts.StorageDir)
		}
	})
	recoverBtn := widget.NewButton(w.T("start.recover_button"), func() {
		d.Hide()
		if data, meta, ok := readAutosave(w.opts.StorageDir); ok {
			w.recover(data, meta)
		}
	})
	recoverBtn.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{open, recoverBtn})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// openPath opens an answers file; problems in it are shown in the steps.
func (w *Wizard) openPath(path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		w.showError(w.T("file.open_failed", "Path", path, "Error", w.loc.ReadError(err)))
		return
	}
	s, issues, err := session.Open(path, data, w.loc.Lang)
	if err != nil {
		msg := err.Error()
		if len(issues) > 0 {
			msg = w.loc.Message(issues[0].Msg)
		}
		w.showError(w.T("file.open_failed", "Path", path, "Error", msg))
		return
	}
	w.addRecent(path)
	w.resumeSession(s)
	if len(issues) > 0 {
		w.inform(w.sess.Name(), w.loc.N("file.open_problems", len(issues), "Path", w.sess.Name()))
	}
}

// save writes the answers to their file, asking for one the first time;
// then runs after a successful save.
func (w *Wizard) save(then func()) {
	if w.sess == nil {
		return
	}
	if w.sess.Path == "" {
		w.saveAs(then)
		return
	}
	if w.writeAnswers(w.sess.Path) && then != nil {
		then()
	}
}

func (w *Wizard) saveAs(then func()) {
	if w.sess == nil {
		return
	}
	suggested := w.sess.Name()
	if suggested == "" {
		suggested = w.sess.Kind.ID + ".yaml"
	}
	w.chooseAnswersToSave(suggested, func(path string) {
		if path == "" {
			return
		}
		if filepath.Ext(path) == "" {
			path += ".yaml"
		}
		if w.writeAnswers(path) && then != nil {
			then()
		}
	})
}

// writeAnswers saves the session to path atomically.
func (w *Wizard) writeAnswers(path string) bool {
	data, err := w.encode(path)
	if err == nil {
		err = atomicfile.Write(path, data, 0o644)
	}
	if err != nil {
		w.showError(w.T("file.save_failed", "Path", path, "Error", err.Error()))
		return false
	}
	w.sess.Saved(path)
	w.addRecent(path)
	w.stopAutosave()
	removeAutosave(w.opts.StorageDir)
	w.win.SetMainMenu(w.menu())
	w.updateTitle()
	if w.ed != nil {
		w.ed.flash(w.T("editor.saved", "Path", path, "Time", time.Now().Format("15:04")))
	}
	return true
}

// encode writes the session as the answers file at path, whose comments
// are in the interface language (as the documents write it, not as the
// screen shows it: see onScreen).
func (w *Wizard) encode(path string) ([]byte, error) {
	q := w.sess.Questionnaire()
	labels := w.loc.AnswersLabels(q)
	if answers.KeepsSchemaComment(path, q.Kind) {
		labels.Schema = answers.SchemaComment(q.Kind)
	}
	return w.sess.Encode(path, w.loc.Lang, labels)
}

const maxRecent = 8

func (w *Wizard) recentFiles() []string {
	var out []string
	for _, p := range w.prefs.StringList(prefRecent) {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

func (w *Wizard) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(w.prefs.StringList(prefRecent), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	w.prefs.SetStringList(prefRecent, list)
}

// Autosave: a second after the last edit, the answers are written to the
// application's storage; they are removed when saved or discarded, so
// their presence at start means the last session ended unexpectedly.

const autosaveDelay = time.Second

type autosaveMeta struct {
	Kind string    `json:"kind"`
	Path string    `json:"path"` // the file the answers came from, if any
	Time time.Time `json:"time"`
}

func autosavePaths(dir string) (data, meta string) {
	return filepath.Join(dir, "autosave.yaml"), filepath.Join(dir, "autosave.json")
}

func (w *Wizard) scheduleAutosave() {
	if !background {
		return
	}
	if w.autosaveTimer != nil {
		w.autosaveTimer.Stop()
	}
	w.autosaveTimer = time.AfterFunc(autosaveDelay, func() { fyne.Do(w.autosave) })
}

func (w *Wizard) stopAutosave() {
	if w.autosaveTimer != nil {
		w.autosaveTimer.Stop()
		w.autosaveTimer = nil
	}
}

// autosave writes the current answers now, if they have unsaved changes.
func (w *Wizard) autosave() {
	if w.sess == nil || !w.sess.Dirty() {
		return
	}
	// Written as the file it came from, so that a charter it names is
	// found from there when the answers are recovered.
	data, err := w.encode(w.sess.Path)
	if err != nil {
		return
	}
	meta, _ := json.Marshal(autosaveMeta{Kind: w.sess.Kind.ID, Path: w.sess.Path, Time: time.Now().UTC()})
	dataPath, metaPath := autosavePaths(w.opts.StorageDir)
	if err := os.MkdirAll(w.opts.StorageDir, 0o700); err != nil {
		return
	}
	// Answers first: a crash between the two writes leaves no metadata,
	// hence nothing offered, rather than metadata without answers.
	if atomicfile.Write(dataPath, data, 0o600) == nil {
		atomicfile.Write(metaPath, meta, 0o600)
	}
}

func readAutosave(dir string) ([]byte, autosaveMeta, bool) {
	dataPath, metaPath := autosavePaths(dir)
	var meta autosaveMeta
	raw, err := os.ReadFile(metaPath)
	if err != nil || json.Unmarshal(raw, &meta) != nil {
		return nil, meta, false
	}
	data, err := os.ReadFile(dataPath)
	if err != nil {
		return nil, meta, false
	}
	return data, meta, true
}

func removeAutosave(dir string) {
	dataPath, metaPath := autosavePaths(dir)
	os.Remove(metaPath)
	os.Remove(dataPath)
}

// recover reopens autosaved answers, attached to their original file if
// they had one, and marked unsaved.
func (w *Wizard) recover(data []byte, meta autosaveMeta) {
	s, _, err := session.Open(meta.Path, data, w.loc.Lang)
	if err != nil {
		w.showError(w.T("file.open_failed", "Path", "autosave", "Error", err.Error()))
		return
	}
	s.Path = strings.TrimSpace(meta.Path)
	s.MarkChanged()
	w.resumeSession(s)
}

// resumeSession opens the editor on answers given before, from a file or
// recovered: every step shows whether it is complete, and the editor opens
// on the first step left to complete, or on the review when none is.
func (w *Wizard) resumeSession(s *session.Session) {
	w.startSession(s)
	w.ed.revealAll()
	w.ed.show(w.ed.firstIncomplete())
}
