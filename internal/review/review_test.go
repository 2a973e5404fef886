package review

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
	"apitos/templates"
)

func assemble(t *testing.T, k *templates.Kind, vals questionnaire.Values, l textfmt.Lang, mode templates.Mode) *document.Document {
	t.Helper()
	doc, err := Document(k, vals, l, mode)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// The answers a clause reads, found in its template, include every
// answer whose other options change the clause: what the commentary
// says a clause depends on is never less than what it depends on.
func TestReadsCoverEveryAnswerThatChangesAClause(t *testing.T) {
	for _, k := range templates.All() {
		vals := k.Examples()
		for _, l := range textfmt.All {
			doc, err := k.AssembleAnnotated(vals, l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range variants(k.Questionnaire, vals, l) {
				changed := maps.Clone(vals)
				changed[v.key] = v.value
				if refused(k.Questionnaire, changed) {
					continue
				}
				alt, err := k.Assemble(changed, l, templates.Preview)
				if err != nil {
					t.Fatal(err)
				}
				for id, alts := range compare(doc, alt, v) {
					c, _ := doc.Clause(id)
					for _, a := range alts {
						// A clause that the variant adds is shown after
						// the clause before it, which need not read it.
						if a.kind != followed && !slices.Contains(c.Reads, v.key) {
							t.Errorf("%s/%s: %s changes clause %s, which reads only %v", k.ID, l, v.key, id, c.Reads)
						}
					}
				}
			}
		}
	}
}

// An alternative not chosen comes with its full text, under the clause
// it would replace, and options that give the same text are named
// together.
func TestAlternativesGiveTheTextNotChosen(t *testing.T) {
	k, _ := templates.Lookup("charter")
	vals := k.Examples()
	vals["membership.admission"] = "declaration"
	doc := assemble(t, k, vals, textfmt.EN, templates.Final)
	c, _ := doc.Clause("membership-admission-declaration")
	for _, want := range []string{
		"*How one becomes a member: On approval* — this clause is replaced by:",
		"> **Admission on approval**",
		"> A person eligible under Article\u00a04.2 applies in writing",
	} {
		if !strings.Contains(c.Review, want) {
			t.Errorf("the review of 4.3 lacks %q:\n%s", want, c.Review)
		}
	}
	fr := assemble(t, k, vals, textfmt.FR, templates.Final)
	c, _ = fr.Clause("membership-admission-declaration")
	if !strings.Contains(c.Review, "**Variantes écartées**") || !strings.Contains(c.Review, "cette clause est remplacée par\u00a0:") {
		t.Errorf("the French review of 4.3 does not name its alternatives:\n%s", c.Review)
	}
	// Paragraph by paragraph when the rest of the clause stays.
	vals["governance.steering"] = true
	doc = assemble(t, k, vals, textfmt.EN, templates.Final)
	c, _ = doc.Clause("membership-admission-declaration")
	if !strings.Contains(c.Review, "*Does the commons have a steering committee? No* — in this clause:\n\nParagraph 2 reads:\n\n> Admission may be refused") {
		t.Errorf("the review of 4.3 does not give the paragraph that changes without a steering committee:\n%s", c.Review)
	}
}

var gapMark = regexp.MustCompile(`\\\[\*\*(?:to complete|to translate|à compléter|à traduire)(?:\x{a0})?: (.*?)\*\*\\\]`)

// Every placeholder of a preview appears in the points to check, which
// names the clauses that show it; the answers as given list every
// question that applies.
func TestPointsToCheckListEveryPlaceholder(t *testing.T) {
	for _, k := range templates.All() {
		vals := questionnaire.Values{}
		vals.SetLangs(textfmt.All)
		// One translation missing too, where the kind has a text to translate.
		for _, qq := range k.Questionnaire.Questions() {
			if qq.Translatable {
				vals[qq.Key] = questionnaire.Translated{textfmt.EN: "Only in English"}
				break
			}
		}
		for _, l := range textfmt.All {
			doc := assemble(t, k, vals, l, templates.Preview)
			points, ok := doc.Clause(PointsID)
			if !ok {
				t.Fatalf("%s/%s: no points to check", k.ID, l)
			}
			seen := 0
			for _, c := range doc.Clauses {
				if c.ID == PointsID || c.ID == AnswersID {
					continue
				}
				for _, m := range gapMark.FindAllStringSubmatch(c.Body, -1) {
					seen++
					if !strings.Contains(points.Body, m[1]) {
						t.Errorf("%s/%s: clause %s shows %q, which the points to check do not list", k.ID, l, c.ID, m[0])
					}
					if !strings.Contains(points.Body, c.Label(l)) {
						t.Errorf("%s/%s: the points to check do not name %s, which shows %q", k.ID, l, c.Label(l), m[0])
					}
				}
			}
			if seen == 0 {
				t.Errorf("%s/%s: a preview without answers shows no placeholder", k.ID, l)
			}
			answers, _ := doc.Clause(AnswersID)
			q := k.Questionnaire
			for _, qq := range q.Questions() {
				if q.Visible(qq, q.Resolve(vals)) && !strings.Contains(answers.Body, qq.Label.In(l)) {
					t.Errorf("%s/%s: the answers as given do not list %q", k.ID, l, qq.Label.In(l))
				}
			}
		}
	}
}

// A document for review says so, and its Markdown quotes the commentary
// after each clause.
func TestReviewMarkdown(t *testing.T) {
	k, _ := templates.Lookup("contribution")
	doc := assemble(t, k, k.Examples(), textfmt.FR, templates.Final)
	md := string(markdown.Render(doc))
	if !strings.Contains(md, "> **PROJET** — Ce document est un projet soumis à relecture") {
		t.Error("the review is not marked as a draft")
	}
	if !strings.Contains(md, "> **Réponses dont elle dépend\u00a0:**") {
		t.Error("no commentary quoted after the clauses")
	}
	for _, h := range []string{"## Réponses données", "## Points à vérifier"} {
		if !strings.Contains(md, h) {
			t.Errorf("no %q at the end", h)
		}
	}
	// The answers a clause reads are separated as French sets a
	// semicolon, and no character is cut in half.
	if !utf8.ValidString(md) {
		t.Error("the review is not valid UTF-8")
	}
	if !strings.Contains(md, "\u202f; ") {
		t.Error("the answers a clause reads are not separated by a semicolon after a narrow no-break space")
	}
}

// A clause edited by hand says so in its commentary.
func TestEditedClauseIsMarked(t *testing.T) {
	k, _ := templates.Lookup("contribution")
	vals := k.Examples()
	vals.SetOverride("general-contact", questionnaire.Translated{textfmt.EN: "Write to us.", textfmt.FR: "Écrivez-nous."})
	for _, l := range textfmt.All {
		doc := assemble(t, k, vals, l, templates.Final)
		c, _ := doc.Clause("general-contact")
		mark := map[textfmt.Lang]string{textfmt.EN: "**Edited by hand:**", textfmt.FR: "**Modifiée à la main\u00a0:**"}[l]
		if !c.Edited || !strings.Contains(c.Review, mark) {
			t.Errorf("%s: the edited clause's review lacks %q:\n%s", l, mark, c.Review)
		}
		other, _ := doc.Clause("general-law")
		if strings.Contains(other.Review, mark) {
			t.Errorf("%s: a clause not edited says it is", l)
		}
	}
}
