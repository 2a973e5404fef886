// Package diff finds the shortest edit script between two sequences:
// which items of the first are kept, which are deleted and which of the
// second are inserted. It is Myers' O(ND) algorithm ("An O(ND) difference
// algorithm and its variations", 1986), which is fast when the sequences
// are alike, as two versions of a document are: the clauses of two
// versions, the lines of a clause, the words of a line.
package diff

// Op is what an edit does.
type Op int

// Edit operations.
const (
	Equal  Op = iota // A[I] and B[J] are the same item
	Delete           // A[I] is not in B
	Insert           // B[J] is not in A
)

// Edit is one step of a script: I indexes the first sequence (for Equal
// and Delete), J the second (for Equal and Insert).
type Edit struct {
	Op   Op
	I, J int
}

// Slices returns a shortest edit script turning a into b, in order:
// walking it visits every item of a and of b once. Among scripts of the
// same length it prefers deletions before insertions, so that a replaced
// word reads as "old new".
func Slices[T comparable](a, b []T) []Edit {
	return Func(len(a), len(b), func(i, j int) bool { return a[i] == b[j] })
}

// Func is Slices for sequences of n and m items that eq compares.
func Func(n, m int, eq func(i, j int) bool) []Edit {
	// Common ends cost nothing to the search and are the common case.
	pre := 0
	for pre < n && pre < m && eq(pre, pre) {
		pre++
	}
	suf := 0
	for suf < n-pre && suf < m-pre && eq(n-1-suf, m-1-suf) {
		suf++
	}
	var out []Edit
	for k := range pre {
		out = append(out, Edit{Equal, k, k})
	}
	mid := myers(n-pre-suf, m-pre-suf, func(i, j int) bool { return eq(pre+i, pre+j) })
	for _, e := range mid {
		e.I += pre
		e.J += pre
		out = append(out, e)
	}
	for k := range suf {
		out = append(out, Edit{Equal, n - suf + k, m - suf + k})
	}
	return out
}

// myers is the greedy forward search, keeping each round's furthest
// reaching paths to trace the script back.
func myers(n, m int, eq func(i, j int) bool) []Edit {
	max := n + m
	if max == 0 {
		return nil
	}
	offset := max + 1
	v := make([]int, 2*max+3)
	var trace [][]int
	var d int
search:
	for d = 0; d <= max; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			// Prefer the path coming from k+1 (a deletion was taken
			// on the way to it when it started from k-1).
			if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
				x = v[offset+k+1] // down: an insertion
			} else {
				x = v[offset+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && eq(x, y) {
				x, y = x+1, y+1
			}
			v[offset+k] = x
			if x >= n && y >= m {
				break search
			}
		}
	}
	// Trace back from (n, m): trace[d] holds the paths as they were
	// before round d, from which round d's path to (x, y) set out.
	var rev []Edit
	x, y := n, m
	for ; d > 0; d-- {
		prev := trace[d]
		k := x - y
		pk := k - 1 // came right: a deletion
		if k == -d || (k != d && prev[offset+k-1] < prev[offset+k+1]) {
			pk = k + 1 // came down: an insertion
		}
		px := prev[offset+pk]
		py := px - pk
		mx := px + 1 // where the move ended, before the snake
		if pk == k+1 {
			mx = px
		}
		for x > mx {
			x, y = x-1, y-1
			rev = append(rev, Edit{Equal, x, y})
		}
		if pk == k+1 {
			rev = append(rev, Edit{Insert, px, py})
		} else {
			rev = append(rev, Edit{Delete, px, py})
		}
		x, y = px, py
	}
	for x > 0 && y > 0 {
		x, y = x-1, y-1
		rev = append(rev, Edit{Equal, x, y})
	}
	out := make([]Edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}
