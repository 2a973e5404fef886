package pdf_test

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// Review L-27: a heading too long for one line of the table of contents
// wraps onto the next line, whole, instead of being cut with an ellipsis;
// its page number stays at the end of its last line, and the entries that
// follow are set below it, not over it.
func TestFxpol2LongContentsEntryWraps(t *testing.T) {
	readertest.Require(t, "pdftotext")
	long := textfmt.Typeset(textfmt.FR, "Règlement sur la cyberrésilience : la Structure porteuse en qualité de fabricant des produits qu'elle met sur le marché")
	doc := &document.Document{Lang: textfmt.FR, Title: "T", Meta: document.Meta{Title: "T"},
		Clauses: []document.Clause{
			{ID: "a", Depth: 1, Number: "9", Title: "Sécurité", Body: "Texte."},
			{ID: "b", Depth: 2, Number: "9.4", Title: long, Body: "Texte."},
			{ID: "c", Depth: 2, Number: "9.5", Title: "Suite", Body: "Texte."},
			{ID: "d", Depth: 1, Number: "10", Title: "Reconnaissance", Body: "Texte."},
		}}
	data, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	text := extract(t, data, 0, 0)
	if strings.Contains(text, "…") {
		t.Errorf("an entry of the contents is cut:\n%s", text)
	}
	// The heading appears whole twice: in the contents and in the body.
	if n := strings.Count(normalize(text), normalize(long)); n < 2 {
		t.Errorf("the long heading appears whole %d times:\n%s", n, text)
	}
	// In the contents, its second line is followed by the entry of 9.5,
	// on a line of its own.
	layout := extract(t, data, 0, 0, "-layout")
	lines := strings.Split(layout, "\n")
	for i, line := range lines {
		if strings.Contains(line, "9.4") && strings.Contains(line, "Règlement") {
			if i+2 >= len(lines) || !strings.Contains(lines[i+1], "marché") || !strings.Contains(lines[i+2], "9.5") {
				t.Errorf("the entry does not continue on its own second line:\n%s", strings.Join(lines[i:min(i+3, len(lines))], "\n"))
			}
			break
		}
	}
}
