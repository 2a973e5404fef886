// Package answers reads and writes answers files: YAML documents holding
// the kind of document and the user's answers as nested mappings. Every
// problem is reported with the line it comes from.
package answers

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// Missing reports whether an issue is only a missing required answer, which
// a preview tolerates.
func (i Issue) Missing() bool { return i.Msg != nil && i.Msg.ID == "value.required" }
