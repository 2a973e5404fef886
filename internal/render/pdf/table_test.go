package pdf

import (
	"math"
	"strings"
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
	widths := l.columnWidths(rows, contentW, contentW/2)
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

// A long address breaks after a slash, as a printed address does, when
// that leaves the purpose beside it room enough to make the table
// shorter (the security measures' row of Annex A used to run down most of
// a page beside a column as wide as its address); beside a short purpose
// it stays whole.
func TestLongAddressesBreakRatherThanSqueezeThePurpose(t *testing.T) {
	l := newLayout(newBase())
	l.newPage()
	st := style{size: tableSize}
	cell := func(s string) []piece { return []piece{{text: s, st: st}} }
	url := "https://developers.acme-meteo.example/legal/security-measures"
	purpose := strings.Repeat("Security measures for the Personal Data received and returned through the API ", 4)
	rows := [][][]piece{
		{cell("Document"), cell("Address"), cell("Purpose")},
		{cell("Technical and organisational security measures"), cell(url), cell(purpose)},
	}
	whole := l.layRows(rows, 1, l.columnWidths(rows, contentW, contentW/2))
	got := l.layCells(rows, 1, contentW)
	if got.height() >= whole.height() {
		t.Errorf("table %.1f mm high, no shorter than with the address whole (%.1f mm)", got.height(), whole.height())
	}
	if got.widths[2] <= got.widths[1] {
		t.Errorf("purpose column %.1f mm, no wider than the address column's %.1f mm", got.widths[2], got.widths[1])
	}
	rows[1][2] = cell("Security measures")
	wide := l.columnWidths(rows, contentW, contentW/2)
	if short := l.layCells(rows, 1, contentW); math.Abs(short.widths[1]-wide[1]) > 0.01 {
		t.Errorf("address column %.1f mm beside a short purpose, want %.1f: the address breaks for nothing", short.widths[1], wide[1])
	}
}
