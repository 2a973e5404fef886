package templates

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// pairedPolicy writes the example charter with the answers given, and the
// example policy naming it with the policy answers given (the answers it
// takes from the charter left out), parses the policy as the command line
// does and assembles it in both languages, final. It returns the Markdown
// by language and the charter's resolved answers.
func pairedPolicy(t *testing.T, charterAnswers, policyAnswers questionnaire.Values) (map[textfmt.Lang]string, questionnaire.Values) {
	t.Helper()
	c, _ := Lookup("charter")
	k, _ := Lookup("contribution")
	dir := t.TempDir()
	charter := c.Examples()
	for key, v := range charterAnswers {
		charter[key] = v
	}
	policy := k.Examples()
	for _, qq := range k.Questionnaire.Linked() {
		delete(policy, qq.Key)
	}
	for key, v := range policyAnswers {
		policy[key] = v
	}
	policy.SetCharter("charter.yaml")
	write(t, c, charter, filepath.Join(dir, "charter.yaml"))
	path := filepath.Join(dir, "policy.yaml")
	f, issues := answers.ParseFile(path, write(t, k, policy, path), Registry)
	if len(issues) > 0 {
		t.Fatalf("the linked policy is refused:%s", words(issues))
	}
	out := map[textfmt.Lang]string{}
	for _, l := range textfmt.All {
		doc, err := k.Assemble(f.Values, l, Final)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		out[l] = string(markdown.Render(doc))
	}
	return out, c.Questionnaire.Resolve(charter)
}

// spdxInText finds the SPDX identifiers a policy prints as such: quoted
// as code, or after "SPDX-License-Identifier:".
var spdxInText = regexp.MustCompile("(?:`|SPDX-License-Identifier: )([A-Za-z0-9.+-]+-[0-9][A-Za-z0-9.+-]*|MIT|etalab-2\\.0)`?")

// SI-3: a commons whose resources hold no software links a policy that
// sets no licence for code and welcomes no code; every licence the policy
// prints is one the charter names for that kind of resource, in both
// languages.
func TestPolicyFollowsTheResourcesOfItsCharter(t *testing.T) {
	code := map[textfmt.Lang]string{textfmt.EN: "- **Code**, including the text of the interface", textfmt.FR: "- **Code**, y compris les textes de l’interface"}
	dataBullet := map[textfmt.Lang]string{textfmt.EN: "- **Data:** ", textfmt.FR: "- **Données :** "}
	summaryCode := map[textfmt.Lang]string{textfmt.EN: "**Licences:** code under", textfmt.FR: "**Licences :** code sous"}
	welcomeCode := map[textfmt.Lang]string{textfmt.EN: "whether code or not", textfmt.FR: "qu’il s’agisse de code ou non"}
	for _, tc := range []struct {
		name      string
		resources []string
		data      string // the charter's licence of data
		types     []string
		wantCode  bool
		wantData  bool
	}{
		{"content only, every kind welcomed", []string{"content"}, "", []string{}, false, false},
		{"content only, documentation and translation", []string{"content"}, "", []string{"documentation", "translation"}, false, false},
		{"data only, every kind welcomed", []string{"data"}, "etalab-2.0", []string{}, false, true},
		{"data and standards, data welcomed", []string{"data", "standard"}, "ODbL-1.0", []string{"data", "documentation"}, false, true},
		{"software and content", []string{"software", "content"}, "", []string{}, true, false},
		{"none ticked: the charter covers every kind", []string{}, "CC0-1.0", []string{}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := questionnaire.Values{"commons.resources": tc.resources, "licences.software": "MPL-2.0", "licences.content": "CC-BY-4.0"}
			if tc.data != "" {
				ch["licences.data"] = tc.data
			}
			md, resolved := pairedPolicy(t, ch, questionnaire.Values{"contributions.types": tc.types})
			allowed := []string{}
			for _, key := range []string{"licences.software", "licences.data", "licences.content", "licences.hardware"} {
				if v, ok := resolved[key].(string); ok && v != "" {
					allowed = append(allowed, v)
				}
			}
			if slices.Contains(allowed, "ODbL-1.0") {
				allowed = append(allowed, "DbCL-1.0") // the ODbL's own licence of contents
			}
			for _, l := range textfmt.All {
				text := md[l]
				if got := strings.Contains(text, textfmt.Typeset(l, code[l])); got != tc.wantCode {
					t.Errorf("%s: code licence printed=%v, want %v", l, got, tc.wantCode)
				}
				if got := strings.Contains(text, textfmt.Typeset(l, summaryCode[l])); got != tc.wantCode {
					t.Errorf("%s: code in the summary=%v, want %v", l, got, tc.wantCode)
				}
				if len(tc.types) == 0 {
					if got := strings.Contains(text, textfmt.Typeset(l, welcomeCode[l])); got != tc.wantCode {
						t.Errorf("%s: code welcomed=%v, want %v", l, got, tc.wantCode)
					}
				}
				if got := strings.Contains(text, textfmt.Typeset(l, dataBullet[l])); got != tc.wantData {
					t.Errorf("%s: data licence printed=%v, want %v", l, got, tc.wantData)
				}
				for _, m := range spdxInText.FindAllStringSubmatch(text, -1) {
					if !slices.Contains(allowed, m[1]) {
						t.Errorf("%s: the policy prints %s, which the charter does not name (%v)", l, m[1], allowed)
					}
				}
				if !strings.Contains(text, "`CC-BY-4.0`") {
					t.Errorf("%s: the charter's licence of content is not printed", l)
				}
				if tc.wantData && !strings.Contains(text, "`"+tc.data+"`") {
					t.Errorf("%s: the charter's licence of data %s is not printed", l, tc.data)
				}
			}
		})
	}
}

