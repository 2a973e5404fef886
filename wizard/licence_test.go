package wizard

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/textfmt"
)

// A licence typed as people name it is explained under the field, in the
// interface language, with a button for each identifier it can mean; a
// button writes its identifier, which the line then explains.
func TestLicenceNamedAsPeopleNameIt(t *testing.T) {
	for _, c := range []struct {
		lang        textfmt.Lang
		typed, says string
		choices     []string
	}{
		{textfmt.EN, "GPL3", "write GPL-3.0-only for this version only, or GPL-3.0-or-later to allow any later version", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{textfmt.FR, "GPL3", "écrivez GPL-3.0-only pour cette version seulement, ou GPL-3.0-or-later pour autoriser toute version ultérieure", []string{"GPL-3.0-only", "GPL-3.0-or-later"}},
		{textfmt.EN, "Apache 2", "did you mean Apache-2.0?", []string{"Apache-2.0"}},
		{textfmt.FR, "BSD", "vouliez-vous dire BSD-3-Clause ou BSD-2-Clause", []string{"BSD-3-Clause", "BSD-2-Clause"}},
	} {
		w, _ := start(t, "charter", c.lang)
		for w.ed.fields["licences.software"] == nil {
			w.ed.show(w.ed.step + 1)
		}
		f := w.ed.fields["licences.software"]
		f.licence.SetText("")
		test.Type(f.licence, c.typed)
		if !strings.Contains(f.explain.Text, c.says) || f.explain.Importance != widget.DangerImportance {
			t.Errorf("%s %q: explanation %q", c.lang, c.typed, f.explain.Text)
		}
		if f.err.Visible() {
			t.Errorf("%s %q: the problem is said twice: %q", c.lang, c.typed, f.err.Text)
		}
		for _, id := range c.choices {
			if findButton(f.box, id) == nil {
				t.Errorf("%s %q: no button for %s", c.lang, c.typed, id)
			}
		}
		test.Tap(findButton(f.box, c.choices[len(c.choices)-1]))
		want := c.choices[len(c.choices)-1]
		if f.licence.Text != want || w.sess.Text("licences.software") != want || f.explain.Importance == widget.DangerImportance {
			t.Errorf("%s: after choosing %s: field %q, answer %q, explanation %q", c.lang, want, f.licence.Text, w.sess.Text("licences.software"), f.explain.Text)
		}
		if findButton(f.box, c.choices[0]) != nil && len(c.choices) > 1 {
			t.Errorf("%s: the choices stay after choosing", c.lang)
		}
	}
}
