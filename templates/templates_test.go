package templates

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"apitos/assets/picto"
	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// exampleValues answers every question that has an example; with the
// defaults, that makes a complete answers set. Every example must be a
// valid answer.
func exampleValues(t testing.TB, k *Kind) questionnaire.Values {
	t.Helper()
	var check func(qq *questionnaire.Question)
	check = func(qq *questionnaire.Question) {
		if len(qq.Example) > 0 && Example(qq) == nil {
			t.Fatalf("%s: example %v is invalid", qq.Key, qq.Example)
		}
		for _, f := range qq.Fields {
			check(f)
		}
	}
	for _, qq := range k.Questionnaire.Questions() {
		check(qq)
	}
	return k.Examples()
}

// choices lists the questions that select clauses: single choices,
// licences (their suggested options), multiple choices, and yes/no
// questions that may be answered either way.
func choices(k *Kind) []*questionnaire.Question {
	var out []*questionnaire.Question
	for _, qq := range k.Questionnaire.Questions() {
		switch qq.Type {
		case questionnaire.TypeChoice, questionnaire.TypeLicence, questionnaire.TypeMulti:
			out = append(out, qq)
		case questionnaire.TypeBool:
			if qq.Must == nil {
				out = append(out, qq)
			}
		}
	}
	return out
}

// optionValues lists the answers a choice is tried with: every option; for
// a multiple choice, each option alone and all of them together.
func optionValues(qq *questionnaire.Question) []any {
	switch qq.Type {
	case questionnaire.TypeBool:
		return []any{true, false}
	case questionnaire.TypeMulti:
		var out []any
		for _, id := range qq.OptionIDs() {
			out = append(out, []string{id})
		}
		return append(out, qq.OptionIDs())
	}
	var out []any
	for _, id := range qq.OptionIDs() {
		out = append(out, id)
	}
	return out
}

// maxCombinations bounds the full product of choices; beyond it, a
// covering set is used in which every option of every question appears,
// combined with varied options of the others.
const maxCombinations = 3000

// combinations returns combinations of the choices of a kind, on top of
// its example answers: all of them when there are few enough.
func combinations(t testing.TB, k *Kind) []questionnaire.Values {
	base := exampleValues(t, k)
	qs := choices(k)
	total, widest := 1, 1
	for _, qq := range qs {
		n := len(optionValues(qq))
		// Saturate: the product of many choices overflows an int, and a
		// wrapped total would ask for the full cross product.
		total = min(total*n, maxCombinations+1)
		widest = max(widest, n)
	}
	if total <= maxCombinations {
		out := []questionnaire.Values{base}
		for _, qq := range qs {
			var next []questionnaire.Values
			for _, v := range out {
				for _, o := range optionValues(qq) {
					c := clone(v)
					c[qq.Key] = o
					next = append(next, c)
				}
			}
			out = next
		}
		return out
	}
	// Covering set: row r gives question i its option (r + i·s) mod n for
	// several strides s, so every option meets many others.
	var out []questionnaire.Values
	for stride := 1; stride <= 4; stride++ {
		for r := 0; r < widest; r++ {
			c := clone(base)
			for i, qq := range qs {
				opts := optionValues(qq)
				c[qq.Key] = opts[(r+i*stride)%len(opts)]
			}
			out = append(out, c)
		}
	}
	return out
}

func clone(v questionnaire.Values) questionnaire.Values {
	c := questionnaire.Values{}
	for k, x := range v {
		c[k] = x
	}
	return c
}

func describe(k *Kind, v questionnaire.Values) string {
	var parts []string
	for _, qq := range choices(k) {
		parts = append(parts, fmt.Sprintf("%s=%v", qq.Key, v[qq.Key]))
	}
	return strings.Join(parts, " ")
}

func TestKindsLoadAndExamplesComplete(t *testing.T) {
	if len(All()) == 0 {
		t.Fatal("no kinds")
	}
	for _, k := range All() {
		vals := exampleValues(t, k)
		if missing := k.Questionnaire.Missing(k.Questionnaire.Resolve(vals)); len(missing) > 0 {
			t.Errorf("%s: examples and defaults leave %v unanswered", k.ID, missing[0].Key)
		}
		for _, qq := range k.Questionnaire.Questions() {
			if qq.Required && qq.Default == nil && len(qq.Example) == 0 && qq.Type != questionnaire.TypeList {
				t.Errorf("%s: required question %s has neither default nor example", k.ID, qq.Key)
			}
		}
	}
}

