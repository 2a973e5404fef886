package review

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// The alternatives not chosen are not written by hand: for each choice
// the answers make (an option, a yes or no, the options of a multiple
// choice), the document is assembled again with each other option, the
// rest of the answers unchanged, and compared with the document clause
// by clause. What differs is the full text of the alternative, shown
// under the clauses it would change, so that a reviewer can swap it in.
// Options that the questionnaire's rules refuse with the other answers
// are left out; licences and countries, which any identifier may
// answer, have no alternatives.

// variant is one answer changed.
type variant struct {
	key           string
	value         any
	question, opt string // labels, as Markdown
}

// alternative is what one or more variants of the same question do to
// one clause.
type alternative struct {
	question string
	opts     []string
	kind     change
	clauses  []document.Clause // the clauses it brings in full (replaced, reads, followed)
	edits    []edit            // its paragraphs that differ (edits)
}

type change int

const (
	replaced change = iota // the clause gives way to clauses (or none: left out)
	reads                  // the clause reads otherwise throughout
	edits                  // some of the clause's paragraphs read otherwise
	followed               // new clauses follow the clause
)

// edit replaces paragraphs from to to (1-based) of a clause with paras,
// or, when insert is set, adds paras after paragraph from (0: before
// the first).
type edit struct {
	from, to int
	insert   bool
	paras    []string
}

func (a alternative) markdown(w words, l textfmt.Lang) string {
	var b strings.Builder
	b.WriteString("*" + answered(l, a.question, strings.Join(a.opts, w.Or)) + "* — ")
	switch a.kind {
	case replaced:
		if len(a.clauses) == 0 {
			b.WriteString(mdtext.Escape(w.LeftOut))
			return b.String()
		}
		b.WriteString(mdtext.Escape(w.Replaced))
	case reads:
		b.WriteString(mdtext.Escape(w.Reads))
	case followed:
		b.WriteString(mdtext.Escape(w.Followed))
	case edits:
		b.WriteString(mdtext.Escape(w.InClause))
		for _, e := range a.edits {
			b.WriteString("\n\n" + mdtext.Escape(document.Capitalise(e.say(w))))
			if len(e.paras) > 0 {
				b.WriteString("\n\n" + markdown.Quote(strings.Join(e.paras, "\n\n")))
			}
		}
		return b.String()
	}
	for _, c := range a.clauses {
		b.WriteString("\n\n" + quote(c))
	}
	return b.String()
}

// say words an edit: "paragraph 2 reads:", "after paragraph 3, add:".
func (e edit) say(w words) string {
	span := strconv.Itoa(e.from)
	many := e.to > e.from
	if many {
		span = strings.Replace(w.Span, "%d", strconv.Itoa(e.from), 1)
		span = strings.Replace(span, "%d", strconv.Itoa(e.to), 1)
	}
	switch {
	case e.insert && e.from == 0:
		return w.AtStart
	case e.insert:
		return strings.Replace(w.After, "%s", strconv.Itoa(e.from), 1)
	case len(e.paras) == 0 && many:
		return strings.Replace(w.StrikeMany, "%s", span, 1)
	case len(e.paras) == 0:
		return strings.Replace(w.Strike, "%s", span, 1)
	case many:
		return strings.Replace(w.ReadMany, "%s", span, 1)
	}
	return strings.Replace(w.Read, "%s", span, 1)
}

// same reports whether two alternatives bring the same text in the same
// way, so that their options can be named together.
func (a alternative) same(b alternative) bool {
	if a.question != b.question || a.kind != b.kind || len(a.clauses) != len(b.clauses) || len(a.edits) != len(b.edits) {
		return false
	}
	for i := range a.clauses {
		if a.clauses[i].Title != b.clauses[i].Title || a.clauses[i].Body != b.clauses[i].Body {
			return false
		}
	}
	for i := range a.edits {
		x, y := a.edits[i], b.edits[i]
		if x.from != y.from || x.to != y.to || x.insert != y.insert || !slices.Equal(x.paras, y.paras) {
			return false
		}
	}
	return true
}

// quote sets a clause as a quotation: its heading in bold, then its text.
func quote(c document.Clause) string {
	var lines []string
	if c.Title != "" {
		lines = append(lines, "**"+c.Title+"**", "")
	}
	lines = append(lines, c.Body)
	return markdown.Quote(strings.Join(lines, "\n"))
}

// alternatives returns, by clause ID, the alternatives not chosen that
// change each clause of doc.
func alternatives(k *templates.Kind, vals questionnaire.Values, doc *document.Document) (map[string][]alternative, error) {
	q := k.Questionnaire
	out := map[string][]alternative{}
	for _, v := range variants(q, vals, doc.Lang) {
		changed := maps.Clone(vals)
		changed[v.key] = v.value
		if refused(q, changed) {
			continue
		}
		alt, err := k.Assemble(changed, doc.Lang, templates.Preview)
		if err != nil {
			return nil, err
		}
		for id, found := range compare(doc, alt, v) {
			for _, a := range found {
				out[id] = merge(out[id], a)
			}
		}
	}
	return out, nil
}

// merge adds an alternative to a clause's, naming its option beside
// another's when the two bring the same text.
func merge(alts []alternative, a alternative) []alternative {
	for i := range alts {
		if alts[i].same(a) {
			alts[i].opts = append(alts[i].opts, a.opts...)
			return alts
		}
	}
	return append(alts, a)
}

// refused reports whether the questionnaire's rules refuse answers.
func refused(q *questionnaire.Questionnaire, vals questionnaire.Values) bool {
	for _, p := range q.Check(q.Resolve(vals), time.Time{}) {
		if !p.Warning() {
			return true
		}
	}
	return false
}

