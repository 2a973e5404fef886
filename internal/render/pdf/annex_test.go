package pdf_test

import (
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// An annex begins a page, whatever room the page before it has left: a
// withdrawal form or a register of documents is printed and sent on its
// own, and an annex's heading never ends a page whose next page begins
// with its first table. An article still follows the text before it.
func TestAnnexBeginsAPage(t *testing.T) {
	readertest.Require(t, "pdftotext")
	doc := &document.Document{Lang: textfmt.FR, Title: "T", Meta: document.Meta{Title: "T"}, Clauses: []document.Clause{
		{ID: "a", Depth: 1, Number: "1", Title: "Objet", Body: "Une ligne de texte."},
		{ID: "b", Depth: 1, Number: "2", Title: "Durée", Body: "Une autre ligne de texte."},
		{ID: "c", Depth: 1, Number: "A", Type: document.Annex, Title: "Formulaire type de rétractation", Body: "À l’attention de : le Fournisseur."},
	}}
	data, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	var annexPage, articlePage = -1, -1
	for i, page := range strings.Split(extract(t, data, 0, 0), "\f") {
		if strings.Contains(page, "Sommaire") {
			continue
		}
		if strings.Contains(page, "Formulaire type de rétractation") {
			annexPage = i
			if strings.Contains(page, "Une autre ligne") {
				t.Errorf("the annex shares its page with the articles:\n%s", page)
			}
		}
		if strings.Contains(page, "Une autre ligne") {
			articlePage = i
			if !strings.Contains(page, "Une ligne de texte.") {
				t.Errorf("article 2 began a page of its own:\n%s", page)
			}
		}
	}
	if annexPage < 0 || articlePage < 0 || annexPage != articlePage+1 {
		t.Errorf("annex on page %d, articles on page %d: want the annex on the next page", annexPage+1, articlePage+1)
	}
}
