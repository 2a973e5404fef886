package markdown_test

import (
	"slices"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"

	"github.com/yuin/goldmark/ast"
)

const fxmiscSource = "# T\n\n## Contributors {#c}\n\n### Employees {#ce}\n\n#### Authorisation {#cea}\n\nText.\n\n" +
	"### Public servants {#cp}\n\nText.\n\n## Register {#r .annex}\n\n### Entries {#re}\n\n#### Format {#ref}\n\nText.\n"

// contentsItems returns the text of each item of the first list of src,
// as goldmark reads it, with the depth of the list that holds it.
func contentsItems(src []byte) (items []string, depths []int) {
	var first ast.Node
	ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.List); ok && entering && first == nil {
			first = l
		}
		return ast.WalkContinue, nil
	})
	ast.Walk(first, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		item, ok := n.(*ast.ListItem)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		level := 0
		for p := item.Parent(); p != nil; p = p.Parent() {
			if _, ok := p.(*ast.List); ok {
				level++
			}
		}
		items = append(items, string(item.FirstChild().Lines().Value(src)))
		depths = append(depths, level)
		return ast.WalkContinue, nil
	})
	return items, depths
}

// Review RP-15: the Markdown contents list the subsections (1.1.1,
// A.1.1) with their number, nested one list deeper than their section,
// in one language and side by side.
func TestFxmiscContentsListSubsections(t *testing.T) {
	var docs [2]*document.Document
	for i, tc := range []struct {
		lang textfmt.Lang
		want []string
	}{
		{textfmt.EN, []string{"Article 1 — Contributors", "1.1 Employees", "1.1.1 Authorisation", "1.2 Public servants", "Annex A — Register", "A.1 Entries", "A.1.1 Format"}},
		{textfmt.FR, []string{"Article 1 – Contributors", "1.1 Employees", "1.1.1 Authorisation", "1.2 Public servants", "Annexe A – Register", "A.1 Entries", "A.1.1 Format"}},
	} {
		d, err := document.Build(fxmiscSource, tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = d
		src := markdown.Render(d)
		items, depths := contentsItems(src)
		if !slices.Equal(items, tc.want) {
			t.Errorf("%s: contents %q, want %q:\n%s", tc.lang, items, tc.want, src)
		}
		if want := []int{1, 2, 3, 2, 1, 2, 3}; !slices.Equal(depths, want) {
			t.Errorf("%s: contents at list depths %v, want %v:\n%s", tc.lang, depths, want, src)
		}
	}
	src := markdown.RenderSideBySide(document.Pair(docs[0], docs[1]))
	items, depths := contentsItems(src)
	if len(items) != 7 || items[2] != "1.1.1 Authorisation" || items[6] != "A.1.1 Format" {
		t.Errorf("side by side: contents %q:\n%s", items, src)
	}
	if want := []int{1, 2, 3, 2, 1, 2, 3}; !slices.Equal(depths, want) {
		t.Errorf("side by side: contents at list depths %v, want %v:\n%s", depths, want, src)
	}
}
