package templates

import (
	"slices"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// charterArticlesKey is where the data templates read hold, for answers
// that name their charter, the labels of the charter's numbered clauses
// by clause ID (see charterArticles).
const charterArticlesKey = "charter_articles"

// charterArticles labels the numbered clauses of the charter that the
// resolved answers name, by clause ID ("article 12.5", "Section 12.5"),
// so that a document taking its facts from the charter cites the article
// it relies on. It is nil when the answers name no charter or the charter
// cannot be assembled; the document then cites the charter as a whole.
// The charter is numbered in lang when it is written in it, otherwise in
// its first language: both versions of a charter number alike.
func charterArticles(resolved questionnaire.Values, lang textfmt.Lang) map[string]string {
	answers := resolved.CharterAnswers()
	if answers == nil {
		return nil
	}
	k, ok := Lookup(questionnaire.CharterKind)
	langs := answers.Langs()
	if !ok || len(langs) == 0 {
		return nil
	}
	in := lang
	if !slices.Contains(langs, in) {
		in = langs[0]
	}
	doc, err := k.Assemble(answers, in, Preview)
	if err != nil {
		return nil
	}
	labels := make(map[string]string, len(doc.Clauses))
	for _, c := range doc.Clauses {
		if c.Number != "" {
			labels[c.ID] = c.Label(lang)
		}
	}
	return labels
}

// charterRef names the charter, or the article of it whose clause ID is
// id when the charter's articles are known ("l'article 12.5 de la
// Charte", "Section 12.5 of the Charter"). Both forms take the same
// prepositions in French ("de la Charte", "de l'article 12.5 de la
// Charte"), so a template writes one sentence for both.
func charterRef(l textfmt.Lang) func(root map[string]any, id string) string {
	return func(root map[string]any, id string) string {
		labels, _ := root[charterArticlesKey].(map[string]string)
		label, ok := labels[id]
		switch {
		case l == textfmt.FR && ok:
			return "l’" + label + " de la Charte"
		case l == textfmt.FR:
			return "la Charte"
		case ok:
			return label + " of the Charter"
		default:
			return "the Charter"
		}
	}
}
