// Package atomicfile writes files so that readers see either the old
// content or the new, never a mix: the data goes to a temporary file in the
// same folder, is flushed to disk, then renamed over the target.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrIsDir is returned when the target path names a folder.
var ErrIsDir = errors.New("is a folder")

// Write replaces path with data. If anything fails, path is left as it was
// and no temporary file remains.
func Write(path string, data []byte, perm os.FileMode) (err error) {
	if info, statErr := os.Stat(path); statErr == nil && info.IsDir() {
		return fmt.Errorf("%s: %w", path, ErrIsDir)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	// A writer killed between creating its temporary file and renaming it
	// leaves the file behind; the next write of the same target removes it.
	if stale, _ := filepath.Glob(filepath.Join(dir, "."+base+".*.tmp")); len(stale) > 0 {
		for _, s := range stale {
			os.Remove(s)
		}
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
