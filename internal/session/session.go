// Package session holds the answers a user is editing in the wizard, as
// typed, and everything the wizard decides from them: which questions
// apply, what is wrong on a step, whether there are unsaved changes, and
// the answers file to save. It has no user interface, so every rule of
// the wizard can be tested without a display.
package session

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// Session is one answers set being edited.
type Session struct {
	Kind *templates.Kind
	// Path is the answers file the session was opened from or saved to,
	// or "" for a new, unsaved session.
	Path string
	// Today gives the day against which dates are checked ("in the
	// past"); nil means the computer's clock.
	Today func() time.Time

	langs []textfmt.Lang      // the documents' languages
	text  map[string]string   // scalar answers, as typed (see Text)
	multi map[string][]string // multiple choices
	rows  map[string][]Row    // list answers, field values as typed
	link  *answers.Link       // the charter the answers take facts from
	// linkKeys maps the key of each question whose answer link gives to
	// the key of the charter's question it comes from; setLink fills it.
	linkKeys map[string]string
	// overrides are the clauses whose text a reviewer edited by hand.
	overrides questionnaire.Overrides
	dirty     bool

	earlier *Earlier // the version compared with, if any
}

// Row is one row of a list answer: field key to text as typed; the text
// in language l of a translatable field is under
// questionnaire.LangKey(field, l).
type Row map[string]string

// New starts a session for a kind whose documents are written in langs,
// with every default filled in, so that what is pre-chosen is visible.
// Commitments the user must accept explicitly (yes/no questions with a
// forced answer) start unanswered.
func New(k *templates.Kind, langs []textfmt.Lang) *Session {
	s := newSession(k, langs)
	for _, qq := range k.Questionnaire.Questions() {
		if qq.Must != nil || qq.Default == nil {
			continue
		}
		switch v := qq.DefaultValue().(type) {
		case []string:
			s.multi[qq.Key] = v
		default:
			s.text[qq.Key] = format(v)
		}
	}
	return s
}

func newSession(k *templates.Kind, langs []textfmt.Lang) *Session {
	vals := questionnaire.Values{}
	vals.SetLangs(langs)
	return &Session{Kind: k, langs: vals.Langs(), text: map[string]string{}, multi: map[string][]string{}, rows: map[string][]Row{}}
}

// Open reads an answers file into a session. Invalid answers are kept as
// typed, so that the user sees and corrects them; the issues say what is
// wrong, answers that contradict each other included. A translatable answer written as a single text in a file of
// several languages is taken as the text in typing (the language the user
// works in), for the user to check and translate. The error is set only
// when the file is unusable (not YAML, or of no known kind).
func Open(path string, data []byte, typing textfmt.Lang) (*Session, []answers.Issue, error) {
	f, issues := answers.ParseFile(path, data, templates.Registry)
	if f == nil {
		return nil, issues, fmt.Errorf("%s is not a usable answers file", path)
	}
	k, _ := templates.Lookup(f.Kind)
	s := newSession(k, f.Langs)
	s.Path = path
	s.overrides = f.Values.Overrides()
	if f.Link != nil {
		f.Link.Path = absolute(f.Link.Path)
	}
	s.setLink(f.Link)
	if !slices.Contains(s.langs, typing) {
		typing = s.langs[0]
	}
	// keep puts the answer to qq (a question or a list field), or what was
	// written of it when it is invalid, into the texts of a field or row.
	keep := func(texts map[string]string, qq *questionnaire.Question, name string, v any, raw string) {
		if !qq.Translatable {
			if v != nil {
				texts[name] = format(v)
			} else if r, ok := f.Raw[raw]; ok {
				texts[name] = r
			}
			return
		}
		t, _ := v.(questionnaire.Translated)
		for _, l := range textfmt.All {
			if t[l] != "" {
				texts[questionnaire.LangKey(name, l)] = t[l]
			} else if r, ok := f.Raw[questionnaire.LangKey(raw, l)]; ok {
				texts[questionnaire.LangKey(name, l)] = r
			}
		}
		if s := t[questionnaire.UnknownLang]; s != "" {
			texts[questionnaire.LangKey(name, typing)] = s
		} else if r, ok := f.Raw[raw]; ok {
			texts[questionnaire.LangKey(name, typing)] = r
		}
	}
	for _, qq := range k.Questionnaire.Questions() {
		if s.linkedOK(qq.Key) {
			continue // the charter's answer, not the file's
		}
		switch v := f.Values[qq.Key].(type) {
		case []string:
			s.multi[qq.Key] = v
		case []questionnaire.Record:
			for i, rec := range v {
				row := Row{}
				for _, fq := range qq.Fields {
					keep(row, fq, fq.FieldKey(), rec[fq.FieldKey()], answers.RowKey(qq.Key, i+1)+"."+fq.FieldKey())
				}
				s.rows[qq.Key] = append(s.rows[qq.Key], row)
			}
		default:
			keep(s.text, qq, qq.Key, v, qq.Key)
		}
	}
	return s, append(issues, f.Check(s.today())...), nil
}

