// Package export renders the documents of one answers set in the chosen
// languages and formats, and writes them to a folder. The command line and
// the wizard both export through it.
package export

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"apitos/assets/picto"

	"apitos/internal/atomicfile"
	"apitos/internal/document"
	"apitos/internal/manifest"
	"apitos/internal/questionnaire"
	"apitos/internal/render/docx"
	"apitos/internal/render/html"
	"apitos/internal/render/markdown"
	"apitos/internal/render/odt"
	"apitos/internal/render/pdf"
	"apitos/internal/review"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// Format is an output format, named by its file extension.
type Format string

// Output formats, in their stable order.
const (
	Markdown Format = "md"
	PDF      Format = "pdf"
	DOCX     Format = "docx"
	ODT      Format = "odt"
	HTML     Format = "html"
)

// Formats lists every format.
var Formats = []Format{Markdown, PDF, DOCX, ODT, HTML}

// ParseFormats reads a comma-separated list such as "md,pdf".
func ParseFormats(s string) ([]Format, error) {
	var out []Format
	for _, part := range strings.Split(s, ",") {
		f := Format(strings.ToLower(strings.TrimSpace(part)))
		if !contains(Formats, f) {
			return nil, fmt.Errorf("unknown format %q (expected md, pdf, docx, odt or html)", part)
		}
		if !contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

func contains(fs []Format, f Format) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// Request says what to render.
type Request struct {
	Kind    *templates.Kind
	Values  questionnaire.Values
	Langs   []textfmt.Lang
	Formats []Format
	Mode    templates.Mode // Preview writes drafts: marked as such, named <kind>.<lang>.draft.<ext>
	// Program is the version of APIToS, which every file's fingerprint
	// and the manifest name.
	Program string
	// Review writes documents for a reviewer: each clause followed by its
	// commentary and the alternatives not chosen, the answers and the
	// points to check at the end, marked as drafts and named
	// <kind>.<lang>.review.<ext>.
	Review bool
	// SideBySide writes one document per format with the two languages
	// of Langs in two columns, aligned clause by clause, the first on the
	// left: <kind>.<lang>-<lang>.<ext>.
	SideBySide bool
}

// File is one rendered output.
type File struct {
	Name string       // <kind>.<lang>.<ext>, <kind>.<lang>.draft.<ext>, pictograms/<name>.svg, <kind>.json
	Lang textfmt.Lang // the language of a document; "" for other files
	Data []byte
}

// Prepare starts, in the background, what rendering n documents in these
// formats will need whatever the answers: the fonts of the PDFs. A caller
// that knows early what it will render calls it before loading the
// answers, so that the two overlap.
func Prepare(n int, formats []Format) {
	if contains(formats, PDF) {
		pdf.Prepare(n)
	}
}

// Render renders every requested language and format in memory. Languages
// are rendered in parallel; the files come back in a stable order
// (languages as requested, then formats as requested), followed by the
// pictograms the Markdown shows and, last, the manifest that describes
// them all (<kind>.json, or <kind>.draft.json for drafts).
func Render(req Request) ([]File, error) {
	if req.SideBySide {
		return renderSideBySide(req)
	}
	results := make([][]File, len(req.Langs))
	errs := make([]error, len(req.Langs))
	var wg sync.WaitGroup
	for i, lang := range req.Langs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = renderLang(req, lang)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	// Documents first, in request order, then the pictograms they share.
	var files, extra []File
	for _, r := range results {
		for _, f := range r {
			if strings.HasPrefix(f.Name, picto.Dir+"/") {
				extra = append(extra, f)
			} else {
				files = append(files, f)
			}
		}
	}
	files = append(files, dedupe(extra)...)
	return append(files, manifestOf(req, files)), nil
}

// Manifest describes files rendered for a request under other names (a
// repository's pack), as <kind>.json.
func Manifest(req Request, files []File) File { return manifestOf(req, files) }

// manifestOf describes the files rendered for a request.
func manifestOf(req Request, files []File) File {
	in := manifest.Input{Kind: req.Kind, Values: req.Values, Langs: req.Langs,
		Draft: req.Mode == templates.Preview, Review: req.Review, Program: req.Program}
	for _, f := range files {
		in.Files = append(in.Files, manifest.File{Name: f.Name, Lang: string(f.Lang)})
		in.Data = append(in.Data, f.Data)
	}
	return File{Name: manifest.Name(req.Kind.ID, in.Draft, in.Review), Data: manifest.Build(in)}
}

// Fingerprint is what every file rendered from answers in one language
// carries (see document.Fingerprint).
func Fingerprint(k *templates.Kind, vals questionnaire.Values, lang textfmt.Lang, mode templates.Mode, program string) *document.Fingerprint {
	return &document.Fingerprint{
		Program:   program,
		Kind:      k.ID,
		Lang:      lang,
		Draft:     mode == templates.Preview,
		Answers:   manifest.Digest(k.Questionnaire.Canonical(vals)),
		Templates: k.Digest(),
	}
}

func renderLang(req Request, lang textfmt.Lang) ([]File, error) {
	assemble := req.Kind.Assemble
	if req.Review {
		assemble = func(vals questionnaire.Values, lang textfmt.Lang, mode templates.Mode) (*document.Document, error) {
			return review.Document(req.Kind, vals, lang, mode)
		}
	}
	doc, err := assemble(req.Values, lang, req.Mode)
	if err != nil {
		return nil, err
	}
	doc.Meta.Draft = req.Mode == templates.Preview
	doc.Meta.Fingerprint = Fingerprint(req.Kind, req.Values, lang, req.Mode, req.Program)
	doc.Meta.Fingerprint.Review = req.Review
	var files, extra []File
	for _, f := range req.Formats {
		var data []byte
		switch f {
		case Markdown:
			data = append(markdown.Render(doc), '\n')
			extra = append(extra, pictograms(req.Kind, data)...)
		case PDF:
			if data, err = pdf.Render(doc); err != nil {
				return nil, fmt.Errorf("%s/%s: %w", req.Kind.ID, lang, err)
			}
		case DOCX:
			if data, err = docx.Render(doc); err != nil {
				return nil, fmt.Errorf("%s/%s: %w", req.Kind.ID, lang, err)
			}
		case ODT:
			if data, err = odt.Render(doc); err != nil {
				return nil, fmt.Errorf("%s/%s: %w", req.Kind.ID, lang, err)
			}
		case HTML:
			data = html.Render(doc)
		}
		files = append(files, File{Name: req.fileName(lang, f), Lang: lang, Data: data})
	}
	return append(files, extra...), nil
}

var pictoRef = regexp.MustCompile(`\]\((` + picto.Dir + `/[a-z0-9-]+\.svg)\)`)

// pictograms returns the SVG files of the pictograms a Markdown document
// shows, to be written next to it. Each is titled with its option's label
// in every language, since both languages' documents share it.
func pictograms(k *templates.Kind, md []byte) []File {
	var out []File
	for _, m := range pictoRef.FindAllSubmatch(md, -1) {
		name, ok := picto.NameOf(string(m[1]))
		if !ok {
			continue
		}
		p, _ := picto.Get(name)
		out = append(out, File{Name: string(m[1]), Data: picto.SVG(p, "#1a1a1a", pictoTitle(k, name))})
	}
	return out
}

func pictoTitle(k *templates.Kind, name string) string {
	if v, ok := picto.VariantNamed(name); ok {
		return v.EN + " / " + v.FR
	}
	for _, qq := range k.Questionnaire.Questions() {
		text := qq.Label
		if qq.Picto != name {
			text = nil
			for _, o := range qq.Options {
				if o.Picto == name {
					text = o.Label
				}
			}
		}
		if text != nil {
			var labels []string
			for _, l := range textfmt.All {
				labels = append(labels, text.In(l))
			}
			return strings.Join(labels, " / ")
		}
	}
	return name
}

// dedupe drops files written twice (pictograms shared by both languages),
// keeping the first.
func dedupe(files []File) []File {
	seen := map[string]bool{}
	var out []File
	for _, f := range files {
		if !seen[f.Name] {
			seen[f.Name] = true
			out = append(out, f)
		}
	}
	return out
}

// Unprintable lists the answers holding characters that the PDF's font
// cannot draw (emoji, scripts such as Hebrew, Arabic or Chinese), which a
// PDF would show as empty boxes. Markdown carries them unchanged.
func Unprintable(k *templates.Kind, vals questionnaire.Values) []questionnaire.Problem {
	var out []questionnaire.Problem
	check := func(p questionnaire.Problem, v any) {
		texts := map[textfmt.Lang]string{}
		switch v := v.(type) {
		case string:
			texts[""] = v
		case questionnaire.Translated:
			texts = v
		}
		for _, l := range append([]textfmt.Lang{""}, textfmt.All...) {
			if missing := pdf.MissingGlyphs(texts[l]); missing != "" {
				p.Lang, p.Msg = l, questionnaire.NewMessage("value.unprintable", "Chars", missing)
				out = append(out, p)
			}
		}
	}
	for _, qq := range k.Questionnaire.Questions() {
		switch v := vals[qq.Key].(type) {
		case []questionnaire.Record:
			for i, rec := range v {
				for _, f := range qq.Fields {
					check(questionnaire.Problem{Key: qq.Key, Row: i + 1, Field: f.FieldKey()}, rec[f.FieldKey()])
				}
			}
		default:
			check(questionnaire.Problem{Key: qq.Key}, v)
		}
	}
	return out
}

// FileName is the name of an output file: <kind>.<lang>.<ext>, or
// <kind>.<lang>.draft.<ext> for a draft, so that a draft never replaces
// the final document and is never taken for it.
func FileName(kind string, lang textfmt.Lang, f Format, draft bool) string {
	if draft {
		return kind + "." + string(lang) + ".draft." + string(f)
	}
	return kind + "." + string(lang) + "." + string(f)
}

// ReviewFileName is the name of a document for review:
// <kind>.<lang>.review.<ext>, whether or not answers are missing.
func ReviewFileName(kind string, lang textfmt.Lang, f Format) string {
	return kind + "." + string(lang) + ".review." + string(f)
}

// fileName is the name of a document of the request.
func (req Request) fileName(lang textfmt.Lang, f Format) string {
	if req.Review {
		return ReviewFileName(req.Kind.ID, lang, f)
	}
	return FileName(req.Kind.ID, lang, f, req.Mode == templates.Preview)
}

// Write creates dir (and the pictograms folder) if needed and writes every
// file into it atomically, returning the paths written. A file that
// already exists is replaced; a folder in the way is an error. Files are
// written in parallel, so that waiting for the disk to confirm one
// (fsync) overlaps with writing the others.
func Write(dir string, files []File) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	paths := make([]string, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		paths[i] = filepath.Join(dir, filepath.FromSlash(f.Name))
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := os.MkdirAll(filepath.Dir(paths[i]), 0o755); err != nil {
				errs[i] = err
				return
			}
			errs[i] = atomicfile.Write(paths[i], f.Data, 0o644)
		}()
	}
	wg.Wait()
	var written []string
	for i := range files {
		if errs[i] == nil {
			written = append(written, paths[i])
		}
	}
	return written, errors.Join(errs...)
}
