package markdown

import (
	"bytes"
	"strings"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/textfmt"

	"github.com/yuin/goldmark/ast"
)

// RenderSideBySide writes a document in two languages, clause by clause.
// Markdown has no columns: a table cell holds one line of inline text,
// never a list or a table. A clause whose two versions are paragraphs
// alone, as many in each, is a table of two columns, a paragraph a row;
// any other clause gives its two versions one after the other, each
// under the name of its language.
func RenderSideBySide(bi *document.Bilingual) []byte {
	var b bytes.Buffer
	b.Grow(128 << 10)
	a, z := bi.Docs[0], bi.Docs[1]
	b.WriteString("# " + a.Title + " / " + z.Title + "\n\n")
	for i, d := range bi.Docs {
		if d.Meta.Draft {
			w := document.WordsFor(d.Lang)
			b.WriteString("> **" + w.Draft + "** — " + mdtext.Escape(w.DraftNotice) + "\n\n")
		}
		b.WriteString("> " + mdtext.Escape(bi.Note(i)) + "\n\n")
	}
	pair(&b, bi, a.Front, z.Front)
	writeBilingualContents(&b, bi)
	for _, r := range bi.Rows {
		c := r.Clause()
		b.WriteString(strings.Repeat("#", c.Depth+1) + " " + bilingualHeading(bi, r) + "\n\n")
		var bodies [2]string
		for i := range r {
			if r[i] != nil {
				bodies[i] = r[i].Body
			}
		}
		pair(&b, bi, bodies[0], bodies[1])
	}
	if f := a.Meta.Fingerprint; f != nil {
		b.WriteString(f.Comment())
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

// bilingualHeading is a row's heading in the first language, then the
// title in the second: "Article 3 — Accès à l'API / Access to the API".
func bilingualHeading(bi *document.Bilingual, r document.Row) string {
	langs := bi.Langs()
	switch {
	case r[0] == nil:
		return r[1].Heading(langs[1])
	case r[1] == nil || r[1].Title == r[0].Title:
		return r[0].Heading(langs[0])
	}
	return r[0].Heading(langs[0]) + " / " + r[1].Title
}

func writeBilingualContents(b *bytes.Buffer, bi *document.Bilingual) {
	entries := bi.Contents()
	if len(entries) == 0 {
		return
	}
	langs := bi.Langs()
	b.WriteString("## " + document.WordsFor(langs[0]).Contents + " / " + document.WordsFor(langs[1]).Contents + "\n\n")
	for _, r := range entries {
		b.WriteString(strings.Repeat("    ", r.Clause().Depth-1) + "- " + bilingualHeading(bi, r) + "\n")
	}
	b.WriteString("\n")
}

// pair writes the two versions of a text.
func pair(b *bytes.Buffer, bi *document.Bilingual, x, y string) {
	if x == "" && y == "" {
		return
	}
	langs := bi.Langs()
	px, okx := paragraphs(x)
	py, oky := paragraphs(y)
	if okx && oky && len(px) == len(py) && len(px) > 0 {
		b.WriteString("| " + textfmt.NativeName(langs[0]) + " | " + textfmt.NativeName(langs[1]) + " |\n|---|---|\n")
		for i := range px {
			b.WriteString("| " + cell(px[i]) + " | " + cell(py[i]) + " |\n")
		}
		b.WriteString("\n")
		return
	}
	for i, text := range []string{x, y} {
		if text == "" {
			continue
		}
		b.WriteString("*" + textfmt.NativeName(langs[i]) + "*\n\n" + text + "\n\n")
	}
}

// paragraphs returns the source of each paragraph of md, and false when
// md holds any other block.
func paragraphs(md string) ([]string, bool) {
	src := []byte(md)
	var out []string
	for n := mdtext.Parse(src).FirstChild(); n != nil; n = n.NextSibling() {
		p, ok := n.(*ast.Paragraph)
		if !ok {
			return nil, false
		}
		var lines []string
		for i := 0; i < p.Lines().Len(); i++ {
			seg := p.Lines().At(i)
			lines = append(lines, strings.TrimSpace(string(seg.Value(src))))
		}
		out = append(out, strings.Join(lines, " "))
	}
	return out, true
}

// cell makes inline Markdown safe in a table cell: a pipe not already
// escaped would end the cell.
func cell(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			b.WriteString(s[i : i+2])
			i++
			continue
		}
		if s[i] == '|' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
