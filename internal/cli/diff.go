package cli

import (
	"fmt"
	"slices"
	"time"

	"apitos/internal/answers"
	"apitos/internal/export"
	"apitos/internal/textfmt"
	"apitos/internal/versions"
	"apitos/templates"
)

// runDiff compares two versions of a document: it writes the redline and
// the change log of each language, once the later version is shown to
// follow the earlier one's own rules of amendment.
func runDiff(c *ctx, args []string) int {
	fs := c.flags("diff")
	out := fs.String("o", ".", "")
	langs := fs.String("lang", "", "")
	formats := fs.String("format", "md,pdf", "")
	announceFlag := fs.String("announce", "", "")
	pos, code, done := c.parse(fs, args)
	if done {
		return code
	}
	if len(pos) != 2 {
		c.usageError(c.loc.T("cli.diff_args"))
		return ExitUsage
	}
	var ls []textfmt.Lang
	if *langs != "" {
		var err error
		if ls, err = textfmt.ParseLangs(*langs); err != nil {
			c.usageError(c.loc.T("cli.lang_unknown", "Lang", *langs))
			return ExitUsage
		}
	}
	fmts, err := export.ParseFormats(*formats)
	if err != nil || slices.ContainsFunc(fmts, func(f export.Format) bool { return !slices.Contains(export.RedlineFormats, f) }) {
		c.usageError(c.loc.T("cli.redline_format_unknown", "Format", *formats))
		return ExitUsage
	}
	announce := c.today()
	if *announceFlag != "" {
		if announce, err = textfmt.ParseDate(*announceFlag); err != nil {
			c.usageError(c.loc.T("cli.announce_date", "Value", *announceFlag))
			return ExitUsage
		}
	}

	oldPath, newPath := pos[0], pos[1]
	files := make([]*answers.File, 2)
	for i, path := range pos {
		f, issues, ok := c.load(path)
		if !ok {
			return ExitInvalid
		}
		// The earlier version's effective date is past, as it should be.
		if i == 0 {
			issues = slices.DeleteFunc(issues, answers.Issue.Warning)
		}
		c.report(path, f, issues)
		if len(errorsOf(issues)) > 0 {
			return ExitInvalid
		}
		files[i] = f
	}
	oldFile, newFile := files[0], files[1]
	if oldFile.Kind != newFile.Kind {
		return c.fail(c.loc.T("cli.diff_kinds", "Old", oldPath, "OldKind", oldFile.Kind, "New", newPath, "NewKind", newFile.Kind))
	}
	if ls == nil {
		for _, l := range newFile.Langs {
			if slices.Contains(oldFile.Langs, l) {
				ls = append(ls, l)
			}
		}
	}
	for _, f := range []struct {
		path  string
		langs []textfmt.Lang
	}{{oldPath, oldFile.Langs}, {newPath, newFile.Langs}} {
		for _, l := range ls {
			if !slices.Contains(f.langs, l) {
				return c.fail(c.loc.T("cli.diff_lang_not_in_file", "Path", f.path,
					"Lang", textfmt.LangName(l, c.loc.Lang), "Langs", langList(f.langs, c.loc.Lang)))
			}
		}
	}
	if len(ls) == 0 {
		return c.fail(c.loc.T("cli.diff_no_common_lang", "Old", oldPath, "New", newPath))
	}
	if slices.Contains(fmts, export.PDF) {
		export.Prepare(len(ls), fmts)
	}

	k, _ := templates.Lookup(newFile.Kind)
	var comps []*versions.Comparison
	unchanged := true
	for _, l := range ls {
		comp, err := versions.Compare(k, oldFile.Values, newFile.Values, l, templates.Final)
		if err != nil {
			return c.fail(err.Error())
		}
		comps = append(comps, comp)
		unchanged = unchanged && comp.Unchanged()
	}
	if unchanged {
		fmt.Fprintln(c.Stdout, c.loc.T("cli.diff_unchanged", "Old", oldPath, "New", newPath))
		return ExitOK
	}
	if p := comps[0].Check(announce); p != nil {
		return c.fail(c.refusal(comps[0], p, announce, oldPath, newPath))
	}
	if slices.Contains(fmts, export.PDF) {
		for i, f := range files {
			for _, p := range export.Unprintable(k, f.Values) {
				c.report(pos[i], f, []answers.Issue{{Line: f.Line(p.Key, p.Row), Problem: p}})
				return ExitInvalid
			}
		}
	}
	rendered, err := export.RenderComparisons(comps, fmts, announce, c.Version)
	if err != nil {
		return c.fail(err.Error())
	}
	written, err := export.Write(*out, rendered)
	for _, p := range written {
		fmt.Fprintln(c.Stdout, p)
	}
	if err != nil {
		return c.fail(c.loc.T("cli.write_failed", "Path", *out, "Error", err.Error()))
	}
	return ExitOK
}

// refusal words a broken rule of amendment in the user's language,
// naming the earliest lawful date where there is one.
func (c *ctx) refusal(comp *versions.Comparison, p *versions.Problem, announce time.Time, oldPath, newPath string) string {
	oldV, newV := comp.Version()
	oldD, newD := comp.Effective()
	l := c.loc.Lang
	args := []any{"Old", oldPath, "New", newPath, "OldVersion", oldV, "NewVersion", newV,
		"OldDate", textfmt.Date(l, oldD), "NewDate", textfmt.Date(l, newD),
		"Announce", textfmt.Date(l, announce), "Earliest", textfmt.Date(l, p.Earliest),
		"Months", textfmt.Months(l, p.Months)}
	if p.Clause != nil && p.Clause.ID != "" {
		args = append(args, "Clause", p.Clause.Label(l))
	}
	switch p.ID {
	case versions.RuleVersion:
		return c.loc.T("cli.diff_version_not_later", args...)
	case versions.RuleDate:
		return c.loc.T("cli.diff_date_not_later", args...)
	case versions.RuleDeprecation:
		return c.loc.T("cli.diff_deprecation", args...)
	}
	return c.loc.T("cli.diff_notice", args...)
}
