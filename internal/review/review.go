// Package review prepares a document for a reviewer: after each clause,
// its commentary (written in the templates beside the clause), the
// answers its text depends on (read from the template) and the
// alternatives not chosen (assembled from the same answers with each
// other option); at the end, the answers as given and the points to
// check. The writers print what it prepares in a style of its own.
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

// IDs of the clauses that review mode adds at the end of a document.
const (
	AnswersID = "review-answers"
	PointsID  = "review-points"
)

// Document assembles the document of a kind for review, in one
// language: each clause with its Review, then the answers as given and
// the points to check, marked as a document for review.
func Document(k *templates.Kind, vals questionnaire.Values, lang textfmt.Lang, mode templates.Mode) (*document.Document, error) {
	doc, err := k.AssembleAnnotated(vals, lang, mode)
	if err != nil {
		return nil, err
	}
	if err := annotate(k, vals, doc); err != nil {
		return nil, err
	}
	doc.Meta.Draft = mode == templates.Preview
	return doc, nil
}

// annotate prepares doc, assembled with its commentary from vals, for
// review.
func annotate(k *templates.Kind, vals questionnaire.Values, doc *document.Document) error {
	w := wordsFor(doc.Lang)
	q := k.Questionnaire
	resolved := q.Resolve(vals)
	alts, err := alternatives(k, vals, doc)
	if err != nil {
		return err
	}
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		c.Review = commentary(w, q, vals, resolved, doc.Lang, c, alts[c.ID])
	}
	points := pointsToCheck(w, q, resolved, doc)
	doc.Clauses = append(doc.Clauses,
		document.Clause{ID: AnswersID, Depth: 1, Type: document.Unnumbered, Title: w.AnswersTitle,
			Body: givenAnswers(w, q, vals, resolved, doc.Lang)},
		document.Clause{ID: PointsID, Depth: 1, Type: document.Unnumbered, Title: w.PointsTitle,
			Body: points})
	doc.Meta.Review = true
	return nil
}

// commentary is what follows a clause in review mode, as Markdown blocks.
func commentary(w words, q *questionnaire.Questionnaire, vals, resolved questionnaire.Values, l textfmt.Lang, c *document.Clause, alts []alternative) string {
	var blocks []string
	if n := c.Note; n != nil {
		for _, p := range n.Parts() {
			blocks = append(blocks, labelled(w.Parts[p[0]], p[1]))
		}
	}
	var answers []string
	for _, key := range c.Reads {
		qq, _ := q.Question(key)
		if !q.Visible(qq, resolved) {
			continue
		}
		answers = append(answers, short(w, qq, vals, resolved, l))
	}
	switch {
	case len(answers) > 0:
		blocks = append(blocks, lead(l, w.Answers)+strings.Join(answers, semicolon(l))+".")
	case c.Body != "":
		// A heading alone reads nothing worth saying so.
		blocks = append(blocks, lead(l, w.Answers)+mdtext.Escape(w.NoAnswers)+".")
	}
	if c.Edited {
		blocks = append(blocks, lead(l, w.Edited)+mdtext.Escape(w.EditedText))
	}
	if len(alts) > 0 {
		blocks = append(blocks, "**"+w.Alternatives+"**")
		for _, a := range alts {
			blocks = append(blocks, a.markdown(w, l))
		}
	}
	return strings.Join(blocks, "\n\n")
}

// labelled prefixes Markdown blocks with a label in bold: on the first
// paragraph when the blocks open with one, alone otherwise.
func labelled(label, md string) string {
	first, _, _ := strings.Cut(md, "\n")
	if opensBlock(first) {
		return "**" + label + "**\n\n" + md
	}
	return "**" + label + ".** " + md
}

// opensBlock reports whether a line opens a block other than a
// paragraph: a list item, a quotation, a table, a heading.
func opensBlock(line string) bool {
	t := strings.TrimLeft(line, " ")
	for _, p := range []string{"- ", "* ", "+ ", "> ", "|", "#"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	if i := strings.IndexAny(t, ".)"); i > 0 && i < 4 && strings.Trim(t[:i], "0123456789") == "" {
		return true
	}
	return false
}

// short names an answer for a clause's commentary: the question, and the
// answer when it is a choice, a number, a date or a short text (longer
// texts are in the clause itself).
func short(w words, qq *questionnaire.Question, vals, resolved questionnaire.Values, l textfmt.Lang) string {
	label := mdtext.Escape(qq.Label.In(l))
	v := value(w, qq, resolved[qq.Key], l)
	switch {
	case v == "":
		v = "*" + mdtext.Escape(w.NoAnswer) + "*"
	case qq.Type == questionnaire.TypeList || qq.Type == questionnaire.TypeLong || len([]rune(v)) > 80:
		return label
	}
	if _, given := vals[qq.Key]; !given && resolved[qq.Key] != nil {
		v += " (" + mdtext.Escape(w.Default) + ")"
	}
	return answered(l, label, v)
}

// answered joins a question and its answer: "Legal vehicle: Association",
// or "Is there a steering committee? Yes" after a question mark.
func answered(l textfmt.Lang, question, answer string) string {
	if strings.HasSuffix(question, "?") {
		return question + " " + answer
	}
	return question + colon(l) + answer
}

// semicolon separates the items of a list on one line: a narrow no-break
// space before it in French.
func semicolon(l textfmt.Lang) string {
	if l == textfmt.FR {
		return textfmt.NarrowNBSP + "; "
	}
	return "; "
}

// lead is a label in bold that introduces what follows it on the line.
func lead(l textfmt.Lang, label string) string {
	if strings.HasSuffix(label, "?") {
		return "**" + mdtext.Escape(label) + "** "
	}
	return "**" + mdtext.Escape(label) + strings.TrimRight(colon(l), " ") + "** "
}

// colon separates a label from what it introduces: a no-break space
// before the colon in French.
func colon(l textfmt.Lang) string {
	if l == textfmt.FR {
		return textfmt.NBSP + ": "
	}
	return ": "
}

// value writes an answer as Markdown: a choice by its option's label, a
// yes or no, a date in the language's form, a text escaped. It returns ""
// when there is no answer.
func value(w words, qq *questionnaire.Question, v any, l textfmt.Lang) string {
	switch v := v.(type) {
	case nil:
		return ""
	case bool:
		if v {
			return w.Yes
		}
		return w.No
	case int:
		return textfmt.Number(l, v)
	case time.Time:
		if v.IsZero() {
			return ""
		}
		return textfmt.Date(l, v)
	case []string:
		var labels []string
		for _, id := range v {
			labels = append(labels, optionLabel(qq, id, l))
		}
		return strings.Join(labels, ", ")
	case questionnaire.Translated:
		return mdtext.Escape(v[l])
	case string:
		switch qq.Type {
		case questionnaire.TypeChoice, questionnaire.TypeLicence:
			return optionLabel(qq, v, l)
		case questionnaire.TypeCountry:
			return mdtext.Escape(textfmt.CountryName(v, l))
		}
		return mdtext.Escape(v)
	case []questionnaire.Record:
		return fmt.Sprint(len(v))
	}
	return mdtext.Escape(fmt.Sprint(v))
}

func optionLabel(qq *questionnaire.Question, id string, l textfmt.Lang) string {
	if o, ok := qq.Option(id); ok {
		return mdtext.Escape(o.Label.In(l))
	}
	return mdtext.Escape(id)
}
