package answers

import (
	"bufio"
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/spdx"
	"apitos/internal/textfmt"
)

// SchemaWords words the fixed descriptions of a schema in one language.
type SchemaWords struct {
	Title       string // of the schema, "%s: answers file" with the kind's title
	Kind        string // of the kind key
	Languages   string // of the languages key
	Answers     string // of the answers key
	Row         string // of a row of a list
	TextIn      string // of the text of a translatable answer in one language, "%s" the language's name
	Translation string // added to the description of a translatable answer
	Charter     string // of the charter key, for a kind that takes facts from a charter
	FromCharter string // added to the description of such facts
	Overrides   string // of the overrides key
	// Clauses are the IDs of the kind's clauses, the keys an overrides
	// mapping may use (any clause ID when empty).
	Clauses []string
}

// SchemaID is the identifier of the schema of a kind's answers files.
func SchemaID(kind string) string { return "https://apitos.org/schema/answers/" + kind + ".json" }

// SchemaFile is the name under which init writes the schema of a kind
// beside an answers file, and which the file's first line names.
func SchemaFile(kind string) string { return kind + ".schema.json" }

// SchemaComment is the first line of an answers file that init writes: it
// tells YAML editors (through yaml-language-server) where the schema
// is, so that they check and complete the answers as they are typed.
func SchemaComment(kind string) string {
	return "yaml-language-server: $schema=" + SchemaFile(kind)
}

// KeepsSchemaComment reports whether an answers file saved at path
// should begin with SchemaComment: when the file already there names its
// schema on its first line, or when the schema init writes lies beside
// it. Saving from the wizard then keeps the editors' completion that init
// set up, and never points to a schema that is not there.
func KeepsSchemaComment(path, kind string) bool {
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), SchemaFile(kind))); err == nil {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	first, _ := bufio.NewReader(f).ReadString('\n')
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(first), "#")) == SchemaComment(kind)
}

// Schema returns the JSON Schema (draft 2020-12) of the answers files of
// a questionnaire, with its descriptions in lang: each answer's type,
// bounds and options (with their explanations), the answers without a
// default that a document cannot do without, and the form of a
// translatable answer, which depends on the file's languages (one text
// per language in a file of both, a plain text in a file of one).
//
// Answers that apply only under a condition (show_if) are never required
// by the schema: apitos validate says when they are.
func Schema(q *questionnaire.Questionnaire, lang textfmt.Lang, words SchemaWords) []byte {
	g := &schemaGen{q: q, lang: lang, words: words, defs: map[string]any{}}
	answers := func(both bool) string {
		name := "answers-one-language"
		if both {
			name = "answers-both-languages"
		}
		g.defs[name] = g.tree(q.Questions(), "", both)
		return "#/$defs/" + name
	}
	codes := []any{}
	for _, l := range textfmt.All {
		codes = append(codes, string(l))
	}
	root := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         SchemaID(q.Kind),
		"title":       strings.ReplaceAll(words.Title, "%s", q.Title.In(lang)),
		"description": q.Summary.In(lang),
		"type":        "object",
		"required":    []string{"kind", "answers"},
		"properties": map[string]any{
			"kind": map[string]any{"description": words.Kind, "const": q.Kind},
			"languages": map[string]any{
				"description": words.Languages,
				"anyOf": []any{
					map[string]any{"type": "array", "minItems": 1, "uniqueItems": true, "items": map[string]any{"enum": codes}},
					map[string]any{"enum": codes},
				},
			},
			"answers": map[string]any{"description": words.Answers},
		},
		"additionalProperties": false,
		// A file of one language (languages: [fr], or fr) writes each
		// translatable answer as a plain text; any other, one text per
		// language.
		"if": map[string]any{
			"required": []string{"languages"},
			"properties": map[string]any{"languages": map[string]any{"anyOf": []any{
				map[string]any{"type": "string"},
				map[string]any{"type": "array", "maxItems": 1},
			}}},
		},
		"then":  map[string]any{"properties": map[string]any{"answers": map[string]any{"$ref": answers(false)}}},
		"else":  map[string]any{"properties": map[string]any{"answers": map[string]any{"$ref": answers(true)}}},
		"$defs": g.defs,
	}
	root["properties"].(map[string]any)[questionnaire.OverridesKey] = g.overrides()
	if q.Links() {
		props := root["properties"].(map[string]any)
		props[CharterKey] = map[string]any{"description": words.Charter, "type": "string", "minLength": 1}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		panic(err) // maps, slices, strings, numbers and booleans always encode
	}
	return buf.Bytes()
}

