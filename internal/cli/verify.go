package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"apitos/internal/document"
	"apitos/internal/export"
	"apitos/internal/manifest"
	"apitos/internal/questionnaire"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// runVerify checks that a generated document came from an answers file:
// the fingerprint it carries names the digest of the canonical answers it
// was generated from, which must be that of the file. When this program
// can generate it again (same version, same templates), the document must
// also be, byte for byte, what the answers give; otherwise the manifest
// beside it, if any, vouches for its content.
func runVerify(c *ctx, args []string) int {
	fs := c.flags("verify")
	pos, code, done := c.parse(fs, args)
	if done {
		return code
	}
	if len(pos) != 2 {
		c.usageError(c.loc.T("cli.verify_args"))
		return ExitUsage
	}
	docPath, answersPath := pos[0], pos[1]
	data, err := readDocument(docPath, c)
	if err != nil {
		return c.fail(c.loc.T("cli.read_failed", "Path", docPath, "Error", err.Error()))
	}
	fp, err := document.ReadFingerprint(data)
	if errors.Is(err, document.ErrNoFingerprint) {
		return c.fail(c.loc.T("verify.no_fingerprint", "Path", docPath))
	}
	if err != nil {
		return c.fail(c.loc.T("verify.bad_fingerprint", "Path", docPath, "Error", err.Error()))
	}
	f, issues, ok := c.load(answersPath)
	if !ok {
		return ExitInvalid
	}
	if errs := errorsOf(withoutMissing(issues)); len(errs) > 0 {
		c.report(answersPath, f, errs)
		return c.fail(c.loc.T("verify.invalid_answers", "Path", answersPath))
	}
	if f.Kind != fp.Kind {
		return c.fail(c.loc.T("verify.other_kind", "Path", docPath, "Kind", fp.Kind, "Answers", answersPath, "AnswersKind", f.Kind))
	}
	k, _ := templates.Lookup(f.Kind)
	digest := manifest.Digest(k.Questionnaire.Canonical(f.Values))
	if fp.Earlier != "" {
		return c.verifyComparison(fp, digest, docPath, answersPath)
	}
	if digest != fp.Answers {
		c.fail(c.loc.T("verify.other_answers", "Path", docPath, "Answers", answersPath, "Version", fp.Program))
		c.explainDifference(docPath, answersPath, fp, f.Values, k)
		return ExitInvalid
	}
	// The answers are those of the document; is its content as they give it?
	if fp.Program == c.Version && fp.Templates == k.Digest() {
		format := formatOf(data)
		mode := templates.Final
		if fp.Draft {
			mode = templates.Preview
		}
		// A document side by side names its two languages: fr-en.
		first, second, sideBySide := strings.Cut(string(fp.Lang), "-")
		langs := []textfmt.Lang{textfmt.Lang(first)}
		if sideBySide {
			langs = append(langs, textfmt.Lang(second))
		}
		files, err := export.Render(export.Request{Kind: k, Values: f.Values, Langs: langs,
			Formats: []export.Format{format}, Mode: mode, Review: fp.Review, Program: c.Version, SideBySide: sideBySide})
		if err != nil {
			return c.fail(err.Error())
		}
		if !bytes.Equal(files[0].Data, data) {
			// A policy cites its charter's articles by number: a charter
			// renumbered since changes the text, not the policy's answers.
			if ref := f.Values.Charter(); ref != "" {
				return c.fail(c.loc.T("verify.altered_linked", "Path", docPath, "Answers", answersPath, "Charter", ref))
			}
			return c.fail(c.loc.T("verify.altered", "Path", docPath, "Answers", answersPath))
		}
		fmt.Fprintln(c.Stdout, c.loc.T("verify.ok_regenerated", "Path", docPath, "Answers", answersPath, "Version", fp.Program))
		return ExitOK
	}
	if m, ok := manifestBeside(docPath, fp); ok {
		i := slices.IndexFunc(m.Files, func(mf manifest.File) bool { return mf.Name == filepath.Base(docPath) })
		if i >= 0 {
			if fmt.Sprintf("%x", sha256.Sum256(data)) != m.Files[i].SHA256 {
				return c.fail(c.loc.T("verify.altered_manifest", "Path", docPath, "Manifest", manifest.Name(fp.Kind, fp.Draft, fp.Review)))
			}
			fmt.Fprintln(c.Stdout, c.loc.T("verify.ok_manifest", "Path", docPath, "Answers", answersPath,
				"Version", fp.Program, "Manifest", manifest.Name(fp.Kind, fp.Draft, fp.Review)))
			return ExitOK
		}
	}
	fmt.Fprintln(c.Stdout, c.loc.T("verify.ok_other_program", "Path", docPath, "Answers", answersPath,
		"Version", fp.Program, "Current", c.Version))
	return ExitOK
}