// A charter that ticks no resource sets licences for software and data:
// the policy's yes-or-no answers read from the charter say so.
func TestCharterTickingNoResourceCoversSoftwareAndData(t *testing.T) {
	k, _ := Lookup("contribution")
	for _, tc := range []struct {
		resources          []string
		software, data, hw bool
	}{
		{[]string{}, true, true, false},
		{[]string{"content"}, false, false, false},
		{[]string{"data", "hardware"}, false, true, true},
		{[]string{"software"}, true, false, false},
	} {
		got := k.Questionnaire.FromCharter(questionnaire.Values{"commons.resources": tc.resources})
		if got["project.software"] != tc.software || got["project.data"] != tc.data || got["project.hardware"] != tc.hw {
			t.Errorf("resources %v: software %v, data %v, hardware %v; want %v, %v, %v", tc.resources,
				got["project.software"], got["project.data"], got["project.hardware"], tc.software, tc.data, tc.hw)
		}
	}
}

// SI-2: glossaries and terminologies have a licence, the data licence
// when kept as a dataset in a project that has one, the documentation's
// otherwise, in both languages.
func TestGlossaryLicence(t *testing.T) {
	for _, tc := range []struct {
		resources []string
		want      map[textfmt.Lang]string
	}{
		{[]string{"content"}, map[textfmt.Lang]string{
			textfmt.EN: "A glossary or a terminology of the Project, its entries and their translations included, falls under the licence of the documentation.",
			textfmt.FR: "Un glossaire ou une terminologie du Projet, y compris ses entrées et leurs traductions, relève de la licence de la documentation.",
		}},
		{[]string{"data", "content"}, map[textfmt.Lang]string{
			textfmt.EN: "falls under the licence of data where it is kept as a dataset, one record per entry",
			textfmt.FR: "relève de la licence des données lorsqu’il est tenu sous forme de jeu de données, à raison d’un enregistrement par entrée",
		}},
	} {
		md, _ := pairedPolicy(t, questionnaire.Values{"commons.resources": tc.resources}, questionnaire.Values{"contributions.types": []string{}})
		for _, l := range textfmt.All {
			if !strings.Contains(md[l], textfmt.Typeset(l, tc.want[l])) {
				t.Errorf("resources %v, %s: no %q", tc.resources, l, tc.want[l])
			}
		}
	}
}
