package templates

import (
	"regexp"
	"slices"
	"strings"
	"text/template"
	"text/template/parse"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
)

// Which answers a clause depends on is read from its template, not
// written by hand: before each action, condition and loop, markReads
// inserts a mark naming the answers that action reads (document.Reads),
// which document.Build strips from the text and records on the clause
// the mark stands in. The marks print nothing of their own: the text is
// the same with or without them.
//
// An action reads the answers its fields name (.commons.name), through
// the variables it uses ($steering, set at the top of a template from
// .governance.steering) and through the dot of the with or range block
// it sits in; a call of a defined template reads what that template's
// body reads with the dot it is given.

// markReads instruments every template of t.
func markReads(t *template.Template) {
	r := &reader{vars: map[string][]string{}, defined: map[string]*parse.Tree{}}
	for _, tt := range t.Templates() {
		if tt.Tree != nil && tt.Tree.Root != nil {
			r.defined[tt.Name()] = tt.Tree
		}
	}
	r.collectVars()
	if main := t.Tree; main != nil && main.Root != nil {
		r.mark(main.Root, dot{root: true}, nil)
	}
}

// dot is what "." stands for in a block: the answers' root, the answer
// at prefix (with .commons.scope, range .annex), or a value computed from
// the answers in keys.
type dot struct {
	root   bool
	prefix string
	keys   []string
}

type reader struct {
	vars    map[string][]string // variable name -> paths it derives from
	defined map[string]*parse.Tree
	calling []string // defined templates being expanded, against recursion
}

// collectVars records what each variable derives from, over every
// template, until no variable gains a path (a variable may be set from
// another declared after it in some other template). A variable set
// under a condition derives from the condition too:
// {{if $restricted}}{{$r = ref "access-restricted"}}{{end}} makes $r
// depend on what $restricted reads.
func (r *reader) collectVars() {
	for changed := true; changed; {
		changed = false
		var visit func(list *parse.ListNode, cond []string)
		record := func(pipe *parse.PipeNode, cond []string) {
			if pipe == nil || len(pipe.Decl) == 0 {
				return
			}
			// Fields relative to an unknown dot are left out here; the
			// variables of the templates are set from the root.
			paths := append(r.paths(pipe, dot{root: true}), cond...)
			for _, v := range pipe.Decl {
				name := v.Ident[0]
				for _, p := range paths {
					if !slices.Contains(r.vars[name], p) {
						r.vars[name] = append(r.vars[name], p)
						changed = true
					}
				}
			}
		}
		visit = func(list *parse.ListNode, cond []string) {
			if list == nil {
				return
			}
			for _, n := range list.Nodes {
				var pipe *parse.PipeNode
				var branches []*parse.ListNode
				switch n := n.(type) {
				case *parse.ActionNode:
					record(n.Pipe, cond)
					continue
				case *parse.IfNode:
					pipe, branches = n.Pipe, []*parse.ListNode{n.List, n.ElseList}
				case *parse.WithNode:
					pipe, branches = n.Pipe, []*parse.ListNode{n.List, n.ElseList}
				case *parse.RangeNode:
					pipe, branches = n.Pipe, []*parse.ListNode{n.List, n.ElseList}
				default:
					continue
				}
				record(pipe, cond)
				inner := append(slices.Clone(cond), r.paths(pipe, dot{root: true})...)
				for _, b := range branches {
					visit(b, inner)
				}
			}
		}
		for _, tree := range r.defined {
			visit(tree.Root, nil)
		}
	}
}

// mark inserts, in list and every list nested in it, a mark before each
// node that reads answers; cond is what the conditions around list read.
func (r *reader) mark(list *parse.ListNode, d dot, cond []string) {
	if list == nil {
		return
	}
	var out []parse.Node
	for _, n := range list.Nodes {
		var paths []string
		switch n := n.(type) {
		case *parse.TextNode:
			markHeadings(n, cond)
		case *parse.ActionNode:
			paths = r.paths(n.Pipe, d)
		case *parse.TemplateNode:
			paths = r.paths(n.Pipe, d)
			paths = append(paths, r.call(n.Name, r.dotOf(n.Pipe, d))...)
		case *parse.IfNode:
			paths = r.paths(n.Pipe, d)
			inner := dedupe(append(slices.Clone(cond), paths...))
			r.mark(n.List, d, inner)
			r.mark(n.ElseList, d, inner)
		case *parse.WithNode:
			paths = r.paths(n.Pipe, d)
			inner := dedupe(append(slices.Clone(cond), paths...))
			r.mark(n.List, r.dotOf(n.Pipe, d), inner)
			r.mark(n.ElseList, d, inner)
		case *parse.RangeNode:
			paths = r.paths(n.Pipe, d)
			inner := dedupe(append(slices.Clone(cond), paths...))
			r.mark(n.List, r.dotOf(n.Pipe, d), inner)
			r.mark(n.ElseList, d, inner)
		}
		if paths = dedupe(paths); len(paths) > 0 {
			out = append(out, &parse.TextNode{NodeType: parse.NodeText, Pos: n.Position(), Text: []byte(document.Reads(paths))})
		}
		out = append(out, n)
	}
	list.Nodes = out
}

