package textfmt

import "testing"

// A code's part letter stays with its article number in both languages,
// the second reference of a pair included, and an initial in a name or a
// sentence's last letter before a figure is left alone.
func TestCodeReferencesKeepTheirNumber(t *testing.T) {
	for _, c := range []struct {
		l        Lang
		in, want string
	}{
		{FR, "articles L. 111-1 et L. 221-5", "articles" + NBSP + "L." + NBSP + "111-1 et L." + NBSP + "221-5"},
		{FR, "(articles D. 213-1 et D. 213-2)", "(articles" + NBSP + "D." + NBSP + "213-1 et D." + NBSP + "213-2)"},
		{EN, "articles R. 212-1 and R. 212-4 of the Consumer Code", "articles R." + NBSP + "212-1 and R." + NBSP + "212-4 of the Consumer Code"},
		{EN, "Jean-L. 3 votes", "Jean-L. 3 votes"},
		{EN, "plan A. Then", "plan A. Then"},
	} {
		if got := Typeset(c.l, c.in); got != c.want {
			t.Errorf("Typeset(%v, %q) = %q, want %q", c.l, c.in, got, c.want)
		}
	}
}
