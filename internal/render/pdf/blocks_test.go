package pdf

import (
	"math"
	"testing"

	"apitos/internal/mdtext"
)

// A column of items with pictograms is evenly spaced whether their texts
// take one line or two, and a one-line text is centred on its pictogram
// (the summary's "Price" row, a single line between rows of two, used to
// sit at the top of a taller row, with a wider gap under it).
func TestPictogramRowsAreEvenlySpaced(t *testing.T) {
	long := " **Two lines.** This text is long enough to take two lines of the list, whatever the width of the page may be, at ten points."
	src := []byte("- ![a](pictograms/fair-use.svg)" + long +
		"\n- ![b](pictograms/price-free.svg) **One line.** Short." +
		"\n- ![c](pictograms/spec-cc0.svg)" + long +
		"\n- ![d](pictograms/output-any-reuse.svg) **One line.** Short." +
		"\n- ![e](pictograms/data-open-reuse.svg) **One line.** Short.\n")
	l := newLayout(newBase())
	l.newPage()
	l.blocks(mdtext.Parse(src), src, marginLeft, contentW)
	var tops, baselines []float64
	for i, o := range l.pages[0].ops {
		if o.kind == opPicto {
			tops = append(tops, o.y)
			baselines = append(baselines, l.pages[0].ops[i+1].y) // the item's first line
		}
	}
	if len(tops) != 5 {
		t.Fatalf("%d pictograms laid out, want 5", len(tops))
	}
	for i := 1; i < len(tops); i++ {
		if step := tops[i] - tops[i-1]; math.Abs(step-(tops[1]-tops[0])) > 1e-9 {
			t.Errorf("pictogram %d is %.2f mm below the one before, the first two %.2f mm apart", i+1, step, tops[1]-tops[0])
		}
	}
	for _, i := range []int{1, 3, 4} {
		lineCentre := baselines[i] - bodyLineH*0.74 + bodyLineH/2
		if c := tops[i] + pictoSize/2; math.Abs(lineCentre-c) > 1e-9 {
			t.Errorf("one-line item %d: line centred at %.2f mm, its pictogram at %.2f mm", i+1, lineCentre, c)
		}
	}
}

// The abbreviation of "number" stays on the line of its figure: "n°"
// and "No." never end a line before a digit, while other spaces break.
func TestNumberSignKeepsItsFigure(t *testing.T) {
	l := newLayout(newBase())
	l.newPage()
	for _, c := range []struct {
		text  string
		words []string
	}{
		{"la loi n° 2004-575 du", []string{"la", "loi", "n° 2004-575", "du"}},
		{"Act No. 78-17 and No 7", []string{"Act", "No. 78-17", "and", "No 7"}},
		{"piano 3 and n° suivant", []string{"piano", "3", "and", "n°", "suivant"}},
	} {
		var got []string
		for _, w := range l.words([]piece{{text: c.text, st: body}}) {
			s := ""
			for _, p := range w.pieces {
				s += p.text
			}
			got = append(got, s)
		}
		if len(got) != len(c.words) {
			t.Errorf("%q: words %q, want %q", c.text, got, c.words)
			continue
		}
		for i := range got {
			if got[i] != c.words[i] {
				t.Errorf("%q: words %q, want %q", c.text, got, c.words)
				break
			}
		}
	}
}
