package templates

import (
	"strings"
	"testing"

	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// A clause edited by hand reads as its override in each language, with
// its paragraphs and list, its cross-references numbered, and none of
// the user's text taken as markup; the other clauses do not change.
func TestOverrideReplacesTheClause(t *testing.T) {
	k, _ := Lookup("charter")
	vals := k.Examples()
	before, err := k.Assemble(vals, textfmt.EN, Final)
	if err != nil {
		t.Fatal(err)
	}
	vals.SetOverride("identity-scope", questionnaire.Translated{
		textfmt.EN: "The scope is *narrow* [x](javascript:y) <b>bold</b>, see {{ref \"identity-resources\"}}.\n\n- paths\n- {{Ref \"membership-classes\"}} applies\n\n# not a heading",
		textfmt.FR: "Le périmètre est étroit ; voir l'{{ref \"identity-resources\"}} et {{ref \"no-such-clause\"}}.",
	})
	doc, err := k.Assemble(vals, textfmt.EN, Final)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := doc.Clause("identity-scope")
	if !c.Edited {
		t.Error("the clause is not marked as edited")
	}
	want := "The scope is \\*narrow\\* \\[x\\](javascript:y) \\<b\\>bold\\</b\\>, see Article\u00a02.3.\n\n- paths\n- Article\u00a04.2 applies\n\n\\# not a heading"
	if c.Body != want {
		t.Errorf("body = %q\nwant   %q", c.Body, want)
	}
	if plain := mdtext.Plain(strings.SplitN(c.Body, "\n", 2)[0]); !strings.Contains(plain, "*narrow* [x](javascript:y) <b>bold</b>") {
		t.Errorf("the user's text does not read as typed: %q", plain)
	}
	for i, b := range before.Clauses {
		if b.ID != "identity-scope" && (doc.Clauses[i].Body != b.Body || doc.Clauses[i].Edited) {
			t.Errorf("clause %s changed", b.ID)
		}
	}
	fr, err := k.Assemble(vals, textfmt.FR, Final)
	if err != nil {
		t.Fatal(err)
	}
	c, _ = fr.Clause("identity-scope")
	// A reference to a clause the document lacks stays as typed, escaped
	// (validation refuses it before anything is generated).
	if want := "Le périmètre est étroit ; voir l'article\u00a02.3 et \\{\\{ref \"no-such-clause\"\\}\\}."; c.Body != want {
		t.Errorf("French body = %q\nwant %q", c.Body, want)
	}
	if md := string(markdown.Render(fr)); !strings.Contains(md, "### 2.4 Périmètre\n\nLe périmètre est étroit") {
		t.Error("the French Markdown does not carry the override")
	}
}

// A clause's text, as a reviewer starts editing it, gives the same
// clause back once saved as an override, cross-references included, to
// one clause or to several.
func TestOverrideTextRoundTrip(t *testing.T) {
	cases := map[string][]string{
		"charter": {"membership-admission-declaration", "conduct-appeal"},
		"api-tos": {"change-experimental", "scope-documents"},
	}
	for kind, ids := range cases {
		k, _ := Lookup(kind)
		vals := k.Examples()
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range ids {
				c, _ := doc.Clause(id)
				text := OverrideText(c)
				if strings.ContainsAny(text, "\ue000\ue001") || !strings.Contains(text, "{{ref") {
					t.Fatalf("%s/%s: text to edit %q", l, id, text)
				}
				edited := clone(vals)
				edited.SetOverride(id, questionnaire.Translated{textfmt.EN: text, textfmt.FR: text})
				again, err := k.Assemble(edited, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				e, _ := again.Clause(id)
				if mdtext.Plain(e.Body) != mdtext.Plain(c.Body) {
					t.Errorf("%s/%s: saved unchanged, the clause reads\n%q\nnot\n%q", l, id, mdtext.Plain(e.Body), mdtext.Plain(c.Body))
				}
			}
		}
	}
}
