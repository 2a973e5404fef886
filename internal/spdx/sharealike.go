package spdx

import (
	"regexp"
	"strings"
)

// shareAlikePattern matches the identifiers of the licences of works
// other than software whose adaptations must be shared under the same
// licence: the Creative Commons ShareAlike licences (CC-BY-SA-4.0,
// CC-BY-NC-SA-4.0, CC-SA-1.0…), the GNU Free Documentation Licence
// (GFDL-1.3-or-later…) and the Free Art Licence (LAL-1.3).
var shareAlikePattern = regexp.MustCompile(`(?i)(^|-)SA(-|$)|^GFDL-|^LAL-`)

// ShareAlike reports whether id names a content licence with a
// share-alike condition, as above. The copyleft of software licences
// (GPL, EUPL, CeCILL), of databases (ODbL) and of hardware (CERN-OHL-S)
// is not counted. This is the one test of the kind: the templates' shareAlike function
// and the questionnaires' share_alike rule test both read it.
func ShareAlike(id string) bool {
	return shareAlikePattern.MatchString(strings.TrimSpace(id))
}
