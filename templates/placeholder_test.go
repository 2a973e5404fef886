package templates

import (
	"regexp"
	"testing"

	"apitos/internal/textfmt"
)

// An optional answer that a document replaces when empty is replaced with
// what the wizard shows in the empty field, in each language.
func TestPlaceholdersAreWhatTheDocumentsPrint(t *testing.T) {
	checked := 0
	for _, k := range All() {
		for _, qq := range k.Questionnaire.Questions() {
			if len(qq.Placeholder) == 0 {
				continue
			}
			for _, l := range textfmt.All {
				src, err := files.ReadFile(k.ID + "/" + string(l) + ".md")
				if err != nil {
					t.Fatal(err)
				}
				fallback := regexp.MustCompile(`\{\{with \.` + regexp.QuoteMeta(qq.Key) + `\}\}\{\{\.\}\}\{\{else\}\}(.*?)\{\{end\}\}`)
				uses := fallback.FindAllSubmatch(src, -1)
				if len(uses) == 0 {
					t.Errorf("%s %s: the template never replaces an empty %s", k.ID, l, qq.Key)
				}
				for _, m := range uses {
					if got := textfmt.Typeset(l, string(m[1])); got != qq.Placeholder.In(l) {
						t.Errorf("%s %s: an empty %s prints %q, the wizard shows %q", k.ID, l, qq.Key, got, qq.Placeholder.In(l))
					}
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no placeholder checked")
	}
}
