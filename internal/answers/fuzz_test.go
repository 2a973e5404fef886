package answers_test

import (
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// FuzzParse feeds arbitrary files to the parser. It must never panic, and
// whenever it finds no problem, every language of the document must
// assemble in final mode without template leftovers: a file the
// validator accepts is a file the generator can generate, in each of the
// languages it is written in.
func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(strings.Replace(valid, "Acme SAS", "\"*Acme* [x](javascript:1) {{.x}} <b>\"", 1)))
	f.Add([]byte("kind: api-tos\nanswers:\n  annex:\n    - title: a\n      url: https://x.example\n"))
	f.Add([]byte("kind: api-tos\nanswers: [\n"))
	f.Add([]byte("kind: &a api-tos\nanswers: *a\n"))
	f.Add([]byte("\xff\xfe"))
	f.Add([]byte("kind: api-tos\nlanguages: [fr]\nanswers:\n  annex:\n    - title: Sécurité\n      url: https://x.example\n"))
	f.Add([]byte("kind: api-tos\nanswers:\n  annex:\n    - title: {en: Security, fr: Sécurité}\n      url: https://x.example\n"))
	for _, k := range templates.All() {
		for _, langs := range [][]textfmt.Lang{textfmt.All, {textfmt.FR}} {
			vals := k.Examples()
			vals.SetLangs(langs)
			data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, issues := answers.Parse(data, templates.Registry)
		if file == nil || len(issues) > 0 {
			return
		}
		k, _ := templates.Lookup(file.Kind)
		for _, l := range file.Langs {
			doc, err := k.Assemble(file.Values, l, templates.Final)
			if err != nil {
				t.Fatalf("valid answers do not assemble in %s: %v", l, err)
			}
			md := string(markdown.Render(doc))
			for _, bad := range []string{"<no value>", "\ue000", "%!"} {
				if strings.Contains(md, bad) {
					t.Fatalf("%s output contains %q", l, bad)
				}
			}
		}
	})
}
