package questionnaire

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"apitos/internal/spdx"
	"apitos/internal/textfmt"

	"go.yaml.in/yaml/v3"
)

var keyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$`)
var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*$`)

// DefaultMaxLength bounds free text when a question sets no max_length: an
// answer is a name, an address or a paragraph, never a book.
const DefaultMaxLength = 2000

// Load parses a questionnaire and checks that it is complete and coherent:
// every text in every language, unique keys, valid defaults, conditions
// that refer to real questions and values.
func Load(data []byte) (*Questionnaire, error) {
	var q Questionnaire
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&q); err != nil {
		return nil, fmt.Errorf("questionnaire: %w", err)
	}
	q.typeset()
	if err := q.index(); err != nil {
		return nil, fmt.Errorf("questionnaire %s: %w", q.Kind, err)
	}
	if err := q.check(); err != nil {
		return nil, fmt.Errorf("questionnaire %s: %w", q.Kind, err)
	}
	return &q, nil
}

func (q *Questionnaire) index() error {
	q.byKey = map[string]*Question{}
	for _, g := range q.Groups {
		for _, qq := range g.Questions {
			if err := q.add(qq, nil); err != nil {
				return err
			}
			q.order = append(q.order, qq)
		}
	}
	// A key cannot be both an answer and a group of answers.
	for k := range q.byKey {
		for i := strings.IndexByte(k, '.'); i >= 0; i = next(k, i) {
			if p, ok := q.byKey[k[:i]]; ok && p.Type != TypeList {
				return fmt.Errorf("key %s is both a question and the parent of %s", k[:i], k)
			}
		}
	}
	return nil
}

