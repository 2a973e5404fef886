package document

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"apitos/internal/mdtext"
	"apitos/internal/textfmt"
)

// Ref returns the placeholder a template writes for a cross-reference to a
// clause; Build replaces it with the clause's label once clauses are
// numbered. Capitalised references start a sentence ("Article 3.1" in
// French too).
func Ref(id string, capitalised bool) string {
	form := "lower"
	if capitalised {
		form = "cap"
	}
	return string(mdtext.SentinelOpen) + "ref:" + id + ":" + form + string(mdtext.SentinelClose)
}

// Refs returns the placeholder a template writes for a cross-reference to
// several clauses, which Build replaces with their labels as prose, the
// noun said once for the clauses that share it: "Sections 5.2 and 5.3",
// "articles 5.2 et 5.3". In French, prep ("le", "à", "de", "par") puts
// the article, after that preposition, before each noun, contracted as
// French contracts it: "les articles 5.2 et 5.3", "à l’article 5.2",
// "aux articles 5.2 et 5.3", "des articles 5.2 et 5.3 et de l’annexe B";
// an empty prep leaves the nouns bare, as in "(articles 5.2 et 5.3)". In
// English the template writes its own preposition.
func Refs(prep string, ids ...string) string {
	return string(mdtext.SentinelOpen) + "refs:" + prep + ":" + strings.Join(ids, ",") + string(mdtext.SentinelClose)
}

var (
	headingLine = regexp.MustCompile(`^(#{1,4})[ \t]+(.*?)(?:[ \t]+\{((?:[ \t]*[#.][a-z0-9][a-z0-9-]*)+)[ \t]*\})?[ \t]*$`)
	refPattern  = regexp.MustCompile("\ue000(?:ref:([a-z0-9-]+):(lower|cap)|refs:([^:\ue001]*):([a-z0-9,-]+))\ue001")
	fence       = regexp.MustCompile("^ {0,3}(```|~~~)")
)

// Build runs the second pass over assembled Markdown. The source holds one
// "# Title" heading, a front block, then clauses introduced by "##" to
// "####" headings, each carrying its ID as "{#id}" and optionally ".annex"
// or ".unnumbered" on top-level clauses.
//
// Beside the text, the source may hold what review mode needs: a
// commentary block in a clause ("::: commentary" up to ":::", see
// parseNote), and marks of the answers the template read (see Reads),
// which Build strips from the text and records on the clause they
// belong to. The text itself is the same with or without them.
func Build(src string, lang textfmt.Lang) (*Document, error) { return BuildEdited(src, lang, nil) }

