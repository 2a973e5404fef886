package document

import (
	"fmt"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

const sample = `# Terms

Front text.

## Parties {#parties .unnumbered}

See ` + "\ue000ref:fees:cap\ue001" + ` and ` + "\ue000ref:annex-b:lower\ue001" + `.

## Definitions {#defs}

### Terms {#terms}

#### Detail {#detail}

#### Other detail {#detail2}

### More {#more}

## Fees {#fees}

### Amount {#amount}

Under ` + "\ue000ref:detail2:lower\ue001" + ` and ` + "\ue000ref:parties:lower\ue001" + `.

## Register {#annex-a .annex}

### Rows {#rows}

## Publishing {#annex-b .annex}
`

func TestBuildNumbersAndResolves(t *testing.T) {
	d, err := Build(sample, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"parties": "", "defs": "1", "terms": "1.1", "detail": "1.1.1",
		"detail2": "1.1.2", "more": "1.2", "fees": "2", "amount": "2.1", "annex-a": "A", "rows": "A.1", "annex-b": "B"}
	for id, n := range want {
		c, ok := d.Clause(id)
		if !ok || c.Number != n {
			t.Errorf("clause %s: number %q, want %q", id, c.Number, n)
		}
	}
	if d.Title != "Terms" || d.Front != "Front text." {
		t.Errorf("title %q front %q", d.Title, d.Front)
	}
	parties, _ := d.Clause("parties")
	if parties.Body != "See Article\u00a02 and Annex\u00a0B." {
		t.Errorf("parties body = %q", parties.Body)
	}
	amount, _ := d.Clause("amount")
	if amount.Body != "Under Article\u00a01.1.2 and “Parties”." {
		t.Errorf("amount body = %q", amount.Body)
	}
	if h := d.Clauses[1].Heading(textfmt.EN); h != "Article 1 — Definitions" {
		t.Errorf("heading = %q", h)
	}
	annex, _ := d.Clause("annex-a")
	if h := annex.Heading(textfmt.FR); h != "Annexe A – Register" {
		t.Errorf("French annex heading = %q", h)
	}
}

func TestFrenchReferences(t *testing.T) {
	d, err := Build(sample, textfmt.FR)
	if err != nil {
		t.Fatal(err)
	}
	parties, _ := d.Clause("parties")
	if parties.Body != "See Article\u00a02 and annexe\u00a0B." {
		t.Errorf("parties body = %q", parties.Body)
	}
	amount, _ := d.Clause("amount")
	if !strings.Contains(amount.Body, "article\u00a01.1.2") {
		t.Errorf("amount body = %q", amount.Body)
	}
}

// A reference to several clauses names each noun once, in the plural
// where it has several numbers; in French with the preposition and the
// article contracted as French contracts them.
func TestReferencesToSeveralClauses(t *testing.T) {
	cases := []struct {
		lang textfmt.Lang
		prep string
		ids  []string
		want string
	}{
		{textfmt.EN, "", []string{"detail", "detail2", "more"}, "Articles\u00a01.1.1, 1.1.2 and 1.2"},
		{textfmt.EN, "", []string{"amount"}, "Article\u00a02.1"},
		{textfmt.EN, "", []string{"amount", "fees", "annex-b"}, "Articles\u00a02.1 and 2 and Annex\u00a0B"},
		{textfmt.FR, "à", []string{"amount"}, "à l’article\u00a02.1"},
		{textfmt.FR, "à", []string{"amount", "fees"}, "aux articles\u00a02.1 et 2"},
		{textfmt.FR, "de", []string{"amount", "more", "annex-a"}, "des articles\u00a02.1 et 1.2 et de l’annexe\u00a0A"},
		{textfmt.FR, "le", []string{"annex-a", "annex-b"}, "les annexes\u00a0A et B"},
		{textfmt.FR, "le", []string{"annex-a"}, "l’annexe\u00a0A"},
		{textfmt.FR, "", []string{"amount", "fees"}, "articles\u00a02.1 et 2"},
		{textfmt.FR, "", []string{"fees"}, "article\u00a02"},
		{textfmt.FR, "par", []string{"amount", "more"}, "par les articles\u00a02.1 et 1.2"},
		// An item of an annex is a point of that annex, not an article.
		{textfmt.EN, "", []string{"rows"}, "Paragraph\u00a0A.1 of Annex\u00a0A"},
		{textfmt.FR, "à", []string{"rows"}, "au point\u00a0A.1 de l’annexe\u00a0A"},
		{textfmt.FR, "de", []string{"rows"}, "du point\u00a0A.1 de l’annexe\u00a0A"},
		{textfmt.FR, "le", []string{"rows"}, "le point\u00a0A.1 de l’annexe\u00a0A"},
		{textfmt.FR, "à", []string{"amount", "rows"}, "à l’article\u00a02.1 et au point\u00a0A.1 de l’annexe\u00a0A"},
	}
	for _, c := range cases {
		src := strings.Replace(sample, "Front text.", Refs(c.prep, c.ids...), 1)
		d, err := Build(src, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if d.Front != c.want {
			t.Errorf("%s %q %v: %q, want %q", c.lang, c.prep, c.ids, d.Front, c.want)
		}
	}
	single := strings.Replace(sample, "Front text.", Ref("rows", false), 1)
	for l, want := range map[textfmt.Lang]string{textfmt.EN: "Paragraph\u00a0A.1 of Annex\u00a0A", textfmt.FR: "point\u00a0A.1 de l’annexe\u00a0A"} {
		d, err := Build(single, l)
		if err != nil {
			t.Fatal(err)
		}
		if d.Front != want {
			t.Errorf("%s: a single reference to an annex item = %q, want %q", l, d.Front, want)
		}
	}
	if _, err := Build(strings.Replace(sample, "Front text.", Refs("", "fees", "nowhere"), 1), textfmt.EN); err == nil {
		t.Error("a reference to an unknown clause among several is no error")
	}
}

func TestBuildErrors(t *testing.T) {
	cases := map[string]string{
		"unknown reference": "# T\n\n## A {#a}\n\nSee \ue000ref:nowhere:lower\ue001.\n",
		"duplicate ID":      "# T\n\n## A {#a}\n\n## B {#a}\n",
		"missing ID":        "# T\n\n## A\n",
		"second title":      "# T\n\n## A {#a}\n\n# U\n",
		"orphan section":    "# T\n\n### A {#a}\n",
		"no title":          "## A {#a}\n",
	}
	for name, src := range cases {
		if _, err := Build(src, textfmt.EN); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestHeadingsInCodeAreNotClauses(t *testing.T) {
	d, err := Build("# T\n\n## A {#a}\n\n```\n## not a clause\n```\n", textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Clauses) != 1 || !strings.Contains(d.Clauses[0].Body, "## not a clause") {
		t.Errorf("clauses = %+v", d.Clauses)
	}
}

func TestUserTextCannotForgeAttributes(t *testing.T) {
	// Escaped user text ends in "\}" and must stay in the title.
	d, err := Build("# T\n\n## Name \\{#x\\} {#a}\n", textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	if d.Clauses[0].ID != "a" || d.Clauses[0].Title != "Name \\{#x\\}" {
		t.Errorf("clause = %+v", d.Clauses[0])
	}
}

// A clause's commentary is read from its block and kept out of its
// text; marks of answers read are stripped and recorded on the clause
// whose text they stand in, or on the clause a condition opens.
func TestBuildReadsCommentaryAndAnswers(t *testing.T) {
	src := "# Terms\n\n" +
		"## Access {#access}\n\n" +
		"::: commentary\n" +
		"why: Users need to know\nwho may call the API.\n\n" +
		"protects: Users, against " + Ref("fees", false) + ".\n" +
		"risks: None.\n" +
		":::\n\n" +
		"Anyone " + Reads([]string{"access.mode"}) + "may call it.\n" +
		Reads([]string{"fees.enabled"}) + "\n\n" +
		Reads([]string{"fees.enabled"}) + "## Fees {#fees}\n\nFree.\n"
	plain := "# Terms\n\n## Access {#access}\n\nAnyone may call it.\n\n## Fees {#fees}\n\nFree.\n"
	d, err := Build(src, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Build(plain, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.Clauses {
		if d.Clauses[i].Body != p.Clauses[i].Body || d.Clauses[i].Title != p.Clauses[i].Title {
			t.Errorf("clause %s: %q, without commentary %q", d.Clauses[i].ID, d.Clauses[i].Body, p.Clauses[i].Body)
		}
	}
	access, _ := d.Clause("access")
	want := Note{Why: "Users need to know\nwho may call the API.", Protects: "Users, against Article\u00a02.", Risks: "None."}
	if access.Note == nil || *access.Note != want {
		t.Errorf("note = %+v, want %+v", access.Note, want)
	}
	if got := strings.Join(access.Reads, " "); got != "access.mode" {
		t.Errorf("access reads %q", got)
	}
	fees, _ := d.Clause("fees")
	if got := strings.Join(fees.Reads, " "); got != "fees.enabled" {
		t.Errorf("fees reads %q", got)
	}
}

func TestBuildRefusesMalformedCommentary(t *testing.T) {
	for name, src := range map[string]string{
		"outside a clause": "# T\n\n::: commentary\nwhy: x\n:::\n",
		"not closed":       "# T\n\n## A {#a}\n\n::: commentary\nwhy: x\n",
		"twice":            "# T\n\n## A {#a}\n\n::: commentary\nwhy: x\n:::\n\n::: commentary\nwhy: y\n:::\n",
		"no key":           "# T\n\n## A {#a}\n\n::: commentary\nThis clause\n:::\n",
		"a part twice":     "# T\n\n## A {#a}\n\n::: commentary\nwhy: x\nwhy: y\n:::\n",
	} {
		if _, err := Build(src, textfmt.EN); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// Side by side, each clause faces its version in the other language,
// paired by ID; a clause one language lacks faces nothing.
func TestPair(t *testing.T) {
	fr, err := Build("# Conditions\n\n## Objet {#scope}\n\nTexte.\n\n## Prix {#price}\n\n### Gratuité {#free}\n\nRien.\n\n## Langues {#languages}\n\nLe français prévaut.\n", textfmt.FR)
	if err != nil {
		t.Fatal(err)
	}
	en, err := Build("# Terms\n\n## Scope {#scope}\n\nText.\n\n## Extra {#extra}\n\nOnly here.\n\n## Price {#price}\n\n### Free {#free}\n\nNothing.\n\n## Languages {#languages}\n\nFrench prevails.\n", textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	fr.Meta.Prevails, fr.Meta.PrevailsClause = textfmt.FR, "languages"
	en.Meta.Prevails, en.Meta.PrevailsClause = textfmt.FR, "languages"
	bi := Pair(fr, en)
	var got []string
	for _, r := range bi.Rows {
		got = append(got, fmt.Sprintf("%s:%v/%v", r.ID(), r[0] != nil, r[1] != nil))
	}
	want := "scope:true/true extra:false/true price:true/true free:true/true languages:true/true"
	if strings.Join(got, " ") != want {
		t.Errorf("rows %v, want %s", got, want)
	}
	if n := Pair(en, fr).Rows; len(n) != 5 || n[1][1] != nil {
		t.Errorf("the other way round: %v", n)
	}
	for i, want := range []string{
		"Textes français et anglais en regard, clause par clause. En cas de divergence, la version française prévaut (article\u00a03).",
		"French and English texts side by side, clause by clause. In the event of a discrepancy, the French version prevails (Article\u00a04).",
	} {
		if got := bi.Note(i); got != want {
			t.Errorf("note %d: %q, want %q", i, got, want)
		}
	}
}
