package main

import (
	"regexp"
	"testing"
)

// The version comes from FyneApp.toml, where the packaging tool accepts
// only numbers: x, x.y or x.y.z.
func TestVersionIsThePackagesVersion(t *testing.T) {
	if v := version(); !regexp.MustCompile(`^\d+(\.\d+){0,2}$`).MatchString(v) {
		t.Errorf("version %q is not one the fyne packaging tool accepts", v)
	}
}
