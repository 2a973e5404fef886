package pdf_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/readertest"
	"apitos/internal/render/pdf"
	"apitos/internal/textfmt"
	"apitos/templates"
)

func exampleValues(_ testing.TB, k *templates.Kind) questionnaire.Values { return k.Examples() }

func assemble(t testing.TB, vals questionnaire.Values, l textfmt.Lang) *document.Document {
	k, _ := templates.Lookup("api-tos")
	doc, err := k.Assemble(vals, l, templates.Final)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// extract runs pdftotext on a PDF, for the given pages (0 = all).
func extract(t testing.TB, data []byte, first, last int, flags ...string) string {
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"-enc", "UTF-8"}, flags...)
	if first > 0 {
		args = append(args, "-f", fmt.Sprint(first), "-l", fmt.Sprint(last))
	}
	out, err := exec.Command("pdftotext", append(args, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// normalize folds every kind of space into one ASCII space, so that text
// can be compared whatever line breaks and no-break spaces the layout used.
func normalize(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\u00a0' || r == '\u202f' || r == '\u200a' || r == '\f' || r == '\t'
	}), " ")
}

// Every heading, in order, and the characters French needs survive in the
// text a real PDF reader extracts.
func TestTextExtracts(t *testing.T) {
	readertest.Require(t, "pdftotext")
	for _, l := range textfmt.All {
		doc := assemble(t, exampleValues(t, mustKind(t)), l)
		data, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		text := normalize(extract(t, data, 0, 0))
		pos := 0
		for _, c := range doc.Clauses {
			h := normalize(mdtext.Plain(c.Heading(l)))
			i := strings.Index(text[pos:], h)
			if i < 0 {
				t.Fatalf("%s: heading %q missing or out of order", l, h)
			}
			pos += i + len(h)
		}
		if l == textfmt.FR {
			for _, s := range []string{"met en œuvre", "l’API", "« Source : Acme Météo API (Acme Météo SAS) »", "1ᵉʳ mars 2027", "trois (3) mois", "Données personnelles"} {
				if !strings.Contains(text, normalize(s)) {
					t.Errorf("French text lacks %q", s)
				}
			}
			// The ordinal is raised, as French typography requires.
			if strings.Contains(text, "1er mars") {
				t.Error("French text prints 1er without raised letters")
			}
		}
	}
}

func mustKind(t testing.TB) *templates.Kind {
	k, ok := templates.Lookup("api-tos")
	if !ok {
		t.Fatal("no api-tos kind")
	}
	return k
}

// conditions are the five FACT conditions and, for each option, a clause
// heading that must appear exactly when the option is chosen.
var conditions = []struct {
	key     string
	options map[string]string // option -> clause ID
}{
	{"conditions.access", map[string]string{"neutrality": "access-neutrality", "restricted": "access-restricted", "share-alike": "user-share-alike"}},
	{"conditions.specification", map[string]string{"cc0": "spec-cc0", "cc-by-sa": "spec-cc-by-sa", "licence-ouverte": "spec-licence-ouverte", "cc-by-4.0": "spec-cc-by"}},
	{"conditions.data", map[string]string{"open-reuse": "data-open-reuse", "open-data-licence": "data-open-data-licence", "commercial": "data-commercial"}},
	{"conditions.output", map[string]string{"any-reuse": "outputs-any-reuse", "no-direct-competition": "user-no-competition", "non-commercial": "user-non-commercial"}},
	{"conditions.attribution", map[string]string{"required": "user-attribution-required", "none": "user-attribution-none", "trademark": "user-attribution-trademark"}},
}

