package questionnaire

import (
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/textfmt"
)

// ruleSample extends the sample with addresses, a second date and a
// second number, and with one rule per kind of test.
const ruleSample = sample + `      - key: start
        type: date
        label: {en: Start, fr: Début}
      - key: cap
        type: number
        default: 6
        label: {en: Cap, fr: Plafond}
      - key: site
        type: url
        label: {en: Site, fr: Site}
      - key: form
        type: url
        label: {en: Form, fr: Formulaire}
      - key: contact
        type: email
        label: {en: Contact, fr: Contact}
      - key: reports
        type: email
        label: {en: Reports, fr: Signalements}
      - key: country
        type: country
        label: {en: Country, fr: Pays}
      - key: vat
        type: text
        label: {en: VAT number, fr: Numéro de TVA}
rules:
  - id: past
    severity: warning
    when: {date: {before: today}}
    fields: [date]
    reason: {en: in the past, fr: "déjà passée : changez-la"}
  - id: ends-before-start
    severity: error
    when: {date: {before: start}}
    fields: [date, start]
    reason: {en: ends first, fr: finit avant}
  - id: over-cap
    severity: error
    when: {cap: {less_than: months}}
    fields: [cap, months]
    reason: {en: over the cap, fr: au-delà du plafond}
  - id: far-over-cap
    severity: warning
    when: {months: {more_than_twice: cap}}
    fields: [months]
    reason: {en: far over the cap, fr: bien au-delà du plafond}
  - id: closed-with-data
    severity: error
    when:
      mode: closed
      kinds: [data, text]
    fields: [mode, kinds]
    reason: {en: closed data, fr: données fermées}
  - id: open-without-code
    severity: warning
    when:
      mode: {not: closed}
      kinds: {not: code}
    fields: [kinds]
    reason: {en: no code, fr: pas de code}
  - id: text-without-code
    severity: warning
    when:
      kinds: {in: [text], not: [code]}
    fields: [kinds]
    reason: {en: text without code, fr: du texte sans code}
  - id: same-contact
    severity: warning
    when: {reports: {same_as: contact}}
    fields: [reports]
    reason: {en: same address, fr: même adresse}
  - id: public-form
    severity: error
    when:
      form: {same_host_as: site, matches: '/issues/?$', not_matches: private}
    fields: [form]
    reason: {en: public form, fr: formulaire public}
  - id: closed-unexplained
    severity: warning
    when:
      mode: closed
    unless:
      closed.reason: {matches: '\S'}
    fields: [mode]
    reason: {en: say why, fr: dites pourquoi}
  - id: closed-not-in-french
    severity: error
    when:
      mode: closed
      languages: {not: fr}
    fields: [mode]
    reason: {en: say it in French, fr: dites-le en français}
    suggest:
      - {mode: open}
  - id: closed-in-linked
    severity: warning
    when:
      linked: true
      mode: closed
    fields: [mode]
    reason: {en: the charter is open, fr: la charte est ouverte}
  - id: vat-of-another-country
    severity: warning
    when:
      country: [BE, FR]
      vat: {not_starts_with: country}
    fields: [vat]
    reason: {en: another country, fr: un autre pays}
  - id: foreign-without-vat
    severity: warning
    when:
      country: {not: [BE, FR]}
      vat: {empty: true}
    fields: [country]
    reason: {en: no number, fr: pas de numéro}
`

var day = time.Date(2027, 3, 1, 23, 59, 0, 0, time.FixedZone("UTC+10", 10*3600))

