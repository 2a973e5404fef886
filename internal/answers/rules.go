package answers

import "time"

// Check applies the consistency rules of the file's questionnaire to its
// answers, on the day today, and reports each broken rule at the line of
// every answer it names. Errors among them refuse the file; warnings
// (Issue.Warning) do not. The rules of the charter the file names apply
// to the answers taken from it, and are reported in the charter.
func (f *File) Check(today time.Time) []Issue {
	q := f.Questionnaire
	var out []Issue
	for _, p := range q.Check(q.Resolve(f.Values), today) {
		out = append(out, Issue{Line: f.Line(p.Key, p.Row), Problem: p})
	}
	if f.Link != nil {
		out = append(out, f.Link.Contradictions(q, today)...)
	}
	return out
}
