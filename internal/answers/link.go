package answers

import (
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
)

// CharterKey is the top-level key by which an answers file names the
// answers file of the charter of its commons, from which it takes the
// answers its questionnaire declares (see questionnaire.CheckLink).
const CharterKey = "charter"

// Link is the charter an answers file takes facts from.
type Link struct {
	// Ref is the charter's answers file as written: a path relative to
	// the folder of the file that names it, or an absolute path.
	Ref string
	// Path is the file Ref designates, as the program opens it.
	Path string
	// Line is the line of the charter key in the file that names it; 0
	// when the link was made in the wizard and not read from a file.
	Line int
	// File holds the charter's answers, nil when they could not be read.
	File *File
	// ModTime and Size are those of the charter's file when it was read,
	// so that a change on disk can be noticed.
	ModTime time.Time
	Size    int64

	problem *questionnaire.Message // why the link cannot be followed
	issues  []Issue                // the charter's problems with the facts taken

	// answers are the charter's resolved answers, resolved once so that
	// every document assembled from the link numbers the charter once
	// (see templates' charterArticles).
	answersOnce sync.Once
	answers     questionnaire.Values
}

// Resolve joins a charter reference, as an answers file writes it, to the
// folder of that file (from; "" or "-" for the working directory). A
// reference is written with slashes (RefFrom writes it so); one typed on
// Windows with backslashes (shared\charter.yaml) is read the same way on
// every system, so that the two files go together wherever they are
// checked out.
func Resolve(from, ref string) string {
	ref = filepath.FromSlash(strings.ReplaceAll(ref, `\`, "/"))
	if filepath.IsAbs(ref) || from == "" || from == "-" {
		return ref
	}
	return filepath.Join(filepath.Dir(from), ref)
}

// RefFrom writes the reference to the charter at path as the answers
// file at from keeps it: relative to from's folder when it can be, so
// that the two files can move together; absolute when from is not saved
// yet or the paths share no root.
func RefFrom(from, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if from == "" || from == "-" {
		return abs
	}
	dir, err := filepath.Abs(filepath.Dir(from))
	if err != nil {
		return abs
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return abs
	}
	return filepath.ToSlash(rel)
}

// Follow reads the charter that the answers file at from (of
// questionnaire q) names as ref, at line. Why the link cannot be
// followed, if it cannot, is its Problem; the charter's problems with the
// answers q takes are its Issues and Contradictions.
func Follow(from, ref string, line int, q *questionnaire.Questionnaire, reg Registry) *Link {
	l := &Link{Ref: ref, Path: Resolve(from, ref), Line: line}
	info, err := os.Stat(l.Path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		l.problem = message("link.no_file", "Path", ref)
		return l
	case errors.Is(err, fs.ErrPermission):
		l.problem = message("link.not_allowed", "Path", ref)
		return l
	case err != nil:
		l.problem = message("link.read", "Path", ref, "Error", err.Error())
		return l
	case info.IsDir():
		l.problem = message("link.folder", "Path", ref)
		return l
	}
	if self, err := os.Stat(from); err == nil && os.SameFile(self, info) {
		l.problem = message("link.self", "Path", ref)
		return l
	}
	l.ModTime, l.Size = info.ModTime(), info.Size()
	data, err := readFile(l.Path)
	switch {
	case errors.Is(err, fs.ErrPermission):
		l.problem = message("link.not_allowed", "Path", ref)
		return l
	case err != nil:
		l.problem = message("link.read", "Path", ref, "Error", err.Error())
		return l
	}
	// The charter's own charter key, if any, is not followed: a charter
	// takes facts from no other document.
	f, issues := Parse(data, reg)
	if f == nil {
		l.problem = message("link.unusable", "Path", ref)
		l.issues = charterIssues(issues)
		return l
	}
	if f.Kind != questionnaire.CharterKind {
		l.problem = message("link.kind", "Path", ref, "Kind", f.Questionnaire.Title)
		return l
	}
	l.File = f
	taken := sources(q)
	for _, i := range issues {
		if taken[i.Key] {
			l.issues = append(l.issues, i)
		}
	}
	l.issues = charterIssues(l.issues)
	return l
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, MaxSize+1))
}

// charterIssues marks issues as located in the charter.
func charterIssues(issues []Issue) []Issue {
	for i := range issues {
		issues[i].Charter = true
	}
	return issues
}

// sources are the keys of the charter's questions q takes answers from.
func sources(q *questionnaire.Questionnaire) map[string]bool {
	out := map[string]bool{}
	for _, qq := range q.Linked() {
		out[qq.FromCharter] = true
	}
	return out
}

// OK reports whether the link could be followed to a charter.
func (l *Link) OK() bool { return l.problem == nil && l.File != nil }

// Problem says why the link cannot be followed, or nil.
func (l *Link) Problem() *questionnaire.Message { return l.problem }

// Answers returns the charter's resolved answers, from which its
// articles are numbered, or nil when the link cannot be followed. They
// are the same map at every call, which callers must not change.
func (l *Link) Answers() questionnaire.Values {
	if !l.OK() {
		return nil
	}
	l.answersOnce.Do(func() { l.answers = l.File.Questionnaire.Resolve(l.File.Values) })
	return l.answers
}

// Facts returns the answers q takes from the charter, options mapped; a
// charter question without an answer, or that does not apply to the
// charter, gives none, and so does an invalid answer, which its default
// must not replace.
func (l *Link) Facts(q *questionnaire.Questionnaire) questionnaire.Values {
	if !l.OK() {
		return questionnaire.Values{}
	}
	c := l.File.Questionnaire
	facts := q.FromCharter(c.Resolve(l.File.Values))
	for _, i := range l.issues {
		if i.Missing() {
			continue // a missing translation leaves the others valid
		}
		for _, qq := range q.Linked() {
			if qq.FromCharter == i.Key {
				delete(facts, qq.Key)
			}
		}
	}
	return facts
}

// Issues lists the charter's problems with the answers the file that
// names it takes from it: invalid or missing answers, or, when the
// charter cannot be read as answers at all, why. Charter is set: their
// keys and lines are the charter's.
func (l *Link) Issues() []Issue { return slices.Clone(l.issues) }

// Contradictions lists the rules of the charter's questionnaire that the
// charter breaks on the day today and that read an answer q takes: each
// at every answer of the charter it names, as the charter itself reports
// it, so that a rule that also reads answers the policy does not take is
// shown at its own lines and with all its questions.
func (l *Link) Contradictions(q *questionnaire.Questionnaire, today time.Time) []Issue {
	if !l.OK() {
		return nil
	}
	taken := sources(q)
	issues := l.File.Check(today)
	broken := map[*questionnaire.Rule]bool{}
	for _, i := range issues {
		if taken[i.Key] && i.Rule != nil {
			broken[i.Rule] = true
		}
	}
	var out []Issue
	for _, i := range issues {
		if taken[i.Key] || broken[i.Rule] {
			i.Charter = true
			out = append(out, i)
		}
	}
	return out
}

// Gap explains why the answer to qq, which q takes from the charter and
// which applies in resolved (the answers of the file that names the
// charter), is missing: the charter gives none, gives no text in the
// language of p, or its question does not apply to it. It returns nil
// when the charter itself reports a problem with that answer, which says
// it better.
func (l *Link) Gap(q *questionnaire.Questionnaire, qq *questionnaire.Question, p questionnaire.Problem) *questionnaire.Message {
	if !l.OK() {
		return nil
	}
	for _, i := range l.issues {
		if i.Key == qq.FromCharter {
			return nil
		}
	}
	c := l.File.Questionnaire
	src, _ := c.Question(qq.FromCharter)
	line := l.File.Line(src.Key, 0)
	if p.Lang != "" {
		return message("link.missing_translation", "Question", src.Label, "Path", l.Ref, "Line", line,
			"Lang", questionnaire.LangName(p.Lang))
	}
	if m := l.inapplicable(q, qq, false); m != nil {
		return m
	}
	return message("link.missing", "Question", src.Label, "Path", l.Ref, "Line", line)
}

// inapplicable explains, when the charter question that qq takes its
// answer from does not apply to the charter, which answer of the charter
// makes it so and which options of that answer would make it apply, so
// that the message leads to a charter that answers; answered says the
// file answers qq itself, which is refused as well. It returns nil when
// the charter question applies. Beside the words, the message holds the
// charter's question (CauseKey) and the options (Values) that would make
// it apply.
func (l *Link) inapplicable(q *questionnaire.Questionnaire, qq *questionnaire.Question, answered bool) *questionnaire.Message {
	c := l.File.Questionnaire
	src, ok := c.Question(qq.FromCharter)
	if !ok {
		return nil
	}
	unmet := c.Unmet(src, c.Resolve(l.File.Values))
	cause, ok := c.Question(strings.Join(unmet[:min(1, len(unmet))], ""))
	if !ok {
		return nil
	}
	here := questionnaire.Text{}
	if keys := slices.Sorted(maps.Keys(qq.ShowIf)); len(keys) > 0 {
		if own, ok := q.Question(keys[0]); ok {
			here = own.Label
		}
	}
	values := slices.DeleteFunc(slices.Clone(src.ShowIf[cause.Key]), func(v string) bool { return v == "" })
	id := "link.not_applicable"
	if cause.Type == questionnaire.TypeMulti {
		id = "link.not_ticked"
	}
	if answered {
		id = strings.Replace(id, "link.", "link.answered_", 1)
	}
	return message(id, "Question", src.Label, "Path", l.Ref, "Cause", cause.Label,
		"Line", l.File.Line(cause.Key, 0), "Options", alternatives(cause, values), "Here", here,
		"CauseKey", cause.Key, "Values", values)
}

// alternatives names the options values of qq in each language, quoted
// and joined by "or".
func alternatives(qq *questionnaire.Question, values []string) questionnaire.Text {
	out := questionnaire.Text{}
	for _, lang := range textfmt.All {
		var labels []string
		for _, v := range values {
			label := v
			if o, ok := qq.Option(v); ok {
				label = o.Label.In(lang)
			}
			labels = append(labels, textfmt.Quote(lang, label))
		}
		out[lang] = textfmt.Alternatives(lang, labels)
	}
	return out
}
