// Package templates holds the questionnaires and the French and English
// Markdown templates of every document kind, and assembles documents from
// answers.
package templates

import (
	"embed"
	"fmt"
	"sync"
	"text/template"
	"text/template/parse"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

//go:embed */questionnaire.yaml */*.md
var files embed.FS

// order is the order in which kinds are listed to users.
var order = []string{"api-tos", "charter", "contribution"}

// Kind is one kind of document: its questionnaire and its templates.
type Kind struct {
	ID            string
	Questionnaire *questionnaire.Questionnaire
	templates     map[textfmt.Lang]*template.Template
	sources       map[textfmt.Lang]string
}

var (
	loadOnce sync.Once
	kinds    []*Kind
	loadErr  error
)

// All returns every available kind, in display order. It panics if the
// embedded templates are broken, which the tests of this package prevent.
func All() []*Kind {
	loadOnce.Do(func() { kinds, loadErr = load() })
	if loadErr != nil {
		panic(loadErr)
	}
	return kinds
}

// Lookup finds a kind by ID.
func Lookup(id string) (*Kind, bool) {
	for _, k := range All() {
		if k.ID == id {
			return k, true
		}
	}
	return nil, false
}

// IDs lists the IDs of all kinds, in display order.
func IDs() []string {
	var ids []string
	for _, k := range All() {
		ids = append(ids, k.ID)
	}
	return ids
}

// Registry gives the answers parser access to the questionnaires.
var Registry registry

type registry struct{}

func (registry) Questionnaire(kind string) (*questionnaire.Questionnaire, bool) {
	k, ok := Lookup(kind)
	if !ok {
		return nil, false
	}
	return k.Questionnaire, true
}

func (registry) KindIDs() []string { return IDs() }

func load() ([]*Kind, error) {
	var out []*Kind
	for _, id := range order {
		data, err := files.ReadFile(id + "/questionnaire.yaml")
		if err != nil {
			continue // kind not written yet
		}
		q, err := questionnaire.Load(data)
		if err != nil {
			return nil, err
		}
		if q.Kind != id {
			return nil, fmt.Errorf("templates: %s/questionnaire.yaml declares kind %q", id, q.Kind)
		}
		k := &Kind{ID: id, Questionnaire: q,
			templates: map[textfmt.Lang]*template.Template{}, sources: map[textfmt.Lang]string{}}
		for _, l := range textfmt.All {
			src, err := files.ReadFile(id + "/" + string(l) + ".md")
			if err != nil {
				return nil, fmt.Errorf("templates: %s has no %s template: %w", id, l, err)
			}
			t, err := template.New(id + "/" + string(l) + ".md").
				Option("missingkey=error").Funcs(funcs(q, l)).Parse(string(src))
			if err != nil {
				return nil, fmt.Errorf("templates: %w", err)
			}
			typeset(t, l)
			k.templates[l] = t
			k.sources[l] = string(src)
		}
		out = append(out, k)
	}
	return out, nil
}

// typeset applies the language's typography to the literal text of a
// template, never to the values it prints.
func typeset(t *template.Template, l textfmt.Lang) {
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			walkText(tt.Tree.Root, func(n *parse.TextNode) {
				n.Text = []byte(textfmt.Typeset(l, string(n.Text)))
			})
		}
	}
}

func walkText(n parse.Node, f func(*parse.TextNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walkText(c, f)
		}
	case *parse.TextNode:
		f(n)
	case *parse.IfNode:
		walkText(n.List, f)
		walkText(n.ElseList, f)
	case *parse.RangeNode:
		walkText(n.List, f)
		walkText(n.ElseList, f)
	case *parse.WithNode:
		walkText(n.List, f)
		walkText(n.ElseList, f)
	}
}
