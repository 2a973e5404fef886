package pdf

import (
	"math"
	"testing"
)

// A column of addresses, each one unbreakable word, is as wide as its
// longest address and no wider, so that the spare width goes to the
// column whose text wraps (Annex A's "Purpose" used to be squeezed to
// six short lines beside a half-empty column of addresses), and the
// columns still fill the table's width.
func TestTableColumnsStopAtTheirWidestLine(t *testing.T) {
	l := newLayout(newBase())
	l.newPage()
	st := style{size: tableSize}
	cell := func(s string) []piece { return []piece{{text: s, st: st}} }
	url := "https://horaires-marees.example/niveau-de-service"
	purpose := "Description of the API that is authoritative (article 4.1); its changes are governed by article 5.2 and announced in the change log"
	rows := [][][]piece{
		{cell("Document"), cell("Address"), cell("Purpose")},
		{cell("Service level"), cell(url), cell(purpose)},
		{cell("Price list"), cell(url), cell(purpose)},
	}
	widths := l.columnWidths(rows, contentW)
	urlW := l.width(url, st) + 2*cellPadX
	if math.Abs(widths[1]-urlW) > 0.5 {
		t.Errorf("address column %.1f mm wide, want its longest address, %.1f mm", widths[1], urlW)
	}
	if widths[2] <= widths[0] {
		t.Errorf("purpose column %.1f mm, no wider than the document names' %.1f mm", widths[2], widths[0])
	}
	if total := widths[0] + widths[1] + widths[2]; math.Abs(total-contentW) > 0.01 {
		t.Errorf("columns fill %.2f mm of %.2f", total, contentW)
	}
}
