package textfmt

import "strings"

// List joins items as prose: "a, b and c" / "a, b et c". French uses no
// serial comma; English uses the serial comma from three items on, as most
// legal drafting guides recommend to avoid ambiguity.
func List(l Lang, items []string) string {
	return join(l, items, "and", "et")
}

// Numbers joins numbers, such as those of the articles a reference
// cites, without the serial comma in either language: "5.2, 5.3 and 5.4".
// A number cannot run into the next, so the comma would avoid no
// ambiguity, and the prose of the English templates around references
// takes none.
func Numbers(l Lang, numbers []string) string {
	return joinWith(l, numbers, "and", "et", false)
}

// Alternatives joins items with "or" / "ou".
func Alternatives(l Lang, items []string) string {
	return join(l, items, "or", "ou")
}

func join(l Lang, items []string, en, fr string) string {
	return joinWith(l, items, en, fr, l == EN)
}

// joinWith joins items with the word of their language, and a comma
// before it from three items on if serial.
func joinWith(l Lang, items []string, en, fr string, serial bool) string {
	word := en
	if l == FR {
		word = fr
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + word + " " + items[1]
	}
	head := strings.Join(items[:len(items)-1], ", ")
	if serial {
		head += ","
	}
	return head + " " + word + " " + items[len(items)-1]
}

// Wrap breaks prose into lines of at most width characters (a longer word
// stands on a line of its own).
func Wrap(s string, width int) []string {
	var lines []string
	line, n := "", 0
	for _, w := range strings.Fields(s) {
		wn := len([]rune(w))
		if n > 0 && n+1+wn > width {
			lines = append(lines, line)
			line, n = "", 0
		}
		if n > 0 {
			line += " "
			n++
		}
		line += w
		n += wn
	}
	if n > 0 {
		lines = append(lines, line)
	}
	return lines
}