// headingStart finds where clause headings start in template text.
var headingStart = regexp.MustCompile(`(?m)^#{2,4} `)

// markHeadings marks, at the start of each clause heading in text, what
// the conditions around it read: a clause that a condition opens
// depends on it, and so do the clauses nested in it, whereas the mark
// before the condition stands at the end of the clause before.
func markHeadings(text *parse.TextNode, cond []string) {
	if len(cond) == 0 || !headingStart.Match(text.Text) {
		return
	}
	mark := document.Reads(cond)
	text.Text = headingStart.ReplaceAllFunc(text.Text, func(h []byte) []byte {
		return append([]byte(mark), h...)
	})
}

// call returns what a defined template reads when called with dot d.
func (r *reader) call(name string, d dot) []string {
	tree, ok := r.defined[name]
	if !ok || slices.Contains(r.calling, name) {
		return nil
	}
	r.calling = append(r.calling, name)
	defer func() { r.calling = r.calling[:len(r.calling)-1] }()
	var out []string
	var visit func(list *parse.ListNode, d dot)
	visit = func(list *parse.ListNode, d dot) {
		if list == nil {
			return
		}
		for _, n := range list.Nodes {
			switch n := n.(type) {
			case *parse.ActionNode:
				out = append(out, r.paths(n.Pipe, d)...)
			case *parse.TemplateNode:
				out = append(out, r.paths(n.Pipe, d)...)
				out = append(out, r.call(n.Name, r.dotOf(n.Pipe, d))...)
			case *parse.IfNode:
				out = append(out, r.paths(n.Pipe, d)...)
				visit(n.List, d)
				visit(n.ElseList, d)
			case *parse.WithNode:
				out = append(out, r.paths(n.Pipe, d)...)
				visit(n.List, r.dotOf(n.Pipe, d))
				visit(n.ElseList, d)
			case *parse.RangeNode:
				out = append(out, r.paths(n.Pipe, d)...)
				visit(n.List, r.dotOf(n.Pipe, d))
				visit(n.ElseList, d)
			}
		}
	}
	visit(tree.Root, d)
	return out
}

// dotOf is the dot a pipeline gives the block it opens, or the template
// it calls.
func (r *reader) dotOf(pipe *parse.PipeNode, d dot) dot {
	if pipe != nil && len(pipe.Cmds) == 1 && len(pipe.Cmds[0].Args) == 1 {
		switch a := pipe.Cmds[0].Args[0].(type) {
		case *parse.DotNode:
			return d
		case *parse.FieldNode:
			p := r.field(a.Ident, d)
			return dot{prefix: p, keys: []string{p}}
		case *parse.VariableNode:
			if len(a.Ident) == 1 && a.Ident[0] == "$" {
				return dot{root: true}
			}
		}
	}
	return dot{keys: r.paths(pipe, d)}
}

// field is the path of a field relative to dot d.
func (r *reader) field(ident []string, d dot) string {
	p := strings.Join(ident, ".")
	if !d.root && d.prefix != "" {
		p = d.prefix + "." + p
	}
	return p
}

// paths lists the answers a node reads.
func (r *reader) paths(n parse.Node, d dot) []string {
	var out []string
	switch n := n.(type) {
	case *parse.PipeNode:
		if n == nil {
			return nil
		}
		for _, c := range n.Cmds {
			out = append(out, r.paths(c, d)...)
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			out = append(out, r.paths(a, d)...)
		}
	case *parse.ChainNode:
		out = r.paths(n.Node, d)
	case *parse.FieldNode:
		if d.root || d.prefix != "" {
			out = []string{r.field(n.Ident, d)}
		} else {
			out = d.keys
		}
	case *parse.DotNode:
		out = d.keys
	case *parse.VariableNode:
		switch {
		case n.Ident[0] == "$" && len(n.Ident) > 1:
			out = []string{strings.Join(n.Ident[1:], ".")}
		default:
			out = r.vars[n.Ident[0]]
		}
	}
	return out
}

func dedupe(paths []string) []string {
	var out []string
	for _, p := range paths {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// questionKeys turns the paths a clause reads into the keys of the
// questions they are answers to, in the questionnaire's order: a field
// of a list row counts as its list (annex.title is the annex), and an
// answer read depends on the answers that decide whether its question
// applies (show_if), which are read too.
func questionKeys(q *questionnaire.Questionnaire, paths []string) []string {
	set := map[string]bool{}
	var add func(key string)
	add = func(key string) {
		if set[key] {
			return
		}
		set[key] = true
		if qq, ok := q.Question(key); ok {
			for _, k := range qq.ConditionKeys() {
				if _, ok := q.Question(k); ok {
					add(k)
				}
			}
		}
	}
	for _, p := range paths {
		for k := p; k != ""; {
			if qq, ok := q.Question(k); ok {
				if parent := qq.Parent(); parent != nil {
					k = parent.Key
				}
				add(k)
				break
			}
			i := strings.LastIndexByte(k, '.')
			if i < 0 {
				break
			}
			k = k[:i]
		}
	}
	var out []string
	for _, qq := range q.Questions() {
		if set[qq.Key] {
			out = append(out, qq.Key)
		}
	}
	return out
}
