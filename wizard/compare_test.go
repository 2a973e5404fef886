package wizard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/textfmt"
)

// styled gathers the text of the preview's segments drawn in a style.
func styled(p *previewPane, keep func(widget.RichTextStyle) bool) string {
	var out []string
	var walk func(segs []widget.RichTextSegment)
	walk = func(segs []widget.RichTextSegment) {
		for _, s := range segs {
			switch s := s.(type) {
			case *widget.TextSegment:
				if keep(s.Style) {
					out = append(out, s.Text)
				}
			case *widget.ListSegment:
				walk(s.Items)
			case *widget.ParagraphSegment:
				walk(s.Texts)
			}
		}
	}
	walk(p.rich.Segments)
	return strings.NewReplacer(glue, " ", wideGlue, " ").Replace(strings.Join(out, "|"))
}

// "Compare with an earlier version…" opens an answers file through the
// real file dialog and shows, in the preview, the redline from it:
// deleted words struck through, inserted ones underlined; the export
// writes the redline and the change log beside the documents.
func TestCompareWithAnEarlierVersion(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.EN)
	w.sess.Today = func() time.Time { return time.Date(2026, 12, 15, 10, 0, 0, 0, time.Local) }
	walk(t, w)
	w.save(nil)
	answerSaveDialog(t, w, "v1.yaml")

	// Version 1.1 gives six months' notice.
	w.sess.SetText("version", "1.1")
	w.sess.SetText("effective_date", "2027-06-01")
	w.sess.SetText("change.notice_months", "6")
	w.compareWithEarlier()
	answerOpenDialog(t, w, "v1.yaml")
	if e := w.sess.Earlier(); e == nil || e.Name() != "v1.yaml" {
		t.Fatalf("not compared with v1.yaml: %+v", e)
	}
	p := w.ed.preview
	p.refreshNow()
	capture(t, w, "compare-preview")
	struck := styled(p, func(s widget.RichTextStyle) bool {
		return s.TextStyle.Strikethrough && s.ColorName == theme.ColorNameError
	})
	inserted := styled(p, func(s widget.RichTextStyle) bool {
		return s.TextStyle.Underline && s.ColorName == theme.ColorNameSuccess
	})
	if !strings.Contains(struck, "three (3) months") || !strings.Contains(inserted, "six (6) months") {
		t.Errorf("the preview does not show the redline:\nstruck %q\ninserted %q", struck, inserted)
	}
	if text := labelsIn(p.content); !strings.Contains(text, "Changes from v1.yaml, version 1.0") || p.note.Text != "" {
		t.Errorf("the preview does not say what it compares, or notes a problem:\n%s\n%s", text, p.note.Text)
	}

	// Too early for the notice period: the preview says when it can be.
	w.sess.SetText("effective_date", "2027-03-10")
	p.refreshNow()
	capture(t, w, "compare-too-early")
	if !strings.Contains(strings.NewReplacer(glue, " ", wideGlue, " ").Replace(p.note.Text), "15 March 2027 at the earliest") {
		t.Errorf("no note of the earliest date: %q", p.note.Text)
	}
	// ...and the export does not offer changes that break the rule.
	early := w.newExportDialog()
	early.d.Show()
	if early.compare == nil || !early.compare.Disabled() || !strings.Contains(labelsIn(topOverlay(t, w)), "at the earliest") {
		t.Error("the export offers changes that break the notice period, or does not say why")
	}
	early.d.Hide()
	w.sess.SetText("effective_date", "2027-06-01")

	// The export offers the changes and writes them.
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	e := w.newExportDialog()
	e.d.Show()
	e.choice.folder = out
	e.validate()
	if e.compare == nil || !e.compare.Checked || e.compare.Disabled() {
		t.Fatal("the export does not offer the changes")
	}
	test.Tap(e.ok)
	for _, name := range []string{"api-tos.en.md", "api-tos.json", "api-tos.en.redline.pdf", "api-tos.fr.redline.md", "api-tos.en.changes.md"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("the export did not write %s", name)
		}
	}

	// Stop comparing: the preview shows the document again.
	test.Tap(findButton(p.content, w.T("compare.stop")))
	p.refreshNow()
	if w.sess.Earlier() != nil || strings.Contains(p.shown, "~~") {
		t.Error("still comparing")
	}
	if e := w.newExportDialog(); e.compare != nil {
		t.Error("the export offers changes without an earlier version")
	}
}

// A file of another kind is refused, with the reason.
func TestCompareRefusesAnotherKind(t *testing.T) {
	w, dir := start(t, "api-tos", textfmt.FR)
	charter := filepath.Join(dir, "charte.yaml")
	os.WriteFile(charter, []byte("kind: charter\nanswers:\n"), 0o644)
	w.compareWithFile(charter)
	if w.sess.Earlier() != nil || !strings.Contains(labelsIn(topOverlay(t, w)), "autre type de document") {
		t.Errorf("another kind accepted, or not explained:\n%s", labelsIn(topOverlay(t, w)))
	}
}
