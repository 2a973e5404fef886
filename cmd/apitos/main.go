// Command apitos opens the wizard when run without arguments or with
// "open FILE", and runs the command line otherwise. Built with the tag
// nogui (make cli), it is the command line alone: bin/apitos-cli,
// statically linked, without cgo and without the window toolkit.
package main

import (
	"os"
	"runtime/debug"

	"apitos/internal/cli"
)

func main() {
	if len(os.Args) < 2 && openWizard != nil {
		os.Exit(openWizard(""))
	}
	if len(os.Args) > 1 && os.Args[1] != "open" {
		batchGC()
	}
	env := cli.OSEnv()
	env.Version = version()
	env.OpenWizard = openWizard
	os.Exit(cli.Run(os.Args[1:], env))
}

// batchGC tunes the garbage collector for a command that runs for a few
// tens of milliseconds: collecting only when the heap nears 32 MiB,
// rather than each time it doubles from a few megabytes, takes about a
// sixth off the time of writing a full set of documents, and keeps peak
// memory under 50 MB (see BENCHMARKS.md). GOGC and GOMEMLIMIT, when set,
// take precedence. The wizard, which runs for hours, keeps Go's default.
func batchGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(32 << 20)
	debug.SetGCPercent(-1)
}
