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

// A draft says so, in its language, in a quote right under its title:
// the first thing a reader of the Markdown or of its rendering sees. A
// final document says nothing of the kind.
func TestDraftNotice(t *testing.T) {
	for _, tc := range []struct {
		lang       textfmt.Lang
		mark, text string
	}{
		{textfmt.EN, "DRAFT", "This document is a draft, not the final text: answers still missing are marked “to complete”, and translations still missing “to translate”."},
		{textfmt.FR, "PROJET", "Ce document est un projet, pas le texte définitif\u00a0: les réponses qui manquent encore y sont signalées par «\u202fà compléter\u202f», et les traductions qui manquent par «\u202fà traduire\u202f»."},
	} {
		d, err := document.Build("# Terms\n\nFront.\n\n## Scope {#s}\n\nText.\n", tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		d.Meta.Draft = true
		src := Render(d)
		root := mdtext.Parse(src)
		title := root.FirstChild()
		quote, ok := title.NextSibling().(*ast.Blockquote)
		if h, isHeading := title.(*ast.Heading); !isHeading || h.Level != 1 || !ok {
			t.Fatalf("%s: no quote right under the title:\n%s", tc.lang, src)
		}
		para := quote.FirstChild()
		strong, ok := para.FirstChild().(*ast.Emphasis)
		if !ok || strong.Level != 2 || mdtext.Plain(string(strong.Text(src))) != tc.mark {
			t.Errorf("%s: the notice does not open with %s in bold:\n%s", tc.lang, tc.mark, src)
		}
		if got := mdtext.Plain(string(para.Lines().Value(src))); got != tc.mark+" — "+tc.text {
			t.Errorf("%s: notice reads %q", tc.lang, got)
		}
		d.Meta.Draft = false
		if _, ok := mdtext.Parse(Render(d)).FirstChild().NextSibling().(*ast.Blockquote); ok {
			t.Errorf("%s: a final document carries the draft notice", tc.lang)
		}
	}
}
