package versions

import (
	"regexp"
	"strings"
	"time"

	"apitos/assets/picto"
	"apitos/internal/diff"
	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/textfmt"
	"apitos/locales"
)

// The redline is the later version with the changes marked in its
// Markdown: a deletion struck through as GFM writes it, ~~…~~, and an
// insertion between <ins> and </ins>, which GitHub and HTML renderers
// underline (a renderer that drops raw HTML still shows the words). The
// PDF writer draws both, with a bar in the margin of every changed line.
//
// A clause is compared line by line (paragraphs, list items and table
// rows are one line each in the documents), and a changed line word by
// word (see mdtext.Words). Lines too different to be the same line
// edited are shown deleted and inserted whole: a word-by-word redline of
// a rewritten paragraph is unreadable.

// similar is the least share of words two lines must have in common to
// be compared word by word.
const similar = 0.5

// Redline returns the redline of the comparison as a document, ready for
// the writers.
func (c *Comparison) Redline() *document.Document {
	loc := locales.For(c.Lang)
	oldV, newV := c.Version()
	oldD, newD := c.Effective()
	r := &document.Document{Lang: c.Lang, Title: c.New.Title, Meta: c.New.Meta}
	r.Meta.Redline = true
	r.Meta.Title = loc.T("redline.title") + " — " + c.New.Meta.Title
	intro := mdtext.Escape(loc.T("redline.intro", "Old", oldV, "OldDate", date(c.Lang, oldD), "New", newV, "NewDate", date(c.Lang, newD)))
	front := c.markBlock(c.Old.RawFront, c.New.RawFront, c.Old, c.New)
	r.Front = strings.TrimSpace(front + "\n\n" + intro)
	for _, cl := range c.Clauses {
		r.Clauses = append(r.Clauses, c.redlineClause(cl, loc))
	}
	return r
}

// date writes a date in l, or a dash when there is none.
func date(l textfmt.Lang, t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return textfmt.Date(l, t)
}

// redlineClause is one clause of the redline: its heading in the later
// version (in the earlier one, struck through, for a clause removed), a
// label saying what happened to it and where it was, then its text
// marked.
func (c *Comparison) redlineClause(cl Clause, loc *locales.Localizer) document.Clause {
	if cl.Removed() {
		out := *cl.Old
		out.Removed = true
		out.Body = joinBlocks(c.label(cl, loc), markAll(cl.Old.RawBody, c.Base, del))
		return out
	}
	out := *cl.New
	switch {
	case cl.Added():
		out.Added = true
		out.Body = joinBlocks(c.label(cl, loc), markAll(cl.New.RawBody, c.New, ins))
	case cl.Changed || cl.Moved:
		body := cl.New.Body
		if cl.Changed {
			body = c.markBlock(cl.Old.RawBody, cl.New.RawBody, c.Base, c.New)
		}
		label := c.label(cl, loc)
		if cl.Old.RawTitle != cl.New.RawTitle {
			oldV, _ := c.Version()
			label += "\n\n" + mdtext.Escape(loc.T("redline.title_was", "Old", oldV, "Title", mdtext.Plain(cl.Old.Title)))
		}
		out.Body = joinBlocks(label, body)
	}
	return out
}

func joinBlocks(blocks ...string) string {
	var out []string
	for _, b := range blocks {
		if strings.TrimSpace(b) != "" {
			out = append(out, b)
		}
	}
	return strings.Join(out, "\n\n")
}

// label is the italic line under a changed clause's heading: what
// happened to it, and its number in each version.
func (c *Comparison) label(cl Clause, loc *locales.Localizer) string {
	oldV, newV := c.Version()
	args := []any{"Old", oldV, "New", newV}
	if cl.Old != nil {
		args = append(args, "OldLabel", mdtext.Plain(cl.Old.Label(c.Lang)))
	}
	if cl.New != nil {
		args = append(args, "NewLabel", mdtext.Plain(cl.New.Label(c.Lang)))
	}
	var id string
	switch {
	case cl.Added():
		id = "redline.added"
	case cl.Removed():
		id = "redline.removed"
	case cl.Moved && cl.Changed:
		id = "redline.moved_changed"
	case cl.Moved:
		id = "redline.moved"
	default:
		switch {
		case cl.New.Number == "" && cl.Old.Number == "":
			id = "redline.changed_unnumbered"
		case cl.Old.Label(c.Lang) == cl.New.Label(c.Lang):
			id = "redline.changed_same"
		default:
			id = "redline.changed"
		}
	}
	text := loc.T(id, args...)
	switch {
	case cl.New != nil && cl.New.Edited:
		text += " " + loc.T("redline.edited", args...)
	case cl.Old != nil && cl.Old.Edited:
		text += " " + loc.T("redline.unedited", args...)
	}
	return "*" + mdtext.Escape(text) + "*"
}

