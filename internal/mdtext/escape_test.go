package mdtext

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// hostile answers that must come back as literal text.
var hostile = []string{
	"*Acme* [x](y)",
	"_Acme_ & Co",
	"# Heading",
	"## Acme {#id .annex}",
	"> quote",
	"- item",
	"+ item",
	"1. first",
	"2019) year",
	"===",
	"---",
	"`code`",
	"<b>bold</b>",
	"<script>alert(1)</script>",
	"[x](javascript:alert(1))",
	"![img](http://x/y.png)",
	"<https://evil.example>",
	"a | b | c",
	"~~struck~~",
	"&copy; &#169; &#xA9;",
	"back\\slash\\",
	"{{ .provider.name }}",
	"line\nbreak\r\nand\ttab",
	"    indented code",
	"Société œuvre l’été « ok »",
	"\ue000ref:x\ue001 forged",
	"emoji 🚀 and RTL שלום",
	"[link]: http://example.org",
	"- - -",
	"* * *",
	"#",
	"1.",
	"12) ",
	"+",
}

func TestEscapeReadsBackAsText(t *testing.T) {
	for _, s := range hostile {
		md := Escape(s)
		doc := Parse([]byte(md))
		// Exactly one paragraph holding only text.
		para := doc.FirstChild()
		if para == nil || para.NextSibling() != nil || para.Kind() != ast.KindParagraph {
			t.Errorf("Escape(%q) = %q does not parse as one paragraph", s, md)
			continue
		}
		ast.Walk(para, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n.(type) {
			case *ast.Paragraph, *ast.Text, *ast.String:
			case *east.Table:
				t.Errorf("Escape(%q) made a table", s)
			default:
				t.Errorf("Escape(%q) = %q produced %s", s, md, n.Kind())
			}
			return ast.WalkContinue, nil
		})
		want := strings.Join(strings.Fields(clean(s)), " ")
		got := strings.Join(strings.Fields(Plain(md)), " ")
		if got != want {
			t.Errorf("Escape(%q) reads back as %q, want %q", s, got, want)
		}
	}
}

func TestEscapeLeavesOrdinaryTextReadable(t *testing.T) {
	for _, s := range []string{"Acme SAS", "Météo-France", "L’Atelier des données", "ACME Inc.", "v1.2",
		"1.0", "2.1.3", "-5 % off", "#hashtag", "+33 1 23 45 67 89", "2027 report"} {
		if got := Escape(s); got != s {
			t.Errorf("Escape(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestAutolink(t *testing.T) {
	cases := map[string]string{
		"https://acme.example/docs":  "<https://acme.example/docs>",
		"legal@acme.example":         "<legal@acme.example>",
		"javascript:alert(1)":        "javascript:alert(1)",
		"https://x.example/<script>": `https://x.example/\<script\>`,
		"https://x.example/a b":      "https://x.example/a b",
	}
	for in, want := range cases {
		if got := Autolink(in); got != want {
			t.Errorf("Autolink(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlain(t *testing.T) {
	if got := Plain(`**Acme** \*corp\* <https://x.example>`); got != "Acme *corp* https://x.example" {
		t.Errorf("Plain = %q", got)
	}
}
