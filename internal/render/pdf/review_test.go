package pdf_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/review"
	"apitos/internal/textfmt"
	"apitos/templates"
)

var numbered = regexp.MustCompile(`^\s*(\d+)\s{2,}\S`)

// A document for review says DRAFT on every page, numbers the lines of
// its text from 1 on each page, and sets each clause's commentary under
// it without numbers.
func TestReviewNumbersLinesAndShowsCommentary(t *testing.T) {
	readertest.Require(t, "pdftotext")
	k, _ := templates.Lookup("contribution")
	for _, l := range textfmt.All {
		doc, err := review.Document(k, k.Examples(), l, templates.Final)
		if err != nil {
			t.Fatal(err)
		}
		data, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		mark := map[textfmt.Lang]string{textfmt.EN: "DRAFT", textfmt.FR: "PROJET"}[l]
		answers := map[textfmt.Lang]string{textfmt.EN: "Answers it depends on", textfmt.FR: "Réponses dont elle dépend"}[l]
		pages := strings.Split(extract(t, data, 0, 0, "-layout"), "\f")
		pages = pages[:len(pages)-1]
		bodyPages := 0
		for i, p := range pages {
			if !strings.Contains(p, mark) {
				t.Errorf("%s: page %d does not say %s", l, i+1, mark)
			}
			var numbers []int
			for _, line := range strings.Split(p, "\n") {
				if m := numbered.FindStringSubmatch(line); m != nil {
					n, _ := strconv.Atoi(m[1])
					numbers = append(numbers, n)
				}
				if strings.Contains(line, answers+":") || strings.Contains(line, answers+"\u00a0:") {
					if numbered.MatchString(line) {
						t.Errorf("%s: page %d numbers a line of commentary: %q", l, i+1, line)
					}
				}
			}
			if len(numbers) < 10 {
				continue // the cover and the contents
			}
			bodyPages++
			for j, n := range numbers {
				if n != j+1 {
					t.Errorf("%s: page %d numbers its lines %v, not from 1 up", l, i+1, numbers)
					break
				}
			}
		}
		if bodyPages < 5 {
			t.Errorf("%s: only %d pages have numbered lines", l, bodyPages)
		}
		text := extract(t, data, 0, 0)
		for _, want := range []string{answers, doc.Clauses[len(doc.Clauses)-1].Title} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the review PDF lacks %q", l, want)
			}
		}
	}
}
