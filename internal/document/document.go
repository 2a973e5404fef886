// Package document is the model of a generated document: a title, a front
// block and numbered clauses with stable IDs. Build turns the Markdown that
// templates produce into that model, in a second pass that numbers
// articles, sections and annexes, resolves cross-references by clause ID
// and gives the writers everything they need for a table of contents.
package document

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"apitos/internal/textfmt"
)

// Type says how a top-level clause is numbered.
type Type int

// Clause types.
const (
	Article    Type = iota // Article 1, 2, 3…; sections 1.1, 1.2…
	Annex                  // Annex A, B…; sections A.1…
	Unnumbered             // a titled block outside the numbering (parties, preamble)
)

// Clause is one heading of the document and the text under it, up to the
// next heading. Its ID is stable across languages and versions, so two
// documents can be compared clause by clause.
type Clause struct {
	ID     string
	Depth  int // 1 for articles and annexes, 2 for sections, 3 for subsections
	Type   Type
	Number string // "3", "3.1", "A", "A.2"; empty when unnumbered
	Title  string // inline Markdown, without the number
	Body   string // Markdown blocks, cross-references resolved
	// RawTitle and RawBody are Title and Body with their cross-references
	// unresolved (see Ref): a comparison of two versions reads them, so
	// that a clause renumbered, or referring to a renumbered clause, is
	// not a changed clause.
	RawTitle, RawBody string
	// Removed marks, in a redline, a clause of the earlier version that
	// the later one no longer has: it is shown struck through, under its
	// former number, and left out of the contents. Added marks a clause
	// the later version adds: its heading is marked inserted.
	Removed, Added bool
	// Note is the clause's commentary for review mode, nil when the
	// template gives none.
	Note *Note
	// Reads are the answers the clause's text reads: Build records the
	// paths the template marks (see Reads), which the templates package
	// turns into question keys ("governance.default_rule").
	Reads []string
	// Edited marks a clause whose text the answers replace (an
	// override), rather than the template's.
	Edited bool
	// Review is what review mode prints after the clause, as Markdown
	// blocks: its commentary, the answers it depends on and the
	// alternatives not chosen (see package review).
	Review string
}

// Note is the commentary of a clause, written in the templates beside
// it: why the clause is there, what it protects and for whom, the legal
// sources it rests on, the risks of the choice made, and what the
// answers cannot guarantee and a reviewer must check (each paragraph of
// Check is one point, which review mode also lists at the end of the
// document). Each part is Markdown blocks; a part the clause does not
// need is empty.
type Note struct {
	Why, Protects, Sources, Risks, Check string
}

// Parts returns the parts of a note that are written, with their names
// (why, protects, sources, risks, check), in that order.
func (n *Note) Parts() [][2]string {
	var out [][2]string
	for _, p := range [][2]string{{"why", n.Why}, {"protects", n.Protects}, {"sources", n.Sources}, {"risks", n.Risks}, {"check", n.Check}} {
		if p[1] != "" {
			out = append(out, p)
		}
	}
	return out
}

// Document is one generated document in one language.
type Document struct {
	Lang  textfmt.Lang
	Title string // inline Markdown
	Front string // Markdown blocks between the title and the first clause
	// RawFront is Front with its cross-references unresolved.
	RawFront string
	Clauses  []Clause
	Meta     Meta
}

// Meta identifies a document for its readers and for PDF metadata.
type Meta struct {
	Kind      string
	Title     string // plain text
	Author    string // plain text
	Subject   string
	Keywords  string
	Version   string
	Effective time.Time // also the creation date written into files
	// Draft marks a document written while required answers may be
	// missing (preview mode): the writers say so where a reader cannot
	// miss it, so that it is never taken for the final text.
	Draft bool
	// Fingerprint, when set, is written into the files (see Fingerprint).
	Fingerprint *Fingerprint
	// Redline marks a comparison of two versions: deletions are struck
	// through (~~…~~) and insertions marked <ins>…</ins>, which the
	// writers show as such.
	Redline bool
	// Review marks a document written for a reviewer: each clause is
	// followed by its commentary (Clause.Review), and the writers mark it
	// as they mark a draft, since it is not the text to adopt either.
	Review bool
	// Prevails is the language whose version prevails when versions
	// differ, and PrevailsClause the ID of the clause that says so; both
	// are empty for a document written in one language.
	Prevails       textfmt.Lang
	PrevailsClause string
}

// Marked reports whether the writers mark the document as a draft
// (DRAFT, PROJET): a preview or a document for review.
func (m Meta) Marked() bool { return m.Draft || m.Review }

// Notice says, in one or two sentences of plain text, why a marked
// document is not the final text.
func (m Meta) Notice(l textfmt.Lang) string {
	w := WordsFor(l)
	switch {
	case m.Review && m.Draft:
		return w.ReviewNotice + " " + w.DraftNotice
	case m.Review:
		return w.ReviewNotice
	}
	return w.DraftNotice
}

