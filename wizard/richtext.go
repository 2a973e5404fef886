package wizard

import (
	"strings"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"apitos/assets/picto"
	"apitos/internal/mdtext"
	"apitos/internal/screenfont"
)

// richSegments turns a document's Markdown into rich text for the
// preview. It reads the syntax tree with the same parser and escaping
// rules as the PDF writer, so that what the preview shows is what the
// files will say (Fyne's own Markdown reader prints backslash escapes
// literally).
func richSegments(md []byte) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	for n := mdtext.ParseRedline(md).FirstChild(); n != nil; n = n.NextSibling() {
		out = append(out, blockSegments(n, md)...)
	}
	return out
}

func blockSegments(n ast.Node, src []byte) []widget.RichTextSegment {
	switch n := n.(type) {
	case *ast.Heading:
		style := widget.RichTextStyleStrong
		switch n.Level {
		case 1:
			style = widget.RichTextStyleHeading
		case 2:
			style = widget.RichTextStyleSubHeading
		}
		segs := inlineSegments(n, src, style)
		if len(segs) == 0 {
			return nil
		}
		// A block style on the last segment ends the heading's line.
		if t, ok := segs[len(segs)-1].(*widget.TextSegment); ok {
			t.Style.Inline = false
		}
		return segs
	case *ast.Paragraph:
		// A block-styled empty segment ends the paragraph.
		return append(inlineSegments(n, src, widget.RichTextStyleInline), &widget.TextSegment{Style: widget.RichTextStyleParagraph})
	case *ast.TextBlock:
		return inlineSegments(n, src, widget.RichTextStyleInline)
	case *ast.List:
		list := &widget.ListSegment{Ordered: n.IsOrdered()}
		if n.IsOrdered() && n.Start > 1 {
			list.SetStartNumber(n.Start)
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			var texts, sub []widget.RichTextSegment
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				segs := blockSegments(c, src)
				if _, nested := c.(*ast.List); nested {
					sub = append(sub, segs...)
				} else {
					texts = append(texts, segs...)
				}
			}
			list.Items = append(list.Items, &widget.ParagraphSegment{Texts: texts})
			list.Items = append(list.Items, sub...)
		}
		return []widget.RichTextSegment{list}
	case *east.Table:
		table := &widget.TableSegment{}
		for r := n.FirstChild(); r != nil; r = r.NextSibling() {
			var cells [][]widget.RichTextSegment
			for c := r.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, inlineSegments(c, src, widget.RichTextStyleInline))
			}
			if _, header := r.(*east.TableHeader); header {
				table.Headers = cells
			} else {
				table.Rows = append(table.Rows, cells)
			}
		}
		return []widget.RichTextSegment{table}
	case *ast.ThematicBreak:
		return []widget.RichTextSegment{&widget.SeparatorSegment{}}
	case *ast.Blockquote:
		// Quotations, and the commentary of a document for review, in
		// italics, as a reader tells them from the text.
		var out []widget.RichTextSegment
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = append(out, blockSegments(c, src)...)
		}
		italicize(out)
		return out
	}
	var out []widget.RichTextSegment
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, blockSegments(c, src)...)
	}
	return out
}

// italicize sets text segments, those of lists included, in italics.
func italicize(segs []widget.RichTextSegment) {
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.TextSegment:
			s.Style.TextStyle.Italic = true
		case *widget.ListSegment:
			italicize(s.Items)
		case *widget.ParagraphSegment:
			italicize(s.Texts)
		}
	}
}

func inlineSegments(n ast.Node, src []byte, style widget.RichTextStyle) []widget.RichTextSegment {
	return (&inliner{}).segments(n, src, style)
}

// inliner turns inline Markdown into segments. In a redline, text struck
// through is deleted, drawn struck in the theme's error colour, and text
// between <ins> and </ins> inserted, underlined in its success colour.
type inliner struct{ inserted bool }

func (in *inliner) segments(n ast.Node, src []byte, style widget.RichTextStyle) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	text := func(style widget.RichTextStyle, s string) {
		if in.inserted {
			style.TextStyle.Underline = true
			style.ColorName = theme.ColorNameSuccess
		}
		out = append(out, &widget.TextSegment{Style: style, Text: s})
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			s := mdtext.Unescape(c.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				s += " "
			}
			text(style, onScreen(s))
		case *ast.String:
			text(style, onScreen(string(c.Value)))
		case *ast.Emphasis:
			em := style
			if c.Level >= 2 {
				em.TextStyle.Bold = true
			} else {
				em.TextStyle.Italic = true
			}
			out = append(out, in.segments(c, src, em)...)
		case *east.Strikethrough:
			struck := style
			struck.TextStyle.Strikethrough = true
			struck.ColorName = theme.ColorNameError
			out = append(out, in.segments(c, src, struck)...)
		case *ast.RawHTML:
			var raw strings.Builder
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				raw.Write(seg.Value(src))
			}
			switch raw.String() {
			case "<ins>":
				in.inserted = true
			case "</ins>":
				in.inserted = false
			}
		case *ast.CodeSpan:
			var b strings.Builder
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if tt, ok := t.(*ast.Text); ok {
					b.Write(tt.Value(src))
				}
			}
			text(widget.RichTextStyleCodeInline, b.String())
		case *ast.AutoLink:
			// Drawn as a link, but not one: links would be Tab stops,
			// and the preview is read, not used.
			link := style
			link.ColorName = theme.ColorNameHyperlink
			text(link, string(c.URL(src)))
		case *ast.Image:
			if _, ok := picto.NameOf(string(c.Destination)); ok {
				// Pictograms show on the review step; the space that
				// follows one goes with it.
				if t, ok := c.NextSibling().(*ast.Text); ok && len(t.Value(src)) > 0 && t.Value(src)[0] == ' ' {
					t.Segment = t.Segment.WithStart(t.Segment.Start + 1)
				}
				continue
			}
			out = append(out, in.segments(c, src, style)...)
		default:
			out = append(out, in.segments(c, src, style)...)
		}
	}
	return out
}

// glue and wideGlue stand, on screen, for the narrow and the full no-break
// spaces.
const (
	glue     = string(screenfont.Glue)
	wideGlue = string(screenfont.WideGlue)
)

var screenSpaces = strings.NewReplacer("\u202f", glue, "\u00a0", wideGlue)

// onScreen prepares text for Fyne's line breaking, which breaks at every
// Unicode space, the no-break ones included: a line could begin with a
// semicolon or a colon, leave a closing guillemet alone, or split
// "1er mars". On screen, no-break spaces become private-use characters
// that Fyne does not break at and that the theme's glue font draws as
// blanks of the same widths (see appTheme.Font). Documents and answers
// files keep the real spaces.
func onScreen(s string) string { return screenSpaces.Replace(s) }
