package wizard

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// stepListWidth is the width of the step list: wide enough for most step
// titles on one line, and fixed, so that marks appearing beside the titles
// never push the form and the preview aside. Longer titles wrap.
const stepListWidth = 250

// stepRow is one entry of the step list: a mark (complete, incomplete or
// none), the step's number and title, wrapped, and a highlight on the
// step shown. It is not a keyboard stop: Ctrl+PgDn and Ctrl+PgUp and the
// Go menu move between steps, so that Tab goes from the last field
// straight to the buttons and the preview.
type stepRow struct {
	widget.BaseWidget
	text    string
	mark    fyne.Resource // nil when the step has no mark
	current bool
	hovered bool
	onTap   func()
}

func newStepRow(text string, onTap func()) *stepRow {
	r := &stepRow{text: text, onTap: onTap}
	r.ExtendBaseWidget(r)
	return r
}

// set updates the mark and the highlight, redrawing only on a change.
func (r *stepRow) set(mark fyne.Resource, current bool) {
	if r.mark == mark && r.current == current {
		return
	}
	r.mark, r.current = mark, current
	r.Refresh()
}

func (r *stepRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

func (r *stepRow) MouseIn(*desktop.MouseEvent)    { r.hovered = true; r.Refresh() }
func (r *stepRow) MouseMoved(*desktop.MouseEvent) {}
func (r *stepRow) MouseOut()                      { r.hovered = false; r.Refresh() }
func (r *stepRow) Cursor() desktop.Cursor         { return desktop.PointerCursor }

func (r *stepRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = theme.InputRadiusSize()
	label := widget.NewLabel(r.text)
	label.Wrapping = fyne.TextWrapWord
	rr := &stepRowRenderer{row: r, bg: bg, icon: widget.NewIcon(nil), label: label}
	rr.Refresh()
	return rr
}

type stepRowRenderer struct {
	row   *stepRow
	bg    *canvas.Rectangle
	icon  *widget.Icon
	label *widget.Label
}

// iconWidth is the slot kept for the mark even when there is none.
func iconWidth() float32 { return theme.IconInlineSize() }

func (r *stepRowRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	pad := theme.Padding()
	x := pad + iconWidth()
	r.label.Move(fyne.NewPos(x, 0))
	r.label.Resize(fyne.NewSize(size.Width-x, size.Height))
	// The mark sits beside the first line of the title.
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding()
	r.icon.Move(fyne.NewPos(pad, (line-iconWidth())/2))
	r.icon.Resize(fyne.NewSquareSize(iconWidth()))
}

func (r *stepRowRenderer) MinSize() fyne.Size {
	m := r.label.MinSize()
	return fyne.NewSize(theme.Padding()+iconWidth()+m.Width, m.Height)
}

func (r *stepRowRenderer) Refresh() {
	switch {
	case r.row.current:
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	case r.row.hovered:
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
	r.icon.SetResource(r.row.mark)
	if r.label.TextStyle.Bold != r.row.current || r.label.Text != r.row.text {
		r.label.TextStyle.Bold = r.row.current
		r.label.Text = r.row.text
		r.label.Refresh()
	}
}

func (r *stepRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.icon, r.label}
}

func (r *stepRowRenderer) Destroy() {}

// fixedWidth gives its objects a set width whatever their own minimum,
// and their minimum height.
type fixedWidth struct{ width float32 }

func (f fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (f fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(f.width, h)
}

// wheelRelay lies over a scrolled form and passes every turn of the mouse
// wheel to it. Without it, a text field under the pointer takes the wheel
// for its own inner scroller, even when it has nothing to scroll, and the
// form seems stuck: Fyne gives scroll events to the innermost scroller.
// The relay is neither tappable nor hoverable, so clicks, selection and
// the pointer's shape still reach the fields beneath it.
type wheelRelay struct {
	widget.BaseWidget
	target fyne.Scrollable
}

func newWheelRelay(target fyne.Scrollable) *wheelRelay {
	r := &wheelRelay{target: target}
	r.ExtendBaseWidget(r)
	return r
}

func (r *wheelRelay) Scrolled(ev *fyne.ScrollEvent) { r.target.Scrolled(ev) }

func (r *wheelRelay) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

func (r *wheelRelay) MinSize() fyne.Size { return fyne.Size{} }

// textArea is a multi-line text field from which Tab moves on to the next
// field, as in a form, instead of typing a tab into the answer.
type textArea struct{ widget.Entry }

func newTextArea() *textArea {
	e := &textArea{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

func (e *textArea) AcceptsTab() bool { return false }
