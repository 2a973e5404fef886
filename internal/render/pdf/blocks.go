package pdf

import (
	"regexp"
	"strconv"
	"strings"

	"apitos/assets/picto"
	"apitos/internal/mdtext"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Body text settings, in points and millimetres.
const (
	bodySize    = 10.0
	bodyLineH   = 5.0
	paraSpace   = 2.4
	listIndent  = 7.0
	tableSize   = 8.5
	tableLineH  = 4.2
	cellPadX    = 1.6
	cellPadY    = 1.3
	headerSpace = 1.2
	pictoSize   = 9.0
)

var body = style{size: bodySize}

// blocks lays out the Markdown blocks under n, within [x, x+width].
func (l *layout) blocks(n ast.Node, src []byte, x, width float64) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		l.block(c, src, x, width)
	}
}

func (l *layout) block(n ast.Node, src []byte, x, width float64) {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		pieces := inlines(n, src, l.base)
		if keep := l.leadIn(n, pieces, src, width); keep > 0 {
			l.ensure(keep)
		}
		l.paragraph(pieces, para{x: x, width: width, lineH: l.lineH})
		if n.Kind() == ast.KindParagraph || n.NextSibling() != nil {
			l.y += paraSpace
		}
	case *ast.Heading:
		st := l.base
		st.size++
		st.bold = true
		keep := l.lineH * 3
		if next := n.NextSibling(); next != nil {
			keep = max(keep, l.lineH+0.5+paraSpace/2+l.opening(next, src, width))
		}
		l.ensure(keep)
		l.paragraph(inlines(n, src, st), para{x: x, width: width, lineH: l.lineH + 0.5})
		l.y += paraSpace / 2
	case *ast.List:
		l.list(n, src, x, width)
	case *east.Table:
		l.table(n, src, x, width)
		l.y += paraSpace
	case *ast.ThematicBreak:
		l.ensure(paraSpace * 2)
		l.y += paraSpace
		l.rule(x, width, 0.2)
		l.y += paraSpace
	case *ast.Blockquote:
		l.blocks(n, src, x+listIndent, width-listIndent)
		if l.base.note && n.NextSibling() != nil && l.y > marginTop {
			// A commentary quotes the text of alternatives: space after
			// one, as after a paragraph, before the next.
			l.y += paraSpace / 2
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		l.literal(n, src, x, width)
	default:
		l.blocks(n, src, x, width)
	}
}

// leadIn returns the height to keep together when a paragraph introduces
// the block after it (it ends with a colon, as "… as follows:" before a
// list, or it is a short paragraph, of at most maxTableLeadIn lines, just
// before a table): the paragraph and the opening of that block (see
// opening), so that a page never ends on the introduction. It returns 0
// for any other paragraph.
func (l *layout) leadIn(n ast.Node, pieces []piece, src []byte, width float64) float64 {
	if n.NextSibling() == nil || len(pieces) == 0 {
		return 0
	}
	last := strings.TrimRight(pieces[len(pieces)-1].text, " \n")
	_, table := n.NextSibling().(*east.Table)
	if !strings.HasSuffix(last, ":") && !table {
		return 0
	}
	lines := l.breakLines(l.words(pieces), width)
	if !strings.HasSuffix(last, ":") && len(lines) > maxTableLeadIn {
		return 0
	}
	return float64(len(lines))*l.lineH + paraSpace + l.opening(n.NextSibling(), src, width)
}

// maxTableLeadIn is the most lines a paragraph before a table may have
// to be kept on the page of the table's first row.
const maxTableLeadIn = 5

// opening is the height of the beginning of block n that must stay with
// what introduces it (a heading, a paragraph ending with a colon): a
// table's header and first row, which never part; a paragraph that
// introduces the next block, with that block's opening; otherwise two
// lines.
func (l *layout) opening(n ast.Node, src []byte, width float64) float64 {
	switch n := n.(type) {
	case *east.Table:
		if t := l.layTable(n, src, width); t != nil {
			return max(2*l.lineH, t.opening())
		}
	case *ast.Paragraph:
		pieces := inlines(n, src, l.base)
		if keep := l.leadIn(n, pieces, src, width); keep > 0 {
			return keep
		}
		if t, ok := n.NextSibling().(*east.Table); ok {
			// An introduction too long to be kept by itself with its
			// table still stays whole, with the table's opening, with
			// the heading that introduces both, when together they take
			// at most half a page: a heading never ends a page whose
			// next page begins with the table it announces.
			whole := float64(len(l.breakLines(l.words(pieces), width)))*l.lineH + paraSpace + l.opening(t, src, width)
			if whole <= (pageH-marginTop-marginBottom)/2 {
				return whole
			}
		}
	}
	return 2 * l.lineH
}

// list lays out a bulleted or numbered list; each marker sits on the
// baseline of its item's first line, in the margin of the item's text.
func (l *layout) list(n *ast.List, src []byte, x, width float64) {
	num := listStart(n)
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		l.listItem(n, item, num, src, x, width)
		num++
	}
	l.listEnd(n)
}

// listStart is the number of a list's first item.
func listStart(n *ast.List) int {
	if n.Start == 0 {
		return 1
	}
	return n.Start
}

// listItem lays out the item of list n numbered num, and the space after
// it.
func (l *layout) listItem(n *ast.List, item ast.Node, num int, src []byte, x, width float64) {
	marker := "•"
	if n.IsOrdered() {
		marker = strconv.Itoa(num) + string(n.Marker)
	}
	l.marker = &op{kind: opText, x: x + 1, s: marker, st: l.base, target: -1}
	if name, ok := leadingPicto(item); ok {
		l.pictoItem(item, name, src, x, width)
	} else {
		l.blocks(item, src, x+listIndent, width-listIndent)
	}
	l.marker = nil
	if item.NextSibling() != nil && n.IsTight {
		l.y += paraSpace / 2
	}
}

