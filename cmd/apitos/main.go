// Command apitos opens the wizard when run without arguments and runs the
// command line otherwise.
package main

import (
	"os"

	"apitos/internal/cli"
)

func main() {
	if len(os.Args) < 2 {
		os.Exit(runWizard())
	}
	os.Exit(cli.Run(os.Args[1:], cli.OSEnv()))
}
