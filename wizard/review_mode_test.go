package wizard

import (
	"archive/zip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"apitos/internal/export"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// The preview's review mode shows, after each clause, its commentary,
// and the points to check at the end; turned off, the document alone.
func TestPreviewReviewMode(t *testing.T) {
	w, _ := start(t, "contribution", textfmt.EN)
	p := w.ed.preview
	if strings.Contains(p.shown, "Why this clause") {
		t.Fatal("the preview shows commentary before review mode is on")
	}
	test.Tap(p.review)
	for _, want := range []string{"> **Why this clause.**", "## Points to check", "to complete:"} {
		if !strings.Contains(p.shown, want) {
			t.Errorf("the review preview lacks %q", want)
		}
	}
	capture(t, w, "preview-review")
	test.Tap(p.review)
	if strings.Contains(p.shown, "Why this clause") {
		t.Error("the commentary stays once review mode is off")
	}
}

// A reviewer edits a clause in the preview: the text replaces the
// template's in every language, is kept as an override in the answers,
// and the template's text can be restored.
func TestEditAClauseFromThePreview(t *testing.T) {
	w, _ := start(t, "charter", textfmt.FR)
	p := w.ed.preview
	e := p.newClauseEditor()
	if e == nil || len(e.ids) == 0 {
		t.Fatal("no clause to edit")
	}
	w.showDialog(e.d, nil, e.d.Hide)
	capture(t, w, "clause-editor")
	i := -1
	for j, id := range e.ids {
		if id == "preamble" {
			i = j
		}
	}
	e.choice.SetSelectedIndex(i)
	if !strings.Contains(e.texts[textfmt.FR].Text, "Un commun numérique est une ressource") || !e.restore.Disabled() {
		t.Fatalf("the editor does not start from the template's text: %q", e.texts[textfmt.FR].Text)
	}
	e.texts[textfmt.EN].SetText("Our own preamble, see {{ref \"definitions\"}}.")
	e.texts[textfmt.FR].SetText("Notre préambule, voir l'{{ref \"definitions\"}}.")
	tapDialogButton(t, w, w.T("clause.save"))
	got := w.sess.Override("preamble")
	if got[textfmt.FR] != "Notre préambule, voir l'{{ref \"definitions\"}}." || !w.sess.Dirty() {
		t.Fatalf("override = %q, dirty %v", got, w.sess.Dirty())
	}
	if !strings.Contains(p.shown, "Notre préambule, voir l’article") && !strings.Contains(p.shown, "Notre préambule, voir l'article") {
		t.Errorf("the preview does not show the edited clause:\n%.400s", p.shown)
	}
	// Reopened, the editor marks the clause as edited and can restore it.
	e = p.newClauseEditor()
	w.showDialog(e.d, nil, e.d.Hide)
	e.choice.SetSelectedIndex(i)
	if e.restore.Disabled() || !strings.Contains(e.choice.Selected, w.T("clause.edited")) {
		t.Fatal("the edited clause is not marked, or cannot be restored")
	}
	tapDialogButton(t, w, w.T("clause.restore"))
	if w.sess.Override("preamble") != nil || len(w.sess.Values().Overrides()) != 0 {
		t.Error("the template's text is not restored")
	}
}

// The export dialog offers Word and OpenDocument files and review
// mode, which writes files named for review; an edited clause is
// exported as edited, and the Word file for review carries the
// commentary as comments.
func TestExportForReview(t *testing.T) {
	w, dir := start(t, "contribution", textfmt.EN)
	walk(t, w)
	w.sess.SetOverride("general-contact", questionnaire.Translated{textfmt.EN: "Write to us.", textfmt.FR: "Écrivez-nous."})
	e := w.newExportDialog()
	w.showDialog(e.d, e.submit, e.d.Hide)
	for _, f := range []export.Format{export.DOCX, export.ODT} {
		if e.formats[f] == nil || e.formats[f].Checked {
			t.Fatalf("%s is not offered, or is ticked by default", f)
		}
	}
	if e.review.Checked {
		t.Fatal("review mode is on by default")
	}
	e.choice.folder = dir
	test.Tap(e.formats[export.DOCX])
	test.Tap(e.formats[export.ODT])
	test.Tap(e.review)
	capture(t, w, "export-review")
	test.Tap(e.ok)
	for _, l := range []string{"en", "fr"} {
		for _, ext := range []string{"md", "pdf", "docx", "odt"} {
			name := "contribution." + l + ".review." + ext
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Errorf("%s not written: %v", name, err)
			}
		}
	}
	zr, err := zip.OpenReader(filepath.Join(dir, "contribution.fr.review.docx"))
	if err != nil {
		t.Fatalf("the Word file is not a zip archive: %v", err)
	}
	defer zr.Close()
	var parts []string
	for _, f := range zr.File {
		parts = append(parts, f.Name)
	}
	if !slices.Contains(parts, "word/document.xml") || !slices.Contains(parts, "word/comments.xml") {
		t.Errorf("the Word file for review lacks its document or its comments: %v", parts)
	}
	md, _ := os.ReadFile(filepath.Join(dir, "contribution.en.review.md"))
	if !strings.Contains(string(md), "Write to us.") || !strings.Contains(string(md), "**Edited by hand:**") {
		t.Error("the review does not show the clause edited by hand as such")
	}
}
