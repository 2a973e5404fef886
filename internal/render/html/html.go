// Package html writes a document as one standalone, accessible web page:
// the document's language, semantic headings and lists, a skip link and
// a contents navigation, anchors equal to clause IDs (a link to
// …#user-fair-use survives renumbering), pictograms drawn inline as SVG
// with their text alternative, light and dark colour schemes and a print
// style sheet. The page runs no script and loads nothing: everything it
// shows is in the file.
//
// Clause texts are the Markdown the Markdown writer prints, rendered from
// the syntax tree the PDF writer renders, so the formats never drift.
package html

import (
	"bytes"
	_ "embed"
	"regexp"
	"strconv"
	"strings"

	"apitos/assets/picto"
	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/textfmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// style is the page's style sheet, written into every page.
//
//go:embed style.css
var style string

// IDs the writer gives its own elements start with an underscore, which
// clause IDs ([a-z0-9-]) never hold, so that the two never collide.
const (
	idText     = "_text"
	idContents = "_contents"
)

// words are what the page adds to the document's text, per language.
type words struct {
	Skip       string // the skip link, to the text past the contents
	Commentary string // what a clause's commentary is, for review
}

func wordsFor(l textfmt.Lang) words {
	if l == textfmt.FR {
		return words{Skip: "Aller au texte", Commentary: "Commentaire"}
	}
	return words{Skip: "Skip to the text", Commentary: "Commentary"}
}

// Render returns the web page of a document.
func Render(d *document.Document) []byte {
	w := newWriter()
	w.head(d.Lang, title(d), d.Meta)
	w.open(d.Lang)
	w.b.WriteString("<header>\n")
	w.titleBlock(d)
	w.b.WriteString("</header>\n")
	w.contents(d)
	w.b.WriteString(`<main id="` + idText + `">` + "\n")
	w.clauses(d)
	w.b.WriteString("</main>\n")
	w.fingerprint(d)
	w.close()
	return w.b.Bytes()
}

// title is the page's title, as a browser's tab and history show it.
func title(d *document.Document) string {
	if d.Meta.Marked() {
		return document.WordsFor(d.Lang).Draft + " — " + d.Meta.Title
	}
	return d.Meta.Title
}

type writer struct {
	b bytes.Buffer
}

func newWriter() *writer {
	w := &writer{}
	w.b.Grow(96 << 10)
	return w
}

// head writes the document's head: its language, title, metadata and
// style sheet.
func (w *writer) head(lang textfmt.Lang, title string, m document.Meta) {
	w.b.WriteString("<!DOCTYPE html>\n<html lang=\"" + string(lang) + "\">\n<head>\n")
	w.b.WriteString("<meta charset=\"utf-8\">\n")
	w.b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w.b.WriteString("<meta name=\"color-scheme\" content=\"light dark\">\n")
	w.b.WriteString("<title>" + esc(title) + "</title>\n")
	for _, m := range [][2]string{{"author", m.Author}, {"description", m.Subject}, {"keywords", m.Keywords}, {"generator", "APIToS"}} {
		if m[1] != "" {
			w.b.WriteString("<meta name=\"" + m[0] + "\" content=\"" + esc(m[1]) + "\">\n")
		}
	}
	w.b.WriteString("<style>\n" + style + "</style>\n</head>\n")
}

// open starts the body with the skip link, the first thing a keyboard
// reaches.
func (w *writer) open(lang textfmt.Lang) {
	w.b.WriteString("<body>\n<a class=\"skip\" href=\"#" + idText + "\">" + wordsFor(lang).Skip + "</a>\n")
}

func (w *writer) close() { w.b.WriteString("</body>\n</html>\n") }

// fingerprint ends the page with the document's fingerprint, as the
// Markdown does: a comment, which no browser shows and apitos verify
// reads.
func (w *writer) fingerprint(d *document.Document) {
	if f := d.Meta.Fingerprint; f != nil {
		w.b.WriteString(f.Comment() + "\n")
	}
}

// titleBlock writes the title, a draft's notice and the front block.
func (w *writer) titleBlock(d *document.Document) {
	w.b.WriteString("<h1>")
	w.inline(d.Title)
	w.b.WriteString("</h1>\n")
	if d.Meta.Marked() {
		w.b.WriteString("<p class=\"draft\"><strong>" + document.WordsFor(d.Lang).Draft + "</strong> — " +
			esc(d.Meta.Notice(d.Lang)) + "</p>\n")
	}
	w.markdown(d.Front, 1)
}

// contents writes the navigation to every article, annex and section.
func (w *writer) contents(d *document.Document) {
	entries := d.Contents()
	if len(entries) == 0 {
		return
	}
	w.b.WriteString("<nav aria-labelledby=\"" + idContents + "\">\n<h2 id=\"" + idContents + "\">" +
		esc(document.WordsFor(d.Lang).Contents) + "</h2>\n")
	w.contentsList(d.Lang, entries)
	w.b.WriteString("</nav>\n")
}

// contentsList writes entries as a list, sections nested under their
// article.
func (w *writer) contentsList(l textfmt.Lang, entries []document.Clause) {
	w.nestedLinks(len(entries), func(i int) *document.Clause { return &entries[i] },
		func(i int) { w.inline(entries[i].Heading(l)) })
}

// nestedLinks writes n links to clauses as nested lists, each clause at
// its depth: the contents of a page, in one language or side by side.
// label writes the text of the i-th link.
func (w *writer) nestedLinks(n int, clause func(i int) *document.Clause, label func(i int)) {
	depth := 0
	for i := 0; i < n; i++ {
		c := clause(i)
		switch {
		case c.Depth > depth:
			for ; depth < c.Depth; depth++ {
				if depth > 0 {
					w.b.WriteString("\n")
				}
				w.b.WriteString("<ul>\n")
			}
		case i > 0:
			for ; depth > c.Depth; depth-- {
				w.b.WriteString("</li>\n</ul>\n")
			}
			w.b.WriteString("</li>\n")
		}
		w.b.WriteString("<li><a href=\"#" + c.ID + "\">")
		label(i)
		w.b.WriteString("</a>")
	}
	for ; depth > 0; depth-- {
		w.b.WriteString("</li>\n</ul>\n")
	}
}

// clauses writes every clause as a section under its heading, sections
// nested in their article.
func (w *writer) clauses(d *document.Document) {
	depth := 0
	for _, c := range d.Clauses {
		for ; depth >= c.Depth; depth-- {
			w.b.WriteString("</section>\n")
		}
		w.b.WriteString("<section>\n")
		depth++
		w.heading(c, d.Lang)
		w.markdown(c.Body, c.Depth)
		if d.Meta.Review && c.Review != "" {
			// The commentary of a document for review, set apart so
			// that it never reads as the clause's text, and named after
			// its clause among the page's landmarks.
			label := wordsFor(d.Lang).Commentary + " — " + mdtext.Plain(c.Heading(d.Lang))
			w.b.WriteString("<aside class=\"review\" aria-label=\"" + esc(label) + "\">\n")
			w.markdown(c.Review, c.Depth)
			w.b.WriteString("</aside>\n")
		}
	}
	for ; depth > 0; depth-- {
		w.b.WriteString("</section>\n")
	}
}

// heading writes a clause's heading, h2 for articles and annexes, its ID
// as its anchor.
func (w *writer) heading(c document.Clause, l textfmt.Lang) {
	level := strconv.Itoa(min(c.Depth+1, 6))
	w.b.WriteString("<h" + level + " id=\"" + c.ID + "\">")
	w.inline(c.Heading(l))
	w.b.WriteString("</h" + level + ">\n")
}

// markdown writes Markdown blocks; headings inside them come below the
// clause's own, at depth.
func (w *writer) markdown(md string, depth int) {
	if md == "" {
		return
	}
	src := []byte(md)
	w.blocks(mdtext.Parse(src), src, depth)
}

// inline writes inline Markdown (a title, a heading).
func (w *writer) inline(md string) {
	src := []byte(md)
	root := mdtext.Parse(src)
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		w.inlines(n, src)
	}
}

