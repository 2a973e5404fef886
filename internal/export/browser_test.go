package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"apitos/internal/readertest"
)

// browserCheck is the script that checks web pages in Chromium.
const browserCheck = "../../scripts/browser/check.mjs"

// needBrowser skips a test when Chromium, Node.js or the npm packages of
// the browser checks are missing, unless CI or APITOS_REQUIRE_TOOLS is
// set (CI machines and make test, after scripts/install-deps.sh installed
// them), where their absence fails the test.
func needBrowser(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	var missing []string
	for _, tool := range []string{"node", "chromium"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	for _, pkg := range []string{"axe-core", "playwright-core"} {
		if _, err := os.Stat(filepath.Join(filepath.Dir(browserCheck), "node_modules", pkg)); err != nil {
			missing = append(missing, pkg)
		}
	}
	readertest.Missing(t, missing)
}

// Every web page, of every kind in every language and side by side, passes axe-core's
// checks of WCAG 2.2 A and AA and of its best practices with no serious
// or critical violation, in the light and the dark colour scheme, in
// Chromium; and it requests nothing while it loads.
func TestPagesInABrowser(t *testing.T) {
	needBrowser(t)
	dir := t.TempDir()
	var pages []string
	for _, req := range append(exampleRequests(t), sideBySideRequests(t)...) {
		req.Formats = []Format{HTML}
		files, err := Render(req)
		if err != nil {
			t.Fatal(err)
		}
		paths, err := Write(dir, files)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			if strings.HasSuffix(p, ".html") {
				pages = append(pages, p)
			}
		}
	}
	out, err := exec.Command("node", append([]string{browserCheck, filepath.Join(dir, "shots")}, pages...)...).CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("the browser check failed: %v", err)
	}
	if n := strings.Count(string(out), "violations: critical 0, serious 0"); n != 2*len(pages) {
		t.Errorf("%d pages and schemes without serious violations, want %d", n, 2*len(pages))
	}
}
