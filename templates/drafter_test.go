package templates

import (
	"strings"
	"testing"

	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// draftersNotes are phrases that speak to whoever fills in the answers
// rather than to the members or contributors who read a document: a
// warning about the validity of a clause, an annex of instructions, advice
// to have something checked. Such notes belong to the help of the
// questions, never to the text that is adopted or published.
var draftersNotes = map[textfmt.Lang][]string{
	textfmt.EN: {"Warning", "warning under", "addressed to the founders", "addressed to the Maintainers",
		"This annex is addressed", "could therefore be held ineffective", "have it checked", "Where the term is longer",
		"where the Members belong to several classes", "where the statutes so allow"},
	textfmt.FR: {"Avertissement", "s’adresse aux fondateurs", "s’adresse aux Mainteneurs", "La présente annexe s’adresse",
		"pourrait donc être jugée", "faites vérifier", "Faites vérifier", "Lorsque le mandat dépasse",
		"lorsque les Membres relèvent de plusieurs catégories", "lorsque les statuts le permettent"},
}

// No combination of answers puts a note for the drafter into a charter or
// a contribution policy.
func TestDocumentsHoldNoNoteForTheDrafter(t *testing.T) {
	for _, id := range []string{"charter", "contribution"} {
		k, _ := Lookup(id)
		for _, vals := range charterCases(t, k) {
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				md := string(markdown.Render(doc))
				for _, note := range draftersNotes[l] {
					if strings.Contains(md, note) {
						t.Fatalf("%s/%s %s: the document says %q, which is for the drafter", id, l, describe(k, vals), note)
					}
				}
			}
		}
	}
}
