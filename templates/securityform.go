package templates

import "strings"

// securityForm tells what kind of private reporting form an address opens
// on a forge, so that the policy says who can read a report sent through
// it: "confidential-issue" for a GitLab confidential issue, which every
// project member with the Reporter role or a higher one can read;
// "advisory" for a private vulnerability report (GitHub), which only the
// repository's administrators and security managers, and the persons they
// add to it, can read; "" for another form.
func securityForm(v any) string {
	var raw string
	switch v := v.(type) {
	case Link:
		raw = string(v)
	case string:
		raw = v
	default:
		return ""
	}
	raw = strings.ToLower(raw)
	switch {
	case strings.Contains(raw, "confidential"):
		return "confidential-issue"
	case strings.Contains(raw, "/security/advisories"):
		return "advisory"
	}
	return ""
}
