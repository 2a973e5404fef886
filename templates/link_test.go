package templates

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/locales"
)

// A user who does what the messages say, and nothing else, turns a policy
// and a charter that disagree into a pair that validates and generates:
// every message about the link leads somewhere, and none sends the user
// back where they came from.
func TestLinkMessagesLeadToAValidPair(t *testing.T) {
	c, _ := Lookup("charter")
	k, _ := Lookup("contribution")
	for _, tc := range []struct {
		name            string
		charter, policy questionnaire.Values
	}{
		{"a software and data commons, the documentation licence answered in the policy",
			questionnaire.Values{"commons.resources": []string{"software", "data"}},
			questionnaire.Values{"project.docs_licence": "CC-BY-4.0"}},
		{"data welcomed and licensed in the policy, none in the charter",
			questionnaire.Values{"commons.resources": []string{"software"}},
			questionnaire.Values{"contributions.types": []string{"code", "data"}, "licences.data": "ODbL-1.0"}},
		{"code welcomed, no software in the charter",
			questionnaire.Values{"commons.resources": []string{"data", "content"}},
			questionnaire.Values{}},
		{"a contributor licence agreement, no legal entity in the charter",
			questionnaire.Values{"legal.vehicle": "none"},
			questionnaire.Values{"inbound": "cla"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			charter := c.Examples()
			for key, v := range tc.charter {
				charter[key] = v
			}
			delete(charter, "legal.entity_name") // given back only if a message asks for it
			policy := k.Examples()
			for _, qq := range k.Questionnaire.Linked() {
				delete(policy, qq.Key)
			}
			for key, v := range tc.policy {
				policy[key] = v
			}
			policy.SetCharter("charter.yaml")
			path := filepath.Join(dir, "policy.yaml")
			var f *answers.File
			for step := 0; ; step++ {
				write(t, c, charter, filepath.Join(dir, "charter.yaml"))
				data := write(t, k, policy, path)
				var issues []answers.Issue
				f, issues = answers.ParseFile(path, data, Registry)
				if len(issues) == 0 {
					break
				}
				if step == 5 {
					t.Fatalf("still refused after %d steps: %s", step, words(issues))
				}
				t.Logf("step %d:%s", step, words(issues))
				for _, i := range issues {
					follow(t, i, c.Questionnaire, k.Questionnaire, charter, policy)
				}
			}
			for _, l := range textfmt.All {
				if _, err := k.Assemble(f.Values, l, Final); err != nil {
					t.Errorf("the policy does not generate in %s: %v", l, err)
				}
				if _, err := c.Assemble(charter, l, Final); err != nil {
					t.Errorf("the charter does not generate in %s: %v", l, err)
				}
			}
		})
	}
}

// follow does what a problem of a linked policy tells the user to do: it
// removes an answer the charter gives, ticks or chooses in the charter
// the option the message names, or gives an answer that is missing.
func follow(t *testing.T, i answers.Issue, charterQ, policyQ *questionnaire.Questionnaire, charter, policy questionnaire.Values) {
	t.Helper()
	m := i.Msg
	if key, ok := m.Data["CauseKey"].(string); ok {
		values := m.Data["Values"].([]string)
		qq, _ := charterQ.Question(key)
		if qq.Type == questionnaire.TypeMulti {
			old, _ := charter[key].([]string)
			charter[key] = append(slices.Clone(old), values[0])
		} else {
			charter[key] = values[0]
		}
		if m.ID == "link.answered_not_applicable" || m.ID == "link.answered_not_ticked" {
			delete(policy, i.Key)
		}
		return
	}
	switch {
	case m.ID == "link.answered":
		delete(policy, i.Key)
	case m.ID == "value.required" && i.Charter:
		qq, _ := charterQ.Question(i.Key)
		charter[i.Key] = Example(qq)
	case m.ID == "value.required":
		qq, _ := policyQ.Question(i.Key)
		policy[i.Key] = Example(qq)
	default:
		t.Fatalf("no way to follow: %s", words([]answers.Issue{i}))
	}
}

func write(t *testing.T, k *Kind, vals questionnaire.Values, path string) []byte {
	t.Helper()
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return data
}

func words(issues []answers.Issue) string {
	var s string
	for _, i := range issues {
		s += "\n" + i.Key + ": " + locales.For(textfmt.EN).Message(i.Msg)
	}
	return s
}
