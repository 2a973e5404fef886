package versions

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/locales"
	"apitos/templates"
)

// ChangeLog returns the change log of the comparison in Markdown: the two
// versions, the clauses added, removed, changed and moved with their
// numbers in both, the answers that differ, and what the kind requires
// of an amendment: for a charter, who adopts it and how; for API terms,
// the notice to send to users, for an announcement on announce.
func (c *Comparison) ChangeLog(announce time.Time) []byte {
	loc := locales.For(c.Lang)
	oldV, newV := c.Version()
	oldD, newD := c.Effective()
	var b bytes.Buffer
	p := func(s string) { b.WriteString(s + "\n\n") }
	p("# " + mdtext.Escape(loc.T("changes.title", "Title", c.New.Meta.Title)))
	p(mdtext.Escape(loc.T("changes.versions", "Old", oldV, "OldDate", date(c.Lang, oldD), "New", newV, "NewDate", date(c.Lang, newD))))

	p("## " + loc.T("changes.clauses"))
	groups := []struct {
		id   string
		keep func(Clause) bool
	}{
		{"changes.added", Clause.Added},
		{"changes.removed", Clause.Removed},
		{"changes.changed", func(cl Clause) bool { return cl.Changed && !cl.Moved && !cl.Added() && !cl.Removed() }},
		{"changes.moved", func(cl Clause) bool { return cl.Moved }},
		{"changes.edited", c.editChanged},
	}
	for _, g := range groups {
		var items []string
		for _, cl := range c.changed() {
			if g.keep(cl) {
				items = append(items, "- "+c.clauseEntry(cl, loc))
			}
		}
		if len(items) > 0 {
			p("### " + loc.N(g.id, len(items)))
			p(strings.Join(items, "\n"))
		}
	}

	p("## " + loc.T("changes.answers"))
	if len(c.Answers) == 0 {
		p(mdtext.Escape(loc.T("changes.no_answers")))
	} else {
		rows := []string{
			"| " + loc.T("changes.question") + " | " + mdtext.Escape(loc.T("changes.version", "Version", oldV)) +
				" | " + mdtext.Escape(loc.T("changes.version", "Version", newV)) + " |",
			"|---|---|---|",
		}
		for _, a := range c.Answers {
			rows = append(rows, "| "+mdtext.Escape(a.Question.Label.In(c.Lang))+" | "+
				c.value(a.Question, a.Old, loc)+" | "+c.value(a.Question, a.New, loc)+" |")
		}
		p(strings.Join(rows, "\n"))
	}

	switch c.Kind.ID {
	case kindCharter:
		c.adoption(&b, loc)
	case kindAPITerms:
		c.notice(&b, loc, announce)
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

// clauseEntry names a clause in the change log: its number and title in
// the later version (the earlier for a clause removed), and its number in
// the earlier one.
func (c *Comparison) clauseEntry(cl Clause, loc *locales.Localizer) string {
	oldV, _ := c.Version()
	if cl.Removed() {
		return heading(cl.Old, c.Lang) + " " + mdtext.Escape(loc.T("changes.in_version", "Version", oldV))
	}
	s := heading(cl.New, c.Lang)
	if cl.Old != nil && (cl.Old.Number != "" || cl.New.Number != "") {
		s += " " + mdtext.Escape(loc.T("changes.formerly", "Label", mdtext.Plain(cl.Old.Label(c.Lang)), "Version", oldV))
	}
	if cl.Moved && cl.Changed {
		s += " " + mdtext.Escape(loc.T("changes.also_changed"))
	}
	return s
}

// heading is a clause's number and title as a list of clauses writes
// them: "Article 3.2 — Restricted access".
func heading(cl *document.Clause, l textfmt.Lang) string {
	if cl.Number == "" {
		return cl.Title
	}
	return document.Capitalise(cl.Label(l)) + document.WordsFor(l).Dash + cl.Title
}

// value writes an answer in the change log's language.
func (c *Comparison) value(qq *questionnaire.Question, v any, loc *locales.Localizer) string {
	l := c.Lang
	var s string
	switch v := v.(type) {
	case nil:
		return "—"
	case questionnaire.Translated:
		s = v[l]
	case string:
		s = v
		if o, ok := qq.Option(v); ok {
			s = o.Label.In(l)
		} else if qq.Type == questionnaire.TypeCountry {
			s = textfmt.CountryName(v, l)
		}
	case bool:
		s = loc.T(map[bool]string{true: "changes.yes", false: "changes.no"}[v])
	case int:
		s = textfmt.Number(l, v)
	case time.Time:
		s = textfmt.Date(l, v)
	case []string:
		var labels []string
		for _, id := range v {
			if o, ok := qq.Option(id); ok {
				labels = append(labels, o.Label.In(l))
			}
		}
		s = textfmt.List(l, labels)
	case []questionnaire.Record:
		var rows []string
		for _, rec := range v {
			var fields []string
			for _, f := range qq.Fields {
				if fv := c.value(f, rec[f.FieldKey()], loc); fv != "—" {
					fields = append(fields, fv)
				}
			}
			rows = append(rows, strings.Join(fields, ", "))
		}
		return strings.Join(rows, "; ")
	default:
		s = fmt.Sprint(v)
	}
	return mdtext.Escape(s)
}

// adoption reminds, for a charter, who adopts an amendment and how, as
// the charter in force sets it.
func (c *Comparison) adoption(b *bytes.Buffer, loc *locales.Localizer) {
	oldV, newV := c.Version()
	_, newD := c.Effective()
	q := c.Kind.Questionnaire
	ref := func(id string) string {
		if cl, ok := c.Base.Clause(id); ok {
			return " (" + mdtext.Plain(cl.Label(c.Lang)) + ")"
		}
		return ""
	}
	var items []string
	if cl, ok := c.Base.Clause(clauseAssembly); ok {
		items = append(items, loc.T("changes.adoption_body", "Body", mdtext.Plain(cl.Title))+ref(clauseAssembly))
	}
	if qq, ok := q.Question(keyAmendRule); ok {
		if o, ok := qq.Option(fmt.Sprint(c.OldValues[keyAmendRule])); ok {
			items = append(items, loc.T("changes.adoption_rule", "Rule", o.Label.In(c.Lang)))
		}
	}
	if n, ok := c.OldValues[keyQuorum].(int); ok {
		items = append(items, loc.T("changes.adoption_quorum", "Quorum", n)+ref(clauseQuorum))
	}
	if n, ok := c.OldValues[keyAmendDays].(int); ok {
		latest := "—"
		if !newD.IsZero() {
			latest = textfmt.Date(c.Lang, newD.AddDate(0, 0, -n))
		}
		items = append(items, loc.T("changes.adoption_publication", "Days", textfmt.Days(c.Lang, n),
			"New", newV, "NewDate", date(c.Lang, newD), "Latest", latest))
	}
	if len(items) == 0 {
		return
	}
	b.WriteString("## " + loc.T("changes.adoption") + "\n\n")
	b.WriteString(mdtext.Escape(loc.T("changes.adoption_intro", "Old", oldV)+ref(clauseAmend)+loc.T("changes.colon")) + "\n\n")
	for _, it := range items {
		b.WriteString("- " + mdtext.Escape(it) + "\n")
	}
	b.WriteString("\n")
}

// notice writes, for API terms, the notice of the change to send to
// users: what changes, why, and from when.
func (c *Comparison) notice(b *bytes.Buffer, loc *locales.Localizer, announce time.Time) {
	oldV, newV := c.Version()
	oldD, newD := c.Effective()
	text := func(key string) string {
		switch v := c.NewValues[key].(type) {
		case string:
			return v
		case questionnaire.Translated:
			return v[c.Lang]
		}
		return ""
	}
	reason := mdtext.Escape(text(keyReason))
	if reason == "" {
		label := keyReason
		if qq, ok := c.Kind.Questionnaire.Question(keyReason); ok {
			label = qq.Label.In(c.Lang)
		}
		reason = templates.Gap{Label: label, Lang: c.Lang}.String()
	}
	esc := func(id string, kv ...any) string { return mdtext.Escape(loc.T(id, kv...)) }
	// "de" elides before a vowel in French: « d'Acme Météo API ».
	args := []any{"OfAPI", textfmt.De(c.Lang, text(keyAPI)), "Provider", text(keyProvider), "Old", oldV, "New", newV,
		"OldDate", date(c.Lang, oldD), "NewDate", date(c.Lang, newD), "Announce", date(c.Lang, dateOf(announce))}
	b.WriteString("## " + loc.T("changes.notice") + "\n\n")
	b.WriteString("*" + esc("changes.notice_when", args...) + "*\n\n")
	b.WriteString("**" + esc("changes.notice_subject_label") + "** " + esc("changes.notice_subject", args...) + "\n\n")
	b.WriteString(esc("changes.notice_greeting") + "\n\n")
	b.WriteString(esc("changes.notice_intro", args...) + "\n\n")
	b.WriteString(esc("changes.notice_what") + "\n\n")
	for _, cl := range c.changed() {
		what := "changes.notice_changed"
		switch {
		case cl.Added():
			what = "changes.notice_added"
		case cl.Removed():
			what = "changes.notice_removed"
		case cl.Moved && !cl.Changed:
			what = "changes.notice_moved"
		}
		side := cl.New
		if side == nil {
			side = cl.Old
		}
		b.WriteString("- " + heading(side, c.Lang) + " " + esc(what, "Version", oldV) + "\n")
	}
	b.WriteString("\n" + esc("changes.notice_why") + " " + reason + "\n\n")
	rights := ""
	if cl, ok := c.Base.Clause(clauseTerms); ok {
		rights = " " + esc("changes.notice_rights", append(args, "Clause", mdtext.Plain(cl.Label(c.Lang)))...)
	}
	b.WriteString(esc("changes.notice_from", args...) + rights + "\n\n")
	if contact := text(keyContact); contact != "" {
		b.WriteString(esc("changes.notice_contact") + " " + mdtext.Autolink(contact) + "\n\n")
	}
	b.WriteString(mdtext.Escape(text(keyProvider)) + "\n")
}

// editChanged reports a clause whose text edited by hand (an override of
// the answers) is not the same in both versions: given, withdrawn or
// rewritten.
func (c *Comparison) editChanged(cl Clause) bool {
	edited := func(d *document.Clause) bool { return d != nil && d.Edited }
	if !edited(cl.Old) && !edited(cl.New) {
		return false
	}
	return c.OldValues.Overrides()[cl.ID][c.Lang] != c.NewValues.Overrides()[cl.ID][c.Lang]
}
