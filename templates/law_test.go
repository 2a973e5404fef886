package templates

import (
	"strings"
	"testing"

	"apitos/internal/mdtext"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// Every kind names the governing law in a sentence that reads correctly
// in each language, federal states included, and in its key information.
// The API terms accept French law only (TestAPITOSRefusesOtherLaws).
func TestGoverningLawSentences(t *testing.T) {
	sentences := map[string]map[textfmt.Lang]string{
		"api-tos":      {textfmt.EN: "The Agreement is governed by %s.", textfmt.FR: "Le Contrat est régi par le %s."},
		"charter":      {textfmt.EN: "This Charter is governed by %s.", textfmt.FR: "La Charte est régie par le %s."},
		"contribution": {textfmt.EN: "are governed by %s, without prejudice", textfmt.FR: "par le %s, sans préjudice"},
	}
	for _, code := range []string{"FR", "DE", "US-NY", "US-VA", "CA-QC", "CA-ON", "AU-NSW", "GB-SCT", "CD", "SZ"} {
		c, _ := textfmt.LookupCountry(code)
		for _, k := range All() {
			if k.ID == "api-tos" && code != "FR" {
				continue
			}
			vals := exampleValues(t, k)
			vals["governing_law"] = c.Code
			if k.ID == "charter" {
				vals["legal.vehicle"] = "fiscal-host" // a French association needs French law
			}
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatalf("%s %s %s: %v", k.ID, code, l, err)
				}
				plain := mdtext.Plain(string(markdown.Render(doc)))
				want := strings.Replace(sentences[k.ID][l], "%s", c.Law(l), 1)
				if !strings.Contains(plain, want) {
					t.Errorf("%s %s %s: no %q", k.ID, code, l, want)
				}
				key := map[textfmt.Lang]string{textfmt.EN: "Governing law: ", textfmt.FR: "Droit applicable\u00a0: "}[l] + c.Law(l)
				if k.ID != "contribution" && !strings.Contains(plain, key) {
					t.Errorf("%s %s %s: no %q in the key information", k.ID, code, l, key)
				}
			}
		}
	}
}
