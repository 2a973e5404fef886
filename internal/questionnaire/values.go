package questionnaire

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"apitos/internal/textfmt"
)

// Values holds answers by question key, typed as Convert returns them. A
// list question holds []Record, a translatable question Translated. Under
// LanguagesKey, Values may also hold the languages the documents are
// written in.
type Values map[string]any

// LanguagesKey is where Values keep the documents' languages. They are a
// property of the documents, not an answer, but every rule that depends on
// them (which questions apply, which translations are missing) reads them
// with the answers.
const LanguagesKey = "languages"

// CharterKey is where Values keep the reference to the charter whose
// answers file the answers name, if any: the questions that take their
// answer from it then have no default of their own (see Resolve).
const CharterKey = "charter"

// Charter returns the charter the answers name, or "".
func (v Values) Charter() string {
	s, _ := v[CharterKey].(string)
	return s
}

// SetCharter records the charter the answers name ("" for none).
func (v Values) SetCharter(ref string) {
	if ref == "" {
		delete(v, CharterKey)
		return
	}
	v[CharterKey] = ref
}

// CharterAnswersKey is where Values that name a charter keep the
// charter's own resolved answers, so that a document can cite the
// charter's articles by their numbers. They come from the charter's file
// and are never written to the answers file that names it.
const CharterAnswersKey = "charter_answers"

// CharterAnswers returns the resolved answers of the charter the answers
// name, or nil when they name none or it could not be read.
func (v Values) CharterAnswers() Values {
	c, _ := v[CharterAnswersKey].(Values)
	return c
}

// SetCharterAnswers records the charter's resolved answers (nil for none).
func (v Values) SetCharterAnswers(c Values) {
	if c == nil {
		delete(v, CharterAnswersKey)
		return
	}
	v[CharterAnswersKey] = c
}

// OverridesKey is where Values keep the clauses whose text the answers
// replace, edited by hand (see Overrides).
const OverridesKey = "overrides"

// IgnoredKey is where resolved Values list the questions that the
// answers answer although they do not apply (show_if), so that no
// document uses those answers; a rule's test "ignored: true" reads it.
const IgnoredKey = "ignored_answers"

// Ignored lists the questions answered that do not apply (see IgnoredKey).
func (v Values) Ignored() []string {
	keys, _ := v[IgnoredKey].([]string)
	return keys
}

// Overrides maps the ID of a clause to the text that replaces its own,
// in each language of the documents. The text is plain: paragraphs
// separated by blank lines, items of a list opened by "- ", and
// cross-references written {{ref "clause-id"}}; anything else is printed
// as typed.
type Overrides map[string]Translated

// Overrides returns the clauses the answers replace (nil for none).
func (v Values) Overrides() Overrides {
	o, _ := v[OverridesKey].(Overrides)
	return o
}

// SetOverride replaces the text of a clause, or, with no text in any
// language, restores the template's.
func (v Values) SetOverride(id string, texts Translated) {
	o := Overrides{}
	for k, t := range v.Overrides() {
		o[k] = t
	}
	if empty(texts) {
		delete(o, id)
	} else {
		o[id] = texts
	}
	if len(o) == 0 {
		delete(v, OverridesKey)
		return
	}
	v[OverridesKey] = o
}

// Langs returns the languages the documents are written in: those set
// with SetLangs, or every language when none were set.
func (v Values) Langs() []textfmt.Lang {
	if ls, ok := v[LanguagesKey].([]textfmt.Lang); ok && len(ls) > 0 {
		return ls
	}
	return textfmt.All
}

// SetLangs records the documents' languages, in their stable order.
func (v Values) SetLangs(langs []textfmt.Lang) {
	var out []textfmt.Lang
	for _, l := range textfmt.All {
		if slices.Contains(langs, l) {
			out = append(out, l)
		}
	}
	v[LanguagesKey] = out
}

// Record is one row of a list question, by field key relative to the row.
type Record map[string]any

// Problem is something wrong with one answer. Row is the 1-based row of a
// list question (0 otherwise), Field the field key inside that row, and
// Lang, for a translatable answer, the language whose text is wrong or
// missing ("" when the problem concerns the answer as a whole). Rule is
// the consistency rule the answer breaks, if that is the problem.
type Problem struct {
	Key   string
	Row   int
	Field string
	Lang  textfmt.Lang
	Msg   *Message
	Rule  *Rule
}