// Every question must be used by both templates and every field a template
// reads must be a question: a question nobody reads, or a template reading
// a misspelt key, is a bug. An answer for the notice of a change (why a
// version changes) is read by apitos diff, never by a template.
func TestQuestionsAndTemplateFieldsMatch(t *testing.T) {
	for _, k := range All() {
		var keys []string
		for _, qq := range k.Questionnaire.Questions() {
			keys = append(keys, qq.Key)
			for _, f := range qq.Fields {
				keys = append(keys, f.Key)
			}
		}
		for _, l := range textfmt.All {
			fields := k.Fields(l)
			for _, f := range fields {
				if !slices.Contains(keys, f) && f != questionnaire.Bilingual && f != questionnaire.LinkedToCharter {
					t.Errorf("%s/%s reads %s, which is no question", k.ID, l, f)
				}
			}
			for _, key := range keys {
				if qq, _ := k.Questionnaire.Question(key); !slices.Contains(fields, key) && !qq.Notice {
					t.Errorf("%s/%s never uses question %s", k.ID, l, key)
				}
				if qq, _ := k.Questionnaire.Question(key); slices.Contains(fields, key) && qq.Notice {
					t.Errorf("%s/%s prints %s, an answer for the notice of a change only", k.ID, l, key)
				}
			}
		}
	}
}

var headingID = regexp.MustCompile(`(?m)^#{2,4} .*\{#([a-z0-9-]+)`)

// French and English templates declare the same clauses, and every
// cross-reference names a clause that exists.
func TestTemplatesDeclareSameClauses(t *testing.T) {
	for _, k := range All() {
		ids := map[textfmt.Lang][]string{}
		for _, l := range textfmt.All {
			for _, m := range headingID.FindAllStringSubmatch(k.sources[l], -1) {
				ids[l] = append(ids[l], m[1])
			}
			for _, ref := range k.Refs(l) {
				if !slices.Contains(ids[l], ref) {
					t.Errorf("%s/%s refers to unknown clause %s", k.ID, l, ref)
				}
			}
		}
		if !slices.Equal(ids[textfmt.EN], ids[textfmt.FR]) {
			t.Errorf("%s: clause IDs differ between en and fr:\nen %v\nfr %v", k.ID, ids[textfmt.EN], ids[textfmt.FR])
		}
	}
}

// Every combination of choices assembles in both languages, with the same
// clauses in the same order, correct numbering, resolved references, no
// template leftovers, and distinct text for distinct choices.
func TestEveryCombination(t *testing.T) {
	for _, k := range All() {
		combos := combinations(t, k)
		seen := map[textfmt.Lang]map[[32]byte]string{textfmt.EN: {}, textfmt.FR: {}}
		tried := map[string]bool{}
		for _, vals := range combos {
			if tried[describe(k, vals)] {
				continue
			}
			tried[describe(k, vals)] = true
			var clauses [2][]string
			for li, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatalf("%s [%s] %s: %v", k.ID, l, describe(k, vals), err)
				}
				checkNumbering(t, doc)
				md := string(markdown.Render(doc))
				checkClean(t, md, k.ID+"/"+string(l)+" "+describe(k, vals))
				for _, c := range doc.Clauses {
					clauses[li] = append(clauses[li], c.ID+"="+c.Number)
				}
				sum := sha256.Sum256([]byte(md))
				if prev, dup := seen[l][sum]; dup {
					t.Errorf("%s/%s: %s and %s give the same text", k.ID, l, prev, describe(k, vals))
				}
				seen[l][sum] = describe(k, vals)
			}
			if !slices.Equal(clauses[0], clauses[1]) {
				t.Fatalf("%s %s: clauses differ:\nen %v\nfr %v", k.ID, describe(k, vals), clauses[0], clauses[1])
			}
		}
		t.Logf("%s: %d combinations", k.ID, len(combos))
	}
}

// checkNumbering walks the clauses: articles are numbered 1, 2, 3…
// without gaps, annexes A, B…, sections n.1, n.2… under their article.
func checkNumbering(t *testing.T, d *document.Document) {
	t.Helper()
	article, annex := 0, 0
	var parent [3]string
	var child [3]int
	for _, c := range d.Clauses {
		want := ""
		switch {
		case c.Depth == 1 && c.Type == document.Article:
			article++
			want = strconv.Itoa(article)
		case c.Depth == 1 && c.Type == document.Annex:
			annex++
			want = string(rune('A' + annex - 1))
		case c.Depth > 1 && parent[c.Depth-2] != "":
			child[c.Depth-2]++
			want = parent[c.Depth-2] + "." + strconv.Itoa(child[c.Depth-2])
		}
		if c.Number != want {
			t.Fatalf("clause %s numbered %q, want %q", c.ID, c.Number, want)
		}
		parent[c.Depth-1] = c.Number
		for i := c.Depth - 1; i < 3; i++ {
			child[i] = 0
		}
	}
}

var leftovers = []string{"<no value>", "{{", "}}", "\ue000", "\ue001", "{#", "%!"}

func checkClean(t *testing.T, md, what string) {
	t.Helper()
	for _, s := range leftovers {
		if strings.Contains(md, s) {
			t.Fatalf("%s: output contains %q", what, s)
		}
	}
	if strings.Contains(md, "'") || strings.Contains(md, "\"") {
		i := strings.IndexAny(md, "'\"")
		t.Fatalf("%s: straight quote in output near %q", what, md[max(0, i-40):min(len(md), i+40)])
	}
	checkListsFollowBlankLines(t, md, what)
	checkTablesWhole(t, md, what)
}

