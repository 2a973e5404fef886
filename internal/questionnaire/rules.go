package questionnaire

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"apitos/internal/spdx"
	"apitos/internal/textfmt"

	"go.yaml.in/yaml/v3"
)

// Severity says what a broken rule does: an error refuses the answers, a
// warning only draws the user's attention.
type Severity string

// Severities of rules.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Rule is a consistency rule between answers, declared in the
// questionnaire: when every test of When holds, the answers contradict
// each other in law or in fact, and Reason says why under each of the
// answers named in Fields. Its ID is stable, like option IDs.
type Rule struct {
	ID       string           `yaml:"id"`
	Severity Severity         `yaml:"severity"`
	When     map[string]*Test `yaml:"when"`
	// Unless spares answers the rule would otherwise break: when every
	// one of its tests holds, the answers do not contradict each other.
	// It reads, as When may, the linked charter's answers (CharterPrefix);
	// a charter that cannot be read spares nothing.
	Unless map[string]*Test `yaml:"unless"`
	Fields []string         `yaml:"fields"`
	Reason Text             `yaml:"reason"`
	// Suggest lists the ways out that Reason offers, each as the answers
	// to change, written as in an answers file: a reason may suggest only
	// what leads to answers that break no rule, which tests prove.
	Suggest []map[string]string `yaml:"suggest"`
}

// Test is what one answer must satisfy for a rule to apply. Written as a
// value or a list of values, it holds, as show_if does, when the answer is
// one of them (for a multiple choice, when it includes one of them).
// Written as a mapping, every operator given must hold:
//
//	in: [values]          the answer is one of the values (includes one of them)
//	not: [values]         the answer is none of the values
//	before: today | KEY   a date earlier than the day of generation, or than another date
//	less_than: KEY        a number smaller than another answer
//	more_than_twice: KEY  a number more than twice another answer (a
//	                      period that makes another illusory)
//	same_as: KEY          the same address (web or e-mail) as another answer
//	same_host_as: KEY     on the same host (or e-mail domain) as another answer
//	matches: REGEXP       the answer as written matches the regular expression
//	not_matches: REGEXP   it does not
//	share_alike: BOOL     the answer, a licence, has a share-alike condition
//	                      (true), or has none (false), as spdx.ShareAlike
//	                      tells: the test the templates make too
//	not_starts_with: KEY  the answer, case and spaces aside, does not begin
//	                      with another answer (a VAT number with its country)
//	empty: true           no answer is given: the one test a rule may make
//	                      of an answer that is absent (a detail the law
//	                      requires in some cases, not given)
//	ignored: true         an answer is given although the question does
//	                      not apply (show_if), so that no document uses it
//
// Under the key "languages", a test reads the documents' languages as a
// multiple choice of language codes: languages: {not: [fr]} holds when no
// document is written in French. Under the key "linked", a test reads
// whether the answers name a charter they take facts from: linked: true
// holds for a linked document, which must not contradict its charter.
// Under a key that begins with CharterPrefix, a test reads that answer of
// the linked charter ("charter:membership.classes"), absent when the
// answers name no charter or it cannot be read.
type Test struct {
	In       []string
	Not      []string
	Before   string
	LessThan string
	// MoreThanTwice is the key of the number the tested one must exceed
	// twice over.
	MoreThanTwice string
	SameAs        string
	SameHostAs    string
	Matches       *regexp.Regexp
	NotMatches    *regexp.Regexp
	// ShareAlike, when set, is whether the answer, a licence, must have
	// a share-alike condition (spdx.ShareAlike).
	ShareAlike *bool
	// NotStartsWith is the key of the answer the tested one must not begin
	// with.
	NotStartsWith string
	// Empty holds when no answer is given.
	Empty bool
	// Ignored holds when an answer is given to a question that does not
	// apply (Values.Ignored).
	Ignored bool
}

// Today is the operand of before that stands for the day of generation.
const Today = "today"

