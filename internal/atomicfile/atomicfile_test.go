package atomicfile

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func TestWriteReplacesAndLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "new" {
		t.Fatalf("content = %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries, want 1", len(entries))
	}
}

func TestWriteRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.md")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(target, []byte("x"), 0o644); !errors.Is(err, ErrIsDir) {
		t.Fatalf("err = %v, want ErrIsDir", err)
	}
}

func TestWriteFailureKeepsOldContent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing", "a.md")
	if err := Write(path, []byte("x"), 0o644); err == nil {
		t.Fatal("write into a missing folder succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Fatal("a folder was created")
	}
}

// A writer killed at any moment leaves the target either whole and old or
// whole and new, and the next write cleans up after it.
func TestKilledWriterNeverLeavesAPartialFile(t *testing.T) {
	if os.Getenv("ATOMICFILE_WRITER") != "" {
		// Child: rewrite the target forever, alternating contents.
		path := os.Getenv("ATOMICFILE_WRITER")
		for i := 0; ; i++ {
			Write(path, content(i%2), 0o644)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.pdf")
	if err := Write(path, content(0), 0o644); err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 8; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriterNeverLeavesAPartialFile$")
		cmd.Env = append(os.Environ(), "ATOMICFILE_WRITER="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(20+round*15) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, content(0)) && !bytes.Equal(got, content(1)) {
			t.Fatalf("round %d: the target holds %d bytes of neither version", round, len(got))
		}
	}
	if err := Write(path, content(0), 0o644); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %d entries", len(entries))
	}
}

// content is a version of a large file, large enough that writing it
// takes long enough to be interrupted.
func content(version int) []byte {
	return bytes.Repeat([]byte{byte('A' + version)}, 8<<20)
}