// Every combination of the five conditions, in both languages, gives a PDF
// whose extracted text holds the clause of each chosen option, numbered as
// in the document, and none of the clauses of the options not chosen.
func TestEveryConditionCombinationInPDF(t *testing.T) {
	readertest.Require(t, "pdftotext")
	k := mustKind(t)
	// Headings of every option's clause, as numbered when present.
	combos := []questionnaire.Values{exampleValues(t, k)}
	for _, c := range conditions {
		var next []questionnaire.Values
		for _, v := range combos {
			for option := range c.options {
				n := questionnaire.Values{}
				for key, x := range v {
					n[key] = x
				}
				n[c.key] = option
				next = append(next, n)
			}
		}
		combos = next
	}
	type job struct {
		vals questionnaire.Values
		lang textfmt.Lang
	}
	jobs := make(chan job)
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]bool{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				doc := assemble(t, j.vals, j.lang)
				data, err := pdf.Render(doc)
				if err != nil {
					t.Error(err)
					continue
				}
				text := normalize(extract(t, data, 0, 0))
				mu.Lock()
				if seen[text] {
					t.Errorf("two combinations give the same PDF text")
				}
				seen[text] = true
				mu.Unlock()
				for _, c := range conditions {
					for option, id := range c.options {
						chosen := j.vals[c.key] == option
						clause, present := doc.Clause(id)
						if present != chosen {
							t.Errorf("%s %v: clause %s present=%v", j.lang, j.vals[c.key], id, present)
							continue
						}
						if !chosen {
							continue
						}
						if h := normalize(mdtext.Plain(clause.Heading(j.lang))); !strings.Contains(text, h) {
							t.Errorf("%s: PDF text lacks %q", j.lang, h)
						}
					}
				}
			}
		}()
	}
	for _, v := range combos {
		for _, l := range textfmt.All {
			jobs <- job{v, l}
		}
	}
	close(jobs)
	wg.Wait()
	t.Logf("%d combinations × %d languages", len(combos), len(textfmt.All))
}

var tocLine = regexp.MustCompile(`^(.+?) [. ]*\.\s*(\d+)$`)

// The table of contents gives, for every entry, the page on which a PDF
// reader finds the heading.
func TestContentsPageNumbers(t *testing.T) {
	readertest.Require(t, "pdftotext")
	for _, l := range textfmt.All {
		doc := assemble(t, exampleValues(t, mustKind(t)), l)
		data, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(extract(t, data, 0, 0), "\f")
		// The contents pages are read in layout mode, which keeps each
		// entry on one line with its page number.
		contents := extract(t, data, 2, 3, "-layout")
		checked := 0
		for _, c := range doc.Contents() {
			h := normalize(mdtext.Plain(c.Heading(l)))
			listed := ""
			for _, line := range strings.Split(contents, "\n") {
				line = normalize(line)
				if m := tocLine.FindStringSubmatch(line); m != nil && m[1] == h {
					listed = m[2]
				}
			}
			if listed == "" {
				continue // entry truncated or wrapped by the extractor
			}
			var page int
			fmt.Sscan(listed, &page)
			if page < 1 || page > len(pages) || !strings.Contains(normalize(pages[page-1]), h) {
				t.Errorf("%s: contents lists %q on page %s", l, h, listed)
			}
			checked++
		}
		if checked < len(doc.Contents())*3/4 {
			t.Errorf("%s: only %d of %d contents entries could be checked", l, checked, len(doc.Contents()))
		}
	}
}

