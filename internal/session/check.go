package session

import (
	"slices"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Values converts the answers, keeping only the valid ones: what a
// preview can be assembled from. They hold the documents' languages.
func (s *Session) Values() questionnaire.Values {
	vals, _ := s.convert(false)
	return vals
}

// convert converts every answer and collects the problems of conversion.
// With keepInvalid, an answer that does not convert is kept as the text
// typed instead of being left out, and so is a translation in a language
// the documents do not have (it may come from a file).
func (s *Session) convert(keepInvalid bool) (questionnaire.Values, []questionnaire.Problem) {
	vals := questionnaire.Values{}
	vals.SetLangs(s.langs)
	var problems []questionnaire.Problem
	// one converts the answer to qq written in texts under name; p
	// locates its problems.
	one := func(qq *questionnaire.Question, texts map[string]string, name string, p questionnaire.Problem) any {
		if qq.Translatable {
			return s.translated(qq, texts, name, p, keepInvalid, &problems)
		}
		text := texts[name]
		v, m := qq.Convert(text)
		if m != nil {
			p.Msg = m
			problems = append(problems, p)
			if keepInvalid && text != "" {
				return text
			}
			return nil
		}
		return v
	}
	for _, qq := range s.Questionnaire().Questions() {
		if s.linkedOK(qq.Key) {
			continue
		}
		switch qq.Type {
		case questionnaire.TypeList:
			var recs []questionnaire.Record
			for i, row := range s.rows[qq.Key] {
				rec := questionnaire.Record{}
				for _, f := range qq.Fields {
					p := questionnaire.Problem{Key: qq.Key, Row: i + 1, Field: f.FieldKey()}
					if v := one(f, row, f.FieldKey(), p); v != nil {
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
			if v := one(qq, s.text, qq.Key, questionnaire.Problem{Key: qq.Key}); v != nil {
				vals[qq.Key] = v
			}
		}
	}
	if s.link != nil {
		vals.SetCharter(s.link.Ref)
		vals.SetCharterAnswers(s.link.Answers())
		for key, v := range s.link.Facts(s.Questionnaire()) {
			vals[key] = v
		}
		// The charter's answer that stands for a question with a charter
		// default, which the session then does not answer itself.
		for _, qq := range s.Questionnaire().Questions() {
			if qq.FromCharter == "" && s.linkedOK(qq.Key) {
				vals[qq.Key] = s.link.Answers()[s.linkKeys[qq.Key]]
			}
		}
	}
	if len(s.overrides) > 0 {
		vals[questionnaire.OverridesKey] = s.overrides
	}
	return vals, problems
}

// translated converts the texts of a translatable answer in the
// documents' languages, reporting each invalid one with its language.
func (s *Session) translated(qq *questionnaire.Question, texts map[string]string, name string, p questionnaire.Problem, keepInvalid bool, problems *[]questionnaire.Problem) any {
	typed := map[textfmt.Lang]string{}
	for _, l := range s.langs {
		if text, ok := texts[questionnaire.LangKey(name, l)]; ok {
			typed[l] = text
		}
	}
	t, bad := qq.ConvertTranslated(typed)
	for _, l := range textfmt.All {
		text := texts[questionnaire.LangKey(name, l)]
		if m := bad[l]; m != nil {
			lp := p
			lp.Lang, lp.Msg = l, m
			*problems = append(*problems, lp)
		}
		if keepInvalid && text != "" && (bad[l] != nil || !slices.Contains(s.langs, l)) {
			if t == nil {
				t = questionnaire.Translated{}
			}
			t[l] = text
		}
	}
	if t == nil {
		return nil
	}
	return t
}

// Problems lists what is wrong with the answers that apply: invalid
// answers, missing required ones, commitments not yet accepted and
// answers that contradict each other (rules of severity error). They
// block the way; warnings (see Warnings) do not.
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
		if reported[problemKey(p)] {
			continue
		}
		if s.Linked(p.Key) {
			// The charter gives no such answer: it says why, or cannot be
			// read, which the link's problem says.
			qq, _ := q.Question(p.Key)
			if p.Msg = s.link.Gap(q, qq, p); p.Msg == nil {
				continue
			}
		}
		out = append(out, p)
	}
	out = append(out, s.linkProblems()...)
	// A clause edited by hand must still be in the document, in every
	// language, and refer only to clauses it has.
	out = append(out, s.Kind.CheckOverrides(vals)...)
	// A commitment must be accepted by the user, not by its default.
	for _, qq := range q.Questions() {
		if qq.Must != nil && s.text[qq.Key] == "" && q.Visible(qq, resolved) {
			out = append(out, questionnaire.Problem{Key: qq.Key, Msg: questionnaire.NewMessage("value.accept")})
		}
	}
	return append(out, s.broken(false)...)
}

func problemKey(p questionnaire.Problem) string {
	return answers.RowKey(p.Key, p.Row) + "." + p.Field + "@" + string(p.Lang)
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

// Encode writes the session as the answers file at path. Invalid answers
// are kept as typed (quoted strings), so that saving never loses
// anything; the file then reports them when validated or reopened. The
// charter the answers take facts from is named relative to path, and the
// answers it gives are left to it.
func (s *Session) Encode(path string, lang textfmt.Lang, labels *answers.Labels) ([]byte, error) {
	vals, _ := s.convert(true)
	if s.link != nil {
		vals.SetCharter(answers.RefFrom(path, s.link.Path))
		for _, qq := range s.Questionnaire().Questions() {
			if s.linkedOK(qq.Key) {
				delete(vals, qq.Key)
			}
		}
	}
	return answers.Encode(s.Questionnaire(), vals, lang, labels)
}
