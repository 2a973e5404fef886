package markdown_test

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
	"apitos/templates"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// plainOf is the text a reader sees under n, without spaces (the two
// layouts space inline elements differently), images left out.
func plainOf(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			b.WriteString(mdtext.Unescape(n.Value(src)))
		case *ast.String:
			b.Write(n.Value)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				b.Write(c.(*ast.Text).Value(src))
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			b.Write(n.URL(src))
		case *ast.FencedCodeBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), "")
}

// Side by side, a CommonMark reader meets every clause once, under a
// heading of its level that names it in both languages, then each
// paragraph of both versions, in order; a clause made of paragraphs only
// is a table of two columns, a paragraph beside its translation.
func TestSideBySide(t *testing.T) {
	for _, k := range templates.All() {
		var docs [2]*document.Document
		for i, l := range []textfmt.Lang{textfmt.FR, textfmt.EN} {
			d, err := k.Assemble(k.Examples(), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			docs[i] = d
		}
		bi := document.Pair(docs[0], docs[1])
		src := markdown.RenderSideBySide(bi)
		root := mdtext.Parse(src)
		all := plainOf(root, src)
		var headings []string
		tables := 0
		for n := root.FirstChild(); n != nil; n = n.NextSibling() {
			switch n := n.(type) {
			case *ast.Heading:
				headings = append(headings, plainOf(n, src))
			case *east.Table:
				if plainOf(n.FirstChild(), src) != "FrançaisEnglish" {
					continue // a table of the document's own
				}
				tables++
				for r := n.FirstChild(); r != nil; r = r.NextSibling() {
					if r.ChildCount() != 2 {
						t.Errorf("%s: a table row of %d cells", k.ID, r.ChildCount())
					}
				}
			}
		}
		if tables == 0 {
			t.Errorf("%s: no clause set as a table", k.ID)
		}
		at := 0
		for _, r := range bi.Rows {
			h := strings.Join(strings.Fields(mdtext.Plain(r[0].Heading(textfmt.FR))), "")
			found := false
			for _, got := range headings {
				found = found || strings.HasPrefix(got, h)
			}
			i := strings.Index(all[at:], h)
			if !found || i < 0 {
				t.Fatalf("%s: no heading for %s after the clause before", k.ID, r.ID())
			}
			at += i
			// Each block of both versions after the clause's heading.
			for _, c := range r {
				body := []byte(c.Body)
				for p := mdtext.Parse(body).FirstChild(); p != nil; p = p.NextSibling() {
					if text := plainOf(p, body); !strings.Contains(all[at:], text) {
						t.Errorf("%s %s: %q not found after its heading", k.ID, c.ID, text)
					}
				}
			}
		}
	}
}
