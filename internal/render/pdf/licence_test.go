package pdf_test

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// An article whose text begins with its first sub-clause never ends a
// page with its heading alone: whatever the text before it, the article's
// heading is on the page of the sub-clause's heading and first lines.
func TestArticleHeadingStaysWithItsFirstSubClause(t *testing.T) {
	readertest.Require(t, "pdftotext")
	body := strings.Repeat("Le Fournisseur met l’API à la disposition de l’Utilisateur dans les conditions du Contrat. ", 4)
	for n := 20; n < 60; n++ {
		var filler []string
		for i := 0; i < n; i++ {
			filler = append(filler, fmt.Sprintf("Ligne de remplissage numéro %d.", i))
		}
		doc := &document.Document{Lang: textfmt.FR, Title: "T", Meta: document.Meta{Title: "T"}, Clauses: []document.Clause{
			{ID: "a", Depth: 1, Number: "2", Title: "Remplissage", Body: strings.Join(filler, "\n\n")},
			{ID: "b", Depth: 1, Number: "3", Title: "Accès à l’API"},
			{ID: "c", Depth: 2, Number: "3.1", Title: "Octroi de droits", Body: "Premièreligne : le Fournisseur concède à l’Utilisateur les droits suivants, pour la durée du Contrat et dans le monde entier, à titre gratuit et non exclusif :\n\n- " + body + "\n- " + body + "\n"},
		}}
		data, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, page := range strings.Split(extract(t, data, 0, 0), "\f") {
			if !strings.Contains(page, "Accès à l’API") || strings.Contains(page, "Sommaire") {
				continue
			}
			found = true
			if !strings.Contains(page, "Octroi de droits") || !strings.Contains(page, "Premièreligne") {
				t.Errorf("%d lines before: the article's heading ends a page without its first sub-clause:\n%s", n, page)
			}
		}
		if !found {
			t.Fatalf("%d lines before: no article heading in the text", n)
		}
	}
}
