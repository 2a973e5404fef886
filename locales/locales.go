// Package locales holds the interface and message strings of APIToS in
// every supported language, and words them for one language at a time.
package locales

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

//go:embed *.yaml
var files embed.FS

// The message files are parsed on first use, not at start-up: a command
// that succeeds prints no message and need not pay for them.
var bundle = sync.OnceValue(mustLoad)

// Localizer words messages in one language.
type Localizer struct {
	Lang textfmt.Lang
	loc  func() *i18n.Localizer
}

// For returns the localizer of a language.
func For(l textfmt.Lang) *Localizer {
	return &Localizer{Lang: l, loc: sync.OnceValue(func() *i18n.Localizer {
		return i18n.NewLocalizer(bundle(), string(l))
	})}
}

// T words the message id with the given key/value pairs as template data.
// A missing message is a programming error that a test catches; at run
// time it shows the id rather than failing.
func (l *Localizer) T(id string, kv ...any) string {
	return l.localize(id, nil, pairs(kv))
}

// N words a message that depends on a count (plural forms).
func (l *Localizer) N(id string, count int, kv ...any) string {
	data := pairs(kv)
	data["Count"] = count
	return l.localize(id, count, data)
}

func (l *Localizer) localize(id string, count any, data map[string]any) string {
	s, err := l.loc().Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil {
		return id
	}
	return s
}

// Message words a problem reported by the questionnaire.
func (l *Localizer) Message(m *questionnaire.Message) string {
	data := map[string]any{}
	for k, v := range m.Data {
		switch v := v.(type) {
		case questionnaire.Text:
			data[k] = v.In(l.Lang)
		case *questionnaire.Message:
			data[k] = l.Message(v)
		case bool:
			data[k] = strconv.FormatBool(v)
		default:
			data[k] = v
		}
	}
	return l.localize(m.ID, nil, data)
}

// AnswersLabels words the comments of an answers file of q: its header,
// which says how to name a charter where q may take answers from one,
// and the notes on each question.
func (l *Localizer) AnswersLabels(q *questionnaire.Questionnaire) *answers.Labels {
	header := l.T("init.header", "Title", q.Title.In(l.Lang))
	if q.Links() {
		header += "\n" + strings.Join(textfmt.Wrap(l.T("init.charter"), 76), "\n")
	}
	return &answers.Labels{
		Header:      header,
		Required:    l.T("init.required"),
		Options:     l.T("init.options"),
		FromCharter: l.T("init.from_charter"),
	}
}

func pairs(kv []any) map[string]any {
	data := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		data[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return data
}

func mustLoad() *i18n.Bundle {
	b := i18n.NewBundle(language.English)
	for _, l := range textfmt.All {
		msgs, err := read(l)
		if err != nil {
			panic(err)
		}
		if err := b.AddMessages(language.Make(string(l)), msgs...); err != nil {
			panic(fmt.Errorf("locales %s: %w", l, err))
		}
	}
	return b
}

// read loads <lang>.yaml: a flat map from message id to text, or to a map
// of plural forms (one, other, many). Texts are typeset for their language,
// so French strings get their no-break spaces without writing them by hand.
func read(l textfmt.Lang) ([]*i18n.Message, error) {
	data, err := files.ReadFile(string(l) + ".yaml")
	if err != nil {
		return nil, err
	}
	var raw map[string]yaml.Node
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("locales %s: %w", l, err)
	}
	var out []*i18n.Message
	for id, node := range raw {
		m := &i18n.Message{ID: id}
		switch node.Kind {
		case yaml.ScalarNode:
			m.Other = textfmt.Typeset(l, node.Value)
		case yaml.MappingNode:
			var forms map[string]string
			if err := node.Decode(&forms); err != nil {
				return nil, fmt.Errorf("locales %s: %s: %w", l, id, err)
			}
			m.One = textfmt.Typeset(l, forms["one"])
			m.Many = textfmt.Typeset(l, forms["many"])
			m.Other = textfmt.Typeset(l, forms["other"])
		default:
			return nil, fmt.Errorf("locales %s: %s: expected text or plural forms", l, id)
		}
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ReadError says in l's language why a file could not be read, for the
// common causes; other errors keep the system's wording.
func (l *Localizer) ReadError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return l.T("file.not_found")
	case errors.Is(err, fs.ErrPermission):
		return l.T("file.not_allowed")
	case errors.Is(err, syscall.EISDIR):
		return l.T("cli.is_folder")
	}
	return err.Error()
}
