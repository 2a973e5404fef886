package pack

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"slices"
	"strings"
	"testing"

	"apitos/internal/export"
	"apitos/internal/mdtext"
	"apitos/internal/textfmt"
	"apitos/templates"

	"github.com/yuin/goldmark/ast"
)

func fileNames(files []export.File) []string {
	var out []string
	for _, f := range files {
		if !strings.HasPrefix(f.Name, "pictograms/") {
			out = append(out, f.Name)
		}
	}
	return out
}

// A repository gets each document under the name it expects, in the
// language that prevails, the other beside it; the bytes are those of
// the exported Markdown, and the manifest lists them under these names.
func TestRepositoryNames(t *testing.T) {
	for _, tc := range []struct {
		kind, prevails string
		want           []string
	}{
		{"api-tos", "fr", []string{"API-TERMS.md", "API-TERMS.en.md", BadgeSVG, BadgeSnippets, "api-tos.json"}},
		{"charter", "en", []string{"GOVERNANCE.md", "GOVERNANCE.fr.md", "charter.json"}},
		{"contribution", "fr", []string{"CONTRIBUTING.md", "CONTRIBUTING.en.md", "contribution.json"}},
	} {
		k, _ := templates.Lookup(tc.kind)
		vals := k.Examples()
		vals["prevailing_language"] = tc.prevails
		req := export.Request{Kind: k, Values: vals, Langs: textfmt.All, Program: "test"}
		files, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		if got := fileNames(files); !slices.Equal(got, tc.want) {
			t.Fatalf("%s: files %v, want %v", tc.kind, got, tc.want)
		}
		req.Formats = []export.Format{export.Markdown}
		exported, _ := export.Render(req)
		other := textfmt.EN
		if tc.prevails == "en" {
			other = textfmt.FR
		}
		for i, l := range []textfmt.Lang{textfmt.Lang(tc.prevails), other} {
			want := exported[slices.IndexFunc(exported, func(f export.File) bool { return f.Name == export.FileName(k.ID, l, export.Markdown, false) })]
			if !bytes.Equal(files[i].Data, want.Data) {
				t.Errorf("%s is not the exported %s", files[i].Name, want.Name)
			}
		}
		var m struct {
			Files []struct{ Name, Lang string }
		}
		if err := json.Unmarshal(files[len(files)-1].Data, &m); err != nil {
			t.Fatal(err)
		}
		var listed []string
		for _, f := range m.Files {
			listed = append(listed, f.Name)
		}
		for _, f := range files[:len(files)-1] {
			if !slices.Contains(listed, f.Name) {
				t.Errorf("%s: the manifest does not list %s", tc.kind, f.Name)
			}
		}
	}
}

// A document in one language is the repository's file alone.
func TestOneLanguage(t *testing.T) {
	k, _ := templates.Lookup("contribution")
	files, err := Render(export.Request{Kind: k, Values: k.Examples(), Langs: []textfmt.Lang{textfmt.EN}})
	if err != nil {
		t.Fatal(err)
	}
	if got := fileNames(files); !slices.Equal(got, []string{"CONTRIBUTING.md", "contribution.json"}) {
		t.Errorf("files %v", got)
	}
}

// The badge shows the pictograms of the terms' summary, in its order, as
// an SVG image named by what each stands for; its snippets, in Markdown
// and HTML, link it to the address where the terms are published.
func TestBadge(t *testing.T) {
	k, _ := templates.Lookup("api-tos")
	for _, url := range []string{"https://acme-meteo.example/legal/api-terms", "https://example.org/terms?v=2&lang=en"} {
		vals := k.Examples()
		vals["prevailing_language"] = "en"
		vals["api.terms_url"] = url
		files, err := Render(export.Request{Kind: k, Values: vals, Langs: textfmt.All})
		if err != nil {
			t.Fatal(err)
		}
		byName := map[string][]byte{}
		for _, f := range files {
			byName[f.Name] = f.Data
		}
		var svg struct {
			Label string     `xml:"aria-label,attr"`
			Title string     `xml:"title"`
			Group []struct{} `xml:"g"`
		}
		if err := xml.Unmarshal(byName[BadgeSVG], &svg); err != nil {
			t.Fatal(err)
		}
		shown := regexp.MustCompile(`\]\(pictograms/`).FindAll(byName["API-TERMS.md"], -1)
		if len(svg.Group) != len(shown) || svg.Title != svg.Label ||
			!strings.HasPrefix(svg.Label, "API terms: Acceptable use policy, Fair change policy, ") ||
			!strings.Contains(svg.Label, "Licence of the specification: Free reuse (CC0 1.0)") {
			t.Errorf("badge of %d pictograms for %d shown, named %q", len(svg.Group), len(shown), svg.Label)
		}
		snippets := byName[BadgeSnippets]
		src := regexp.MustCompile("(?s)```markdown\n(.*?)```").FindSubmatch(snippets)[1]
		var dest, img string
		ast.Walk(mdtext.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n := n.(type) {
			case *ast.Link:
				dest = string(n.Destination)
			case *ast.Image:
				img = string(n.Destination)
			}
			return ast.WalkContinue, nil
		})
		if dest != url || img != BadgeSVG {
			t.Errorf("the Markdown snippet links %q to %q:\n%s", img, dest, src)
		}
		if !bytes.Contains(snippets, []byte(`<a href="`+strings.ReplaceAll(url, "&", "&amp;")+`"><img src="`+BadgeSVG+`" alt="API terms: `)) {
			t.Errorf("the HTML snippet:\n%s", snippets)
		}
	}
}
