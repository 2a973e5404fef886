// Package templates holds the questionnaires and the French and English
// Markdown templates of every document kind, and assembles documents from
// answers.
package templates

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"

	"apitos/internal/document"
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
	digestOnce    sync.Once
	digest        string
	// annotated are the templates as written, commentary and marks of
	// the answers read included (see AssembleAnnotated), parsed on first
	// use; templates leave both out, so that a document that is not for
	// review costs nothing more to assemble.
	annotated func() (map[textfmt.Lang]*template.Template, error)
}

// kind is one kind's slot: it is loaded on first use, so that a command
// working on one kind does not parse the others.
type kindEntry struct {
	id   string
	once sync.Once
	kind *Kind
	err  error
}

func (e *kindEntry) get() *Kind {
	e.once.Do(func() { e.kind, e.err = loadKind(e.id) })
	if e.err != nil {
		panic(e.err) // the embedded templates are broken; the tests prevent it
	}
	return e.kind
}

// entries lists the kinds whose files are embedded, in display order.
var entries = sync.OnceValue(func() []*kindEntry {
	var out []*kindEntry
	for _, id := range order {
		if _, err := fs.Stat(files, id+"/questionnaire.yaml"); err == nil {
			out = append(out, &kindEntry{id: id})
		}
	}
	return out
})

// All returns every available kind, in display order. It panics if the
// embedded templates are broken, which the tests of this package prevent.
func All() []*Kind {
	var out []*Kind
	for _, e := range entries() {
		out = append(out, e.get())
	}
	return out
}

// Lookup finds a kind by ID.
func Lookup(id string) (*Kind, bool) {
	for _, e := range entries() {
		if e.id == id {
			return e.get(), true
		}
	}
	return nil, false
}

// IDs lists the IDs of all kinds, in display order.
func IDs() []string {
	var ids []string
	for _, e := range entries() {
		ids = append(ids, e.id)
	}
	return ids
}

// Examples returns the illustrative answer of every question that has
// one, as init --example writes them: a translatable answer has its
// example in every language. With the defaults, they make a complete
// answers set (a test checks).
func (k *Kind) Examples() questionnaire.Values {
	vals := questionnaire.Values{}
	for _, qq := range k.Questionnaire.Questions() {
		if v := Example(qq); v != nil {
			vals[qq.Key] = v
		}
	}
	return vals
}

// Example is the illustrative answer of a question or list field, typed
// as in Values, or nil when it has none.
func Example(qq *questionnaire.Question) any {
	if len(qq.Example) == 0 {
		return nil
	}
	if qq.Translatable {
		t, bad := qq.ConvertTranslated(qq.Example)
		if len(bad) > 0 || t == nil {
			return nil
		}
		return t
	}
	v, m := qq.Convert(qq.Example.In(textfmt.EN))
	if m != nil {
		return nil
	}
	return v
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

// loadKind parses a kind's questionnaire and templates. The templates
// need the questionnaire only when they run, so each language's is parsed
// in parallel with the questionnaire: loading the charter, the largest
// kind, takes the time of its questionnaire alone.
func loadKind(id string) (*Kind, error) {
	k := &Kind{ID: id, templates: map[textfmt.Lang]*template.Template{}, sources: map[textfmt.Lang]string{}}
	tpls := make([]*template.Template, len(textfmt.All))
	srcs := make([]string, len(textfmt.All))
	errs := make([]error, len(textfmt.All)+1)
	var wg sync.WaitGroup
	for i, l := range textfmt.All {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tpls[i], srcs[i], errs[i] = parseTemplate(k, l)
		}()
	}
	k.Questionnaire, errs[len(tpls)] = loadQuestionnaire(id)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i, l := range textfmt.All {
		k.templates[l] = tpls[i]
		k.sources[l] = srcs[i]
	}
	k.annotated = sync.OnceValues(func() (map[textfmt.Lang]*template.Template, error) {
		out := map[textfmt.Lang]*template.Template{}
		for _, l := range textfmt.All {
			t, err := parseSource(k, l, k.sources[l], true)
			if err != nil {
				return nil, err
			}
			out[l] = t
		}
		return out, nil
	})
	return k, nil
}

