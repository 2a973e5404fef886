package templates

import (
	"slices"
	"strings"
	"testing"

	"apitos/internal/questionnaire"
	"apitos/internal/spdx"
	"apitos/internal/textfmt"
)

// fxmiscOfferedLicences lists every licence a licence question of any
// kind offers, with the content licences of the charter first.
func fxmiscOfferedLicences(t *testing.T) (content, all []string) {
	for _, k := range All() {
		for _, q := range k.Questionnaire.Questions() {
			if q.Type != questionnaire.TypeLicence {
				continue
			}
			for _, o := range q.Options {
				if k.ID == "charter" && q.Key == "licences.content" {
					content = append(content, o.ID)
				}
				if !slices.Contains(all, o.ID) {
					all = append(all, o.ID)
				}
			}
		}
	}
	if len(content) == 0 || len(all) < 15 {
		t.Fatalf("only %d content licences and %d licences offered", len(content), len(all))
	}
	return content, all
}

// One test says whether a licence is share-alike (spdx.ShareAlike): the
// charter's text, which names the share-alike condition of the content
// licence, and its rule standard-share-alike-content, which warns of it
// on specifications, both read it, for every licence the questionnaires
// offer and for the share-alike licences they do not.
func TestFxmiscShareAlikeOneTest(t *testing.T) {
	content, all := fxmiscOfferedLicences(t)
	extra := []string{"GFDL-1.3-or-later", "LAL-1.3", "CC-BY-NC-SA-4.0", "CC-BY-3.0"}
	k, _ := Lookup("charter")
	base := clone(exampleValues(t, k))
	for kk, vv := range fxrcHost() {
		base[kk] = vv
	}
	sawSA, sawOther := false, false
	for _, id := range append(slices.Clone(all), extra...) {
		want := spdx.ShareAlike(id)
		sawSA, sawOther = sawSA || want, sawOther || !want
		if got := shareAlike(id); got != want {
			t.Errorf("%s: template shareAlike %v, spdx.ShareAlike %v", id, got, want)
		}
		v := clone(base)
		v["licences.content"] = id
		if got := slices.Contains(brokenRules(k, v), "standard-share-alike-content"); got != want {
			t.Errorf("%s: share-alike warning %v, want %v", id, got, want)
		}
	}
	if !sawSA || !sawOther {
		t.Error("the licences tested are not both share-alike and not")
	}
	// The text says so, in both languages, for each content licence
	// offered and for the other share-alike families.
	sa := [2]string{"including its share-alike condition for what adapts them", "y compris sa clause de partage dans les mêmes conditions pour ce qui les adapte"}
	for _, id := range append(content, extra[:2]...) {
		set := fxWith(fxrcHost(), "licences.content", id)
		for li, l := range textfmt.All {
			body := clausePlain(charterDoc(t, set, l), "standards-royalty-free")
			if got := strings.Contains(body, sa[li]); got != spdx.ShareAlike(id) {
				t.Errorf("%s %s: share-alike condition named %v, want %v", id, l, got, spdx.ShareAlike(id))
			}
		}
	}
}
