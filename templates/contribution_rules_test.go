package templates

import (
	"regexp"
	"strings"
	"testing"

	"apitos/internal/textfmt"
)

// assembleClause assembles the contribution policy with the examples
// changed by set, and returns the body of one clause.
func assembleClause(t *testing.T, set map[string]any, l textfmt.Lang, id string) string {
	t.Helper()
	k, _ := Lookup("contribution")
	vals := k.Examples()
	for key, v := range set {
		vals[key] = v
	}
	doc, err := k.Assemble(vals, l, Final)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := doc.Clause(id)
	if !ok {
		t.Fatalf("%v, %s: no clause %s", set, l, id)
	}
	return c.Body
}

// A transfer under an adequacy decision names the one decision it rests
// on (GDPR, Article 13(1)(f)), by its number, for each country offered.
func TestAdequacyNamesItsDecision(t *testing.T) {
	k, _ := Lookup("contribution")
	q, _ := k.Questionnaire.Question("privacy.transfer_country")
	number := regexp.MustCompile(`(19|20)\d\d/\d+/(CE|EC|UE|EU)|\(UE\) 20\d\d/\d+|\(EU\) 20\d\d/\d+`)
	seen := map[string]string{}
	for _, id := range q.OptionIDs() {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"privacy.transfer": "adequacy", "privacy.transfer_country": id}, l, "personal-data-recipients")
			body = strings.ReplaceAll(body, "\u00a0", " ")
			n := number.FindString(body)
			if n == "" || !strings.Contains(body, map[textfmt.Lang]string{textfmt.EN: "Article 45", textfmt.FR: "article 45"}[l]) {
				t.Fatalf("%s, %s: the adequacy decision is not named: %q", id, l, body)
			}
			if other, ok := seen[string(l)+n]; ok && other != id {
				t.Errorf("%s and %s cite the same decision %s", id, other, n)
			}
			seen[string(l)+n] = id
			if strings.Contains(body, " ou, aux États-Unis") || strings.Contains(body, " or, in the United States") {
				t.Errorf("%s, %s: the transfer ground is left as an alternative", id, l)
			}
		}
	}
}

// Courts are chosen only when the answers name them, and the choice
// yields to the mandatory rules of jurisdiction.
func TestJurisdictionOnlyWhenNamed(t *testing.T) {
	for _, city := range []string{"", "Luxembourg", "Amsterdam"} {
		for _, l := range textfmt.All {
			body := assembleClause(t, map[string]any{"jurisdiction": city}, l, "general-law")
			courts := map[textfmt.Lang]string{textfmt.EN: "courts of " + city, textfmt.FR: "juridictions " + textfmt.De(l, city)}[l]
			if got := strings.Contains(body, courts); got != (city != "") {
				t.Errorf("%q, %s: courts named=%v: %q", city, l, got, body)
			}
			if strings.Contains(body, "where they live") || strings.Contains(body, "là où ils résident") {
				t.Errorf("%s: mandatory law placed where authors live: %q", l, body)
			}
		}
	}
}

// A minor never gives an exclusive right for nothing (Civil Code,
// Article 387-2, 1°): under the routes that take one, individuals get the
// non-exclusive licence instead, and the clause that says so is referred
// to where minors are addressed.
func TestMinorsGrantOnlyANonExclusiveLicence(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, inbound := range []string{"inbound-outbound", "dco", "cla", "fla", "assignment"} {
		for _, allowed := range [][]string{nil, {"individuals"}, {"employees"}} {
			vals := k.Examples()
			vals["inbound"] = inbound
			vals["contributors.allowed"] = allowed
			for _, l := range textfmt.All {
				doc, err := k.Assemble(vals, l, Final)
				if err != nil {
					t.Fatal(err)
				}
				c, ok := doc.Clause("steward-minors")
				exclusive := inbound == "fla" || inbound == "assignment"
				individuals := len(allowed) == 0 || allowed[0] == "individuals"
				if ok != (exclusive && individuals) {
					t.Fatalf("%s %v, %s: minors clause present=%v", inbound, allowed, l, ok)
				}
				if !ok {
					continue
				}
				if !strings.Contains(c.Body, "387-2") || !strings.Contains(c.Body, map[textfmt.Lang]string{textfmt.EN: "non-exclusive", textfmt.FR: "non exclusive"}[l]) {
					t.Errorf("%s, %s: minors clause lacks its ground or its licence: %q", inbound, l, c.Body)
				}
				who, _ := doc.Clause("who-individuals")
				if !strings.Contains(who.Body, c.Number) {
					t.Errorf("%s, %s: the rule for minors does not refer to %s: %q", inbound, l, c.Number, who.Body)
				}
			}
		}
	}
}
