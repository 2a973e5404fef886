package answers

import (
	"regexp"
	"strings"
	"unicode"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// PlaceholderRule is the warning given for an answer that still holds the
// example's: init --example fills the file with a fictitious provider, so
// that documents can be generated at once, and whoever publishes them
// must first put their own answers in its place.
var PlaceholderRule = &questionnaire.Rule{
	ID:       "example-answer",
	Severity: questionnaire.SeverityWarning,
	Reason: questionnaire.Text{
		textfmt.EN: "this answer is still the example's: a name, number or address of the fictitious provider of init --example, or an address under the .example domain, which is reserved for examples and reaches no one. Replace it with your own before you publish the documents.",
		textfmt.FR: "cette réponse est encore celle de l'exemple : un nom, un numéro ou une adresse du fournisseur fictif d'init --example, ou une adresse sous le domaine .example, réservé aux exemples et qui n'aboutit nulle part. Remplacez-la par la vôtre avant de publier les documents.",
	},
}

// exampleHost finds host names under .example, the top-level domain that
// RFC 2606 reserves for documentation: no address under it is real.
var exampleHost = regexp.MustCompile(`(?i)[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.example`)

// Placeholders reports, as warnings, the answers that still hold the
// example's: any text naming a host under .example, and a one-line
// answer equal to its question's example where that example holds a
// number or the name the example's own addresses carry (the company's
// name, its registration, its address), not a common wording that a
// real answer may share. Answers taken from a charter are the charter's,
// and reported there. An answer whose question does not apply is not
// reported: the documents do not use it, and Ignored notes it.
func (f *File) Placeholders() []Issue {
	q := f.Questionnaire
	names := exampleNames(q)
	resolved := q.Resolve(f.Values)
	var out []Issue
	for _, qq := range q.Questions() {
		v, ok := f.Values[qq.Key]
		if !ok || qq.FromCharter != "" && f.Link != nil || !q.Visible(qq, resolved) {
			continue
		}
		if rows, ok := v.([]questionnaire.Record); ok {
			out = append(out, f.rowPlaceholders(qq, rows, names)...)
			continue
		}
		if isPlaceholder(qq, v, names) {
			out = append(out, placeholderIssue(f.Line(qq.Key, 0), questionnaire.Problem{Key: qq.Key}))
		}
	}
	return out
}

// rowPlaceholders reports the fields of a list's rows, such as the
// address of a document added to an annex, that still hold the example's.
func (f *File) rowPlaceholders(qq *questionnaire.Question, rows []questionnaire.Record, names map[string]bool) []Issue {
	var out []Issue
	for i, rec := range rows {
		row := i + 1
		for _, field := range qq.Fields {
			if isPlaceholder(field, rec[field.FieldKey()], names) {
				line := f.lines[RowKey(qq.Key, row)+"."+field.FieldKey()]
				if line == 0 {
					line = f.Line(qq.Key, row)
				}
				out = append(out, placeholderIssue(line, questionnaire.Problem{Key: qq.Key, Row: row, Field: field.FieldKey()}))
			}
		}
	}
	return out
}

// isPlaceholder tells an answer, in any of its languages, that names a
// host under .example or repeats a distinctive example.
func isPlaceholder(qq *questionnaire.Question, v any, names map[string]bool) bool {
	for lang, text := range texts(v) {
		if hasExampleHost(text) || qq.Type == questionnaire.TypeText && isExample(qq, lang, text, names) {
			return true
		}
	}
	return false
}

func placeholderIssue(line int, p questionnaire.Problem) Issue {
	p.Msg = questionnaire.NewMessage("value.rule", "Reason", PlaceholderRule.Reason)
	p.Rule = PlaceholderRule
	return Issue{Line: line, Problem: p}
}

// texts are the texts of an answer, by language (UnknownLang for an
// answer that is not translated).
func texts(v any) map[textfmt.Lang]string {
	switch v := v.(type) {
	case string:
		return map[textfmt.Lang]string{questionnaire.UnknownLang: v}
	case questionnaire.Translated:
		return v
	}
	return nil
}

func hasExampleHost(text string) bool {
	for _, m := range exampleHost.FindAllStringIndex(text, -1) {
		// "x.example.com" is a real host: .example must end the name.
		if rest := text[m[1]:]; rest == "" || !(rest[0] == '-' || rest[0] == '.' && len(rest) > 1 && isHostByte(rest[1]) || isHostByte(rest[0])) {
			return true
		}
	}
	return false
}

func isHostByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// exampleNames are the words of the names that the example's hosts
// register under .example ("acme" and "meteo" for acme-meteo.example):
// the fictitious provider's own name.
func exampleNames(q *questionnaire.Questionnaire) map[string]bool {
	names := map[string]bool{}
	for _, qq := range q.Questions() {
		for _, ex := range qq.Example {
			for _, host := range exampleHost.FindAllString(ex, -1) {
				labels := strings.Split(strings.ToLower(host), ".")
				for _, w := range strings.Split(labels[len(labels)-2], "-") {
					names[w] = true
				}
			}
		}
	}
	return names
}

// isExample tells an answer equal to its question's example, in the
// answer's language or any, where the example holds a digit or one of
// the example's names.
func isExample(qq *questionnaire.Question, lang textfmt.Lang, text string, names map[string]bool) bool {
	text = strings.TrimSpace(text)
	for l, ex := range qq.Example {
		if lang != questionnaire.UnknownLang && l != lang && qq.Translatable {
			continue
		}
		if !qq.ExampleReal && strings.EqualFold(text, strings.TrimSpace(ex)) && distinctive(ex, names) {
			return true
		}
	}
	return false
}

func distinctive(s string, names map[string]bool) bool {
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if names[w] {
			return true
		}
	}
	return false
}
