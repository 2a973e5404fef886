// Package answers reads and writes answers files: YAML documents holding
// the kind of document and the user's answers as nested mappings. Every
// problem is reported with the line it comes from.
package answers

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"

	"go.yaml.in/yaml/v3"
)

// MaxSize bounds an answers file. The largest legitimate file is a few
// kilobytes; the bound keeps a wrong file from exhausting memory, while
// leaving room for a pasted oversized answer to be reported against its
// question rather than as a file too large.
const MaxSize = 16 << 20

// Registry finds the questionnaire of a document kind.
type Registry interface {
	Questionnaire(kind string) (*questionnaire.Questionnaire, bool)
	KindIDs() []string
}

// File is a parsed answers file. Values holds every valid answer, including
// answers to questions that do not currently apply, so that saving a file
// never loses what the user typed.
type File struct {
	Kind          string
	Questionnaire *questionnaire.Questionnaire
	// Langs are the languages the documents are written in, from the
	// file's languages key; a file without one is written in every
	// language. Values hold them too (see questionnaire.LanguagesKey).
	Langs  []textfmt.Lang
	Values questionnaire.Values
	// Raw keeps, as written, the answers that are invalid and therefore
	// absent from Values ("key", or "key#row.field" for a list field, with
	// "@lang" for the text of one language of a translatable answer), so
	// that an editor can show them for correction instead of losing them.
	// A translatable answer written as one text in a file of several
	// languages is kept under its key alone.
	Raw map[string]string

	// Link is the charter whose answers file this one names, if any.
	// Parse records it; ParseFile also reads the charter.
	Link *Link

	lines map[string]int // "provider.name", "annex#2", "annex#2.url" -> line
	top   int            // line of "answers:"
}

// Issue is a problem in an answers file, at a 1-based line. With
// Charter, the problem is in the charter the file names: Line is a line
// of the charter's file and Key a question of the charter.
type Issue struct {
	Line    int
	Charter bool
	// Note marks an answer that is valid but unused (see File.Ignored):
	// it refuses nothing, and is no warning about the documents either.
	Note bool
	questionnaire.Problem
}

// Parse reads an answers file. It returns the file (nil when its kind is
// unknown) and every problem found, including required answers that are
// missing; a document may be generated only when there are none. A
// charter the file names is recorded in Link but not read: see ParseFile.
func Parse(data []byte, reg Registry) (*File, []Issue) {
	return parse(data, reg, nil)
}

// ParseFile reads the answers file at path (whose content is data; "-"
// for standard input) like Parse and, when it names a charter, reads the
// charter too: the answers its questionnaire takes from the charter are
// then the charter's, and the problems of the link and of those answers
// in the charter are among the issues.
func ParseFile(path string, data []byte, reg Registry) (*File, []Issue) {
	return parse(data, reg, func(f *File) *Link {
		return Follow(path, f.Link.Ref, f.Link.Line, f.Questionnaire, reg)
	})
}

