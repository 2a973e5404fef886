package templates

import (
	"net/url"
	"strings"
)

// pullRequestHosts are forges, or words in the host of a self-hosted one,
// whose interface calls a proposed change a pull request (in French
// « demande d’ajout »): GitHub, Bitbucket, and the Gitea family that
// Codeberg runs (Forgejo). GitLab, and any forge not recognised, calls it
// a merge request (« demande de fusion »).
var pullRequestHosts = []string{"github", "codeberg", "gitea", "forgejo", "bitbucket"}

// pullRequests reports whether the forge at a repository's address calls
// proposed changes pull requests, so that the policy names them as the
// contributor sees them on that forge.
func pullRequests(v any) bool {
	var raw string
	switch v := v.(type) {
	case Link:
		raw = string(v)
	case string:
		raw = v
	default:
		return false // a Gap: the address is still missing
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range pullRequestHosts {
		for _, label := range strings.Split(host, ".") {
			if label == h {
				return true
			}
		}
	}
	return false
}
