// Package cli is the command line of apitos: list kinds, print
// questionnaires, write, validate and generate from answers files. Its
// contract (commands, flags, output file names, exit codes) is stable,
// because scripts depend on it.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"apitos/internal/textfmt"
	"apitos/locales"
)

// Exit codes.
const (
	ExitOK      = 0 // success
	ExitInvalid = 1 // invalid input; nothing was written
	ExitUsage   = 2 // the command line itself is wrong
)

// Env is what a command sees of the world.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Stdin          io.Reader
	// Today is the day against which answers are checked (an effective
	// date in the past); nil means the computer's clock.
	Today func() time.Time
	// Version is the program's version, which --version prints.
	Version string
	// OpenWizard opens the desktop wizard on an answers file and returns
	// the exit code once its window is closed; nil in the command line
	// built without the wizard (apitos-cli).
	OpenWizard func(path string) int
}

// OSEnv is the process environment.
func OSEnv() Env {
	return Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Stdin: os.Stdin, Today: time.Now}
}

type command struct {
	name string
	run  func(c *ctx, args []string) int
}

var commands = []command{
	{"open", runOpen},
	{"kinds", runKinds},
	{"questions", runQuestions},
	{"schema", runSchema},
	{"init", runInit},
	{"validate", runValidate},
	{"generate", runGenerate},
	{"diff", runDiff},
	{"verify", runVerify},
	{"version", runVersion},
}

// ctx carries the environment and the user's language through a command.
type ctx struct {
	Env
	loc *locales.Localizer
	// printed holds the problems already reported in this run, as
	// "FILE:LINE: message" with FILE made absolute: a charter's warnings
	// that a linked policy repeats are printed once when both files are
	// checked by the same command.
	printed map[string]bool
}

// Run executes the command line args (without the program name) and
// returns the exit code.
func Run(args []string, env Env) int {
	c := &ctx{Env: env, loc: locales.For(textfmt.FromEnv(env.Getenv))}
	if len(args) == 0 {
		if env.OpenWizard == nil {
			c.usageError(c.loc.T("cli.no_wizard"))
		} else {
			c.usageError(c.loc.T("cli.no_command"))
		}
		return ExitUsage
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprintln(c.Stdout, c.loc.T("cli.help"))
		return ExitOK
	case "--version", "-version":
		args = append([]string{"version"}, args[1:]...)
	}
	for _, cmd := range commands {
		if cmd.name == args[0] {
			return cmd.run(c, args[1:])
		}
	}
	c.usageError(c.loc.T("cli.unknown_command", "Command", args[0]))
	return ExitUsage
}

func (c *ctx) usageError(msg string) {
	fmt.Fprintln(c.Stderr, "apitos: "+msg)
	fmt.Fprintln(c.Stderr, c.loc.T("cli.see_help"))
}

// fail reports an error about the input and returns ExitInvalid.
func (c *ctx) fail(msg string) int {
	fmt.Fprintln(c.Stderr, "apitos: "+msg)
	return ExitInvalid
}

// flags builds the flag set of a subcommand; its help is the message
// cli.help.<name>.
func (c *ctx) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses flags anywhere among the arguments ("generate FILE -o DIR"
// as well as "generate -o DIR FILE") and returns the positional ones. It
// returns done when the command should stop with code.
func (c *ctx) parse(fs *flag.FlagSet, args []string) (positional []string, code int, done bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(c.Stdout, c.loc.T("cli.help."+fs.Name()))
			return nil, ExitOK, true
		}
		if err != nil {
			c.usageError(c.flagError(err))
			return nil, ExitUsage, true
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, 0, false
		}
		if rest[0] == "--" {
			return append(positional, rest[1:]...), 0, false
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// flagError words the flag package's errors in the user's language.
func (c *ctx) flagError(err error) string {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		return c.loc.T("cli.unknown_flag", "Flag", strings.TrimPrefix(msg, "flag provided but not defined: "))
	case strings.HasPrefix(msg, "flag needs an argument: "):
		return c.loc.T("cli.flag_needs_value", "Flag", strings.TrimPrefix(msg, "flag needs an argument: "))
	}
	return msg
}
