package textfmt

import (
	"strings"
	"testing"
)

func TestDate(t *testing.T) {
	cases := []struct {
		date string
		lang Lang
		want string
	}{
		{"2027-03-01", FR, "1er mars 2027"},
		{"2027-03-02", FR, "2 mars 2027"},
		{"2027-08-15", FR, "15 août 2027"},
		{"2027-03-01", EN, "March 1, 2027"},
		{"2027-12-31", EN, "December 31, 2027"},
	}
	for _, c := range cases {
		d, err := ParseDate(c.date)
		if err != nil {
			t.Fatal(err)
		}
		got := Date(c.lang, d)
		if got != nbsp(c.want) {
			t.Errorf("Date(%s, %s) = %q, want %q", c.lang, c.date, got, c.want)
		}
	}
}

// nbsp writes the expected no-break spaces of a readable test string:
// spaces inside dates and durations are no-break.
func nbsp(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r == ' ' && i > 0 && out[i-1] != ',' {
			out[i] = '\u00a0'
		}
	}
	return string(out)
}

func TestParseDateRejectsImpossibleDates(t *testing.T) {
	for _, s := range []string{"2027-02-30", "2027-13-01", "27-03-01", "2027/03/01", ""} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) accepted an invalid date", s)
		}
	}
	if _, err := ParseDate("2028-02-29"); err != nil {
		t.Errorf("leap day refused: %v", err)
	}
}

