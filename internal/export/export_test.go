package export

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// exampleRequest renders every kind's example answers in both languages
// and both formats: the full set a user exports.
func exampleRequests(t testing.TB) []Request {
	var reqs []Request
	for _, k := range templates.All() {
		vals := questionnaire.Values{}
		for _, qq := range k.Questionnaire.Questions() {
			if qq.Example != "" {
				vals[qq.Key], _ = qq.Convert(qq.Example)
			}
		}
		reqs = append(reqs, Request{Kind: k, Values: vals, Langs: textfmt.All, Formats: Formats, Mode: templates.Final})
	}
	return reqs
}

func TestRenderAndWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	for _, req := range exampleRequests(t) {
		files, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range files {
			names = append(names, f.Name)
		}
		want := []string{req.Kind.ID + ".en.md", req.Kind.ID + ".en.pdf", req.Kind.ID + ".fr.md", req.Kind.ID + ".fr.pdf"}
		if !slices.Equal(names[:4], want) {
			t.Fatalf("files %v, want %v first", names, want)
		}
		// Then the pictograms the Markdown shows, once each.
		md := string(files[0].Data)
		for _, f := range files[4:] {
			if !strings.Contains(md, "]("+f.Name+")") || !strings.HasPrefix(string(f.Data), "<svg") {
				t.Errorf("%s is not a pictogram the Markdown shows", f.Name)
			}
		}
		if strings.Count(md, "](pictograms/") != len(files)-4 {
			t.Errorf("%d pictograms shown, %d written", strings.Count(md, "](pictograms/"), len(files)-4)
		}
		paths, err := Write(dir, files)
		if err != nil || len(paths) != len(files) {
			t.Fatalf("write: %v %v", paths, err)
		}
		for _, f := range files {
			got, _ := os.ReadFile(filepath.Join(dir, f.Name))
			if string(got) != string(f.Data) {
				t.Errorf("%s differs on disk", f.Name)
			}
		}
	}
}

func TestParseFormats(t *testing.T) {
	if fs, err := ParseFormats("pdf, MD,pdf"); err != nil || !slices.Equal(fs, []Format{PDF, Markdown}) {
		t.Errorf("ParseFormats = %v, %v", fs, err)
	}
	if _, err := ParseFormats("docx"); err == nil {
		t.Error("docx accepted")
	}
}

// Benchmarks of the full bilingual set of every kind: assembly, each
// writer, and everything together as the command line runs it.

func documents(b *testing.B) []*document.Document {
	var docs []*document.Document
	for _, req := range exampleRequests(b) {
		for _, l := range req.Langs {
			d, err := req.Kind.Assemble(req.Values, l, req.Mode)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	return docs
}

func BenchmarkAssemble(b *testing.B) {
	reqs := exampleRequests(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, req := range reqs {
			for _, l := range req.Langs {
				if _, err := req.Kind.Assemble(req.Values, l, req.Mode); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	docs := documents(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			markdown.Render(d)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	docs := documents(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := pdf.Render(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkFullSet renders everything the way export does: languages in
// parallel, both formats each.
func BenchmarkFullSet(b *testing.B) {
	reqs := exampleRequests(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, req := range reqs {
			if _, err := Render(req); err != nil {
				b.Fatal(err)
			}
		}
	}
}
