// Package questionnaire describes what the wizard asks for one kind of
// document: typed questions grouped in steps, with bilingual labels, help,
// defaults, conditions and explained options. It converts and checks
// answers, whatever front end collected them.
package questionnaire

import (
	"slices"

	"apitos/internal/textfmt"
)

// Text is a string given in every supported language.
type Text map[textfmt.Lang]string

// In returns the text in l, falling back to English.
func (t Text) In(l textfmt.Lang) string {
	if s, ok := t[l]; ok {
		return s
	}
	return t[textfmt.EN]
}

// Type is the kind of value a question takes.
type Type string

// Question types.
const (
	TypeText    Type = "text"    // one line of free text
	TypeLong    Type = "long"    // a paragraph of free text
	TypeEmail   Type = "email"   // an e-mail address
	TypeURL     Type = "url"     // an absolute http or https address
	TypeDate    Type = "date"    // a calendar date, YYYY-MM-DD
	TypeNumber  Type = "number"  // a whole number within bounds
	TypeBool    Type = "bool"    // yes or no
	TypeChoice  Type = "choice"  // one option among several
	TypeMulti   Type = "multi"   // any number of options
	TypeCountry Type = "country" // an ISO 3166 country code with known law
	TypeList    Type = "list"    // rows of records with their own fields
	// TypeLicence is an SPDX licence identifier: its options are the
	// suggested licences, but any current SPDX identifier is accepted.
	TypeLicence Type = "licence"
)

// Rights rates an option by the rights it leaves to the other party (the
// API user for API terms, contributors and reusers for commons documents).
type Rights string

// Rights levels, from most to fewest rights for the other party.
const (
	RightsHigh     Rights = "high"
	RightsModerate Rights = "moderate"
	RightsLow      Rights = "low"
)

// Questionnaire is the whole set of questions for one document kind.
type Questionnaire struct {
	Kind    string `yaml:"kind"`
	Title   Text   `yaml:"title"`
	Summary Text   `yaml:"summary"`
	// Party names the other party whose rights the options' rights levels
	// rate ("the API users"), for the wizard's badges; optional.
	Party    Text     `yaml:"party"`
	Document Document `yaml:"document"`
	Groups   []*Group `yaml:"groups"`
	// Rules are the consistency rules between answers (see Check).
	Rules []*Rule `yaml:"rules"`

	byKey map[string]*Question
	order []*Question
}

// Document names the answers that identify a generated document: they feed
// its metadata, running header and deterministic dates.
type Document struct {
	Name          string `yaml:"name"`           // key of the name of what the document governs
	Author        string `yaml:"author"`         // key of the author's name
	Version       string `yaml:"version"`        // key of the version string
	EffectiveDate string `yaml:"effective_date"` // key of the effective date
	// Prevailing is the key of the language that prevails when the
	// versions differ, and PrevailingClause the ID of the clause that
	// says so; a side-by-side document points its readers to it.
	Prevailing       string `yaml:"prevailing_language"`
	PrevailingClause string `yaml:"prevailing_clause"`
	Subject          Text   `yaml:"subject"`
	Keywords         Text   `yaml:"keywords"`
}

// Group is one wizard step: questions that belong together.
type Group struct {
	ID        string      `yaml:"id"`
	Title     Text        `yaml:"title"`
	Intro     Text        `yaml:"intro"`
	Questions []*Question `yaml:"questions"`
}

