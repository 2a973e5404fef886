package html

import (
	"strconv"

	"apitos/internal/document"
	"apitos/internal/mdtext"

	"github.com/yuin/goldmark/ast"
)

// RenderSideBySide writes a document in two languages as one page, in
// two columns aligned clause by clause and, where the two versions of a
// clause have as many blocks, paragraph by paragraph. The page is in the
// first language; every text of the second carries its own lang. On a
// narrow screen the columns stack, each clause's versions together.
func RenderSideBySide(bi *document.Bilingual) []byte {
	a, z := bi.Docs[0], bi.Docs[1]
	langs := bi.Langs()
	w := newWriter()
	title := a.Meta.Title + " / " + z.Meta.Title
	if a.Meta.Draft {
		title = document.WordsFor(a.Lang).Draft + " — " + title
	}
	w.head(a.Lang, title, a.Meta)
	w.b.WriteString("<body class=\"side-by-side\">\n<a class=\"skip\" href=\"#" + idText + "\">" +
		wordsFor(langs[0]).Skip + " / <span lang=\"" + string(langs[1]) + "\">" + wordsFor(langs[1]).Skip + "</span></a>\n")
	w.b.WriteString("<header>\n<h1 class=\"pair\">")
	// A space between the titles, so that they are two words to a screen
	// reader and on a narrow screen; a grid does not show it.
	for i, d := range bi.Docs {
		if i > 0 {
			w.b.WriteString(" ")
		}
		w.b.WriteString("<span" + langAttr(bi, i) + ">")
		w.inline(d.Title)
		w.b.WriteString("</span>")
	}
	w.b.WriteString("</h1>\n<div class=\"pair\">\n")
	for i, d := range bi.Docs {
		w.b.WriteString("<div" + langAttr(bi, i) + ">\n")
		if d.Meta.Draft {
			words := document.WordsFor(d.Lang)
			w.b.WriteString("<p class=\"draft\"><strong>" + words.Draft + "</strong> — " + esc(words.DraftNotice) + "</p>\n")
		}
		w.markdown(d.Front, 1)
		w.b.WriteString("<p class=\"languages\">" + esc(bi.Note(i)) + "</p>\n</div>\n")
	}
	w.b.WriteString("</div>\n</header>\n")
	w.bilingualContents(bi)
	w.b.WriteString(`<main id="` + idText + `">` + "\n")
	for _, r := range bi.Rows {
		w.row(bi, r)
	}
	w.b.WriteString("</main>\n")
	w.fingerprint(a)
	w.close()
	return w.b.Bytes()
}

// langAttr is the lang attribute of column i's elements: none for the
// first, whose language is the page's.
func langAttr(bi *document.Bilingual, i int) string {
	if i == 0 {
		return ""
	}
	return ` lang="` + string(bi.Docs[i].Lang) + `"`
}

// bilingualContents lists the rows in both languages, the second's title
// after the first's heading.
func (w *writer) bilingualContents(bi *document.Bilingual) {
	entries := bi.Contents()
	if len(entries) == 0 {
		return
	}
	langs := bi.Langs()
	w.b.WriteString("<nav aria-labelledby=\"" + idContents + "\">\n<h2 id=\"" + idContents + "\">" +
		esc(document.WordsFor(langs[0]).Contents) + " / <span lang=\"" + string(langs[1]) + "\">" +
		esc(document.WordsFor(langs[1]).Contents) + "</span></h2>\n")
	w.nestedLinks(len(entries), func(i int) *document.Clause { return entries[i].Clause() },
		func(i int) { w.bilingualHeading(bi, entries[i]) })
	w.b.WriteString("</nav>\n")
}

// bilingualHeading writes a row's heading in the first language and its
// title in the second: "Article 3 – Accès à l'API / Access to the API".
func (w *writer) bilingualHeading(bi *document.Bilingual, r document.Row) {
	langs := bi.Langs()
	if r[0] != nil {
		w.inline(r[0].Heading(langs[0]))
	}
	if r[1] != nil && (r[0] == nil || r[1].Title != r[0].Title) {
		if r[0] != nil {
			w.b.WriteString(" / ")
		}
		w.b.WriteString("<span lang=\"" + string(langs[1]) + "\">")
		if r[0] == nil {
			w.inline(r[1].Heading(langs[1]))
		} else {
			w.inline(r[1].Title)
		}
		w.b.WriteString("</span>")
	}
}

// row writes a clause in both languages: its two headings side by side
// under one heading element, anchored by the clause ID, then the two
// texts, block beside block when they have as many.
func (w *writer) row(bi *document.Bilingual, r document.Row) {
	c := r.Clause()
	level := strconv.Itoa(min(c.Depth+1, 6))
	w.b.WriteString("<section>\n<h" + level + " id=\"" + c.ID + "\" class=\"pair\">")
	for i, cl := range r {
		w.b.WriteString("<span" + langAttr(bi, i) + ">")
		if cl != nil {
			w.inline(cl.Heading(bi.Docs[i].Lang))
		}
		w.b.WriteString("</span>")
	}
	w.b.WriteString("</h" + level + ">\n")
	var srcs [2][]byte
	var blocks [2][]ast.Node
	for i, cl := range r {
		if cl != nil && cl.Body != "" {
			srcs[i] = []byte(cl.Body)
			blocks[i] = topBlocks(mdtext.Parse(srcs[i]))
		}
	}
	if len(blocks[0]) == len(blocks[1]) {
		for k := range blocks[0] {
			w.b.WriteString("<div class=\"pair\">\n")
			for i := range blocks {
				w.b.WriteString("<div" + langAttr(bi, i) + ">\n")
				w.block(blocks[i][k], srcs[i], c.Depth)
				w.b.WriteString("</div>\n")
			}
			w.b.WriteString("</div>\n")
		}
	} else {
		w.b.WriteString("<div class=\"pair\">\n")
		for i := range blocks {
			w.b.WriteString("<div" + langAttr(bi, i) + ">\n")
			for _, n := range blocks[i] {
				w.block(n, srcs[i], c.Depth)
			}
			w.b.WriteString("</div>\n")
		}
		w.b.WriteString("</div>\n")
	}
	w.b.WriteString("</section>\n")
}

// topBlocks lists the blocks of parsed Markdown.
func topBlocks(root ast.Node) []ast.Node {
	var out []ast.Node
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		out = append(out, n)
	}
	return out
}
