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

// SJ-18: the last row of a table never stands alone at the top of a page
// under the repeated header: whatever the text before the table, the page
// that holds the last row holds the row before it too; and a table of two
// rows is never split.
func TestTableLastRowNeverStandsAlone(t *testing.T) {
	readertest.Require(t, "pdftotext")
	for _, rows := range []int{2, 5} {
		var table strings.Builder
		table.WriteString("| Décision | Instance | Règle |\n|---|---|---|\n")
		for r := 1; r <= rows; r++ {
			fmt.Fprintf(&table, "| Rang%d %s| Assemblée | Majorité simple |\n", r, strings.Repeat("objet de la décision ", 8))
		}
		last, before := fmt.Sprintf("Rang%d", rows), fmt.Sprintf("Rang%d", rows-1)
		split := false
		for n := 20; n < 60; n++ {
			var filler []string
			for i := 0; i < n; i++ {
				filler = append(filler, fmt.Sprintf("Ligne de remplissage numéro %d.", i))
			}
			doc := &document.Document{Lang: textfmt.FR, Title: "T", Meta: document.Meta{Title: "T"}, Clauses: []document.Clause{
				{ID: "a", Depth: 1, Number: "1", Title: "Remplissage", Body: strings.Join(filler, "\n\n")},
				{ID: "b", Depth: 2, Number: "7.2", Title: "Tableau des décisions", Body: table.String()},
			}}
			data, err := pdf.Render(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, page := range strings.Split(extract(t, data, 0, 0), "\f") {
				if strings.Contains(page, "Sommaire") {
					continue
				}
				if strings.Contains(page, "Rang1") != strings.Contains(page, last) {
					split = true
				}
				if strings.Contains(page, last) && !strings.Contains(page, before) {
					t.Errorf("%d rows, %d lines before: the last row stands alone on its page:\n%s", rows, n, page)
				}
			}
		}
		if rows > 2 && !split {
			t.Errorf("%d rows: no filler splits the table; the test proves nothing", rows)
		}
	}
}
