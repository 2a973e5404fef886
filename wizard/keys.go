package wizard

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// keyedDialog is a dialog with what Enter and Escape do while it is in
// front: Fyne's custom dialogs leave both keys to the widget that has the
// focus, and none has it when a dialog opens.
type keyedDialog struct {
	d             dialog.Dialog
	enter, escape func()
}

// showDialog shows d; while it is in front, Enter runs enter and Escape
// runs escape (either may be nil).
func (w *Wizard) showDialog(d dialog.Dialog, enter, escape func()) {
	k := &keyedDialog{d: d, enter: enter, escape: escape}
	w.dialogs = append(w.dialogs, k)
	// The field focused behind the dialog loses the focus: when Space
	// presses the dialog's button, the character typed would otherwise
	// reach that field once the dialog has gone.
	w.win.Canvas().Unfocus()
	d.SetOnClosed(func() {
		w.dialogs = slices.DeleteFunc(w.dialogs, func(o *keyedDialog) bool { return o == k })
	})
	d.Show()
}

// typedKey receives the keys typed while no widget has the focus: Enter
// and Escape act on the dialog in front, and Enter otherwise moves to the
// next step.
func (w *Wizard) typedKey(k *fyne.KeyEvent) {
	enter := k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter
	if n := len(w.dialogs); n > 0 {
		top := w.dialogs[n-1]
		switch { // a nil action leaves the key to the dialog
		case enter && top.enter != nil:
			top.enter()
		case k.Name == fyne.KeyEscape && top.escape != nil:
			top.escape()
		}
		return
	}
	if w.win.Canvas().Overlays().Top() != nil {
		return // a dialog of Fyne's own, such as a file dialog
	}
	if enter && w.ed != nil {
		w.ed.goNext()
	}
}

// focusPoll is how often the wizard checks where the focus went.
const focusPoll = 120 * time.Millisecond

// watchFocus scrolls the form to the field that receives the focus, as
// Tab moves it: Fyne has no focus-change event, and does not scroll to
// the focused object itself, so that typing could land in a field out of
// view.
func (w *Wizard) watchFocus() {
	if !background {
		return
	}
	var last fyne.Focusable
	go func() {
		for range time.Tick(focusPoll) {
			fyne.Do(func() {
				f := w.win.Canvas().Focused()
				if f == last {
					return
				}
				last = f
				w.revealFocused(f)
			})
		}
	}()
}

// revealFocused scrolls the form to f when f is one of its controls.
// Fyne does not say which widget holds another (a radio button is drawn
// inside its group), so a control is recognised by where it is: inside
// the form's content. The Back, Next and Export buttons, which the
// content may extend under, are the only other controls in that area.
func (w *Wizard) revealFocused(f fyne.Focusable) {
	o, ok := f.(fyne.CanvasObject)
	ed := w.ed
	if !ok || ed == nil || o == fyne.CanvasObject(ed.back) || o == fyne.CanvasObject(ed.next) || o == fyne.CanvasObject(ed.export) {
		return
	}
	d := fyne.CurrentApp().Driver()
	pos := d.AbsolutePositionForObject(o)
	content := d.AbsolutePositionForObject(ed.scroll.Content)
	size := ed.scroll.Content.Size()
	if pos.X >= content.X && pos.Y >= content.Y && pos.X < content.X+size.Width && pos.Y < content.Y+size.Height {
		ed.reveal(o)
	}
}
