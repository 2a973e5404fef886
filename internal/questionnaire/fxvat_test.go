package questionnaire

import (
	"strings"
	"testing"
)

const fxvatQuestions = `      - key: tax.number
        type: text
        label: {en: Number, fr: Numéro}
      - key: tax.mode
        type: choice
        default_if:
          - when: {tax.number: "!"}
            value: charged
          - value: exempt
        show_if: {mode: open}
        label: {en: Mode, fr: Mode}
        options:
          - {id: charged, label: {en: C, fr: C}, explain: {en: C, fr: C}}
          - {id: exempt, label: {en: E, fr: E}, explain: {en: E, fr: E}}
`

// A conditional default stands for an answer not given, the first whose
// condition holds winning; an answer given, or a question that does not
// apply, takes none.
func TestFxvatDefaultIf(t *testing.T) {
	q, err := Load([]byte(sample + fxvatQuestions))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		vals Values
		want any
	}{
		{Values{"name": "x", "tax.number": "FR1"}, "charged"},
		{Values{"name": "x"}, "exempt"},
		{Values{"name": "x", "tax.number": "FR1", "tax.mode": "exempt"}, "exempt"},
		{Values{"name": "x", "tax.mode": "charged"}, "charged"},
		{Values{"name": "x", "tax.number": "FR1", "mode": "closed"}, nil},
	} {
		if got := q.Resolve(tc.vals)["tax.mode"]; got != tc.want {
			t.Errorf("%v: tax.mode resolves to %v, want %v", tc.vals, got, tc.want)
		}
	}
	qq, _ := q.Question("tax.mode")
	if qq.DefaultValue() != nil || !qq.Usual("charged") || !qq.Usual("exempt") || qq.Usual("other") {
		t.Error("a conditional default is taken for a plain default, or not as usual")
	}
	// A condition on an answer left to its conditional default reads it.
	cond := Condition{"tax.mode": {"charged"}}
	if got := q.unmet(cond, Values{"tax.number": "FR1"}); len(got) != 0 {
		t.Errorf("a condition does not read the conditional default: unmet %v", got)
	}
}

func TestFxvatDefaultIfChecked(t *testing.T) {
	for name, change := range map[string][2]string{
		"with a plain default": {"        default_if:\n", "        default: exempt\n        default_if:\n"},
		"on its own answer":    {`{tax.number: "!"}`, `{tax.mode: "charged"}`},
		"not last":             {"          - when: {tax.number: \"!\"}\n            value: charged\n          - value: exempt\n", "          - value: exempt\n          - when: {tax.number: \"!\"}\n            value: charged\n"},
		"an unknown option":    {"            value: charged", "            value: other"},
		"an unknown question":  {`{tax.number: "!"}`, `{tax.nothing: "!"}`},
	} {
		src := strings.Replace(sample+fxvatQuestions, change[0], change[1], 1)
		if src == sample+fxvatQuestions {
			t.Fatalf("%s: nothing changed", name)
		}
		if _, err := Load([]byte(src)); err == nil {
			t.Errorf("a default_if %s is accepted", name)
		}
	}
}