// variants lists the other answers each choice that applies could have
// been given: every other option of a choice, the other answer of a yes
// or no, every option not chosen added to a multiple choice.
func variants(q *questionnaire.Questionnaire, vals questionnaire.Values, l textfmt.Lang) []variant {
	resolved := q.Resolve(vals)
	var out []variant
	for _, qq := range q.Questions() {
		if !q.Visible(qq, resolved) {
			continue
		}
		label := mdtext.Escape(qq.Label.In(l))
		switch qq.Type {
		case questionnaire.TypeChoice:
			cur, _ := resolved[qq.Key].(string)
			for _, o := range qq.Options {
				if o.ID != cur {
					out = append(out, variant{qq.Key, o.ID, label, mdtext.Escape(o.Label.In(l))})
				}
			}
		case questionnaire.TypeBool:
			cur, _ := resolved[qq.Key].(bool)
			if qq.Must != nil && *qq.Must == cur {
				continue // the other answer is refused
			}
			w := wordsFor(l)
			out = append(out, variant{qq.Key, !cur, label, map[bool]string{true: w.Yes, false: w.No}[!cur]})
		case questionnaire.TypeMulti:
			cur, _ := resolved[qq.Key].([]string)
			for _, o := range qq.Options {
				if slices.Contains(cur, o.ID) {
					continue
				}
				var ids []string
				for _, other := range qq.Options {
					if other.ID == o.ID || slices.Contains(cur, other.ID) {
						ids = append(ids, other.ID)
					}
				}
				text := strings.Replace(wordsFor(l).Also, "%s", mdtext.Escape(o.Label.In(l)), 1)
				out = append(out, variant{qq.Key, ids, label, text})
			}
		}
	}
	return out
}

// compare finds what alt changes in doc, clause by clause: clauses
// aligned by ID (a longest common subsequence), then, for clauses in
// both, their texts with cross-references unresolved, so that a clause
// merely renumbered is not changed.
func compare(doc, alt *document.Document, v variant) map[string][]alternative {
	out := map[string][]alternative{}
	add := func(id string, kind change, clauses []document.Clause, edits []edit) {
		out[id] = append(out[id], alternative{question: v.question, opts: []string{v.opt}, kind: kind, clauses: clauses, edits: edits})
	}
	resolve := func(c document.Clause) document.Clause {
		c.Title = alt.Resolve(doc.Resolve(c.RawTitle))
		c.Body = alt.Resolve(doc.Resolve(c.RawBody))
		return c
	}
	a, b := ids(doc), ids(alt)
	i, j := 0, 0
	for _, pair := range append(lcs(a, b), [2]int{len(a), len(b)}) {
		removed, added := a[i:pair[0]], alt.Clauses[j:pair[1]]
		var texts []document.Clause
		for _, c := range added {
			texts = append(texts, resolve(c))
		}
		switch {
		case len(removed) > 0:
			add(removed[0], replaced, texts, nil)
			for _, id := range removed[1:] {
				add(id, replaced, nil, nil)
			}
		case len(added) > 0 && i > 0:
			add(a[i-1], followed, texts, nil)
		}
		if pair[0] < len(a) {
			mine, theirs := doc.Clauses[pair[0]], alt.Clauses[pair[1]]
			if mine.RawTitle != theirs.RawTitle || mine.RawBody != theirs.RawBody {
				theirs = resolve(theirs)
				if e, ok := paragraphEdits(mine, theirs); ok {
					add(mine.ID, edits, nil, e)
				} else {
					add(mine.ID, reads, []document.Clause{theirs}, nil)
				}
			}
		}
		i, j = pair[0]+1, pair[1]+1
	}
	return out
}

// paragraphEdits compares two texts of a clause paragraph by paragraph
// (a line of text, a list item, a whole table), unless its title or
// every paragraph differs.
func paragraphEdits(mine, theirs document.Clause) ([]edit, bool) {
	if mine.RawTitle != theirs.RawTitle {
		return nil, false
	}
	oldRaw, newRaw := paragraphs(mine.RawBody), paragraphs(theirs.RawBody)
	newText := paragraphs(theirs.Body)
	common := lcs(oldRaw, newRaw)
	if len(common) == 0 {
		return nil, false
	}
	var out []edit
	i, j := 0, 0
	for _, pair := range append(common, [2]int{len(oldRaw), len(newRaw)}) {
		if pair[0] > i || pair[1] > j {
			// Paragraphs i+1 to pair[0] give way to newText[j:pair[1]];
			// with none replaced, the new ones follow paragraph i.
			e := edit{from: i + 1, to: pair[0], paras: newText[j:pair[1]]}
			if pair[0] == i {
				e = edit{from: i, insert: true, paras: e.paras}
			}
			out = append(out, e)
		}
		i, j = pair[0]+1, pair[1]+1
	}
	return out, true
}

// paragraphs splits Markdown blocks into what a reader counts as
// paragraphs (alinéas): each line of text or list item, and each table
// whole.
func paragraphs(md string) []string {
	var out []string
	inTable := false
	for _, line := range strings.Split(md, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			inTable = false
		case strings.HasPrefix(line, "|") && inTable:
			out[len(out)-1] += "\n" + line
		default:
			inTable = strings.HasPrefix(line, "|")
			out = append(out, line)
		}
	}
	return out
}

func ids(d *document.Document) []string {
	out := make([]string, len(d.Clauses))
	for i, c := range d.Clauses {
		out[i] = c.ID
	}
	return out
}

// lcs returns the index pairs of a longest common subsequence of a and b.
func lcs(a, b []string) [][2]int {
	n, m := len(a), len(b)
	table := make([][]int, n+1)
	for i := range table {
		table[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				table[i][j] = table[i+1][j+1] + 1
			} else {
				table[i][j] = max(table[i+1][j], table[i][j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case table[i+1][j] >= table[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}
