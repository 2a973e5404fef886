//go:build !nogui

package main

import (
	"fmt"
	"os"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"apitos/assets"
	"apitos/internal/textfmt"
	"apitos/locales"
	"apitos/wizard"
)

// openWizard opens the desktop wizard; the build without it (tag nogui,
// the static apitos-cli) has none.
var openWizard = runWizard

// runWizard opens the application window, on the answers file at path
// unless path is "", and returns when the window closes.
func runWizard(path string) int {
	if !hasDisplay() {
		// Without this, the window toolkit stops with a stack trace.
		fmt.Fprintln(os.Stderr, locales.For(textfmt.FromEnv(os.Getenv)).T("cli.no_display"))
		return 2
	}
	a := app.NewWithID("org.apitos.apitos")
	a.SetIcon(fyne.NewStaticResource("apitos.png", assets.Icon))
	w := wizard.New(a, wizard.Options{Version: version()})
	if path != "" {
		w.Open(path)
	}
	w.Window().ShowAndRun()
	return 0
}

// hasDisplay reports whether a window can be opened: on Linux and the
// BSDs, an X11 or Wayland display must be named; elsewhere there is one.
func hasDisplay() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
	}
	return true
}
