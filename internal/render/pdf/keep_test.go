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

// headerLine is the first line of text of page n (from 1) of a PDF: its
// running header.
func headerLine(t *testing.T, data []byte, n int) string {
	t.Helper()
	for _, line := range strings.Split(extract(t, data, n, n, "-layout"), "\n") {
		if strings.TrimSpace(line) != "" {
			return strings.Join(strings.Fields(line), " ")
		}
	}
	return ""
}

// A running header prints the whole title when it fits, in a smaller size
// if need be; else the document's own name, after the title's dash; else
// the title cut between two words, never within one.
func TestRunningTitleIsShortenedBetweenWords(t *testing.T) {
	readertest.Require(t, "pdftotext")
	const kind = "Conditions générales d’utilisation et conditions tarifaires de l’API"
	long := strings.Repeat("Agenda des lieux et des événements touristiques ", 3)
	for _, c := range []struct{ title, want string }{
		{kind + " — API Agenda et lieux touristiques", kind + " — API Agenda et lieux touristiques Version 2.1"},
		{kind + " — API Agenda, lieux et hébergements touristiques de la métropole et de ses communes", "API Agenda, lieux et hébergements touristiques de la métropole et de ses communes Version 2.1"},
		{strings.TrimSpace(long + long), ""},
	} {
		doc := &document.Document{Lang: textfmt.FR, Title: c.title, Meta: document.Meta{Title: c.title, Version: "2.1"},
			Clauses: []document.Clause{{ID: "a", Depth: 1, Number: "1", Title: "Objet", Body: "Texte."}}}
		data, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		got := headerLine(t, data, 2)
		if c.want != "" && got != c.want {
			t.Errorf("header %q, want %q", got, c.want)
		}
		if c.want == "" {
			head := strings.TrimSuffix(got, " Version 2.1")
			if !strings.HasSuffix(head, "…") {
				t.Errorf("header %q: the title is not shortened", got)
			}
			cut := strings.TrimSuffix(head, "…")
			if !strings.HasPrefix(c.title, cut) || c.title[len(cut)] != ' ' {
				t.Errorf("header %q: the title is cut within a word", got)
			}
		}
	}
}

// A heading, or a short paragraph, followed by a table never ends a page
// whose next page begins with the table: whatever the text before it, the
// heading is on the page of the table's header and first row, and so is
// an introduction between them longer than a short paragraph.
func TestHeadingStaysWithItsTable(t *testing.T) {
	readertest.Require(t, "pdftotext")
	table := "| Licence | Adresse | Objet |\n|---|---|---|\n| Licence Ouverte 2.0 | <https://www.etalab.gouv.fr/licence-ouverte-open-licence/> | Premièreligne " +
		strings.Repeat("de l’objet de la licence ", 12) + "|\n"
	long := "La licence suivante régit la réutilisation des Données. " + strings.Repeat("Elle s’applique à quiconque réutilise les Données, qu’il les obtienne au moyen de l’API ou en téléchargement. ", 6) + "\n\n"
	for _, intro := range []string{"", "La licence suivante régit la réutilisation des Données.\n\n", long} {
		for n := 20; n < 48; n++ {
			var filler []string
			for i := 0; i < n; i++ {
				filler = append(filler, fmt.Sprintf("Ligne de remplissage numéro %d.", i))
			}
			doc := &document.Document{Lang: textfmt.FR, Title: "T", Meta: document.Meta{Title: "T"}, Clauses: []document.Clause{
				{ID: "a", Depth: 1, Number: "1", Title: "Remplissage", Body: strings.Join(filler, "\n\n")},
				{ID: "b", Depth: 2, Number: "A.2", Title: "Licence des Données", Body: intro + table},
			}}
			data, err := pdf.Render(doc)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, page := range strings.Split(extract(t, data, 0, 0), "\f") {
				if !strings.Contains(page, "Licence des Données") || strings.Contains(page, "Sommaire") {
					continue
				}
				found = true
				if !strings.Contains(page, "Premièreligne") || intro != "" && !strings.Contains(page, "La licence suivante") {
					t.Errorf("intro %q, %d lines before: the heading ends a page without its table:\n%s", intro, n, page)
				}
			}
			if !found {
				t.Fatalf("%d lines before: no heading in the text", n)
			}
		}
	}
}
