package document

import (
	"slices"
	"testing"

	"apitos/internal/textfmt"
)

// Review RP-15: the contents list the numbered subsections of an article
// or an annex ("3.2.1", "A.1.1"), after their section, and leave out the
// subsections of an unnumbered clause, in one language and side by side.
func TestFxmiscContentsListSubsections(t *testing.T) {
	src := "# T\n\n## Parties {#p .unnumbered}\n\n### Us {#pu}\n\n#### Detail {#pud}\n\nText.\n\n" +
		"## Contributors {#c}\n\n### Employees {#ce}\n\n#### Authorisation {#cea}\n\nText.\n\n### Public servants {#cp}\n\nText.\n\n" +
		"## Register {#r .annex}\n\n### Entries {#re}\n\n#### Format {#ref}\n\nText.\n"
	var docs [2]*Document
	for i, l := range []textfmt.Lang{textfmt.EN, textfmt.FR} {
		d, err := Build(src, l)
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = d
		var got []string
		for _, c := range d.Contents() {
			got = append(got, c.ID+" "+c.Number)
		}
		want := []string{"p ", "c 1", "ce 1.1", "cea 1.1.1", "cp 1.2", "r A", "re A.1", "ref A.1.1"}
		if !slices.Equal(got, want) {
			t.Errorf("%s: contents %q, want %q", l, got, want)
		}
	}
	bi := Pair(docs[0], docs[1])
	var got []string
	for _, r := range bi.Contents() {
		got = append(got, r.ID())
	}
	if want := []string{"p", "c", "ce", "cea", "cp", "r", "re", "ref"}; !slices.Equal(got, want) {
		t.Errorf("side by side: contents %q, want %q", got, want)
	}
	// A subsection removed in a redline is not listed.
	docs[0].Clauses[slices.IndexFunc(docs[0].Clauses, func(c Clause) bool { return c.ID == "cea" })].Removed = true
	for _, c := range docs[0].Contents() {
		if c.ID == "cea" {
			t.Error("a removed subsection is listed in the contents")
		}
	}
}
