package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"apitos/internal/answers"
	"apitos/internal/atomicfile"
	"apitos/internal/manifest"
	"apitos/internal/openapi"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/locales"
	"apitos/templates"
)

// runOpen opens the wizard on an answers file. A file that cannot be
// read, or holds wrong answers, is reported in the window, as when it is
// opened from the wizard's menu.
func runOpen(c *ctx, args []string) int {
	fs := c.flags("open")
	pos, code, done := c.parse(fs, args)
	if done {
		return code
	}
	if c.OpenWizard == nil {
		c.usageError(c.loc.T("cli.no_wizard"))
		return ExitUsage
	}
	if len(pos) != 1 {
		c.usageError(c.loc.T("cli.one_file"))
		return ExitUsage
	}
	return c.OpenWizard(pos[0])
}

func runVersion(c *ctx, args []string) int {
	fs := c.flags("version")
	if code, done := c.parseFlagsOnly(fs, args); done {
		return code
	}
	fmt.Fprintln(c.Stdout, "apitos "+c.Version)
	return ExitOK
}

func runKinds(c *ctx, args []string) int {
	fs := c.flags("kinds")
	if code, done := c.parseFlagsOnly(fs, args); done {
		return code
	}
	tw := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	for _, h := range templates.Headings() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", h.ID, h.Title.In(c.loc.Lang), h.Summary.In(c.loc.Lang))
	}
	tw.Flush()
	return ExitOK
}

// parseFlagsOnly parses the flags of a command that takes no other
// argument; done says the command must stop with code.
func (c *ctx) parseFlagsOnly(fs *flag.FlagSet, args []string) (code int, done bool) {
	pos, code, done := c.parse(fs, args)
	if done {
		return code, true
	}
	if len(pos) > 0 {
		c.usageError(c.loc.T("cli.unexpected_args", "Args", strings.Join(pos, " ")))
		return ExitUsage, true
	}
	return 0, false
}

// kindFlag looks up the --kind of a command, reporting a usage error.
func (c *ctx) kindFlag(kind string) (*templates.Kind, bool) {
	if kind == "" {
		c.usageError(c.loc.T("cli.kind_required", "Kinds", strings.Join(templates.IDs(), ", ")))
		return nil, false
	}
	k, ok := templates.Lookup(kind)
	if !ok {
		c.usageError(c.loc.T("cli.kind_unknown", "Kind", kind, "Kinds", strings.Join(templates.IDs(), ", ")))
		return nil, false
	}
	return k, true
}

func runQuestions(c *ctx, args []string) int {
	fs := c.flags("questions")
	kind := fs.String("kind", "", "")
	lang := fs.String("lang", string(c.loc.Lang), "")
	if code, done := c.parseFlagsOnly(fs, args); done {
		return code
	}
	k, ok := c.kindFlag(*kind)
	if !ok {
		return ExitUsage
	}
	l, err := textfmt.ParseLang(*lang)
	if err != nil {
		c.usageError(c.loc.T("cli.lang_unknown", "Lang", *lang))
		return ExitUsage
	}
	printQuestionnaire(c.Stdout, k.Questionnaire, l)
	return ExitOK
}

