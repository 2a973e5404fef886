package mdtext

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// FuzzEscape checks, for any string, that its escaped form parses as one
// paragraph of plain text reading back as the string (control characters
// and line breaks folded into spaces).
func FuzzEscape(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		md := Escape(s)
		want := strings.Join(strings.Fields(clean(s)), " ")
		if want == "" {
			return
		}
		doc := Parse([]byte(md))
		para := doc.FirstChild()
		if para == nil || para.NextSibling() != nil || para.Kind() != ast.KindParagraph {
			t.Fatalf("Escape(%q) = %q is not one paragraph", s, md)
		}
		for n := para.FirstChild(); n != nil; n = n.NextSibling() {
			if n.Kind() != ast.KindText && n.Kind() != ast.KindString {
				t.Fatalf("Escape(%q) = %q makes a %s", s, md, n.Kind())
			}
		}
		if got := strings.Join(strings.Fields(Plain(md)), " "); got != want {
			t.Fatalf("Escape(%q) = %q reads back as %q", s, md, got)
		}
	})
}
