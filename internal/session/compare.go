package session

import (
	"errors"
	"path/filepath"
	"time"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/internal/versions"
	"apitos/templates"
)

// Earlier is an earlier version of the document, from an answers file,
// that the answers being edited are compared with.
type Earlier struct {
	Path    string
	Version string
	Values  questionnaire.Values
}

// Name is the earlier version's file name.
func (e *Earlier) Name() string { return filepath.Base(e.Path) }

// Errors of CompareWith.
var (
	ErrNotAnswers = errors.New("not a usable answers file")
	ErrOtherKind  = errors.New("answers for another kind of document")
	ErrInvalid    = errors.New("invalid answers")
)

// CompareWith reads the answers file of an earlier version, with the
// facts of the charter it names if it is a policy, and compares the
// answers with it from then on. A file of another kind, or holding
// invalid answers, is refused (a missing answer, or a charter that cannot
// be followed, is not: the comparison marks what is missing, as a preview
// does); the issues say what is wrong.
func (s *Session) CompareWith(path string, data []byte) ([]answers.Issue, error) {
	f, issues := answers.ParseFile(path, data, templates.Registry)
	switch {
	case f == nil:
		return issues, ErrNotAnswers
	case f.Kind != s.Kind.ID:
		return nil, ErrOtherKind
	}
	var bad []answers.Issue
	for _, i := range issues {
		if !i.Missing() && !i.Warning() && !i.Charter {
			bad = append(bad, i)
		}
	}
	if len(bad) > 0 {
		return bad, ErrInvalid
	}
	version, _ := s.Questionnaire().Resolve(f.Values)[s.Questionnaire().Document.Version].(string)
	s.earlier = &Earlier{Path: path, Version: version, Values: f.Values}
	return nil, nil
}

// Earlier is the version the answers are compared with, or nil.
func (s *Session) Earlier() *Earlier { return s.earlier }

// StopComparing forgets the earlier version.
func (s *Session) StopComparing() { s.earlier = nil }

// Compare compares the earlier version with the answers, in lang: a
// preview marks the answers missing in either, as the document's preview
// does.
func (s *Session) Compare(lang textfmt.Lang, mode templates.Mode) (*versions.Comparison, error) {
	if s.earlier == nil {
		return nil, errors.New("no earlier version to compare with")
	}
	return versions.Compare(s.Kind, s.earlier.Values, s.Values(), lang, mode)
}

// Comparisons compares the earlier version with the answers in every
// language asked for, as final documents (all answers given), and says
// which rule of amendment they break, announced today, if any.
func (s *Session) Comparisons(langs []textfmt.Lang) ([]*versions.Comparison, *versions.Problem, error) {
	var out []*versions.Comparison
	for _, l := range langs {
		c, err := s.Compare(l, templates.Final)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, nil, errors.New("no language to compare in")
	}
	return out, s.AmendmentProblem(out[0]), nil
}

// Announced is the day a change is taken to be announced: the session's
// today.
func (s *Session) Announced() time.Time { return s.today() }

// AmendmentProblem is the rule of amendment that the answers break as a
// later version of the earlier one, announced today, if any (see
// versions.Comparison.Check).
func (s *Session) AmendmentProblem(c *versions.Comparison) *versions.Problem {
	return c.Check(s.today())
}
