package templates

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// A lawyer's edits survive regeneration: the answers may replace the
// text of a clause, by clause ID and per language (Values.Overrides).
// The text is the user's, so it is data, never markup: it is escaped,
// except for its structure (paragraphs, items of a list) and its
// cross-references, written as in the templates, {{ref "clause-id"}} or
// {{Ref "clause-id"}} at the start of a sentence, and {{refs "à" "id"
// "id"}} for several clauses at once, which follow the numbering of the
// document.

// overrideRef matches a cross-reference in the text of an override: its
// function (ref, Ref or refs) and its quoted arguments.
var overrideRef = regexp.MustCompile(`\{\{\s*(ref|Ref|refs)((?:\s+"[^"{}]*")+)\s*\}\}`)

var quoted = regexp.MustCompile(`"([^"{}]*)"`)

// refArgs returns the clause IDs of a cross-reference of an override,
// and for refs its preposition; ok is false when it is malformed.
func refArgs(fn, args string) (prep string, ids []string, ok bool) {
	for _, m := range quoted.FindAllStringSubmatch(args, -1) {
		ids = append(ids, m[1])
	}
	if fn == "refs" {
		if len(ids) < 2 {
			return "", nil, false
		}
		prep, ids = ids[0], ids[1:]
	} else if len(ids) != 1 {
		return "", nil, false
	}
	for _, id := range ids {
		if !clauseIDPattern.MatchString(id) {
			return "", nil, false
		}
	}
	return prep, ids, true
}

var clauseIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// OverrideRefs returns the IDs of the clauses an override's text refers
// to, in order.
func OverrideRefs(text string) []string {
	var ids []string
	for _, m := range overrideRef.FindAllStringSubmatch(text, -1) {
		if _, refIDs, ok := refArgs(m[1], m[2]); ok {
			ids = append(ids, refIDs...)
		}
	}
	return ids
}

// overrideMarkdown turns the text of an override into Markdown blocks:
// each paragraph escaped, lines opened by "- " as items of a list, and
// the cross-references to clauses in known as placeholders that the
// second pass numbers (a reference to any other clause stays as typed).
func overrideMarkdown(text string, known func(id string) bool) string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	var blocks []string
	for _, para := range strings.Split(text, "\n\n") {
		var items []string // a paragraph, or the items of a list
		list := false
		for _, line := range strings.Split(para, "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "":
			case strings.HasPrefix(line, "- "):
				list = true
				items = append(items, strings.TrimSpace(line[2:]))
			case len(items) > 0:
				items[len(items)-1] += " " + line
			default:
				items = append(items, line)
			}
		}
		if len(items) == 0 {
			continue
		}
		if !list {
			items = []string{strings.Join(items, " ")}
		}
		for i, item := range items {
			items[i] = escapeWithRefs(item, known)
			if list {
				items[i] = "- " + items[i]
			}
		}
		blocks = append(blocks, strings.Join(items, "\n"))
	}
	return strings.Join(blocks, "\n\n")
}

// escapeWithRefs escapes text for Markdown, keeping its cross-references
// to known clauses: each is first replaced by a token that escaping
// leaves alone (private-use characters around a number, which are
// removed from the text first), then by its placeholder.
func escapeWithRefs(text string, known func(id string) bool) string {
	text = strings.NewReplacer(tokenOpen, "", tokenClose, "").Replace(text)
	var refs []string
	text = overrideRef.ReplaceAllStringFunc(text, func(m string) string {
		sub := overrideRef.FindStringSubmatch(m)
		prep, ids, ok := refArgs(sub[1], sub[2])
		if !ok || slices.ContainsFunc(ids, func(id string) bool { return !known(id) }) {
			return m
		}
		if sub[1] == "refs" {
			refs = append(refs, document.Refs(prep, ids...))
		} else {
			refs = append(refs, document.Ref(ids[0], sub[1] == "Ref"))
		}
		return tokenOpen + strconv.Itoa(len(refs)-1) + tokenClose
	})
	out := mdtext.Escape(text)
	for i, ref := range refs {
		out = strings.Replace(out, tokenOpen+strconv.Itoa(i)+tokenClose, ref, 1)
	}
	return out
}

// The token that stands for a cross-reference while text is escaped.
const tokenOpen, tokenClose = "\ue002", "\ue003"

// edits returns the overrides of the answers in one language, as the
// Markdown that replaces each clause's text in the assembled source src.
func edits(vals questionnaire.Values, lang textfmt.Lang, src string) map[string]string {
	o := vals.Overrides()
	if len(o) == 0 {
		return nil
	}
	known := func(id string) bool { return headingOf(src, id) }
	out := map[string]string{}
	for id, t := range o {
		if text := strings.TrimSpace(t[lang]); text != "" && known(id) {
			out[id] = overrideMarkdown(text, known)
		}
	}
	return out
}

// headingOf reports whether Markdown assembled from a template has a
// clause with the given ID.
func headingOf(src, id string) bool {
	for i := 0; ; {
		j := strings.Index(src[i:], "{#"+id)
		if j < 0 {
			return false
		}
		i += j + 2 + len(id)
		if i == len(src) || strings.ContainsRune(" \t}.", rune(src[i])) {
			return true
		}
	}
}

