package answers_test

// Review L-22: the operator of the forge named in the answers is that of
// another known forge than the one hosting the repository. The rule
// holds only for a known host and a known operator of another forge: an
// unknown operator, or the right one however written, breaks nothing.
func init() {
	type c = struct {
		kind    string
		answers map[string]string
		want    []string
		warning bool
		also    []string
	}
	ruleCases = append(ruleCases, []c{
		{"contribution", map[string]string{"project.repository_url": "https://gitlab.com/sentiers/sentiers", "privacy.forge_operator": "GitHub, Inc."}, []string{"forge-operator-not-gitlab"}, true, nil},
		{"contribution", map[string]string{"project.repository_url": "https://github.com/sentiers/sentiers", "privacy.forge_operator": "GitLab Inc."}, []string{"forge-operator-not-github"}, true, nil},
		{"contribution", map[string]string{"project.repository_url": "https://codeberg.org/sentiers/sentiers", "privacy.forge_operator": "Framasoft", "privacy.transfer": "eea"}, []string{"forge-operator-not-codeberg"}, true, nil},
		{"contribution", map[string]string{"project.repository_url": "https://bitbucket.org/sentiers/sentiers", "privacy.forge_operator": "GitHub, Inc."}, []string{"forge-operator-not-bitbucket"}, true, nil},
		{"contribution", map[string]string{"project.repository_url": "https://framagit.org/sentiers/sentiers", "privacy.forge_operator": "Codeberg e.V.", "privacy.transfer": "eea"}, []string{"forge-operator-not-framagit"}, true, nil},
		{"contribution", map[string]string{"project.repository_url": "https://git.sr.ht/~sentiers/sentiers", "privacy.forge_operator": "GitLab Inc."}, []string{"forge-operator-not-sourcehut"}, true, nil},
	}...)
	consistentCases = append(consistentCases, []struct {
		kind    string
		answers map[string]string
	}{
		{"contribution", map[string]string{"project.repository_url": "https://github.com/sentiers/sentiers", "privacy.forge_operator": "GitHub, Inc."}},
		{"contribution", map[string]string{"project.repository_url": "https://bitbucket.org/sentiers/sentiers", "privacy.forge_operator": "Atlassian US, Inc."}},
		{"contribution", map[string]string{"project.repository_url": "https://gitlab.com/sentiers/sentiers", "privacy.forge_operator": "Hébergeur Inconnu SA"}},
		{"contribution", map[string]string{"project.repository_url": "https://forge.sentiers.example/sentiers", "privacy.forge_operator": "GitHub, Inc."}},
	}...)
}
