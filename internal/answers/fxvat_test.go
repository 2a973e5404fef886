package answers_test

// The VAT treatment of paid access is asked of every paid provider, a VAT
// number no longer standing for VAT charged: these answers break the
// rules that keep the treatment and the number consistent.
func init() {
	ruleCases = append(ruleCases, []struct {
		kind    string
		answers map[string]string
		want    []string
		warning bool
		also    []string
	}{
		{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "", "pricing.vat": "charged"},
			[]string{"vat-charged-without-number", "data-act-switching"}, true, nil},
		{"api-tos", map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "pricing.vat": "franchise"},
			[]string{"vat-franchise-with-number", "data-act-switching"}, true, nil},
		{"api-tos", withAmericanProvider(map[string]string{"pricing.model": "paid", "term.termination_notice_months": "18", "provider.vat_number": "EU372012345",
			"pricing.vat": "outside-eu", "personal_data.processed": "false"}),
			[]string{"vat-outside-eu-with-number"}, false, []string{"eu-representative-missing"}},
	}...)
}
