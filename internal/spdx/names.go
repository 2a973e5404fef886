package spdx

import (
	_ "embed"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"apitos/internal/textfmt"
)

// Licences are named in many ways ("GPLv3", "GNU GPL 3.0 or later",
// "Apache License 2.0", "CC BY-SA"), and a typo-distance between such a
// name and an identifier means nothing ("GPL3" is nearer "NGPL" than
// "GPL-3.0-only"). Suggest therefore reduces a name and every identifier
// to the same shape: the words that name the licence, in any order, its
// version numbers and whether later versions are allowed. A name then
// means the identifiers of the same shape.

//go:embed common.txt
var commonText string

// name is the shape of a licence name or identifier.
type name struct {
	words    string   // the naming words, sorted and joined by spaces
	versions []string // version numbers in order, without trailing ".0"
	later    int      // 1: "or later"; -1: "only"; 0: not said
}

// phrases turn the words people use into those of the identifiers
// ("GNU General Public License" into "gpl"). Each applies, in order, to
// the words of the name in lower case and without accents, so that a
// phrase may build on an earlier one ("lesser gpl").
var phrases = func() [][2][]string {
	pairs := []string{
		"gnu", "",
		"general public", "gpl", "publique generale", "gpl",
		"lesser gpl", "lgpl", "library gpl", "lgpl", "gpl amoindrie", "lgpl",
		"affero gpl", "agpl", "gpl affero", "agpl",
		"free documentation", "gfdl", "fdl", "gfdl",
		"mozilla public", "mpl",
		"european union public", "eupl", "publique de l union europeenne", "eupl",
		"creative commons", "cc",
		"attribution", "by", "paternite", "by",
		"sharealike", "sa", "share alike", "sa", "partage dans les memes conditions", "sa",
		"noncommercial", "nc", "non commercial", "nc", "pas d utilisation commerciale", "nc",
		"noderivatives", "nd", "noderivs", "nd", "no derivatives", "nd", "pas de modification", "nd",
		"licence ouverte", "etalab", "open licence", "etalab", "open license", "etalab",
		"open database", "odbl",
		"apache software", "apache", "asl", "apache",
		"expat", "mit",
		"new bsd", "bsd 3", "modified bsd", "bsd 3", "revised bsd", "bsd 3",
		"simplified bsd", "bsd 2", "freebsd", "bsd 2",
		"public domain dedication", "cc0", "cc zero", "cc0",
	}
	var out [][2][]string
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, [2][]string{strings.Fields(pairs[i]), strings.Fields(pairs[i+1])})
	}
	return out
}()

// rephrase applies the phrases to words.
func rephrase(words []string) []string {
	for _, p := range phrases {
		from, to := p[0], p[1]
		var out []string
		for i := 0; i < len(words); {
			if i+len(from) <= len(words) && slices.Equal(words[i:i+len(from)], from) {
				out = append(out, to...)
				i += len(from)
				continue
			}
			out = append(out, words[i])
			i++
		}
		words = out
	}
	return words
}

// noise are words that name no licence in particular.
var noise = map[string]bool{
	"license": true, "licence": true, "licenses": true, "licences": true, "licensed": true,
	"version": true, "v": true, "the": true, "la": true, "le": true, "de": true,
	"international": true, "unported": true, "generic": true, "clause": true, "clauses": true,
	"spdx": true,
}

// laterPhrases say that later versions are allowed, onlyPhrases that they
// are not; both are read before punctuation is dropped.
var (
	laterPhrases = regexp.MustCompile(`\+|\bor[- ]later\b|\bor any later( version)?\b|\band later\b|\bou (toute version )?ulterieure\b|\bou plus recente\b`)
	onlyPhrases  = regexp.MustCompile(`\bonly\b|\bseulement\b|\buniquement\b`)
	number       = regexp.MustCompile(`^[0-9]+(\.[0-9]+)*$`)
	// letterDigit finds a word glued to its version ("gpl3", "gplv3",
	// "eupl1.2"); "cc0" stays whole, since its 0 is part of its name.
	letterDigit = regexp.MustCompile(`^([a-z]+?)v?([0-9]+(\.[0-9]+)*)$`)
)

