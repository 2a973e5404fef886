package textfmt

import (
	"strconv"
	"time"
)

var frMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin",
	"juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// Date writes a calendar date in full: "1 March 2027" in British English,
// the spelling of the English documents, and "1er mars 2027" in French
// (ordinal for the first day of the month).
func Date(l Lang, t time.Time) string {
	if l == FR {
		day := strconv.Itoa(t.Day())
		if t.Day() == 1 {
			day = "1er"
		}
		return day + NBSP + frMonths[t.Month()-1] + NBSP + strconv.Itoa(t.Year())
	}
	return strconv.Itoa(t.Day()) + NBSP + t.Month().String() + NBSP + strconv.Itoa(t.Year())
}

// MonthYear names a month of a year as a calendar's title does: "March
// 2027", "mars 2027".
func MonthYear(l Lang, t time.Time) string {
	month := t.Month().String()
	if l == FR {
		month = frMonths[t.Month()-1]
	}
	return month + " " + strconv.Itoa(t.Year())
}

// WeekdayInitials are the short names of the days of the week, Monday
// first, as calendars print them in each language.
func WeekdayInitials(l Lang) []string {
	if l == FR {
		return []string{"lu", "ma", "me", "je", "ve", "sa", "di"}
	}
	return []string{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"}
}

// ParseDate reads an ISO 8601 calendar date (YYYY-MM-DD) and rejects dates
// that do not exist, such as 2027-02-30.
func ParseDate(s string) (time.Time, error) {
	return time.Parse(time.DateOnly, s)
}
