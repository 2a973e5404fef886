package wizard

import (
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/export"
	"apitos/internal/session"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// labelsIn gathers the text of every label under o.
func labelsIn(o fyne.CanvasObject) string {
	var texts []string
	walkTree(o, func(c fyne.CanvasObject) bool {
		if l, ok := c.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
		return false
	})
	return strings.Join(texts, "\n")
}

// The prompt before replacing files names every file the export would
// replace: the documents and the pictograms written next to them.
func TestReplacePromptNamesEveryFile(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	walk(t, w)
	out := filepath.Join(dir, "out")
	c := exportChoice{folder: out, formats: export.Formats, langs: textfmt.All}
	w.exportTo(c, false)
	tapDialogButton(t, w, w.T("export.close"))
	pictos, _ := filepath.Glob(filepath.Join(out, "pictograms", "*.svg"))
	if len(pictos) == 0 {
		t.Fatal("the export wrote no pictograms")
	}
	w.exportTo(c, false)
	capture(t, w, "export-replace")
	prompt := labelsIn(topOverlay(t, w))
	for _, name := range []string{"api-tos.en.md", "api-tos.en.pdf", "api-tos.fr.md", "api-tos.fr.pdf"} {
		if !strings.Contains(prompt, name) {
			t.Errorf("the prompt does not name %s:\n%s", name, prompt)
		}
	}
	if !strings.Contains(prompt, "Pictograms in the pictograms folder: ") {
		t.Errorf("the prompt does not say the pictograms are replaced:\n%s", prompt)
	}
	for _, p := range pictos {
		if !strings.Contains(prompt, filepath.Base(p)) {
			t.Errorf("the prompt does not name the pictogram %s:\n%s", filepath.Base(p), prompt)
		}
	}
}

// appWithoutOpener is the application on a system without xdg-open: its
// OpenURL starts xdg-open as Fyne's Linux driver does, on a PATH where
// no xdg-open exists.
type appWithoutOpener struct{ fyne.App }

func (a appWithoutOpener) OpenURL(u *url.URL) error {
	return exec.Command("xdg-open", u.String()).Start()
}

// "Open the folder" never fails in silence: without a program to open
// folders, the wizard says so and shows the folder's path, which can be
// selected and copied.
func TestOpenFolderWithoutOpenerShowsThePath(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	w, dir := start(t, "api-tos", textfmt.FR)
	walk(t, w)
	w.app = appWithoutOpener{w.app}
	out := filepath.Join(dir, "dossier des documents")
	w.exportTo(exportChoice{folder: out, formats: []export.Format{export.Markdown}, langs: textfmt.All}, false)
	if _, err := os.Stat(filepath.Join(out, "api-tos.fr.md")); err != nil {
		t.Fatal(err)
	}
	capture(t, w, "export-done")
	tapDialogButton(t, w, w.T("export.open_folder"))
	capture(t, w, "export-no-opener")
	top := topOverlay(t, w)
	text := labelsIn(top)
	if !strings.Contains(text, w.T("export.no_opener")) {
		t.Errorf("no word that the folder could not be opened:\n%s", text)
	}
	var path *widget.Label
	walkTree(top, func(c fyne.CanvasObject) bool {
		if l, ok := c.(*widget.Label); ok && l.Text == out {
			path = l
		}
		return path != nil
	})
	if path == nil || !path.Selectable {
		t.Fatalf("the folder's path is not shown to be copied:\n%s", text)
	}
	tapDialogButton(t, w, w.T("export.copy_path"))
	if got := w.app.Clipboard().Content(); got != out {
		t.Errorf("clipboard holds %q, want the folder's path", got)
	}
}

// The export dialog says, before a draft is exported, under which name it
// is saved; the draft export writes that name and leaves the final
// document in the folder as it was.
func TestDraftExportKeepsTheFinalDocument(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	final := filepath.Join(dir, "api-tos.en.pdf")
	os.WriteFile(final, []byte("the signed version"), 0o644)
	e := w.newExportDialog()
	e.d.Show()
	if text := labelsIn(topOverlay(t, w)); !strings.Contains(text, "api-tos.en.draft.pdf") {
		t.Errorf("the dialog does not name the draft:\n%s", text)
	}
	e.choice.folder = dir
	test.Tap(e.draft)
	test.Tap(e.ok)
	if data, _ := os.ReadFile(final); string(data) != "the signed version" {
		t.Error("the draft export replaced the final document")
	}
	for _, name := range []string{"api-tos.en.draft.pdf", "api-tos.fr.draft.md"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("draft not written: %v", err)
		}
	}
}

// The export offers the web page and, for documents in both languages,
// side by side, which it holds back while one language is unchecked;
// ticked in the dialog, they write one document per format with both
// languages, prevailing language first, and nothing in one language.
func TestExportSideBySide(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.FR)
	walk(t, w)
	e := w.newExportDialog()
	if e.layout == nil {
		t.Fatal("side by side is not offered")
	}
	html := e.formats[export.HTML]
	if html == nil || html.Checked || html.Text != w.T("export.html") {
		t.Fatalf("the web page is not offered unticked: %+v", html)
	}
	e.d.Show()
	e.choice.folder = dir
	test.Tap(html)
	test.Tap(e.layout)
	if e.ok.Disabled() || !e.choice.sideBySide {
		t.Fatalf("side by side refused: %q", e.problem.Text)
	}
	test.Tap(e.langs[textfmt.EN])
	if !e.ok.Disabled() || e.problem.Text != w.T("export.side_by_side_langs") {
		t.Errorf("side by side in one language: button enabled %v, %q", !e.ok.Disabled(), e.problem.Text)
	}
	test.Tap(e.langs[textfmt.EN])
	// Neither a Word file nor a document for review is side by side.
	for _, c := range []*widget.Check{e.formats[export.DOCX], e.review} {
		test.Tap(c)
		if !e.ok.Disabled() || e.problem.Text == "" {
			t.Errorf("side by side with %q: button enabled %v, %q", c.Text, !e.ok.Disabled(), e.problem.Text)
		}
		test.Tap(c)
	}
	test.Tap(e.ok)
	langs := export.PrevailingFirst(w.sess.Kind, w.sess.Values(), textfmt.All)
	var want []string
	for _, f := range []export.Format{export.Markdown, export.PDF, export.HTML} {
		want = append(want, export.SideBySideName("api-tos", [2]textfmt.Lang{langs[0], langs[1]}, f, false))
	}
	for _, name := range want {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("the export did not write %s", name)
		}
	}
	for _, l := range textfmt.All {
		if _, err := os.Stat(filepath.Join(dir, "api-tos."+string(l)+".html")); err == nil {
			t.Errorf("a side-by-side export wrote the %s page alone", l)
		}
	}
	page, _ := os.ReadFile(filepath.Join(dir, want[2]))
	if !strings.Contains(string(page), `lang="fr"`) || !strings.Contains(string(page), `lang="en"`) {
		t.Error("the side-by-side page does not hold both languages")
	}

	k, _ := templates.Lookup("charter")
	w.sess = session.New(k, []textfmt.Lang{textfmt.FR})
	if w.newExportDialog().layout != nil {
		t.Error("side by side offered for a document in French only")
	}
}
