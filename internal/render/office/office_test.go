package office

import (
	"testing"

	"apitos/internal/document"
	"apitos/internal/textfmt"
)

// Clause texts become runs in their formats; cross-references become
// links to the clauses they name, reading their labels; addresses other
// than web and e-mail ones are no links; user text keeps its characters.
func TestRunsFromMarkdown(t *testing.T) {
	src := "# Terms\n\n## Access {#access}\n\nSee " + document.Ref("fees", true) + " and " + document.Refs("", "fees", "access") + ", **bold *both*** at <https://example.org>, " +
		"[a trap](javascript:alert(1)), `code` and \\*Acme\\*.\n\n## Fees {#fees}\n\n- One\n- Two\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
	d, err := document.Build(src, textfmt.EN)
	if err != nil {
		t.Fatal(err)
	}
	doc := Build(d)
	var access *Para
	for _, b := range doc.Blocks {
		if p, ok := b.(*Para); ok && p.Style == Body && access == nil {
			access = p
		}
	}
	want := []Run{
		{Text: "See "},
		{Text: "Article\u00a02", Anchor: "_c_fees"},
		{Text: " and "},
		{Text: "Articles\u00a02 and 1", Anchor: "_c_fees"},
		{Text: ", "},
		{Text: "bold ", Bold: true},
		{Text: "both", Bold: true, Italic: true},
		{Text: " at "},
		{Text: "https://example.org", URL: "https://example.org"},
		{Text: ", a trap, "},
		{Text: "code", Mono: true},
		{Text: " and *Acme*."},
	}
	if access == nil || len(access.Runs) != len(want) {
		t.Fatalf("runs = %+v", access)
	}
	for i := range want {
		if access.Runs[i] != want[i] {
			t.Errorf("run %d = %+v, want %+v", i, access.Runs[i], want[i])
		}
	}
	var list *List
	var table *Table
	var toc *TOC
	for _, b := range doc.Blocks {
		switch v := b.(type) {
		case *List:
			list = v
		case *Table:
			table = v
		case *TOC:
			toc = v
		}
	}
	if list == nil || len(list.Items) != 2 || list.Items[1][0].(*Para).Style != Item {
		t.Errorf("list = %+v", list)
	}
	if table == nil || table.HeaderRows != 1 || len(table.Rows) != 2 || table.Rows[0][0][0] != (Run{Text: "A", Bold: true}) {
		t.Errorf("table = %+v", table)
	}
	if toc == nil || len(toc.Entries) != 2 || toc.Entries[1] != (TOCEntry{Level: 1, Text: "Article 2 — Fees", Bookmark: "_c_fees"}) {
		t.Errorf("contents = %+v", toc)
	}
}