func parse(data []byte, reg Registry, follow func(*File) *Link) (*File, []Issue) {
	if len(data) > MaxSize {
		return nil, []Issue{fileIssue(1, "file.too_large", "Size", len(data), "Max", MaxSize)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, []Issue{yamlIssue(data, err)}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, []Issue{fileIssue(1, "file.empty")}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, []Issue{fileIssue(root.Line, "file.not_mapping")}
	}
	p := &parser{f: &File{Values: questionnaire.Values{}, Raw: map[string]string{}, lines: map[string]int{}}}
	p.top(root, reg)
	if p.f.Questionnaire == nil {
		return nil, p.issues
	}
	if p.f.Link != nil && follow != nil {
		p.link(follow(p.f))
	}
	// An answer already reported as invalid is not reported missing too,
	// nor are the translations of a text given once for several languages.
	reported := map[string]bool{}
	for _, i := range p.issues {
		if i.Charter {
			continue
		}
		reported[problemKey(i.Problem)] = true
		if i.Msg.ID == "value.untranslated" {
			for _, l := range p.f.Langs {
				lp := i.Problem
				lp.Lang = l
				reported[problemKey(lp)] = true
			}
		}
	}
	q := p.f.Questionnaire
	for _, m := range q.Missing(q.Resolve(p.f.Values)) {
		if reported[problemKey(m)] {
			continue
		}
		if qq, _ := q.Question(m.Key); qq.FromCharter != "" && p.f.Link != nil {
			if p.f.Link.OK() && m.Lang == "" && qq.Type == questionnaire.TypeBool && qq.DefaultValue() != nil &&
				p.f.Link.inapplicable(q, qq, false) != nil {
				// The charter's question does not apply to it, and the
				// file leaves this one unanswered: a yes-or-no question
				// then takes its default, and nothing is missing.
				continue
			}
			// The charter gives no such answer.
			if m.Msg = p.f.Link.Gap(q, qq, m); m.Msg == nil {
				continue // the charter reports its own problem, or cannot be read
			}
		}
		p.issues = append(p.issues, Issue{Line: p.f.Line(m.Key, m.Row), Problem: m})
	}
	if c, ok := reg.(OverrideChecker); ok && len(p.f.Values.Overrides()) > 0 {
		for _, pr := range c.CheckOverrides(p.f.Kind, p.f.Values) {
			p.issues = append(p.issues, Issue{Line: p.f.overrideLine(pr), Problem: pr})
		}
	}
	sortIssues(p.issues)
	return p.f, p.issues
}

// sortIssues orders issues by line, those of the file before those of
// the charter it names.
func sortIssues(issues []Issue) {
	sort.SliceStable(issues, func(i, j int) bool {
		if issues[i].Charter != issues[j].Charter {
			return !issues[i].Charter
		}
		return issues[i].Line < issues[j].Line
	})
}

// link takes the answers the file's questionnaire declares from the
// charter l: the file's own answers to those questions are refused, and
// the charter's problems with them are reported.
func (p *parser) link(l *Link) {
	f := p.f
	f.Link = l
	if !l.OK() {
		p.issues = append(p.issues, Issue{Line: l.Line, Problem: questionnaire.Problem{Msg: l.problem}})
		p.issues = append(p.issues, l.Issues()...)
		return
	}
	q := f.Questionnaire
	facts := l.Facts(q)
	c := l.File
	for _, qq := range q.Linked() {
		if f.given(qq.Key) {
			// Said twice, the answer could contradict the charter: it is
			// refused whatever it is, and any other problem it has does
			// not matter.
			m := l.inapplicable(q, qq, true)
			if m == nil {
				m = message("link.answered", "Path", l.Ref, "Line", c.Line(qq.FromCharter, 0))
			}
			p.refuse(qq.Key, m)
		}
		f.forget(qq.Key)
		if v, ok := facts[qq.Key]; ok {
			f.Values[qq.Key] = v
		}
	}
	// A question with a charter default that the charter answers (the
	// registered office and registration number of the legal person it
	// names) is the charter's fact too: a second answer here would name
	// another party to the contributions, so it is refused as well, and
	// the charter's stands.
	for _, qq := range q.Questions() {
		if qq.CharterDefault == "" || !questionnaire.Answered(l.Answers()[qq.CharterDefault]) || !f.given(qq.Key) {
			continue
		}
		p.refuse(qq.Key, message("link.answered", "Path", l.Ref, "Line", c.Line(qq.CharterDefault, 0)))
		f.forget(qq.Key)
	}
	f.Values.SetCharter(l.Ref)
	f.Values.SetCharterAnswers(l.Answers())
	p.issues = append(p.issues, l.Issues()...)
}

// given says whether the file answers key, validly or not.
func (f *File) given(key string) bool {
	_, v := f.Values[key]
	_, r := f.Raw[key]
	return v || r
}

// forget drops the file's own answer to key.
func (f *File) forget(key string) {
	delete(f.Values, key)
	delete(f.Raw, key)
}

// refuse replaces whatever the parser reported about key with m.
func (p *parser) refuse(key string, m *questionnaire.Message) {
	p.issues = slices.DeleteFunc(p.issues, func(i Issue) bool { return i.Key == key })
	p.add(p.f.lines[key], questionnaire.Problem{Key: key, Msg: m})
}

// OverrideChecker checks, for the parser, the clauses that the answers
// replace against the document they would be assembled into.
type OverrideChecker interface {
	CheckOverrides(kind string, vals questionnaire.Values) []questionnaire.Problem
}

// clauseID is what a clause's ID looks like.
var clauseID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// overrides reads the clauses whose text the answers replace:
// {clause-id: {en: …, fr: …}}, or a plain text in a file of one
// language. Each text may span several lines and paragraphs.
func (p *parser) overrides(v *yaml.Node) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return
	}
	if v.Kind != yaml.MappingNode {
		p.issues = append(p.issues, fileIssue(v.Line, "override.map"))
		return
	}
	key := questionnaire.OverridesKey
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, tv := v.Content[i], v.Content[i+1]
		id := strings.TrimSpace(k.Value)
		pr := questionnaire.Problem{Key: key, Field: id}
		if !clauseID.MatchString(id) {
			pr.Msg = message("override.id", "Clause", id)
			p.add(k.Line, pr)
			continue
		}
		if _, dup := p.f.lines[key+"."+id]; dup {
			p.issues = append(p.issues, fileIssue(k.Line, "file.duplicate_key", "Key", id))
			continue
		}
		p.f.lines[key+"."+id] = k.Line
		texts := questionnaire.Translated{}
		switch {
		case tv.Kind == yaml.ScalarNode && tv.Tag == "!!null":
		case tv.Kind == yaml.ScalarNode && len(p.f.Langs) > 1:
			pr.Msg = message("override.untranslated", "Clause", id, "Langs", langNames(p.f.Langs))
			p.add(tv.Line, pr)
			continue
		case tv.Kind == yaml.ScalarNode:
			texts[p.f.Langs[0]] = tv.Value
			p.f.lines[key+"."+id+"@"+string(p.f.Langs[0])] = tv.Line
		case tv.Kind == yaml.MappingNode:
			for j := 0; j+1 < len(tv.Content); j += 2 {
				lk, lv := tv.Content[j], tv.Content[j+1]
				l, err := textfmt.ParseLang(lk.Value)
				lp := pr
				lp.Lang = l
				switch {
				case err != nil:
					pr.Msg = message("value.lang_key", "Key", lk.Value)
					p.add(lk.Line, pr)
					continue
				case lv.Kind != yaml.ScalarNode:
					lp.Msg = message("value.scalar")
					p.add(lv.Line, lp)
					continue
				}
				p.f.lines[key+"."+id+"@"+string(l)] = lv.Line
				if lv.Tag != "!!null" {
					texts[l] = lv.Value
				}
			}
		default:
			pr.Msg = message("override.value", "Clause", id)
			p.add(tv.Line, pr)
			continue
		}
		for l, text := range texts {
			for _, r := range text {
				if r != '\n' && r != '\t' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029') {
					lp := pr
					lp.Lang, lp.Msg = l, message("value.control", "Code", strconv.QuoteRuneToASCII(r))
					p.add(p.f.lines[key+"."+id+"@"+string(l)], lp)
					delete(texts, l)
					break
				}
			}
		}
		p.f.Values.SetOverride(id, texts)
	}
}