func runInit(c *ctx, args []string) int {
	fs := c.flags("init")
	kind := fs.String("kind", "", "")
	out := fs.String("o", "", "")
	example := fs.Bool("example", false, "")
	force := fs.Bool("force", false, "")
	langs := fs.String("lang", "en,fr", "")
	charter := fs.String("charter", "", "")
	fromOpenAPI := fs.String("from-openapi", "", "")
	if code, done := c.parseFlagsOnly(fs, args); done {
		return code
	}
	if *fromOpenAPI != "" && *kind == "" {
		*kind = "api-tos" // the one kind an OpenAPI document speaks of
	}
	k, ok := c.kindFlag(*kind)
	if !ok {
		return ExitUsage
	}
	if *charter != "" && !k.Questionnaire.Links() {
		c.usageError(c.loc.T("cli.charter_not_linkable", "Kind", k.ID))
		return ExitUsage
	}
	ls, err := textfmt.ParseLangs(*langs)
	if err != nil {
		c.usageError(c.loc.T("cli.lang_unknown", "Lang", *langs))
		return ExitUsage
	}
	vals := questionnaire.Values{}
	vals.SetLangs(ls)
	var link *answers.Link
	if *charter != "" {
		// Named relative to the file written, or as given when the
		// answers go to standard output; a charter that cannot be read is
		// refused before anything is written.
		ref := *charter
		if *out != "" && *out != "-" {
			ref = answers.RefFrom(*out, *charter)
		}
		link = answers.Follow(*out, ref, 0, k.Questionnaire, templates.Registry)
		if !link.OK() {
			return c.fail(c.loc.Message(link.Problem()))
		}
		vals.SetCharter(ref)
	}
	var imported *openapi.Result
	if *fromOpenAPI != "" {
		if k.ID != "api-tos" {
			c.usageError(c.loc.T("cli.openapi_kind", "Kind", k.ID))
			return ExitUsage
		}
		if imported, ok = c.readOpenAPI(*fromOpenAPI, k); !ok {
			return ExitInvalid
		}
		for _, tk := range imported.Taken {
			vals[tk.Key] = tk.Value
		}
	}
	examples := k.Examples()
	for _, qq := range k.Questionnaire.Questions() {
		if _, taken := vals[qq.Key]; taken && imported != nil {
			continue
		}
		if link != nil && qq.FromCharter != "" {
			continue // the charter's answer
		}
		if link != nil && qq.CharterDefault != "" && questionnaire.Answered(link.Answers()[qq.CharterDefault]) {
			continue // the charter's answer stands for this one
		}
		v := qq.DefaultValue()
		if v == nil && *example {
			v = examples[qq.Key]
			if t, ok := v.(questionnaire.Translated); ok {
				v = only(t, ls)
			}
		}
		if v != nil {
			vals[qq.Key] = v
		}
	}
	if *example {
		dropUnusedExamples(k.Questionnaire, vals)
	}
	if link != nil {
		dropForbiddenByLink(k.Questionnaire, vals, link, c.today())
	}
	labels := c.loc.AnswersLabels(k.Questionnaire)
	labels.Schema = answers.SchemaComment(k.ID)
	data, err := answers.Encode(k.Questionnaire, vals, c.loc.Lang, labels)
	if err != nil {
		return c.fail(err.Error())
	}
	if *out == "" || *out == "-" {
		c.Stdout.Write(data)
		c.reportOpenAPI(c.Stderr, *fromOpenAPI, imported, k)
		return ExitOK
	}
	if _, err := os.Stat(*out); err == nil && !*force {
		return c.fail(c.loc.T("cli.exists", "Path", *out))
	}
	if err := atomicfile.Write(*out, data, 0o644); err != nil {
		return c.fail(c.loc.T("cli.write_failed", "Path", *out, "Error", err.Error()))
	}
	fmt.Fprintln(c.Stdout, c.loc.T("cli.wrote", "Path", *out))
	// The schema beside the file, where its first line says it is: an
	// editor finds it offline, and it is the one of this program, which
	// reads the file. It is the program's, so it is replaced.
	schema := filepath.Join(filepath.Dir(*out), answers.SchemaFile(k.ID))
	if err := atomicfile.Write(schema, c.schema(k.Questionnaire), 0o644); err != nil {
		return c.fail(c.loc.T("cli.write_failed", "Path", schema, "Error", err.Error()))
	}
	fmt.Fprintln(c.Stdout, c.loc.T("cli.wrote", "Path", schema))
	c.reportOpenAPI(c.Stdout, *fromOpenAPI, imported, k)
	return ExitOK
}

// dropUnusedExamples leaves empty the questions that do not apply given
// the other answers: validate notes every answer that no document uses,
// and a default answer to such a question (a public body's kind of
// service in a company's file) would describe a provider the example is
// not. Left empty, the question still takes its default if it comes to
// apply. An answer a charter may give stays, so that linking the file to
// a charter shows it among those to remove.
func dropUnusedExamples(q *questionnaire.Questionnaire, vals questionnaire.Values) {
	resolved := q.Resolve(vals)
	for _, qq := range q.Questions() {
		if v, ok := vals[qq.Key]; ok && !q.Visible(qq, resolved) && (qq.FromCharter == "" || !reflect.DeepEqual(v, qq.DefaultValue())) {
			delete(vals, qq.Key)
		}
	}
}

// dropForbiddenByLink leaves empty, in answers that name the charter l,
// every answer that a rule refuses whatever it is once the charter is
// read (see Rule.Forbids): the courts of a linked policy are the
// charter's, and the example's city would only be flagged for removal.
func dropForbiddenByLink(q *questionnaire.Questionnaire, vals questionnaire.Values, l *answers.Link, today time.Time) {
	linked := maps.Clone(vals)
	maps.Copy(linked, l.Facts(q))
	linked.SetCharterAnswers(l.Answers())
	for _, p := range q.Check(q.Resolve(linked), today) {
		if p.Rule != nil && p.Rule.Forbids(p.Key) {
			delete(vals, p.Key)
		}
	}
}

