// Package answers reads and writes answers files: YAML documents holding
// the kind of document and the user's answers as nested mappings. Every
// problem is reported with the line it comes from.
package answers

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"apitos/internal/questionnaire"

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
	Values        questionnaire.Values
	// Raw keeps, as written, the answers that are invalid and therefore
	// absent from Values ("key", or "key#row.field" for a list field), so
	// that an editor can show them for correction instead of losing them.
	Raw map[string]string

	lines map[string]int // "provider.name", "annex#2", "annex#2.url" -> line
	top   int            // line of "answers:"
}

// Issue is a problem in an answers file, at a 1-based line.
type Issue struct {
	Line int
	questionnaire.Problem
}

// Parse reads an answers file. It returns the file (nil when its kind is
// unknown) and every problem found, including required answers that are
// missing; a document may be generated only when there are none.
func Parse(data []byte, reg Registry) (*File, []Issue) {
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
	// An answer already reported as invalid is not reported missing too.
	reported := map[string]bool{}
	for _, i := range p.issues {
		reported[problemKey(i.Problem)] = true
	}
	for _, m := range p.f.Questionnaire.Missing(p.f.Questionnaire.Resolve(p.f.Values)) {
		if !reported[problemKey(m)] {
			p.issues = append(p.issues, Issue{Line: p.f.Line(m.Key, m.Row), Problem: m})
		}
	}
	sort.SliceStable(p.issues, func(i, j int) bool { return p.issues[i].Line < p.issues[j].Line })
	return p.f, p.issues
}

func problemKey(p questionnaire.Problem) string {
	return p.Key + "#" + strconv.Itoa(p.Row) + "." + p.Field
}

type parser struct {
	f      *File
	issues []Issue
}

func (p *parser) add(line int, pr questionnaire.Problem) {
	p.issues = append(p.issues, Issue{Line: line, Problem: pr})
}

func (p *parser) top(root *yaml.Node, reg Registry) {
	var answers *yaml.Node
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
	switch qq.Type {
	case questionnaire.TypeList:
		val = p.list(qq, v)
	case questionnaire.TypeMulti:
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
// where it should be added.
func (f *File) Line(key string, row int) int {
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

// yamlIssue turns a YAML syntax error into an issue at the line where the
// problem is. The YAML library reports, for the errors of its parser
// ("did not find expected …"), the zero-based line where the enclosing
// construct starts, so those are shifted to count from one; a tab used for
// indentation, the most common slip, is located exactly.
func yamlIssue(data []byte, err error) Issue {
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " "), "\t") {
			return fileIssue(i+1, "file.yaml_tab")
		}
	}
	line := 1
	detail := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(detail); m != nil {
		line, _ = strconv.Atoi(m[1])
		detail = strings.TrimLeft(yamlLine.ReplaceAllString(detail, ""), ": ")
		if strings.HasPrefix(detail, "did not find expected") {
			line++
		}
	}
	return fileIssue(line, "file.yaml", "Detail", detail)
}

func fileIssue(line int, id string, kv ...any) Issue {
	return Issue{Line: line, Problem: questionnaire.Problem{Msg: message(id, kv...)}}
}

var message = questionnaire.NewMessage

// Missing reports whether an issue is only a missing required answer, which
// a preview tolerates.
func (i Issue) Missing() bool { return i.Msg != nil && i.Msg.ID == "value.required" }