// overrideLine is the line of a problem with an override: that of its
// text in the language concerned, or of its clause's ID.
func (f *File) overrideLine(pr questionnaire.Problem) int {
	key := questionnaire.OverridesKey + "." + pr.Field
	if l, ok := f.lines[key+"@"+string(pr.Lang)]; ok && pr.Lang != "" {
		return l
	}
	if l, ok := f.lines[key]; ok {
		return l
	}
	return 1
}

func problemKey(p questionnaire.Problem) string {
	return p.Key + "#" + strconv.Itoa(p.Row) + "." + p.Field + "@" + string(p.Lang)
}

type parser struct {
	f      *File
	issues []Issue
}

func (p *parser) add(line int, pr questionnaire.Problem) {
	p.issues = append(p.issues, Issue{Line: line, Problem: pr})
}

func (p *parser) top(root *yaml.Node, reg Registry) {
	var answers, overrides *yaml.Node
	kindLine := root.Line
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			p.issues = append(p.issues, fileIssue(k.Line, "file.duplicate_key", "Key", k.Value))
			continue
		}
		seen[k.Value] = true
		switch k.Value {
		case "kind":
			kindLine = k.Line
			p.f.Kind = strings.TrimSpace(v.Value)
		case "answers":
			answers = v
			p.f.top = k.Line
		case "languages":
			p.languages(v)
		case questionnaire.OverridesKey:
			overrides = v // read once the languages are known
		case CharterKey:
			if v.Kind != yaml.ScalarNode || v.Tag == "!!null" || strings.TrimSpace(v.Value) == "" {
				p.issues = append(p.issues, fileIssue(v.Line, "link.value"))
				continue
			}
			p.f.Link = &Link{Ref: strings.TrimSpace(v.Value), Line: k.Line}
		default:
			p.issues = append(p.issues, fileIssue(k.Line, "file.top_unknown", "Key", k.Value))
		}
	}
	if p.f.Kind == "" {
		p.issues = append(p.issues, fileIssue(kindLine, "file.kind_missing"))
		return
	}
	q, ok := reg.Questionnaire(p.f.Kind)
	if !ok {
		p.issues = append(p.issues, fileIssue(kindLine, "file.kind_unknown", "Kind", p.f.Kind,
			"Kinds", strings.Join(reg.KindIDs(), ", ")))
		return
	}
	p.f.Questionnaire = q
	if p.f.Link != nil && !q.Links() {
		p.issues = append(p.issues, fileIssue(p.f.Link.Line, "link.not_linkable"))
		p.f.Link = nil
	}
	if p.f.Langs == nil {
		p.f.Langs = textfmt.All
	}
	p.f.Values.SetLangs(p.f.Langs)
	if overrides != nil {
		p.overrides(overrides)
	}
	switch {
	case answers == nil:
		p.issues = append(p.issues, fileIssue(root.Line, "file.answers_missing"))
	case answers.Kind == yaml.ScalarNode && answers.Tag == "!!null":
		// "answers:" with nothing under it: every answer is missing.
	case answers.Kind != yaml.MappingNode:
		p.issues = append(p.issues, fileIssue(answers.Line, "file.answers_map"))
	default:
		p.mapping(answers, "")
	}
}

