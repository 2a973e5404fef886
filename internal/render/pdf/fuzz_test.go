package pdf_test

import (
	"bytes"
	"testing"

	"apitos/internal/document"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// FuzzRender feeds arbitrary Markdown to the PDF writer as a clause body.
// It must never panic and must always produce a PDF.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"Plain text.",
		"- a\n- b\n  1. c\n",
		"| a | b |\n|---|---|\n| 1 | 2 |\n",
		"**bold** _it_ `code` <https://x.example> [l](javascript:x) ![p](pictograms/fair-use.svg)",
		"```\ncode\n```\n\n> quote\n\n---\n",
		"<div>html</div>\n\n&copy; &#0; \\",
		"averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutanyspace",
		"é œ ’ « » \u202f 🚀 שלום",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc := &document.Document{Lang: textfmt.FR, Title: "T", Front: body,
			Clauses: []document.Clause{{ID: "a", Depth: 1, Number: "1", Title: body, Body: body}}}
		data, err := pdf.Render(doc)
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}