// CheckOverrides checks the clauses the answers replace: each must be a
// clause of this document with these answers, have its text in every
// language of the documents, and refer only to clauses the document has.
// Problems are under the key "overrides", the clause's ID as their field.
func (k *Kind) CheckOverrides(vals questionnaire.Values) []questionnaire.Problem {
	o := vals.Overrides()
	if len(o) == 0 {
		return nil
	}
	langs := vals.Langs()
	doc, err := k.Assemble(vals, langs[0], Preview)
	if err != nil {
		return nil // the answers' own problems are reported elsewhere
	}
	var out []questionnaire.Problem
	ids := make([]string, 0, len(o))
	for id := range o {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		p := questionnaire.Problem{Key: questionnaire.OverridesKey, Field: id}
		if _, ok := doc.Clause(id); !ok {
			p.Msg = questionnaire.NewMessage("override.no_clause", "Clause", id)
			if k.HasClause(id) {
				p.Msg = questionnaire.NewMessage("override.clause_absent", "Clause", id)
			}
			out = append(out, p)
			continue
		}
		for _, l := range langs {
			text := strings.TrimSpace(o[id][l])
			lp := p
			lp.Lang = l
			if text == "" {
				lp.Msg = questionnaire.NewMessage("override.text_missing", "Clause", id, "Lang", questionnaire.LangName(l))
				out = append(out, lp)
				continue
			}
			for _, ref := range OverrideRefs(text) {
				if _, ok := doc.Clause(ref); !ok {
					lp.Msg = questionnaire.NewMessage("override.ref_unknown", "Clause", id, "Ref", ref)
					out = append(out, lp)
				}
			}
		}
	}
	return out
}

// HasClause reports whether a clause ID exists in the kind's templates,
// under some answers.
func (k *Kind) HasClause(id string) bool {
	return headingOf(k.sources[textfmt.EN], id)
}

// ClauseIDs are the IDs of every clause the kind's templates can write,
// under some answers, in the order of the English template.
func (k *Kind) ClauseIDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, m := range clauseHeading.FindAllStringSubmatch(k.sources[textfmt.EN], -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			ids = append(ids, m[1])
		}
	}
	return ids
}

// clauseHeading matches the heading of a clause in a template.
var clauseHeading = regexp.MustCompile(`(?m)^#{2,4} .*\{#([a-z0-9-]+)`)

// CheckOverrides is the registry's access to Kind.CheckOverrides, for the
// answers parser.
func (registry) CheckOverrides(kind string, vals questionnaire.Values) []questionnaire.Problem {
	k, ok := Lookup(kind)
	if !ok {
		return nil
	}
	return k.CheckOverrides(vals)
}

// placeholderRef matches a cross-reference placeholder in a clause's raw
// text: to one clause (see document.Ref) or to several (document.Refs).
var placeholderRef = regexp.MustCompile("\ue000(?:ref:([a-z0-9-]+):(lower|cap)|refs:([^:\ue001]*):([a-z0-9,-]+))\ue001")

// OverrideText is a clause's text as an override writes it, for a
// reviewer to start from: its paragraphs and the items of its lists as
// plain text, cross-references as {{ref "clause-id"}}. Emphasis is not
// kept, and a table becomes a paragraph a row.
func OverrideText(c document.Clause) string {
	src := []byte(c.RawBody)
	if c.RawBody == "" {
		src = []byte(c.Body)
	}
	var blocks []string
	var walk func(n ast.Node, list bool)
	walk = func(n ast.Node, list bool) {
		for b := n.FirstChild(); b != nil; b = b.NextSibling() {
			switch b := b.(type) {
			case *ast.List:
				var items []string
				for item := b.FirstChild(); item != nil; item = item.NextSibling() {
					items = append(items, "- "+overridePlain(item, src))
				}
				blocks = append(blocks, strings.Join(items, "\n"))
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				blocks = append(blocks, overridePlain(b, src))
			case *east.TableRow, *east.TableHeader:
				var cells []string
				for cell := b.FirstChild(); cell != nil; cell = cell.NextSibling() {
					cells = append(cells, overridePlain(cell, src))
				}
				blocks = append(blocks, strings.Join(cells, " — "))
			case *ast.FencedCodeBlock, *ast.CodeBlock:
				var lines []string
				for i := range b.Lines().Len() {
					seg := b.Lines().At(i)
					lines = append(lines, strings.TrimRight(string(seg.Value(src)), "\n"))
				}
				blocks = append(blocks, strings.Join(lines, " "))
			default:
				walk(b, list)
			}
		}
	}
	walk(mdtext.Parse(src), false)
	return strings.Join(blocks, "\n\n")
}

// overridePlain is the text of a node, without markup, its cross-references
// written {{ref "clause-id"}}.
func overridePlain(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Type() == ast.TypeBlock {
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			b.WriteString(overridePlain(c, src))
			continue
		}
		var inline func(n ast.Node)
		inline = func(n ast.Node) {
			switch n := n.(type) {
			case *ast.Text:
				b.WriteString(mdtext.Unescape(n.Value(src)))
				if n.SoftLineBreak() || n.HardLineBreak() {
					b.WriteString(" ")
				}
				return
			case *ast.String:
				b.Write(n.Value)
				return
			case *ast.AutoLink:
				b.Write(n.URL(src))
				return
			case *ast.CodeSpan:
				for t := n.FirstChild(); t != nil; t = t.NextSibling() {
					if tt, ok := t.(*ast.Text); ok {
						b.Write(tt.Value(src))
					}
				}
				return
			case *ast.Image:
				return
			}
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				inline(c)
			}
		}
		inline(c)
	}
	return placeholderRef.ReplaceAllStringFunc(strings.TrimSpace(b.String()), func(m string) string {
		sub := placeholderRef.FindStringSubmatch(m)
		switch {
		case sub[1] == "":
			return `{{refs "` + sub[3] + `" "` + strings.ReplaceAll(sub[4], ",", `" "`) + `"}}`
		case sub[2] == "cap":
			return `{{Ref "` + sub[1] + `"}}`
		}
		return `{{ref "` + sub[1] + `"}}`
	})
}
