package wizard

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/questionnaire"
	"apitos/internal/session"
	"apitos/internal/textfmt"
)

// editor is the screen where the user answers, one step at a time, with
// the preview beside.
type editor struct {
	w       *Wizard
	s       *session.Session
	groups  []*questionnaire.Group
	step    int             // index in groups; len(groups) is the review step
	touched map[string]bool // answers whose problems are shown
	visited map[int]bool    // steps the user has seen, which show their marks
	fields  map[string]*field
	// problems are the session's problems, computed once per edit and
	// read by the step list, the fields and the status line.
	problems []questionnaire.Problem
	depends  map[string]bool // answers that show or hide other questions

	content    fyne.CanvasObject
	steps      *fyne.Container
	header     *fyne.Container
	form       *fyne.Container
	scroll     *container.Scroll
	stepScroll *container.Scroll
	status     *widget.Label
	back       *widget.Button
	next       *widget.Button
	export     *widget.Button // in Next's place on the review step
	preview    *previewPane
	stepRows   []*stepRow
	placed     bool // the editor is the window's content
}

func newEditor(w *Wizard, step int) *editor {
	ed := &editor{w: w, s: w.sess, groups: w.sess.Questionnaire().Groups,
		touched: map[string]bool{}, visited: map[int]bool{}, depends: map[string]bool{}}
	for _, qq := range w.sess.Questionnaire().Questions() {
		for _, key := range qq.ConditionKeys() {
			ed.depends[key] = true
		}
	}
	ed.steps = container.NewVBox()
	ed.header = container.NewVBox()
	ed.form = container.NewVBox()
	ed.scroll = container.NewVScroll(container.NewPadded(ed.form))
	ed.status = widget.NewLabel("")
	ed.status.Wrapping = fyne.TextWrapWord
	ed.back = widget.NewButtonWithIcon(w.T("editor.back"), theme.NavigateBackIcon(), ed.goBack)
	ed.next = widget.NewButtonWithIcon(w.T("editor.next"), theme.NavigateNextIcon(), ed.goNext)
	ed.next.IconPlacement = widget.ButtonIconTrailingText
	ed.next.Importance = widget.HighImportance
	// On the review step, the main button exports.
	ed.export = widget.NewButtonWithIcon(w.T("menu.export"), theme.DocumentIcon(), w.showExport)
	ed.export.Importance = widget.HighImportance
	ed.preview = newPreviewPane(ed)

	nav := container.NewBorder(nil, nil, ed.back, container.NewStack(ed.next, ed.export), ed.status)
	form := container.NewStack(ed.scroll, newWheelRelay(ed.scroll))
	center := container.NewBorder(container.NewPadded(ed.header), container.NewPadded(nav), nil, nil, form)
	split := container.NewHSplit(center, ed.preview.content)
	split.Offset = 0.6
	ed.stepScroll = container.NewVScroll(container.NewPadded(ed.steps))
	steps := container.New(fixedWidth{stepListWidth}, ed.stepScroll)
	ed.content = container.NewBorder(nil, nil, steps, nil, split)
	ed.show(min(step, len(ed.groups)))
	ed.preview.refresh()
	return ed
}

// show displays a step, with the charter's answers as its file now
// gives them.
func (ed *editor) show(step int) {
	ed.refreshCharter()
	ed.step = step
	ed.visited[step] = true
	ed.problems = ed.s.Problems()
	ed.buildStepList()
	ed.buildForm()
	ed.scroll.ScrollToTop()
	ed.back.Enable()
	if step == 0 {
		ed.back.Disable()
	}
	if step == len(ed.groups) {
		ed.next.Hide()
		ed.export.Show()
	} else {
		ed.next.Show()
		ed.export.Hide()
	}
	ed.updateStatus()
	ed.focusFirst()
	scrollIntoView(ed.stepScroll, ed.stepRows[step])
}

// total counts the steps, the review included.
func (ed *editor) total() int { return len(ed.groups) + 1 }

func (ed *editor) stepTitle(i int) string {
	if i == len(ed.groups) {
		return ed.w.T("editor.review")
	}
	return ed.w.text(ed.groups[i].Title)
}

// buildStepList draws the step indicator: every step, the current one
// highlighted; steps seen or opened from a file are marked complete or
// incomplete.
func (ed *editor) buildStepList() {
	if len(ed.stepRows) == 0 {
		// The rows are made once; each edit only updates their marks.
		for i := 0; i < ed.total(); i++ {
			r := newStepRow(strconv.Itoa(i+1)+". "+ed.stepTitle(i), func() { ed.goTo(i) })
			ed.stepRows = append(ed.stepRows, r)
			ed.steps.Add(r)
		}
	}
	problems := ed.stepProblems()
	for i, r := range ed.stepRows {
		var mark fyne.Resource
		// A step left with problems is marked once the user has moved on
		// from it (or touched its answers); a complete step as soon as it
		// has been seen.
		left := ed.visited[i] && i != ed.step
		switch {
		case i < len(ed.groups) && problems[i] > 0 && (left || ed.anyTouched(i)):
			mark = theme.WarningIcon()
		case i < len(ed.groups) && problems[i] == 0 && ed.visited[i]:
			mark = theme.ConfirmIcon()
		}
		r.set(mark, i == ed.step)
	}
}

