package export

import (
	"fmt"
	"slices"
	"time"

	"apitos/internal/manifest"
	"apitos/internal/render/docx"
	"apitos/internal/render/markdown"
	"apitos/internal/render/odt"
	"apitos/internal/render/pdf"
	"apitos/internal/versions"
	"apitos/templates"
)

// Names of the files of a comparison.
const (
	redlineSuffix = "redline"
	changesSuffix = "changes"
)

// RedlineName is the name of a redline: <kind>.<lang>.redline.<ext>.
func RedlineName(c *versions.Comparison, f Format) string {
	return c.Kind.ID + "." + string(c.Lang) + "." + redlineSuffix + "." + string(f)
}

// ChangesName is the name of a change log: <kind>.<lang>.changes.md.
func ChangesName(c *versions.Comparison) string {
	return c.Kind.ID + "." + string(c.Lang) + "." + changesSuffix + ".md"
}

// RedlineFormats are the formats of redlines.
var RedlineFormats = []Format{Markdown, PDF, DOCX, ODT}

// RenderComparisons renders, for each comparison (one per language), the
// redline in the formats asked for and the change log, in Markdown, for
// a change announced on announce. The files carry the fingerprints of
// both versions' answers; the pictograms a redline's Markdown shows come
// last. Redlines are written in the RedlineFormats only; other formats
// asked for are left out.
func RenderComparisons(cs []*versions.Comparison, formats []Format, announce time.Time, program string) ([]File, error) {
	formats = slices.DeleteFunc(slices.Clone(formats), func(f Format) bool { return !slices.Contains(RedlineFormats, f) })
	var files, extra []File
	for _, c := range cs {
		fp := Fingerprint(c.Kind, c.NewValues, c.Lang, templates.Final, program)
		fp.Earlier = manifest.Digest(c.Kind.Questionnaire.Canonical(c.OldValues))
		red := c.Redline()
		red.Meta.Fingerprint = fp
		for _, f := range formats {
			var data []byte
			switch f {
			case Markdown:
				data = append(markdown.Render(red), '\n')
				extra = append(extra, pictograms(c.Kind, data)...)
			case PDF:
				var err error
				if data, err = pdf.Render(red); err != nil {
					return nil, fmt.Errorf("%s/%s: %w", c.Kind.ID, c.Lang, err)
				}
			case DOCX:
				// Deletions and insertions as tracked changes.
				var err error
				if data, err = docx.Render(red); err != nil {
					return nil, fmt.Errorf("%s/%s: %w", c.Kind.ID, c.Lang, err)
				}
			case ODT:
				var err error
				if data, err = odt.Render(red); err != nil {
					return nil, fmt.Errorf("%s/%s: %w", c.Kind.ID, c.Lang, err)
				}
			}
			files = append(files, File{Name: RedlineName(c, f), Lang: c.Lang, Data: data})
		}
		log := append(c.ChangeLog(announce), "\n\n"+fp.Comment()+"\n"...)
		files = append(files, File{Name: ChangesName(c), Lang: c.Lang, Data: log})
	}
	return append(files, dedupe(extra)...), nil
}