func TestMonths(t *testing.T) {
	cases := []struct {
		lang Lang
		n    int
		want string
	}{
		{EN, 1, "one\u00a0(1)\u00a0month"},
		{EN, 3, "three\u00a0(3)\u00a0months"},
		{EN, 21, "twenty-one\u00a0(21)\u00a0months"},
		{FR, 1, "un\u00a0(1)\u00a0mois"},
		{FR, 3, "trois\u00a0(3)\u00a0mois"},
		{FR, 21, "vingt et un\u00a0(21)\u00a0mois"},
		{FR, 71, "soixante et onze\u00a0(71)\u00a0mois"},
		{FR, 80, "quatre-vingts\u00a0(80)\u00a0mois"},
		{FR, 99, "quatre-vingt-dix-neuf\u00a0(99)\u00a0mois"},
		{EN, 1200, "1,200\u00a0months"},
		{FR, 1200, "1\u202f200\u00a0mois"},
	}
	for _, c := range cases {
		if got := Months(c.lang, c.n); got != c.want {
			t.Errorf("Months(%s, %d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
	if got := Years(FR, 1); got != "un\u00a0(1)\u00a0an" {
		t.Errorf("Years(FR, 1) = %q", got)
	}
	if got := Days(EN, 30); got != "thirty\u00a0(30)\u00a0days" {
		t.Errorf("Days(EN, 30) = %q", got)
	}
}

func TestFrenchWordsAllValid(t *testing.T) {
	want := map[int]string{0: "zéro", 17: "dix-sept", 31: "trente et un", 42: "quarante-deux",
		61: "soixante et un", 70: "soixante-dix", 72: "soixante-douze", 81: "quatre-vingt-un",
		90: "quatre-vingt-dix", 91: "quatre-vingt-onze"}
	for n, w := range want {
		if got := Words(FR, n); got != w {
			t.Errorf("Words(FR, %d) = %q, want %q", n, got, w)
		}
	}
}

func TestList(t *testing.T) {
	cases := []struct {
		lang  Lang
		items []string
		want  string
	}{
		{EN, nil, ""},
		{EN, []string{"a"}, "a"},
		{EN, []string{"a", "b"}, "a and b"},
		{EN, []string{"a", "b", "c"}, "a, b, and c"},
		{FR, []string{"a", "b", "c"}, "a, b et c"},
	}
	for _, c := range cases {
		if got := List(c.lang, c.items); got != c.want {
			t.Errorf("List(%s, %v) = %q, want %q", c.lang, c.items, got, c.want)
		}
	}
	if got := Alternatives(FR, []string{"a", "b"}); got != "a ou b" {
		t.Errorf("Alternatives = %q", got)
	}
}

func TestCountries(t *testing.T) {
	fr, ok := LookupCountry("fr")
	if !ok || fr.Law(EN) != "French law" || fr.Law(FR) != "droit français" {
		t.Fatalf("FR: %+v %v", fr, ok)
	}
	if _, ok := LookupCountry("US"); ok {
		t.Error("US must not be offered: its contract law is set state by state")
	}
	all := Countries()
	for i := 1; i < len(all); i++ {
		if all[i-1].Code >= all[i].Code {
			t.Fatalf("countries not sorted at %s", all[i].Code)
		}
	}
	for _, c := range all {
		if c.NameEN == "" || c.NameFR == "" || c.LawEN == "" || c.LawFR == "" || len(c.Code) != 2 {
			t.Errorf("incomplete country %+v", c)
		}
	}
}

func TestTypeset(t *testing.T) {
	got := Typeset(FR, "l'API : « conditions » ; vraiment ? oui ! https://x.org/?a=1")
	want := "l’API\u00a0: «\u202fconditions\u202f»\u202f; vraiment\u202f? oui\u202f! https://x.org/?a=1"
	if got != want {
		t.Errorf("Typeset FR = %q, want %q", got, want)
	}
	if got := Typeset(EN, "the provider's API: yes"); got != "the provider’s API: yes" {
		t.Errorf("Typeset EN = %q", got)
	}
}

func TestLangs(t *testing.T) {
	ls, err := ParseLangs("fr, EN,fr")
	if err != nil || len(ls) != 2 || ls[0] != FR || ls[1] != EN {
		t.Fatalf("ParseLangs = %v, %v", ls, err)
	}
	if _, err := ParseLangs("en,de"); err == nil {
		t.Error("de accepted")
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if FromEnv(env(map[string]string{"LANG": "fr_FR.UTF-8"})) != FR {
		t.Error("LANG=fr not French")
	}
	if FromEnv(env(map[string]string{"LC_ALL": "C", "LANG": "fr_FR.UTF-8"})) != EN {
		t.Error("LC_ALL must win over LANG")
	}
	if FromEnv(env(nil)) != EN {
		t.Error("default must be English")
	}
}

func TestDe(t *testing.T) {
	cases := map[string]string{"Paris": "de Paris", "Orléans": "d’Orléans", "Évry": "d’Évry",
		"Acme Météo API": "d’Acme Météo API", "Hambourg": "de Hambourg", "": "de "}
	for in, want := range cases {
		if got := De(FR, in); got != want {
			t.Errorf("De(FR, %q) = %q, want %q", in, got, want)
		}
	}
	if De(EN, "Orléans") != "Orléans" {
		t.Error("De(EN) must return the name")
	}
}

func TestWrap(t *testing.T) {
	got := Wrap("l’été est là, très   chaud cette année", 12)
	want := []string{"l’été est", "là, très", "chaud cette", "année"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
	if len(Wrap("", 10)) != 0 {
		t.Error("Wrap of nothing must be empty")
	}
}

// A statute reference stays on one line, whether the template has a plain
// or a no-break space after "L.".
func TestCitationsKeptTogether(t *testing.T) {
	for _, l := range All {
		for in, want := range map[string]string{
			"(article L. 113-9)":            "(article\u00a0L.\u00a0113-9)",
			"(Article L.\u00a0131-3-1)":     "(Article\u00a0L.\u00a0131-3-1)",
			"articles L. 323-2 et suivants": "articles\u00a0L.\u00a0323-2 et suivants",
		} {
			if got := Typeset(l, in); got != want {
				t.Errorf("Typeset(%s, %q) = %q, want %q", l, in, got, want)
			}
		}
	}
}
