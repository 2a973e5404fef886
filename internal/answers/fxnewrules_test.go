package answers_test

import (
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// Rules added with the price notice, the public body's SIREN number and
// adopting act, and the agreement of a charter without a legal person:
// each breaks for answers that contradict each other.
func init() {
	ruleCases = append(ruleCases, []struct {
		kind    string
		answers map[string]string
		want    []string
		warning bool
		also    []string
	}{
		// Paying users would learn of a cut in their rate limits later
		// than free users of a breaking change.
		{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "change.notice_months": "6", "pricing.increase_notice_months": "3"},
			[]string{"price-notice-shorter-than-change-notice"}, false, []string{"data-act-switching"}},
		// A French public body is identified by its SIREN number, and its
		// charter by the number and date of the act that adopts it.
		{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Université de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
			"legal.public_form": "university", "legal.registration": ""}, []string{"french-public-body-without-siren"}, true, nil},
		{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
			"legal.adopting_act_number": ""}, []string{"public-body-adopting-act-missing"}, true, nil},
		{"charter", map[string]string{"legal.vehicle": "public-body", "standards.public_frameworks": "true", "economy.funding": "donations,grants", "legal.entity_name": "Ville de Sentiers", "exit.devolution": "public-body", "licences.content": "etalab-2.0",
			"legal.adopting_act_date": ""}, []string{"public-body-adopting-act-date-missing"}, true, nil},
	}...)
	linkedRuleCases = append(linkedRuleCases, []struct {
		kind    string
		answers map[string]string
		want    []string
	}{
		// An agreement needs a licensee that can hold the rights, which
		// an undeclared association cannot.
		{"contribution", map[string]string{"inbound": "cla", "agreement.url": "https://example.org/cla", "charter:legal.vehicle": "none",
			"charter:economy.funding": "services", "charter:membership.classes": "individuals,companies"},
			[]string{"agreement-without-legal-person"}},
	}...)
}

// Linked to a charter without a legal person, an agreement is refused at
// the answer that chooses it, with the reason and the way forward.
func TestAgreementWithoutLegalPersonMessage(t *testing.T) {
	f, _ := linkedExample(t, "contribution", map[string]string{"inbound": "fla", "agreement.url": "https://example.org/fla",
		"charter:legal.vehicle": "de-facto-association", "charter:economy.funding": "services", "charter:membership.classes": "individuals,companies"})
	var found bool
	for _, i := range f.Check(today) {
		if i.Rule == nil || i.Rule.ID != "agreement-without-legal-person" {
			continue
		}
		found = true
		if i.Key != "inbound" || i.Warning() {
			t.Errorf("reported at %s, warning %v; want an error at inbound", i.Key, i.Warning())
		}
		reason, _ := i.Msg.Data["Reason"].(questionnaire.Text)
		if !strings.Contains(reason.In(textfmt.EN), "only a person can hold rights") || !strings.Contains(reason.In(textfmt.EN), "Developer Certificate of Origin") {
			t.Errorf("reason %q gives neither the legal reason nor the way forward", reason.In(textfmt.EN))
		}
	}
	if !found {
		t.Error("an agreement with a charter without a legal person breaks no rule")
	}
}
