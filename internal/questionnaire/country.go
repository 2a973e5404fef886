package questionnaire

import (
	"strings"

	"apitos/internal/textfmt"
)

// convertCountry accepts the code of a jurisdiction whose law the
// documents can name. It explains a country whose law differs from one
// state or province to another, and recognises a country written by name.
func convertCountry(s string) (any, *Message) {
	if c, ok := textfmt.LookupCountry(s); ok {
		return c.Code, nil
	}
	if subs := textfmt.Subdivisions(s); len(subs) > 0 {
		codes := make([]string, len(subs))
		for i, c := range subs {
			codes[i] = c.Code
		}
		country := strings.ToUpper(strings.TrimSpace(s))
		names := Text{}
		for _, l := range textfmt.All {
			names[l] = textfmt.CountryName(country, l)
		}
		return nil, msg("value.country_federal", "Value", country, "Country", names, "Codes", strings.Join(codes, ", "))
	}
	if c, ok := textfmt.FindCountry(s); ok {
		labels := Text{}
		for _, l := range textfmt.All {
			labels[l] = c.Label(l)
		}
		return nil, msg("value.country_suggest", "Value", s, "Suggestion", c.Code, "Country", labels)
	}
	return nil, msg("value.country", "Value", s)
}