// overrides is the schema of the overrides key: a clause's text edited by
// hand, one text per language (or a plain text in a file of one
// language), under the clause's ID.
func (g *schemaGen) overrides() map[string]any {
	names := map[string]any{"pattern": clauseID.String()}
	if len(g.words.Clauses) > 0 {
		ids := make([]any, len(g.words.Clauses))
		for i, id := range g.words.Clauses {
			ids[i] = id
		}
		names = map[string]any{"enum": ids}
	}
	langs := map[string]any{}
	for _, l := range textfmt.All {
		langs[string(l)] = map[string]any{"type": []string{"string", "null"}, "description": strings.ReplaceAll(g.words.TextIn, "%s", textfmt.LangName(l, g.lang))}
	}
	return map[string]any{
		"description":   g.words.Overrides,
		"type":          []string{"object", "null"},
		"propertyNames": names,
		"additionalProperties": map[string]any{"anyOf": []any{
			map[string]any{"type": "object", "properties": langs, "additionalProperties": false},
			map[string]any{"type": []string{"string", "null"}},
		}},
	}
}

type schemaGen struct {
	q     *questionnaire.Questionnaire
	lang  textfmt.Lang
	words SchemaWords
	defs  map[string]any
}

// tree is the schema of the answers under prefix: nested mappings, as an
// answers file writes dotted keys, each question a reference to its
// definition.
func (g *schemaGen) tree(qs []*questionnaire.Question, prefix string, both bool) map[string]any {
	props := map[string]any{}
	required := []string{}
	var groups []string
	children := map[string][]*questionnaire.Question{}
	for _, qq := range qs {
		rest := strings.TrimPrefix(qq.Key, prefix)
		name, _, nested := strings.Cut(rest, ".")
		if nested {
			if _, ok := children[name]; !ok {
				groups = append(groups, name)
			}
			children[name] = append(children[name], qq)
			continue
		}
		props[name] = map[string]any{"$ref": "#/$defs/" + g.define(qq, both)}
		if needed(qq) {
			required = append(required, name)
		}
	}
	for _, name := range groups {
		sub := g.tree(children[name], prefix+name+".", both)
		props[name] = sub
		if len(sub["required"].([]string)) > 0 {
			required = append(required, name)
		} else {
			// A section may be left with nothing under it, as a file
			// that takes its answers from a charter often is.
			sub["type"] = []string{"object", "null"}
		}
	}
	return map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// needed reports an answer that no file can leave out: required, with no
// default (nor another answer standing for it), asked and required
// whatever the other answers, and not one that a file can take from the
// charter it names instead.
func needed(qq *questionnaire.Question) bool {
	return qq.Required && qq.Default == nil && qq.DefaultFrom == "" && len(qq.ConditionKeys()) == 0 && len(qq.OptionalIf) == 0 && qq.FromCharter == ""
}

// define adds the definition of a question to $defs and returns its name.
// A question whose form depends on the file's languages has one
// definition for each form.
func (g *schemaGen) define(qq *questionnaire.Question, both bool) string {
	name := qq.Key
	if dependsOnLanguages(qq) {
		name += map[bool]string{false: "@one-language", true: "@both-languages"}[both]
	}
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = g.question(qq, both)
	}
	return name
}

func dependsOnLanguages(qq *questionnaire.Question) bool {
	if qq.Translatable {
		return true
	}
	for _, f := range qq.Fields {
		if f.Translatable {
			return true
		}
	}
	return false
}

// question is the schema of one answer (or list field).
func (g *schemaGen) question(qq *questionnaire.Question, both bool) map[string]any {
	v := g.value(qq, both)
	switch {
	case qq.Translatable && both:
		v = g.translations(v, needed(qq))
	case qq.Translatable:
		// In a file of one language, a plain text is that language's;
		// texts by language are accepted too.
		v = map[string]any{"anyOf": []any{v, g.translations(maps.Clone(v), false)}}
	}
	if !needed(qq) {
		v = nullable(v) // an answer left empty is written null
	}
	v["title"] = qq.Label.In(g.lang)
	var desc []string
	if h := qq.Help.In(g.lang); h != "" {
		desc = append(desc, h)
	}
	for _, reason := range []questionnaire.Text{qq.MinReason, qq.MustReason} {
		if r := reason.In(g.lang); r != "" {
			desc = append(desc, textfmt.Typeset(g.lang, capitalise(r)+"."))
		}
	}
	if qq.Translatable && both {
		desc = append(desc, g.words.Translation)
	}
	if qq.FromCharter != "" && g.words.FromCharter != "" {
		desc = append(desc, g.words.FromCharter)
	}
	if len(desc) > 0 {
		v["description"] = strings.Join(desc, "\n\n")
	}
	switch d := qq.DefaultValue().(type) {
	case nil:
	case time.Time:
		v["default"] = d.Format(time.DateOnly)
	default:
		v["default"] = d
	}
	return v
}

