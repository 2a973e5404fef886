package templates

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// charterCitation is how a contribution policy's template cites an
// article of its charter.
var charterCitation = regexp.MustCompile(`\{\{charter \$ "([a-z0-9-]+)"\}\}`)

// Every article of the charter that a contribution policy cites exists
// in the charter's templates, in both languages.
func TestPolicyCitesArticlesTheCharterHas(t *testing.T) {
	ids := map[string]bool{}
	for _, l := range textfmt.All {
		src, err := os.ReadFile("charter/" + string(l) + ".md")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`\{#([a-z0-9-]+)`).FindAllStringSubmatch(string(src), -1) {
			ids[m[1]] = true
		}
	}
	cited := 0
	for _, l := range textfmt.All {
		src, err := os.ReadFile("contribution/" + string(l) + ".md")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range charterCitation.FindAllStringSubmatch(string(src), -1) {
			cited++
			if !ids[m[1]] {
				t.Errorf("contribution/%s.md cites %q, which is no clause of the charter", l, m[1])
			}
		}
	}
	if cited == 0 {
		t.Fatal("the contribution policy cites no article of its charter")
	}
}

// A policy linked to a charter it could read cites the charter's
// articles by the numbers the charter gives them, in each language, and
// follows the charter when its numbering changes; without the charter's
// answers it cites the charter as a whole.
func TestLinkedPolicyCitesCharterArticleNumbers(t *testing.T) {
	policy, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	// Mediation, when offered, comes before the sanctions and shifts
	// their number.
	for _, mediation := range []bool{true, false} {
		chVals := charter.Examples()
		chVals["conduct.mediation"] = mediation
		chResolved := charter.Questionnaire.Resolve(chVals)
		for _, l := range textfmt.All {
			chDoc, err := charter.Assemble(chVals, l, Preview)
			if err != nil {
				t.Fatal(err)
			}
			want, ok := chDoc.Clause("conduct-sanctions")
			if !ok {
				t.Fatal("the example charter has no sanctions")
			}
			vals := linkedExamples(policy)
			vals.SetCharterAnswers(chResolved)
			text := assembledText(t, policy, vals, l)
			cite := map[textfmt.Lang]string{textfmt.EN: want.Label(l) + " of the Charter", textfmt.FR: "l’" + want.Label(l) + " de la Charte"}[l]
			if !strings.Contains(text, cite) {
				t.Errorf("mediation %v, %s: the linked policy does not cite %q", mediation, l, cite)
			}
			vals.SetCharterAnswers(nil)
			if text := assembledText(t, policy, vals, l); strings.Contains(text, cite) {
				t.Errorf("mediation %v, %s: without the charter's answers the policy still cites %q", mediation, l, cite)
			}
		}
	}
}

func assembledText(t *testing.T, k *Kind, vals questionnaire.Values, l textfmt.Lang) string {
	t.Helper()
	doc, err := k.Assemble(vals, l, Preview)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, c := range doc.Clauses {
		b.WriteString(c.Body)
		b.WriteByte('\n')
	}
	return b.String()
}

// BenchmarkLinkedPolicy assembles a linked policy in French with and
// without its charter's answers: the difference is the cost of numbering
// the charter's articles.
func BenchmarkLinkedPolicy(b *testing.B) {
	policy, _ := Lookup("contribution")
	charter, _ := Lookup("charter")
	for _, withCharter := range []bool{false, true} {
		vals := linkedExamples(policy)
		if withCharter {
			vals.SetCharterAnswers(charter.Questionnaire.Resolve(charter.Examples()))
		}
		name := map[bool]string{false: "charter-unread", true: "charter-numbered"}[withCharter]
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := policy.Assemble(vals, textfmt.FR, Final); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