// verifyComparison checks a redline or a change log, which compares two
// versions: the answers file may be either.
func (c *ctx) verifyComparison(fp document.Fingerprint, digest, docPath, answersPath string) int {
	switch digest {
	case fp.Answers:
		fmt.Fprintln(c.Stdout, c.loc.T("verify.ok_comparison_new", "Path", docPath, "Answers", answersPath, "Version", fp.Program))
		return ExitOK
	case fp.Earlier:
		fmt.Fprintln(c.Stdout, c.loc.T("verify.ok_comparison_old", "Path", docPath, "Answers", answersPath, "Version", fp.Program))
		return ExitOK
	}
	return c.fail(c.loc.T("verify.other_answers", "Path", docPath, "Answers", answersPath, "Version", fp.Program))
}

// explainDifference says which answers differ, from the manifest written
// beside the document when it holds the document's answers, and gives
// the two digests otherwise.
func (c *ctx) explainDifference(docPath, answersPath string, fp document.Fingerprint, vals questionnaire.Values, k *templates.Kind) {
	m, ok := manifestBeside(docPath, fp)
	if !ok {
		fmt.Fprintln(c.Stderr, c.loc.T("verify.digests", "Document", fp.Answers,
			"Answers", manifest.Digest(k.Questionnaire.Canonical(vals)), "Manifest", manifest.Name(fp.Kind, fp.Draft, fp.Review)))
		return
	}
	// Compare as JSON values, the form the manifest keeps them in.
	var mine map[string]any
	raw, _ := json.Marshal(k.Questionnaire.Public(vals))
	json.Unmarshal(raw, &mine)
	q := k.Questionnaire
	var lines []string
	for _, qq := range q.Questions() {
		a, b := m.Answers[qq.Key], mine[qq.Key]
		if reflect.DeepEqual(a, b) {
			continue
		}
		lines = append(lines, "  "+c.loc.T("verify.answer_differs", "Label", qq.Label.In(c.loc.Lang),
			"Document", shown(c, a), "Answers", shown(c, b), "Path", answersPath))
	}
	var langs []string
	for _, l := range q.Resolve(vals).Langs() {
		langs = append(langs, string(l))
	}
	if !slices.Equal(m.Languages, langs) && len(lines) == 0 {
		lines = append(lines, "  "+c.loc.T("verify.languages_differ"))
	}
	fmt.Fprintln(c.Stderr, c.loc.N("verify.answers_differ", len(lines), "Manifest", manifest.Name(fp.Kind, fp.Draft, fp.Review)))
	for _, l := range lines {
		fmt.Fprintln(c.Stderr, l)
	}
}

// shown writes an answer as the manifest holds it, or says there is none.
func shown(c *ctx, v any) string {
	if v == nil {
		return c.loc.T("verify.no_answer")
	}
	if s, ok := v.(string); ok {
		return s
	}
	raw, _ := json.Marshal(v)
	return string(raw)
}

// manifestBeside reads the manifest in the document's folder, when it
// describes the generation the document comes from.
func manifestBeside(docPath string, fp document.Fingerprint) (*manifest.Manifest, bool) {
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(docPath), manifest.Name(fp.Kind, fp.Draft, fp.Review)))
	if err != nil {
		return nil, false
	}
	var m manifest.Manifest
	if json.Unmarshal(raw, &m) != nil || m.Fingerprint.Answers != fp.Answers {
		return nil, false
	}
	return &m, true
}

// readDocument reads a generated file, refusing a folder.
func readDocument(path string, c *ctx) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New(c.loc.T("cli.is_folder_document"))
	}
	return os.ReadFile(path)
}

// formatOf tells a document's format from its first bytes: a PDF, a web
// page, a zipped OpenDocument file (whose first entry is its mimetype) or
// Word file, or Markdown.
func formatOf(data []byte) export.Format {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return export.PDF
	case bytes.HasPrefix(data, []byte("<!DOCTYPE html>")):
		return export.HTML
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if bytes.Contains(data[:min(len(data), 100)], []byte("mimetypeapplication/vnd.oasis.opendocument.text")) {
			return export.ODT
		}
		return export.DOCX
	}
	return export.Markdown
}