func brokenRules(q *Questionnaire, vals Values) []string {
	var ids []string
	for _, p := range q.Check(q.Resolve(vals), day) {
		if !slices.Contains(ids, p.Rule.ID) {
			ids = append(ids, p.Rule.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

func date(s string) time.Time {
	d, _ := time.Parse(time.DateOnly, s)
	return d
}

func TestRuleTests(t *testing.T) {
	q := load(t, ruleSample)
	base := Values{"kinds": []string{"code"}}
	cases := []struct {
		name string
		vals Values
		want []string
	}{
		{"nothing given", Values{}, nil},
		{"before today", Values{"date": date("2027-02-28")}, []string{"past"}},
		{"today is not past, whatever the hour and zone", Values{"date": date("2027-03-01")}, nil},
		{"before another date", Values{"date": date("2027-04-01"), "start": date("2027-05-01")}, []string{"ends-before-start"}},
		{"other date not given", Values{"date": date("2027-04-01")}, nil},
		{"less than another number", Values{"months": 7}, []string{"over-cap"}},
		{"equal numbers", Values{"months": 6}, nil},
		{"twice another number", Values{"months": 12}, []string{"over-cap"}},
		{"more than twice another number", Values{"months": 13}, []string{"far-over-cap", "over-cap"}},
		{"values, as show_if", Values{"mode": "closed", "closed.reason": "x", "kinds": []string{"code", "text"}}, []string{"closed-with-data"}},
		{"values, none matching", Values{"mode": "closed", "closed.reason": "x", "kinds": []string{"code"}}, nil},
		{"not, with defaults", Values{"kinds": []string{"data"}}, []string{"open-without-code"}},
		{"in and not, both holding", Values{"kinds": []string{"text"}}, []string{"open-without-code", "text-without-code"}},
		{"in and not, not failing", Values{"kinds": []string{"text", "code"}}, nil},
		{"same address, written differently", Values{"contact": "Team@Example.org", "reports": "team@example.ORG"}, []string{"same-contact"}},
		{"different addresses", Values{"contact": "team@example.org", "reports": "conduct@example.org"}, nil},
		{"same host, matching", Values{"site": "https://Forge.example/p", "form": "https://forge.example/q/issues/"}, []string{"public-form"}},
		{"same host, excluded", Values{"site": "https://forge.example/p", "form": "https://forge.example/p/issues?private=1"}, nil},
		{"other host", Values{"site": "https://forge.example/p", "form": "https://bugs.example/issues"}, nil},
		{"languages, French missing", Values{"mode": "closed", "closed.reason": "x", LanguagesKey: []textfmt.Lang{textfmt.EN}}, []string{"closed-not-in-french"}},
		{"languages, French among them", Values{"mode": "closed", "closed.reason": "x", LanguagesKey: []textfmt.Lang{textfmt.EN, textfmt.FR}}, nil},
		{"languages not set: every language", Values{"mode": "closed", "closed.reason": "x"}, nil},
		{"linked to a charter", Values{"mode": "closed", "closed.reason": "x", CharterKey: "charter.yaml"}, []string{"closed-in-linked"}},
		{"standing alone", Values{"mode": "closed", "closed.reason": "x", CharterKey: ""}, nil},
		{"begins with the country", Values{"country": "BE", "vat": "be 0123.456.789"}, nil},
		{"begins with another country", Values{"country": "BE", "vat": "FR11 123456782"}, []string{"vat-of-another-country"}},
		{"country the rule leaves out", Values{"country": "DE", "vat": "FR11 123456782"}, nil},
		{"empty: the answer not given", Values{"country": "DE"}, []string{"foreign-without-vat"}},
		{"empty: the answer given", Values{"country": "DE", "vat": "DE123456789"}, nil},
		{"empty: the other test failing", Values{"country": "FR"}, nil},
		{"empty: nothing given", Values{"vat": ""}, nil},
		{"unless: an answer given spares", Values{"mode": "closed", "closed.reason": "x"}, nil},
		{"unless: an answer not given matches nothing", Values{"mode": "closed"}, []string{"closed-unexplained"}},
	}
	for _, c := range cases {
		vals := Values{}
		for k, v := range base {
			vals[k] = v
		}
		for k, v := range c.vals {
			vals[k] = v
		}
		if got := brokenRules(q, vals); !slices.Equal(got, c.want) {
			t.Errorf("%s: broken %v, want %v", c.name, got, c.want)
		}
	}
}

func TestRuleProblems(t *testing.T) {
	q := load(t, ruleSample)
	problems := q.Check(q.Resolve(Values{"months": 9, "date": date("2020-01-01")}), day)
	var keys []string
	for _, p := range problems {
		keys = append(keys, p.Key)
		if p.Msg.ID != "value.rule" {
			t.Errorf("%s: message %s", p.Key, p.Msg.ID)
		}
		if want := p.Rule.ID == "past"; p.Warning() != want {
			t.Errorf("%s: warning = %v", p.Rule.ID, p.Warning())
		}
	}
	slices.Sort(keys)
	if want := []string{"cap", "date", "months"}; !slices.Equal(keys, want) {
		t.Errorf("problems under %v, want one under each field of the broken rules, %v", keys, want)
	}
	// Reasons are typeset like every text of the questionnaire.
	if got := q.Rules[0].Reason.In("fr"); got != "déjà passée\u00a0: changez-la" {
		t.Errorf("French reason = %q", got)
	}
}

func TestLoadRejectsIncoherentRules(t *testing.T) {
	cases := map[string][2]string{
		"unknown severity":         {"severity: warning\n    when: {date", "severity: notice\n    when: {date"},
		"duplicate id":             {"id: ends-before-start", "id: past"},
		"invalid id":               {"id: over-cap", "id: Over cap"},
		"missing French reason":    {"reason: {en: ends first, fr: finit avant}", "reason: {en: ends first}"},
		"unknown answer":           {"when: {cap: {less_than: months}}", "when: {cap: {less_than: month}}"},
		"list field":               {"when: {date: {before: start}}", "when: {closed.reason: {before: start}}"},
		"unknown test":             {"{before: today}", "{earlier: today}"},
		"test on the wrong type":   {"when: {cap: {less_than: months}}", "when: {cap: {before: months}}"},
		"operand of another type":  {"when: {reports: {same_as: contact}}", "when: {reports: {same_as: site}}"},
		"bad value":                {"mode: {not: closed}", "mode: {not: shut}"},
		"bad option":               {"kinds: [data, text]", "kinds: [data, texts]"},
		"bad regular expression":   {"matches: '/issues/?$'", "matches: '/issues(/?$'"},
		"field the rule not reads": {"fields: [kinds]", "fields: [name]"},
		"no test":                  {"when: {date: {before: today}}", "when: {date: {}}"},
		"no fields":                {"fields: [reports]", "fields: []"},
		"null test":                {"kinds: [data, text]", "kinds:"},
		"empty value":              {"kinds: [data, text]", "kinds: [data, '']"},
		"unknown language":         {"languages: {not: fr}", "languages: {not: de}"},
		"languages matched":        {"languages: {not: fr}", "languages: {matches: fr}"},
		"languages as a field":     {"fields: [mode]\n    reason: {en: say", "fields: [mode, languages]\n    reason: {en: say"},
		"linked tested by a value": {"linked: true", "linked: sometimes"},
		"linked matched":           {"linked: true", "linked: {matches: t}"},
		"linked as a field":        {"fields: [mode]\n    reason: {en: the charter", "fields: [mode, linked]\n    reason: {en: the charter"},
		"prefix of a number":       {"vat: {not_starts_with: country}", "vat: {not_starts_with: months}"},
		"prefix of an address":     {"vat: {not_starts_with: country}", "site: {not_starts_with: country}"},
		"suggested bad value":      {"- {mode: open}", "- {mode: shut}"},
		"suggested unknown answer": {"- {mode: open}", "- {moda: open}"},
		"empty suggestion":         {"- {mode: open}", "- {}"},
	}
	for name, c := range cases {
		src := strings.Replace(ruleSample, c[0], c[1], 1)
		if src == ruleSample {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if _, err := Load([]byte(src)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
