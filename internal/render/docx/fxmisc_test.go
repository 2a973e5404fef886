package docx_test

import (
	"regexp"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/render/office/officetest"
	"apitos/internal/textfmt"
)

// Review RP-15: the contents of a word-processor file list the
// subsections (1.1.1) with their number, in a contents style of their
// own, defined, indented further than their section's.
func TestFxmiscContentsListSubsections(t *testing.T) {
	d, err := document.Build("# T\n\n## Contributors {#c}\n\n### Employees {#ce}\n\n#### Authorisation {#cea}\n\nText.\n", textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := officetest.Parts(t, render(t, d))
	body, styles := p["word/document.xml"], p["word/styles.xml"]
	for heading, style := range map[string]string{"1.1 Employees": "TOC2", "1.1.1 Authorisation": "TOC3"} {
		entry := regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>(?:<w:r>.*?</w:r>)*<w:hyperlink [^>]*><w:r><w:t xml:space="preserve">` + regexp.QuoteMeta(heading) + `</w:t>`)
		if !entry.MatchString(body) {
			t.Errorf("the contents do not list %q in style %s", heading, style)
		}
	}
	if !strings.Contains(styles, `<w:name w:val="toc 3"/>`) || !strings.Contains(styles, `<w:ind w:left="908"/>`) {
		t.Error("styles.xml does not define toc 3, indented")
	}
	if !strings.Contains(body, ` TOC \o "1-3" `) {
		t.Error("the contents field leaves subsections out when Word updates it")
	}
}
