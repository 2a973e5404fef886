package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"apitos/internal/answers"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// charterFile writes the example answers of a charter in dir, with its
// software licence, dated after any earlier version of the file.
func charterFile(t *testing.T, dir, software string) string {
	t.Helper()
	k, _ := templates.Lookup("charter")
	vals := k.Examples()
	vals.SetLangs(textfmt.All)
	vals["licences.software"] = software
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "charter.yaml")
	os.WriteFile(path, data, 0o644)
	later := time.Now().Add(time.Hour * time.Duration(len(software)))
	os.Chtimes(path, later, later)
	return path
}

// A session linked to a charter takes its answers, writes the link
// relative to wherever it is saved (absolute while it is not), follows
// the charter when its file changes, and keeps its answers when
// unlinked; a recovered autosave finds its charter again.
func TestSessionLinkedToItsCharter(t *testing.T) {
	dir := t.TempDir()
	charter := charterFile(t, dir, "MPL-2.0")
	k, _ := templates.Lookup("contribution")
	s := New(k, textfmt.All)
	s.SetText("project.licence", "MIT") // typed before the link: the charter's answer wins
	if m := s.LinkCharter(filepath.Join(dir, "policy.yaml")); m == nil || m.ID != "link.no_file" {
		t.Fatalf("linking a file that does not exist: %+v", m)
	}
	if m := s.LinkCharter(charter); m != nil || !s.Dirty() {
		t.Fatalf("linking the charter: %+v", m)
	}
	if v := s.Values()["project.licence"]; v != "MPL-2.0" {
		t.Errorf("licence %v, want the charter's", v)
	}
	for _, p := range s.Problems() {
		if s.Linked(p.Key) {
			t.Errorf("%s: %s although the charter answers it", p.Key, p.Msg.ID)
		}
	}

	untitled, _ := s.Encode("", textfmt.EN, nil)
	if !strings.Contains(string(untitled), "\ncharter: "+charter+"\n") {
		t.Errorf("an unsaved policy does not name its charter by its full path:\n%s", untitled)
	}
	recovered, _, err := Open("", untitled, textfmt.EN)
	if err != nil || recovered.Values()["project.licence"] != "MPL-2.0" {
		t.Errorf("recovered answers lost their charter: %v", err)
	}
	for _, c := range []struct{ path, ref string }{
		{filepath.Join(dir, "policy.yaml"), "charter.yaml"},
		{filepath.Join(dir, "docs", "policy.yaml"), "../charter.yaml"},
	} {
		data, _ := s.Encode(c.path, textfmt.EN, nil)
		if !strings.Contains(string(data), "\ncharter: "+c.ref+"\n") || strings.Contains(string(data), "licence: MPL-2.0") {
			t.Errorf("saved as %s:\n%s", c.path, data)
		}
		os.MkdirAll(filepath.Dir(c.path), 0o755)
		os.WriteFile(c.path, data, 0o644)
		o, _, err := Open(c.path, data, textfmt.EN)
		if err != nil || o.Charter() == nil || o.Values()["project.licence"] != "MPL-2.0" {
			t.Errorf("reopened from %s: %v", c.path, err)
		}
	}
	s.Saved(filepath.Join(dir, "policy.yaml"))
	if s.Charter().Ref != "charter.yaml" {
		t.Errorf("after saving, the charter is %q", s.Charter().Ref)
	}

	if s.RefreshCharter() {
		t.Error("the charter was read again although its file did not change")
	}
	charterFile(t, dir, "AGPL-3.0-or-later")
	if !s.RefreshCharter() || s.Values()["project.licence"] != "AGPL-3.0-or-later" {
		t.Errorf("the charter's new licence is not followed: %v", s.Values()["project.licence"])
	}

	s.Unlink()
	if s.Charter() != nil || s.Text("project.licence") != "AGPL-3.0-or-later" || s.Text("project.name") != "Sentiers en commun" {
		t.Errorf("after unlinking: licence %q, name %q", s.Text("project.licence"), s.Text("project.name"))
	}
	if data, _ := s.Encode(s.Path, textfmt.EN, nil); strings.Contains(string(data), "\ncharter:") {
		t.Error("an unlinked policy still names its charter")
	}
}
