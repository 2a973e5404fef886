package templates

import (
	"regexp"
	"strings"

	"apitos/internal/spdx"
)

// dataShareAlike says which share-alike condition the open licence of the
// Data, given by its title and address, attaches to what a User derives
// from them: "database" for the ODbL, whose derivative databases publicly
// used must stay under it (sections 4.4 and 4.6), "data" for a content
// licence whose adaptations must (spdx.ShareAlike: CC BY-SA, CC BY-NC-SA,
// the Free Art Licence…), "" for none or an unknown licence. The terms
// then disclose that condition beside the permitted uses and in the
// summary (review RL-3).
func dataShareAlike(title, url string) string {
	if databaseOnly(title) || databaseOnly(url) {
		return "database"
	}
	if m := ccLicencePath.FindStringSubmatch(url); m != nil && spdx.ShareAlike("CC-"+strings.ToUpper(m[1])) {
		return "data"
	}
	// A word such as "BY-SA" or "GFDL-1.3"; a lone "SA" may be a company's
	// form (société anonyme), not a licence element.
	for _, f := range strings.Fields(licenceTokens.Replace(title)) {
		if strings.Contains(f, "-") && spdx.ShareAlike(f) {
			return "data"
		}
	}
	return ""
}

// ccLicencePath reads the licence elements of a Creative Commons address,
// such as "by-sa" in https://creativecommons.org/licenses/by-sa/4.0/.
var ccLicencePath = regexp.MustCompile(`(?i)creativecommons\.org/licenses/([a-z-]+)/`)

// licenceTokens turns a title such as "CC BY-SA 4.0 (Attribution-ShareAlike)"
// into identifier-like words.
var licenceTokens = strings.NewReplacer("(", " ", ")", " ", ",", " ", "–", "-", "ShareAlike", "SA", "Share-Alike", "SA")