// UnmarshalYAML reads a test written as a value, a list of values or a
// mapping of operators.
func (t *Test) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		values, err := stringList(n)
		if err != nil {
			return err
		}
		t.In = values
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i].Value, n.Content[i+1]
		var err error
		switch k {
		case "in":
			t.In, err = stringList(v)
		case "not":
			t.Not, err = stringList(v)
		case "before":
			err = v.Decode(&t.Before)
		case "less_than":
			err = v.Decode(&t.LessThan)
		case "more_than_twice":
			err = v.Decode(&t.MoreThanTwice)
		case "same_as":
			err = v.Decode(&t.SameAs)
		case "same_host_as":
			err = v.Decode(&t.SameHostAs)
		case "matches":
			t.Matches, err = regexpOf(v)
		case "not_matches":
			t.NotMatches, err = regexpOf(v)
		case "share_alike":
			t.ShareAlike = new(bool)
			err = v.Decode(t.ShareAlike)
		case "not_starts_with":
			err = v.Decode(&t.NotStartsWith)
		case "empty":
			err = v.Decode(&t.Empty)
		case "ignored":
			err = v.Decode(&t.Ignored)
		default:
			err = fmt.Errorf("line %d: unknown test %q", n.Content[i].Line, k)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func stringList(n *yaml.Node) ([]string, error) {
	var raw any
	if err := n.Decode(&raw); err != nil {
		return nil, err
	}
	if list, ok := raw.([]any); ok {
		out := make([]string, len(list))
		for i, x := range list {
			out[i] = scalarString(x)
		}
		return out, nil
	}
	return []string{scalarString(raw)}, nil
}

func regexpOf(n *yaml.Node) (*regexp.Regexp, error) {
	var s string
	if err := n.Decode(&s); err != nil {
		return nil, err
	}
	return regexp.Compile(s)
}

// Check applies the rules to resolved answers (see Resolve), on the day
// today, and returns a problem under each answer a broken rule names. A
// rule whose answers are not all given, or do not apply, is not broken.
// The French identifiers among the answers are checked with the rules, as
// warnings, so that every caller reports them.
func (q *Questionnaire) Check(resolved Values, today time.Time) []Problem {
	var out []Problem
	for _, r := range q.Rules {
		if !r.broken(resolved, today) {
			continue
		}
		for _, key := range r.Fields {
			out = append(out, Problem{Key: key, Msg: msg("value.rule", "Reason", r.Reason), Rule: r})
		}
	}
	return append(out, q.checkIdentifiers(resolved)...)
}

// CharterPrefix begins the key of a rule's test that reads an answer of
// the linked charter rather than of the document's own answers.
const CharterPrefix = "charter:"

func (r *Rule) broken(vals Values, today time.Time) bool {
	for _, key := range r.keys() {
		if _, ok := ruleValue(vals, key); !ok && key != LanguagesKey && key != LinkedToCharter && !r.When[key].emptyAllowed() {
			return false
		}
	}
	for key, t := range r.When {
		if t.Ignored && !slices.Contains(vals.Ignored(), key) {
			return false
		}
		if v, _ := ruleValue(vals, key); !t.holds(v, vals, today) {
			return false
		}
	}
	if len(r.Unless) == 0 {
		return true
	}
	for key, t := range r.Unless {
		if v, _ := ruleValue(vals, key); !t.holds(v, vals, today) {
			return true
		}
	}
	return false
}

// answerTexts are the texts a regular expression reads in an answer: one
// per language of a translated answer, so that an expression anchored at
// the start reads each, and none for an answer not given (an unless test
// may read one).
func answerTexts(v any) []string {
	switch v := v.(type) {
	case nil:
		return nil
	case Translated:
		out := make([]string, 0, len(v))
		for _, text := range v {
			out = append(out, text)
		}
		return out
	}
	return []string{fmt.Sprint(v)}
}

// ruleValue is the value a rule's test reads under key, and whether it
// is given.
func ruleValue(vals Values, key string) (any, bool) {
	switch {
	case key == LanguagesKey:
		return langCodes(vals.Langs()), true
	case key == LinkedToCharter:
		return vals.Charter() != "", true
	case strings.HasPrefix(key, CharterPrefix):
		v, ok := vals.CharterAnswers()[strings.TrimPrefix(key, CharterPrefix)]
		return v, ok
	}
	v, ok := vals[key]
	return v, ok
}

func langCodes(langs []textfmt.Lang) []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = string(l)
	}
	return out
}

