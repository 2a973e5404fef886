package wizard

import (
	"errors"
	"os"

	"apitos/internal/session"
	"apitos/internal/textfmt"
	"apitos/internal/versions"
)

// compareWithEarlier asks for the answers file of an earlier version and
// shows, in the preview, the redline from that version to the answers.
func (w *Wizard) compareWithEarlier() {
	if w.sess == nil {
		return
	}
	w.chooseAnswersToOpen(func(path string) {
		if path != "" {
			w.compareWithFile(path)
		}
	})
}

// compareWithFile compares the answers with the earlier version in path.
func (w *Wizard) compareWithFile(path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		w.showError(w.T("file.open_failed", "Path", path, "Error", w.loc.ReadError(err)))
		return
	}
	issues, err := w.sess.CompareWith(path, data)
	switch {
	case errors.Is(err, session.ErrOtherKind):
		w.showError(w.T("compare.other_kind", "Path", path))
		return
	case errors.Is(err, session.ErrInvalid):
		w.showError(w.loc.N("compare.invalid", len(issues), "Path", path))
		return
	case err != nil:
		msg := err.Error()
		if len(issues) > 0 {
			msg = w.loc.Message(issues[0].Msg)
		}
		w.showError(w.T("file.open_failed", "Path", path, "Error", msg))
		return
	}
	w.showComparison()
}

// stopComparing returns the preview to the document alone.
func (w *Wizard) stopComparing() {
	if w.sess != nil {
		w.sess.StopComparing()
		w.showComparison()
	}
}

func (w *Wizard) showComparison() {
	if w.ed != nil {
		w.ed.preview.showCompared()
		w.ed.preview.relayout()
		w.ed.preview.refresh()
	}
}

// amendmentNote says, under the redline, which rule of amendment the
// answers break as a later version announced today, if any.
func (w *Wizard) amendmentNote(c *versions.Comparison, p *versions.Problem, e *session.Earlier) string {
	if p == nil {
		return ""
	}
	l := w.loc.Lang
	oldV, newV := c.Version()
	oldD, newD := c.Effective()
	args := []any{"Name", e.Name(), "Old", oldV, "New", newV, "OldDate", textfmt.Date(l, oldD), "NewDate", textfmt.Date(l, newD),
		"Earliest", textfmt.Date(l, p.Earliest), "Months", textfmt.Months(l, p.Months)}
	if p.Clause != nil {
		args = append(args, "Clause", p.Clause.Label(l))
	}
	switch p.ID {
	case versions.RuleVersion:
		return w.T("compare.problem_version", args...)
	case versions.RuleDate:
		return w.T("compare.problem_date", args...)
	case versions.RuleDeprecation:
		return w.T("compare.problem_deprecation", args...)
	}
	return w.T("compare.problem_notice", args...)
}
