package templates

import (
	"fmt"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// RK2-7: there is no right to data portability for processing based on
// the performance of a task carried out in the public interest (GDPR,
// art. 20(1)(a) and 20(3)). An administrative public body bases all its
// processing on point (e) and lists no portability; an industrial or
// commercial public body lists it for the processing based on the
// contract alone; a private provider keeps the plain list.
func TestFx3kPortability(t *testing.T) {
	plain := apiTOSPhrase{textfmt.EN: "to restriction of processing, to data portability and to object", textfmt.FR: "à la limitation du traitement, à la portabilité des données et d'opposition"}
	limited := apiTOSPhrase{textfmt.EN: "to restriction of processing, to data portability, for the processing based on point (b) alone (article 20 of the GDPR), and to object", textfmt.FR: "à la limitation du traitement, à la portabilité des données, pour les seuls traitements fondés sur le point b) (article 20 du RGPD), et d'opposition"}
	none := apiTOSPhrase{textfmt.EN: "the rights to restriction of processing and to object", textfmt.FR: "ses droits à la limitation du traitement et d'opposition"}
	for _, p := range providers13a {
		set := func(v questionnaire.Values) {
			p.set(v)
			v["personal_data.processed"], v["personal_data.role"] = true, "both"
		}
		for l, doc := range published12a(t, set) {
			what := fmt.Sprintf("%s %s", l, p.name)
			want := map[string]apiTOSPhrase{"company": plain, "industrial-commercial": limited, "administrative": none}[p.name]
			for _, ph := range []apiTOSPhrase{plain, limited, none} {
				if got := ph.in(doc, "data-users"); got != (ph[l] == want[l]) {
					t.Errorf("%s: 6.1 says %q: %v", what, ph[l], got)
				}
			}
		}
	}
}
