package mdtext

import (
	"slices"
	"testing"
)

// Words keeps together what typography and markup keep together: a
// number and its unit joined by a no-break space, a French word and the
// colon or the guillemet a narrow no-break space joins to it, emphasis,
// code, links and images with the spaces inside them, escaped characters.
func TestWords(t *testing.T) {
	cases := []struct {
		line string
		want []string
	}{
		{"at least three\u00a0(3)\u00a0months before", []string{"at", "least", "three\u00a0(3)\u00a0months", "before"}},
		{"les conditions suivantes\u202f: «\u202fContrat\u202f» désigne", []string{"les", "conditions", "suivantes\u202f:", "«\u202fContrat\u202f»", "désigne"}},
		{"prévu à l’article\u00a05.5.", []string{"prévu", "à", "l’article\u00a05.5."}},
		{"**Fair use.** Users follow *the published rules* (`rate limit`).",
			[]string{"**Fair use.**", "Users", "follow", "*the published rules*", "(`rate limit`)."}},
		{"![Loyal change policy](pictograms/loyal-change.svg) **Loyal change.** Breaking",
			[]string{"![Loyal change policy](pictograms/loyal-change.svg)", "**Loyal change.**", "Breaking"}},
		{"see <https://acme.example/a b> and [the docs](https://x.example/y z).",
			[]string{"see", "<https://acme.example/a", "b>", "and", "[the docs](https://x.example/y z)."}},
		{`\*Acme\* \[x\](y) & co`, []string{`\*Acme\*`, `\[x\](y)`, "&", "co"}},
		{"voir \ue000ref:term-breach:lower\ue001, puis", []string{"voir", "\ue000ref:term-breach:lower\ue001,", "puis"}},
		{"  ", nil},
	}
	for _, c := range cases {
		if got := Words(c.line); !slices.Equal(got, c.want) {
			t.Errorf("Words(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
