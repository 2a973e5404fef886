package mdtext

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// Unescape returns what a reader sees of a raw text segment of the syntax
// tree: backslash escapes resolved and character references (&amp;,
// &#169;, &#xA9;) replaced by their characters, as CommonMark specifies.
// Writers that render the tree (the PDF writer) read text through it.
func Unescape(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '\\' && i+1 < len(raw) && util.IsPunct(raw[i+1]):
			b.WriteByte(raw[i+1])
			i++
		case c == '&':
			if s, n := reference(raw[i:]); n > 0 {
				b.WriteString(s)
				i += n - 1
				continue
			}
			b.WriteByte(c)
		case c == 0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// reference decodes a character reference at the start of s and returns
// the characters and the number of bytes it spans, or 0 if there is none.
func reference(s []byte) (string, int) {
	end := 1
	for end < len(s) && end < 40 && s[end] != ';' {
		end++
	}
	if end >= len(s) || s[end] != ';' || end == 1 {
		return "", 0
	}
	body := string(s[1:end])
	if strings.HasPrefix(body, "#") {
		num, base := body[1:], 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		if num == "" || len(num) > 7 {
			return "", 0
		}
		v, err := strconv.ParseUint(num, base, 32)
		if err != nil {
			return "", 0
		}
		r := rune(v)
		if r == 0 || !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return string(r), end + 1
	}
	for _, c := range []byte(body) {
		if !util.IsAlphaNumeric(c) {
			return "", 0
		}
	}
	if e, ok := util.LookUpHTML5EntityByName(body); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}
