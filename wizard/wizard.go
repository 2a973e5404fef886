// Package wizard is the desktop interface of APIToS: a start screen, one
// step per group of questions with inline checks, a live preview, and
// files (open, save, autosave, export). It is driven by the
// questionnaires, so a new question appears without interface code, and
// it holds no rule of its own: those live in package session.
package wizard

import (
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/questionnaire"
	"apitos/internal/session"
	"apitos/internal/textfmt"
	"apitos/locales"
)

// Options configure a wizard.
type Options struct {
	// StorageDir holds the autosaved answers; "" uses the application's
	// storage.
	StorageDir string
	// Lang is the interface language; "" uses the saved preference, then
	// the system locale.
	Lang textfmt.Lang
	// Version is the program's version, shown in the About box.
	Version string
}

// Wizard is the application window and its state.
type Wizard struct {
	app   fyne.App
	win   fyne.Window
	opts  Options
	loc   *locales.Localizer
	prefs fyne.Preferences

	sess     *session.Session
	docLangs []textfmt.Lang
	ed       *editor // nil on the start screen

	startButtons map[string]*widget.Button // by kind on the start screen; "<kind>+charter" starts from its charter
	dialogs      []*keyedDialog            // the dialogs open, the front one last

	autosaveTimer *time.Timer
}

// Preference keys.
const (
	prefLang   = "ui.lang"
	prefTheme  = "ui.theme"
	prefRecent = "files.recent"
	prefFolder = "export.folder"
)

// defaultWindow is the window's first size: it fits a 1280x720 screen
// with a title bar and a panel, and 1920x1080 at 150 %.
var defaultWindow = fyne.NewSize(1180, 640)

// New creates the wizard's window on the start screen.
func New(a fyne.App, opts Options) *Wizard {
	w := &Wizard{app: a, opts: opts, prefs: a.Preferences(), docLangs: textfmt.All}
	if w.opts.StorageDir == "" {
		w.opts.StorageDir = storageDir(a)
	}
	lang := opts.Lang
	if lang == "" {
		lang, _ = textfmt.ParseLang(w.prefs.String(prefLang))
	}
	if lang == "" {
		lang = textfmt.FromEnv(os.Getenv)
	}
	w.loc = locales.For(lang)
	applyTheme(a, w.prefs.StringWithFallback(prefTheme, themeSystem))

	w.win = a.NewWindow("APIToS")
	w.win.Resize(defaultWindow)
	w.win.SetCloseIntercept(w.requestClose)
	w.win.Canvas().SetOnTypedKey(w.typedKey)
	w.rebuild()
	w.watchFocus()
	return w
}

// Window is the wizard's window.
func (w *Wizard) Window() fyne.Window { return w.win }

// text is a questionnaire's text in the interface language, ready for the
// screen (see onScreen).
func (w *Wizard) text(t questionnaire.Text) string { return onScreen(t.In(w.loc.Lang)) }

// T words an interface message.
func (w *Wizard) T(id string, kv ...any) string { return onScreen(w.loc.T(id, kv...)) }

// rebuild redraws the menus and the current screen, after a change of
// interface language or of document.
func (w *Wizard) rebuild() {
	if w.sess == nil {
		w.ed = nil
		w.win.SetContent(w.startScreen())
	} else {
		old := w.ed
		w.ed = newEditor(w, 0)
		if old != nil {
			// Same answers, new language or theme: keep the user's place
			// and what the steps already show.
			w.ed.touched, w.ed.visited = old.touched, old.visited
			w.ed.show(old.step)
		}
		w.win.SetContent(w.ed.content)
		w.ed.placed = true
		w.ed.relayout()
		w.ed.focusFirst()
	}
	w.win.SetMainMenu(w.menu())
	w.updateTitle()
}

// updateTitle shows the file name and an unsaved-changes mark.
func (w *Wizard) updateTitle() {
	title := "APIToS"
	if w.sess != nil {
		name := w.sess.Name()
		if name == "" {
			name = w.T("ui.untitled")
		}
		if w.sess.Dirty() {
			name = "*" + name
		}
		title = name + " — " + w.sess.Questionnaire().Title.In(w.loc.Lang) + " — APIToS"
	}
	w.win.SetTitle(title)
}