// schema is the JSON Schema of a kind's answers files, described in the
// user's language.
func (c *ctx) schema(q *questionnaire.Questionnaire) []byte {
	return answers.Schema(q, c.loc.Lang, answers.SchemaWords{
		Title:       c.loc.T("schema.title"),
		Kind:        c.loc.T("schema.kind"),
		Languages:   c.loc.T("schema.languages"),
		Answers:     c.loc.T("schema.answers"),
		Row:         c.loc.T("schema.row"),
		TextIn:      c.loc.T("schema.text_in"),
		Translation: c.loc.T("schema.translation"),
		Charter:     c.loc.T("schema.charter"),
		FromCharter: c.loc.T("schema.from_charter"),
		Overrides:   c.loc.T("schema.overrides"),
		Clauses:     clauseIDs(q.Kind),
	})
}

func runSchema(c *ctx, args []string) int {
	fs := c.flags("schema")
	kind := fs.String("kind", "", "")
	ofManifest := fs.Bool("manifest", false, "")
	lang := fs.String("lang", string(c.loc.Lang), "")
	if code, done := c.parseFlagsOnly(fs, args); done {
		return code
	}
	if *ofManifest {
		if *kind != "" {
			c.usageError(c.loc.T("cli.schema_either"))
			return ExitUsage
		}
		c.Stdout.Write(manifest.Schema)
		return ExitOK
	}
	k, ok := c.kindFlag(*kind)
	if !ok {
		return ExitUsage
	}
	l, err := textfmt.ParseLang(*lang)
	if err != nil {
		c.usageError(c.loc.T("cli.lang_unknown", "Lang", *lang))
		return ExitUsage
	}
	c.loc = locales.For(l)
	c.Stdout.Write(c.schema(k.Questionnaire))
	return ExitOK
}

// only keeps the texts of a translatable answer in the given languages.
func only(t questionnaire.Translated, langs []textfmt.Lang) questionnaire.Translated {
	out := questionnaire.Translated{}
	for _, l := range langs {
		out[l] = t[l]
	}
	return out
}

func runValidate(c *ctx, args []string) int {
	fs := c.flags("validate")
	lang := fs.String("lang", string(c.loc.Lang), "")
	pos, code, done := c.parse(fs, args)
	if done {
		return code
	}
	l, err := textfmt.ParseLang(*lang)
	if err != nil {
		c.usageError(c.loc.T("cli.lang_unknown", "Lang", *lang))
		return ExitUsage
	}
	c.loc = locales.For(l)
	if len(pos) == 0 {
		c.usageError(c.loc.T("cli.file_required"))
		return ExitUsage
	}
	result := ExitOK
	for _, path := range pos {
		f, issues, ok := c.load(path)
		if !ok {
			result = ExitInvalid
			continue
		}
		issues = append(issues, f.Ignored()...)
		slices.SortStableFunc(issues, byLine)
		c.report(path, f, issues)
		if len(errorsOf(issues)) > 0 {
			result = ExitInvalid
			continue
		}
		fmt.Fprintln(c.Stdout, c.loc.T("cli.valid", "Path", path, "Kind", f.Kind))
	}
	return result
}

// load reads and parses an answers file; ok is false when the file could
// not be read at all (the error is already reported).
func (c *ctx) load(path string) (*answers.File, []answers.Issue, bool) {
	data, err := readInput(path, c)
	if err != nil {
		c.fail(c.loc.T("cli.read_failed", "Path", path, "Error", c.loc.ReadError(err)))
		return nil, nil, false
	}
	f, issues := answers.ParseFile(path, data, templates.Registry)
	if f == nil && len(issues) > 0 {
		c.report(path, nil, issues)
		return nil, nil, false
	}
	issues = append(issues, f.Check(c.today())...)
	issues = append(issues, f.Placeholders()...)
	slices.SortStableFunc(issues, byLine)
	return f, issues, true
}

func (c *ctx) today() time.Time {
	if c.Today != nil {
		return c.Today()
	}
	return time.Now()
}

// byLine orders issues by line, those of the file before those of the
// charter it names.
func byLine(a, b answers.Issue) int {
	if a.Charter != b.Charter {
		if a.Charter {
			return 1
		}
		return -1
	}
	return a.Line - b.Line
}

// errorsOf leaves out the warnings and notes, which refuse nothing.
func errorsOf(issues []answers.Issue) []answers.Issue {
	return slices.DeleteFunc(slices.Clone(issues), func(i answers.Issue) bool { return i.Warning() || i.Note })
}

