// Package readertest lets tests use the real readers of what the program
// writes (pdftotext, qpdf, LibreOffice, Chromium) where they are
// installed, and insists on them where they must be.
package readertest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Required reports whether a missing reader fails a test rather than
// skipping it: when APITOS_REQUIRE_TOOLS is set (scripts/test.sh sets
// it, after scripts/install-deps.sh installed every reader) or CI is
// (continuous integration services set it). There, the real readers
// always run; elsewhere a developer without them still runs the rest.
func Required() bool {
	return os.Getenv("APITOS_REQUIRE_TOOLS") != "" || os.Getenv("CI") != ""
}

// Require skips the test when one of the tools is not installed, or
// fails it when Required.
func Require(t testing.TB, tools ...string) {
	t.Helper()
	var missing []string
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	Missing(t, missing)
}

// Missing skips the test, or fails it when Required, if anything is
// missing; it names what is missing and how to install it.
func Missing(t testing.TB, missing []string) {
	t.Helper()
	if len(missing) == 0 {
		return
	}
	msg := "missing: " + strings.Join(missing, ", ") + " (scripts/install-deps.sh installs it)"
	if Required() {
		t.Fatal(msg)
	}
	t.Skip(msg)
}
