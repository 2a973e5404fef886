package wizard

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"apitos/internal/textfmt"
)

// texts lists the texts drawn under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	walkTree(o, func(c fyne.CanvasObject) bool {
		if t, ok := c.(*canvas.Text); ok && t.Text != "" {
			out = append(out, t.Text)
		}
		return false
	})
	return out
}

// A charter's rights badges say whose rights they rate (members,
// reusers of the resources), and only where the options differ.
func TestCharterBadgesNameTheParty(t *testing.T) {
	w, _ := start(t, "charter", textfmt.EN)
	for w.ed.step < len(w.ed.groups) && w.ed.fields["licences.software"] == nil {
		w.ed.show(w.ed.step + 1)
	}
	all := strings.Join(texts(w.ed.fields["licences.software"].box), "|")
	if !strings.Contains(all, "rights for reusers") || strings.Contains(all, "other party") {
		t.Errorf("software licence badges: %s", all)
	}
	w.ed.show(0)
	if all := strings.Join(texts(w.ed.form), "|"); strings.Contains(all, "rights for") {
		t.Errorf("the first step rates options that all leave the same rights: %s", all)
	}
}

// The review step sums up the choices of every kind, pictograms or not,
// and a save says where it wrote.
func TestReviewSumsUpAndSaveIsConfirmed(t *testing.T) {
	w, _ := start(t, "charter", textfmt.FR)
	walk(t, w)
	summary := strings.Join(texts(w.ed.form), "|")
	if !strings.Contains(summary, "Droits") {
		t.Errorf("the charter's review has no summary of its choices: %s", summary)
	}
	w.save(nil)
	answerSaveDialog(t, w, "charte.yaml")
	if !strings.Contains(w.ed.status.Text, "charte.yaml") {
		t.Errorf("no confirmation of the save: %q", w.ed.status.Text)
	}
}

func TestSentence(t *testing.T) {
	for in, want := range map[string]string{
		"an answer is required":   "An answer is required.",
		"était-ce prévu ?":        "Était-ce prévu ?",
		"":                        "",
		"Row 1, Title: too long.": "Row 1, Title: too long.",
	} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// On screen, French text never breaks a line before a semicolon or
// inside guillemets: Fyne breaks at any space, so the narrow no-break
// space is shown as a word joiner; saved answers keep plain text.
func TestFrenchPunctuationStaysOnItsLine(t *testing.T) {
	w, _ := start(t, "api-tos", textfmt.FR)
	for _, s := range w.ed.preview.rich.Segments {
		if strings.ContainsAny(s.Textual(), "\u202f\u00a0") {
			t.Fatalf("the preview can break at a narrow no-break space: %q", s.Textual())
		}
	}
	if strings.Contains(w.T("start.title"), "\u202f") {
		t.Error("interface messages can break before their question mark")
	}
	data, err := w.encode(w.sess.Path)
	if err != nil || strings.Contains(string(data), glue) {
		t.Errorf("the answers file holds the screen's glue (%v)", err)
	}
	// The glue is as wide as the space it stands for.
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}} {
		for space, stand := range map[string]string{"\u202f": glue, "\u00a0": wideGlue} {
			spaced := fyne.MeasureText("avance"+space+";", 14, style).Width
			glued := fyne.MeasureText("avance"+stand+";", 14, style).Width
			if spaced != glued {
				t.Errorf("style %+v, %q: with the glue %v wide, with the space %v", style, space, glued, spaced)
			}
		}
	}
}
