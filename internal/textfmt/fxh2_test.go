package textfmt

import "testing"

// H2-9: in English, "No" and "no." keep the number of an act on their
// line, as « n° » does in French; a count after "No" is left alone.
func TestFxh2EnglishActNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"Regulation (EU) No 1215/2012 of 12 December 2012": "Regulation (EU) No" + NBSP + "1215/2012 of 12 December 2012",
		"law no. 94-665 of 4 August 1994":                  "law no." + NBSP + "94-665 of 4 August 1994",
		"Cass. com., no. 09-11.841":                        "Cass. com., no." + NBSP + "09-11.841",
		"No 2 Users may share a key.":                      "No 2 Users may share a key.",
		"see https://example.org/No 1-2":                   "see https://example.org/No 1-2",
	} {
		if got := Typeset(EN, in); got != want {
			t.Errorf("Typeset(EN, %q) = %q, want %q", in, got, want)
		}
	}
	if got := Typeset(FR, "règlement (UE) No 1215/2012"); got != "règlement (UE) No 1215/2012" {
		t.Errorf("French text changed: %q", got)
	}
}
