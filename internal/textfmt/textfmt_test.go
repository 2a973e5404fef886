package textfmt

import (
	"slices"
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
		{"2027-03-01", EN, "1 March 2027"},
		{"2027-12-31", EN, "31 December 2027"},
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
		{EN, 120, "one hundred and twenty\u00a0(120)\u00a0months"},
		{FR, 120, "cent vingt\u00a0(120)\u00a0mois"},
		{EN, 1200, "one thousand two hundred\u00a0(1,200)\u00a0months"},
		{FR, 1200, "mille deux cents\u00a0(1\u202f200)\u00a0mois"},
		{EN, 1_000_000_000, "1,000,000,000\u00a0months"},
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

func TestCount(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{Count(EN, 7, "member", "members"), "seven\u00a0(7)\u00a0members"},
		{Count(EN, 1, "member", "members"), "one\u00a0(1)\u00a0member"},
		{Count(FR, 3, "membre", "membres"), "trois\u00a0(3)\u00a0membres"},
		{Count(FR, 0, "procuration", "procurations"), "zéro\u00a0(0)\u00a0procuration"},
		{CountFeminine(FR, 1, "Contribution", "Contributions"), "une\u00a0(1)\u00a0Contribution"},
		{CountFeminine(FR, 21, "Contribution", "Contributions"), "vingt et une\u00a0(21)\u00a0Contributions"},
		{CountFeminine(FR, 81, "voix", "voix"), "quatre-vingt-une\u00a0(81)\u00a0voix"},
		{CountFeminine(FR, 10, "Contribution", "Contributions"), "dix\u00a0(10)\u00a0Contributions"},
		{CountFeminine(EN, 1, "Contribution", "Contributions"), "one\u00a0(1)\u00a0Contribution"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
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

// The questionnaires allow periods up to 3,650 days and amounts up to ten
// million: every one of them is spelt out, in both languages.
func TestWordsLargeNumbers(t *testing.T) {
	for _, c := range []struct {
		n      int
		en, fr string
	}{
		{100, "one hundred", "cent"},
		{101, "one hundred and one", "cent un"},
		{180, "one hundred and eighty", "cent quatre-vingts"},
		{200, "two hundred", "deux cents"},
		{201, "two hundred and one", "deux cent un"},
		{365, "three hundred and sixty-five", "trois cent soixante-cinq"},
		{730, "seven hundred and thirty", "sept cent trente"},
		{999, "nine hundred and ninety-nine", "neuf cent quatre-vingt-dix-neuf"},
		{1000, "one thousand", "mille"},
		{1001, "one thousand and one", "mille un"},
		{1825, "one thousand eight hundred and twenty-five", "mille huit cent vingt-cinq"},
		{2000, "two thousand", "deux mille"},
		{3650, "three thousand six hundred and fifty", "trois mille six cent cinquante"},
		{21000, "twenty-one thousand", "vingt et un mille"},
		{80000, "eighty thousand", "quatre-vingt mille"},
		{200000, "two hundred thousand", "deux cent mille"},
		{280080, "two hundred and eighty thousand and eighty", "deux cent quatre-vingt mille quatre-vingts"},
		{1_000_000, "one million", "un million"},
		{2_000_300, "two million three hundred", "deux millions trois cents"},
		{10_000_000, "ten million", "dix millions"},
		{200_000_000, "two hundred million", "deux cents millions"},
	} {
		if got := Words(EN, c.n); got != c.en {
			t.Errorf("Words(EN, %d) = %q, want %q", c.n, got, c.en)
		}
		if got := Words(FR, c.n); got != c.fr {
			t.Errorf("Words(FR, %d) = %q, want %q", c.n, got, c.fr)
		}
	}
	if got := Days(FR, 730); got != "sept cent trente\u00a0(730)\u00a0jours" {
		t.Errorf("Days(FR, 730) = %q", got)
	}
	if got := CountFeminine(FR, 201, "voix", "voix"); got != "deux cent une\u00a0(201)\u00a0voix" {
		t.Errorf("CountFeminine(FR, 201) = %q", got)
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
	for l, want := range map[Lang]string{EN: "5.2, 5.3 and 5.4", FR: "5.2, 5.3 et 5.4"} {
		if got := Numbers(l, []string{"5.2", "5.3", "5.4"}); got != want {
			t.Errorf("Numbers(%s) = %q, want %q", l, got, want)
		}
	}
}

func TestCountries(t *testing.T) {
	fr, ok := LookupCountry("fr")
	if !ok || fr.Law(EN) != "French law" || fr.Law(FR) != "droit français" || fr.Label(FR) != "France (FR)" {
		t.Fatalf("FR: %+v %v", fr, ok)
	}
	all := Countries()
	for i, c := range all {
		if i > 0 && all[i-1].Code >= c.Code {
			t.Fatalf("countries not sorted at %s", c.Code)
		}
		if c.NameEN == "" || c.NameFR == "" || c.LawEN == "" || c.LawFR == "" {
			t.Errorf("incomplete country %+v", c)
		}
		// The French templates write "régi par le {{law}}"; the English
		// ones "governed by {{law}}".
		if !strings.HasPrefix(c.LawFR, "droit ") || strings.Contains(c.LawFR, "'") || strings.Contains(c.LawEN, "'") {
			t.Errorf("%s: French law %q must start with droit and use typographic apostrophes", c.Code, c.LawFR)
		}
		if !strings.HasSuffix(c.LawEN, " law") && !strings.HasPrefix(c.LawEN, "the law") && !strings.HasPrefix(c.LawEN, "the laws") {
			t.Errorf("%s: English law %q", c.Code, c.LawEN)
		}
		for _, l := range All {
			if strings.ContainsAny(c.Name(l), "()&") || strings.Count(c.Label(l), "(") != 1 {
				t.Errorf("%s: label %q", c.Code, c.Label(l))
			}
			if got, ok := FindCountry(strings.ToUpper(c.Name(l))); !ok || got.Code != c.Code {
				t.Errorf("FindCountry(%q) = %s", c.Name(l), got.Code)
			}
		}
	}
}

// Every member state of the United Nations is offered, as a whole or, where
// its law of contracts differs within it, by state or province, except the
// federations whose subdivisions are not written yet.
func TestEveryStateIsOffered(t *testing.T) {
	members := strings.Fields(`AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS
		BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET
		FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP
		KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN
		MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU
		RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ
		UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW`)
	if len(members) != 193 {
		t.Fatalf("%d members listed", len(members))
	}
	notYet := []string{"BA", "FM", "MX"}
	for _, code := range members {
		_, whole := LookupCountry(code)
		subs := Subdivisions(code)
		switch {
		case slices.Contains(notYet, code):
			if whole || len(subs) > 0 {
				t.Errorf("%s is offered; update the help texts that say it is not", code)
			}
		case whole == (len(subs) > 0) && code != "GB":
			t.Errorf("%s: offered whole %v, subdivisions %d", code, whole, len(subs))
		}
	}
	for code, n := range map[string]int{"US": 51, "CA": 13, "AU": 8} {
		if _, ok := LookupCountry(code); ok || len(Subdivisions(code)) != n {
			t.Errorf("%s must be offered by its %d states, provinces or territories only", code, n)
		}
	}
	for code, law := range map[string][2]string{
		"US-NY": {"the law of the State of New York", "droit de l’État de New York"},
		"us-ma": {"the law of the Commonwealth of Massachusetts", "droit de l’État du Massachusetts"},
		"CA-QC": {"the laws of the Province of Quebec and the federal laws of Canada applicable therein",
			"droit de la province de Québec, y compris le droit fédéral canadien qui s’y applique"},
		"AU-NSW": {"the law in force in New South Wales", "droit en vigueur dans l’État de Nouvelle-Galles du Sud"},
		"GB":     {"the law of England and Wales", "droit anglais (Angleterre et pays de Galles)"},
		"GB-SCT": {"Scots law", "droit écossais"},
	} {
		c, ok := LookupCountry(code)
		if !ok || c.Law(EN) != law[0] || c.Law(FR) != law[1] {
			t.Errorf("%s: %q, %q", code, c.Law(EN), c.Law(FR))
		}
	}
	if c, _ := LookupCountry("US-NY"); c.Label(FR) != "États-Unis — New York (US-NY)" || c.Label(EN) != "United States — New York (US-NY)" {
		t.Errorf("labels %q, %q", c.Label(FR), c.Label(EN))
	}
}

// Names sort as each language sorts words, not by bytes.
func TestCountriesSortByName(t *testing.T) {
	order := func(l Lang, names ...string) {
		t.Helper()
		var got []string
		for _, c := range CountriesByName(l) {
			if slices.Contains(names, c.Name(l)) {
				got = append(got, c.Name(l))
			}
		}
		if !slices.Equal(got, names) {
			t.Errorf("%s order %q, want %q", l, got, names)
		}
	}
	order(FR, "Costa Rica", "Côte d’Ivoire", "Croatie", "Danemark")
	order(FR, "Sénégal", "Serbie", "Suède", "Suisse", "Tchéquie")
	order(FR, "Espagne", "Estonie", "États-Unis — Alabama", "Éthiopie")
	order(EN, "Costa Rica", "Côte d’Ivoire", "Croatia", "Czechia", "Denmark")
}

func TestFold(t *testing.T) {
	if Fold("Côte d’Ivoire") != Fold("cote d'ivoire") || Fold("ÉTATS-UNIS — New York") != "etats-unis - new york" {
		t.Errorf("Fold = %q", Fold("ÉTATS-UNIS — New York"))
	}
	if c, ok := FindCountry("cote d'ivoire (ci)"); !ok || c.Code != "CI" {
		t.Errorf("FindCountry by label = %+v", c)
	}
}

func TestTypeset(t *testing.T) {
	got := Typeset(FR, "l'API : « conditions » ; vraiment ? oui ! 20 % https://x.org/?a=1")
	want := "l’API\u00a0: «\u202fconditions\u202f»\u202f; vraiment\u202f? oui\u202f! 20\u00a0% https://x.org/?a=1"
	if got != want {
		t.Errorf("Typeset FR = %q, want %q", got, want)
	}
	if got := Typeset(EN, "the provider's API: yes"); got != "the provider’s API: yes" {
		t.Errorf("Typeset EN = %q", got)
	}
}

func TestTypesetAnswer(t *testing.T) {
	for in, want := range map[string]string{
		"adresses IP ; identifiants : modèle":                     "adresses IP\u202f; identifiants\u00a0: modèle",
		"« ouvert » ? oui !":                                      "«\u202fouvert\u202f»\u202f? oui\u202f!",
		"SPDX-License-Identifier: MIT":                            "SPDX-License-Identifier: MIT",
		"de 10:30 à 18 h":                                         "de 10:30 à 18 h",
		"https://x.org/?a=1 et dpo@x.org":                         "https://x.org/?a=1 et dpo@x.org",
		"l'en-tête `X-Id : 1` ; ou `a ?` : non":                   "l'en-tête `X-Id : 1`\u202f; ou `a ?`\u00a0: non",
		"la commande `git log -S :x` ; puis":                      "la commande `git log -S :x`\u202f; puis",
		"un accent ` non fermé : x":                               "un accent ` non fermé : x",
		"fin :":                                                   "fin\u00a0:",
		"a :b et c ;d":                                            "a :b et c ;d",
		"déchets;contact des contributeurs:modération, vraiment?": "déchets\u202f; contact des contributeurs:modération, vraiment\u202f?",
		"oui! (enfin)?! https://x.org/a? et x@y.fr;":              "oui\u202f! (enfin)\u202f?! https://x.org/a? et x@y.fr;",
		"c;d et a;b=1 et 10:30?":                                  "c;d et a;b=1 et 10:30\u202f?",
		// Figures in groups of three digits never break across lines.
		"RCS Rennes 200 012 342":                      "RCS Rennes 200\u202f012\u202f342",
		"SIREN 200\u00a0012\u00a0342, RNA W351234567": "SIREN 200\u202f012\u202f342, RNA W351234567",
		"SIRET 123 456 782 00010":                     "SIRET 123\u202f456\u202f782\u202f00010",
		"capital de 10 000 euros":                     "capital de 10\u202f000 euros",
		"+33 1 23 45 67 89, 75011 Paris":              "+33 1 23 45 67 89, 75011 Paris",
		"BCE 0123 456 789 et 2026 2027":               "BCE 0123 456 789 et 2026 2027",
		"`id 123 456`":                                "`id 123 456`",
	} {
		if got := TypesetAnswer(FR, in); got != want {
			t.Errorf("TypesetAnswer(FR, %q) = %q, want %q", in, got, want)
		}
		if got := TypesetAnswer(EN, in); got != in {
			t.Errorf("TypesetAnswer(EN, %q) = %q", in, got)
		}
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
		"Acme Météo API": "d’Acme Météo API", "Hambourg": "de Hambourg", "": "de ",
		"Association Météo Libre": "de l’Association Météo Libre", "Fondation Nuages": "de la Fondation Nuages",
		"Centre Météo": "du Centre Météo", "Hôpital Nord": "de l’Hôpital Nord", "Association": "d’Association",
		"Société Générale": "de la Société Générale", "Jeanne Martin EI": "de Jeanne Martin EI",
		"API Niveaux marins": "de l’API Niveaux marins"}
	for in, want := range cases {
		if got := De(FR, in); got != want {
			t.Errorf("De(FR, %q) = %q, want %q", in, got, want)
		}
	}
	if De(EN, "Orléans") != "Orléans" {
		t.Error("De(EN) must return the name")
	}
}

// A name that begins with the common noun of an organisation takes its
// article after "par" too; other names take none.
func TestPar(t *testing.T) {
	cases := map[string]string{"Acme Météo SAS": "par Acme Météo SAS", "Association Météo Libre": "par l’Association Météo Libre",
		"Université de Lyon": "par l’Université de Lyon", "Fondation Nuages": "par la Fondation Nuages", "Office national": "par l’Office national",
		"Syndicat mixte": "par le Syndicat mixte", "Jeanne Martin EI": "par Jeanne Martin EI"}
	for in, want := range cases {
		if got := Par(FR, in); got != want {
			t.Errorf("Par(FR, %q) = %q, want %q", in, got, want)
		}
	}
	if Par(EN, "Association Météo Libre") != "Association Météo Libre" {
		t.Error("Par(EN) must return the name")
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

// A quotation inside a quotation takes the inner marks of its language,
// without the French spaces; code between backquotes and a mark left
// unclosed on an earlier line are left alone.
func TestNestQuotes(t *testing.T) {
	q := func(s string) string { return "«" + NarrowNBSP + s + NarrowNBSP + "»" }
	for _, c := range []struct {
		l       Lang
		in, out string
	}{
		{FR, "le document " + q("Charte de la marque "+q("Plages Propres")), "le document " + q("Charte de la marque “Plages Propres”")},
		{FR, q("a " + q("b "+q("c")) + " d"), q("a “b “c”” d")},
		{FR, q("titre") + " et " + q("autre"), q("titre") + " et " + q("autre")},
		{FR, q("voir `« x »` ici"), q("voir `« x »` ici")},
		{FR, q(`voir \` + "`" + q("x") + `\` + "`"), q(`voir \` + "`“x”" + `\` + "`")},
		{FR, "« ouvert sans fin\n" + q("titre"), "« ouvert sans fin\n" + q("titre")},
		{FR, "fin » seule", "fin » seule"},
		{EN, "the document “Charter of the “Clean Beaches” mark”", "the document “Charter of the ‘Clean Beaches’ mark”"},
		{EN, "<https://example.org/a?b=1> “x”", "<https://example.org/a?b=1> “x”"},
	} {
		if got := NestQuotes(c.l, c.in); got != c.out {
			t.Errorf("%s %q: got %q, want %q", c.l, c.in, got, c.out)
		}
	}
}