// Question is one typed question.
type Question struct {
	Key      string `yaml:"key"`
	Type     Type   `yaml:"type"`
	Label    Text   `yaml:"label"`
	Help     Text   `yaml:"help"`
	Required bool   `yaml:"required"`
	// Default is the answer assumed when none is given, in the same form as
	// in an answers file.
	Default any `yaml:"default"`
	// Example illustrates a good answer; the wizard shows it and
	// `init --example` writes it.
	Example Example `yaml:"example"`
	// ExampleReal marks an example that names something real which users
	// may give as their own answer (a licence, an insurer, a usual
	// amount), so that an answer equal to it is never taken for the
	// example's fictitious provider.
	ExampleReal bool `yaml:"example_real"`
	// ShowIf makes the question apply only when other answers have one of
	// the listed values (all conditions must hold).
	ShowIf Condition `yaml:"show_if"`
	// ShowIfAny, when given, makes the question apply only when one of
	// its conditions holds as well: the law may ask the same answer of
	// providers in different situations (a court chosen by a merchant in
	// France, or by any provider established abroad).
	ShowIfAny []Condition `yaml:"show_if_any"`
	// OptionalIf lifts Required when other answers have one of the listed
	// values (all conditions must hold): the law asks the answer of most
	// providers, but not of these.
	OptionalIf Condition `yaml:"optional_if"`
	// Placeholder, for an optional answer that a document replaces when
	// empty (a document's usual title), says what it is replaced with;
	// the wizard shows it in the empty field.
	Placeholder Text `yaml:"placeholder"`
	// Translatable, for free text that a document prints in its prose,
	// asks for the text in each language of the documents.
	Translatable bool `yaml:"translatable"`
	// Notice marks an answer that no document prints, but the notice of
	// a change to the users (apitos diff): why this version changes.
	Notice bool `yaml:"notice"`

	Min       *int `yaml:"min"`
	Max       *int `yaml:"max"`
	MinReason Text `yaml:"min_reason"` // why values below Min are refused
	MaxLength int  `yaml:"max_length"` // in characters, for free text

	// Must, for a yes/no question, is the only acceptable answer;
	// MustReason explains why.
	Must       *bool `yaml:"must"`
	MustReason Text  `yaml:"must_reason"`

	Options []*Option   `yaml:"options"`
	Fields  []*Question `yaml:"fields"` // for lists: the fields of a row

	// Picto names the pictogram of a commitment (a yes/no question the
	// user accepts); options carry their own.
	Picto string `yaml:"picto"`
	// Party, when set, names whose rights this question's options rate,
	// instead of the questionnaire's party.
	Party Text `yaml:"party"`

	// FromCharter, for a document that may name the charter of its
	// commons, is the key of the charter's question this one takes its
	// answer from once the answers name a charter (see CheckLink).
	// CharterOptions maps the IDs of the charter's options to this
	// question's where they differ. CharterTicks, for a yes-or-no
	// question, names an option of the charter's multiple choice: the
	// answer is yes when the charter ticks it; with CharterNone, also
	// when the charter ticks no option, for a charter that then covers
	// every kind of resource (it sets a licence for software when none
	// is ticked).
	FromCharter    string            `yaml:"from_charter"`
	CharterOptions map[string]string `yaml:"charter_options"`
	CharterTicks   string            `yaml:"charter_ticks"`
	// CharterDefault, for a question that a linked document still
	// answers itself, is the key of the charter's answer that stands for
	// this one when the document gives none: the registration of the
	// legal person that the charter identifies is the policy's too.
	CharterDefault string `yaml:"charter_default"`
	CharterNone    bool   `yaml:"charter_none"`
	// DefaultFrom names another answer, of the same type, that stands
	// for this one when it is not given (the steward is, unless named,
	// the legal person that runs the project).
	DefaultFrom string `yaml:"default_from"`
	// Instead names the questions, top-level, where an answer to this one
	// belongs when this one does not apply: the registration that an
	// organisation writes belongs in its identification numbers. The
	// note that an answer is not used names the first of them that
	// applies.
	Instead []string `yaml:"instead"`
	// DefaultIf, for a question whose usual answer depends on other
	// answers, lists the defaults that stand for it when it is not given:
	// the first whose condition holds (given the other answers, defaults
	// included) applies, one without a condition always. Such a question
	// has no plain Default, so that neither init nor the wizard writes
	// an answer that later answers would contradict (a provider that
	// gives a VAT number usually charges VAT, one that gives none does
	// not).
	DefaultIf []*ConditionalDefault `yaml:"default_if"`

	parent *Question
}

// ConditionalDefault is one default of DefaultIf: Value, in the same form
// as in an answers file, where When holds.
type ConditionalDefault struct {
	When  Condition `yaml:"when"`
	Value any       `yaml:"value"`
}

