package session

import (
	"os"
	"path/filepath"

	"apitos/internal/answers"
	"apitos/internal/questionnaire"
	"apitos/templates"
)

// A contribution policy may take the facts of its commons from the
// charter's answers file (see answers.Link): the answers its
// questionnaire declares are then the charter's, shown and never typed.

// Charter is the charter the answers take facts from, or nil.
func (s *Session) Charter() *answers.Link { return s.link }

// LinkCharter makes the answers take their facts from the charter whose
// answers file is at path. It returns why it cannot, leaving the session
// as it was, when the file is not a readable charter.
func (s *Session) LinkCharter(path string) *questionnaire.Message {
	l := s.follow(answers.RefFrom(s.Path, absolute(path)), 0)
	if !l.OK() {
		return l.Problem()
	}
	s.setLink(l)
	s.dirty = true
	return nil
}

// setLink makes the answers take their facts from the charter l (nil:
// from none) and works out, once, which answers it gives: linkKeys maps
// each question whose answer comes from l to the charter's question it
// comes from (see charterKey). l is read again only through setLink.
func (s *Session) setLink(l *answers.Link) {
	s.link, s.linkKeys = l, nil
	if l == nil {
		return
	}
	s.linkKeys = map[string]string{}
	var visit func(qq *questionnaire.Question)
	visit = func(qq *questionnaire.Question) {
		if key := charterKey(l, qq); key != "" {
			s.linkKeys[qq.Key] = key
		}
		for _, f := range qq.Fields {
			visit(f)
		}
	}
	for _, qq := range s.Questionnaire().Questions() {
		visit(qq)
	}
}

// follow reads the charter that ref designates from the session's file,
// keeping its path absolute so that saving elsewhere can rewrite ref.
func (s *Session) follow(ref string, line int) *answers.Link {
	l := answers.Follow(s.Path, ref, line, s.Questionnaire(), templates.Registry)
	l.Path = absolute(l.Path)
	return l
}

func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// Unlink stops taking facts from the charter. The answers it gave become
// the session's own, so that nothing the documents say changes.
func (s *Session) Unlink() {
	if s.link == nil {
		return
	}
	for key, v := range s.link.Facts(s.Questionnaire()) {
		switch v := v.(type) {
		case []string:
			s.multi[key] = v
		default:
			s.text[key] = format(v)
		}
	}
	s.setLink(nil)
	s.dirty = true
}

// Linked reports whether the answer to key is taken from the charter:
// a question that declares it, or one with a charter default (the seat
// and registration of the legal person) that a charter which could be
// read answers, which the file may then not answer again.
func (s *Session) Linked(key string) bool {
	return s.link != nil && s.linkKeys[key] != ""
}

// charterKey is the key of the question of the charter l that qq takes
// its answer from, or "": the question it declares, or its charter
// default when l can be read and answers it.
func charterKey(l *answers.Link, qq *questionnaire.Question) string {
	if qq.FromCharter != "" {
		return qq.FromCharter
	}
	if qq.CharterDefault != "" && l.OK() && questionnaire.Answered(l.Answers()[qq.CharterDefault]) {
		return qq.CharterDefault
	}
	return ""
}

// linkedOK reports whether the answer to key is taken from a charter
// that could be read: the file's own answer then does not count.
func (s *Session) linkedOK(key string) bool { return s.Linked(key) && s.link.OK() }

// Source is where an answer taken from the charter comes from: the
// charter's question and the line of its answer in the charter's file
// (where it would be written when the charter relies on its default).
func (s *Session) Source(key string) (q *questionnaire.Question, line int, ok bool) {
	if !s.Linked(key) || !s.link.OK() {
		return nil, 0, false
	}
	c := s.link.File
	src, ok := c.Questionnaire.Question(s.linkKeys[key])
	return src, c.Line(src.Key, 0), ok
}

// RefreshCharter reads the charter again when its file has changed on
// disk since it was read, and reports whether it did.
func (s *Session) RefreshCharter() bool {
	if s.link == nil {
		return false
	}
	info, err := os.Stat(s.link.Path)
	unchanged := err == nil && info.ModTime().Equal(s.link.ModTime) && info.Size() == s.link.Size
	if unchanged || err != nil && !s.link.OK() {
		return false
	}
	s.setLink(s.follow(s.link.Ref, s.link.Line))
	return true
}

// linkProblems lists what the charter says is wrong with the answers
// taken from it, under each answer of the session concerned, and, under
// no answer, why the charter cannot be read.
func (s *Session) linkProblems() []questionnaire.Problem {
	if s.link == nil {
		return nil
	}
	q := s.Questionnaire()
	var out []questionnaire.Problem
	if m := s.link.Problem(); m != nil {
		out = append(out, questionnaire.Problem{Msg: m})
	}
	for _, i := range append(s.link.Issues(), s.link.Contradictions(q, s.today())...) {
		if i.Warning() {
			continue
		}
		for _, qq := range q.Linked() {
			if qq.FromCharter == i.Key && i.Key != "" {
				out = append(out, questionnaire.Problem{Key: qq.Key, Msg: questionnaire.NewMessage("link.charter_problem",
					"Path", s.link.Ref, "Line", i.Line, "Problem", i.Msg)})
			}
		}
	}
	return out
}
