package odt_test

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
	content, styles := p["content.xml"], p["styles.xml"]
	for heading, style := range map[string]string{"1.1 Employees": "Contents_20_2", "1.1.1 Authorisation": "Contents_20_3"} {
		entry := regexp.MustCompile(`<text:p text:style-name="` + style + `"><text:a [^>]*>` + regexp.QuoteMeta(heading) + `<text:tab/>`)
		if !entry.MatchString(content) {
			t.Errorf("the contents do not list %q in style %s", heading, style)
		}
	}
	if !strings.Contains(styles+content, `style:name="Contents_20_3"`) {
		t.Error("the style Contents 3 is not defined")
	}
	if !strings.Contains(content, `<text:table-of-content-source text:outline-level="3"`) {
		t.Error("the contents index leaves subsections out when it is updated")
	}
}