// checkTablesWhole fails when a blank line splits a table in two, which
// leaves the rows after it without their header: a row that follows a
// blank line must start a table, with its delimiter row after it.
func checkTablesWhole(t *testing.T, md, what string) {
	t.Helper()
	lines := strings.Split(md, "\n")
	for i := 2; i < len(lines); i++ {
		row := strings.HasPrefix(lines[i], "|")
		if row && strings.TrimSpace(lines[i-1]) == "" && strings.HasPrefix(lines[i-2], "|") &&
			(i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "|---")) {
			t.Fatalf("%s: line %d continues a table after a blank line: %q", what, i+1, lines[i])
		}
	}
}

var listItem = regexp.MustCompile(`^ *([-*+]|[0-9]+[.)]) `)

// checkListsFollowBlankLines fails when a list starts on the line right
// after a paragraph. CommonMark reads it as a list, but Python-Markdown
// (MkDocs, where terms are often published) reads it as more of the
// paragraph.
func checkListsFollowBlankLines(t *testing.T, md, what string) {
	t.Helper()
	inList, prevBlank := false, true
	for i, line := range strings.Split(md, "\n") {
		blank := strings.TrimSpace(line) == ""
		item := listItem.MatchString(line)
		if item && !inList && !prevBlank {
			t.Fatalf("%s: line %d starts a list with no blank line before it: %q", what, i+1, line)
		}
		switch {
		case item:
			inList = true
		case !blank && !strings.HasPrefix(line, " "):
			inList = false
		}
		prevBlank = blank
	}
}

func TestFinalRefusesMissingAnswers(t *testing.T) {
	for _, k := range All() {
		_, err := k.Assemble(questionnaire.Values{}, textfmt.EN, Final)
		if !errors.Is(err, ErrIncomplete) {
			t.Errorf("%s: final assembly without answers: %v", k.ID, err)
		}
	}
}

func TestPreviewMarksEveryGap(t *testing.T) {
	for _, k := range All() {
		for _, l := range textfmt.All {
			doc, err := k.Assemble(questionnaire.Values{}, l, Preview)
			if err != nil {
				t.Fatalf("%s/%s preview: %v", k.ID, l, err)
			}
			md := string(markdown.Render(doc))
			marker := map[textfmt.Lang]string{textfmt.EN: "to complete:", textfmt.FR: "à compléter"}[l]
			missing := k.Questionnaire.Missing(k.Questionnaire.Resolve(nil))
			for _, m := range missing {
				qq, _ := k.Questionnaire.Question(m.Key)
				label := qq.Label.In(l)
				if !strings.Contains(md, marker) || !strings.Contains(md, label) {
					t.Errorf("%s/%s preview does not mark missing %s (%q)", k.ID, l, m.Key, label)
				}
			}
		}
	}
}

// Every pictogram a questionnaire names exists.
func TestPictogramsExist(t *testing.T) {
	for _, k := range All() {
		for _, qq := range k.Questionnaire.Questions() {
			names := []string{qq.Picto}
			for _, o := range qq.Options {
				names = append(names, o.Picto)
			}
			for _, n := range names {
				if _, ok := picto.Get(n); n != "" && !ok {
					t.Errorf("%s: %s names unknown pictogram %q", k.ID, qq.Key, n)
				}
			}
		}
	}
}

// answer is a resolved answer as text ("" when unanswered).
func answer(v questionnaire.Values, key string) string {
	if v[key] == nil {
		return ""
	}
	return fmt.Sprint(v[key])
}

// multi is a resolved multiple choice.
func multi(v questionnaire.Values, key string) []string {
	s, _ := v[key].([]string)
	return s
}

// clauseTable maps questions to, for each of their options, the clauses
// that option, and only it, produces.
type clauseTable map[string]map[string][]string

// checkClauses fails when a clause of the table is present although its
// option is not chosen, or absent although it is.
func checkClauses(t *testing.T, doc *document.Document, table clauseTable, chosen func(key, option string) bool, what string) {
	t.Helper()
	for key, options := range table {
		for option, ids := range options {
			want := chosen(key, option)
			for _, id := range ids {
				if _, has := doc.Clause(id); has != want {
					t.Fatalf("%s: clause %s present=%v, want %v", what, id, has, want)
				}
			}
		}
	}
}

// Listing the kinds reads only the top of each questionnaire; what it
// shows is what the whole questionnaire says.
func TestHeadingsAreTheQuestionnaires(t *testing.T) {
	hs := Headings()
	if len(hs) != len(All()) {
		t.Fatalf("%d headings for %d kinds", len(hs), len(All()))
	}
	for i, k := range All() {
		h := hs[i]
		if h.ID != k.ID || !maps.Equal(h.Title, k.Questionnaire.Title) || !maps.Equal(h.Summary, k.Questionnaire.Summary) {
			t.Errorf("heading %+v, questionnaire %s: %v / %v", h, k.ID, k.Questionnaire.Title, k.Questionnaire.Summary)
		}
	}
}
