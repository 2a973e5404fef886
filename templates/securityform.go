package templates

import "strings"

// securityForm tells what kind of private reporting form an address opens
// on a forge, so that the policy says who can read a report sent through
// it: "confidential-issue" for a GitLab confidential issue, which the
// project members whose role gives access to confidential issues (since
// GitLab 17.7 the Planner role as well as Reporter and higher roles), its
// assignees and the forge's administrators can read;
// "advisory" for a private vulnerability report (GitHub), which only the
// repository's administrators and security managers, and the persons they
// add to it, can read; "" for another form.
func securityForm(v any) string {
	raw, ok := addressText(v)
	if !ok {
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
