//go:build !nogui

package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// build builds the program into dir with the given environment and
// build flags, as make build and make cli do.
func build(t *testing.T, dir, name string, env []string, flags ...string) string {
	t.Helper()
	out := filepath.Join(dir, name)
	args := append([]string{"build", "-o", out}, flags...)
	cmd := exec.Command("go", append(args, ".")...)
	cmd.Env = append(os.Environ(), env...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %v: %v\n%s", flags, err, msg)
	}
	return out
}

// The command line built for CI and containers (make cli) is one static
// file: no shared library to install, no window toolkit linked in. It
// writes the full set of every kind byte for byte as the desktop
// binary does.
func TestStaticCommandLine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds both binaries")
	}
	dir, bins := t.TempDir(), t.TempDir()
	static := build(t, bins, "apitos-cli", []string{"CGO_ENABLED=0"}, "-tags", "nogui")
	desktop := build(t, bins, "apitos", nil)

	out, _ := exec.Command("ldd", static).CombinedOutput()
	if !strings.Contains(string(out), "not a dynamic executable") {
		t.Errorf("ldd %s: %s", filepath.Base(static), out)
	}
	mods, err := exec.Command("go", "version", "-m", static).Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(mods), "fyne.io/fyne") || strings.Contains(string(mods), "CGO_ENABLED=1") {
		t.Errorf("the static binary links the window toolkit or cgo:\n%s", mods)
	}

	for _, kind := range []string{"api-tos", "charter", "contribution"} {
		answers := filepath.Join(dir, kind+".yaml")
		runOK(t, static, "init", "--kind", kind, "--example", "-o", answers)
		for _, bin := range []string{static, desktop} {
			runOK(t, bin, "generate", answers, "-o", filepath.Join(dir, filepath.Base(bin)))
		}
	}
	a, b := tree(t, filepath.Join(dir, "apitos-cli")), tree(t, filepath.Join(dir, "apitos"))
	if len(a) < 3*4 {
		t.Fatalf("the static binary wrote %d files", len(a))
	}
	for name, data := range b {
		if !bytes.Equal(a[name], data) {
			t.Errorf("%s differs between the static and the desktop binary", name)
		}
	}
	if len(a) != len(b) {
		t.Errorf("the static binary wrote %d files, the desktop one %d", len(a), len(b))
	}

	// Without the wizard, a run without a command and the open command
	// say where the wizard is.
	for _, args := range [][]string{nil, {"open", "x.yaml"}} {
		cmd := exec.Command(static, args...)
		cmd.Env = append(os.Environ(), "LANG=C", "LC_ALL=", "LC_MESSAGES=")
		msg, err := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(string(msg), "without the wizard") {
			t.Errorf("apitos-cli %v: exit %d (%v), %s", args, code, err, msg)
		}
	}
}

func runOK(t *testing.T, bin string, args ...string) {
	t.Helper()
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", filepath.Base(bin), args, err, out)
	}
}

// tree reads every file under dir, by path relative to it.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
