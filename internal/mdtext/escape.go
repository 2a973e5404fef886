// Package mdtext turns user text into Markdown that reads as exactly that
// text, and Markdown back into plain text.
//
// User answers are data, never markup: a provider called "*Acme* [x](y)"
// must appear with its asterisks and brackets, not as emphasis and a link.
package mdtext

import (
	"regexp"
	"strings"
	"unicode"
)

// Sentinels delimit placeholders that templates emit for the numbering pass
// (cross-references). Escape strips them from user text so that an answer
// can never forge a placeholder.
const (
	SentinelOpen  = '\ue000'
	SentinelClose = '\ue001'
)

// alwaysEscaped are the characters that can start or end inline markup
// anywhere in a line: emphasis, code spans, links, images, autolinks, raw
// HTML, table cells, strikethrough, backslash escapes, and the attribute
// blocks the numbering pass reads on headings.
const alwaysEscaped = "\\`*_[]<>|~{}"

var entity = regexp.MustCompile(`&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`)

// Escape returns s as inline Markdown that a CommonMark parser reads back
// as s itself. Line breaks and other control characters become spaces (an
// answer is one paragraph); characters that could start a block (heading,
// list, quote, setext underline) are escaped at the start, where they
// would take effect if a template places the text at the start of a line.
func Escape(s string) string {
	s = clean(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	escapeLeading(&b, &s)
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune(alwaysEscaped, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return entity.ReplaceAllString(b.String(), `\&$1;`)
}

// clean replaces control characters and line breaks with spaces, drops the
// placeholder sentinels and invalid UTF-8, and trims surrounding space so
// that a leading space cannot turn the text into an indented code block.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == SentinelOpen || r == SentinelClose:
			return -1
		case r == '\u2028' || r == '\u2029' || unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// escapeLeading writes a backslash before the start of s when s, placed at
// the start of a line, would open a block: an ATX heading ("# "), a list
// item ("- ", "+ ", "1. ", "1) "), or a thematic break or setext underline
// ("---", "==="). Ordinary text such as "1.0", "-5 %" or "#hashtag" is left
// as typed, so that it stays readable in the Markdown file.
func escapeLeading(b *strings.Builder, s *string) {
	t := *s
	if t == "" {
		return
	}
	if isBreakLine(t) {
		b.WriteByte('\\')
		return
	}
	spaceAfter := func(i int) bool { return i >= len(t) || t[i] == ' ' || t[i] == '\t' }
	switch t[0] {
	case '-', '+':
		if spaceAfter(1) {
			b.WriteByte('\\')
		}
		return
	case '#':
		n := 0
		for n < len(t) && t[n] == '#' {
			n++
		}
		if n <= 6 && spaceAfter(n) {
			b.WriteByte('\\')
		}
		return
	}
	digits := 0
	for digits < len(t) && t[digits] >= '0' && t[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits <= 9 && digits < len(t) && (t[digits] == '.' || t[digits] == ')') && spaceAfter(digits+1) {
		b.WriteString(t[:digits])
		b.WriteByte('\\')
		*s = t[digits:]
	}
}

// isBreakLine reports a line that CommonMark reads as a thematic break or a
// setext heading underline: only "-" or "=" and spaces. ("*" and "_" are
// escaped everywhere already.)
func isBreakLine(t string) bool {
	return strings.Trim(t, " -") == "" || strings.Trim(t, " =") == ""
}

// Autolink returns a CommonMark autolink for an absolute http(s) URL or an
// e-mail address, or the escaped text when the value cannot be an autolink
// (autolinks admit no backslash escapes, so anything doubtful is text).
func Autolink(target string) string {
	if safeURL.MatchString(target) || IsEmail(target) {
		return "<" + target + ">"
	}
	return Escape(target)
}

var (
	safeURL   = regexp.MustCompile(`^https?://[^\s<>\x00-\x1f\x7f\\` + "`" + `]+$`)
	safeEmail = regexp.MustCompile(`^[a-zA-Z0-9.!#$%&'*+/=?^_{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`)
)

// IsEmail reports whether s is an e-mail address that CommonMark can write
// as an autolink (the HTML form of address syntax, with a dotted domain).
func IsEmail(s string) bool {
	return safeEmail.MatchString(s) && strings.Contains(s[strings.IndexByte(s, '@'):], ".")
}
