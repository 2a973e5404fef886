package templates

import (
	"bytes"
	"fmt"
	"sync"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"

	"go.yaml.in/yaml/v3"
)

// Heading is what a list of kinds shows of each: its ID, title and
// summary.
type Heading struct {
	ID             string
	Title, Summary questionnaire.Text
}

// Headings returns the heading of every kind, in display order. It reads
// only the top of each questionnaire, the keys before its groups of
// questions: listing the kinds (apitos kinds) then takes a fraction of a
// millisecond, where loading every questionnaire and template takes
// about 25.
var Headings = sync.OnceValue(func() []Heading {
	var out []Heading
	for _, e := range entries() {
		data, err := files.ReadFile(e.id + "/questionnaire.yaml")
		if err != nil {
			panic(err) // entries lists the kinds whose questionnaire is embedded
		}
		if i := bytes.Index(data, []byte("\ngroups:")); i >= 0 {
			data = data[:i]
		}
		var head struct {
			Title, Summary questionnaire.Text
		}
		if err := yaml.Unmarshal(data, &head); err != nil {
			panic(fmt.Sprintf("templates: %s/questionnaire.yaml: %v", e.id, err))
		}
		h := Heading{ID: e.id, Title: head.Title, Summary: head.Summary}
		for _, t := range []questionnaire.Text{h.Title, h.Summary} {
			for l, s := range t {
				t[l] = textfmt.Typeset(l, s)
			}
		}
		out = append(out, h)
	}
	return out
})
