package answers

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"

	"go.yaml.in/yaml/v3"
)

// Labels words the fixed comments of an encoded file in one language.
type Labels struct {
	// Schema, when set, is the file's first comment line: the modeline
	// that tells YAML editors where its JSON Schema is (SchemaComment).
	Schema   string
	Header   string // first comment line of the file, after Schema
	Required string // appended to the label of a required question
	Options  string // introduces the list of option identifiers
	// FromCharter introduces the key of the charter's question an answer
	// is taken from when the file names a charter.
	FromCharter string
}

// Encode writes answers as an answers file: the documents' languages
// (vals.Langs), the charter it names (vals.Charter), then every question of the questionnaire in order, nested
// by key, with the answer given or null. A translatable answer is a
// mapping of its texts by language when the documents have several
// languages (or when it holds a text in a language the documents do not
// have, which is kept), and a plain text otherwise. Answers to questions
// that do not apply are kept (the user may come back to them). With
// labels, each question is preceded by a comment holding its label, help
// and options in lang, so the file documents itself.
func Encode(q *questionnaire.Questionnaire, vals questionnaire.Values, lang textfmt.Lang, labels *Labels) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	if labels != nil {
		root.HeadComment = strings.TrimPrefix(labels.Schema+"\n"+labels.Header, "\n")
	}
	kindKey := scalarNode("kind")
	root.Content = append(root.Content, kindKey, scalarNode(q.Kind))
	langs := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, l := range vals.Langs() {
		langs.Content = append(langs.Content, scalarNode(string(l)))
	}
	root.Content = append(root.Content, scalarNode("languages"), langs)
	if ref := vals.Charter(); ref != "" {
		root.Content = append(root.Content, scalarNode(CharterKey), scalarNode(ref))
	}
	answers := &yaml.Node{Kind: yaml.MappingNode}
	root.Content = append(root.Content, scalarNode("answers"), answers)
	for _, qq := range q.Questions() {
		parent := ensure(answers, strings.Split(qq.Key, ".")[:strings.Count(qq.Key, ".")])
		k := scalarNode(qq.Key[strings.LastIndexByte(qq.Key, '.')+1:])
		if labels != nil {
			k.HeadComment = comment(qq, lang, labels)
		}
		var v *yaml.Node
		var err error
		if qq.FromCharter != "" && vals.Charter() != "" && qq.Translatable && vals[qq.Key] == nil {
			// The charter gives this text: like any other answer taken
			// from it, it is left empty, not as one empty text a language.
			v = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}
		} else if v, err = valueNode(qq, vals[qq.Key], vals.Langs()); err != nil {
			return nil, err
		}
		parent.Content = append(parent.Content, k, v)
	}
	if o := vals.Overrides(); len(o) > 0 {
		root.Content = append(root.Content, scalarNode(questionnaire.OverridesKey), overridesNode(o, vals.Langs()))
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	return buf.Bytes(), enc.Close()
}

// ensure returns the mapping at path under m, creating it as needed.
func ensure(m *yaml.Node, path []string) *yaml.Node {
	for _, name := range path {
		var child *yaml.Node
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == name {
				child = m.Content[i+1]
			}
		}
		if child == nil {
			child = &yaml.Node{Kind: yaml.MappingNode}
			m.Content = append(m.Content, scalarNode(name), child)
		}
		m = child
	}
	return m
}

func scalarNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func valueNode(qq *questionnaire.Question, v any, langs []textfmt.Lang) (*yaml.Node, error) {
	if qq.Translatable {
		if s, ok := v.(string); ok {
			v = questionnaire.Translated{langs[0]: s}
		}
		t, _ := v.(questionnaire.Translated)
		return translatedNode(t, langs), nil
	}
	switch v := v.(type) {
	case nil:
		if qq.Type == questionnaire.TypeList || qq.Type == questionnaire.TypeMulti {
			return &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}, nil
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}, nil
	case string:
		return scalarNode(v), nil
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v)}, nil
	case int:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)}, nil
	case time.Time:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: v.Format(time.DateOnly)}, nil
	case []string:
		n := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range v {
			n.Content = append(n.Content, scalarNode(s))
		}
		return n, nil
	case []questionnaire.Record:
		n := &yaml.Node{Kind: yaml.SequenceNode}
		for _, rec := range v {
			row := &yaml.Node{Kind: yaml.MappingNode}
			for _, f := range qq.Fields {
				fv, ok := rec[f.FieldKey()]
				if !ok {
					continue
				}
				fn, err := valueNode(f, fv, langs)
				if err != nil {
					return nil, err
				}
				row.Content = append(row.Content, scalarNode(f.FieldKey()), fn)
			}
			n.Content = append(n.Content, row)
		}
		return n, nil
	}
	return nil, fmt.Errorf("answer %s: unexpected value %T", qq.Key, v)
}

// translatedNode writes a translatable answer: a plain text (or null) in a
// document of one language, otherwise a mapping with every language of the
// documents (null when its text is missing) and any other language given.
// A text of no language is written back as the plain text it was.
func translatedNode(t questionnaire.Translated, langs []textfmt.Lang) *yaml.Node {
	if s := t[questionnaire.UnknownLang]; s != "" {
		return scalarNode(s) // as it was read: a text of no language
	}
	others := false
	for l, s := range t {
		others = others || (s != "" && !slices.Contains(langs, l))
	}
	if len(langs) == 1 && !others {
		if s := t[langs[0]]; s != "" {
			return scalarNode(s)
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}
	}
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, l := range textfmt.All {
		s, ok := t[l]
		switch {
		case ok && s != "":
			n.Content = append(n.Content, scalarNode(string(l)), scalarNode(s))
		case slices.Contains(langs, l):
			n.Content = append(n.Content, scalarNode(string(l)), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""})
		}
	}
	return n
}

func comment(qq *questionnaire.Question, lang textfmt.Lang, labels *Labels) string {
	var lines []string
	head := qq.Label.In(lang)
	if qq.Required {
		head += " " + labels.Required
	}
	lines = append(lines, head)
	if help := qq.Help.In(lang); help != "" {
		lines = append(lines, textfmt.Wrap(help, 76)...)
	}
	if len(qq.Options) > 0 {
		lines = append(lines, labels.Options+" "+strings.Join(qq.OptionIDs(), " | "))
	}
	if qq.FromCharter != "" && labels.FromCharter != "" {
		from := qq.FromCharter
		if qq.CharterTicks != "" {
			from += " (" + qq.CharterTicks + ")"
		}
		lines = append(lines, labels.FromCharter+" "+from)
	}
	return strings.Join(lines, "\n")
}

// overridesNode writes the clauses the answers replace, by ID in order:
// each text a literal block, under its language when the documents have
// several.
func overridesNode(o questionnaire.Overrides, langs []textfmt.Lang) *yaml.Node {
	ids := make([]string, 0, len(o))
	for id := range o {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	text := func(s string) *yaml.Node {
		n := scalarNode(s)
		if strings.Contains(s, "\n") {
			n.Style = yaml.LiteralStyle
		}
		return n
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, id := range ids {
		t := o[id]
		if len(langs) == 1 && len(t) == 1 && t[langs[0]] != "" {
			m.Content = append(m.Content, scalarNode(id), text(t[langs[0]]))
			continue
		}
		byLang := &yaml.Node{Kind: yaml.MappingNode}
		for _, l := range textfmt.All {
			if s, ok := t[l]; ok {
				byLang.Content = append(byLang.Content, scalarNode(string(l)), text(s))
			}
		}
		m.Content = append(m.Content, scalarNode(id), byLang)
	}
	return m
}