// listEnd adds the space after a list. A tight list is followed by the
// space of a paragraph, not of an item, so that the text after it does
// not read as its last item. (A loose list's last paragraph has already
// added that space.)
func (l *layout) listEnd(n *ast.List) {
	if n.IsTight && n.NextSibling() != nil {
		l.y += paraSpace
	} else {
		l.y += paraSpace / 2
	}
}

// pictoItem lays out a list item that opens with a pictogram, which it
// shows as its marker. Every such item is a row at least two lines high,
// with the pictogram centred on its first two lines, so that a column of
// them is evenly spaced whatever the length of their texts; the text of
// a one-line item is centred on its pictogram.
func (l *layout) pictoItem(item ast.Node, name string, src []byte, x, width float64) {
	row := 2 * l.lineH
	indent := pictoSize + 3
	shift := 0.0
	if first := item.FirstChild(); first != nil && first.NextSibling() == nil {
		if lines := l.breakLines(l.words(inlines(first, src, l.base)), width-indent); len(lines) == 1 {
			shift = (row - l.lineH) / 2
		}
	}
	l.ensure(row)
	top, page := l.y, l.cur
	l.y += shift
	// The marker is placed with the first line, at this offset from its
	// baseline.
	offset := (row-pictoSize)/2 - shift - l.lineH*0.74
	l.marker = &op{kind: opPicto, x: x, w: pictoSize, h: offset, s: name, target: -1}
	l.blocks(item, src, x+indent, width-indent)
	if l.cur == page && l.y < top+row {
		l.y = top + row
	}
}

// literal sets code and raw HTML blocks line by line, as typed.
func (l *layout) literal(n ast.Node, src []byte, x, width float64) {
	lines := n.Lines()
	st := style{size: l.base.size - 1, mono: true, note: l.base.note}
	for i := range lines.Len() {
		seg := lines.At(i)
		text := strings.TrimRight(string(seg.Value(src)), "\n")
		l.paragraph([]piece{{text: text, st: st}}, para{x: x, width: width, lineH: l.lineH - 0.6})
	}
	l.y += paraSpace
}

// inlines flattens the inline content of n into styled pieces. Only web
// and e-mail addresses become links: anything else a Markdown link could
// point at (javascript:, file:) is printed as plain text.
//
// In a redline, a deletion (strikethrough) is struck through, and the
// text between the raw HTML <ins> and </ins> is marked inserted.
func inlines(n ast.Node, src []byte, st style) []piece {
	var out []piece
	inserted := false
	add := func(p piece) {
		p.st.inserted = p.st.inserted || inserted
		out = append(out, p)
	}
	var walk func(n ast.Node, st style, url string)
	walk = func(n ast.Node, st style, url string) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				text := raiseOrdinals(mdtext.Unescape(c.Value(src)))
				switch {
				case c.HardLineBreak():
					text += "\n"
				case c.SoftLineBreak():
					text += " "
				}
				add(piece{text: text, st: st, url: url})
			case *ast.String:
				add(piece{text: string(c.Value), st: st, url: url})
			case *ast.CodeSpan:
				var b strings.Builder
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if tt, ok := t.(*ast.Text); ok {
						b.Write(tt.Value(src))
					}
				}
				code := st
				code.mono = true
				add(piece{text: b.String(), st: code, url: url})
			case *ast.Emphasis:
				em := st
				if c.Level >= 2 {
					em.bold = true
				} else {
					em.italic = true
				}
				walk(c, em, url)
			case *ast.Link:
				walk(c, linkStyle(st, string(c.Destination)), safeURL(string(c.Destination)))
			case *ast.AutoLink:
				target := string(c.URL(src))
				dest := target
				if c.AutoLinkType == ast.AutoLinkEmail {
					dest = "mailto:" + target
				}
				add(piece{text: target, st: linkStyle(st, dest), url: safeURL(dest)})
			case *ast.Image:
				if _, ok := picto.NameOf(string(c.Destination)); ok {
					continue // drawn as the list item's marker
				}
				walk(c, st, url)
			case *east.Strikethrough:
				struck := st
				struck.struck = true
				walk(c, struck, url)
			case *ast.RawHTML:
				var raw strings.Builder
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					raw.Write(seg.Value(src))
				}
				switch raw.String() {
				case "<ins>":
					inserted = true
				case "</ins>":
					inserted = false
				default:
					add(piece{text: raw.String(), st: st, url: url})
				}
			default:
				walk(c, st, url)
			}
		}
	}
	walk(n, st, "")
	return out
}

// ordinal matches the abbreviations of the French ordinals premier and
// première, which French typography prints with raised letters.
var ordinal = regexp.MustCompile(`\b1(er|re)\b`)

// raiseOrdinals writes "1er" and "1re" as "1ᵉʳ" and "1ʳᵉ", with the
// modifier letters that DejaVu Serif draws raised and smaller. The
// Markdown keeps "1er", which every font can show.
func raiseOrdinals(s string) string {
	if !strings.Contains(s, "1") {
		return s
	}
	return ordinal.ReplaceAllStringFunc(s, func(m string) string {
		if m == "1er" {
			return "1\u1d49\u02b3"
		}
		return "1\u02b3\u1d49"
	})
}

func safeURL(u string) string {
	lower := strings.ToLower(u)
	if strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "mailto:") {
		return u
	}
	return ""
}

func linkStyle(st style, dest string) style {
	if safeURL(dest) != "" {
		st.link = true
	}
	return st
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