// keys lists the answers a rule reads, its operands included.
func (r *Rule) keys() []string {
	var keys []string
	for key, t := range r.When {
		keys = append(keys, key)
		for _, k := range t.operands() {
			if k != Today {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// Forbids reports whether the rule refuses any answer to key, the one
// answer it names: its test of key holds for every answer given
// (matches: '\S' and nothing else), so that, when its other tests hold,
// the question must be left unanswered, as a linked policy leaves the
// courts to its charter.
func (r *Rule) Forbids(key string) bool {
	t := r.When[key]
	return t != nil && t.Matches != nil && t.Matches.String() == `\S` &&
		t.In == nil && t.Not == nil && t.NotMatches == nil && t.ShareAlike == nil && !t.Empty &&
		len(t.operands()) == 0 && slices.Equal(r.Fields, []string{key})
}

// emptyAllowed reports whether the test holds for an answer not given,
// which is then no reason for the rule not to apply.
func (t *Test) emptyAllowed() bool { return t != nil && (t.Empty || t.Ignored) }

// comparesText reports whether t makes any test other than a list of
// values: a comparison with other answers, a pattern or a licence fact.
func (t *Test) comparesText() bool {
	return t.operands() != nil || t.Matches != nil || t.NotMatches != nil || t.ShareAlike != nil
}

func (t *Test) operands() []string {
	if t == nil {
		return nil // a test written as null, which the loader refuses
	}
	var out []string
	for _, k := range []string{t.Before, t.LessThan, t.MoreThanTwice, t.SameAs, t.SameHostAs, t.NotStartsWith} {
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}

func (t *Test) holds(v any, vals Values, today time.Time) bool {
	if t.Empty && !empty(v) {
		return false
	}
	if t.In != nil && !matches(v, t.In) {
		return false
	}
	if t.Not != nil && matches(v, t.Not) {
		return false
	}
	if t.Before != "" {
		limit, ok := vals[t.Before].(time.Time)
		if t.Before == Today {
			limit, ok = dateOf(today), true
		}
		d, isDate := v.(time.Time)
		if !ok || !isDate || !dateOf(d).Before(limit) {
			return false
		}
	}
	if t.LessThan != "" {
		n, ok1 := v.(int)
		limit, ok2 := vals[t.LessThan].(int)
		if !ok1 || !ok2 || n >= limit {
			return false
		}
	}
	if t.MoreThanTwice != "" {
		n, ok1 := v.(int)
		limit, ok2 := vals[t.MoreThanTwice].(int)
		if !ok1 || !ok2 || n <= 2*limit {
			return false
		}
	}
	if t.SameAs != "" && address(v) != address(vals[t.SameAs]) {
		return false
	}
	if t.SameHostAs != "" && host(v) != host(vals[t.SameHostAs]) {
		return false
	}
	if t.NotStartsWith != "" && strings.HasPrefix(compact(v), compact(vals[t.NotStartsWith])) {
		return false
	}
	texts := answerTexts(v)
	if t.Matches != nil && !slices.ContainsFunc(texts, t.Matches.MatchString) {
		return false
	}
	if t.NotMatches != nil && slices.ContainsFunc(texts, t.NotMatches.MatchString) {
		return false
	}
	if t.ShareAlike != nil && slices.ContainsFunc(texts, spdx.ShareAlike) != *t.ShareAlike {
		return false
	}
	return true
}

// compact writes an answer in upper case without spaces, dots or dashes,
// as identifiers are compared: "be 0123.456.789" begins with "BE".
func compact(v any) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' || r == '-' || r == '\u00a0' {
			return -1
		}
		return r
	}, strings.ToUpper(fmt.Sprint(v)))
}

// dateOf is the calendar day of t, as answers hold dates.
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// address writes a web or e-mail address the way two writings of the same
// address compare equal: case of the host and of an e-mail, a trailing
// slash and a fragment do not matter.
func address(v any) string {
	s := fmt.Sprint(v)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return strings.ToLower(s)
	}
	u.Scheme, u.Host, u.Fragment = strings.ToLower(u.Scheme), strings.ToLower(u.Host), ""
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String()
}

