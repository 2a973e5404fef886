// Package markdown writes a document as CommonMark: a title, a draft's
// notice, the front block, a table of contents, then every clause under
// its numbered heading. The output reads well as plain text and parses back, with
// goldmark, into the structure the PDF writer renders.
package markdown

import (
	"bytes"
	"strings"

	"apitos/internal/document"
	"apitos/internal/mdtext"
)

// Render returns the Markdown of a document.
func Render(d *document.Document) []byte { return render(d, true) }

// RenderBody returns the Markdown of a document without its table of
// contents, for a preview pane that scrolls through the text itself.
func RenderBody(d *document.Document) []byte { return render(d, false) }

func render(d *document.Document, contents bool) []byte {
	var b bytes.Buffer
	b.Grow(64 << 10)
	b.WriteString("# " + d.Title + "\n\n")
	if d.Meta.Marked() {
		// Right under the title, where every renderer shows it first.
		w := document.WordsFor(d.Lang)
		b.WriteString("> **" + w.Draft + "** — " + mdtext.Escape(d.Meta.Notice(d.Lang)) + "\n\n")
	}
	if d.Front != "" {
		b.WriteString(d.Front + "\n\n")
	}
	if contents {
		writeContents(&b, d)
	}
	for _, c := range d.Clauses {
		heading := c.Heading(d.Lang)
		switch {
		case c.Removed:
			heading = "~~" + heading + "~~"
		case c.Added:
			heading = "<ins>" + heading + "</ins>"
		}
		b.WriteString(strings.Repeat("#", c.Depth+1) + " " + heading + "\n\n")
		if c.Body != "" {
			b.WriteString(c.Body + "\n\n")
		}
		if d.Meta.Review && c.Review != "" {
			// The commentary of a document for review, quoted so that
			// it never reads as the clause's text.
			b.WriteString(Quote(c.Review) + "\n\n")
		}
	}
	if f := d.Meta.Fingerprint; f != nil && contents {
		// Last, as an HTML comment: no renderer shows it.
		b.WriteString(f.Comment())
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

// writeContents lists articles, annexes, their sections and subsections,
// each indented under its parent by four spaces: CommonMark nests a list from two,
// but Python-Markdown (MkDocs) only from four, and flattens the contents
// otherwise.
func writeContents(b *bytes.Buffer, d *document.Document) {
	entries := d.Contents()
	if len(entries) == 0 {
		return
	}
	b.WriteString("## " + document.WordsFor(d.Lang).Contents + "\n\n")
	for _, c := range entries {
		b.WriteString(strings.Repeat("    ", c.Depth-1) + "- " + c.Heading(d.Lang) + "\n")
	}
	b.WriteString("\n")
}

// Quote sets Markdown blocks as a block quotation.
func Quote(md string) string {
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = ">"
		} else {
			lines[i] = "> " + l
		}
	}
	return strings.Join(lines, "\n")
}