// BuildEdited builds a document some of whose clauses have their text
// replaced: edits maps a clause ID to Markdown blocks, which may hold
// cross-references (see Ref). An edit for a clause the source does not
// have is ignored; the clauses edited are marked Edited.
func BuildEdited(src string, lang textfmt.Lang, edits map[string]string) (*Document, error) {
	d := &Document{Lang: lang}
	var front []string
	var body []string
	var note []string // lines of the commentary block being read
	inNote := false
	flush := func() {
		if n := len(d.Clauses); n > 0 {
			c := &d.Clauses[n-1]
			c.Body = trimBlank(body)
			if edit, ok := edits[c.ID]; ok {
				c.Body, c.Edited = trimBlank(strings.Split(edit, "\n")), true
			}
		} else if d.Title != "" {
			front = body
		}
		body = nil
	}
	// Marks of answers read on a line that holds nothing else belong to
	// the next line that holds text: the heading of the clause that a
	// condition opens, or a paragraph of the current clause.
	var pending []string
	num := &numbering{}
	inFence := false
	for i, line := range strings.Split(src, "\n") {
		line, reads := stripReads(line)
		switch {
		case inNote:
			if strings.TrimSpace(line) == CommentaryClose {
				inNote = false
				if err := d.setNote(note); err != nil {
					return nil, fmt.Errorf("line %d: %w", i+1, err)
				}
				note = nil
			} else {
				note = append(note, line)
			}
			continue
		case !inFence && strings.TrimSpace(line) == CommentaryOpen:
			if len(d.Clauses) == 0 {
				return nil, fmt.Errorf("line %d: a commentary outside any clause", i+1)
			}
			inNote = true
			continue
		}
		if strings.TrimSpace(line) == "" {
			pending, reads = append(pending, reads...), nil
		} else {
			reads, pending = append(pending, reads...), nil
		}
		if fence.MatchString(line) {
			inFence = !inFence
		}
		m := headingLine.FindStringSubmatch(line)
		if inFence || m == nil {
			body = append(body, line)
			d.read(reads)
			continue
		}
		flush()
		if len(m[1]) == 1 {
			if d.Title != "" || len(d.Clauses) > 0 {
				return nil, fmt.Errorf("line %d: a second document title", i+1)
			}
			d.Title = strings.TrimSpace(m[2])
			continue
		}
		c, err := num.clause(len(m[1])-1, m[2], m[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		d.Clauses = append(d.Clauses, c)
		d.read(reads)
	}
	if inNote {
		return nil, errors.New("a commentary is not closed by " + CommentaryClose)
	}
	flush()
	d.Front = trimBlank(front)
	if d.Title == "" {
		return nil, errors.New("the document has no title")
	}
	return d, d.resolve()
}

// read records answers read on a line of the current clause; the title
// and the front block read answers too, which no clause depends on.
func (d *Document) read(keys []string) {
	if n := len(d.Clauses); n > 0 {
		c := &d.Clauses[n-1]
		for _, k := range keys {
			if !slices.Contains(c.Reads, k) {
				c.Reads = append(c.Reads, k)
			}
		}
	}
}

// Reads returns the mark a template writes before each action that reads
// answers (their paths, "commons.name"): Build strips it and records the
// paths on the clause whose text it stands in.
func Reads(paths []string) string {
	return string(mdtext.SentinelOpen) + "read:" + strings.Join(paths, " ") + string(mdtext.SentinelClose)
}

var readsPattern = regexp.MustCompile("\ue000read:([^\ue001]*)\ue001")

// stripReads removes the marks of answers read from a line, returning
// the line as it would be without them and the paths they name.
func stripReads(line string) (string, []string) {
	if !strings.Contains(line, "\ue000read:") {
		return line, nil
	}
	var paths []string
	for _, m := range readsPattern.FindAllStringSubmatch(line, -1) {
		paths = append(paths, strings.Fields(m[1])...)
	}
	return readsPattern.ReplaceAllString(line, ""), paths
}

// The commentary block of a clause opens and closes on lines of their
// own, as a fenced div does in Pandoc's Markdown. Exported for the
// templates, which leave the blocks out of a published text.
const (
	CommentaryOpen  = "::: commentary"
	CommentaryClose = ":::"
)

// noteKey starts a part of a commentary at the start of a line: "why:",
// "protects:", "sources:", "risks:" or "check:".
var noteKey = regexp.MustCompile(`^(why|protects|sources|risks|check):[ \t]*`)

// setNote reads the lines of a commentary block into the current
// clause's note. Each part runs from its key to the next key; it may
// span several lines and paragraphs.
func (d *Document) setNote(lines []string) error {
	c := &d.Clauses[len(d.Clauses)-1]
	if c.Note != nil {
		return fmt.Errorf("clause %q has two commentaries", c.ID)
	}
	parts := map[string][]string{}
	key := ""
	for _, l := range lines {
		if m := noteKey.FindStringSubmatch(l); m != nil {
			key = m[1]
			if parts[key] != nil {
				return fmt.Errorf("the commentary of clause %q has two %q parts", c.ID, key)
			}
			l = l[len(m[0]):]
			parts[key] = []string{}
		} else if key == "" && strings.TrimSpace(l) != "" {
			return fmt.Errorf("the commentary of clause %q must start with why:, protects:, sources:, risks: or check:", c.ID)
		}
		if key != "" {
			parts[key] = append(parts[key], l)
		}
	}
	c.Note = &Note{Why: trimBlank(parts["why"]), Protects: trimBlank(parts["protects"]),
		Sources: trimBlank(parts["sources"]), Risks: trimBlank(parts["risks"]), Check: trimBlank(parts["check"])}
	return nil
}

// numbering keeps the counters of the second pass.
type numbering struct {
	article, annex int
	parents        [3]*Clause // last clause seen at each depth
	children       [3]int     // sections numbered so far under each depth
	ids            map[string]bool
}

func (n *numbering) clause(depth int, title, attrs string) (Clause, error) {
	c := Clause{Depth: depth, Title: strings.TrimSpace(title)}
	classes := map[string]bool{}
	for _, a := range strings.Fields(attrs) {
		if strings.HasPrefix(a, "#") {
			c.ID = a[1:]
		} else {
			classes[a[1:]] = true
		}
	}
	if c.ID == "" {
		return c, fmt.Errorf("heading %q has no {#id}", title)
	}
	if n.ids == nil {
		n.ids = map[string]bool{}
	}
	if n.ids[c.ID] {
		return c, fmt.Errorf("clause ID %q is used twice", c.ID)
	}
	n.ids[c.ID] = true
	if depth == 1 {
		switch {
		case classes["unnumbered"]:
			c.Type = Unnumbered
		case classes["annex"]:
			c.Type = Annex
			n.annex++
			c.Number = string(rune('A' + n.annex - 1))
		default:
			n.article++
			c.Number = strconv.Itoa(n.article)
		}
	} else {
		parent := n.parents[depth-2]
		if parent == nil {
			return c, fmt.Errorf("clause %q has no parent heading", c.ID)
		}
		c.Type = parent.Type
		if parent.Number != "" {
			n.children[depth-2]++
			c.Number = parent.Number + "." + strconv.Itoa(n.children[depth-2])
		}
	}
	n.parents[depth-1] = &c
	for d := depth - 1; d < len(n.children); d++ {
		n.children[d] = 0
	}
	for d := depth; d < len(n.parents); d++ {
		n.parents[d] = nil
	}
	return c, nil
}

// resolve replaces every cross-reference placeholder with the label of
// the clause it names; an unknown ID is an error, never a dangling
// "Article 10".
func (d *Document) resolve() error {
	var unknown []string
	label := func(s string) string {
		return d.replaceRefs(s, func(id string) { unknown = append(unknown, id) })
	}
	d.Title = label(d.Title)
	d.RawFront, d.Front = d.Front, label(d.Front)
	for i := range d.Clauses {
		c := &d.Clauses[i]
		c.RawTitle, c.Title = c.Title, label(c.Title)
		c.RawBody, c.Body = c.Body, label(c.Body)
		if n := c.Note; n != nil {
			n.Why, n.Protects, n.Sources, n.Risks, n.Check = label(n.Why), label(n.Protects), label(n.Sources), label(n.Risks), label(n.Check)
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("cross-reference to unknown clause %s", strings.Join(unknown, ", "))
	}
	if strings.ContainsRune(d.Front, mdtext.SentinelOpen) {
		return errors.New("malformed cross-reference placeholder")
	}
	return nil
}

// Resolve replaces the cross-reference placeholders in s (as RawBody
// holds them) with the labels of the clauses they name in d; a reference
// to a clause d does not have is left as it is.
func (d *Document) Resolve(s string) string { return d.replaceRefs(s, func(string) {}) }

// replaceRefs resolves the placeholders in s, calling unknown with the ID
// of each clause that d does not have.
func (d *Document) replaceRefs(s string, unknown func(id string)) string {
	return refPattern.ReplaceAllStringFunc(s, func(ph string) string {
		m := refPattern.FindStringSubmatch(ph)
		if m[1] == "" {
			return d.refList(ph, m[3], strings.Split(m[4], ","), unknown)
		}
		c, ok := d.Clause(m[1])
		if !ok {
			unknown(m[1])
			return ph
		}
		l := c.Label(d.Lang)
		if c.Depth > 1 && annexItem(c.Number) {
			l = d.refList(ph, "", []string{m[1]}, unknown) // with its annex
		}
		if m[2] == "cap" {
			l = Capitalise(l)
		}
		return l
	})
}

// refList resolves the placeholder ph of a reference to the clauses ids,
// with the preposition prep (French only).
func (d *Document) refList(ph, prep string, ids []string, unknown func(id string)) string {
	var groups []*refGroup
	w := WordsFor(d.Lang)
	for _, id := range ids {
		c, ok := d.Clause(id)
		if !ok {
			unknown(id)
			return ph
		}
		noun, number, annex := w.Article, c.Number, ""
		switch {
		case c.Number == "":
			noun, number = "", c.Label(d.Lang)
		case c.Depth == 1 && c.Type == Annex:
			noun = w.Annex
		case annexItem(c.Number):
			noun, annex = w.Point, c.Number[:strings.IndexByte(c.Number, '.')]
		}
		i := slices.IndexFunc(groups, func(g *refGroup) bool { return noun != "" && g.noun == noun && g.annex == annex })
		if i < 0 {
			groups = append(groups, &refGroup{noun: noun, annex: annex})
			i = len(groups) - 1
		}
		groups[i].numbers = append(groups[i].numbers, number)
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = g.label(d.Lang, prep)
	}
	return textfmt.List(d.Lang, parts)
}

// refGroup is the clauses of a reference to several that share a noun.
type refGroup struct {
	noun    string   // as Words holds it; empty for an unnumbered clause
	numbers []string // an unnumbered clause's label instead
	annex   string   // the letter of the annex whose points these are
}

// annexItem reports whether a number is that of an item of an annex,
// which annexes number from their letter: "A.1", "B.7".
func annexItem(number string) bool {
	dot := strings.IndexByte(number, '.')
	return dot > 0 && number[0] >= 'A' && number[0] <= 'Z'
}

// label writes the group as prose: "Sections 5.2 and 5.3"; in French
// with the preposition and the article, "aux articles 5.2 et 5.3".
func (g *refGroup) label(l textfmt.Lang, prep string) string {
	w := WordsFor(l)
	if g.noun == "" {
		if l == textfmt.FR && prep != "" && prep != "le" {
			return prep + " " + g.numbers[0]
		}
		return g.numbers[0]
	}
	noun := g.noun
	if len(g.numbers) > 1 {
		noun = w.Plural[g.noun]
	}
	s := noun + textfmt.NBSP + textfmt.Numbers(l, g.numbers)
	if g.annex != "" {
		return g.pointLabel(l, prep, s)
	}
	if l != textfmt.FR {
		return s
	}
	s = strings.ToLower(s[:1]) + s[1:]
	plural := len(g.numbers) > 1
	switch {
	case prep == "":
		return s
	case prep == "le" && plural:
		return "les " + s
	case prep == "le":
		return "l’" + s // "article" and "annexe" begin with a vowel
	case prep == "à" && plural:
		return "aux " + s
	case prep == "de" && plural:
		return "des " + s
	case plural:
		return prep + " les " + s
	}
	return prep + " l’" + s
}

// pointLabel writes points of an annex with their annex: "Paragraph
// A.1 of Annex A"; in French, where "point" is masculine and begins with
// a consonant, "au point A.1 de l’annexe A".
func (g *refGroup) pointLabel(l textfmt.Lang, prep, s string) string {
	w := WordsFor(l)
	if l != textfmt.FR {
		return s + " of " + w.Annex + textfmt.NBSP + g.annex
	}
	s = strings.ToLower(s[:1]) + s[1:] + " de l’" + strings.ToLower(w.Annex) + textfmt.NBSP + g.annex
	plural := len(g.numbers) > 1
	switch {
	case prep == "":
		return s
	case prep == "le" && plural:
		return "les " + s
	case prep == "le":
		return "le " + s
	case prep == "à" && plural:
		return "aux " + s
	case prep == "à":
		return "au " + s
	case prep == "de" && plural:
		return "des " + s
	case prep == "de":
		return "du " + s
	case plural:
		return prep + " les " + s
	}
	return prep + " le " + s
}

// trimBlank joins lines, dropping blank lines at both ends and runs of
// blank lines inside (templates leave them around conditional blocks).
func trimBlank(lines []string) string {
	var out []string
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, strings.TrimRight(l, " \t"))
	}
	return strings.Join(out, "\n")
}
