// Package versions compares two versions of a document, clause by clause
// and word by word: it finds the clauses added, removed, changed and
// moved, writes the redline (the later version with deletions struck
// through and insertions marked) and the change log, and applies the
// rules a document sets for its own amendment: the API terms' notice
// periods, the charter's amendment procedure.
package versions

import (
	"fmt"
	"reflect"
	"slices"
	"time"

	"apitos/internal/diff"
	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// Comparison is two versions of a document in one language, clause by
// clause.
type Comparison struct {
	Kind *templates.Kind
	Lang textfmt.Lang
	// Old and New are the two versions as they are. Clauses are compared
	// on Base, the earlier version assembled with the later one's version
	// and effective date: those two answers identify a version, and a
	// clause that prints them is not changed by a new version.
	Old, Base, New *document.Document
	// OldValues and NewValues are the answers of each, resolved.
	OldValues, NewValues questionnaire.Values
	// Clauses are every clause of either version, in the later version's
	// order, each removed clause after the one that preceded it.
	Clauses []Clause
	// Answers are the answers that differ, in questionnaire order.
	Answers []Answer
}

// Clause is one clause of either version. Old is nil for a clause added,
// New for a clause removed.
type Clause struct {
	ID       string
	Old, New *document.Clause
	// Changed: its title or text differs (cross-references compared by
	// the clause they name, not by its number). Moved: it left its place
	// among the clauses both versions have, or its parent.
	Changed, Moved bool
}

// Added reports a clause the earlier version did not have.
func (c Clause) Added() bool { return c.Old == nil }

// Removed reports a clause the later version no longer has.
func (c Clause) Removed() bool { return c.New == nil }

// Same reports a clause neither changed nor moved.
func (c Clause) Same() bool { return !c.Added() && !c.Removed() && !c.Changed && !c.Moved }

// Answer is an answer that differs between the versions; Old or New is
// nil where there is none.
type Answer struct {
	Question *questionnaire.Question
	Old, New any
}

// Compare assembles both versions in lang and compares them.
func Compare(k *templates.Kind, oldVals, newVals questionnaire.Values, lang textfmt.Lang, mode templates.Mode) (*Comparison, error) {
	q := k.Questionnaire
	c := &Comparison{Kind: k, Lang: lang, OldValues: q.Resolve(oldVals), NewValues: q.Resolve(newVals)}
	base := questionnaire.Values{}
	for key, v := range oldVals {
		base[key] = v
	}
	for _, key := range []string{q.Document.Version, q.Document.EffectiveDate} {
		if v, ok := c.NewValues[key]; ok {
			base[key] = v
		} else {
			delete(base, key)
		}
	}
	var err error
	if c.Old, err = k.Assemble(oldVals, lang, mode); err != nil {
		return nil, err
	}
	if c.Base, err = k.Assemble(base, lang, mode); err != nil {
		return nil, err
	}
	if c.New, err = k.Assemble(newVals, lang, mode); err != nil {
		return nil, err
	}
	c.Clauses = clauses(c.Base, c.New)
	c.Answers = answers(q, oldVals, newVals)
	return c, nil
}

// Unchanged reports two versions whose clauses are the same, apart from
// the version and effective date they print.
func (c *Comparison) Unchanged() bool {
	for _, cl := range c.Clauses {
		if !cl.Same() {
			return false
		}
	}
	return true
}

// Version is the version string of each side ("" when unanswered).
func (c *Comparison) Version() (old, new string) {
	key := c.Kind.Questionnaire.Document.Version
	old, _ = c.OldValues[key].(string)
	new, _ = c.NewValues[key].(string)
	return old, new
}

// Effective is the effective date of each side (zero when unanswered).
func (c *Comparison) Effective() (old, new time.Time) {
	key := c.Kind.Questionnaire.Document.EffectiveDate
	old, _ = c.OldValues[key].(time.Time)
	new, _ = c.NewValues[key].(time.Time)
	return old, new
}

// clauses pairs the clauses of two documents by ID.
func clauses(old, new *document.Document) []Clause {
	oldByID := map[string]*document.Clause{}
	for i := range old.Clauses {
		oldByID[old.Clauses[i].ID] = &old.Clauses[i]
	}
	newByID := map[string]*document.Clause{}
	for i := range new.Clauses {
		newByID[new.Clauses[i].ID] = &new.Clauses[i]
	}
	moved := movedClauses(old, new, oldByID, newByID)

	// Each removed clause goes after the clause that preceded it in the
	// earlier version, once that one is placed.
	after := map[string][]string{} // ID of the preceding clause ("" for none) -> removed IDs
	prev := ""
	for _, oc := range old.Clauses {
		if newByID[oc.ID] == nil {
			after[prev] = append(after[prev], oc.ID)
		}
		prev = oc.ID
	}
	var out []Clause
	var place func(id string)
	place = func(id string) {
		for _, rid := range after[id] {
			out = append(out, Clause{ID: rid, Old: oldByID[rid]})
			place(rid)
		}
	}
	place("")
	for i := range new.Clauses {
		nc := &new.Clauses[i]
		cl := Clause{ID: nc.ID, New: nc, Old: oldByID[nc.ID]}
		if cl.Old != nil {
			cl.Changed = cl.Old.RawTitle != nc.RawTitle || cl.Old.RawBody != nc.RawBody
			cl.Moved = moved[nc.ID]
		}
		out = append(out, cl)
		place(nc.ID)
	}
	return out
}

// movedClauses finds the clauses that both documents have and that left
// their place: those outside a longest common order of the shared
// clauses, and those whose parent or depth changed. A clause that only
// shifted because others were added or removed before it has not moved.
func movedClauses(old, new *document.Document, oldByID, newByID map[string]*document.Clause) map[string]bool {
	var oldOrder, newOrder []string
	for _, c := range old.Clauses {
		if newByID[c.ID] != nil {
			oldOrder = append(oldOrder, c.ID)
		}
	}
	for _, c := range new.Clauses {
		if oldByID[c.ID] != nil {
			newOrder = append(newOrder, c.ID)
		}
	}
	moved := map[string]bool{}
	for _, id := range newOrder {
		moved[id] = true
	}
	for _, e := range diff.Slices(oldOrder, newOrder) {
		if e.Op == diff.Equal {
			moved[newOrder[e.J]] = false
		}
	}
	oldParent, newParent := parents(old), parents(new)
	for _, id := range newOrder {
		if oldParent[id] != newParent[id] || oldByID[id].Depth != newByID[id].Depth {
			moved[id] = true
		}
	}
	return moved
}

// parents maps each clause to the clause it belongs to ("" at the top).
func parents(d *document.Document) map[string]string {
	out := map[string]string{}
	var stack []document.Clause
	for _, c := range d.Clauses {
		for len(stack) > 0 && stack[len(stack)-1].Depth >= c.Depth {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			out[c.ID] = stack[len(stack)-1].ID
		}
		stack = append(stack, c)
	}
	return out
}

// answers lists the answers that differ, by the public form the documents
// are built from. An answer that only says why a version changes (a
// notice answer) describes the change rather than being one.
func answers(q *questionnaire.Questionnaire, oldVals, newVals questionnaire.Values) []Answer {
	oldPub, newPub := q.Public(oldVals), q.Public(newVals)
	oldRes, newRes := q.Resolve(oldVals), q.Resolve(newVals)
	var out []Answer
	for _, qq := range q.Questions() {
		if qq.Notice || reflect.DeepEqual(oldPub[qq.Key], newPub[qq.Key]) {
			continue
		}
		a := Answer{Question: qq}
		if oldPub[qq.Key] != nil {
			a.Old = oldRes[qq.Key]
		}
		if newPub[qq.Key] != nil {
			a.New = newRes[qq.Key]
		}
		out = append(out, a)
	}
	return out
}

func (c Clause) String() string {
	state := "same"
	switch {
	case c.Added():
		state = "added"
	case c.Removed():
		state = "removed"
	case c.Moved && c.Changed:
		state = "moved, changed"
	case c.Moved:
		state = "moved"
	case c.Changed:
		state = "changed"
	}
	return fmt.Sprintf("%s (%s)", c.ID, state)
}

// changed lists the clauses that are not the same, in order.
func (c *Comparison) changed() []Clause {
	return slices.DeleteFunc(slices.Clone(c.Clauses), Clause.Same)
}
