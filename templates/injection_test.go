package templates

import (
	"maps"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Every free-text answer of every kind, set to hostile text, leaves the
// Markdown syntax tree with exactly the markup it has with plain text:
// no emphasis, link, heading, HTML, code or table can be injected, and no
// template action runs.
func TestNoFreeTextAnswerCanInjectMarkup(t *testing.T) {
	hostile := []string{
		"*Acme* [x](javascript:alert(1))", "<script>alert(1)</script>", "# Heading", "{{.provider.name}}",
		"| a | b |", "`code` ~~x~~ &amp;", "<https://evil.example>", "1. Acme", "---", "> quote", "![i](x.png)",
	}
	for _, k := range All() {
		for _, l := range textfmt.All {
			baseline := markupCounts(t, k, freeText(t, k, "Plain words"), l)
			for _, h := range hostile {
				if got := markupCounts(t, k, freeText(t, k, h), l); !maps.Equal(got, baseline) {
					t.Errorf("%s/%s %q changed the markup: %v, want %v", k.ID, l, h, got, baseline)
				}
			}
		}
	}
}

// freeText answers every free-text question (and free-text field of a
// list row) with s, on top of the example answers.
func freeText(t *testing.T, k *Kind, s string) questionnaire.Values {
	vals := exampleValues(t, k)
	isText := func(qq *questionnaire.Question) bool {
		return qq.Type == questionnaire.TypeText || qq.Type == questionnaire.TypeLong
	}
	text := func(qq *questionnaire.Question, s string) any {
		if qq.Translatable {
			return questionnaire.Translated{textfmt.EN: s, textfmt.FR: s}
		}
		return s
	}
	for _, qq := range k.Questionnaire.Questions() {
		switch {
		case isText(qq):
			if qq.MaxLength == 0 || len([]rune(s)) <= qq.MaxLength {
				vals[qq.Key] = text(qq, strings.TrimSpace(s))
			}
		case qq.Type == questionnaire.TypeList:
			row := questionnaire.Record{}
			for _, f := range qq.Fields {
				switch {
				case isText(f):
					row[f.FieldKey()] = text(f, s)
				case Example(f) != nil:
					row[f.FieldKey()] = Example(f)
				case f.Type == questionnaire.TypeURL:
					row[f.FieldKey()] = "https://x.example/a"
				case f.Type == questionnaire.TypeEmail:
					row[f.FieldKey()] = "a@x.example"
				}
			}
			vals[qq.Key] = []questionnaire.Record{row}
		}
	}
	return vals
}