// readInput reads an answers file, or standard input for "-". It reads at
// most one byte more than an answers file may hold, so that the parser
// reports an oversized file instead of the program loading it whole.
func readInput(path string, c *ctx) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(c.Stdin, answers.MaxSize+1))
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New(c.loc.T("cli.is_folder"))
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(io.LimitReader(file, answers.MaxSize+1))
}

func withoutMissing(issues []answers.Issue) []answers.Issue {
	return slices.DeleteFunc(slices.Clone(issues), answers.Issue.Missing)
}

func onlyMissing(issues []answers.Issue) bool {
	return len(withoutMissing(issues)) == 0
}

// langList names languages in a sentence of language in: "English and French".
func langList(langs []textfmt.Lang, in textfmt.Lang) string {
	var names []string
	for _, l := range langs {
		names = append(names, textfmt.LangName(l, in))
	}
	return textfmt.List(in, names)
}

// report prints issues as FILE:LINE: label: message, warnings as
// FILE:LINE: warning: label: message and notes as FILE:LINE: note:
// label: message; the problems of a charter the file
// names are reported in the charter's file, with its questions' labels.
// A rule between answers is reported once, at the line of the first
// answer it names, with the labels of all of them: the same reason
// printed at every answer would read as several problems. Rules that
// give the same reason, such as one per licence or one per way of
// reaching the same answer, are reported as one. A problem already
// printed in this run, such as a charter's warning that a linked policy
// repeats when both files are checked together, is not printed again.
func (c *ctx) report(path string, f *answers.File, issues []answers.Issue) {
	type ruleAt struct {
		reason  string
		charter bool
	}
	labels, reported := map[ruleAt][]string{}, map[ruleAt]bool{}
	for _, i := range issues {
		if i.Rule != nil {
			k := ruleAt{c.loc.Message(i.Msg), i.Charter}
			if l := c.issueLabel(f, i); l != "" && !slices.Contains(labels[k], l) {
				labels[k] = append(labels[k], l)
			}
		}
	}
	if c.printed == nil {
		c.printed = map[string]bool{}
	}
	for _, i := range issues {
		at := path
		if i.Charter && f != nil && f.Link != nil {
			at = f.Link.Path
		}
		label := c.issueLabel(f, i)
		msg := c.loc.Message(i.Msg)
		if i.Rule != nil {
			k := ruleAt{msg, i.Charter}
			if reported[k] {
				continue // reported at its first answer
			}
			reported[k] = true
			label = textfmt.List(c.loc.Lang, labels[k])
		}
		if label != "" {
			msg = c.loc.T("cli.problem", "Label", label, "Message", msg)
		}
		if i.Warning() {
			msg = c.loc.T("cli.warning", "Message", msg)
		} else if i.Note {
			msg = c.loc.T("cli.note", "Message", msg)
		}
		line := fmt.Sprintf("%s:%d: %s", at, i.Line, msg)
		key := line
		if abs, err := filepath.Abs(at); err == nil {
			key = fmt.Sprintf("%s:%d: %s", abs, i.Line, msg)
		}
		if c.printed[key] {
			continue
		}
		c.printed[key] = true
		fmt.Fprintln(c.Stderr, line)
	}
}

// issueLabel names the question of an issue in the questionnaire it
// belongs to, the charter's for a problem of the charter the file names;
// "" when there is none.
func (c *ctx) issueLabel(f *answers.File, i answers.Issue) string {
	if f == nil || i.Key == "" {
		return ""
	}
	q := f.Questionnaire
	if i.Charter && f.Link != nil {
		q = nil
		if f.Link.File != nil {
			q = f.Link.File.Questionnaire
		}
	}
	if q == nil {
		return ""
	}
	return c.label(q, i)
}

// label names the question an issue is about, in the user's language:
// "Provider's website", or "Additional documents of Annex A, row 2,
// Address" for a field of a list.
func (c *ctx) label(q *questionnaire.Questionnaire, i answers.Issue) string {
	qq, ok := q.Question(i.Key)
	if !ok {
		return "" // the message names the unknown key itself
	}
	label := qq.Label.In(c.loc.Lang)
	if i.Row > 0 {
		label += ", " + c.loc.T("label.row", "Row", i.Row)
		if f, ok := q.Question(i.Key + "." + i.Field); ok && i.Field != "" {
			label += ", " + f.Label.In(c.loc.Lang)
		}
	}
	if i.Lang != "" {
		label += ", " + c.loc.T("label.lang", "Lang", textfmt.LangName(i.Lang, c.loc.Lang))
	}
	return label
}

// clauseIDs are the IDs of a kind's clauses, which its answers files'
// overrides may name.
func clauseIDs(kind string) []string {
	k, ok := templates.Lookup(kind)
	if !ok {
		return nil
	}
	return k.ClauseIDs()
}