func (ed *editor) anyTouched(i int) bool {
	for _, qq := range ed.groups[i].Questions {
		if ed.touched[qq.Key] {
			return true
		}
	}
	return false
}

// stepProblems counts the problems of each step.
func (ed *editor) stepProblems() []int {
	counts := make([]int, len(ed.groups))
	for i := range ed.groups {
		counts[i] = len(ed.groupProblems(i))
	}
	return counts
}

// groupProblems lists the problems of step i.
func (ed *editor) groupProblems(i int) []questionnaire.Problem {
	return session.GroupProblems(ed.groups[i], ed.problems)
}

// buildForm draws the questions of the current step that apply.
func (ed *editor) buildForm() {
	ed.fields = map[string]*field{}
	ed.form.Objects = nil
	n := widget.NewLabel(ed.w.T("editor.step", "N", ed.step+1, "Total", ed.total()))
	title := widget.NewLabelWithStyle(ed.stepTitle(ed.step), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	title.Wrapping = fyne.TextWrapWord
	ed.header.Objects = []fyne.CanvasObject{n, title}
	if ed.step == len(ed.groups) {
		ed.buildReview()
		ed.relayout()
		return
	}
	g := ed.groups[ed.step]
	if intro := ed.w.text(g.Intro); intro != "" {
		l := widget.NewLabel(intro)
		l.Wrapping = fyne.TextWrapWord
		ed.header.Add(l)
	}
	if ed.step == 0 && ed.s.Questionnaire().Links() {
		ed.form.Add(ed.charterBar())
	}
	for _, qq := range g.Questions {
		if !ed.s.Visible(qq) {
			continue
		}
		f := ed.newField(qq)
		ed.fields[qq.Key] = f
		ed.form.Add(f.box)
		ed.form.Add(widget.NewSeparator())
	}
	ed.refreshErrors()
	ed.relayout()
}

// relayout lays the step out twice: wrapped labels learn their width in
// the first pass and their height in the second.
func (ed *editor) relayout() {
	for i := 0; i < 2; i++ {
		ed.content.Refresh()
	}
}

// changed is called by fields after the user edits an answer.
func (ed *editor) changed(key string) {
	ed.touched[key] = true
	ed.edited(key)
}

// edited updates the step after a change of an answer, without showing
// its problems (a row just added is empty, not yet wrong).
func (ed *editor) edited(key string) {
	ed.problems = ed.s.Problems()
	if ed.depends[key] {
		// The answer shows or hides other questions of this step.
		ed.buildForm()
	} else {
		ed.refreshErrors()
	}
	ed.updateStatus()
	ed.buildStepList()
	ed.preview.schedule()
	ed.w.changed()
}

// refreshErrors shows, under each touched field (under the entry of its
// language, for a translatable answer), what is wrong with it, and under
// every field that an answer contradicts, why: such answers were given,
// so there is nothing to wait for. Warnings show in their own line.
func (ed *editor) refreshErrors() {
	msgs := map[*widget.Label][]string{}
	for _, p := range ed.problems {
		// An answer the charter gives is not the user's to touch: what is
		// wrong with it shows at once.
		shown := ed.touched[p.Key] || p.Rule != nil || p.Row > 0 && ed.touched[rowField(p.Key, p.Row, p.Field)] || ed.s.Linked(p.Key)
		if f := ed.fields[p.Key]; f != nil && shown && !f.inline(p) {
			line := f.errorLine(p)
			msgs[line] = append(msgs[line], ed.describe(p))
		}
	}
	for _, p := range ed.s.Warnings() {
		if f := ed.fields[p.Key]; f != nil {
			msgs[f.warn] = append(msgs[f.warn], ed.describe(p))
		}
	}
	for _, f := range ed.fields {
		for _, line := range append(f.errorLines(), f.warn) {
			if m := msgs[line]; len(m) > 0 {
				line.SetText(strings.Join(m, "\n"))
				line.Show()
			} else {
				line.SetText("")
				line.Hide()
			}
		}
	}
}

// describe words a problem as a sentence under the field it belongs to;
// rows of lists name their row and field.
func (ed *editor) describe(p questionnaire.Problem) string {
	msg := onScreen(ed.w.loc.Message(p.Msg))
	if p.Row == 0 {
		return sentence(msg)
	}
	label := ed.w.T("field.row", "Row", p.Row)
	if f, ok := ed.s.Questionnaire().Question(p.Key + "." + p.Field); ok {
		label += ", " + f.Label.In(ed.w.loc.Lang)
	}
	if p.Lang != "" {
		label += ", " + ed.w.T("label.lang", "Lang", textfmt.LangName(p.Lang, ed.w.loc.Lang))
	}
	return sentence(ed.w.T("cli.problem", "Label", label, "Message", msg))
}

// sentence capitalises a message and ends it with a full stop: the
// messages are worded to follow a label on the command line ("contact:
// an answer is required"), and stand alone under a field.
func sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}

