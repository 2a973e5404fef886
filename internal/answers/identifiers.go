package answers

// Identifiers reports, as warnings, the answers holding a French SIREN,
// SIRET or VAT number that fails its check (see
// questionnaire.CheckIdentifiers), at the line of each.
func (f *File) Identifiers() []Issue {
	q := f.Questionnaire
	var out []Issue
	for _, p := range q.CheckIdentifiers(q.Resolve(f.Values)) {
		out = append(out, Issue{Line: f.Line(p.Key, p.Row), Problem: p})
	}
	return out
}