// translations is the schema of a translatable answer in a file of both
// languages: its text in each, each as text is.
func (g *schemaGen) translations(text map[string]any, required bool) map[string]any {
	props := map[string]any{}
	for _, l := range textfmt.All {
		t := map[string]any{"description": strings.ReplaceAll(g.words.TextIn, "%s", textfmt.LangName(l, g.lang))}
		for k, v := range text {
			t[k] = v
		}
		if required {
			t["minLength"] = 1
		} else {
			t = nullable(t)
		}
		props[string(l)] = t
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if required {
		s["required"] = textfmt.All
	}
	return s
}

// nullable lets a value be null too.
func nullable(v map[string]any) map[string]any {
	t, ok := v["type"].(string)
	for _, k := range []string{"const", "enum", "oneOf", "anyOf", "$ref"} {
		if _, has := v[k]; has {
			ok = false
		}
	}
	if ok {
		v["type"] = []string{t, "null"}
		return v
	}
	return map[string]any{"anyOf": []any{map[string]any{"type": "null"}, v}}
}

// value is the schema of an answer's value, without null.
func (g *schemaGen) value(qq *questionnaire.Question, both bool) map[string]any {
	switch qq.Type {
	case questionnaire.TypeText, questionnaire.TypeLong:
		max := qq.MaxLength
		if max == 0 {
			max = questionnaire.DefaultMaxLength
		}
		s := map[string]any{"type": "string", "maxLength": max}
		if qq.Type == questionnaire.TypeText {
			s["pattern"] = "^[^\\r\\n]*$" // one line
		}
		return s
	case questionnaire.TypeEmail:
		return map[string]any{"type": "string", "format": "email"}
	case questionnaire.TypeURL:
		return map[string]any{"type": "string", "format": "uri", "pattern": "^https?://"}
	case questionnaire.TypeDate:
		return map[string]any{"type": "string", "format": "date"}
	case questionnaire.TypeNumber:
		s := map[string]any{"type": "integer"}
		if qq.Min != nil {
			s["minimum"] = *qq.Min
		}
		if qq.Max != nil {
			s["maximum"] = *qq.Max
		}
		return s
	case questionnaire.TypeBool:
		s := map[string]any{"type": "boolean"}
		if qq.Must != nil {
			s["const"] = *qq.Must
		}
		return s
	case questionnaire.TypeChoice:
		return map[string]any{"oneOf": g.options(qq)}
	case questionnaire.TypeMulti:
		s := map[string]any{"type": "array", "uniqueItems": true, "items": map[string]any{"oneOf": g.options(qq)}}
		if qq.Min != nil {
			s["minItems"] = *qq.Min
		}
		return s
	case questionnaire.TypeLicence:
		g.defs["spdx"] = map[string]any{"enum": spdx.IDs()}
		// The suggested licences, explained, or any SPDX identifier.
		return map[string]any{"anyOf": append(g.options(qq), map[string]any{"$ref": "#/$defs/spdx"})}
	case questionnaire.TypeCountry:
		var codes []string
		for _, c := range textfmt.Countries() {
			codes = append(codes, c.Code)
		}
		g.defs["country"] = map[string]any{"enum": codes}
		return map[string]any{"$ref": "#/$defs/country"}
	case questionnaire.TypeList:
		props := map[string]any{}
		required := []string{}
		for _, f := range qq.Fields {
			props[f.FieldKey()] = g.question(f, both)
			if needed(f) {
				required = append(required, f.FieldKey())
			}
		}
		return map[string]any{"type": "array", "items": map[string]any{
			"description": g.words.Row, "type": "object", "properties": props,
			"required": required, "additionalProperties": false,
		}}
	}
	return map[string]any{}
}

// options are a choice's options: each its identifier, with its label as
// title and its explanation as description.
func (g *schemaGen) options(qq *questionnaire.Question) []any {
	var out []any
	for _, o := range qq.Options {
		out = append(out, map[string]any{"const": o.ID, "title": o.Label.In(g.lang), "description": o.Explain.In(g.lang)})
	}
	return out
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
