package templates

import (
	"errors"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// readerText is the text a reader of a Markdown document sees: every
// block on its own line, without markup.
func readerText(src []byte) string {
	var b strings.Builder
	ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Text:
			if entering {
				b.WriteString(mdtext.Unescape(n.Value(src)))
				if n.SoftLineBreak() || n.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock:
			if !entering {
				b.WriteByte('\n')
			}
		}
		if n.Kind().String() == "TableCell" && !entering {
			b.WriteString(" | ")
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// withExampleRows adds to example answers one row to each list, made of
// its fields' examples, so that translatable fields of rows are printed.
func withExampleRows(t *testing.T, k *Kind) questionnaire.Values {
	vals := exampleValues(t, k)
	for _, qq := range k.Questionnaire.Questions() {
		if qq.Type != questionnaire.TypeList {
			continue
		}
		row := questionnaire.Record{}
		for _, f := range qq.Fields {
			switch {
			case Example(f) != nil:
				row[f.FieldKey()] = Example(f)
			case f.Type == questionnaire.TypeURL:
				row[f.FieldKey()] = "https://example.org/" + f.FieldKey()
			}
		}
		vals[qq.Key] = []questionnaire.Record{row}
	}
	return vals
}

// translatable lists the translatable questions and list fields of a kind.
func translatable(k *Kind) []*questionnaire.Question {
	var out []*questionnaire.Question
	for _, qq := range k.Questionnaire.Questions() {
		for _, q := range append([]*questionnaire.Question{qq}, qq.Fields...) {
			if q.Translatable {
				out = append(out, q)
			}
		}
	}
	return out
}

// sentences splits prose into sentences, without their final stop.
func sentences(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ". ") {
		if part = strings.TrimSuffix(strings.TrimSpace(part), "."); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// A document never shows text in the other language: generated from the
// example answers, each document holds the examples of its own language
// and no sentence of the other language's.
func TestDocumentsHoldOnlyTheirLanguage(t *testing.T) {
	for _, k := range All() {
		vals := withExampleRows(t, k)
		checked := 0
		for _, l := range textfmt.All {
			text := readerText(markdown.Render(mustAssemble(t, k, vals, l)))
			for _, qq := range translatable(k) {
				own, other := qq.Example.In(l), qq.Example.In(otherLang(l))
				asked := qq
				if qq.Parent() != nil {
					asked = qq.Parent()
				}
				if own == "" || own == other || !k.Questionnaire.Visible(asked, k.Questionnaire.Resolve(vals)) {
					continue
				}
				checked++
				if !strings.Contains(text, own) {
					t.Errorf("%s/%s: the %s example of %s is missing: %q", k.ID, l, l, qq.Key, own)
				}
				for _, s := range sentences(other) {
					if strings.Contains(text, s) {
						t.Errorf("%s/%s: %s prints the %s sentence %q", k.ID, l, qq.Key, otherLang(l), s)
					}
				}
			}
		}
		t.Logf("%s: %d translated examples checked", k.ID, checked)
	}
}

func otherLang(l textfmt.Lang) textfmt.Lang {
	if l == textfmt.EN {
		return textfmt.FR
	}
	return textfmt.EN
}

// versionWords are what a document says of its versions in other
// languages; a document written in one language says none of them.
var versionWords = map[textfmt.Lang][]string{
	textfmt.EN: {"several languages", "in French and in English", "other language", "French version", "English version"},
	textfmt.FR: {"plusieurs langues", "en français et en anglais", "autre langue", "version française", "version anglaise"},
}

// A document in one language has no clause on the language that prevails
// and mentions no version in another language; the same answers in both
// languages do (which proves the words looked for are the right ones).
func TestOneLanguageDocumentSpeaksOfNoOtherVersion(t *testing.T) {
	for _, k := range All() {
		for _, l := range textfmt.All {
			vals := withExampleRows(t, k)
			both := readerText(markdown.Render(mustAssemble(t, k, vals, l)))
			vals.SetLangs([]textfmt.Lang{l})
			doc := mustAssemble(t, k, vals, l)
			one := readerText(markdown.Render(doc))
			for _, id := range []string{"languages", "legal-languages"} {
				if _, ok := doc.Clause(id); ok {
					t.Errorf("%s/%s in one language has the clause %s", k.ID, l, id)
				}
			}
			found := false
			for _, w := range versionWords[l] {
				found = found || strings.Contains(both, w)
				if strings.Contains(one, w) {
					t.Errorf("%s/%s in one language says %q", k.ID, l, w)
				}
			}
			if !found {
				t.Errorf("%s/%s in both languages mentions no other version; the words looked for are stale", k.ID, l)
			}
			if _, err := k.Assemble(vals, otherLang(l), Preview); err == nil {
				t.Errorf("%s: a document in %s only was assembled in %s", k.ID, l, otherLang(l))
			}
		}
	}
}

func mustAssemble(t *testing.T, k *Kind, vals questionnaire.Values, l textfmt.Lang) *document.Document {
	t.Helper()
	doc, err := k.Assemble(vals, l, Final)
	if err != nil {
		t.Fatalf("%s/%s: %v", k.ID, l, err)
	}
	return doc
}

// A translatable answer given in one language only is refused in final
// mode and marked, in a preview, in the document of the missing language.
func TestMissingTranslationIsMarked(t *testing.T) {
	k, _ := Lookup("charter")
	vals := exampleValues(t, k)
	vals["commons.mission"] = questionnaire.Translated{textfmt.EN: "To look after the paths."}
	// A text given once, in no stated language, is the translation of
	// none: it is marked in every language.
	vals["commons.scope"] = questionnaire.Translated{questionnaire.UnknownLang: "Les sentiers de France."}
	if _, err := k.Assemble(vals, textfmt.EN, Final); !errors.Is(err, ErrIncomplete) {
		t.Errorf("final assembly with a missing translation: %v", err)
	}
	for _, c := range []struct {
		lang         textfmt.Lang
		want, absent string
	}{
		{textfmt.FR, "[à traduire\u00a0: Mission]", "To look after the paths"},
		{textfmt.FR, "[à traduire\u00a0: Périmètre et territoire (facultatif)]", "Les sentiers de France"},
		{textfmt.EN, "To look after the paths.", "to translate: Mission"},
		{textfmt.EN, "[to translate: Scope and territory (optional)]", "Les sentiers de France"},
	} {
		doc, err := k.Assemble(vals, c.lang, Preview)
		if err != nil {
			t.Fatal(err)
		}
		text := readerText(markdown.Render(doc))
		if !strings.Contains(text, c.want) || strings.Contains(text, c.absent) {
			t.Errorf("%s preview: want %q and no %q in\n%s", c.lang, c.want, c.absent, text)
		}
	}
}