// Option is one possible answer to a choice question. Its ID is stable:
// once released it never changes, because answers files and manifests
// refer to it.
type Option struct {
	ID      string `yaml:"id"`
	Label   Text   `yaml:"label"`
	Explain Text   `yaml:"explain"`
	Rights  Rights `yaml:"rights"`
	Picto   string `yaml:"picto"` // name of its pictogram, if any
}

// Condition maps question keys to the values for which a question applies;
// the value "" stands for no answer (for a multiple choice, none ticked).
// Beside question keys, a condition may test a property of the documents
// themselves: Bilingual.
type Condition map[string][]string

// LinkedToCharter is true, in templates, when the answers name the
// answers file of their charter (see Values.Charter): a document can then
// name the charter's bodies, which every charter of this program sets up.
const LinkedToCharter = "linked"

// Bilingual is true, in a condition and in templates, when the documents
// are written in more than one language: a question such as the language
// that prevails makes sense only then.
const Bilingual = "bilingual"

// Example is an illustrative answer. Written as a plain string in a
// questionnaire, it holds in every language (an address, a name, a code);
// written {en: …, fr: …}, prose has its own text in each language.
type Example map[textfmt.Lang]string

// UnmarshalYAML accepts a plain string or a mapping by language.
func (e *Example) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		*e = Example{}
		for _, l := range textfmt.All {
			(*e)[l] = s
		}
		return nil
	}
	var m map[textfmt.Lang]string
	if err := unmarshal(&m); err != nil {
		return err
	}
	*e = m
	return nil
}

// In returns the example in l ("" when there is none).
func (e Example) In(l textfmt.Lang) string { return e[l] }

// Translated is the answer to a translatable question: its text in each
// language it was given in. A text given once for documents in several
// languages is kept under UnknownLang: it is the translation of none.
type Translated map[textfmt.Lang]string

// UnknownLang is the language of a text that does not say which it is in.
const UnknownLang textfmt.Lang = ""

// UnmarshalYAML accepts both `key: value` and `key: [value, value]`.
func (c *Condition) UnmarshalYAML(unmarshal func(any) error) error {
	var raw map[string]any
	if err := unmarshal(&raw); err != nil {
		return err
	}
	*c = Condition{}
	for k, v := range raw {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				(*c)[k] = append((*c)[k], scalarString(x))
			}
		default:
			(*c)[k] = []string{scalarString(v)}
		}
	}
	return nil
}

// Question returns the question with the given key, top-level or a list
// field written "list.field".
func (q *Questionnaire) Question(key string) (*Question, bool) {
	qq, ok := q.byKey[key]
	return qq, ok
}

// Questions returns the top-level questions in the order they are asked.
func (q *Questionnaire) Questions() []*Question { return q.order }

// Option returns the option with the given ID.
func (qq *Question) Option(id string) (*Option, bool) {
	for _, o := range qq.Options {
		if o.ID == id {
			return o, true
		}
	}
	return nil, false
}

// OptionIDs lists the IDs of the question's options, in order.
func (qq *Question) OptionIDs() []string {
	ids := make([]string, len(qq.Options))
	for i, o := range qq.Options {
		ids[i] = o.ID
	}
	return ids
}

// PartyOf names whose rights the options of qq rate.
func (q *Questionnaire) PartyOf(qq *Question) Text {
	if len(qq.Party) > 0 {
		return qq.Party
	}
	return q.Party
}

// RatesRights reports whether the options of qq leave different rights to
// the other party: only then does a rights level tell the options apart.
func (qq *Question) RatesRights() bool {
	var first Rights
	for _, o := range qq.Options {
		switch {
		case o.Rights == "":
		case first == "":
			first = o.Rights
		case o.Rights != first:
			return true
		}
	}
	return false
}

// Parent is the list question a field belongs to, or nil.
func (qq *Question) Parent() *Question { return qq.parent }

// ConditionKeys lists, sorted and once each, the answers that decide
// whether qq applies (show_if and show_if_any).
func (qq *Question) ConditionKeys() []string {
	var keys []string
	for _, c := range append([]Condition{qq.ShowIf}, qq.ShowIfAny...) {
		for k := range c {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// FieldKey is the key of a list field relative to its row.
func (qq *Question) FieldKey() string {
	if qq.parent == nil {
		return qq.Key
	}
	return qq.Key[len(qq.parent.Key)+1:]
}