// The file passes qpdf's structural check, carries its metadata and
// language, has an outline entry per clause, and is byte-identical when
// rendered twice.
func TestStructureMetadataOutlineDeterminism(t *testing.T) {
	readertest.Require(t, "qpdf")
	doc := assemble(t, exampleValues(t, mustKind(t)), textfmt.FR)
	data, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := pdf.Render(doc)
	if !bytes.Equal(data, again) {
		t.Error("two renders of the same document differ")
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	os.WriteFile(path, data, 0o644)
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	if !bytes.Contains(data, []byte("/Lang (fr)")) {
		t.Error("no /Lang in the catalog")
	}
	out, err := exec.Command("qpdf", "--json", "--json-key=outlines", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	var outline struct {
		Outlines []outlineItem `json:"outlines"`
	}
	if err := json.Unmarshal(out, &outline); err != nil {
		t.Fatal(err)
	}
	var titles []string
	var walk func([]outlineItem)
	walk = func(items []outlineItem) {
		for _, it := range items {
			titles = append(titles, it.Title)
			walk(it.Kids)
		}
	}
	walk(outline.Outlines)
	want := []string{mdtext.Plain(doc.Title), "Sommaire"}
	for _, c := range doc.Clauses {
		want = append(want, mdtext.Plain(c.Heading(textfmt.FR)))
	}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(titles, "\n"), strings.Join(want, "\n"))
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err == nil {
		for _, s := range []string{"Acme Météo SAS", "Conditions générales d’utilisation de l’API — Acme Météo API", "A4"} {
			if !strings.Contains(string(info), s) {
				t.Errorf("pdfinfo lacks %q:\n%s", s, info)
			}
		}
	}
}

type outlineItem struct {
	Title string        `json:"title"`
	Kids  []outlineItem `json:"kids"`
}

// Links: every address in the text is a clickable link, and nothing a
// Markdown link could point at other than web and e-mail addresses is.
func TestLinks(t *testing.T) {
	doc := assemble(t, exampleValues(t, mustKind(t)), textfmt.EN)
	data, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, uri := range []string{"https://developers.acme-meteo.example/docs", "mailto:api-legal@acme-meteo.example", "https://creativecommons.org/publicdomain/zero/1.0/legalcode"} {
		if !bytes.Contains(data, []byte("/URI ("+uri+")")) {
			t.Errorf("no link to %s", uri)
		}
	}
	doc.Clauses[0].Body += "\n\n[click](javascript:alert(1)) [file](file:///etc/passwd)"
	data, _ = pdf.Render(doc)
	if bytes.Contains(data, []byte("javascript:")) || bytes.Contains(data, []byte("file:///")) {
		t.Error("unsafe link target written into the PDF")
	}
}

// Every character of every template can be drawn: the embedded font has a
// glyph for it (no tofu boxes).
func TestFontCoversTemplates(t *testing.T) {
	for _, k := range templates.All() {
		for _, l := range textfmt.All {
			doc, err := k.Assemble(exampleValues(t, k), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			all.WriteString(doc.Title + doc.Front)
			for _, c := range doc.Clauses {
				all.WriteString(c.Heading(l) + c.Body)
			}
			if missing := pdf.MissingGlyphs(all.String()); missing != "" {
				t.Errorf("%s/%s: no glyph for %q", k.ID, l, missing)
			}
		}
	}
}

// Documents rendered at the same time, as export renders French and
// English, come out byte-for-byte as when rendered alone.
func TestConcurrentRendersAreIdentical(t *testing.T) {
	for _, k := range templates.All() {
		docs := map[textfmt.Lang]*document.Document{}
		want := map[textfmt.Lang][]byte{}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(exampleValues(t, k), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			docs[l] = doc
			want[l], _ = pdf.Render(doc)
		}
		for round := 0; round < 4; round++ {
			got := make([][]byte, len(textfmt.All))
			var wg sync.WaitGroup
			for i, l := range textfmt.All {
				wg.Add(1)
				go func() {
					defer wg.Done()
					got[i], _ = pdf.Render(docs[l])
				}()
			}
			wg.Wait()
			for i, l := range textfmt.All {
				if !bytes.Equal(got[i], want[l]) {
					t.Fatalf("%s/%s rendered concurrently differs from rendered alone", k.ID, l)
				}
			}
		}
	}
}

// Every kind's PDF, in both languages, passes qpdf's structural check and
// carries its language.
func TestEveryKindPassesQpdf(t *testing.T) {
	readertest.Require(t, "qpdf")
	dir := t.TempDir()
	for _, k := range templates.All() {
		for _, l := range textfmt.All {
			doc, err := k.Assemble(exampleValues(t, k), l, templates.Final)
			if err != nil {
				t.Fatal(err)
			}
			data, err := pdf.Render(doc)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, k.ID+"."+string(l)+".pdf")
			os.WriteFile(path, data, 0o644)
			if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
				t.Errorf("%s/%s: qpdf --check: %v\n%s", k.ID, l, err, out)
			}
			if !bytes.Contains(data, []byte("/Lang ("+string(l)+")")) {
				t.Errorf("%s/%s: no /Lang", k.ID, l)
			}
		}
	}
}

