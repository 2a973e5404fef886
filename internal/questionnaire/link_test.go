package questionnaire

import (
	"reflect"
	"strings"
	"testing"
)

// charterSample is the sample as a charter whose "closed" mode is called
// "private", and whose names may be longer.
var charterSample = strings.NewReplacer(
	"kind: sample", "kind: charter",
	"{id: closed,", "{id: private,",
	"show_if: {mode: closed}", "show_if: {mode: private}",
).Replace(sample)

// linkedSample takes its name, mode, kinds and months from the charter,
// and whether it writes texts from whether the charter ticks that kind.
var linkedSample = strings.NewReplacer(
	"        max_length: 10\n", "        max_length: 10\n        from_charter: name\n",
	"        default: open\n", "        default: open\n        from_charter: mode\n        charter_options: {private: closed}\n",
	"        default: [data, code]\n", "        default: [data, code]\n        from_charter: kinds\n",
	"        default: 3\n", "        default: 3\n        from_charter: months\n",
).Replace(sample) + `      - key: texts
        type: bool
        default: false
        from_charter: kinds
        charter_ticks: text
        label: {en: Texts, fr: Textes}
`

func TestCheckLink(t *testing.T) {
	c := load(t, charterSample)
	q := load(t, linkedSample)
	if err := q.CheckLink(c); err != nil {
		t.Fatalf("a coherent link is refused: %v", err)
	}
	if got := len(q.Linked()); got != 5 || !q.Links() {
		t.Errorf("%d linked questions", got)
	}
	for name, c2 := range map[string][3]string{
		// what to replace, in the policy (p) or the charter (c), and with what
		"type":                  {"p", "from_charter: months", "from_charter: date"},
		"unknown charter key":   {"p", "from_charter: kinds", "from_charter: sorts"},
		"unmapped option":       {"p", "        charter_options: {private: closed}\n", ""},
		"option mapped to none": {"p", "{private: closed}", "{private: shut}"},
		"stale mapping":         {"p", "{private: closed}", "{private: closed, public: open}"},
		"translatable":          {"p", "        from_charter: name\n", "        from_charter: mission\n"},
		"tick of no option":     {"p", "charter_ticks: text", "charter_ticks: sound"},
		"tick of a choice":      {"p", "        from_charter: kinds\n        charter_ticks", "        from_charter: mode\n        charter_ticks"},
		"charter numbers lower": {"c", "        min: 3\n", "        min: 1\n"},
		"charter texts longer":  {"c", "        max_length: 10\n", "        max_length: 100\n"},
		"not a charter":         {"c", "kind: charter", "kind: other"},
	} {
		policy, charter := linkedSample, charterSample
		src := map[string]*string{"p": &policy, "c": &charter}[c2[0]]
		changed := strings.Replace(*src, c2[1], c2[2], 1)
		if changed == *src {
			t.Fatalf("%s: replacement did not apply", name)
		}
		*src = changed
		if err := load(t, policy).CheckLink(load(t, charter)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	for name, edit := range map[string][2]string{
		"options of a text":    {"        from_charter: name\n", "        from_charter: name\n        charter_options: {a: b}\n"},
		"options without link": {"        default: fr\n", "        default: fr\n        charter_options: {fr: en}\n"},
		"a commitment":         {"        must: true\n", "        must: true\n        from_charter: ok\n"},
		"a bad key":            {"from_charter: kinds", "from_charter: Kinds!"},
		"ticks of a number":    {"        from_charter: months\n", "        from_charter: months\n        charter_ticks: code\n"},
		"ticks without link":   {"        from_charter: kinds\n        charter_ticks", "        charter_ticks"},
	} {
		if _, err := Load([]byte(strings.Replace(linkedSample, edit[0], edit[1], 1))); err == nil {
			t.Errorf("%s: loaded", name)
		}
	}
}

// The answers taken from a charter are its answers, options mapped; they
// have no default of their own, and one the document relies on is
// missing when the charter gives none.
func TestFromCharter(t *testing.T) {
	c := load(t, charterSample)
	q := load(t, linkedSample)
	charter := c.Resolve(Values{"name": "Commun", "mode": "private", "kinds": []string{"text", "data"}})
	got := q.FromCharter(charter)
	want := Values{"name": "Commun", "mode": "closed", "kinds": []string{"data", "text"}, "months": 3, "texts": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("facts = %v, want %v", got, want)
	}
	// A charter that ticks none of its kinds writes no texts either.
	for _, kinds := range []any{[]string{"code"}, []string{}, nil} {
		got = q.FromCharter(c.Resolve(Values{"name": "Commun", "kinds": kinds}))
		if texts, ok := got["texts"]; !ok || texts != false {
			t.Errorf("kinds %v: texts = %v (given %v), want false", kinds, texts, ok)
		}
	}
	vals := Values{"mission": Translated{"en": "m", "fr": "m"}}
	vals.SetCharter("charter.yaml")
	resolved := q.Resolve(vals)
	for _, key := range []string{"name", "mode", "kinds", "months", "texts"} {
		if _, ok := resolved[key]; ok {
			t.Errorf("%s takes its own default although the answers name a charter", key)
		}
	}
	if resolved["version"] != "1.0" {
		t.Error("an answer not taken from the charter lost its default")
	}
	var missing []string
	for _, p := range q.Missing(resolved) {
		missing = append(missing, p.Key)
	}
	if !reflect.DeepEqual(missing, []string{"name", "months", "mode", "kinds", "texts"}) {
		t.Errorf("missing = %v", missing)
	}
}

// "" in a condition stands for no answer: a multiple choice with none
// ticked.
func TestConditionOnNoAnswer(t *testing.T) {
	q := load(t, strings.Replace(sample, "show_if: {kinds: data}", `show_if: {kinds: ["", data]}`, 1))
	dl, _ := q.Question("data.licence")
	for _, c := range []struct {
		kinds []string
		want  bool
	}{{nil, true}, {[]string{}, true}, {[]string{"data"}, true}, {[]string{"code"}, false}} {
		if got := q.Visible(dl, Values{"kinds": c.kinds}); got != c.want {
			t.Errorf("kinds %q: visible %v", c.kinds, got)
		}
	}
	if got := q.Unmet(dl, Values{"kinds": []string{"code"}}); !reflect.DeepEqual(got, []string{"kinds"}) {
		t.Errorf("unmet = %v", got)
	}
}
