package templates

import (
	"regexp"
	"strings"
	"time"

	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Text is free text typed by a user. It prints escaped for Markdown, so a
// template cannot forget to escape it.
type Text string

func (t Text) String() string { return mdtext.Escape(string(t)) }

// Link is a web or e-mail address. It prints as a Markdown autolink.
type Link string

func (l Link) String() string {
	if l == "" {
		return ""
	}
	return mdtext.Autolink(string(l))
}

// Gap stands, in a preview, for a required answer that is still missing,
// or for the missing translation of a translatable answer given in another
// language. It prints as a visible marker naming the question, and the
// formatting functions pass it through.
type Gap struct {
	Label     string
	Lang      textfmt.Lang
	Translate bool // the answer exists, but not in Lang
}

func (g Gap) String() string {
	word := map[bool]string{false: "to complete: ", true: "to translate: "}[g.Translate]
	if g.Lang == textfmt.FR {
		word = map[bool]string{false: "à compléter", true: "à traduire"}[g.Translate] + textfmt.NBSP + ": "
	}
	return `\[**` + word + mdtext.Escape(g.Label) + `**\]`
}

// data turns resolved answers into the nested map templates read: every
// question has an entry (its zero value when unanswered, so that a template
// never meets a missing key), a translatable answer holds its text in
// lang, and in a preview each missing required answer or translation is a
// Gap. Beside the answers, bilingual says whether the documents are
// written in several languages, and linked whether they name their
// charter.
func data(q *questionnaire.Questionnaire, resolved questionnaire.Values, lang textfmt.Lang, preview bool) map[string]any {
	linked := resolved.Charter() != ""
	root := map[string]any{questionnaire.Bilingual: len(resolved.Langs()) > 1, questionnaire.LinkedToCharter: linked}
	for _, qq := range q.Questions() {
		// Taken from a charter, an answer with a default is needed as if
		// required: no default stands in for the charter's.
		required := q.Requires(qq, resolved) || linked && qq.FromCharter != "" && qq.Default != nil
		v := value(qq, resolved[qq.Key], lang, preview && q.Visible(qq, resolved), required)
		if qq.Type == questionnaire.TypeList {
			v = rows(qq, resolved[qq.Key], lang, preview)
		}
		set(root, qq.Key, v)
	}
	return root
}

func rows(qq *questionnaire.Question, v any, lang textfmt.Lang, preview bool) []map[string]any {
	recs, _ := v.([]questionnaire.Record)
	var out []map[string]any
	for _, rec := range recs {
		row := map[string]any{}
		for _, f := range qq.Fields {
			row[f.FieldKey()] = value(f, rec[f.FieldKey()], lang, preview, f.Required)
		}
		out = append(out, row)
	}
	return out
}

// elision is an apostrophe typed between two letters.
var elision = regexp.MustCompile(`(\pL)'(\pL)`)

// value wraps one answer for templates; gap says a missing answer should
// show as a Gap, if it is required or translated.
func value(qq *questionnaire.Question, v any, lang textfmt.Lang, gap, required bool) any {
	if t, ok := v.(questionnaire.Translated); ok {
		// Preview marks a missing translation whether or not the
		// answer is required: the other language has one.
		if t[lang] == "" && gap {
			return Gap{Label: qq.Label.In(lang), Lang: lang, Translate: true}
		}
		v = nil
		if s := t[lang]; s != "" {
			// Prose typed with a plain keyboard takes the
			// typographic apostrophe of the template text around
			// it, in both languages ("l’amélioration").
			v = elision.ReplaceAllString(s, "$1’$2")
		}
	}
	if v == nil && gap && required {
		return Gap{Label: qq.Label.In(lang), Lang: lang}
	}
	switch qq.Type {
	case questionnaire.TypeText, questionnaire.TypeLong:
		s, _ := v.(string)
		// Names and addresses too, in English as in French: a French
		// legal form in English terms reads "établissement public
		// administratif de l’État", as the French terms print it.
		// In French, its punctuation takes the no-break spaces of
		// the template text, where that cannot change its meaning.
		return Text(textfmt.TypesetAnswer(lang, elision.ReplaceAllString(s, "$1’$2")))
	case questionnaire.TypeEmail, questionnaire.TypeURL:
		s, _ := v.(string)
		return Link(s)
	case questionnaire.TypeChoice, questionnaire.TypeCountry, questionnaire.TypeLicence:
		s, _ := v.(string)
		return s
	case questionnaire.TypeBool:
		b, _ := v.(bool)
		return b
	case questionnaire.TypeNumber:
		n, _ := v.(int)
		return n
	case questionnaire.TypeDate:
		t, _ := v.(time.Time)
		return t
	case questionnaire.TypeMulti:
		s, _ := v.([]string)
		return s
	}
	return nil
}

func set(root map[string]any, key string, v any) {
	parts := strings.Split(key, ".")
	m := root
	for _, p := range parts[:len(parts)-1] {
		child, ok := m[p].(map[string]any)
		if !ok {
			child = map[string]any{}
			m[p] = child
		}
		m = child
	}
	m[parts[len(parts)-1]] = v
}
