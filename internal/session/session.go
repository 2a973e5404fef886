// Package session holds the answers a user is editing in the wizard, as
// typed, and everything the wizard decides from them: which questions
// apply, what is wrong on a step, whether there are unsaved changes, and
// the answers file to save. It has no user interface, so every rule of
// the wizard can be tested without a display.
package session

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/templates"
)

// Session is one answers set being edited.
type Session struct {
	Kind *templates.Kind
	// Path is the answers file the session was opened from or saved to,
	// or "" for a new, unsaved session.
	Path string

	text  map[string]string   // scalar answers, as typed
	multi map[string][]string // multiple choices
	rows  map[string][]Row    // list answers, field values as typed
	dirty bool
}

// Row is one row of a list answer: field key to text as typed.
type Row map[string]string

// New starts a session for a kind with every default filled in, so that
// what is pre-chosen is visible. Commitments the user must accept
// explicitly (yes/no questions with a forced answer) start unanswered.
func New(k *templates.Kind) *Session {
	s := &Session{Kind: k, text: map[string]string{}, multi: map[string][]string{}, rows: map[string][]Row{}}
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

// Open reads an answers file into a session. Invalid answers are kept as
// typed, so that the user sees and corrects them; the issues say what is
// wrong. The error is set only when the file is unusable (not YAML, or
// of no known kind).
func Open(path string, data []byte) (*Session, []answers.Issue, error) {
	f, issues := answers.Parse(data, templates.Registry)
	if f == nil {
		return nil, issues, fmt.Errorf("%s is not a usable answers file", path)
	}
	k, _ := templates.Lookup(f.Kind)
	s := &Session{Kind: k, Path: path, text: map[string]string{}, multi: map[string][]string{}, rows: map[string][]Row{}}
	for _, qq := range k.Questionnaire.Questions() {
		switch v := f.Values[qq.Key].(type) {
		case nil:
			if raw, ok := f.Raw[qq.Key]; ok {
				s.text[qq.Key] = raw
			}
		case []string:
			s.multi[qq.Key] = v
		case []questionnaire.Record:
			for i, rec := range v {
				row := Row{}
				for _, fq := range qq.Fields {
					if fv, ok := rec[fq.FieldKey()]; ok {
						row[fq.FieldKey()] = format(fv)
					} else if raw, ok := f.Raw[answers.RowKey(qq.Key, i+1)+"."+fq.FieldKey()]; ok {
						row[fq.FieldKey()] = raw
					}
				}
				s.rows[qq.Key] = append(s.rows[qq.Key], row)
			}
		default:
			s.text[qq.Key] = format(v)
		}
	}
	return s, issues, nil
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

// Text returns a scalar answer as typed.
func (s *Session) Text(key string) string { return s.text[key] }

// SetText changes a scalar answer.
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

// Dirty reports unsaved changes.
func (s *Session) Dirty() bool { return s.dirty }

// MarkChanged records unsaved changes that did not come from an edit, such
// as answers recovered after a crash.
func (s *Session) MarkChanged() { s.dirty = true }

// Saved records that the session was saved to path.
func (s *Session) Saved(path string) {
	s.Path = path
	s.dirty = false
}

// Name is what a window title calls the session: the file's base name,
// or "" when it was never saved.
func (s *Session) Name() string {
	if s.Path == "" {
		return ""
	}
	return s.Path[strings.LastIndexAny(s.Path, `/\`)+1:]
}