// languages reads the documents' languages: a list such as [en, fr] or
// [fr] (a single code, or codes separated by commas, are accepted too).
func (p *parser) languages(v *yaml.Node) {
	var items []*yaml.Node
	switch {
	case v.Kind == yaml.SequenceNode:
		items = v.Content
	case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
		items = []*yaml.Node{v}
	}
	var langs []textfmt.Lang
	for _, item := range items {
		if item.Kind != yaml.ScalarNode {
			p.issues = append(p.issues, fileIssue(item.Line, "file.languages"))
			return
		}
		for _, code := range strings.Split(item.Value, ",") {
			l, err := textfmt.ParseLang(code)
			if err != nil {
				p.issues = append(p.issues, fileIssue(item.Line, "file.language_unknown", "Value", strings.TrimSpace(code)))
				return
			}
			langs = append(langs, l)
		}
	}
	if len(langs) == 0 {
		p.issues = append(p.issues, fileIssue(v.Line, "file.languages"))
		return
	}
	vals := questionnaire.Values{}
	vals.SetLangs(langs) // in their stable order, without duplicates
	p.f.Langs = vals.Langs()
}

// mapping walks a mapping of answers whose keys extend prefix.
func (p *parser) mapping(n *yaml.Node, prefix string) {
	q := p.f.Questionnaire
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := prefix + k.Value
		if seen[key] {
			p.add(k.Line, questionnaire.Problem{Key: key, Msg: message("file.duplicate_key", "Key", key)})
			continue
		}
		seen[key] = true
		p.f.lines[key] = k.Line
		if v.Kind == yaml.AliasNode || v.Anchor != "" {
			p.add(v.Line, questionnaire.Problem{Key: key, Msg: message("file.alias")})
			continue
		}
		if qq, ok := q.Question(key); ok && qq.Parent() == nil {
			p.value(qq, v)
			continue
		}
		if p.isGroup(key) {
			if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				// A section left empty, as "legal:" with nothing under
				// it once its answers are removed: none of them is given.
				continue
			}
			if v.Kind != yaml.MappingNode {
				p.add(v.Line, questionnaire.Problem{Key: key, Msg: message("file.group")})
				continue
			}
			p.mapping(v, key+".")
			continue
		}
		p.add(k.Line, questionnaire.Problem{Key: key, Msg: unknownKey(key, p.keys())})
	}
}

func (p *parser) isGroup(key string) bool {
	for _, qq := range p.f.Questionnaire.Questions() {
		if strings.HasPrefix(qq.Key, key+".") {
			return true
		}
	}
	return false
}

func (p *parser) keys() []string {
	var keys []string
	for _, qq := range p.f.Questionnaire.Questions() {
		keys = append(keys, qq.Key)
	}
	return keys
}