// A PDF prepared in advance gives the same bytes as one made on demand.
func TestPreparedRendersAreIdentical(t *testing.T) {
	doc := assemble(t, exampleValues(t, mustKind(t)), textfmt.FR)
	want, err := pdf.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	pdf.Prepare(2)
	for i := 0; i < 3; i++ { // two prepared, then one on demand
		got, err := pdf.Render(doc)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("render %d after Prepare(2) differs from a render on demand (%v)", i, err)
		}
	}
}

// pdfFonts lists the fonts of a PDF as pdffonts prints them: name, type,
// encoding, and whether each is embedded.
func pdfFonts(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatalf("pdffonts: %v", err)
	}
	return string(out)
}

// Code is set in the embedded DejaVu Sans Mono, whatever its characters,
// and every font of the PDF is embedded, so that it prints the same
// everywhere; the code's text extracts as written.
func TestCodeTypefaceIsEmbedded(t *testing.T) {
	readertest.Require(t, "pdffonts")
	readertest.Require(t, "pdftotext")
	for _, code := range []string{
		"`git commit -s` and `Œuvre-1.0 « € »`",
		"`Łukasz Kowalski <l.k@example.org>`",
		"```\nSigned-off-by: Zoë\nrôle → rôle\n```",
	} {
		doc := &document.Document{Lang: textfmt.FR, Title: "T", Clauses: []document.Clause{{ID: "a", Depth: 1, Number: "1", Title: "A", Body: code}}}
		data, err := pdf.Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		fonts := pdfFonts(t, data)
		if !strings.Contains(fonts, "utf8mono") {
			t.Errorf("%q: code not in DejaVu Sans Mono:\n%s", code, fonts)
		}
		for _, line := range strings.Split(strings.TrimSpace(fonts), "\n")[2:] {
			if f := strings.Fields(line); len(f) < 5 || f[len(f)-5] != "yes" {
				t.Errorf("%q: a font is not embedded: %s", code, line)
			}
		}
		text := normalize(extract(t, data, 0, 0))
		for _, w := range strings.Fields(strings.NewReplacer("`", "", "```", "").Replace(code)) {
			if !strings.Contains(text, w) {
				t.Errorf("%q: %q missing from the extracted text %q", code, w, text)
			}
		}
	}
}

// A web address too long for its table cell breaks after a slash or
// another separator of its path, so that a printed copy never shows an
// address cut before its last letter.
func TestLongAddressBreaksAfterSeparator(t *testing.T) {
	readertest.Require(t, "pdftotext")
	const url = "https://verkehrsdaten-nord.example/legal/commercial-use-conditions-for-partners/current"
	vals := exampleValues(t, mustKind(t))
	vals["conditions.access"], vals["access.restrictions.url"] = "restricted", url
	for _, l := range textfmt.All {
		data, err := pdf.Render(assemble(t, vals, l))
		if err != nil {
			t.Fatal(err)
		}
		var pattern strings.Builder
		for i, r := range url {
			if i > 0 {
				pattern.WriteString(`\s*`)
			}
			pattern.WriteString(regexp.QuoteMeta(string(r)))
		}
		text := extract(t, data, 0, 0)
		m := regexp.MustCompile(pattern.String()).FindString(text)
		if m == "" {
			t.Fatalf("%s: the address is not in the text", l)
		}
		broken := false
		for i, r := range m {
			if i > 0 && strings.ContainsRune(" \n", r) && !strings.ContainsRune(" \n", rune(m[i-1])) {
				broken = true
				if !strings.ContainsRune("/?&=#", rune(m[i-1])) {
					t.Errorf("%s: the address breaks after %q: %q", l, m[i-1], m)
				}
			}
		}
		if !broken {
			t.Logf("%s: the address fits on one line", l)
		}
	}
}
