package export

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"apitos/internal/readertest"
	"apitos/internal/textfmt"
	"apitos/templates"
)

// commentaryParts are the labels of a commentary's parts in the
// templates, which only a document for review shows, as its own words.
var commentaryParts = []string{"::: commentary", "\nwhy:", "\nprotects:", "\nsources:", "\nrisks:", "\ncheck:"}

// A web page and a document side by side carry the clauses' text only:
// none of the commentary the templates hold beside each clause, in any
// format, in either language. A web page for review sets each clause's
// commentary apart, after the clause, in an aside.
func TestCommentaryOnlyForReview(t *testing.T) {
	for _, req := range append(exampleRequests(t), sideBySideRequests(t)...) {
		if !req.SideBySide {
			req.Formats = []Format{Markdown, HTML}
		}
		files, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			text := string(f.Data)
			if strings.HasSuffix(f.Name, ".pdf") {
				text = pdfText(t, f.Data)
			}
			// The fingerprint, last, tells how to check a document.
			if i := strings.LastIndex(text, "<!--"); i >= 0 {
				text = text[:i]
			}
			for _, part := range commentaryParts {
				if strings.Contains(text, part) {
					t.Errorf("%s shows the commentary (%q)", f.Name, strings.TrimSpace(part))
				}
			}
			if strings.HasSuffix(f.Name, ".html") && strings.Contains(text, `class="review"`) {
				t.Errorf("%s has a commentary aside", f.Name)
			}
		}
	}

	k, _ := templates.Lookup("charter")
	files, err := Render(Request{Kind: k, Values: k.Examples(), Langs: []textfmt.Lang{textfmt.FR}, Formats: []Format{HTML}, Review: true})
	if err != nil {
		t.Fatal(err)
	}
	if files[0].Name != "charter.fr.review.html" {
		t.Fatalf("review page named %s", files[0].Name)
	}
	doc, err := html.Parse(bytes.NewReader(files[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	asides, after := 0, 0
	labels := map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "aside" && attr(n, "class") == "review" {
			asides++
			// Each names its clause, so that landmarks are told apart.
			label := attr(n, "aria-label")
			if !strings.HasPrefix(label, "Commentaire — ") || labels[label] {
				t.Errorf("aside labelled %q", label)
			}
			labels[label] = true
			// It follows the clause's heading and text, in its section.
			for p := n.PrevSibling; p != nil; p = p.PrevSibling {
				if p.Type == html.ElementNode && strings.HasPrefix(p.Data, "h") && attr(p, "id") != "" {
					after++
					break
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if asides < 20 || after != asides {
		t.Errorf("%d commentaries, %d of them after a clause's heading", asides, after)
	}
	if page := string(files[0].Data); !strings.Contains(page, "<title>PROJET — ") || !strings.Contains(page, "soumis à relecture") {
		t.Error("the review page is not marked as such")
	}

	// Side by side has no review mode, and no word processors' files.
	req := sideBySideRequests(t)[0]
	req.Review = true
	if _, err := Render(req); !errors.Is(err, ErrSideBySideReview) {
		t.Errorf("side by side for review: %v", err)
	}
	req.Review, req.Formats = false, []Format{PDF, DOCX}
	if _, err := Render(req); !errors.Is(err, ErrSideBySideFormat) {
		t.Errorf("side by side in docx: %v", err)
	}
}

// pdfText is the text a reader gets from a PDF, by pdftotext; without
// it (where readers are not required), the PDF's own bytes.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if readertest.Required() {
			t.Fatal("pdftotext is required (scripts/install-deps.sh installs it)")
		}
		return string(data)
	}
	cmd := exec.Command("pdftotext", "-q", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