// value converts the answer to one top-level question.
func (p *parser) value(qq *questionnaire.Question, v *yaml.Node) {
	var val any
	var m *questionnaire.Message
	switch {
	case qq.Translatable:
		if t := p.translated(qq, v, questionnaire.Problem{Key: qq.Key}, qq.Key); t != nil {
			p.f.Values[qq.Key] = t
		}
		return
	case qq.Type == questionnaire.TypeList:
		val = p.list(qq, v)
	case qq.Type == questionnaire.TypeMulti:
		val, m = multi(qq, v)
	default:
		val, m = scalar(qq, v)
	}
	if m != nil {
		p.add(v.Line, questionnaire.Problem{Key: qq.Key, Msg: m})
		if v.Kind == yaml.ScalarNode {
			p.f.Raw[qq.Key] = v.Value
		}
		return
	}
	if val != nil {
		p.f.Values[qq.Key] = val
	}
}

func scalar(qq *questionnaire.Question, v *yaml.Node) (any, *questionnaire.Message) {
	if v.Kind != yaml.ScalarNode {
		return nil, message("value.scalar")
	}
	if v.Tag == "!!null" {
		return nil, nil
	}
	return qq.Convert(v.Value)
}

func multi(qq *questionnaire.Question, v *yaml.Node) (any, *questionnaire.Message) {
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil, nil
		}
		return qq.Convert(v.Value) // "a" or "a, b"
	case yaml.SequenceNode:
		var items []string
		for _, c := range v.Content {
			if c.Kind != yaml.ScalarNode {
				return nil, message("value.multi")
			}
			items = append(items, c.Value)
		}
		return qq.ConvertMulti(items)
	}
	return nil, message("value.multi")
}

// list converts the rows of a list question; a row with a bad field keeps
// its other fields, so that saving never loses them.
func (p *parser) list(qq *questionnaire.Question, v *yaml.Node) any {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		p.add(v.Line, questionnaire.Problem{Key: qq.Key, Msg: message("value.list")})
		return nil
	}
	var rows []questionnaire.Record
	for i, rn := range v.Content {
		row := i + 1
		p.f.lines[RowKey(qq.Key, row)] = rn.Line
		if rn.Kind != yaml.MappingNode {
			p.add(rn.Line, questionnaire.Problem{Key: qq.Key, Row: row, Msg: message("value.record")})
			continue
		}
		rec := questionnaire.Record{}
		for j := 0; j+1 < len(rn.Content); j += 2 {
			k, fv := rn.Content[j], rn.Content[j+1]
			field := fieldOf(qq, k.Value)
			if field == nil {
				p.add(k.Line, questionnaire.Problem{Key: qq.Key, Row: row,
					Msg: message("file.unknown_field", "Key", k.Value, "Fields", fieldKeys(qq))})
				continue
			}
			p.f.lines[RowKey(qq.Key, row)+"."+k.Value] = k.Line
			if field.Translatable {
				pr := questionnaire.Problem{Key: qq.Key, Row: row, Field: k.Value}
				if t := p.translated(field, fv, pr, RowKey(qq.Key, row)+"."+k.Value); t != nil {
					rec[k.Value] = t
				}
				continue
			}
			val, m := scalar(field, fv)
			if m != nil {
				p.add(fv.Line, questionnaire.Problem{Key: qq.Key, Row: row, Field: k.Value, Msg: m})
				if fv.Kind == yaml.ScalarNode {
					p.f.Raw[RowKey(qq.Key, row)+"."+k.Value] = fv.Value
				}
				continue
			}
			if val != nil {
				rec[k.Value] = val
			}
		}
		rows = append(rows, rec)
	}
	if len(rows) == 0 {
		return nil
	}
	return rows
}