func loadQuestionnaire(id string) (*questionnaire.Questionnaire, error) {
	data, err := files.ReadFile(id + "/questionnaire.yaml")
	if err != nil {
		return nil, err
	}
	q, err := questionnaire.Load(data)
	if err != nil {
		return nil, err
	}
	if q.Kind != id {
		return nil, fmt.Errorf("templates: %s/questionnaire.yaml declares kind %q", id, q.Kind)
	}
	if q.Links() {
		// Every answer the charter can give must be a valid answer here.
		c, ok := Lookup(questionnaire.CharterKind)
		if !ok {
			return nil, fmt.Errorf("templates: %s takes answers from a charter, and there is none", id)
		}
		if err := q.CheckLink(c.Questionnaire); err != nil {
			return nil, err
		}
	}
	return q, nil
}

// parseTemplate parses the kind's template in one language, with the
// language's typography applied to its literal text; it also returns the
// source as written.
func parseTemplate(k *Kind, l textfmt.Lang) (*template.Template, string, error) {
	src, err := files.ReadFile(k.ID + "/" + string(l) + ".md")
	if err != nil {
		return nil, "", fmt.Errorf("templates: %s has no %s template: %w", k.ID, l, err)
	}
	t, err := parseSource(k, l, string(src), false)
	return t, string(src), err
}

// stripCommentary removes the commentary blocks of a template's source
// (see document.Build): each runs from a line "::: commentary" to the next
// line ":::", both included. A scan by lines, because the regular
// expression it replaces took most of the time a command spends loading a
// kind.
func stripCommentary(src string) string {
	var b strings.Builder
	b.Grow(len(src))
	block := -1 // where the open block started in src, or -1
	for i := 0; i < len(src); {
		end := strings.IndexByte(src[i:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += i + 1
		}
		line := src[i:end]
		switch {
		case block < 0 && line == document.CommentaryOpen+"\n":
			block = i
		case block >= 0 && line == document.CommentaryClose+"\n":
			block = -1
		case block < 0:
			b.WriteString(line)
		}
		i = end
	}
	if block >= 0 { // a block never closed is text, as it was written
		b.WriteString(src[block:])
	}
	return b.String()
}

// parseSource parses the source of a kind's template in one language:
// annotated, with its commentary and a mark of the answers read before
// each action (see markReads); otherwise without either.
func parseSource(k *Kind, l textfmt.Lang, src string, annotated bool) (*template.Template, error) {
	if !annotated {
		src = stripCommentary(src)
	}
	t, err := template.New(k.ID + "/" + string(l) + ".md").
		Option("missingkey=error").Funcs(funcs(k, l)).Parse(src)
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	typeset(t, l)
	if annotated {
		markReads(t)
	}
	return t, nil
}

// typeset applies the language's typography to the literal text of a
// template, never to the values it prints.
func typeset(t *template.Template, l textfmt.Lang) {
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			walkNodes(tt.Tree.Root, func(n parse.Node) {
				if t, ok := n.(*parse.TextNode); ok {
					t.Text = []byte(textfmt.Typeset(l, string(t.Text)))
				}
			})
		}
	}
}

// walkNodes calls visit on n and every node nested in it: the lists of
// if, range and with actions included.
func walkNodes(n parse.Node, visit func(parse.Node)) {
	if l, ok := n.(*parse.ListNode); n == nil || (ok && l == nil) {
		return // an absent else branch is a nil *ListNode
	}
	visit(n)
	switch n := n.(type) {
	case *parse.ListNode:
		for _, c := range n.Nodes {
			walkNodes(c, visit)
		}
	case *parse.IfNode:
		walkNodes(n.List, visit)
		walkNodes(n.ElseList, visit)
	case *parse.RangeNode:
		walkNodes(n.List, visit)
		walkNodes(n.ElseList, visit)
	case *parse.WithNode:
		walkNodes(n.List, visit)
		walkNodes(n.ElseList, visit)
	}
}
