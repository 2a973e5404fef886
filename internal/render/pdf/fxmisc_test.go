package pdf_test

import (
	"regexp"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
)

// Review RP-15: the PDF contents list the subsections (1.1.1, A.1.1) with
// their number and page, indented further than their section, in one
// language and side by side.
func TestFxmiscContentsListSubsections(t *testing.T) {
	readertest.Require(t, "pdftotext")
	src := "# T\n\n## Contributors {#c}\n\n### Employees {#ce}\n\n#### Authorisation {#cea}\n\nText.\n\n" +
		"### Public servants {#cp}\n\nText.\n\n## Register {#r .annex}\n\n### Entries {#re}\n\n#### Format {#ref}\n\nText.\n"
	// An entry, its leader dots and its page number, with its indent.
	entry := func(heading string) *regexp.Regexp {
		return regexp.MustCompile(`(?m)^( *)` + regexp.QuoteMeta(heading) + ` [ .]*\d+$`)
	}
	indent := func(t *testing.T, text, heading string) int {
		m := entry(heading).FindStringSubmatch(text)
		if m == nil {
			t.Errorf("the contents do not list %q with its page:\n%s", heading, text)
			return -1
		}
		return len(m[1])
	}
	var docs [2]*document.Document
	for i, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		d, err := document.Build(src, l)
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = d
		data, err := pdf.Render(d)
		if err != nil {
			t.Fatal(err)
		}
		text := extract(t, data, 2, 2, "-layout")
		for _, pair := range [][2]string{{"1.1 Employees", "1.1.1 Authorisation"}, {"A.1 Entries", "A.1.1 Format"}} {
			section, sub := indent(t, text, pair[0]), indent(t, text, pair[1])
			if section >= 0 && sub >= 0 && sub <= section {
				t.Errorf("%s: %q is not indented under %q:\n%s", l, pair[1], pair[0], text)
			}
		}
	}
	data, err := pdf.RenderSideBySide(document.Pair(docs[0], docs[1]))
	if err != nil {
		t.Fatal(err)
	}
	text := extract(t, data, 2, 2, "-layout")
	for _, h := range []string{"1.1.1 Authorisation", "A.1.1 Format"} {
		if strings.Count(text, h) != 2 {
			t.Errorf("side by side: the contents do not list %q in both columns:\n%s", h, text)
		}
	}
}
