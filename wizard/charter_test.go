package wizard

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// writeCharter writes the example answers of a charter at path, with
// some answers changed.
func writeCharter(t *testing.T, path string, changes questionnaire.Values) {
	t.Helper()
	k, _ := templates.Lookup("charter")
	vals := k.Examples()
	vals.SetLangs(textfmt.All)
	for key, v := range changes {
		vals[key] = v
	}
	data, err := answers.Encode(k.Questionnaire, vals, textfmt.EN, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// A later time than the file had, whatever the file system's
	// resolution, so that a change is seen as one.
	later := time.Now().Add(time.Duration(len(changes)+1) * time.Minute)
	os.Chtimes(path, later, later)
}

// lineIn is the number of the first line of the file at path that starts
// with prefix.
func lineIn(t *testing.T, path, prefix string) int {
	t.Helper()
	data, _ := os.ReadFile(path)
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("%s has no line starting with %q", path, prefix)
	return 0
}

// stepOf shows the step that asks key.
func stepOf(t *testing.T, w *Wizard, key string) *field {
	t.Helper()
	for i, g := range w.ed.groups {
		for _, qq := range g.Questions {
			if qq.Key == key {
				w.ed.show(i)
				if f := w.ed.fields[key]; f != nil {
					return f
				}
				t.Fatalf("%s is not shown on its step", key)
			}
		}
	}
	t.Fatalf("no step asks %s", key)
	return nil
}

// A contribution policy started from its charter, chosen in Fyne's file
// dialog, shows the answers the charter gives read-only with their
// source, saves the link relative to its own file, follows the charter
// when its file changes, and keeps the answers when it is unlinked.
func TestPolicyFromItsCharter(t *testing.T) {
	dir := t.TempDir()
	charter := filepath.Join(dir, "charter.yaml")
	writeCharter(t, charter, questionnaire.Values{"licences.software": "MPL-2.0"})
	w := newTestWizard(t, t.TempDir(), textfmt.EN)
	dialogsOpenIn(dir)
	test.Tap(w.startButtons["contribution+charter"])
	answerOpenDialog(t, w, "charter.yaml")
	if w.sess == nil || w.sess.Charter() == nil || w.sess.Kind.ID != "contribution" {
		t.Fatal("starting from the charter did not open a policy linked to it")
	}
	if findButton(w.ed.form, w.T("link.unlink")) == nil || !strings.Contains(strings.Join(texts(w.ed.form), " "), "charter.yaml") {
		t.Error("the first step does not say where the shared answers come from")
	}
	f := stepOf(t, w, "project.name")
	capture(t, w, "contribution-from-charter")
	line := lineIn(t, charter, "    name: Sentiers en commun")
	if f.fact == nil || f.fact.Text != "Sentiers en commun" || f.entry != nil || f.focus != nil {
		t.Fatalf("the commons' name is not shown read-only: %+v", f.fact)
	}
	source := strings.Join(texts(f.box), " ")
	if !strings.Contains(source, "charter.yaml") || !strings.Contains(source, "Name of the commons") || !strings.Contains(source, "line "+strconv.Itoa(line)) {
		t.Errorf("the source of the name is not said: %s", source)
	}
	if f := stepOf(t, w, "project.licence"); f.fact.Text != "MPL-2.0 — Mozilla Public License 2.0" {
		t.Errorf("licence shown as %q", f.fact.Text)
	}
	w.ed.show(0)
	walk(t, w)

	w.save(nil)
	answerSaveDialog(t, w, "policy.yaml")
	policy := filepath.Join(dir, "policy.yaml")
	data, _ := os.ReadFile(policy)
	if !strings.Contains(string(data), "\ncharter: charter.yaml\n") || strings.Contains(string(data), "Sentiers en commun\n") {
		t.Errorf("the saved policy does not leave the shared answers to its charter:\n%s", data)
	}
	if _, issues := answers.ParseFile(policy, data, templates.Registry); len(issues) > 0 {
		t.Errorf("the saved policy is not valid: %v", issues[0].Msg)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	w.saveAs(nil)
	answerSaveDialog(t, w, filepath.Join("sub", "policy.yaml"))
	if data, _ := os.ReadFile(filepath.Join(dir, "sub", "policy.yaml")); !strings.Contains(string(data), "\ncharter: ../charter.yaml\n") {
		t.Errorf("saved in another folder, the link is not relative to the policy:\n%s", data)
	}

	// The charter changes on disk: the next step shown follows it.
	writeCharter(t, charter, questionnaire.Values{"licences.software": "GPL-3.0-or-later", "commons.name": "Chemins partagés"})
	if f := stepOf(t, w, "project.licence"); !strings.HasPrefix(f.fact.Text, "GPL-3.0-or-later") {
		t.Errorf("the licence did not follow the charter: %q", f.fact.Text)
	}
	if v := w.sess.Values()["project.name"]; v != "Chemins partagés" {
		t.Errorf("the name did not follow the charter: %v", v)
	}

	// Reopened, the policy reads the charter as it now is.
	o := newTestWizard(t, t.TempDir(), textfmt.FR)
	o.openPath(policy)
	if f := stepOf(t, o, "project.name"); f.fact == nil || f.fact.Text != "Chemins partagés" ||
		!strings.Contains(strings.Join(texts(f.box), " "), "Tirée de la charte, charter.yaml") {
		t.Errorf("reopened, the policy does not show the charter's name: %v", texts(f.box))
	}

	// Unlinked, the policy keeps the answers the charter gave.
	w.unlinkCharter()
	if f := stepOf(t, w, "project.name"); f.entry == nil || f.entry.Text != "Chemins partagés" {
		t.Errorf("after unlinking, the name is not the policy's own answer")
	}
	if data, _ := w.encode(w.sess.Path); strings.Contains(string(data), "\ncharter:") || !strings.Contains(string(data), "name: Chemins partagés") {
		t.Errorf("after unlinking, the policy still names its charter or lost its name:\n%s", data)
	}
}

// A file that is not a charter is refused with the reason, and the
// policy does not start; a charter whose answers the policy cannot use
// says so under the answer concerned.
func TestCharterProblemsInTheWizard(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "terms.yaml")
	k, _ := templates.Lookup("api-tos")
	data, _ := answers.Encode(k.Questionnaire, k.Examples(), textfmt.EN, nil)
	os.WriteFile(other, data, 0o644)
	w := newTestWizard(t, t.TempDir(), textfmt.FR)
	dialogsOpenIn(dir)
	test.Tap(w.startButtons["contribution+charter"])
	answerOpenDialog(t, w, "terms.yaml")
	if w.sess != nil {
		t.Fatal("a policy started from API terms")
	}
	capture(t, w, "contribution-not-a-charter")
	if msg := strings.Join(texts(topOverlay(t, w)), " "); !strings.Contains(msg, "terms.yaml contient les réponses d’un autre document") {
		t.Errorf("the refusal does not say why: %s", msg)
	}

	charter := filepath.Join(dir, "charter.yaml")
	writeCharter(t, charter, questionnaire.Values{"licences.software": "GPL3", "commons.resources": []string{"software", "content"}})
	w = newTestWizard(t, t.TempDir(), textfmt.EN)
	dialogsOpenIn(dir)
	test.Tap(w.startButtons["contribution+charter"])
	answerOpenDialog(t, w, "charter.yaml")
	f := stepOf(t, w, "project.licence")
	// Not saved yet, the policy names its charter by its full path.
	want := "In " + charter + ", line " + strconv.Itoa(lineIn(t, charter, "    software: GPL3")) + ": GPL3 is not an SPDX licence identifier"
	if !f.err.Visible() || !strings.HasPrefix(f.err.Text, want) {
		t.Errorf("licence problem: %q, want %q…", f.err.Text, want)
	}
	// The charter holds no data: the policy asks for no data licence, so
	// there is none to contradict the charter's.
	for i, g := range w.ed.groups {
		for _, qq := range g.Questions {
			if qq.Key == "licences.data" {
				w.ed.show(i)
				if w.ed.fields["licences.data"] != nil {
					t.Error("a policy linked to a charter without data asks for a data licence")
				}
			}
		}
	}
	f = stepOf(t, w, "project.licence")
	w.ed.reveal(f.box)
	capture(t, w, "contribution-charter-problems")
}