func (w *writer) blocks(n ast.Node, src []byte, depth int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c, src, depth)
	}
}

func (w *writer) block(n ast.Node, src []byte, depth int) {
	switch n := n.(type) {
	case *ast.Paragraph:
		w.b.WriteString("<p>")
		w.inlines(n, src)
		w.b.WriteString("</p>\n")
	case *ast.TextBlock:
		// The text of an item of a tight list: no paragraph of its own.
		w.inlines(n, src)
		if n.NextSibling() != nil {
			w.b.WriteString("\n")
		}
	case *ast.Heading:
		level := strconv.Itoa(min(depth+2, 6))
		w.b.WriteString("<h" + level + ">")
		w.inlines(n, src)
		w.b.WriteString("</h" + level + ">\n")
	case *ast.List:
		w.list(n, src, depth)
	case *east.Table:
		w.table(n, src)
	case *ast.ThematicBreak:
		w.b.WriteString("<hr>\n")
	case *ast.Blockquote:
		w.b.WriteString("<blockquote>\n")
		w.blocks(n, src, depth)
		w.b.WriteString("</blockquote>\n")
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		// Code, and HTML a template would hold, are shown as typed:
		// nothing in a document becomes markup of the page.
		w.b.WriteString("<pre><code>")
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			w.b.WriteString(esc(string(seg.Value(src))))
		}
		w.b.WriteString("</code></pre>\n")
	default:
		w.blocks(n, src, depth)
	}
}

