package mdtext

import (
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// markdownParser is the one Markdown dialect APIToS writes and reads:
// CommonMark plus GFM tables. No autolinking of bare URLs and no
// strikethrough, so that nothing in an answer becomes markup by accident.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()
})

// Parse parses Markdown source into its syntax tree.
func Parse(src []byte) ast.Node {
	return markdownParser().Parse(text.NewReader(src), parser.WithContext(parser.NewContext()))
}

// Plain returns the text a reader sees in inline Markdown, without markup:
// "**Acme** \*corp\*" gives "Acme *corp*". Used for PDF metadata, outline
// entries and window titles.
func Plain(inline string) string {
	src := []byte(inline)
	var b strings.Builder
	ast.Walk(Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.WriteString(Unescape(n.Value(src)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			b.Write(n.URL(src))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				b.Write(seg.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
