package templates

import (
	"sort"
	"strings"
	"text/template/parse"

	"apitos/internal/textfmt"
)

// Fields lists the answer keys a template of this kind reads, as dotted
// paths ("provider.name", "annex.title" for a field read inside a range
// over the list "annex"), sorted. Tests use it to prove that every
// question is used and every field has a question.
func (k *Kind) Fields(l textfmt.Lang) []string {
	t := k.templates[l]
	seen := map[string]bool{}
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			collectFields(tt.Tree.Root, "", seen)
		}
	}
	out := make([]string, 0, len(seen))
	for f := range seen {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// Refs lists the clause IDs a template of this kind refers to, sorted.
func (k *Kind) Refs(l textfmt.Lang) []string {
	seen := map[string]bool{}
	for _, tt := range k.templates[l].Templates() {
		if tt.Tree == nil {
			continue
		}
		walkCommands(tt.Tree.Root, func(cmd *parse.CommandNode) {
			id, ok := cmd.Args[0].(*parse.IdentifierNode)
			if !ok {
				return
			}
			var args []parse.Node
			switch {
			case (id.Ident == "ref" || id.Ident == "Ref") && len(cmd.Args) == 2:
				args = cmd.Args[1:]
			case id.Ident == "refs" && len(cmd.Args) > 2:
				args = cmd.Args[2:] // after the preposition
			}
			for _, a := range args {
				if s, ok := a.(*parse.StringNode); ok && s.Text != "" {
					seen[s.Text] = true
				}
			}
		})
	}
	out := make([]string, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// collectFields records the fields read under n; dot is the path of the
// current value of "." (empty at the top, a list key inside its range).
func collectFields(n parse.Node, dot string, seen map[string]bool) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			collectFields(c, dot, seen)
		}
	case *parse.ActionNode:
		pipeFields(n.Pipe, dot, seen)
	case *parse.TemplateNode:
		pipeFields(n.Pipe, dot, seen)
	case *parse.IfNode:
		pipeFields(n.Pipe, dot, seen)
		collectFields(n.List, dot, seen)
		collectFields(n.ElseList, dot, seen)
	case *parse.RangeNode:
		inner := pipeFields(n.Pipe, dot, seen)
		collectFields(n.List, inner, seen)
		collectFields(n.ElseList, dot, seen)
	case *parse.WithNode:
		inner := pipeFields(n.Pipe, dot, seen)
		collectFields(n.List, inner, seen)
		collectFields(n.ElseList, dot, seen)
	}
}

// pipeFields records the fields of a pipeline and returns the path of the
// last one (what "." becomes inside range and with).
func pipeFields(p *parse.PipeNode, dot string, seen map[string]bool) string {
	last := ""
	if p == nil {
		return last
	}
	for _, cmd := range p.Cmds {
		for _, arg := range cmd.Args {
			switch a := arg.(type) {
			case *parse.FieldNode:
				path := strings.Join(a.Ident, ".")
				if dot != "" {
					path = dot + "." + path
				}
				seen[path] = true
				last = path
			case *parse.VariableNode:
				// $.x.y reads the answer x.y from the top, whatever "." is.
				if len(a.Ident) > 1 && a.Ident[0] == "$" {
					path := strings.Join(a.Ident[1:], ".")
					seen[path] = true
					last = path
				}
			case *parse.PipeNode:
				// A parenthesised pipeline: (eq .x "y").
				pipeFields(a, dot, seen)
			}
		}
	}
	return last
}

// walkCommands calls f on every command of every action and control
// structure under n, nested pipelines included.
func walkCommands(n parse.Node, f func(*parse.CommandNode)) {
	var pipe func(p *parse.PipeNode)
	pipe = func(p *parse.PipeNode) {
		if p == nil {
			return
		}
		for _, c := range p.Cmds {
			f(c)
			for _, a := range c.Args {
				if sub, ok := a.(*parse.PipeNode); ok {
					pipe(sub)
				}
			}
		}
	}
	walkNodes(n, func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ActionNode:
			pipe(n.Pipe)
		case *parse.IfNode:
			pipe(n.Pipe)
		case *parse.RangeNode:
			pipe(n.Pipe)
		case *parse.WithNode:
			pipe(n.Pipe)
		}
	})
}
