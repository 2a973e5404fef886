package wizard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// flowGrid lays its objects out in as many equal columns as fit at least
// minWidth each, wrapping to new rows when the window narrows; each row
// is as tall as its tallest object. Its minimum width is one column, so
// that it never holds a window wider than the screen.
//
// Wrapped text learns its height from its width: MinSize reports the
// heights found at the last layout, and a second layout settles them.
type flowGrid struct {
	minWidth float32
	width    float32 // the width of the last layout
}

func newFlowGrid(minWidth float32) *flowGrid { return &flowGrid{minWidth: minWidth} }

func (g *flowGrid) columns(width float32, n int) int {
	pad := theme.Padding()
	cols := int((width + pad) / (g.minWidth + pad))
	return max(1, min(cols, n))
}

func (g *flowGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g.width = size.Width
	pad := theme.Padding()
	cols := g.columns(size.Width, len(objs))
	cell := (size.Width - pad*float32(cols-1)) / float32(cols)
	y := float32(0)
	for start := 0; start < len(objs); start += cols {
		row := objs[start:min(start+cols, len(objs))]
		for _, o := range row {
			o.Resize(fyne.NewSize(cell, o.MinSize().Height))
		}
		h := rowHeight(row)
		for i, o := range row {
			o.Move(fyne.NewPos(float32(i)*(cell+pad), y))
			o.Resize(fyne.NewSize(cell, h))
		}
		y += h + pad
	}
}

func (g *flowGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	cols := 1
	if g.width > 0 {
		cols = g.columns(g.width, len(objs))
	}
	h := float32(0)
	for start := 0; start < len(objs); start += cols {
		if start > 0 {
			h += theme.Padding()
		}
		h += rowHeight(objs[start:min(start+cols, len(objs))])
	}
	return fyne.NewSize(g.minWidth, h)
}

func rowHeight(row []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range row {
		h = max(h, o.MinSize().Height)
	}
	return h
}