func parse(s string) name {
	s = " " + textfmt.Fold(s) + " "
	var n name
	if laterPhrases.MatchString(s) {
		n.later = 1
		s = laterPhrases.ReplaceAllString(s, " ")
	} else if onlyPhrases.MatchString(s) {
		n.later = -1
		s = onlyPhrases.ReplaceAllString(s, " ")
	}
	var tokens []string
	for _, t := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.')
	}) {
		t = strings.Trim(t, ".")
		if m := letterDigit.FindStringSubmatch(t); m != nil && m[2] != "0" {
			tokens = append(tokens, m[1], m[2])
		} else if t != "" {
			tokens = append(tokens, t)
		}
	}
	var words []string
	for _, t := range rephrase(tokens) {
		switch {
		case noise[t]:
		case number.MatchString(t):
			n.versions = append(n.versions, trimZeros(t))
		default:
			words = append(words, t)
		}
	}
	sort.Strings(words)
	n.words = strings.Join(words, " ")
	return n
}

// trimZeros writes a version without its trailing ".0": 3.0 and 3 are
// the same version, 2.1 stays.
func trimZeros(v string) string {
	for strings.HasSuffix(v, ".0") {
		v = strings.TrimSuffix(v, ".0")
	}
	return v
}

// means reports whether a licence name of shape want can mean the
// identifier of shape id.
func (want name) means(id name) bool {
	if want.words != id.words {
		return false
	}
	if want.versions != nil {
		if len(want.versions) != len(id.versions) {
			return false
		}
		for i, v := range want.versions {
			if id.versions[i] != v && !strings.HasPrefix(id.versions[i], v+".") {
				return false
			}
		}
	}
	return want.later == 0 || id.later == 0 || want.later == id.later
}

var (
	shapesOnce sync.Once
	shapes     []name // of IDs(), in the same order
	common     map[string]bool
)

func loadShapes() {
	once.Do(load)
	for _, id := range all {
		shapes = append(shapes, parse(id))
	}
	common = map[string]bool{}
	for _, id := range strings.Fields(commonText) {
		common[id] = true
	}
}

// maxSuggestions bounds a choice: beyond it, a list helps no one.
const maxSuggestions = 4

// Suggest returns the identifiers that a licence name written as people
// write it can mean ("GPLv3" may mean GPL-3.0-only or GPL-3.0-or-later,
// "Apache 2" means Apache-2.0), latest version first; none when the name
// is no licence it knows. When the name gives no version, the licences in
// common use are preferred among those it can mean ("BSD" is
// BSD-3-Clause or BSD-2-Clause, not the four-clause licence).
func Suggest(s string) []string {
	shapesOnce.Do(loadShapes)
	want := parse(s)
	if want.words == "" {
		return nil
	}
	type match struct {
		id   string
		name name
	}
	var found []match
	for i, id := range all {
		if want.means(shapes[i]) {
			found = append(found, match{id, shapes[i]})
		}
	}
	if len(found) > 1 && want.versions == nil {
		usual := slices.DeleteFunc(slices.Clone(found), func(m match) bool { return !common[m.id] })
		if len(usual) > 0 {
			found = usual
		}
	}
	// The version written comes first ("CeCILL 2": 2.0, then 2.1), then
	// the latest, and the "only" form before the "or later" one.
	sort.SliceStable(found, func(i, j int) bool {
		ei, ej := slices.Equal(found[i].name.versions, want.versions), slices.Equal(found[j].name.versions, want.versions)
		if ei != ej {
			return ei
		}
		if c := compareVersions(found[i].name.versions, found[j].name.versions); c != 0 {
			return c > 0
		}
		return found[i].name.later < found[j].name.later // "only" first
	})
	var out []string
	for _, m := range found {
		out = append(out, m.id)
	}
	if len(out) > maxSuggestions {
		out = out[:maxSuggestions]
	}
	return out
}

// compareVersions orders version lists number by number.
func compareVersions(a, b []string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		pa, pb := strings.Split(a[i], "."), strings.Split(b[i], ".")
		for j := 0; j < len(pa) || j < len(pb); j++ {
			x, y := part(pa, j), part(pb, j)
			if x != y {
				return x - y
			}
		}
	}
	return len(a) - len(b)
}

func part(parts []string, i int) int {
	if i >= len(parts) {
		return 0
	}
	n := 0
	for _, r := range parts[i] {
		n = n*10 + int(r-'0')
	}
	return n
}

// OnlyOrLater reports whether ids are the two forms of one licence
// version, "X-only" and "X-or-later", in that order: the choice is then
// whether later versions are allowed.
func OnlyOrLater(ids []string) (only, later string, ok bool) {
	if len(ids) != 2 || !strings.HasSuffix(ids[0], "-only") {
		return "", "", false
	}
	base := strings.TrimSuffix(ids[0], "-only")
	if ids[1] != base+"-or-later" {
		return "", "", false
	}
	return ids[0], ids[1], true
}
