package answers

import (
	"slices"

	"apitos/internal/questionnaire"
)

// Ignored reports the answers of the file that the documents do not use,
// because their question does not apply given the other answers:
// documents are built without them (questionnaire.Resolve drops them),
// and whoever wrote them should know. Each is a note, at the line of the
// answer, naming the answers that make its question not apply and, where
// the questionnaire names one (instead), the question that applies where
// the answer belongs. A note
// refuses nothing. An answer equal to its question's default is no note:
// init writes it for every question, applying or not. An example is
// noted like any answer: init writes only those of questions that apply.
func (f *File) Ignored() []Issue {
	q := f.Questionnaire
	resolved := q.Resolve(f.Values)
	var out []Issue
	for _, qq := range q.Questions() {
		if v, ok := f.Values[qq.Key]; !ok || !questionnaire.Answered(v) || qq.Usual(v) || q.Visible(qq, resolved) {
			continue
		}
		if qq.FromCharter != "" && f.Link != nil {
			continue // the link reports the charter's answers
		}
		var cause *questionnaire.Message
		// An answer that does not apply itself is no cause of its own:
		// the answers that make it not apply are named instead.
		unmet := slices.DeleteFunc(q.Unmet(qq, resolved), func(k string) bool {
			cq, ok := q.Question(k)
			return ok && !q.Visible(cq, resolved)
		})
		for i := len(unmet) - 1; i >= 0; i-- {
			cq, ok := q.Question(unmet[i])
			if !ok {
				continue
			}
			id := "value.ignored_cause"
			data := []any{"Label", cq.Label}
			if _, answered := f.Values[cq.Key]; answered {
				data = append(data, "Line", f.Line(cq.Key, 0))
			} else {
				id = "value.ignored_cause_default"
			}
			if cause != nil {
				data = append(data, "Next", cause)
			}
			cause = message(id, data...)
		}
		p := questionnaire.Problem{Key: qq.Key, Msg: message("value.ignored")}
		if cause != nil {
			p.Msg = message("value.ignored_because", "Causes", cause)
		}
		// Where a sibling question that applies is the answer's right
		// home, the note names it.
		for _, k := range qq.Instead {
			if iq, ok := q.Question(k); ok && q.Visible(iq, resolved) {
				p.Msg = message("value.ignored_instead", "Note", p.Msg, "Label", iq.Label)
				break
			}
		}
		out = append(out, Issue{Line: f.Line(qq.Key, 0), Note: true, Problem: p})
	}
	return out
}
