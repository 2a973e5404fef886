package html_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	render "apitos/internal/render/html"
	"apitos/internal/textfmt"
	"apitos/templates"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// examples assembles every kind's example answers in every language.
func examples(t testing.TB) []*document.Document {
	var docs []*document.Document
	for _, k := range templates.All() {
		for _, l := range textfmt.All {
			d, err := k.Assemble(k.Examples(), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	return docs
}

// parse reads a page with the HTML5 parsing algorithm, as browsers do,
// after checking that every element the writer opens it also closes, in
// order: the parser itself would silently repair a misnested page.
func parse(t *testing.T, page []byte) *html.Node {
	t.Helper()
	checkNesting(t, page)
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func checkNesting(t *testing.T, page []byte) {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(page))
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(open) > 0 {
				t.Errorf("elements left open at the end: %v", open)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !void[string(name)] {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				t.Fatalf("</%s> closes %v", name, open)
			}
			open = open[:len(open)-1]
		}
	}
}

var void = map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "link": true, "input": true}

func find(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// element matches the HTML elements a (not the SVG elements of the same
// name, such as a pictogram's title).
func element(a atom.Atom) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Type == html.ElementNode && n.DataAtom == a && n.Namespace == "" }
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is what a reader of n sees, pictograms left out (their name is
// their text alternative, not text of the document).
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "svg":
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return words(b.String())
}

// words joins the words of s with single spaces (no-break spaces
// separate words too).
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// squeeze drops every space: the two writers space inline elements
// differently, and a reader sees the same words.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

// Every page is a standalone document in its language: one title, a
// skip link to the text, headings that never skip a level, an anchor
// for every clause equal to its ID, contents whose every link leads to
// a heading, and nothing that runs or loads anything.
func TestPages(t *testing.T) {
	for _, d := range examples(t) {
		t.Run(d.Meta.Kind+"."+string(d.Lang), func(t *testing.T) {
			page := render.Render(d)
			root := parse(t, page)
			htmlEl := find(root, element(atom.Html))[0]
			if attr(htmlEl, "lang") != string(d.Lang) {
				t.Errorf("lang=%q", attr(htmlEl, "lang"))
			}
			if title := find(root, element(atom.Title)); len(title) != 1 || text(title[0]) != d.Meta.Title {
				t.Errorf("title %v, want %q", title, d.Meta.Title)
			}

			ids := map[string]*html.Node{}
			for _, n := range find(root, func(n *html.Node) bool { return attr(n, "id") != "" }) {
				if ids[attr(n, "id")] != nil {
					t.Errorf("id %q used twice", attr(n, "id"))
				}
				ids[attr(n, "id")] = n
			}
			for _, c := range d.Clauses {
				h := ids[c.ID]
				if h == nil || headingLevel[h.DataAtom] != c.Depth+1 || text(h) != words(mdtext.Plain(c.Heading(d.Lang))) {
					t.Errorf("clause %s: anchor %v, want an h%d reading %q", c.ID, h, c.Depth+1, mdtext.Plain(c.Heading(d.Lang)))
				}
			}

			links := find(root, element(atom.A))
			if attr(links[0], "href") != "#_text" || ids["_text"] == nil || ids["_text"].DataAtom != atom.Main {
				t.Errorf("the first link is %q, not a skip link to the main text", attr(links[0], "href"))
			}
			navs := find(root, element(atom.Nav))
			if len(navs) != 1 {
				t.Fatalf("%d nav elements", len(navs))
			}
			entries := find(navs[0], element(atom.A))
			if len(entries) != len(d.Contents()) {
				t.Errorf("%d contents entries, want %d", len(entries), len(d.Contents()))
			}
			for _, a := range entries {
				target := ids[strings.TrimPrefix(attr(a, "href"), "#")]
				if target == nil || text(target) != text(a) {
					t.Errorf("contents entry %q leads to %v", text(a), target)
				}
			}

			last := 0
			for _, h := range find(root, func(n *html.Node) bool { return headingLevel[n.DataAtom] > 0 }) {
				level := headingLevel[h.DataAtom]
				if level > last+1 {
					t.Errorf("h%d %q follows h%d", level, text(h), last)
				}
				last = level
			}
			if n := len(find(root, element(atom.H1))); n != 1 {
				t.Errorf("%d h1 elements", n)
			}
			standalone(t, root)
		})
	}
}

// standalone checks that a page holds no script and loads nothing: no
// element that fetches a resource, no style that does.
func standalone(t *testing.T, root *html.Node) {
	t.Helper()
	fetches := []atom.Atom{atom.Script, atom.Img, atom.Iframe, atom.Link, atom.Object, atom.Embed,
		atom.Audio, atom.Video, atom.Source, atom.Frame, atom.Base, atom.Form, atom.Noscript}
	for _, n := range find(root, func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		if slices.Contains(fetches, n.DataAtom) {
			t.Errorf("a %s element", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "srcset" || a.Key == "style" ||
				(a.Key == "href" && !regexp.MustCompile(`^(#|https?://|mailto:)`).MatchString(a.Val)) {
				t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
			}
		}
	}
	for _, s := range find(root, element(atom.Style)) {
		if css := text(s); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
			t.Error("the style sheet loads a resource")
		}
	}
}

// The page shows each clause's words as the Markdown does: both are
// rendered from the same syntax tree. Pictograms are drawn inline, each
// an image named by its option's label.
func TestSameTextAsTheMarkdown(t *testing.T) {
	for _, d := range examples(t) {
		root := parse(t, render.Render(d))
		for _, sec := range find(root, element(atom.Section)) {
			h := sec.FirstChild
			for h != nil && h.Type != html.ElementNode {
				h = h.NextSibling
			}
			c, ok := d.Clause(attr(h, "id"))
			if !ok {
				t.Fatalf("%s/%s: a section without a clause's heading", d.Meta.Kind, d.Lang)
			}
			// The section's own text: its heading and body, without
			// the sections nested in it.
			var own strings.Builder
			for n := sec.FirstChild; n != nil; n = n.NextSibling {
				if n.DataAtom != atom.Section {
					own.WriteString(" " + text(n))
				}
			}
			want := mdtext.Plain(c.Heading(d.Lang)) + " " + markdownText(c.Body)
			if got := own.String(); squeeze(got) != squeeze(want) {
				t.Errorf("%s/%s %s:\nhtml     %q\nmarkdown %q", d.Meta.Kind, d.Lang, c.ID, got, want)
			}
		}
		svgs := find(root, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "svg" })
		var pictos int
		for _, c := range d.Clauses {
			pictos += strings.Count(c.Body, "](pictograms/")
		}
		if len(svgs) != pictos {
			t.Errorf("%s/%s: %d pictograms drawn, %d in the Markdown", d.Meta.Kind, d.Lang, len(svgs), pictos)
		}
		for _, s := range svgs {
			title := find(s, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "title" })
			if attr(s, "role") != "img" || attr(s, "aria-label") == "" || len(title) != 1 || text(title[0]) != attr(s, "aria-label") {
				t.Errorf("%s/%s: a pictogram without its name: role %q, label %q", d.Meta.Kind, d.Lang, attr(s, "role"), attr(s, "aria-label"))
			}
		}
	}
}