// list writes a bulleted or numbered list. An item that opens with a
// pictogram shows it in the item's margin, as the PDF does.
func (w *writer) list(n *ast.List, src []byte, depth int) {
	tag := "ul"
	if n.IsOrdered() {
		tag = "ol"
	}
	w.b.WriteString("<" + tag)
	if n.IsOrdered() && n.Start != 1 {
		w.b.WriteString(" start=\"" + strconv.Itoa(n.Start) + "\"")
	}
	w.b.WriteString(">\n")
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		if _, ok := leadingPicto(item); ok {
			w.b.WriteString("<li class=\"picto\">")
		} else {
			w.b.WriteString("<li>")
		}
		w.blocks(item, src, depth)
		w.b.WriteString("</li>\n")
	}
	w.b.WriteString("</" + tag + ">\n")
}

// table writes a GFM table, its header cells as column headers.
func (w *writer) table(n *east.Table, src []byte) {
	w.b.WriteString("<table>\n")
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		_, header := r.(*east.TableHeader)
		if header {
			w.b.WriteString("<thead>\n")
		} else if r.PreviousSibling() == nil || isHeader(r.PreviousSibling()) {
			w.b.WriteString("<tbody>\n")
		}
		w.b.WriteString("<tr>")
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cell := "td"
			if header {
				cell = "th"
			}
			w.b.WriteString("<" + cell)
			if header {
				w.b.WriteString(" scope=\"col\"")
			}
			if tc, ok := c.(*east.TableCell); ok {
				switch tc.Alignment {
				case east.AlignRight:
					w.b.WriteString(" class=\"right\"")
				case east.AlignCenter:
					w.b.WriteString(" class=\"center\"")
				}
			}
			w.b.WriteString(">")
			w.inlines(c, src)
			w.b.WriteString("</" + cell + ">")
		}
		w.b.WriteString("</tr>\n")
		if header {
			w.b.WriteString("</thead>\n")
		}
	}
	if n.LastChild() != nil && !isHeader(n.LastChild()) {
		w.b.WriteString("</tbody>\n")
	}
	w.b.WriteString("</table>\n")
}

