package versions

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"apitos/internal/document"
)

// The answers and clauses the rules of each kind read. A test checks
// that they exist, so that a renamed question or clause cannot silently
// turn a rule off.
const (
	// API terms.
	keyNotice      = "change.notice_months"
	keyDeprecation = "change.deprecation_months"
	keyReason      = "change.reason"
	keyProvider    = "provider.name"
	keyContact     = "provider.contact"
	keyAPI         = "api.name"
	clauseTerms    = "change-terms"
	clauseDeprec   = "change-deprecation"

	// Charter.
	keyAmendRule   = "amendment.rule"
	keyAmendDays   = "amendment.notice_days"
	keyQuorum      = "governance.quorum"
	clauseAmend    = "amendment-procedure"
	clauseAssembly = "bodies-assembly"
	clauseQuorum   = "decisions-quorum"
	kindAPITerms   = "api-tos"
	kindCharter    = "charter"
)

// The rules of amendment, as Problem names them.
const (
	RuleVersion     = "version_not_later" // the version does not increase
	RuleDate        = "date_not_later"    // the effective date is not later
	RuleNotice      = "notice"            // too early for the notice period
	RuleDeprecation = "deprecation"       // too early to withdraw a version
)

// Problem is a rule of amendment that the later version breaks.
type Problem struct {
	ID string // one of the Rule constants
	// Earliest is the earliest lawful effective date, Months the period
	// that gives it, counted from the announcement, and Clause the clause
	// of the earlier version that sets that period.
	Earliest time.Time
	Months   int
	Clause   *document.Clause
}

// Check applies the rules of amendment to the comparison, for a change
// announced on announce, and returns the rule broken, if any: the version must increase and take effect after
// the earlier one; API terms take effect no earlier than the notice
// period of the earlier terms after their announcement, and a version
// that withdraws the earlier one (its first number raised, which the
// terms reserve for changes that reduce users' rights) no earlier than
// the period for which the earlier terms keep a deprecated version.
func (c *Comparison) Check(announce time.Time) *Problem {
	oldV, newV := c.Version()
	if CompareVersions(newV, oldV) <= 0 {
		return &Problem{ID: RuleVersion}
	}
	oldD, newD := c.Effective()
	if oldD.IsZero() || newD.IsZero() {
		return nil // a draft without its dates: nothing to check yet
	}
	if !newD.After(oldD) {
		return &Problem{ID: RuleDate}
	}
	if c.Kind.ID != kindAPITerms {
		return nil
	}
	// Each period gives an earliest date; the later one is the rule.
	day := dateOf(announce)
	var worst *Problem
	period := func(id, key, clause string) {
		n, ok := c.OldValues[key].(int)
		earliest := AddMonths(day, n)
		if !ok || !newD.Before(earliest) || (worst != nil && !earliest.After(worst.Earliest)) {
			return
		}
		cl, _ := c.Base.Clause(clause)
		worst = &Problem{ID: id, Earliest: earliest, Months: n, Clause: &cl}
	}
	period(RuleNotice, keyNotice, clauseTerms)
	if major(newV) > major(oldV) {
		period(RuleDeprecation, keyDeprecation, clauseDeprec)
	}
	return worst
}

// dateOf is the calendar day of t, as dates in answers are (midnight UTC).
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// AddMonths counts n months from a day: the same day of the month n
// months later, or the last day of that month when it is shorter (three
// months from 30 November is 28 or 29 February).
func AddMonths(day time.Time, n int) time.Time {
	y, m, d := day.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}

// CompareVersions orders two version strings: fields of digits compare
// as numbers (1.10 after 1.9), other fields as text, and a version with
// more fields comes after its prefix (1.0.1 after 1.0).
func CompareVersions(a, b string) int {
	fa, fb := fields(a), fields(b)
	for i := 0; i < len(fa) && i < len(fb); i++ {
		na, errA := strconv.Atoi(fa[i])
		nb, errB := strconv.Atoi(fb[i])
		switch {
		case errA == nil && errB == nil && na != nb:
			if na < nb {
				return -1
			}
			return 1
		case (errA != nil || errB != nil) && fa[i] != fb[i]:
			return strings.Compare(fa[i], fb[i])
		}
	}
	switch {
	case len(fa) < len(fb):
		return -1
	case len(fa) > len(fb):
		return 1
	}
	return 0
}

// fields splits a version into runs of digits and runs of letters: "v2.0b"
// gives v, 2, 0, b.
func fields(v string) []string {
	var out []string
	start, digits := -1, false
	for i, r := range v + " " {
		isDigit, isLetter := unicode.IsDigit(r), unicode.IsLetter(r)
		if start >= 0 && (!(isDigit || isLetter) || isDigit != digits) {
			out = append(out, v[start:i])
			start = -1
		}
		if start < 0 && (isDigit || isLetter) {
			start, digits = i, isDigit
		}
	}
	return out
}

// major is the first number of a version, or -1.
func major(v string) int {
	f := fields(v)
	if len(f) == 0 {
		return -1
	}
	n, err := strconv.Atoi(f[0])
	if err != nil {
		return -1
	}
	return n
}