// markdownText is what a reader sees of Markdown blocks, images (the
// pictograms) left out.
func markdownText(md string) string {
	src := []byte(md)
	var b strings.Builder
	ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
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
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				b.Write(seg.Value(src))
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// Answers are data: an answer that looks like HTML or like a dangerous
// link shows as typed, and the page still runs and loads nothing.
func TestAnswersAreNeverMarkup(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	vals := k.Examples()
	name := `<script>alert(1)</script> <img src=x onerror=alert(1)> *Acme* [x](javascript:alert(1)) &amp; "quoted"`
	vals["provider.name"] = name
	for _, l := range textfmt.All {
		d, err := k.Assemble(vals, l, templates.Final)
		if err != nil {
			t.Fatal(err)
		}
		root := parse(t, render.Render(d))
		standalone(t, root)
		if body := text(find(root, element(atom.Body))[0]); !strings.Contains(body, name) {
			t.Errorf("%s: the provider's name is not shown as typed", l)
		}
	}
}

// A draft says so in the page's title and right under its heading.
func TestDraft(t *testing.T) {
	k, _ := templates.Lookup("charter")
	for _, l := range textfmt.All {
		d, err := k.Assemble(k.Examples(), l, templates.Preview)
		if err != nil {
			t.Fatal(err)
		}
		d.Meta.Draft = true
		root := parse(t, render.Render(d))
		w := document.WordsFor(l)
		title := text(find(root, element(atom.Title))[0])
		header := text(find(root, element(atom.Header))[0])
		if !strings.HasPrefix(title, w.Draft+" — ") || !strings.Contains(header, words(w.Draft+" — "+w.DraftNotice)) {
			t.Errorf("%s: title %q, header %q", l, title, header)
		}
	}
}

// BenchmarkLargest writes the page of the largest document, the French
// charter.
func BenchmarkLargest(b *testing.B) {
	var largest *document.Document
	size := 0
	for _, d := range examples(b) {
		n := 0
		for _, c := range d.Clauses {
			n += len(c.Body)
		}
		if n > size {
			largest, size = d, n
		}
	}
	if largest.Meta.Kind != "charter" || largest.Lang != textfmt.FR {
		b.Fatalf("the largest document is %s/%s", largest.Meta.Kind, largest.Lang)
	}
	b.ReportAllocs()
	for b.Loop() {
		render.Render(largest)
	}
}

// Side by side, the page is in the first language; each clause is a
// section under one heading anchored by the clause ID, whose two halves
// are the clause's headings, and whose columns hold each language's text
// as the Markdown has it, every text of the second language marked with
// its lang.
func TestSideBySide(t *testing.T) {
	for _, k := range templates.All() {
		var docs []*document.Document
		for _, l := range []textfmt.Lang{textfmt.FR, textfmt.EN} {
			d, err := k.Assemble(k.Examples(), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
		bi := document.Pair(docs[0], docs[1])
		root := parse(t, render.RenderSideBySide(bi))
		standalone(t, root)
		if lang := attr(find(root, element(atom.Html))[0], "lang"); lang != "fr" {
			t.Errorf("%s: lang=%q", k.ID, lang)
		}
		sections := find(root, element(atom.Section))
		if len(sections) != len(bi.Rows) {
			t.Fatalf("%s: %d sections for %d clauses", k.ID, len(sections), len(bi.Rows))
		}
		for i, sec := range sections {
			r := bi.Rows[i]
			var cols [2]strings.Builder
			var heading *html.Node
			for n := sec.FirstChild; n != nil; n = n.NextSibling {
				if n.Type != html.ElementNode {
					continue
				}
				if heading == nil {
					heading = n
				}
				for j, half := range children(n) {
					cols[j].WriteString(" " + text(half))
					if j == 1 && attr(half, "lang") != "en" {
						t.Errorf("%s %s: English text without lang=en: %q", k.ID, r.ID(), text(half))
					}
				}
			}
			if attr(heading, "id") != r.ID() || headingLevel[heading.DataAtom] != r.Clause().Depth+1 {
				t.Errorf("%s: section %d opens with %v, not the heading of %s", k.ID, i, heading, r.ID())
			}
			for j, c := range r {
				want := mdtext.Plain(c.Heading(bi.Docs[j].Lang)) + markdownText(c.Body)
				if squeeze(cols[j].String()) != squeeze(want) {
					t.Errorf("%s %s, %s column:\nhtml     %q\nmarkdown %q", k.ID, r.ID(), bi.Docs[j].Lang, cols[j].String(), want)
				}
			}
		}
	}
}

// children lists the elements directly under n.
func children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
	}
	return out
}