// changed is called after every edit of the answers.
func (w *Wizard) changed() {
	w.updateTitle()
	w.scheduleAutosave()
}

func (w *Wizard) menu() *fyne.MainMenu {
	ctrl := fyne.KeyModifierShortcutDefault
	item := func(label string, key fyne.KeyName, mod fyne.KeyModifier, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		if key != "" {
			it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: mod}
		}
		return it
	}
	save := item(w.T("menu.save"), fyne.KeyS, ctrl, func() { w.save(nil) })
	saveAs := item(w.T("menu.save_as"), fyne.KeyS, ctrl|fyne.KeyModifierShift, func() { w.saveAs(nil) })
	export := item(w.T("menu.export"), fyne.KeyE, ctrl, w.showExport)
	compare := item(w.T("menu.compare"), "", 0, w.compareWithEarlier)
	for _, it := range []*fyne.MenuItem{save, saveAs, export, compare} {
		it.Disabled = w.sess == nil
	}
	link := item(w.T("menu.link_charter"), "", 0, w.linkCharter)
	link.Disabled = w.sess == nil || !w.sess.Questionnaire().Links()
	unlink := item(w.T("menu.unlink_charter"), "", 0, w.unlinkCharter)
	unlink.Disabled = w.sess == nil || w.sess.Charter() == nil
	recent := fyne.NewMenuItem(w.T("menu.recent"), nil)
	recent.ChildMenu = fyne.NewMenu("")
	for _, path := range w.recentFiles() {
		recent.ChildMenu.Items = append(recent.ChildMenu.Items, fyne.NewMenuItem(path, func() { w.confirmDiscard(func() { w.openPath(path) }) }))
	}
	recent.Disabled = len(recent.ChildMenu.Items) == 0
	quit := item(w.T("menu.quit"), fyne.KeyQ, ctrl, w.requestClose)
	quit.IsQuit = true
	file := fyne.NewMenu(w.T("menu.file"),
		item(w.T("menu.new"), fyne.KeyN, ctrl, func() { w.confirmDiscard(w.goStart) }),
		item(w.T("menu.open"), fyne.KeyO, ctrl, w.open),
		recent, fyne.NewMenuItemSeparator(), save, saveAs, fyne.NewMenuItemSeparator(), link, unlink,
		fyne.NewMenuItemSeparator(), export, compare,
		fyne.NewMenuItemSeparator(), quit)

	next := item(w.T("menu.next_step"), fyne.KeyPageDown, ctrl, func() {
		if w.ed != nil {
			w.ed.goNext()
		}
	})
	previous := item(w.T("menu.previous_step"), fyne.KeyPageUp, ctrl, func() {
		if w.ed != nil {
			w.ed.goBack()
		}
	})
	next.Disabled, previous.Disabled = w.ed == nil, w.ed == nil
	goMenu := fyne.NewMenu(w.T("menu.go"), next, previous)

	langs := fyne.NewMenuItem(w.T("menu.ui_language"), nil)
	langs.ChildMenu = fyne.NewMenu("")
	for _, l := range textfmt.All {
		it := fyne.NewMenuItem(textfmt.NativeName(l), func() { w.setLanguage(l) })
		it.Checked = l == w.loc.Lang
		langs.ChildMenu.Items = append(langs.ChildMenu.Items, it)
	}
	themes := fyne.NewMenuItem(w.T("menu.theme"), nil)
	themes.ChildMenu = fyne.NewMenu("")
	current := w.prefs.StringWithFallback(prefTheme, themeSystem)
	for _, th := range []string{themeSystem, themeLight, themeDark} {
		it := fyne.NewMenuItem(w.T("theme."+th), func() {
			w.prefs.SetString(prefTheme, th)
			applyTheme(w.app, th)
			w.rebuild()
		})
		it.Checked = th == current
		themes.ChildMenu.Items = append(themes.ChildMenu.Items, it)
	}
	view := fyne.NewMenu(w.T("menu.view"), langs, themes)
	help := fyne.NewMenu(w.T("menu.help"),
		fyne.NewMenuItem(w.T("menu.shortcuts"), w.showShortcuts),
		fyne.NewMenuItem(w.T("menu.about"), func() { w.inform(w.T("menu.about"), w.T("about.text", "Version", w.opts.Version)) }))
	return fyne.NewMainMenu(file, goMenu, view, help)
}

