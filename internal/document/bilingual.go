package document

import (
	"slices"

	"apitos/internal/textfmt"
)

// Bilingual is one document in two languages set side by side: each row
// holds a clause and its version in the other language, paired by clause
// ID, in the order of the document.
type Bilingual struct {
	Docs [2]*Document
	Rows []Row
}

// Row is one clause in both languages. A clause one language lacks is
// nil there; the templates of a kind give both languages the same
// clauses, so it happens only with a template being written.
type Row [2]*Clause

// ID is the row's clause ID.
func (r Row) ID() string { return r.Clause().ID }

// Clause is the row's clause in the first language that has it.
func (r Row) Clause() *Clause {
	if r[0] != nil {
		return r[0]
	}
	return r[1]
}

// Pair sets a document beside its version in another language.
func Pair(a, b *Document) *Bilingual {
	bi := &Bilingual{Docs: [2]*Document{a, b}}
	i, j := 0, 0
	later := func(id string) bool {
		return slices.ContainsFunc(b.Clauses[j:], func(c Clause) bool { return c.ID == id })
	}
	for i < len(a.Clauses) || j < len(b.Clauses) {
		switch {
		case i < len(a.Clauses) && j < len(b.Clauses) && a.Clauses[i].ID == b.Clauses[j].ID:
			bi.Rows = append(bi.Rows, Row{&a.Clauses[i], &b.Clauses[j]})
			i, j = i+1, j+1
		case i < len(a.Clauses) && !later(a.Clauses[i].ID):
			bi.Rows = append(bi.Rows, Row{&a.Clauses[i], nil})
			i++
		default: // b's clause comes before a's next one
			bi.Rows = append(bi.Rows, Row{nil, &b.Clauses[j]})
			j++
		}
	}
	return bi
}

// Langs are the languages of the two columns, in order.
func (bi *Bilingual) Langs() [2]textfmt.Lang {
	return [2]textfmt.Lang{bi.Docs[0].Lang, bi.Docs[1].Lang}
}

// Contents returns the rows a table of contents lists, as
// Document.Contents does.
func (bi *Bilingual) Contents() []Row {
	var out []Row
	for _, r := range bi.Rows {
		if r.Clause().InContents() {
			out = append(out, r)
		}
	}
	return out
}

// Note says, in the language of column i, that the two versions are set
// side by side and which of them prevails, naming the clause that says
// so: "French and English texts side by side, clause by clause. In the
// event of a discrepancy, the French version prevails (Section 11.9)."
func (bi *Bilingual) Note(i int) string {
	d := bi.Docs[i]
	words := bilingualWords[d.Lang]
	langs := bi.Langs()
	s := words.sideBySide(words.names[langs[0]], words.names[langs[1]])
	if p := d.Meta.Prevails; p != "" {
		ref := ""
		if c, ok := d.Clause(d.Meta.PrevailsClause); ok {
			ref = c.Label(d.Lang)
		}
		s += " " + words.prevails(words.versions[p], ref)
	}
	return textfmt.Typeset(d.Lang, s)
}

type bilingualNotes struct {
	names, versions map[textfmt.Lang]string
	sideBySide      func(a, b string) string
	prevails        func(version, ref string) string
}

var bilingualWords = map[textfmt.Lang]bilingualNotes{
	textfmt.EN: {
		names:      map[textfmt.Lang]string{textfmt.EN: "English", textfmt.FR: "French"},
		versions:   map[textfmt.Lang]string{textfmt.EN: "English", textfmt.FR: "French"},
		sideBySide: func(a, b string) string { return a + " and " + b + " texts side by side, clause by clause." },
		prevails: func(v, ref string) string {
			s := "In the event of a discrepancy, the " + v + " version prevails"
			if ref != "" {
				s += " (" + ref + ")"
			}
			return s + "."
		},
	},
	textfmt.FR: {
		names:      map[textfmt.Lang]string{textfmt.EN: "anglais", textfmt.FR: "français"},
		versions:   map[textfmt.Lang]string{textfmt.EN: "anglaise", textfmt.FR: "française"},
		sideBySide: func(a, b string) string { return "Textes " + a + " et " + b + " en regard, clause par clause." },
		prevails: func(v, ref string) string {
			s := "En cas de divergence, la version " + v + " prévaut"
			if ref != "" {
				s += " (" + ref + ")"
			}
			return s + "."
		},
	},
}
