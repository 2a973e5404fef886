package wizard

import (
	"regexp"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"apitos/internal/textfmt"
)

// calendar picks a day, month by month, with the month and the days of
// the week named in the interface language (Fyne's own calendar names
// them in English only). Weeks start on Monday, as in France and Britain.
type calendar struct {
	lang   textfmt.Lang
	month  time.Time // the first day of the month shown
	chosen time.Time // zero when no day is chosen
	onPick func(time.Time)

	title *widget.Label
	days  *fyne.Container
	box   *fyne.Container
}

func newCalendar(lang textfmt.Lang, chosen time.Time, onPick func(time.Time)) *calendar {
	c := &calendar{lang: lang, chosen: chosen, onPick: onPick}
	shown := chosen
	if shown.IsZero() {
		shown = time.Now()
	}
	c.month = time.Date(shown.Year(), shown.Month(), 1, 0, 0, 0, 0, time.UTC)
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.turn(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.turn(1) })
	prev.Importance, next.Importance = widget.LowImportance, widget.LowImportance
	c.days = container.NewGridWithColumns(7)
	c.box = container.NewVBox(container.NewBorder(nil, nil, prev, next, c.title), c.days)
	c.draw()
	return c
}

func (c *calendar) turn(months int) {
	c.month = c.month.AddDate(0, months, 0)
	c.draw()
}

// draw fills the grid: the days of the week, blanks up to the first day,
// then one button per day, the chosen one highlighted.
func (c *calendar) draw() {
	c.title.SetText(textfmt.MonthYear(c.lang, c.month))
	var cells []fyne.CanvasObject
	for _, d := range textfmt.WeekdayInitials(c.lang) {
		cells = append(cells, widget.NewLabelWithStyle(d, fyne.TextAlignCenter, fyne.TextStyle{Italic: true}))
	}
	for range (int(c.month.Weekday()) + 6) % 7 { // Monday first
		cells = append(cells, widget.NewLabel(""))
	}
	for day := c.month; day.Month() == c.month.Month(); day = day.AddDate(0, 0, 1) {
		b := widget.NewButton(strconv.Itoa(day.Day()), func() { c.onPick(day) })
		b.Importance = widget.LowImportance
		if day.Equal(c.chosen) {
			b.Importance = widget.HighImportance
		}
		cells = append(cells, b)
	}
	c.days.Objects = cells
	c.days.Refresh()
}

// dayFirst matches a date written day first, as in France and Britain:
// 1/3/2027, 01.03.2027, 01-03-2027.
var dayFirst = regexp.MustCompile(`^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$`)

// isoDate rewrites a date typed day first as YYYY-MM-DD, the form answers
// files hold; any other text is returned as typed, to be checked as such.
func isoDate(s string) string {
	m := dayFirst.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	year, _ := strconv.Atoi(m[3])
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month {
		return s // 31/02/2027 does not exist: let the check say so
	}
	return t.Format(time.DateOnly)
}