func next(s string, i int) int {
	j := strings.IndexByte(s[i+1:], '.')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func (q *Questionnaire) add(qq *Question, parent *Question) error {
	if parent != nil {
		qq.Key = parent.Key + "." + qq.Key
		qq.parent = parent
	}
	if !keyPattern.MatchString(qq.Key) {
		return fmt.Errorf("invalid key %q", qq.Key)
	}
	if qq.Key == Bilingual || qq.Key == LanguagesKey {
		return fmt.Errorf("key %s is reserved for the documents' languages", qq.Key)
	}
	if qq.Key == LinkedToCharter || qq.Key == CharterKey {
		return fmt.Errorf("key %s is reserved for the link to a charter", qq.Key)
	}
	if qq.Key == OverridesKey || strings.HasPrefix(qq.Key, OverridesKey+".") {
		return fmt.Errorf("key %s is reserved for the clauses edited by hand", qq.Key)
	}
	if _, dup := q.byKey[qq.Key]; dup {
		return fmt.Errorf("duplicate key %s", qq.Key)
	}
	q.byKey[qq.Key] = qq
	for _, f := range qq.Fields {
		if err := q.add(f, qq); err != nil {
			return err
		}
	}
	return nil
}

func (q *Questionnaire) check() error {
	var errs []error
	need := func(what string, t Text) {
		for _, l := range textfmt.All {
			if strings.TrimSpace(t[l]) == "" {
				errs = append(errs, fmt.Errorf("%s has no %s text", what, l))
			}
		}
	}
	if q.Kind == "" {
		errs = append(errs, errors.New("no kind"))
	}
	need("title", q.Title)
	need("summary", q.Summary)
	if len(q.Party) > 0 {
		need("party", q.Party)
	}
	need("document subject", q.Document.Subject)
	need("document keywords", q.Document.Keywords)
	if (q.Document.Prevailing == "") != (q.Document.PrevailingClause == "") {
		errs = append(errs, errors.New("document: prevailing_language and prevailing_clause go together"))
	}
	keys := []string{q.Document.Name, q.Document.Author, q.Document.Version, q.Document.EffectiveDate}
	if q.Document.Prevailing != "" {
		keys = append(keys, q.Document.Prevailing)
	}
	for _, k := range keys {
		if _, ok := q.byKey[k]; !ok {
			errs = append(errs, fmt.Errorf("document refers to unknown question %q", k))
		}
	}
	for _, g := range q.Groups {
		need("group "+g.ID, g.Title)
		if len(g.Questions) == 0 {
			errs = append(errs, fmt.Errorf("group %s is empty", g.ID))
		}
	}
	for _, qq := range q.byKey {
		errs = append(errs, q.checkQuestion(qq, need)...)
	}
	errs = append(errs, q.checkRules(need)...)
	return errors.Join(errs...)
}

func (q *Questionnaire) checkQuestion(qq *Question, need func(string, Text)) []error {
	var errs []error
	need(qq.Key+" label", qq.Label)
	if len(qq.Help) > 0 {
		need(qq.Key+" help", qq.Help)
	}
	if len(qq.Party) > 0 {
		need(qq.Key+" party", qq.Party)
	}
	switch qq.Type {
	case TypeText, TypeLong, TypeEmail, TypeURL, TypeDate, TypeNumber, TypeBool, TypeCountry:
	case TypeChoice, TypeMulti, TypeLicence:
		if len(qq.Options) < 2 {
			errs = append(errs, fmt.Errorf("%s needs at least two options", qq.Key))
		}
		seen := map[string]bool{}
		for _, o := range qq.Options {
			if qq.Type == TypeLicence {
				if id, ok := spdx.Lookup(o.ID); !ok || id != o.ID {
					errs = append(errs, fmt.Errorf("%s: %q is not a current SPDX identifier as written by SPDX", qq.Key, o.ID))
				}
			} else if !idPattern.MatchString(o.ID) {
				errs = append(errs, fmt.Errorf("%s: invalid option id %q", qq.Key, o.ID))
			}
			if seen[o.ID] {
				errs = append(errs, fmt.Errorf("%s: duplicate option id %q", qq.Key, o.ID))
			}
			seen[o.ID] = true
			need(qq.Key+"/"+o.ID+" label", o.Label)
			need(qq.Key+"/"+o.ID+" explanation", o.Explain)
			switch o.Rights {
			case "", RightsHigh, RightsModerate, RightsLow:
			default:
				errs = append(errs, fmt.Errorf("%s/%s: unknown rights level %q", qq.Key, o.ID, o.Rights))
			}
		}
	case TypeList:
		if len(qq.Fields) == 0 {
			errs = append(errs, fmt.Errorf("%s: a list needs fields", qq.Key))
		}
	default:
		errs = append(errs, fmt.Errorf("%s: unknown type %q", qq.Key, qq.Type))
	}
	errs = append(errs, qq.checkFromCharter()...)
	if qq.DefaultFrom != "" {
		if src, ok := q.byKey[qq.DefaultFrom]; !ok || src.Type != qq.Type || src.parent != nil || src == qq {
			errs = append(errs, fmt.Errorf("%s: default_from %q is not another top-level answer of the same type", qq.Key, qq.DefaultFrom))
		}
	}
	for _, k := range qq.Instead {
		if src, ok := q.byKey[k]; !ok || src.parent != nil || src == qq {
			errs = append(errs, fmt.Errorf("%s: instead %q is not another top-level question", qq.Key, k))
		}
	}
	if qq.Translatable && qq.Type != TypeText && qq.Type != TypeLong {
		errs = append(errs, fmt.Errorf("%s: only free text (text, long) can be translatable", qq.Key))
	}
	if qq.Translatable && qq.Default != nil {
		errs = append(errs, fmt.Errorf("%s: a translatable question cannot have a default, which would be in one language", qq.Key))
	}
	if len(qq.Example) > 0 {
		need(qq.Key+" example", Text(qq.Example))
	}
	if len(qq.Placeholder) > 0 {
		need(qq.Key+" placeholder", qq.Placeholder)
	}
	if qq.Must != nil {
		if qq.Type != TypeBool {
			errs = append(errs, fmt.Errorf("%s: must applies to yes/no questions", qq.Key))
		}
		need(qq.Key+" must_reason", qq.MustReason)
	}
	if qq.Min != nil && len(qq.MinReason) > 0 {
		need(qq.Key+" min_reason", qq.MinReason)
	}
	if qq.Default != nil {
		if _, msg := qq.Convert(scalarString(qq.Default)); msg != nil {
			errs = append(errs, fmt.Errorf("%s: default %v is invalid: %s", qq.Key, qq.Default, msg.ID))
		}
	}
	if len(qq.DefaultIf) > 0 && (qq.Default != nil || qq.DefaultFrom != "" || qq.parent != nil || qq.Translatable) {
		errs = append(errs, fmt.Errorf("%s: default_if goes with no other default, on a top-level answer that is not translatable", qq.Key))
	}
	for i, d := range qq.DefaultIf {
		if _, msg := qq.Convert(scalarString(d.Value)); d.Value == nil || msg != nil {
			errs = append(errs, fmt.Errorf("%s: default_if value %v is invalid", qq.Key, d.Value))
		}
		if _, self := d.When[qq.Key]; self {
			errs = append(errs, fmt.Errorf("%s: default_if depends on the answer it sets", qq.Key))
		}
		if len(d.When) == 0 && i != len(qq.DefaultIf)-1 {
			errs = append(errs, fmt.Errorf("%s: a default_if without a condition must come last", qq.Key))
		}
		errs = append(errs, q.checkCondition(qq, "default_if", d.When)...)
	}
	errs = append(errs, q.checkCondition(qq, "show_if", qq.ShowIf)...)
	for _, c := range qq.ShowIfAny {
		errs = append(errs, q.checkCondition(qq, "show_if_any", c)...)
	}
	if len(qq.OptionalIf) > 0 && !qq.Required {
		errs = append(errs, fmt.Errorf("%s: optional_if on a question that is not required", qq.Key))
	}
	return append(errs, q.checkCondition(qq, "optional_if", qq.OptionalIf)...)
}

// checkCondition checks that a condition of qq names questions and values
// that exist.
func (q *Questionnaire) checkCondition(qq *Question, name string, c Condition) []error {
	var errs []error
	for key, values := range c {
		if key == Bilingual || key == LinkedToCharter {
			for _, v := range values {
				if v != "true" && v != "false" {
					errs = append(errs, fmt.Errorf("%s: %s %s=%s is not true or false", qq.Key, name, key, v))
				}
			}
			continue
		}
		dep, ok := q.byKey[key]
		if !ok || dep.parent != nil {
			errs = append(errs, fmt.Errorf("%s: %s refers to unknown question %s", qq.Key, name, key))
			continue
		}
		if _, ok := Exclusions(values); !ok && slices.ContainsFunc(values, func(v string) bool { return strings.HasPrefix(v, "!") }) {
			errs = append(errs, fmt.Errorf("%s: %s %s mixes allowed and excluded values", qq.Key, name, key))
		}
		for _, v := range values {
			if _, msg := dep.Convert(strings.TrimPrefix(v, "!")); msg != nil {
				errs = append(errs, fmt.Errorf("%s: %s %s=%s is not a valid value", qq.Key, name, key, v))
			}
		}
	}
	return errs
}

// scalarString renders a YAML-decoded scalar as it was written.
func scalarString(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case []any:
		// A list default (of a multiple choice) is written as the
		// comma-separated text that Convert reads.
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = scalarString(x)
		}
		return strings.Join(parts, ",")
	default:
		return fmt.Sprint(v)
	}
}

// typeset gives every text of the questionnaire its language's typography,
// so that authors write plain apostrophes and spaces.
func (q *Questionnaire) typeset() {
	texts := []Text{q.Title, q.Summary, q.Party, q.Document.Subject, q.Document.Keywords}
	var walk func(qs []*Question)
	walk = func(qs []*Question) {
		for _, qq := range qs {
			texts = append(texts, qq.Label, qq.Help, qq.MinReason, qq.MustReason, qq.Party, qq.Placeholder)
			for _, o := range qq.Options {
				texts = append(texts, o.Label, o.Explain)
			}
			walk(qq.Fields)
		}
	}
	for _, g := range q.Groups {
		texts = append(texts, g.Title, g.Intro)
		walk(g.Questions)
	}
	for _, r := range q.Rules {
		texts = append(texts, r.Reason)
	}
	for _, t := range texts {
		for l, s := range t {
			t[l] = textfmt.Typeset(l, s)
		}
	}
}