// translated converts the answer to a translatable question or field: a
// mapping of texts by language or, in a file written in one language, a
// plain text, which is that language's. In a file written in several
// languages, a plain text cannot say which language it is in: it is
// reported, and kept as the text of questionnaire.UnknownLang (in Raw
// under raw when it is invalid too). pr locates the problems.
func (p *parser) translated(qq *questionnaire.Question, v *yaml.Node, pr questionnaire.Problem, raw string) questionnaire.Translated {
	texts := map[textfmt.Lang]string{}
	lines := map[textfmt.Lang]int{}
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
		return nil
	case v.Kind == yaml.ScalarNode && len(p.f.Langs) > 1:
		// Kept as a text of no language, so that a preview marks the
		// translation missing in every document, and an editor shows it.
		s, m := qq.Convert(v.Value)
		if m == nil {
			pr.Msg = message("value.untranslated", "Langs", langNames(p.f.Langs))
		} else {
			pr.Msg = m
		}
		p.add(v.Line, pr)
		if m != nil || s == nil {
			p.f.Raw[raw] = v.Value
			return nil
		}
		return questionnaire.Translated{questionnaire.UnknownLang: s.(string)}
	case v.Kind == yaml.ScalarNode:
		texts[p.f.Langs[0]], lines[p.f.Langs[0]] = v.Value, v.Line
	case v.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(v.Content); i += 2 {
			k, tv := v.Content[i], v.Content[i+1]
			l, err := textfmt.ParseLang(k.Value)
			switch {
			case err != nil:
				pr.Msg = message("value.lang_key", "Key", k.Value)
				p.add(k.Line, pr)
				continue
			case lines[l] != 0:
				pr.Msg = message("file.duplicate_key", "Key", k.Value)
				p.add(k.Line, pr)
				continue
			case tv.Kind != yaml.ScalarNode:
				lp := pr
				lp.Lang, lp.Msg = l, message("value.scalar")
				p.add(tv.Line, lp)
				continue
			}
			lines[l] = tv.Line
			if tv.Tag != "!!null" {
				texts[l] = tv.Value
			}
		}
	default:
		pr.Msg = message("value.translated")
		p.add(v.Line, pr)
		return nil
	}
	t, bad := qq.ConvertTranslated(texts)
	for _, l := range textfmt.All {
		if m := bad[l]; m != nil {
			lp := pr
			lp.Lang, lp.Msg = l, m
			p.add(lines[l], lp)
			p.f.Raw[questionnaire.LangKey(raw, l)] = texts[l]
		}
	}
	return t
}

// langNames names languages in every language: "English and French".
func langNames(langs []textfmt.Lang) questionnaire.Text {
	out := questionnaire.Text{}
	for _, in := range textfmt.All {
		var names []string
		for _, l := range langs {
			names = append(names, textfmt.LangName(l, in))
		}
		out[in] = textfmt.List(in, names)
	}
	return out
}

func fieldOf(qq *questionnaire.Question, key string) *questionnaire.Question {
	for _, f := range qq.Fields {
		if f.FieldKey() == key {
			return f
		}
	}
	return nil
}

func fieldKeys(qq *questionnaire.Question) string {
	var keys []string
	for _, f := range qq.Fields {
		keys = append(keys, f.FieldKey())
	}
	return strings.Join(keys, ", ")
}

// RowKey names a row of a list question in Raw: "annex#2".
func RowKey(key string, row int) string { return key + "#" + strconv.Itoa(row) }

// Line is the line of an answer (of a row, for row > 0) or, when it is
// absent, of its nearest ancestor in the file, so that "missing" points
// where it should be added. An answer taken from the charter is located
// at the line that names the charter.
func (f *File) Line(key string, row int) int {
	if f.Link != nil && f.Link.Line > 0 {
		if qq, ok := f.Questionnaire.Question(key); ok && qq.FromCharter != "" {
			return f.Link.Line
		}
	}
	if row > 0 {
		if l, ok := f.lines[RowKey(key, row)]; ok {
			return l
		}
	}
	for k := key; k != ""; {
		if l, ok := f.lines[k]; ok {
			return l
		}
		i := strings.LastIndexByte(k, '.')
		if i < 0 {
			break
		}
		k = k[:i]
	}
	if f.top > 0 {
		return f.top
	}
	return 1
}