// mark is how a run of words is marked.
type mark int

const (
	del mark = iota
	ins
)

func (m mark) wrap(s string) string {
	if s == "" {
		return s
	}
	if m == del {
		return "~~" + s + "~~"
	}
	return "<ins>" + s + "</ins>"
}

// markBlock marks the differences between two versions of Markdown
// blocks, whose cross-references resolve in old and new respectively.
func (c *Comparison) markBlock(oldSrc, newSrc string, old, new *document.Document) string {
	a, b := lines(oldSrc), lines(newSrc)
	script := diff.Func(len(a), len(b), func(i, j int) bool { return a[i].key() == b[j].key() })
	var out []string
	var dels, inss []line // the lines deleted and inserted since the last kept one
	flush := func() {
		out = append(out, replace(dels, inss, old, new)...)
		dels, inss = nil, nil
	}
	for _, e := range script {
		switch e.Op {
		case diff.Equal:
			flush()
			out = append(out, new.Resolve(b[e.J].text))
		case diff.Delete:
			dels = append(dels, a[e.I])
		case diff.Insert:
			inss = append(inss, b[e.J])
		}
	}
	flush()
	return strings.Join(out, "\n")
}

// replace marks the lines of one version replaced by lines of the other:
// each deleted line is paired, in order, with the inserted line most like
// it, if any is like enough, and the pair compared word by word; the
// others are deleted or inserted whole.
func replace(dels, inss []line, old, new *document.Document) []string {
	pairs := pairLines(dels, inss)
	var out []string
	j := 0
	for i, d := range dels {
		p := pairs[i]
		if p < 0 {
			out = append(out, d.marked(del, old))
			continue
		}
		for ; j < p; j++ {
			out = append(out, inss[j].marked(ins, new))
		}
		out = append(out, markWords(d, inss[p], old, new)...)
		j = p + 1
	}
	for ; j < len(inss); j++ {
		out = append(out, inss[j].marked(ins, new))
	}
	return out
}

// pairLines pairs deleted lines with inserted ones of the same kind, in
// order, maximising how alike the pairs are; -1 leaves a line unpaired.
func pairLines(dels, inss []line) []int {
	n, m := len(dels), len(inss)
	score := func(i, j int) float64 {
		if dels[i].kind() != inss[j].kind() {
			return 0
		}
		s := likeness(mdtext.Words(dels[i].content()), mdtext.Words(inss[j].content()))
		if s < similar {
			return 0
		}
		return s
	}
	// best[i][j]: the best total for dels[i:] and inss[j:].
	best := make([][]float64, n+1)
	for i := range best {
		best[i] = make([]float64, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			best[i][j] = max(best[i+1][j], best[i][j+1])
			if s := score(i, j); s > 0 {
				best[i][j] = max(best[i][j], s+best[i+1][j+1])
			}
		}
	}
	pairs := make([]int, n)
	i, j := 0, 0
	for i < n {
		switch {
		case j < m && score(i, j) > 0 && best[i][j] == score(i, j)+best[i+1][j+1]:
			pairs[i] = j
			i, j = i+1, j+1
		case j < m && best[i][j] == best[i][j+1]:
			j++
		default:
			pairs[i] = -1
			i++
		}
	}
	return pairs
}

// likeness is the share of words two sequences have in common (Dice's
// coefficient over a longest common subsequence).
func likeness(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	same := 0
	for _, e := range diff.Slices(a, b) {
		if e.Op == diff.Equal {
			same++
		}
	}
	return 2 * float64(same) / float64(len(a)+len(b))
}

