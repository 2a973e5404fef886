package session

import (
	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Values converts the answers, keeping only the valid ones: what a
// preview can be assembled from.
func (s *Session) Values() questionnaire.Values {
	vals, _ := s.convert(false)
	return vals
}

// convert converts every answer and collects the problems of conversion.
// With keepInvalid, an answer that does not convert is kept as the text
// typed instead of being left out.
func (s *Session) convert(keepInvalid bool) (questionnaire.Values, []questionnaire.Problem) {
	vals := questionnaire.Values{}
	var problems []questionnaire.Problem
	for _, qq := range s.Questionnaire().Questions() {
		switch qq.Type {
		case questionnaire.TypeList:
			var recs []questionnaire.Record
			for i, row := range s.rows[qq.Key] {
				rec := questionnaire.Record{}
				for _, f := range qq.Fields {
					text := row[f.FieldKey()]
					v, m := f.Convert(text)
					if m != nil {
						problems = append(problems, questionnaire.Problem{Key: qq.Key, Row: i + 1, Field: f.FieldKey(), Msg: m})
						if keepInvalid && text != "" {
							rec[f.FieldKey()] = text
						}
					} else if v != nil {
						rec[f.FieldKey()] = v
					}
				}
				recs = append(recs, rec)
			}
			if len(recs) > 0 {
				vals[qq.Key] = recs
			}
		case questionnaire.TypeMulti:
			v, m := qq.ConvertMulti(s.multi[qq.Key])
			if m != nil {
				problems = append(problems, questionnaire.Problem{Key: qq.Key, Msg: m})
			} else if v != nil {
				vals[qq.Key] = v
			}
		default:
			text := s.text[qq.Key]
			v, m := qq.Convert(text)
			if m != nil {
				problems = append(problems, questionnaire.Problem{Key: qq.Key, Msg: m})
				if keepInvalid && text != "" {
					vals[qq.Key] = text
				}
			} else if v != nil {
				vals[qq.Key] = v
			}
		}
	}
	return vals, problems
}

// Problems lists what is wrong with the answers that apply: invalid
// answers, missing required ones, and commitments not yet accepted.
func (s *Session) Problems() []questionnaire.Problem {
	vals, problems := s.convert(false)
	q := s.Questionnaire()
	resolved := q.Resolve(vals)
	var out []questionnaire.Problem
	reported := map[string]bool{}
	for _, p := range problems {
		if qq, ok := q.Question(p.Key); ok && q.Visible(qq, resolved) {
			out = append(out, p)
			reported[problemKey(p)] = true
		}
	}
	for _, p := range q.Missing(resolved) {
		if !reported[problemKey(p)] {
			out = append(out, p)
		}
	}
	// A commitment must be accepted by the user, not by its default.
	for _, qq := range q.Questions() {
		if qq.Must != nil && s.text[qq.Key] == "" && q.Visible(qq, resolved) {
			out = append(out, questionnaire.Problem{Key: qq.Key, Msg: questionnaire.NewMessage("value.accept")})
		}
	}
	return out
}

func problemKey(p questionnaire.Problem) string {
	return answers.RowKey(p.Key, p.Row) + "." + p.Field
}

// GroupProblems picks, from a session's problems, those of the questions
// of one step, in the order of the questions.
func GroupProblems(g *questionnaire.Group, all []questionnaire.Problem) []questionnaire.Problem {
	var out []questionnaire.Problem
	for _, qq := range g.Questions {
		for _, p := range all {
			if p.Key == qq.Key {
				out = append(out, p)
			}
		}
	}
	return out
}

// Visible reports whether a question applies to the current answers.
func (s *Session) Visible(qq *questionnaire.Question) bool {
	q := s.Questionnaire()
	return q.Visible(qq, q.Resolve(s.Values()))
}

// Encode writes the session as an answers file. Invalid answers are kept
// as typed (quoted strings), so that saving never loses anything; the
// file then reports them when validated or reopened.
func (s *Session) Encode(lang textfmt.Lang, labels *answers.Labels) ([]byte, error) {
	vals, _ := s.convert(true)
	return answers.Encode(s.Questionnaire(), vals, lang, labels)
}
