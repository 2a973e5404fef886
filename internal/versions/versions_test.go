package versions

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
	"apitos/templates"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// gfm is the Markdown GitHub renders: CommonMark and its GFM extensions,
// raw HTML such as <ins> passed through.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))

// later is the API terms' example with a new version and the given
// answers changed.
func later(k *templates.Kind, change map[string]any) questionnaire.Values {
	vals := k.Examples()
	vals[k.Questionnaire.Document.Version] = "1.1"
	vals[k.Questionnaire.Document.EffectiveDate] = time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC)
	for key, v := range change {
		vals[key] = v
	}
	return vals
}

// marks reads a clause's redline Markdown as GitHub does and returns the
// text it shows struck through and the text between <ins> and </ins>.
func marks(t *testing.T, body string) (deleted, inserted []string) {
	t.Helper()
	src := []byte(body)
	root := gfm.Parser().Parse(text.NewReader(src))
	var in *strings.Builder
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *east.Strikethrough:
			if entering {
				deleted = append(deleted, plain(n, src))
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if !entering {
				break
			}
			var raw strings.Builder
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				raw.Write(seg.Value(src))
			}
			switch raw.String() {
			case "<ins>":
				in = &strings.Builder{}
			case "</ins>":
				inserted = append(inserted, strings.TrimSpace(in.String()))
				in = nil
			}
		case *ast.Text:
			if entering && in != nil {
				in.Write(n.Value(src))
			}
		case *ast.AutoLink:
			if entering && in != nil {
				in.Write(n.URL(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return deleted, inserted
}

// norm turns the no-break spaces of typography into spaces, so that a
// test can say what it looks for plainly.
func norm(s string) string { return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s) }

func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// Pairs of versions of the API terms: each shows in the change log and
// in the redline the clauses it changes, and no other.
func TestPairsShowTheirClausesAndNoOther(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	sla := []questionnaire.Record{{"title": questionnaire.Translated{textfmt.EN: "Service level agreement", textfmt.FR: "Engagement de niveau de service"},
		"url": "https://acme-meteo.example/sla"}}
	cases := []struct {
		name   string
		change map[string]any
		want   []string // the clauses that are not the same, in order, as Clause.String writes them
		// words that the redline must show deleted and inserted, in English
		deleted, inserted []string
	}{
		{"one option changed", map[string]any{"conditions.specification": "cc-by-sa"},
			[]string{"summary (changed)", "spec-cc0 (removed)", "spec-cc-by-sa (added)"},
			[]string{"CC0 1.0"}, []string{"CC BY-SA 4.0"}},
		{"a notice period changed", map[string]any{"change.notice_months": 6},
			[]string{"summary (changed)", "change-api (changed)", "change-terms (changed)"},
			[]string{"three (3) months"}, []string{"six (6) months"}},
		{"an annex row added", map[string]any{"annex": sla},
			[]string{"annex-a-contract (changed)"},
			nil, []string{"Service level agreement", "https://acme-meteo.example/sla"}},
		{"a name changed", map[string]any{"api.name": "Acme Weather API"},
			[]string{"parties (changed)", "definitions (changed)", "user-attribution-required (changed)"},
			[]string{"Météo"}, []string{"Weather"}},
	}
	for _, tc := range cases {
		for _, l := range textfmt.All {
			c, err := Compare(k, k.Examples(), later(k, tc.change), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, cl := range c.changed() {
				got = append(got, cl.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s, %s: clauses %v, want %v", tc.name, l, got, tc.want)
			}
			if c.Unchanged() {
				t.Errorf("%s, %s: reported unchanged", tc.name, l)
			}

			// The change log names each changed clause, and no other.
			log := string(c.ChangeLog(time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC)))
			changes := log[strings.Index(log, "\n## "):strings.Index(log, "\n## "+changeLogSection(l))]
			for _, cl := range c.Clauses {
				side := cl.New
				if side == nil {
					side = cl.Old
				}
				listed := strings.Contains(changes, "- "+heading(side, l)+"\n") || strings.Contains(changes, "- "+heading(side, l)+" ")
				if listed == cl.Same() {
					t.Errorf("%s, %s: the change log lists %s: %v\n%s", tc.name, l, cl, listed, changes)
				}
			}

			// The redline marks the changed clauses, and no other.
			red := c.Redline()
			var deleted, inserted []string
			for _, rc := range red.Clauses {
				heading := rc.Heading(l)
				if rc.Removed {
					heading = "~~" + heading + "~~"
				}
				d, i := marks(t, "## "+heading+"\n\n"+rc.Body)
				deleted, inserted = append(deleted, d...), append(inserted, i...)
				expected := slices.ContainsFunc(tc.want, func(s string) bool { return strings.HasPrefix(s, rc.ID+" ") })
				if marked := len(d)+len(i) > 0; marked != expected {
					t.Errorf("%s, %s: clause %s marked %v, want %v:\n%s", tc.name, l, rc.ID, marked, expected, rc.Body)
				}
				if label := strings.HasPrefix(rc.Body, "*"); label != expected && (rc.Removed || rc.Added || expected) {
					t.Errorf("%s, %s: clause %s labelled %v, want %v", tc.name, l, rc.ID, label, expected)
				}
			}
			if l != textfmt.EN {
				continue
			}
			all := strings.Join(deleted, "\n") + "\n" + strings.Join(inserted, "\n")
			for _, w := range tc.deleted {
				if !slices.ContainsFunc(deleted, func(s string) bool { return strings.Contains(norm(s), w) }) {
					t.Errorf("%s: %q is not shown deleted:\n%s", tc.name, w, all)
				}
			}
			for _, w := range tc.inserted {
				if !slices.ContainsFunc(inserted, func(s string) bool { return strings.Contains(norm(s), w) }) {
					t.Errorf("%s: %q is not shown inserted:\n%s", tc.name, w, all)
				}
			}
		}
	}
}

// changeLogSection is the heading that follows the list of clauses.
func changeLogSection(l textfmt.Lang) string {
	if l == textfmt.FR {
		return "Réponses modifiées"
	}
	return "Answers changed"
}

// Two versions that give the same documents, whether they are the same
// answers or only a new version and effective date, are unchanged.
func TestNothingChanged(t *testing.T) {
	for _, k := range templates.All() {
		for _, vals := range []questionnaire.Values{k.Examples(), later(k, nil)} {
			c, err := Compare(k, k.Examples(), vals, textfmt.FR, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			if !c.Unchanged() {
				t.Errorf("%s: %v changed", k.ID, c.changed())
			}
		}
	}
}

// The whole redline, as GitHub renders it, strikes deleted words through
// (<del>) and underlines inserted ones (<ins>), with the labels of the
// changed clause.
func TestRedlineRendersOnGitHub(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	c, err := Compare(k, k.Examples(), later(k, map[string]any{"change.notice_months": 6}), textfmt.EN, templates.Final)
	if err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	if err := gfm.Convert(markdown.Render(c.Redline()), &html); err != nil {
		t.Fatal(err)
	}
	terms, _ := c.New.Clause("change-terms")
	for _, want := range []string{
		"<del>three (3) months</del> <ins>six (6) months</ins>",
		"<em>Clause changed: " + norm(terms.Label(textfmt.EN)) + " in both versions.</em>",
		"Version <del>1.0,</del> <ins>1.1,</ins> effective <del>1 March 2027</del> <ins>1 September 2027</ins>",
	} {
		if !strings.Contains(norm(html.String()), want) {
			t.Errorf("the rendered redline lacks %q", want)
		}
	}
}

// Clauses are compared by ID: renumbering, and references to renumbered
// clauses, are no change; a clause that leaves its place among the others
// or its article has moved; a clause whose text changes is compared word
// by word.
func TestClausesByID(t *testing.T) {
	build := func(src string) *document.Document {
		d, err := document.Build(src, textfmt.EN)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	old := build(`# Terms

## Scope {#scope}

As set out in ` + document.Ref("fees", false) + `.

## Fees {#fees}

### Amount {#amount}

Ten euros a month.

### Payment {#payment}

By transfer.

## Term {#term}

### Duration {#duration}

One year.
`)
	new := build(`# Terms

## Definitions {#definitions}

Words.

## Scope {#scope}

As set out in ` + document.Ref("fees", false) + `.

## Fees {#fees}

### Amount {#amount}

Twelve euros a month.

## Term {#term}

### Duration {#duration}

One year.

### Payment {#payment}

By transfer.
`)
	var got []string
	for _, cl := range clauses(old, new) {
		got = append(got, cl.String())
	}
	want := []string{"definitions (added)", "scope (same)", "fees (same)", "amount (changed)", "term (same)", "duration (same)", "payment (moved)"}
	if !slices.Equal(got, want) {
		t.Errorf("clauses %v, want %v", got, want)
	}
	c := &Comparison{Lang: textfmt.EN, Old: old, Base: old, New: new}
	marked := c.markBlock(old.Clauses[2].RawBody, new.Clauses[3].RawBody, old, new)
	if marked != "~~Ten~~ <ins>Twelve</ins> euros a month." {
		t.Errorf("word by word: %q", marked)
	}
	// The reference, now to Article 3, is the same reference.
	if scope := new.Clauses[1]; !strings.Contains(norm(scope.Body), "Article 3") || old.Clauses[0].RawBody != scope.RawBody {
		t.Errorf("scope: %q / %q", scope.Body, old.Clauses[0].RawBody)
	}
}

// A line rewritten beyond recognition is shown deleted and inserted
// whole, not as a confetti of words; table rows keep their cells.
func TestWholeLines(t *testing.T) {
	d := &document.Document{Lang: textfmt.EN}
	c := &Comparison{Lang: textfmt.EN}
	got := c.markBlock("Access is free of charge.\n\n| A | B |\n|---|---|\n| x y | z |",
		"Access to the API is charged under a price list.\n\n| A | B |\n|---|---|\n| x w | z |", d, d)
	want := "~~Access is free of charge.~~\n<ins>Access to the API is charged under a price list.</ins>\n\n| A | B |\n|---|---|\n| x ~~y~~ <ins>w</ins> | z |"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCompareVersions(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"1.0", "1.1", -1}, {"1.9", "1.10", -1}, {"2.0", "1.10", 1}, {"1.0", "1.0", 0}, {"1.0", "1.0.1", -1}, {"v2", "v10", -1}, {"2027-03", "2027-09", -1}} {
		if got := CompareVersions(c.a, c.b); got != c.want {
			t.Errorf("CompareVersions(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestAddMonths(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		from time.Time
		n    int
		want time.Time
	}{{day(2026, 12, 1), 3, day(2027, 3, 1)}, {day(2026, 11, 30), 3, day(2027, 2, 28)}, {day(2027, 11, 30), 3, day(2028, 2, 29)}, {day(2027, 1, 31), 1, day(2027, 2, 28)}, {day(2027, 3, 15), 12, day(2028, 3, 15)}} {
		if got := AddMonths(c.from, c.n); !got.Equal(c.want) {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", c.from.Format(time.DateOnly), c.n, got.Format(time.DateOnly), c.want.Format(time.DateOnly))
		}
	}
}

// The API terms' own rules: the notice period of the earlier terms after
// the announcement, the deprecation period for a version that withdraws
// the earlier one, a version that increases.
func TestRulesOfAmendment(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	announce := time.Date(2026, 12, 15, 9, 30, 0, 0, time.Local)
	check := func(version string, effective time.Time) *Problem {
		vals := later(k, map[string]any{"change.notice_months": 6})
		vals["version"] = version
		vals["effective_date"] = effective
		c, err := Compare(k, k.Examples(), vals, textfmt.EN, templates.Final)
		if err != nil {
			t.Fatal(err)
		}
		return c.Check(announce)
	}
	day := func(m time.Month, d int) time.Time { return time.Date(2027, m, d, 0, 0, 0, 0, time.UTC) }
	if p := check("1.1", day(3, 14)); p == nil || p.ID != RuleNotice || !p.Earliest.Equal(day(3, 15)) || p.Months != 3 || p.Clause.ID != "change-terms" {
		t.Errorf("a day too early: %+v", p)
	}
	if p := check("1.1", day(3, 15)); p != nil {
		t.Errorf("on the earliest day: %+v", p)
	}
	if p := check("2.0", day(6, 1)); p == nil || p.ID != RuleDeprecation || !p.Earliest.Equal(time.Date(2027, 12, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("a new major version: %+v", p)
	}
	if p := check("1.0", day(6, 1)); p == nil || p.ID != RuleVersion {
		t.Errorf("the same version: %+v", p)
	}
	if p := check("1.1", day(2, 1)); p == nil || p.ID != RuleDate {
		t.Errorf("an earlier effective date: %+v", p)
	}
}

// The answers and clauses that the rules and the notice read exist, so
// that renaming one cannot silently turn a rule off.
func TestRulesReadWhatExists(t *testing.T) {
	for kind, keys := range map[string][]string{
		kindAPITerms: {keyNotice, keyDeprecation, keyReason, keyProvider, keyContact, keyAPI},
		kindCharter:  {keyAmendRule, keyAmendDays, keyQuorum},
	} {
		k, _ := templates.Lookup(kind)
		for _, key := range keys {
			if _, ok := k.Questionnaire.Question(key); !ok {
				t.Errorf("%s has no question %s", kind, key)
			}
		}
	}
	for kind, ids := range map[string][]string{
		kindAPITerms: {clauseTerms, clauseDeprec},
		kindCharter:  {clauseAmend, clauseAssembly, clauseQuorum},
	} {
		k, _ := templates.Lookup(kind)
		for _, l := range textfmt.All {
			d, err := k.Assemble(k.Examples(), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range ids {
				if _, ok := d.Clause(id); !ok {
					t.Errorf("%s/%s has no clause %s", kind, l, id)
				}
			}
		}
	}
}

// The charter's change log reminds who adopts the amendment and by which
// rule, as the charter in force sets them.
func TestCharterChangeLogRemindsTheAmendmentProcedure(t *testing.T) {
	k, _ := templates.Lookup("charter")
	old := k.Examples()
	old["amendment.rule"] = "three-quarters"
	vals := later(k, map[string]any{"commons.name": "Sentiers partagés", "amendment.rule": "consensus"})
	for _, c := range []struct {
		l    textfmt.Lang
		want []string
	}{
		{textfmt.EN, []string{"## Adoption of this amendment", "Body that decides: Assembly of Members", "Decision rule: Three-quarters of the votes cast",
			"publish it by 2 August 2027 at the latest"}},
		{textfmt.FR, []string{"## Adoption de cette modification", "Instance qui décide : Assemblée des Membres", "Règle de décision : Trois quarts des suffrages exprimés",
			"publiez-le au plus tard le 2 août 2027"}},
	} {
		comp, err := Compare(k, old, vals, c.l, templates.Final)
		if err != nil {
			t.Fatal(err)
		}
		log := norm(string(comp.ChangeLog(time.Now())))
		for _, w := range c.want {
			if !strings.Contains(log, w) {
				t.Errorf("%s: the change log lacks %q:\n%s", c.l, w, log[strings.Index(log, "\n## "):])
			}
		}
	}
}

// termsHeading is the heading of the English terms' clause on their own
// changes, as lists of clauses write it.
func termsHeading(t *testing.T, k *templates.Kind) string {
	d, err := k.Assemble(k.Examples(), textfmt.EN, templates.Final)
	if err != nil {
		t.Fatal(err)
	}
	cl, _ := d.Clause("change-terms")
	return heading(&cl, textfmt.EN)
}

// The API terms' change log ends with the notice to users: what changes,
// why (the reason given, in the log's language), from when.
func TestNoticeToUsers(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	vals := later(k, map[string]any{"change.notice_months": 6,
		"change.reason": questionnaire.Translated{textfmt.EN: "Users asked for more time to adapt.", textfmt.FR: "Les utilisateurs ont demandé plus de temps pour s'adapter."}})
	for _, c := range []struct {
		l    textfmt.Lang
		want []string
	}{
		{textfmt.EN, []string{"## Notice to users", "**Subject:** Changes to the terms of service of Acme Météo API from 1 September 2027",
			"- " + norm(termsHeading(t, k)) + " (clause amended)", "Why: Users asked for more time to adapt.",
			"From when: version 1.1 applies from 1 September 2027.", "on 10 January 2027"}},
		{textfmt.FR, []string{"## Avis aux utilisateurs", "Pourquoi : Les utilisateurs ont demandé plus de temps pour s'adapter.",
			"Modification des conditions générales d’utilisation d’Acme Météo API",
			"la version 1.1 s’applique à compter du 1er septembre 2027"}},
	} {
		comp, err := Compare(k, k.Examples(), vals, c.l, templates.Final)
		if err != nil {
			t.Fatal(err)
		}
		log := norm(string(comp.ChangeLog(time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC))))
		for _, w := range c.want {
			if !strings.Contains(log, w) {
				t.Errorf("%s: the notice lacks %q:\n%s", c.l, w, log[strings.Index(log, "\n## "):])
			}
		}
		if strings.Contains(log, "change.reason") || strings.Contains(log, "Users asked") != (c.l == textfmt.EN) {
			t.Errorf("%s: the reason is listed as an answer, or in the wrong language", c.l)
		}
	}
	// Without a reason, the notice says one is to be given.
	comp, _ := Compare(k, k.Examples(), later(k, map[string]any{"change.notice_months": 6}), textfmt.EN, templates.Final)
	if log := string(comp.ChangeLog(time.Now())); !strings.Contains(log, "to complete: Why this version changes the terms") {
		t.Errorf("no reason, no mark:\n%s", log)
	}
}

// A clause edited by hand (an override in the answers) shows in the
// redline as a changed clause that says so, and the change log lists it
// among the clauses whose text edited by hand changed.
func TestCompareShowsClausesEditedByHand(t *testing.T) {
	k, _ := templates.Lookup("contribution")
	vals := later(k, nil)
	vals.SetOverride("general-contact", questionnaire.Translated{textfmt.EN: "Write to us.", textfmt.FR: "Écrivez-nous."})
	c, err := Compare(k, k.Examples(), vals, textfmt.EN, templates.Final)
	if err != nil {
		t.Fatal(err)
	}
	red := c.Redline()
	cl, _ := red.Clause("general-contact")
	if !strings.Contains(cl.Body, "edited by hand (an override of the answers file)") || !strings.Contains(cl.Body, "<ins>") {
		t.Errorf("the redline of the edited clause reads:\n%s", cl.Body)
	}
	log := string(c.ChangeLog(time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC)))
	if !strings.Contains(log, "### One clause whose text edited by hand changed") {
		t.Errorf("the change log does not list the edited clause:\n%s", log)
	}
}
