package templates

import (
	"slices"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// Commentary and the marks of the answers each clause reads change
// nothing in a document: for every combination of options, the
// Markdown of each kind is the same assembled with them (for review) as
// without (the templates stripped of every commentary block, which is
// how documents not for review are assembled). The golden hashes of
// internal/export check that the latter did not change.
func TestCommentaryLeavesTheTextUnchanged(t *testing.T) {
	for _, k := range All() {
		for _, vals := range combinations(t, k) {
			for _, l := range textfmt.All {
				annotated, err := k.AssembleAnnotated(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				plain, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := string(markdown.Render(annotated)), string(markdown.Render(plain)); got != want {
					t.Fatalf("%s/%s %s: commentary changes the text", k.ID, l, describe(k, vals))
				}
				for _, c := range plain.Clauses {
					if c.Note != nil || c.Reads != nil {
						t.Fatalf("%s/%s: clause %s has a commentary or reads outside review", k.ID, l, c.ID)
					}
				}
			}
		}
	}
}

// The answers a clause reads are found in its template: the options it
// tests, the answers it prints, through variables and defined templates.
func TestClausesReadTheirAnswers(t *testing.T) {
	cases := []struct{ kind, clause, key string }{
		{"charter", "identity-mission", "commons.mission"},
		{"charter", "membership-admission-declaration", "membership.admission"},
		{"charter", "decisions-table", "decisions.technical"},     // through a variable and a defined template
		{"charter", "decisions-table", "governance.default_rule"}, // the variable's default
		{"charter", "conduct-mediation", "conduct.mediation"},     // the condition that opens the clause
		{"contribution", "dco-french", "inbound"},                 // the condition around its article
		{"api-tos", "annex-a-contract", "annex"},                  // a list, through range
	}
	for _, c := range cases {
		k, _ := Lookup(c.kind)
		vals := k.Examples()
		if c.clause == "conduct-mediation" {
			vals["conduct.mediation"] = true
		}
		if c.clause == "dco-french" {
			vals["inbound"], vals["dco.french"] = "dco", true
		}
		for _, l := range textfmt.All {
			doc, err := k.AssembleAnnotated(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			cl, ok := doc.Clause(c.clause)
			if !ok {
				t.Fatalf("%s/%s: no clause %s", c.kind, l, c.clause)
			}
			if !slices.Contains(cl.Reads, c.key) {
				t.Errorf("%s/%s: clause %s reads %v, not %s", c.kind, l, c.clause, cl.Reads, c.key)
			}
		}
	}
	k, _ := Lookup("charter")
	doc, err := k.AssembleAnnotated(k.Examples(), textfmt.EN, Final)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := doc.Clause("membership-open"); len(c.Reads) != 0 {
		t.Errorf("membership-open, the same whatever the answers, reads %v", c.Reads)
	}
}

// Every clause of every kind, under every combination of options, has a
// commentary in both languages saying at least why it is there and what
// it protects, and the two languages give the same parts.
func TestEveryClauseHasCommentary(t *testing.T) {
	for _, k := range All() {
		id := k.ID
		seen := map[string]bool{}
		for _, vals := range withLinked(k, combinations(t, k)) {
			docs := map[textfmt.Lang]map[string][]string{}
			for _, l := range textfmt.All {
				doc, err := k.AssembleAnnotated(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				docs[l] = map[string][]string{}
				for _, c := range doc.Clauses {
					seen[c.ID] = true
					if c.Note == nil || c.Note.Why == "" || c.Note.Protects == "" {
						t.Fatalf("%s/%s: clause %s has no commentary saying why it is there and what it protects", id, l, c.ID)
					}
					for _, p := range c.Note.Parts() {
						docs[l][c.ID] = append(docs[l][c.ID], p[0])
					}
				}
			}
			for cid, parts := range docs[textfmt.EN] {
				if fr := docs[textfmt.FR][cid]; !slices.Equal(parts, fr) {
					t.Fatalf("%s %s: clause %s has commentary parts %v in English, %v in French", id, describe(k, vals), cid, parts, fr)
				}
			}
		}
		for _, m := range headingID.FindAllStringSubmatch(k.sources[textfmt.EN], -1) {
			if !seen[m[1]] {
				t.Errorf("%s: clause %s appears in no combination the test assembles", id, m[1])
			}
		}
	}
}

// The published text keeps everything outside the commentary blocks, line
// for line, and a block left open stays text rather than swallowing the
// rest of the template.
func TestStripCommentary(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"## A {#a}\n\n::: commentary\nwhy: x\n:::\n\nText.\n", "## A {#a}\n\n\nText.\n"},
		{"::: commentary\na\n:::\n::: commentary\nb\n:::\nend", "end"},
		{"Text.\n::: commentary\nwhy: never closed\n", "Text.\n::: commentary\nwhy: never closed\n"},
		{"::: commentaryX\n:::\n", "::: commentaryX\n:::\n"},
		{"no block, no final line break", "no block, no final line break"},
	} {
		if got := stripCommentary(c.src); got != c.want {
			t.Errorf("stripCommentary(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

// withLinked adds to the combinations of a contribution policy some that
// take their facts from a charter governing hardware designs, since the
// clauses that repeat the charter's undertakings exist only then.
func withLinked(k *Kind, combos []questionnaire.Values) []questionnaire.Values {
	if k.ID != "contribution" {
		return combos
	}
	out := slices.Clone(combos)
	for _, v := range combos[:min(len(combos), 12)] {
		c := clone(v)
		c.SetCharter("charter.yaml")
		c["project.hardware"] = true
		for _, qq := range k.Questionnaire.Linked() {
			if _, ok := c[qq.Key]; !ok && qq.DefaultValue() != nil {
				c[qq.Key] = qq.DefaultValue()
			}
		}
		out = append(out, c)
	}
	// A charter that publishes measurements from devices at people's
	// homes gives the policy its article on contributing them.
	ch, _ := Lookup("charter")
	cv := ch.Examples()
	cv["commons.personal_data"], cv["commons.device_data"] = true, true
	c := clone(out[len(out)-1])
	c.SetCharterAnswers(ch.Questionnaire.Resolve(cv))
	return append(out, c)
}
