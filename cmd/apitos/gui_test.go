//go:build !nogui

package main

import (
	"runtime"
	"testing"
)

// Without a display, the wizard says so and exits 2, instead of the
// window toolkit stopping with a stack trace.
func TestNoDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("displays are named by environment variables on Linux and the BSDs")
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	if code := runWizard(""); code != 2 {
		t.Errorf("exit status %d without a display, want 2", code)
	}
}