// Warning reports a problem that draws attention without refusing the
// answers: a broken rule of severity warning.
func (p Problem) Warning() bool { return p.Rule != nil && p.Rule.Severity == SeverityWarning }

// DefaultValue is the typed default of a question, or nil.
func (qq *Question) DefaultValue() any {
	if qq.Default == nil {
		return nil
	}
	v, _ := qq.Convert(scalarString(qq.Default))
	return v
}

// DefaultFor is the default of qq given the other answers (defaults
// included): the first of its conditional defaults whose condition holds,
// or its plain default; nil when there is none.
func (q *Questionnaire) DefaultFor(qq *Question, vals Values) any {
	for _, d := range qq.DefaultIf {
		if len(q.unmet(d.When, vals)) == 0 {
			v, _ := qq.Convert(scalarString(d.Value))
			return v
		}
	}
	return qq.DefaultValue()
}

// Usual reports whether v is one of qq's defaults, plain or conditional.
func (qq *Question) Usual(v any) bool {
	if reflect.DeepEqual(v, qq.DefaultValue()) && v != nil {
		return true
	}
	for _, d := range qq.DefaultIf {
		if w, _ := qq.Convert(scalarString(d.Value)); reflect.DeepEqual(v, w) {
			return true
		}
	}
	return false
}

// DefaultText is the default as an answers file or a wizard field writes
// it ("" when there is none; "a,b" for a multiple choice).
func (qq *Question) DefaultText() string { return scalarString(qq.Default) }

// Visible reports whether a question applies, given the other answers
// (defaults included).
func (q *Questionnaire) Visible(qq *Question, vals Values) bool {
	return len(q.Unmet(qq, vals)) == 0
}

// Unmet lists, in order, the keys of the conditions of qq that the
// answers do not meet: the answers that make qq not apply.
// When none of the conditions of show_if_any holds, the keys unmet in
// each of them are listed too.
func (q *Questionnaire) Unmet(qq *Question, vals Values) []string {
	out := q.unmet(qq.ShowIf, vals)
	var any []string
	for _, c := range qq.ShowIfAny {
		u := q.unmet(c, vals)
		if len(u) == 0 {
			return out
		}
		any = append(any, u...)
	}
	out = append(out, any...)
	slices.Sort(out)
	return slices.Compact(out)
}

// Requires reports whether an answer to qq is required, given the other
// answers (defaults included).
func (q *Questionnaire) Requires(qq *Question, vals Values) bool {
	return qq.Required && (len(qq.OptionalIf) == 0 || len(q.unmet(qq.OptionalIf, vals)) > 0)
}

func (q *Questionnaire) unmet(c Condition, vals Values) []string {
	var out []string
	for key, allowed := range c {
		var v any
		if key == Bilingual {
			v = len(vals.Langs()) > 1
		} else if key == LinkedToCharter {
			v = vals.Charter() != ""
		} else if answer, ok := vals[key]; ok {
			v = answer
		} else {
			v = q.DefaultFor(q.byKey[key], vals)
		}
		if !matches(v, allowed) {
			out = append(out, key)
		}
	}
	slices.Sort(out)
	return out
}

// matches reports whether an answer has one of the allowed values; a
// multiple choice matches when it includes one of them, and no answer
// matches "". Values written "!FR" exclude instead: any answer given
// other than those matches.
func matches(v any, allowed []string) bool {
	if excluded, ok := Exclusions(allowed); ok {
		return !empty(v) && !matches(v, excluded)
	}
	if empty(v) && slices.Contains(allowed, "") {
		return true
	}
	if ids, ok := v.([]string); ok {
		for _, id := range ids {
			if slices.Contains(allowed, id) {
				return true
			}
		}
		return false
	}
	return slices.Contains(allowed, fmt.Sprint(v))
}

