package session

import (
	"time"

	"apitos/internal/questionnaire"
)

// Warnings lists the answers that break a consistency rule of severity
// warning: worth the user's attention, but no reason to stop.
func (s *Session) Warnings() []questionnaire.Problem { return s.broken(true) }

// broken lists the problems of the rules the valid answers break, the
// warnings or the errors.
func (s *Session) broken(warnings bool) []questionnaire.Problem {
	q := s.Questionnaire()
	var out []questionnaire.Problem
	resolved := q.Resolve(s.Values())
	for _, p := range q.Check(resolved, s.today()) {
		if p.Warning() == warnings {
			out = append(out, p)
		}
	}
	return out
}

func (s *Session) today() time.Time {
	if s.Today != nil {
		return s.Today()
	}
	return time.Now()
}
