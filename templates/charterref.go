package templates

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/spdx"
	"apitos/internal/textfmt"
)

// charterArticlesKey is where the data templates read hold, for answers
// that name their charter, the labels of the charter's numbered clauses
// by clause ID (see charterArticles).
const charterArticlesKey = "charter_articles"

// charterSpaceKey is where the data templates read hold, for answers that
// name their charter, the address of the charter's governance space, which
// publishes the charter in force and its earlier versions; nil otherwise.
// Templates read it through charterSpace, being no question.
const charterSpaceKey = "charter_space"

// charterFundingKey is where the data templates read hold, for answers
// that name their charter, the sources of funding the charter provides
// for (its economy.funding answer); nil otherwise. Templates read it
// through charterFunds.
const charterFundingKey = "charter_funding"

// charterVersionKey is where the data templates read hold, for answers
// that name their charter, the charter's version number, so that a policy
// relies on the founding Members of the charter's transitional provisions
// only while the charter is in its first version (firstVersion); nil
// otherwise.
const charterVersionKey = "charter_version"

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
	key := numberedKey{reflect.ValueOf(answers).Pointer(), lang}
	numberedMu.Lock()
	n, ok := numbered[key]
	numberedMu.Unlock()
	if ok {
		return n.labels
	}
	// Numbered without the lock: the languages of a document are
	// assembled in parallel, and two that number the same charter at
	// once find the same labels.
	labels := numberCharter(answers, lang)
	numberedMu.Lock()
	if len(numbered) >= maxNumbered {
		clear(numbered)
	}
	numbered[key] = numberedEntry{answers, labels}
	numberedMu.Unlock()
	return labels
}

// The charter's articles are numbered once per charter read and
// language: a linked policy is assembled once per language and format,
// and again at each refresh of the wizard's preview, from the same
// charter's answers (answers.Link resolves them once). The entries are
// keyed by the identity of those answers, which each entry holds so that
// no other map can take its address while it is cached; answers that name
// a charter never change the charter's answers they hold.
type numberedKey struct {
	answers uintptr
	lang    textfmt.Lang
}

type numberedEntry struct {
	answers questionnaire.Values
	labels  map[string]string
}

// maxNumbered bounds the cache: a session reads its charter again only
// when the file changes.
const maxNumbered = 16

var (
	numberedMu sync.Mutex
	numbered   = map[numberedKey]numberedEntry{}
)

func numberCharter(answers questionnaire.Values, lang textfmt.Lang) map[string]string {
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
		label, ok := charterLabel(root, id)
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

// charterHas reports whether the linked charter has the clause id, so
// that a policy refers to the charter's conditions only where it sets
// them.
func charterHas(root map[string]any, id string) bool {
	_, ok := charterLabel(root, id)
	return ok
}

// charterSpace is the address of the linked charter's governance space,
// or "" when the answers name no charter or it gives none.
func charterSpace(root map[string]any) string {
	s, _ := root[charterSpaceKey].(string)
	return s
}

// charterLabel is the label of the linked charter's clause id, from the
// data a template reads, and whether the charter has that clause.
func charterLabel(root map[string]any, id string) (string, bool) {
	labels, _ := root[charterArticlesKey].(map[string]string)
	label, ok := labels[id]
	return label, ok
}

// charterFunds reports whether the linked charter provides for the source
// of funding id (such as "services", paid services), so that a policy
// says what the charter allows rather than assume it.
func charterFunds(root map[string]any, id string) bool {
	ids, _ := root[charterFundingKey].([]string)
	return slices.Contains(ids, id)
}

// shareAlike reports whether the content licence id has a share-alike
// condition (spdx.ShareAlike, which the questionnaire's rules read too).
func shareAlike(id any) bool {
	return spdx.ShareAlike(fmt.Sprint(id))
}

// frenchLicenceTexts are the addresses of the official French texts of the
// licences that have one: the EUPL, equally authentic in every official
// language of the Union (Commission Implementing Decision (EU) 2017/863),
// the French legal code of the Creative Commons 4.0 licences and of CC0,
// and the CeCILL licences, written in French.
var frenchLicenceTexts = map[string]string{
	"EUPL-1.2":     "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32017D0863",
	"CC-BY-4.0":    "https://creativecommons.org/licenses/by/4.0/legalcode.fr",
	"CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr",
	"CC0-1.0":      "https://creativecommons.org/publicdomain/zero/1.0/legalcode.fr",
	"CECILL-2.1":   "https://cecill.info/licences/Licence_CeCILL_V2.1-fr.html",
	"CECILL-B":     "https://cecill.info/licences/Licence_CeCILL-B_V1-fr.html",
	"CECILL-C":     "https://cecill.info/licences/Licence_CeCILL-C_V1-fr.html",
}

// frenchLicenceText links to the official French text of licence id, ""
// when it has none.
func frenchLicenceText(id any) string {
	if u, ok := frenchLicenceTexts[fmt.Sprint(id)]; ok {
		return mdtext.Autolink(u)
	}
	return ""
}

// charterArtList names together the articles of the linked charter whose
// clause IDs are ids, skipping the IDs it does not have, the noun said
// once: "article 15.2", "articles 15.2, 17.5 et 18.1", "Articles 15.2,
// 17.5 and 18.1". It returns "" when the charter has none of them, so
// that a template writes "(…)" only around a known list.
func charterArtList(l textfmt.Lang) func(root map[string]any, ids ...string) string {
	return func(root map[string]any, ids ...string) string {
		var nums []string
		noun := ""
		for _, id := range ids {
			label, ok := charterLabel(root, id)
			if !ok || id == "" {
				continue
			}
			n, num, found := strings.Cut(label, textfmt.NBSP)
			if !found || (noun != "" && n != noun) {
				continue
			}
			noun = n
			nums = append(nums, num)
		}
		switch len(nums) {
		case 0:
			return ""
		case 1:
			return noun + textfmt.NBSP + nums[0]
		}
		return noun + "s" + textfmt.NBSP + textfmt.Numbers(l, nums)
	}
}
