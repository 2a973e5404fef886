//go:build nogui

package main

// openWizard is nil in the build without the wizard (tag nogui): the
// static command line apitos-cli, built without cgo for CI and
// containers, links no window toolkit. Its open command and a run
// without arguments say where the wizard is instead.
var openWizard func(path string) int
