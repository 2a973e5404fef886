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

// Words splits a line of inline Markdown, as APIToS writes it, into the
// words a comparison of two versions weighs one against the other. Words
// are separated by ASCII spaces; the no-break spaces of typography (in
// "3 mois", "article 5", before a French colon, inside « ») are part of
// a word, so that a comparison never separates what typography keeps
// together, and never puts a mark between a word and its punctuation.
// A piece of markup that holds spaces — emphasis, a code span, a link,
// an image, an autolink — is one word with what touches it, so that
// marking a word as deleted or inserted never breaks the markup around
// it. Backslash escapes are kept with the character they escape.
func Words(line string) []string {
	var out []string
	start := -1
	for i := 0; i < len(line); {
		c := line[i]
		if c == ' ' || c == '\t' {
			if start >= 0 {
				out = append(out, line[start:i])
				start = -1
			}
			i++
			continue
		}
		if start < 0 {
			start = i
		}
		i = skipSpan(line, i)
	}
	if start >= 0 {
		out = append(out, line[start:])
	}
	return out
}

// skipSpan returns the index after the markup span that starts at i, or
// after the character at i when none does.
func skipSpan(s string, i int) int {
	switch s[i] {
	case '\\':
		return min(i+2, len(s))
	case '`':
		n := run(s, i, '`')
		if end := strings.Index(s[i+n:], s[i:i+n]); end >= 0 {
			return i + n + end + n
		}
		return i + n
	case '<':
		if end := strings.IndexByte(s[i:], '>'); end > 0 && !strings.ContainsAny(s[i:i+end], " \t") {
			return i + end + 1
		}
	case '*':
		n := run(s, i, '*')
		if end := closing(s, i+n, s[i:i+n]); end >= 0 {
			return end + n
		}
		return i + n
	case '!':
		if i+1 < len(s) && s[i+1] == '[' {
			if end := linkEnd(s, i+1); end > 0 {
				return end
			}
		}
	case '[':
		if end := linkEnd(s, i); end > 0 {
			return end
		}
	}
	return i + 1
}

// run counts the characters c from i on.
func run(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// closing finds the delimiter run delim that closes an emphasis opened
// before from: an unescaped run of exactly that length.
func closing(s string, from int, delim string) int {
	for i := from; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			i++
		case s[i] == '`':
			i = skipSpan(s, i) - 1
		case strings.HasPrefix(s[i:], delim) && run(s, i, delim[0]) == len(delim):
			return i
		case s[i] == delim[0]:
			i += run(s, i, delim[0]) - 1
		}
	}
	return -1
}

// linkEnd returns the index after "[text](destination)" starting at i, or
// -1.
func linkEnd(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if j+1 < len(s) && s[j+1] == '(' {
					if end := strings.IndexByte(s[j+1:], ')'); end > 0 {
						return j + 1 + end + 1
					}
				}
				return -1
			}
		}
	}
	return -1
}

// redlineParser reads redlines: the Markdown dialect of documents, with
// GFM strikethrough, which marks deletions.
var redlineParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()
})

// ParseRedline parses a redline into its syntax tree: deletions are
// Strikethrough nodes, insertions the text between the raw HTML <ins>
// and </ins>.
func ParseRedline(src []byte) ast.Node {
	return redlineParser().Parse(text.NewReader(src), parser.WithContext(parser.NewContext()))
}
