package pdf_test

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/readertest"
	"apitos/internal/render/markdown"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// frenchReferences are the references of a French document whose word
// and number must stay on one line.
const frenchReferences = "Les litiges sont portés devant la juridiction que désigne l'article 12.3 de la Charte, dans les conditions de l'alinéa 2 du paragraphe 3 de l'annexe A, de l'article 7 et du règlement (UE) n° 1215/2012, que rappellent les articles 1152 et 2224."

// In the PDF as in the Markdown of a French document, the typography of
// the template text ties each reference to its number: wherever the line
// breaks, « article 12.3 », « alinéa 2 », « paragraphe 3 », « annexe A »,
// « n° 1215/2012 » stay together, as pdftotext reads them.
func TestFrenchReferencesKeepTheirNumber(t *testing.T) {
	readertest.Require(t, "pdftotext")
	var paras []string
	for i := range 48 {
		paras = append(paras, strings.Repeat("m", i+1)+" "+frenchReferences)
	}
	body := textfmt.Typeset(textfmt.FR, strings.Join(paras, "\n\n"))
	doc := &document.Document{Lang: textfmt.FR, Title: "T", Meta: document.Meta{Title: "T"},
		Clauses: []document.Clause{{ID: "a", Depth: 1, Number: "1", Title: "Litiges", Body: body}}}
	data, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	text := extract(t, data, 0, 0)
	if !strings.Contains(normalize(text), "que désigne l’article 12.3 de la Charte") {
		t.Fatalf("the PDF lost the reference:\n%s", text)
	}
	for _, line := range strings.Split(text, "\n") {
		fields := strings.Fields(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(line))
		if len(fields) == 0 {
			continue
		}
		last := fields[len(fields)-1]
		for _, word := range []string{"article", "l’article", "alinéa", "l’alinéa", "paragraphe", "l’annexe", "n°", "articles"} {
			if last == word {
				t.Errorf("a line of the PDF ends with %q, away from its number: %q", word, line)
			}
		}
	}
	md := string(markdown.Render(doc))
	for _, ref := range []string{"l’article\u00a012.3", "l’alinéa\u00a02", "paragraphe\u00a03", "l’annexe\u00a0A", "n°\u00a01215/2012", "articles\u00a01152"} {
		if !strings.Contains(md, ref) {
			t.Errorf("the Markdown does not tie %q", ref)
		}
	}
}
