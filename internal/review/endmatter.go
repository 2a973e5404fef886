package review

import (
	"fmt"
	"strings"
	"time"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// givenAnswers lists, step by step, every answer that applies as given
// (or left at its default), each with the help of its question: the
// notes that guide whoever gives the answers, which a reviewer needs too.
func givenAnswers(w words, q *questionnaire.Questionnaire, vals, resolved questionnaire.Values, l textfmt.Lang) string {
	var blocks []string
	blocks = append(blocks, mdtext.Escape(w.AnswersIntro))
	for _, g := range q.Groups {
		var items []string
		for _, qq := range g.Questions {
			if !q.Visible(qq, resolved) {
				continue
			}
			items = append(items, answerItem(w, qq, vals, resolved, l))
		}
		if len(items) == 0 {
			continue
		}
		blocks = append(blocks, "**"+mdtext.Escape(g.Title.In(l))+"**", strings.Join(items, "\n\n"))
	}
	return strings.Join(blocks, "\n\n")
}

// answerItem is one answer as a list item, its question's help under it.
func answerItem(w words, qq *questionnaire.Question, vals, resolved questionnaire.Values, l textfmt.Lang) string {
	v := resolved[qq.Key]
	text := value(w, qq, v, l)
	if rows, ok := v.([]questionnaire.Record); ok {
		text = ""
		for i, row := range rows {
			var fields []string
			for _, f := range qq.Fields {
				if s := value(w, f, row[f.FieldKey()], l); s != "" {
					fields = append(fields, answered(l, mdtext.Escape(f.Label.In(l)), s))
				}
			}
			text += "\n\n  " + fmt.Sprintf(w.Row, i+1) + colon(l) + strings.Join(fields, semicolon(l))
		}
	}
	if text == "" {
		text = "*" + mdtext.Escape(w.NoAnswer) + "*"
	} else if _, given := vals[qq.Key]; !given {
		text += " (" + mdtext.Escape(w.Default) + ")"
	}
	item := "- " + lead(l, qq.Label.In(l)) + strings.TrimPrefix(text, "\n\n  ")
	if help := qq.Help.In(l); help != "" {
		item += "\n\n  *" + w.Note + ".* " + mdtext.Escape(help)
	}
	return item
}

// pointsToCheck lists what the answers cannot guarantee: every answer or
// translation still missing, with the clauses where the document marks
// it; what the questionnaire's rules draw attention to; what the
// commentary of each clause present asks to check; and every address
// that could be given and is not.
func pointsToCheck(w words, q *questionnaire.Questionnaire, resolved questionnaire.Values, doc *document.Document) string {
	l := doc.Lang
	var points []string
	for _, p := range q.Missing(resolved) {
		if p.Lang != "" && p.Lang != l {
			continue
		}
		qq, _ := q.Question(p.Key)
		label := qq.Label.In(l)
		if p.Field != "" {
			f, _ := q.Question(p.Key + "." + p.Field)
			label += ", " + fmt.Sprintf(w.Row, p.Row) + ", " + f.Label.In(l)
			qq = f
		}
		gap := templates.Gap{Label: qq.Label.In(l), Lang: l, Translate: p.Lang != ""}.String()
		form := w.Missing
		if p.Lang != "" {
			form = w.Untranslated
		}
		points = append(points, strings.Replace(mdtext.Escape(form), "%s", mdtext.Escape(label), 1)+" "+where(w, doc, gap)+".")
	}
	seen := map[string]bool{}
	for _, p := range q.Check(resolved, time.Time{}) {
		if p.Warning() && !seen[p.Rule.ID+p.Rule.Reason.In(l)] {
			seen[p.Rule.ID+p.Rule.Reason.In(l)] = true
			points = append(points, lead(l, w.Rule)+mdtext.Escape(p.Rule.Reason.In(l)))
		}
	}
	for _, c := range doc.Clauses {
		if c.Note == nil || c.Note.Check == "" {
			continue
		}
		for _, para := range strings.Split(c.Note.Check, "\n\n") {
			points = append(points, "**"+document.Capitalise(c.Label(l))+strings.TrimRight(colon(l), " ")+"** "+para)
		}
	}
	for _, qq := range q.Questions() {
		if (qq.Type == questionnaire.TypeURL || qq.Type == questionnaire.TypeEmail) && !qq.Required &&
			q.Visible(qq, resolved) && resolved[qq.Key] == nil {
			points = append(points, strings.Replace(mdtext.Escape(w.NoAddress), "%s", mdtext.Escape(qq.Label.In(l)), 1))
		}
	}
	blocks := []string{mdtext.Escape(w.PointsIntro)}
	for i, p := range points {
		blocks = append(blocks, item(i+1, p))
	}
	return strings.Join(blocks, "\n\n")
}

// where names the clauses whose text holds a gap's mark.
func where(w words, doc *document.Document, gap string) string {
	var labels []string
	for _, c := range doc.Clauses {
		if strings.Contains(c.Body, gap) || strings.Contains(c.Title, gap) {
			labels = append(labels, c.Label(doc.Lang))
		}
	}
	if len(labels) == 0 {
		return "(" + mdtext.Escape(w.NowhereShown) + ")"
	}
	return "(" + textfmt.List(doc.Lang, labels) + ")"
}

// item writes a numbered list item, its later lines indented under it.
func item(n int, md string) string {
	marker := fmt.Sprintf("%d. ", n)
	lines := strings.Split(md, "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] != "" {
			lines[i] = strings.Repeat(" ", len(marker)) + lines[i]
		}
	}
	return marker + strings.Join(lines, "\n")
}