func unknownKey(key string, keys []string) *questionnaire.Message {
	if near := questionnaire.Closest(key, keys); near != "" {
		return message("file.unknown_key_suggest", "Key", key, "Suggestion", near)
	}
	return message("file.unknown_key", "Key", key)
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlHints name the likely slip behind the YAML library's commonest
// errors, in words a person editing the file by hand understands, so that
// "mapping values are not allowed in this context" reaches the user as
// "put the answer in quotes". The library counts lines from zero for the
// errors of its parser (zeroBased), from one for those of its scanner.
var yamlHints = []struct {
	prefix, id string
	zeroBased  bool
}{
	{"found unexpected end of stream", "file.yaml_unclosed", false},
	{"mapping values are not allowed", "file.yaml_colon", false},
	{"did not find expected key", "file.yaml_indent", true},
	{"did not find expected '-' indicator", "file.yaml_list", true},
	{"did not find expected ',' or ']'", "file.yaml_bracket", true},
	{"did not find expected ',' or '}'", "file.yaml_brace", true},
	{"did not find expected node content", "file.yaml_reserved", true},
	{"found character that cannot start any token", "file.yaml_reserved", false},
	{"did not find expected alphabetic or numeric character", "file.yaml_reference", false},
	{"unknown anchor", "file.yaml_reference", false},
	{"could not find expected ':'", "file.yaml_no_colon", false},
	{"found unknown escape character", "file.yaml_escape", false},
	{"block sequence entries are not allowed", "file.yaml_dash", false},
	{"control characters are not allowed", "file.yaml_control", false},
	{"invalid leading UTF-8 octet", "file.yaml_utf8", false},
	{"invalid trailing UTF-8 octet", "file.yaml_utf8", false},
	{"incomplete UTF-8 octet sequence", "file.yaml_utf8", false},
}

// yamlIssue turns a YAML syntax error into an issue at the line where the
// problem is, explained when the error is a common one. A tab used for
// indentation, the most common slip, is located exactly, and so are the
// errors the library reports without a line.
func yamlIssue(data []byte, err error) Issue {
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " "), "\t") {
			return fileIssue(i+1, "file.yaml_tab")
		}
	}
	line := 0
	detail := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(detail); m != nil {
		line, _ = strconv.Atoi(m[1])
		detail = strings.TrimLeft(yamlLine.ReplaceAllString(detail, ""), ": ")
	}
	for _, h := range yamlHints {
		if !strings.HasPrefix(detail, h.prefix) {
			continue
		}
		switch {
		case line == 0:
			line = lineOf(lines, h.id, detail)
		case h.zeroBased:
			line++
		}
		if h.id == "file.yaml_indent" {
			// The library names the line where the enclosing block
			// starts; a line further down indented to a level that no
			// block has is the one to fix.
			if bad := misaligned(lines, line); bad > 0 {
				line = bad
			}
		}
		return fileIssue(max(line, 1), h.id)
	}
	return fileIssue(max(line, 1), "file.yaml", "Detail", detail)
}

// misaligned returns the first line, from line from on (counting from
// one), that steps back to an indentation no enclosing block has, or 0.
func misaligned(lines []string, from int) int {
	var open []int // indentations of the blocks enclosing the current line
	for i, l := range lines {
		text := strings.TrimLeft(l, " ")
		if text == "" || text[0] == '#' {
			continue
		}
		indent := len(l) - len(text)
		dedent := len(open) > 0 && open[len(open)-1] > indent
		for len(open) > 0 && open[len(open)-1] > indent {
			open = open[:len(open)-1]
		}
		if dedent && len(open) > 0 && open[len(open)-1] != indent && i+1 >= from {
			return i + 1
		}
		if len(open) == 0 || open[len(open)-1] < indent {
			open = append(open, indent)
		}
	}
	return 0
}

var anchorName = regexp.MustCompile(`unknown anchor '(.*)' referenced`)

// lineOf finds the line of the errors the YAML library reports without
// one: the first reference to an unknown anchor, the first control
// character, the first byte that is not UTF-8. It returns 0 when it finds
// none.
func lineOf(lines []string, id, detail string) int {
	var bad func(line string) bool
	switch id {
	case "file.yaml_reference":
		m := anchorName.FindStringSubmatch(detail)
		if m == nil {
			return 0
		}
		bad = func(l string) bool { return strings.Contains(l, "*"+m[1]) }
	case "file.yaml_control":
		bad = func(l string) bool {
			return strings.IndexFunc(l, func(r rune) bool { return unicode.IsControl(r) && r != '\t' && r != '\r' }) >= 0
		}
	case "file.yaml_utf8":
		bad = func(l string) bool { return !utf8.ValidString(l) }
	default:
		return 0
	}
	for i, l := range lines {
		if bad(l) {
			return i + 1
		}
	}
	return 0
}

func fileIssue(line int, id string, kv ...any) Issue {
	return Issue{Line: line, Problem: questionnaire.Problem{Msg: message(id, kv...)}}
}

var message = questionnaire.NewMessage

// Missing reports whether an issue is only a missing required answer or a
// missing translation, which a preview tolerates and marks.
func (i Issue) Missing() bool {
	if i.Msg == nil {
		return false
	}
	switch i.Msg.ID {
	case "value.required", "value.translation_missing", "value.untranslated",
		"link.missing", "link.missing_translation", "link.not_applicable", "link.not_ticked":
		return true
	}
	return false
}
