package export

import (
	"errors"
	"fmt"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/html"
	"apitos/internal/render/markdown"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// SideBySideName is the name of a document in two languages side by
// side: <kind>.<lang>-<lang>.<ext>, the languages in the order of the
// columns (api-tos.fr-en.pdf), or <kind>.<lang>-<lang>.draft.<ext>.
func SideBySideName(kind string, langs [2]textfmt.Lang, f Format, draft bool) string {
	return FileName(kind, langs[0]+"-"+langs[1], f, draft)
}

// SideBySideFormats are the formats a document side by side is written
// in: the word processors' files are for one language, to review.
var SideBySideFormats = []Format{Markdown, PDF, HTML}

// Errors of a side-by-side request: in other than two languages, in
// another format, or for review, whose commentary follows one language.
var (
	ErrSideBySideLangs  = errors.New("a side-by-side document needs two languages")
	ErrSideBySideFormat = errors.New("a side-by-side document is written in md, pdf or html")
	ErrSideBySideReview = errors.New("a document for review is in one language, never side by side")
)

// renderSideBySide renders the request's two languages as one document
// per format, the first language in the left column.
func renderSideBySide(req Request) ([]File, error) {
	if len(req.Langs) != 2 || req.Langs[0] == req.Langs[1] {
		return nil, ErrSideBySideLangs
	}
	if req.Review {
		return nil, ErrSideBySideReview
	}
	for _, f := range req.Formats {
		if !contains(SideBySideFormats, f) {
			return nil, fmt.Errorf("%w, not %s", ErrSideBySideFormat, f)
		}
	}
	var docs [2]*document.Document
	var errs [2]error
	done := make(chan int)
	for i, l := range req.Langs {
		go func() {
			docs[i], errs[i] = req.Kind.Assemble(req.Values, l, req.Mode)
			done <- i
		}()
	}
	<-done
	<-done
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	draft := req.Mode == templates.Preview
	langs := [2]textfmt.Lang{req.Langs[0], req.Langs[1]}
	// One fingerprint for the document, in its two languages.
	fp := Fingerprint(req.Kind, req.Values, langs[0]+"-"+langs[1], req.Mode, req.Program)
	for _, d := range docs {
		d.Meta.Draft = draft
		d.Meta.Fingerprint = fp
	}
	bi := document.Pair(docs[0], docs[1])
	var files, extra []File
	for _, f := range req.Formats {
		var data []byte
		switch f {
		case Markdown:
			data = append(markdown.RenderSideBySide(bi), '\n')
			extra = append(extra, pictograms(req.Kind, data)...)
		case PDF:
			var err error
			if data, err = pdf.RenderSideBySide(bi); err != nil {
				return nil, fmt.Errorf("%s/%s-%s: %w", req.Kind.ID, langs[0], langs[1], err)
			}
		case HTML:
			data = html.RenderSideBySide(bi)
		}
		files = append(files, File{Name: SideBySideName(req.Kind.ID, langs, f, draft), Lang: fp.Lang, Data: data})
	}
	files = append(files, dedupe(extra)...)
	return append(files, manifestOf(req, files)), nil
}

// PrevailingFirst orders two languages for a side-by-side document: the
// language whose version prevails in the left column, where a reader
// starts.
func PrevailingFirst(k *templates.Kind, vals questionnaire.Values, langs []textfmt.Lang) []textfmt.Lang {
	key := k.Questionnaire.Document.Prevailing
	p, _ := k.Questionnaire.Resolve(vals)[key].(string)
	if len(langs) == 2 && key != "" && string(langs[1]) == p {
		return []textfmt.Lang{langs[1], langs[0]}
	}
	return langs
}