// shortcutKeys lists the keyboard shortcuts, as the menus write them,
// with the message that says what each does.
var shortcutKeys = []struct{ keys, id string }{
	{"Ctrl+N", "shortcuts.new"},
	{"Ctrl+O", "shortcuts.open"},
	{"Ctrl+S", "shortcuts.save"},
	{"Ctrl+Shift+S", "shortcuts.save_as"},
	{"Ctrl+E", "shortcuts.export"},
	{"Ctrl+Q", "shortcuts.quit"},
	{"Ctrl+PgDn", "shortcuts.next"},
	{"Ctrl+PgUp", "shortcuts.previous"},
	{"Enter", "shortcuts.enter"},
	{"Tab, Shift+Tab", "shortcuts.tab"},
	{"Space", "shortcuts.space"},
	{"Escape", "shortcuts.escape"},
}

// showShortcuts lists the keyboard shortcuts in two aligned columns.
func (w *Wizard) showShortcuts() {
	grid := container.New(layout.NewFormLayout())
	for _, s := range shortcutKeys {
		keys := widget.NewLabelWithStyle(w.T("keys."+s.keys), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		what := widget.NewLabel(w.T(s.id))
		what.Wrapping = fyne.TextWrapWord
		grid.Add(keys)
		grid.Add(what)
	}
	w.informWith(w.T("menu.shortcuts"), grid, fyne.NewSize(620, 460))
}

// setLanguage switches the interface language at once; the documents'
// languages are chosen separately.
func (w *Wizard) setLanguage(l textfmt.Lang) {
	w.loc = locales.For(l)
	w.prefs.SetString(prefLang, string(l))
	w.rebuild()
}

// goStart returns to the start screen, forgetting the current answers.
func (w *Wizard) goStart() {
	w.stopAutosave()
	w.sess = nil
	w.rebuild()
}

// startSession opens the editor on a session.
func (w *Wizard) startSession(s *session.Session) {
	w.sess = s
	w.ed = nil
	w.rebuild()
}

// inform shows a message with a single button in the interface language.
func (w *Wizard) inform(title, message string) {
	label := widget.NewLabel(message)
	label.Wrapping = fyne.TextWrapWord
	w.informWith(title, label, fyne.NewSize(520, 300))
}

// informWith shows content with a single button, in a dialog of the
// given size at most.
func (w *Wizard) informWith(title string, content fyne.CanvasObject, size fyne.Size) {
	d := dialog.NewCustomWithoutButtons(title, container.NewVScroll(content), w.win)
	ok := widget.NewButton(w.T("file.ok"), d.Hide)
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{ok})
	d.Resize(size)
	w.showDialog(d, d.Hide, d.Hide)
}

func (w *Wizard) showError(message string) {
	w.inform(w.T("file.error_title"), message)
}

// requestClose asks what to do with unsaved changes before closing.
func (w *Wizard) requestClose() {
	w.confirmDiscard(func() {
		w.stopAutosave()
		removeAutosave(w.opts.StorageDir)
		w.win.Close()
	})
}

// confirmDiscard runs then once unsaved changes are saved or discarded,
// or at once when there are none.
func (w *Wizard) confirmDiscard(then func()) {
	if w.sess == nil || !w.sess.Dirty() {
		then()
		return
	}
	name := w.sess.Name()
	if name == "" {
		name = w.T("ui.untitled")
	}
	msg := widget.NewLabel(w.T("close.message", "Name", name))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(w.T("close.title"), msg, w.win)
	save := widget.NewButton(w.T("close.save"), func() {
		d.Hide()
		w.save(then)
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton(w.T("close.discard"), func() {
		d.Hide()
		removeAutosave(w.opts.StorageDir)
		w.sess.Saved(w.sess.Path) // the user chose to lose the changes
		then()
	})
	cancel := widget.NewButton(w.T("close.cancel"), d.Hide)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Resize(fyne.NewSize(480, 160))
	w.showDialog(d, save.OnTapped, d.Hide)
}

func storageDir(a fyne.App) string {
	if root := a.Storage().RootURI(); root != nil && root.Scheme() == "file" {
		return root.Path()
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "apitos")
}
