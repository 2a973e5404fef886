package questionnaire

import (
	"fmt"
	"slices"
	"time"
)

// Values holds answers by question key, typed as Convert returns them. A
// list question holds []Record.
type Values map[string]any

// Record is one row of a list question, by field key relative to the row.
type Record map[string]any

// Problem is something wrong with one answer. Row is the 1-based row of a
// list question (0 otherwise) and Field the field key inside that row.
type Problem struct {
	Key   string
	Row   int
	Field string
	Msg   *Message
}

// DefaultValue is the typed default of a question, or nil.
func (qq *Question) DefaultValue() any {
	if qq.Default == nil {
		return nil
	}
	v, _ := qq.Convert(scalarString(qq.Default))
	return v
}

// DefaultText is the default as an answers file or a wizard field writes
// it ("" when there is none; "a,b" for a multiple choice).
func (qq *Question) DefaultText() string { return scalarString(qq.Default) }

// Visible reports whether a question applies, given the other answers
// (defaults included).
func (q *Questionnaire) Visible(qq *Question, vals Values) bool {
	for key, allowed := range qq.ShowIf {
		dep := q.byKey[key]
		v, ok := vals[key]
		if !ok {
			v = dep.DefaultValue()
		}
		if !matches(v, allowed) {
			return false
		}
	}
	return true
}

// matches reports whether an answer has one of the allowed values; a
// multiple choice matches when it includes one of them.
func matches(v any, allowed []string) bool {
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
// dropped (so that a template can never print a stale answer).
func (q *Questionnaire) Resolve(vals Values) Values {
	out := Values{}
	for _, qq := range q.order {
		if v, ok := vals[qq.Key]; ok && v != nil {
			out[qq.Key] = v
		} else if d := qq.DefaultValue(); d != nil {
			out[qq.Key] = d
		}
	}
	for _, qq := range q.order {
		if !q.Visible(qq, out) {
			delete(out, qq.Key)
		}
	}
	return out
}

// Missing lists the required answers that apply and are absent from
// resolved values, including required fields of list rows.
func (q *Questionnaire) Missing(resolved Values) []Problem {
	var out []Problem
	for _, qq := range q.order {
		if !q.Visible(qq, resolved) {
			continue
		}
		v, ok := resolved[qq.Key]
		if qq.Required && (!ok || empty(v)) {
			out = append(out, Problem{Key: qq.Key, Msg: msg("value.required")})
			continue
		}
		rows, _ := v.([]Record)
		for i, row := range rows {
			for _, f := range qq.Fields {
				if fv, ok := row[f.FieldKey()]; f.Required && (!ok || empty(fv)) {
					out = append(out, Problem{Key: qq.Key, Row: i + 1, Field: f.FieldKey(), Msg: msg("value.required")})
				}
			}
		}
	}
	return out
}

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
	case time.Time:
		return v.IsZero()
	}
	return false
}