func (ed *editor) updateStatus() {
	if ed.step == len(ed.groups) {
		ed.status.SetText("")
		return
	}
	n := len(ed.groupProblems(ed.step))
	if n == 0 {
		ed.status.Importance = widget.SuccessImportance
		ed.status.SetText(ed.w.T("editor.complete"))
		return
	}
	ed.status.Importance = widget.MediumImportance
	ed.status.SetText(ed.w.loc.N("editor.incomplete", n))
}

// goNext moves to the next step once the current one is complete;
// otherwise it shows every problem of the step and focuses the first.
func (ed *editor) goNext() {
	if ed.step >= len(ed.groups) {
		return
	}
	if problems := ed.groupProblems(ed.step); len(problems) > 0 {
		for _, qq := range ed.groups[ed.step].Questions {
			ed.touched[qq.Key] = true
		}
		ed.refreshErrors()
		ed.buildStepList()
		ed.status.Importance = widget.DangerImportance
		ed.status.SetText(ed.w.T("editor.fix_first"))
		if f := ed.fields[problems[0].Key]; f != nil {
			ed.reveal(f.box)
			if focus := f.focusFor(problems[0]); focus != nil {
				ed.w.win.Canvas().Focus(focus)
			}
		}
		return
	}
	ed.show(ed.step + 1)
}

// reveal scrolls the form to bring o into view: Fyne does not scroll to
// the object it focuses, and the answer to correct, or the field Tab
// reaches, may be far down a long step.
func (ed *editor) reveal(o fyne.CanvasObject) { scrollIntoView(ed.scroll, o) }

// scrollIntoView scrolls s as little as needed to show o, which it holds,
// or to o's top when o is taller than the view.
func scrollIntoView(s *container.Scroll, o fyne.CanvasObject) {
	if o == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	pad := theme.Padding() * 2
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	bottom := top + o.Size().Height
	view := s.Size().Height
	y := s.Offset.Y
	switch {
	case top < y || bottom-top > view-pad:
		y = top - pad
	case bottom > y+view:
		y = bottom - view + pad
	default:
		return
	}
	s.ScrollToOffset(fyne.NewPos(0, max(0, y)))
}

// flash shows a passing message in the status line, then the step's
// status again.
func (ed *editor) flash(msg string) {
	ed.status.Importance = widget.SuccessImportance
	ed.status.SetText(msg)
	if background {
		time.AfterFunc(flashTime, func() {
			fyne.Do(func() {
				if ed.status.Text == msg {
					ed.updateStatus()
				}
			})
		})
	}
}

// flashTime is how long a passing message stays.
const flashTime = 5 * time.Second

func (ed *editor) goBack() {
	if ed.step > 0 {
		ed.show(ed.step - 1)
	}
}

// goTo jumps to any step, so that the questions can be read ahead
// before they are answered; the steps left incomplete keep their marks,
// and Export says what remains to do.
func (ed *editor) goTo(i int) {
	if i != ed.step {
		ed.show(i)
	}
}

// revealAll shows the problems of every answer, as after opening a file.
func (ed *editor) revealAll() {
	ed.problems = ed.s.Problems()
	for _, qq := range ed.s.Questionnaire().Questions() {
		ed.touched[qq.Key] = true
	}
	for i := range ed.total() {
		ed.visited[i] = true
	}
	ed.refreshErrors()
	ed.buildStepList()
}

// firstIncomplete is the first step with problems, or the review step.
func (ed *editor) firstIncomplete() int {
	for i, n := range ed.stepProblems() {
		if n > 0 {
			return i
		}
	}
	return len(ed.groups)
}

// focusFirst focuses the first text field of the step shown. The focus
// is cleared first: a step of option buttons has no such field, and the
// field focused on the previous step, though no longer shown, would
// otherwise keep receiving what the user types.
//
// Only the step's first question takes the focus: focusing a text field
// further down, past a choice, would scroll the step away from its top,
// or let typing land out of view. Before the editor is on the window
// there is nothing to focus; rebuild focuses once it is.
func (ed *editor) focusFirst() {
	if !ed.placed {
		return
	}
	ed.w.win.Canvas().Unfocus()
	if ed.step >= len(ed.groups) {
		return // the review step has no answers
	}
	for _, qq := range ed.groups[ed.step].Questions {
		if f := ed.fields[qq.Key]; f != nil {
			if f.focus != nil {
				ed.w.win.Canvas().Focus(f.focus)
			}
			return
		}
	}
}
