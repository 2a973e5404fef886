package markdown

import (
	"slices"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/textfmt"

	"github.com/yuin/goldmark/ast"
)

func TestRender(t *testing.T) {
	d, err := document.Build("# Terms\n\nFront.\n\n## Parties {#p .unnumbered}\n\nUs.\n\n## Scope {#s}\n\n### Purpose {#sp}\n\nText.\n\n## Register {#a .annex}\n\n| A | B |\n|---|---|\n| 1 | 2 |\n", textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	want := `# Terms

Front.

## Contents

- Parties
- Article 1 — Scope
    - 1.1 Purpose
- Annex A — Register

## Parties

Us.

## Article 1 — Scope

### 1.1 Purpose

Text.

## Annex A — Register

| A | B |
|---|---|
| 1 | 2 |`
	if got := string(Render(d)); got != want {
		t.Errorf("Render =\n%s\nwant\n%s", got, want)
	}
}

// A CommonMark reader nests the sections of the contents under their
// article, as Python-Markdown does from their four-space indentation.
func TestContentsNestUnderArticles(t *testing.T) {
	d, err := document.Build("# T\n\n## Scope {#s}\n\n### Purpose {#sp}\n\nText.\n", textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	src := Render(d)
	var depth []int
	ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if item, ok := n.(*ast.ListItem); ok && entering {
			level := 0
			for p := item.Parent(); p != nil; p = p.Parent() {
				if _, ok := p.(*ast.List); ok {
					level++
				}
			}
			depth = append(depth, level)
		}
		return ast.WalkContinue, nil
	})
	if !slices.Equal(depth, []int{1, 2}) {
		t.Errorf("contents list items at list depths %v, want [1 2]:\n%s", depth, src)
	}
}