// Words holds what the writers add to a document's text in one language:
// the vocabulary of numbering, the title of the contents, the mark of a
// draft.
type Words struct {
	// Article names an article and its sections alike: headings name
	// only the article ("Article 6 — …", "6.1 …"), so a reference cites
	// "Article 6.1" as it cites "Article 6", in English as in French.
	Article, Annex string // capitalised nouns
	// Point names a numbered item of an annex ("A.1"), which a
	// reference places in its annex: "point A.1 de l'annexe A".
	Point                 string
	Plural                map[string]string
	Contents              string // title of the table of contents
	Dash                  string // between "Article 3" and its title
	OpenQuote, CloseQuote string
	Draft                 string // the mark of a draft, in capitals
	DraftNotice           string // what a draft is, one sentence of plain text
	// Generated is the line that ends a generated document and gives
	// its fingerprint (%s: the program and its version, as
	// Fingerprint.ProgramName writes them), followed by the digest of
	// the answers; TemplatesHash names the digest of the templates,
	// printed under it.
	Generated     string
	TemplatesHash string
	ReviewNotice  string // what a document for review is, likewise
}

// WordsFor returns the numbering vocabulary of a language.
func WordsFor(l textfmt.Lang) Words {
	if l == textfmt.FR {
		return frenchWords
	}
	return englishWords
}

var (
	englishWords = Words{Article: "Article", Annex: "Annex", Point: "Paragraph",
		Plural:   map[string]string{"Article": "Articles", "Annex": "Annexes", "Paragraph": "Paragraphs"},
		Contents: "Contents", Dash: " — ", OpenQuote: "“", CloseQuote: "”",
		Draft:         "DRAFT",
		DraftNotice:   textfmt.Typeset(textfmt.EN, "This document is a draft, not the final text: answers still missing are marked “to complete”, and translations still missing “to translate”."),
		ReviewNotice:  textfmt.Typeset(textfmt.EN, "This document is a draft for review, not the text to adopt: each clause is followed by a commentary and by the alternatives not chosen, and the answers it was assembled from and the points to check close it."),
		Generated:     "Document generated by %s — fingerprint",
		TemplatesHash: "templates",
	}
	frenchWords = Words{Article: "Article", Annex: "Annexe", Point: "Point",
		Plural:   map[string]string{"Article": "Articles", "Annexe": "Annexes", "Point": "Points"},
		Contents: "Sommaire", Dash: " – ",
		OpenQuote: "«" + textfmt.NarrowNBSP, CloseQuote: textfmt.NarrowNBSP + "»",
		Draft:         "PROJET",
		DraftNotice:   textfmt.Typeset(textfmt.FR, "Ce document est un projet, pas le texte définitif : les réponses qui manquent encore y sont signalées par « à compléter », et les traductions qui manquent par « à traduire »."),
		ReviewNotice:  textfmt.Typeset(textfmt.FR, "Ce document est un projet soumis à relecture, pas le texte à adopter : chaque clause y est suivie d'un commentaire et des variantes écartées, et il se termine par les réponses dont il est issu et les points à vérifier."),
		Generated:     "Document généré par %s — empreinte",
		TemplatesHash: "modèles",
	}
)

// Label names a numbered clause as a cross-reference does: "Article 3",
// "Article 3.1", "Annex A" in English; "article 3", "article 3.1",
// "annexe A" in French, where the noun is lower case inside a sentence.
// An unnumbered clause is named by its quoted title.
func (c Clause) Label(l textfmt.Lang) string {
	w := WordsFor(l)
	var s string
	switch {
	case c.Number == "":
		return w.OpenQuote + c.Title + w.CloseQuote
	case c.Depth == 1 && c.Type == Annex:
		s = w.Annex + textfmt.NBSP + c.Number
	default:
		s = w.Article + textfmt.NBSP + c.Number
	}
	if l == textfmt.FR {
		s = strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// Capitalise upper-cases the first letter of s, for a reference that
// starts a sentence.
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// Heading is the clause's heading as printed: "Article 3 — Access",
// "Annex A — Register", "3.1 Grant of rights", or the bare title.
func (c Clause) Heading(l textfmt.Lang) string {
	w := WordsFor(l)
	switch {
	case c.Number == "":
		return c.Title
	case c.Depth == 1 && c.Type == Annex:
		return w.Annex + " " + c.Number + w.Dash + c.Title
	case c.Depth == 1:
		return w.Article + " " + c.Number + w.Dash + c.Title
	default:
		return c.Number + " " + c.Title
	}
}

// Clause returns the clause with the given ID.
func (d *Document) Clause(id string) (Clause, bool) {
	for _, c := range d.Clauses {
		if c.ID == id {
			return c, true
		}
	}
	return Clause{}, false
}

// Contents returns the clauses a table of contents lists: every top-level
// clause, and the sections and subsections (3.2, 3.2.1) of numbered
// articles and annexes, each at its depth.
func (d *Document) Contents() []Clause {
	var out []Clause
	for _, c := range d.Clauses {
		if !c.Removed && c.InContents() {
			out = append(out, c)
		}
	}
	return out
}

// InContents reports whether a table of contents lists the clause: a
// top-level clause, or a numbered section or subsection ("3.2",
// "3.2.1"); the blocks of an unnumbered clause are left out.
func (c Clause) InContents() bool {
	return c.Depth == 1 || c.Number != ""
}