func isHeader(n ast.Node) bool {
	_, ok := n.(*east.TableHeader)
	return ok
}

// inlines writes the inline content of n. Only web and e-mail addresses
// become links: anything else a Markdown link could point at
// (javascript:, file:) is written as its text.
func (w *writer) inlines(n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			w.text(mdtext.Unescape(c.Value(src)))
			switch {
			case c.HardLineBreak():
				w.b.WriteString("<br>\n")
			case c.SoftLineBreak():
				w.b.WriteString("\n")
			}
		case *ast.String:
			w.text(string(c.Value))
		case *ast.CodeSpan:
			w.b.WriteString("<code>")
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if tt, ok := t.(*ast.Text); ok {
					w.b.WriteString(esc(string(tt.Value(src))))
				}
			}
			w.b.WriteString("</code>")
		case *ast.Emphasis:
			tag := "em"
			if c.Level >= 2 {
				tag = "strong"
			}
			w.b.WriteString("<" + tag + ">")
			w.inlines(c, src)
			w.b.WriteString("</" + tag + ">")
		case *ast.Link:
			if u := safeURL(string(c.Destination)); u != "" {
				w.b.WriteString("<a href=\"" + esc(u) + "\">")
				w.inlines(c, src)
				w.b.WriteString("</a>")
			} else {
				w.inlines(c, src)
			}
		case *ast.AutoLink:
			target := string(c.URL(src))
			dest := target
			if c.AutoLinkType == ast.AutoLinkEmail {
				dest = "mailto:" + target
			}
			if u := safeURL(dest); u != "" {
				w.b.WriteString("<a href=\"" + esc(u) + "\">" + esc(target) + "</a>")
			} else {
				w.b.WriteString(esc(target))
			}
		case *ast.Image:
			w.image(c, src)
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				w.b.WriteString(esc(string(seg.Value(src))))
			}
		default:
			w.inlines(c, src)
		}
	}
}

// image draws a pictogram inline, named by its alternative text (the
// option's label); the page loads no image, so any other image is
// replaced by its alternative text.
func (w *writer) image(img *ast.Image, src []byte) {
	alt := plain(img, src)
	name, ok := picto.NameOf(string(img.Destination))
	if !ok {
		w.b.WriteString(esc(alt))
		return
	}
	p, _ := picto.Get(name)
	w.b.WriteString(picto.Inline(p, alt))
}

// plain is the text under n as a reader sees it.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Text:
			if entering {
				b.WriteString(mdtext.Unescape(n.Value(src)))
			}
		case *ast.String:
			if entering {
				b.Write(n.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// text writes text, escaped, with the French ordinals 1er and 1re raised
// as French typography prints them.
func (w *writer) text(s string) {
	if !strings.Contains(s, "1") {
		w.b.WriteString(esc(s))
		return
	}
	last := 0
	for _, m := range ordinal.FindAllStringSubmatchIndex(s, -1) {
		w.b.WriteString(esc(s[last:m[2]]))
		w.b.WriteString("<sup>" + s[m[2]:m[3]] + "</sup>")
		last = m[3]
	}
	w.b.WriteString(esc(s[last:]))
}

// ordinal matches the letters of the French ordinals premier and
// première after their figure.
var ordinal = regexp.MustCompile(`\b1(er|re)\b`)

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func esc(s string) string { return escaper.Replace(s) }

func safeURL(u string) string {
	lower := strings.ToLower(u)
	if strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "mailto:") {
		return u
	}
	return ""
}

// leadingPicto reports the pictogram an item's text opens with.
func leadingPicto(item ast.Node) (string, bool) {
	first := item.FirstChild()
	if first == nil {
		return "", false
	}
	img, ok := first.FirstChild().(*ast.Image)
	if !ok {
		return "", false
	}
	return picto.NameOf(string(img.Destination))
}