// format writes a typed answer as the text a field shows.
func format(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case time.Time:
		return v.Format(time.DateOnly)
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	default:
		return fmt.Sprint(v)
	}
}

// Questionnaire is the questionnaire of the session's kind.
func (s *Session) Questionnaire() *questionnaire.Questionnaire { return s.Kind.Questionnaire }

// Langs are the languages the documents are written in.
func (s *Session) Langs() []textfmt.Lang { return slices.Clone(s.langs) }

// Text returns a scalar answer as typed; the text in language l of a
// translatable answer is Text(questionnaire.LangKey(key, l)).
func (s *Session) Text(key string) string { return s.text[key] }

// SetText changes a scalar answer, or one language's text of a
// translatable answer (see Text).
func (s *Session) SetText(key, value string) {
	if s.text[key] == value {
		return
	}
	s.text[key] = value
	s.dirty = true
}

// Multi returns the options chosen in a multiple choice.
func (s *Session) Multi(key string) []string { return slices.Clone(s.multi[key]) }

// SetMulti changes a multiple choice; options keep the questionnaire's
// order.
func (s *Session) SetMulti(key string, ids []string) {
	if qq, ok := s.Questionnaire().Question(key); ok {
		order := qq.OptionIDs()
		ids = slices.Clone(ids)
		slices.SortFunc(ids, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
	}
	if slices.Equal(s.multi[key], ids) {
		return
	}
	s.multi[key] = ids
	s.dirty = true
}

// Rows returns the rows of a list answer.
func (s *Session) Rows(key string) []Row {
	out := make([]Row, len(s.rows[key]))
	for i, r := range s.rows[key] {
		out[i] = Row{}
		for k, v := range r {
			out[i][k] = v
		}
	}
	return out
}

// AddRow appends an empty row to a list answer and returns its index.
func (s *Session) AddRow(key string) int {
	s.rows[key] = append(s.rows[key], Row{})
	s.dirty = true
	return len(s.rows[key]) - 1
}

// RemoveRow deletes a row of a list answer.
func (s *Session) RemoveRow(key string, i int) {
	if i < 0 || i >= len(s.rows[key]) {
		return
	}
	s.rows[key] = slices.Delete(s.rows[key], i, i+1)
	s.dirty = true
}

// SetField changes one field of one row of a list answer.
func (s *Session) SetField(key string, i int, field, value string) {
	if i < 0 || i >= len(s.rows[key]) || s.rows[key][i][field] == value {
		return
	}
	s.rows[key][i][field] = value
	s.dirty = true
}

// Override returns the text that replaces a clause's, per language, or
// nil when the clause keeps the template's text.
func (s *Session) Override(id string) questionnaire.Translated {
	if t, ok := s.overrides[id]; ok {
		return maps.Clone(t)
	}
	return nil
}

// SetOverride replaces the text of a clause in each language given; with
// no text at all, the clause takes the template's text again.
func (s *Session) SetOverride(id string, texts questionnaire.Translated) {
	vals := questionnaire.Values{questionnaire.OverridesKey: s.overrides}
	vals.SetOverride(id, texts)
	if o := vals.Overrides(); !reflect.DeepEqual(o, s.overrides) {
		s.overrides = o
		s.dirty = true
	}
}

// Dirty reports unsaved changes.
func (s *Session) Dirty() bool { return s.dirty }

// MarkChanged records unsaved changes that did not come from an edit, such
// as answers recovered after a crash.
func (s *Session) MarkChanged() { s.dirty = true }

// Saved records that the session was saved to path.
func (s *Session) Saved(path string) {
	s.Path = path
	s.dirty = false
	if s.link != nil {
		s.link.Ref = answers.RefFrom(path, s.link.Path)
	}
}

// Name is what a window title calls the session: the file's base name,
// or "" when it was never saved.
func (s *Session) Name() string {
	if s.Path == "" {
		return ""
	}
	return s.Path[strings.LastIndexAny(s.Path, `/\`)+1:]
}