// host is the host of a web address, or the domain of an e-mail address,
// in lower case.
func host(v any) string {
	s := fmt.Sprint(v)
	if i := strings.LastIndexByte(s, '@'); i >= 0 && !strings.Contains(s, "/") {
		return strings.ToLower(s[i+1:])
	}
	if u, err := url.Parse(s); err == nil {
		return strings.ToLower(u.Hostname())
	}
	return ""
}

// checkRules checks that the rules are well formed: stable IDs, known
// severities, tests that suit the type of the answers they read, and
// reasons in every language.
func (q *Questionnaire) checkRules(need func(string, Text)) []error {
	var errs []error
	seen := map[string]bool{}
	for _, r := range q.Rules {
		what := "rule " + r.ID
		if !idPattern.MatchString(r.ID) || seen[r.ID] {
			errs = append(errs, fmt.Errorf("rule %q: invalid or duplicate id", r.ID))
		}
		seen[r.ID] = true
		if r.Severity != SeverityError && r.Severity != SeverityWarning {
			errs = append(errs, fmt.Errorf("%s: unknown severity %q", what, r.Severity))
		}
		need(what+" reason", r.Reason)
		if len(r.When) == 0 || len(r.Fields) == 0 {
			errs = append(errs, fmt.Errorf("%s: needs when and fields", what))
		}
		for key, t := range r.When {
			errs = append(errs, q.checkTest(what, key, t)...)
		}
		for key, t := range r.Unless {
			errs = append(errs, q.checkTest(what+" unless", key, t)...)
		}
		read := r.keys()
		for _, f := range r.Fields {
			if f == LanguagesKey || f == LinkedToCharter {
				errs = append(errs, fmt.Errorf("%s: %s is no answer a problem can be shown under", what, f))
			} else if !slices.Contains(read, f) {
				errs = append(errs, fmt.Errorf("%s: field %s is not an answer the rule reads", what, f))
			}
		}
		errs = append(errs, q.checkSuggestions(what, r)...)
	}
	return errs
}

// checkSuggestions checks that each way out a rule suggests gives valid
// answers to questions that exist, and changes at least one of them.
func (q *Questionnaire) checkSuggestions(what string, r *Rule) []error {
	var errs []error
	for i, s := range r.Suggest {
		if len(s) == 0 {
			errs = append(errs, fmt.Errorf("%s: suggestion %d changes no answer", what, i+1))
		}
		for key, v := range s {
			qq, err := q.answer(what, key)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if _, m := qq.Convert(v); m != nil || v == "" {
				errs = append(errs, fmt.Errorf("%s: suggestion %d: %q is not a valid value of %s", what, i+1, v, key))
			}
		}
	}
	return errs
}