// markWords compares two lines word by word. Table rows are compared cell
// by cell.
func markWords(a, b line, old, new *document.Document) []string {
	if a.table() && b.table() {
		ca, cb := a.cells(), b.cells()
		if len(ca) != len(cb) {
			return []string{a.marked(del, old), b.marked(ins, new)}
		}
		out := make([]string, len(cb))
		for i := range cb {
			out[i] = markText(ca[i], cb[i], old, new)
		}
		return []string{"| " + strings.Join(out, " | ") + " |"}
	}
	return []string{b.prefix() + markText(a.content(), b.content(), old, new)}
}

// markText marks the words deleted from a and inserted into b.
func markText(a, b string, old, new *document.Document) string {
	wa, wb := mdtext.Words(a), mdtext.Words(b)
	var out []string
	var dels, inss []string
	flush := func() {
		if len(dels) > 0 {
			out = append(out, del.wrap(old.Resolve(strings.Join(dels, " "))))
		}
		if len(inss) > 0 {
			out = append(out, ins.wrap(new.Resolve(strings.Join(inss, " "))))
		}
		dels, inss = nil, nil
	}
	for _, e := range diff.Slices(wa, wb) {
		switch e.Op {
		case diff.Equal:
			flush()
			out = append(out, new.Resolve(wb[e.J]))
		case diff.Delete:
			dels = append(dels, wa[e.I])
		case diff.Insert:
			inss = append(inss, wb[e.J])
		}
	}
	flush()
	return strings.Join(out, " ")
}

// markAll marks every line of a clause's text, as the clause is added or
// removed whole.
func markAll(src string, d *document.Document, m mark) string {
	var out []string
	for _, l := range lines(src) {
		out = append(out, l.marked(m, d))
	}
	return strings.Join(out, "\n")
}

// line is one line of a clause's Markdown: a paragraph (or a line of
// one), a list item, a table row or a blank line.
type line struct{ text string }

func lines(src string) []line {
	if src == "" {
		return nil
	}
	var out []line
	for _, s := range strings.Split(src, "\n") {
		out = append(out, line{s})
	}
	return out
}

var (
	listMarker = regexp.MustCompile(`^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])?\s*)`)
	ordered    = regexp.MustCompile(`^(\s*(?:>\s*)*)\d{1,9}([.)])`)
	delimRow   = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`)
	pictoImage = regexp.MustCompile(`^!\[[^\]]*\]\(` + picto.Dir + `/[a-z0-9-]+\.svg\)\s*`)
)

func (l line) table() bool { return strings.HasPrefix(strings.TrimSpace(l.text), "|") }

func (l line) delim() bool { return l.table() && delimRow.MatchString(l.text) }

// prefix is what opens the line: indentation, quote and list markers.
func (l line) prefix() string {
	if l.table() {
		return ""
	}
	return listMarker.FindString(l.text)
}

func (l line) content() string { return l.text[len(l.prefix()):] }

// kind tells paragraphs, list items and table rows apart.
func (l line) kind() string {
	if l.table() {
		return "|"
	}
	return ordered.ReplaceAllString(strings.TrimRight(l.prefix(), " "), "${1}1$2")
}

// key is what two lines must share to be the same line: an ordered list
// item renumbered is the same item.
func (l line) key() string { return l.kind() + "\x00" + l.content() }

// cells are the contents of a table row's cells.
func (l line) cells() []string {
	s := strings.TrimSpace(l.text)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			i = skipCode(s, i)
		case '|':
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// skipCode returns the index of the last backtick of the code span that
// opens at i (or i when it does not close).
func skipCode(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	if end := strings.Index(s[i+n:], s[i:i+n]); end >= 0 {
		return i + n + end + n - 1
	}
	return i + n - 1
}

// marked is the line deleted or inserted whole: its content marked,
// its structure (list marker, table pipes, a pictogram that serves as a
// list item's marker) kept, its cross-references resolved in d.
func (l line) marked(m mark, d *document.Document) string {
	switch {
	case strings.TrimSpace(l.text) == "" || l.delim():
		return l.text
	case l.table():
		cells := l.cells()
		for i, c := range cells {
			cells[i] = m.wrap(d.Resolve(c))
		}
		return "| " + strings.Join(cells, " | ") + " |"
	}
	content := l.content()
	img := pictoImage.FindString(content)
	return l.prefix() + img + m.wrap(d.Resolve(strings.TrimSpace(content[len(img):])))
}
