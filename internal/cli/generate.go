package cli

import (
	"flag"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"apitos/internal/answers"
	"apitos/internal/export"
	"apitos/internal/pack"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// job is one answers file of a generate command, read and checked.
type job struct {
	path string
	file *answers.File
	kind *templates.Kind
	req  export.Request
	dir  string // the folder its documents go to
}

// generateOptions are the options of a generate command.
type generateOptions struct {
	langs      []textfmt.Lang // nil: each file's languages
	formats    []export.Format
	preview    bool
	review     bool
	sideBySide bool
}

// runGenerate writes the documents of one or several answers files. Every
// file is read and checked first, and every problem of every file
// reported; nothing is written unless all are valid and every document
// rendered.
func runGenerate(c *ctx, args []string) int {
	fs := c.flags("generate")
	out := fs.String("o", ".", "")
	langs := fs.String("lang", "", "")
	formats := fs.String("format", "md,pdf", "")
	preview := fs.Bool("preview", false, "")
	reviewMode := fs.Bool("review", false, "")
	layout := fs.String("layout", "", "")
	packDir := fs.String("pack", "", "")
	pos, code, done := c.parse(fs, args)
	if done {
		return code
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	// With --pack alone, only the pack is written; -o adds the documents.
	writeDocs := *packDir == "" || given["o"]
	if *packDir != "" && *preview {
		c.usageError(c.loc.T("cli.pack_preview"))
		return ExitUsage
	}
	if !writeDocs && (given["format"] || given["layout"]) {
		c.usageError(c.loc.T("cli.pack_format"))
		return ExitUsage
	}
	if *packDir != "" && *reviewMode {
		c.usageError(c.loc.T("cli.pack_review"))
		return ExitUsage
	}
	opts := generateOptions{preview: *preview, review: *reviewMode, sideBySide: *layout == "side-by-side"}
	if *layout != "" && !opts.sideBySide {
		c.usageError(c.loc.T("cli.layout_unknown", "Layout", *layout))
		return ExitUsage
	}
	if opts.sideBySide && opts.review {
		c.usageError(c.loc.T("cli.review_side_by_side"))
		return ExitUsage
	}
	if len(pos) == 0 {
		c.usageError(c.loc.T("cli.file_required"))
		return ExitUsage
	}
	if dup := duplicate(pos); dup != "" {
		c.usageError(c.loc.T("cli.file_twice", "Path", dup))
		return ExitUsage
	}
	if *langs != "" {
		var err error
		if opts.langs, err = textfmt.ParseLangs(*langs); err != nil {
			c.usageError(c.loc.T("cli.lang_unknown", "Lang", *langs))
			return ExitUsage
		}
		if opts.sideBySide && len(opts.langs) != 2 {
			c.usageError(c.loc.T("cli.side_by_side_langs"))
			return ExitUsage
		}
	}
	var err error
	if opts.formats, err = export.ParseFormats(*formats); err != nil {
		c.usageError(c.loc.T("cli.format_unknown", "Format", *formats))
		return ExitUsage
	}
	if opts.sideBySide {
		for _, f := range opts.formats {
			if !slices.Contains(export.SideBySideFormats, f) {
				c.usageError(c.loc.T("cli.side_by_side_format", "Format", string(f)))
				return ExitUsage
			}
		}
	}
	if opts.langs != nil {
		export.Prepare(ahead(len(pos)*documents(opts.langs, opts.sideBySide)), opts.formats)
	}

	jobs, ok := c.checkAll(pos, opts)
	if !ok {
		return ExitInvalid
	}
	if opts.langs == nil {
		n := 0
		for _, j := range jobs {
			n += documents(j.req.Langs, opts.sideBySide)
		}
		export.Prepare(ahead(n), opts.formats)
	}
	if msg := placeJobs(c, jobs, *out); msg != "" {
		return c.fail(msg)
	}
	if *packDir != "" {
		if msg := packable(c, jobs); msg != "" {
			return c.fail(msg)
		}
	}
	// Everything is rendered before anything is written.
	var writes []write
	for _, j := range jobs {
		if writeDocs {
			files, err := export.Render(j.req)
			if err != nil {
				return c.fail(err.Error())
			}
			writes = append(writes, write{j.dir, files})
		}
		if *packDir != "" {
			files, err := pack.Render(j.req)
			if err != nil {
				return c.fail(err.Error())
			}
			writes = append(writes, write{*packDir, files})
		}
	}
	failed := false
	for _, w := range writes {
		written, err := export.Write(w.dir, w.files)
		for _, p := range written {
			fmt.Fprintln(c.Stdout, p)
		}
		if err != nil {
			failed = true
			c.fail(c.loc.T("cli.write_failed", "Path", w.dir, "Error", err.Error()))
		}
	}
	if failed {
		return ExitInvalid
	}
	return ExitOK
}

// write is files to write into a folder.
type write struct {
	dir   string
	files []export.File
}

// packable says why files cannot go into one repository pack: two of the
// same kind would both be its CONTRIBUTING.md (or GOVERNANCE.md,
// API-TERMS.md).
func packable(c *ctx, jobs []*job) string {
	seen := map[string]string{}
	for _, j := range jobs {
		if other, ok := seen[j.kind.ID]; ok {
			return c.loc.T("cli.pack_kind_twice", "Path", j.path, "Other", other, "File", pack.Name(j.kind.ID)+".md")
		}
		seen[j.kind.ID] = j.path
	}
	return ""
}

// ahead bounds the documents whose fonts are prepared ahead to one a
// core: each holds its parsed fonts, about 2 MB, until it is written, and
// a batch of the three kinds would otherwise hold twelve of them at once
// and make the collector run all the time near the memory limit.
func ahead(n int) int { return min(n, runtime.GOMAXPROCS(0)) }

// documents is the number of documents of each format one file gives.
func documents(langs []textfmt.Lang, sideBySide bool) int {
	if sideBySide {
		return 1
	}
	return len(langs)
}

// duplicate returns a file named twice among paths, or "".
func duplicate(paths []string) string {
	seen := map[string]bool{}
	for _, p := range paths {
		key := filepath.Clean(p)
		if abs, err := filepath.Abs(p); err == nil && p != "-" {
			key = abs
		}
		if seen[key] {
			return p
		}
		seen[key] = true
	}
	return ""
}

// checkAll reads and checks every answers file, reporting the problems
// of all; ok is false if any has one that stops generation.
func (c *ctx) checkAll(paths []string, opts generateOptions) ([]*job, bool) {
	var jobs []*job
	ok, hint := true, false
	for _, path := range paths {
		j, missingOnly := c.check(path, opts)
		if j == nil {
			ok = false
			hint = hint || missingOnly
			continue
		}
		jobs = append(jobs, j)
	}
	if hint && !opts.preview {
		fmt.Fprintln(c.Stderr, c.loc.T("cli.hint_preview"))
	}
	return jobs, ok
}

// check reads and checks one answers file, reporting its problems. It
// returns nil if the file cannot be generated, and then whether only
// missing answers stop it.
func (c *ctx) check(path string, opts generateOptions) (*job, bool) {
	f, issues, ok := c.load(path)
	if !ok {
		return nil, false
	}
	k, _ := templates.Lookup(f.Kind)
	ls := opts.langs
	if ls == nil {
		ls = f.Langs
	}
	// Asking for a language the file has no answers in is a problem of
	// this file, like an invalid answer, not of the command line: the
	// same command is right for a file written in that language.
	for _, l := range ls {
		if !slices.Contains(f.Langs, l) {
			c.fail(c.loc.T("cli.lang_not_in_file", "Path", path,
				"Lang", textfmt.LangName(l, c.loc.Lang), "Langs", langList(f.Langs, c.loc.Lang)))
			return nil, false
		}
	}
	if opts.sideBySide {
		if len(ls) != 2 {
			c.fail(c.loc.T("cli.side_by_side_one_lang", "Path", path, "Langs", langList(f.Langs, c.loc.Lang)))
			return nil, false
		}
		if opts.langs == nil {
			ls = export.PrevailingFirst(k, f.Values, ls)
		}
	}
	mode := templates.Final
	if opts.preview {
		mode = templates.Preview
		issues = withoutMissing(issues)
	}
	if slices.Contains(opts.formats, export.PDF) {
		for _, p := range export.Unprintable(k, f.Values) {
			issues = append(issues, answers.Issue{Line: f.Line(p.Key, p.Row), Problem: p})
		}
	}
	slices.SortStableFunc(issues, byLine)
	c.report(path, f, issues)
	if errs := errorsOf(issues); len(errs) > 0 {
		return nil, onlyMissing(errs)
	}
	return &job{path: path, file: f, kind: k,
		req: export.Request{Kind: k, Values: f.Values, Langs: ls, Formats: opts.formats, Mode: mode, Review: opts.review, SideBySide: opts.sideBySide, Program: c.Version}}, false
}

// placeJobs chooses the folder of each file's documents: dir itself, or,
// when several files are of the same kind (their documents would have
// the same names), a subfolder of dir named after each answers file
// (DIR/terms for terms.yaml). It returns a message when two files would
// share a subfolder.
func placeJobs(c *ctx, jobs []*job, dir string) string {
	kinds := map[string]int{}
	for _, j := range jobs {
		kinds[j.kind.ID]++
	}
	repeated := false
	for _, n := range kinds {
		repeated = repeated || n > 1
	}
	used := map[string]string{}
	for _, j := range jobs {
		j.dir = dir
		if !repeated {
			continue
		}
		name := stem(j.path)
		if other, ok := used[name]; ok {
			return c.loc.T("cli.same_folder", "Path", j.path, "Other", other, "Folder", filepath.Join(dir, name))
		}
		used[name] = j.path
		j.dir = filepath.Join(dir, name)
	}
	return ""
}

// stem is an answers file's name without its folder and extension:
// "terms" for "legal/terms.yaml", "stdin" for standard input.
func stem(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
