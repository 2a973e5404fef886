package templates

import (
	"regexp"
	"testing"

	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// frenchSlips are what French grammar forbids and what a template writes
// when a branch leaves out the word that governed an article or an
// elision: "au nom de le détenteur", "chaque fois que un cinquième". A
// space before a comma or a full stop is the trace of an empty value.
var frenchSlips = regexp.MustCompile(`(?:^|[\s(])((de|à) les? (Comité|détenteur|Cessionnaire|Licencié|Mainteneur|Projet|Commun|Membre|Contributeur|Participant)|que un|que une|que il|si il|de un|de une)[ \x{a0}\x{202f}]|[^\S\n][,.](\s|$)`)

// No combination of answers makes a French charter or policy break those
// rules. ("De le" alone is legitimate before a verb: "tenté de le
// joindre".)
func TestFrenchArticlesAndElisions(t *testing.T) {
	for _, id := range []string{"charter", "contribution"} {
		k, _ := Lookup(id)
		for _, vals := range charterCases(t, k) {
			doc, err := k.Assemble(vals, textfmt.FR, Final)
			if err != nil {
				t.Fatal(err)
			}
			md := string(markdown.Render(doc))
			if m := frenchSlips.FindStringIndex(md); m != nil {
				t.Fatalf("%s %s: %q in %q", id, describe(k, vals), md[m[0]:m[1]], md[max(0, m[0]-60):min(len(md), m[1]+40)])
			}
		}
	}
}
