package templates

import (
	"net/url"
	"slices"
	"strings"

	"apitos/internal/textfmt"
)

// pullRequestHosts are forges, or words in the host of a self-hosted one,
// whose interface calls a proposed change a pull request: GitHub,
// Bitbucket, and the Gitea family that Codeberg runs (Forgejo). GitLab,
// and any forge not recognised, calls it a merge request. French says
// « demande de fusion » for both, the term of the French interfaces of
// GitLab and Forgejo, and recalls the forge's English name (RO-29).
var pullRequestHosts = []string{"github", "codeberg", "gitea", "forgejo", "bitbucket"}

// sharedForges are the public forges that host projects on their own
// terms; any other host runs a forge for the project, on its behalf.
var sharedForges = []string{"github.com", "gitlab.com", "codeberg.org", "bitbucket.org", "framagit.org", "sr.ht", "git.sr.ht", "sourceforge.net", "salsa.debian.org"}

// sharedForge reports whether a repository is hosted on a public forge
// rather than on one run for the project, whose operator then processes
// the contributors' data as a processor (GDPR, art. 28).
func sharedForge(v any) bool {
	host, known := forgeHost(v)
	return !known || slices.Contains(sharedForges, host)
}

// sameHost reports whether two addresses are on the same host, so that a
// reporting form at the first is one the forge of the repository at the
// second runs, such as a confidential issue, which the forge shows to the
// members of the project whose role gives access to it.
func sameHost(a, b any) bool {
	ha, ka := forgeHost(a)
	hb, kb := forgeHost(b)
	return ka && kb && ha != "" && ha == hb
}

// forgeHost is the host name, in lower case, of a repository's address;
// known is false when the address is missing (a Gap) or unreadable.
func forgeHost(v any) (host string, known bool) {
	raw, ok := addressText(v)
	if !ok {
		return "", false
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", false
	}
	return strings.ToLower(u.Hostname()), true
}

// addressText is the text of an address answer; false when it is missing
// (a Gap) or not an address.
func addressText(v any) (string, bool) {
	switch v := v.(type) {
	case Link:
		return string(v), true
	case string:
		return v, true
	}
	return "", false
}

// changeRequestTerms name a proposed change, singular and plural, by
// whether the forge calls it a pull request, in each language. A forge
// not recognised gets the name of the operation every forge performs, a
// merge.
var changeRequestTerms = map[bool]map[textfmt.Lang][2]string{
	true:  {textfmt.EN: {"pull request", "pull requests"}, textfmt.FR: {"demande de fusion", "demandes de fusion"}},
	false: {textfmt.EN: {"merge request", "merge requests"}, textfmt.FR: {"demande de fusion", "demandes de fusion"}},
}

// changeRequest is the name that the forge at a repository's address
// gives a proposed change, in l: the one place where the policy's term
// is chosen, so that every mention of it, in each language, is the same.
func changeRequest(l textfmt.Lang, repo any, plural bool) string {
	terms := changeRequestTerms[pullRequests(repo)][l]
	if plural {
		return terms[1]
	}
	return terms[0]
}

// pullRequests reports whether the forge at a repository's address calls
// proposed changes pull requests, so that the policy names them as the
// contributor sees them on that forge.
func pullRequests(v any) bool {
	host, _ := forgeHost(v)
	for _, h := range pullRequestHosts {
		if slices.Contains(strings.Split(host, "."), h) {
			return true
		}
	}
	return false
}

// audienceStats tells, for the public forges whose practice is known,
// whether the forge compiles audience statistics of a project and makes
// them available to it: GitHub shows those with push access the traffic
// of a repository (views, clones, referring sites); Codeberg, which runs
// Forgejo, gives repository owners no such statistics as far as is known
// (RO2-12).
var audienceStats = map[string]bool{"github.com": true, "codeberg.org": false}

// forgeStats is "yes" where the forge at a repository's address makes
// audience statistics of the project available to it, "no" where it
// does not, and "" where that is not known, so that the policy states a
// joint controllership for them only where the forge provides them, and
// on condition where it may.
func forgeStats(v any) string {
	host, _ := forgeHost(v)
	stats, known := audienceStats[host]
	switch {
	case !known:
		return ""
	case stats:
		return "yes"
	}
	return "no"
}