func (q *Questionnaire) checkTest(what, key string, t *Test) []error {
	var errs []error
	if key == LanguagesKey {
		if t == nil || (t.In == nil && t.Not == nil) || t.comparesText() {
			return []error{fmt.Errorf("%s: the languages are tested by a list of languages, or not:", what)}
		}
		for _, v := range append(slices.Clone(t.In), t.Not...) {
			if !slices.Contains(textfmt.All, textfmt.Lang(v)) {
				errs = append(errs, fmt.Errorf("%s: %q is not a language", what, v))
			}
		}
		return errs
	}
	if key == LinkedToCharter {
		if t == nil || len(t.In)+len(t.Not) != 1 || t.comparesText() ||
			!slices.Contains([]string{"true", "false"}, slices.Concat(t.In, t.Not)[0]) {
			return []error{fmt.Errorf("%s: whether the answers name a charter is tested by true or false", what)}
		}
		return nil
	}
	if strings.HasPrefix(key, CharterPrefix) {
		// The charter's questionnaire, which the kinds' tests check these
		// keys against, is not this one.
		if t == nil || (t.In == nil && t.Not == nil) || t.comparesText() {
			return []error{fmt.Errorf("%s: an answer of the charter is tested by a list of values, or not:", what)}
		}
		return nil
	}
	qq, err := q.answer(what, key)
	if err != nil {
		return []error{err}
	}
	if t == nil || (t.In == nil && t.Not == nil && !t.comparesText() && !t.Empty && !t.Ignored) {
		return []error{fmt.Errorf("%s: %s has no test", what, key)}
	}
	for _, v := range append(slices.Clone(t.In), t.Not...) {
		if v == "" {
			errs = append(errs, fmt.Errorf("%s: %s is tested against an empty value", what, key))
		} else if qq.Type == TypeMulti {
			if _, ok := qq.Option(v); !ok {
				errs = append(errs, fmt.Errorf("%s: %s is not an option of %s", what, v, key))
			}
		} else if _, m := qq.Convert(v); m != nil {
			errs = append(errs, fmt.Errorf("%s: %s is not a valid value of %s", what, v, key))
		}
	}
	// operand checks that a test applies to the answer's type and that
	// it compares with an answer of the same type (or, for hosts, any
	// address: the domain of an e-mail address is a host).
	operand := func(op, other string, types ...Type) {
		if !slices.Contains(types, qq.Type) {
			errs = append(errs, fmt.Errorf("%s: %s does not apply to %s, a %s", what, op, key, qq.Type))
		}
		if op == "before" && other == Today {
			return
		}
		oq, err := q.answer(what, other)
		switch {
		case err != nil:
			errs = append(errs, err)
		case oq.Type != qq.Type && !(op == "same_host_as" || op == "not_starts_with") || !slices.Contains(types, oq.Type):
			errs = append(errs, fmt.Errorf("%s: %s %s compares a %s with a %s", what, op, other, qq.Type, oq.Type))
		}
	}
	if t.Before != "" {
		operand("before", t.Before, TypeDate)
	}
	if t.LessThan != "" {
		operand("less_than", t.LessThan, TypeNumber)
	}
	if t.MoreThanTwice != "" {
		operand("more_than_twice", t.MoreThanTwice, TypeNumber)
	}
	if t.SameAs != "" {
		operand("same_as", t.SameAs, TypeURL, TypeEmail)
	}
	if t.SameHostAs != "" {
		operand("same_host_as", t.SameHostAs, TypeURL, TypeEmail)
	}
	if t.NotStartsWith != "" {
		operand("not_starts_with", t.NotStartsWith, TypeText, TypeCountry)
	}
	if (t.Matches != nil || t.NotMatches != nil) && (qq.Type == TypeMulti || qq.Type == TypeBool || qq.Type == TypeDate) {
		errs = append(errs, fmt.Errorf("%s: matches does not apply to %s, a %s", what, key, qq.Type))
	}
	if t.ShareAlike != nil && qq.Type != TypeLicence {
		errs = append(errs, fmt.Errorf("%s: share_alike does not apply to %s, a %s", what, key, qq.Type))
	}
	return errs
}

// answer finds a question a rule reads: a top-level answer, not a list.
func (q *Questionnaire) answer(what, key string) (*Question, error) {
	qq, ok := q.byKey[key]
	if !ok || qq.parent != nil || qq.Type == TypeList {
		return nil, fmt.Errorf("%s: %s is not a top-level answer", what, key)
	}
	return qq, nil
}
