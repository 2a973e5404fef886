package export

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"apitos/internal/document"
	"apitos/internal/render/docx"
	"apitos/internal/render/html"
	"apitos/internal/render/markdown"
	"apitos/internal/render/odt"
	"apitos/internal/render/pdf"
	"apitos/internal/review"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// exampleRequest renders every kind's example answers in both languages
// and both formats: the full set a user exports.
func exampleRequests(t testing.TB) []Request {
	var reqs []Request
	for _, k := range templates.All() {
		reqs = append(reqs, Request{Kind: k, Values: k.Examples(), Langs: textfmt.All, Formats: Formats, Mode: templates.Final})
	}
	return reqs
}

// sideBySideRequests renders every kind's example answers side by side,
// French on the left, in every format a document side by side has.
func sideBySideRequests(t testing.TB) []Request {
	var reqs []Request
	for _, req := range exampleRequests(t) {
		req.Langs = []textfmt.Lang{textfmt.FR, textfmt.EN}
		req.Formats = SideBySideFormats
		req.SideBySide = true
		reqs = append(reqs, req)
	}
	return reqs
}

// Side by side, a request gives one document per format, named after
// the two languages in the order of their columns, followed by the
// pictograms the Markdown shows; it needs two languages.
func TestSideBySideFiles(t *testing.T) {
	for _, req := range sideBySideRequests(t) {
		files, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range SideBySideFormats {
			if want := req.Kind.ID + ".fr-en." + string(f); files[i].Name != want {
				t.Errorf("file %d is %s, want %s", i, files[i].Name, want)
			}
		}
		for _, f := range files[len(SideBySideFormats) : len(files)-1] {
			if !strings.HasPrefix(f.Name, "pictograms/") {
				t.Errorf("unexpected file %s", f.Name)
			}
		}
		if last := files[len(files)-1].Name; last != req.Kind.ID+".json" {
			t.Errorf("last file %s, want the manifest", last)
		}
		req.Mode = templates.Preview
		drafts, err := Render(req)
		if err != nil || drafts[0].Name != req.Kind.ID+".fr-en.draft.md" {
			t.Errorf("draft: %v, %v", drafts[0].Name, err)
		}
		req.Langs = []textfmt.Lang{textfmt.FR}
		if _, err := Render(req); err != ErrSideBySideLangs {
			t.Errorf("one language: %v", err)
		}
	}
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
		want := documentNames(req.Kind.ID, false)
		n := len(want)
		if !slices.Equal(names[:n], want) {
			t.Fatalf("files %v, want %v first", names, want)
		}
		// Then the pictograms the Markdown shows, once each, and last
		// the manifest.
		md := string(files[0].Data)
		pictos := files[n : len(files)-1]
		for _, f := range pictos {
			if !strings.Contains(md, "]("+f.Name+")") || !strings.HasPrefix(string(f.Data), "<svg") {
				t.Errorf("%s is not a pictogram the Markdown shows", f.Name)
			}
		}
		if strings.Count(md, "](pictograms/") != len(pictos) {
			t.Errorf("%d pictograms shown, %d written", strings.Count(md, "](pictograms/"), len(pictos))
		}
		if last := files[len(files)-1].Name; last != req.Kind.ID+".json" {
			t.Errorf("last file %s, want the manifest %s.json", last, req.Kind.ID)
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

// A draft (preview mode) is written as <kind>.<lang>.draft.<ext>, next to
// the final documents of the same answers and never over them: exporting
// a draft into a folder that holds the final documents leaves them as
// they were.
func TestDraftNeverReplacesTheFinalDocument(t *testing.T) {
	dir := t.TempDir()
	for _, req := range exampleRequests(t) {
		finals, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Write(dir, finals); err != nil {
			t.Fatal(err)
		}
		req.Mode = templates.Preview
		drafts, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range drafts {
			names = append(names, f.Name)
		}
		want := documentNames(req.Kind.ID, true)
		n := len(want)
		if !slices.Equal(names[:n], want) {
			t.Fatalf("draft files %v, want %v first", names, want)
		}
		if _, err := Write(dir, drafts); err != nil {
			t.Fatal(err)
		}
		for _, f := range finals {
			if got, _ := os.ReadFile(filepath.Join(dir, f.Name)); !bytes.Equal(got, f.Data) {
				t.Errorf("%s changed when the draft was written", f.Name)
			}
		}
		for _, f := range drafts[:n] {
			got, _ := os.ReadFile(filepath.Join(dir, f.Name))
			if !bytes.Equal(got, f.Data) {
				t.Errorf("%s not written", f.Name)
			}
		}
		// The draft Markdown says it is a draft; the final one does not.
		// (The PDF writer's tests read the marks of a draft PDF.)
		for i, f := range drafts[:n] {
			if !strings.HasSuffix(f.Name, ".md") {
				continue
			}
			mark := []byte("**" + document.WordsFor(textfmt.All[i/len(Formats)]).Draft + "**")
			if !bytes.Contains(f.Data, mark) || bytes.Contains(finals[i].Data, mark) {
				t.Errorf("%s: the draft mark is in the draft: %v, in the final document: %v",
					f.Name, bytes.Contains(f.Data, mark), bytes.Contains(finals[i].Data, mark))
			}
		}
	}
}

// The advice on publishing the API terms, which the questionnaire gives
// the provider (it is no part of the terms), names the Markdown files the
// export writes, in every language of the interface.
func TestPublishingAdviceNamesTheExportedFiles(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	qq, ok := k.Questionnaire.Question("api.docs_url")
	if !ok {
		t.Fatal("no api.docs_url")
	}
	for _, ui := range textfmt.All {
		for _, l := range textfmt.All {
			if want := FileName(k.ID, l, Markdown, false); !strings.Contains(qq.Help.In(ui), want) {
				t.Errorf("the %s advice does not name %s", ui, want)
			}
		}
	}
	for _, l := range textfmt.All {
		doc, err := k.Assemble(k.Examples(), l, templates.Final)
		if err != nil {
			t.Fatal(err)
		}
		if md := markdown.Render(doc); bytes.Contains(md, []byte(FileName(k.ID, l, Markdown, false))) {
			t.Errorf("%s: the terms hold advice addressed to the provider", l)
		}
	}
}

// documentNames are the documents of a kind's full set, in the order
// Render returns them: languages, then formats.
func documentNames(kind string, draft bool) []string {
	var out []string
	for _, l := range textfmt.All {
		for _, f := range Formats {
			out = append(out, FileName(kind, l, f, draft))
		}
	}
	return out
}

func TestParseFormats(t *testing.T) {
	if fs, err := ParseFormats("pdf, MD,pdf,html"); err != nil || !slices.Equal(fs, []Format{PDF, Markdown, HTML}) {
		t.Errorf("ParseFormats = %v, %v", fs, err)
	}
	if fs, err := ParseFormats("docx,md"); err != nil || !slices.Equal(fs, []Format{DOCX, Markdown}) {
		t.Errorf("ParseFormats = %v, %v", fs, err)
	}
	if _, err := ParseFormats("rtf"); err == nil {
		t.Error("rtf accepted")
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

func BenchmarkHTML(b *testing.B) {
	docs := documents(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			html.Render(d)
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

func BenchmarkWord(b *testing.B) {
	docs := documents(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := docx.Render(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkOpenDocument(b *testing.B) {
	docs := documents(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := odt.Render(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCharterWordForReview writes the largest document for a
// lawyer, the French charter for review, as a Word file: assembly with its
// alternatives, commentary and the file.
func BenchmarkCharterWordForReview(b *testing.B) {
	k, _ := templates.Lookup("charter")
	b.ReportAllocs()
	for b.Loop() {
		d, err := review.Document(k, k.Examples(), textfmt.FR, templates.Final)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := docx.Render(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFullSet renders everything the way export does: languages in
// parallel, Markdown and PDF each.
func BenchmarkFullSet(b *testing.B) {
	reqs := exampleRequests(b)
	for i := range reqs {
		reqs[i].Formats = []Format{Markdown, PDF}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, req := range reqs {
			if _, err := Render(req); err != nil {
				b.Fatal(err)
			}
		}
	}
}

var update = flag.Bool("update", false, "rewrite testdata/golden.sha256 from the current output")

// The same answers give the same bytes on every machine: the hashes of the
// full set of every kind, rendered from its example answers, are
// committed, and the test compares the output of whatever machine runs it
// (CI included) with them. After a deliberate change of templates or
// writers, regenerate with: go test ./internal/export -update
func TestOutputsMatchCommittedHashes(t *testing.T) {
	var lines []string
	for _, req := range append(exampleRequests(t), sideBySideRequests(t)...) {
		files, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			lines = append(lines, fmt.Sprintf("%x  %s", sha256.Sum256(f.Data), f.Name))
		}
	}
	sort.Strings(lines)
	got := strings.Join(lines, "\n") + "\n"
	path := filepath.Join("testdata", "golden.sha256")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/export -update)", err)
	}
	if got != string(want) {
		t.Errorf("outputs differ from %s:\n%s", path, lineDiff(string(want), got))
	}
}

func lineDiff(want, got string) string {
	var out []string
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for _, l := range g {
		if !slices.Contains(w, l) {
			out = append(out, "+ "+l)
		}
	}
	for _, l := range w {
		if !slices.Contains(g, l) {
			out = append(out, "- "+l)
		}
	}
	return strings.Join(out, "\n")
}
