package templates

import (
	"net/url"
	"slices"
	"strings"
)

// pullRequestHosts are forges, or words in the host of a self-hosted one,
// whose interface calls a proposed change a pull request (in French
// « demande d’ajout »): GitHub, Bitbucket, and the Gitea family that
// Codeberg runs (Forgejo). GitLab, and any forge not recognised, calls it
// a merge request (« demande de fusion »).
var pullRequestHosts = []string{"github", "codeberg", "gitea", "forgejo", "bitbucket"}

// sharedForges are the public forges that host projects on their own
// terms; any other host runs a forge for the project, on its behalf.
var sharedForges = []string{"github.com", "gitlab.com", "codeberg.org", "bitbucket.org", "framagit.org", "sr.ht", "git.sr.ht", "sourceforge.net", "salsa.debian.org"}

// sharedForge reports whether a repository is hosted on a public forge
// rather than on one run for the project, whose operator then processes
// the contributors' data as a processor (GDPR, art. 28).
func sharedForge(v any) bool {
	var raw string
	switch v := v.(type) {
	case Link:
		raw = string(v)
	case string:
		raw = v
	default:
		return true // a Gap: nothing is said of a forge not yet known
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return true
	}
	return slices.Contains(sharedForges, strings.ToLower(u.Hostname()))
}

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
