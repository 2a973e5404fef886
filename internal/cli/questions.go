package cli

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/locales"
)

// printQuestionnaire prints a questionnaire for reading: steps, then each
// question with its key, type, default, help and options, then the rules
// between answers with their severity and reason, all in lang,
// the fixed words included, so that the reader meets one language only.
func printQuestionnaire(w io.Writer, q *questionnaire.Questionnaire, lang textfmt.Lang) {
	loc := locales.For(lang)
	fmt.Fprintf(w, "%s (%s)\n%s\n", q.Title.In(lang), q.Kind, q.Summary.In(lang))
	for i, g := range q.Groups {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, g.Title.In(lang))
		if intro := g.Intro.In(lang); intro != "" {
			writeWrapped(w, intro, "   ")
		}
		for _, qq := range g.Questions {
			printQuestion(w, q, qq, lang, loc, "   ")
		}
	}
	if len(q.Rules) > 0 {
		fmt.Fprintf(w, "\n%s\n", loc.T("questions.rules"))
		for _, r := range q.Rules {
			fmt.Fprintf(w, "\n   %s\n", loc.T("questions.rule", "ID", r.ID,
				"Severity", loc.T("questions.severity."+string(r.Severity)), "Fields", strings.Join(r.Fields, ", ")))
			writeWrapped(w, r.Reason.In(lang), "     ")
		}
	}
}

func printQuestion(w io.Writer, q *questionnaire.Questionnaire, qq *questionnaire.Question, lang textfmt.Lang, loc *locales.Localizer, indent string) {
	var facts []string
	facts = append(facts, loc.T("type."+string(qq.Type)))
	if qq.Required {
		facts = append(facts, loc.T("questions.required"))
	}
	if qq.Default != nil {
		facts = append(facts, loc.T("questions.default", "Value", qq.DefaultText()))
	}
	if qq.Min != nil {
		facts = append(facts, loc.T("questions.min", "Value", *qq.Min))
	}
	if qq.Max != nil {
		facts = append(facts, loc.T("questions.max", "Value", *qq.Max))
	}
	if qq.Must != nil {
		facts = append(facts, loc.T("questions.must", "Value", fmt.Sprint(*qq.Must)))
	}
	if qq.Translatable {
		facts = append(facts, loc.T("questions.translatable"))
	}
	for _, key := range slices.Sorted(maps.Keys(qq.ShowIf)) {
		values := qq.ShowIf[key]
		if key == questionnaire.Bilingual {
			switch strings.Join(values, ",") {
			case "true":
				facts = append(facts, loc.T("questions.bilingual"))
			case "false":
				facts = append(facts, loc.T("questions.monolingual"))
			}
			continue
		}
		facts = append(facts, loc.T("questions.show_if", "Key", key, "Values", shownValues(values, loc)))
	}
	if len(qq.ShowIfAny) > 0 {
		var alts []string
		for _, c := range qq.ShowIfAny {
			var conds []string
			for _, key := range slices.Sorted(maps.Keys(c)) {
				id, values := "questions.condition", c[key]
				if excluded, ok := questionnaire.Exclusions(values); ok {
					id, values = "questions.condition_not", excluded
				}
				conds = append(conds, loc.T(id, "Key", key, "Values", shownValues(values, loc)))
			}
			alts = append(alts, strings.Join(conds, ", "))
		}
		facts = append(facts, loc.T("questions.show_if_any", "Alternatives", strings.Join(alts, loc.T("questions.or"))))
	}
	if qq.FromCharter != "" {
		facts = append(facts, loc.T("questions.from_charter", "Key", qq.FromCharter))
	}
	key := qq.Key
	if qq.Parent() != nil {
		key = qq.FieldKey()
	}
	fmt.Fprintf(w, "\n%s%s (%s)\n", indent, key, strings.Join(facts, ", "))
	fmt.Fprintf(w, "%s  %s\n", indent, qq.Label.In(lang))
	if help := qq.Help.In(lang); help != "" {
		writeWrapped(w, help, indent+"  ")
	}
	if ex := qq.Example.In(lang); ex != "" {
		fmt.Fprintf(w, "%s  %s\n", indent, loc.T("questions.example", "Value", ex))
	}
	party := q.PartyOf(qq).In(lang)
	if party == "" {
		party = loc.T("badge.party")
	}
	for _, o := range qq.Options {
		rights := ""
		if o.Rights != "" && qq.RatesRights() {
			rights = " [" + loc.T("rights."+string(o.Rights), "Party", party) + "]"
		}
		fmt.Fprintf(w, "%s  - %s: %s%s\n", indent, o.ID, o.Label.In(lang), rights)
		writeWrapped(w, o.Explain.In(lang), indent+"    ")
	}
	for _, f := range qq.Fields {
		printQuestion(w, q, f, lang, loc, indent+"  ")
	}
}

// writeWrapped prints prose wrapped at 78 columns with an indent.
func writeWrapped(w io.Writer, s, indent string) {
	for _, line := range textfmt.Wrap(s, 78-len(indent)) {
		fmt.Fprintln(w, indent+line)
	}
}

// shownValues writes the values of a condition as the questionnaire
// gives them ("!FR" excludes FR), "(none)" for no answer.
func shownValues(values []string, loc *locales.Localizer) string {
	shown := make([]string, len(values))
	for i, v := range values {
		shown[i] = v
		if v == "" {
			shown[i] = loc.T("questions.no_answer")
		}
	}
	return strings.Join(shown, " | ")
}
