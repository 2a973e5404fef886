package diff

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// apply checks that a script turns a into b and returns its length
// (deletions and insertions).
func apply(t *testing.T, a, b []string, script []Edit) int {
	t.Helper()
	i, j, cost := 0, 0, 0
	for _, e := range script {
		switch e.Op {
		case Equal:
			if e.I != i || e.J != j || a[i] != b[j] {
				t.Fatalf("equal %+v at (%d, %d): %q vs %q", e, i, j, a, b)
			}
			i, j = i+1, j+1
		case Delete:
			if e.I != i {
				t.Fatalf("delete %+v at %d", e, i)
			}
			i, cost = i+1, cost+1
		case Insert:
			if e.J != j {
				t.Fatalf("insert %+v at %d", e, j)
			}
			j, cost = j+1, cost+1
		}
	}
	if i != len(a) || j != len(b) {
		t.Fatalf("script ends at (%d, %d) of (%d, %d)", i, j, len(a), len(b))
	}
	return cost
}

// lcs is the length of a longest common subsequence, by dynamic
// programming: a shortest script keeps exactly that many items.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	for i := range a {
		cur := make([]int, len(b)+1)
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestScriptsAreShortest(t *testing.T) {
	cases := [][2]string{
		{"", ""}, {"a", ""}, {"", "a"}, {"a b c", "a b c"},
		{"the notice is three months", "the notice is six months"},
		{"a b c a b b a", "c b a b a c"},
		{"x", "y"},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		var a, b []string
		for range r.IntN(12) {
			a = append(a, string(rune('a'+r.IntN(4))))
		}
		for range r.IntN(12) {
			b = append(b, string(rune('a'+r.IntN(4))))
		}
		cases = append(cases, [2]string{strings.Join(a, " "), strings.Join(b, " ")})
	}
	for _, c := range cases {
		a, b := strings.Fields(c[0]), strings.Fields(c[1])
		script := Slices(a, b)
		if cost, want := apply(t, a, b, script), len(a)+len(b)-2*lcs(a, b); cost != want {
			t.Errorf("%q → %q: %d edits, the shortest has %d", c[0], c[1], cost, want)
		}
	}
}

// A replaced word reads "old new": the deletion comes first.
func TestDeletionBeforeInsertion(t *testing.T) {
	got := Slices(strings.Fields("at least three months"), strings.Fields("at least six months"))
	want := []Op{Equal, Equal, Delete, Insert, Equal}
	for i, e := range got {
		if i >= len(want) || e.Op != want[i] {
			t.Fatalf("script %+v", got)
		}
	}
}