// Resolve returns the answers a document is built from: defaults filled
// in where no answer was given, and answers to questions that do not apply
// dropped (so that a template can never print a stale answer). When the
// answers name a charter, the questions that take their answer from it
// have no default: the charter's answer or none; one that has a charter
// default (CharterDefault) and no answer of its own takes the charter's.
func (q *Questionnaire) Resolve(vals Values) Values {
	out := Values{}
	for _, k := range []string{LanguagesKey, CharterKey, CharterAnswersKey, OverridesKey, IgnoredKey} {
		if v, ok := vals[k]; ok {
			out[k] = v
		}
	}
	linked := vals.Charter() != ""
	for _, qq := range q.order {
		// A translatable answer with no text in any language is no answer.
		if v, ok := vals[qq.Key]; ok && v != nil && !(qq.Translatable && empty(v)) {
			out[qq.Key] = v
		} else if linked && qq.FromCharter != "" {
			continue
		} else if v, ok := vals.CharterAnswers()[qq.CharterDefault]; linked && qq.CharterDefault != "" && ok && !empty(v) {
			out[qq.Key] = v
		} else if d := qq.DefaultValue(); d != nil {
			out[qq.Key] = d
		}
	}
	for _, qq := range q.order {
		if _, ok := out[qq.Key]; !ok && qq.DefaultFrom != "" && q.Visible(q.byKey[qq.DefaultFrom], out) {
			if v, ok := out[qq.DefaultFrom]; ok {
				out[qq.Key] = v
			}
		}
	}
	// Conditional defaults are set once every plain default is, from the
	// answers they depend on, and before answers that do not apply are
	// dropped, as plain defaults are.
	for _, qq := range q.order {
		if _, ok := out[qq.Key]; !ok && len(qq.DefaultIf) > 0 {
			if v := q.DefaultFor(qq, out); v != nil {
				out[qq.Key] = v
			}
		}
	}
	var ignored []string
	for _, qq := range q.order {
		if !q.Visible(qq, out) {
			delete(out, qq.Key)
			// An answer equal to the question's default says nothing of
			// what the user meant: init writes one for every question.
			if v, ok := vals[qq.Key]; ok && v != nil && !empty(v) && !qq.Usual(v) {
				ignored = append(ignored, qq.Key)
			}
		}
	}
	if ignored != nil {
		out[IgnoredKey] = ignored
	}
	return out
}

// Missing lists the required answers that apply and are absent from
// resolved values, including required fields of list rows, and the
// translations missing from translatable answers given in some language
// of the documents but not in all.
func (q *Questionnaire) Missing(resolved Values) []Problem {
	var out []Problem
	langs := resolved.Langs()
	linked := resolved.Charter() != ""
	for _, qq := range q.order {
		if !q.Visible(qq, resolved) {
			continue
		}
		v := resolved[qq.Key]
		required := q.Requires(qq, resolved) || linked && qq.FromCharter != "" && qq.Default != nil
		for _, p := range missing(v, langs, required) {
			p.Key = qq.Key
			out = append(out, p)
		}
		rows, _ := v.([]Record)
		for i, row := range rows {
			for _, f := range qq.Fields {
				for _, p := range missing(row[f.FieldKey()], langs, f.Required) {
					p.Key, p.Row, p.Field = qq.Key, i+1, f.FieldKey()
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// missing reports a required answer left empty, or the languages of the
// documents a translatable answer has no text in. Taken from a charter,
// an answer with a default is as good as required: the document relies
// on having one.
func missing(v any, langs []textfmt.Lang, required bool) []Problem {
	if empty(v) {
		if required {
			return []Problem{{Msg: msg("value.required")}}
		}
		return nil
	}
	t, ok := v.(Translated)
	if !ok {
		return nil
	}
	var out []Problem
	for _, l := range langs {
		if t[l] == "" {
			out = append(out, Problem{Lang: l, Msg: msg("value.translation_missing", "Lang", LangName(l))})
		}
	}
	return out
}

// LangKey names the text in language l of a translatable answer or
// field, where answers are kept as text by key: "commons.mission@fr".
func LangKey(key string, l textfmt.Lang) string { return key + "@" + string(l) }

// LangName names a language in every language: "French", "français".
func LangName(l textfmt.Lang) Text {
	return Text{textfmt.EN: textfmt.LangName(l, textfmt.EN), textfmt.FR: textfmt.LangName(l, textfmt.FR)}
}

// Answered reports whether v is an answer: not nil, not an empty text,
// list or choice, and for a translatable answer, text in some language.
func Answered(v any) bool { return !empty(v) }

func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []Record:
		return len(v) == 0
	case []string:
		return len(v) == 0
	case Translated:
		for _, s := range v {
			if s != "" {
				return false
			}
		}
		return true
	case time.Time:
		return v.IsZero()
	}
	return false
}

// Exclusions returns the values a condition written "!A", "!B" excludes;
// ok is false for a condition of allowed values.
func Exclusions(allowed []string) (excluded []string, ok bool) {
	for _, v := range allowed {
		x, found := strings.CutPrefix(v, "!")
		if !found {
			return nil, false
		}
		excluded = append(excluded, x)
	}
	return excluded, len(excluded) > 0
}
