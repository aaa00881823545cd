// Command socbot triages vendor security questionnaires: as a Slack bot (socbot run)
// and on the command line (socbot triage, eval, reports, …).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"
)

// command is one subcommand: it gets its own arguments and returns an error
// that carries its exit code (see exitCode).
type command struct {
	name     string
	synopsis string // the command line, with its options
	summary  string // what it does
	run      func(ctx context.Context, s streams, args []string) error
}

// streams are a command's standard input, output and error.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

func commands() []command {
	return []command{
		{"triage", "triage [FILE|-] [--format F] [--reports F] [--out F] [--llm]", "triage a questionnaire (text, JSON lines, XLSX, CSV, DOCX)", runTriage},
		{"eval", "eval FILE.jsonl", "score the rules on labelled questions", runEval},
		{"reports", "reports [--reports FILE] [--as-of YYYY-MM-DD]", "show the report inventory", runReports},
		{"run", "run", "run the Slack bot (Socket Mode), configured by environment variables", runBot},
		{"manifest", "manifest", "print the Slack app manifest", runManifest},
		{"feedback", "feedback [--since 7d] [--format text|json]", "rules ranked by thumbs-down feedback (reads Redis)", runFeedback},
		{"healthcheck", "healthcheck [-path /healthz] [-timeout 2s]", "probe the running bot (container health checks)", runHealthcheck},
		{"version", "version", "print the version (also socbot --version)", runVersion},
		{"help", "help [COMMAND]", "list the commands, or show one command's help", runHelp},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	done := make(chan int, 1)
	go func() { done <- realMain(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr) }()
	code := awaitOrInterrupt(ctx, done, interruptGrace(os.Args[1:]), os.Stderr)
	stop()
	os.Exit(code)
}

// exitInterrupted is the exit code of a command stopped by SIGINT or SIGTERM.
const exitInterrupted = 130

// interruptGrace is how long a command may take to stop after SIGINT or
// SIGTERM before the process exits anyway: a command deep in a large file
// need not look at its context for Ctrl-C to work. socbot run drains its
// in-flight answers within SOC_SHUTDOWN_TIMEOUT and is left to do so.
func interruptGrace(args []string) time.Duration {
	if len(args) > 0 && args[0] == "run" {
		return 0
	}
	return 500 * time.Millisecond
}

// awaitOrInterrupt returns the command's exit code from done; once ctx ends
// (a signal), it waits at most grace (0: for ever) before giving up on the
// command and returning exitInterrupted.
func awaitOrInterrupt(ctx context.Context, done <-chan int, grace time.Duration, stderr io.Writer) int {
	select {
	case code := <-done:
		return code
	case <-ctx.Done():
	}
	if grace <= 0 {
		return <-done
	}
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case code := <-done:
		return code
	case <-t.C:
		fmt.Fprintln(stderr, "socbot: interrupted")
		return exitInterrupted
	}
}

// realMain runs the command args name and turns its error into a line on
// stderr and an exit code.
func realMain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := streams{in: stdin, out: stdout, err: stderr}
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		args[0] = "help"
	case "-version", "--version":
		args[0] = "version"
	}
	c, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(stderr, "socbot: unknown command %q (see socbot help)\n", args[0])
		return 2
	}
	err := c.run(ctx, s, args[1:])
	if msg := errorLine(err); msg != "" {
		fmt.Fprintf(stderr, "socbot %s: %s\n", c.name, msg)
	}
	return exitCode(err)
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// exitError ends a command with an exit code: 2 for bad usage, input or
// configuration, 1 for a failure, 0 for help asked for. err, when set, is
// the one line the user sees.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErrorf is bad usage, input or configuration: exit code 2.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

// usageError marks err as bad usage, input or configuration: exit code 2.
func usageError(err error) error { return &exitError{code: 2, err: err} }

// silent ends a command with code after it has said all there is to say.
func silent(code int) error { return &exitError{code: code} }

// exitCode is the process exit code for a command's error: 0 for none, the
// code an exitError carries, 1 for any other.
func exitCode(err error) int {
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	}
	return 1
}

// errorLine is what to tell the user about err ("" for nothing).
func errorLine(err error) string {
	var ee *exitError
	if errors.As(err, &ee) && ee.err == nil {
		return ""
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

// newFlags is the flag set of the command name.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args into fs. -h prints the command's help on stdout and
// ends the command with code 0; a bad flag is said on stderr, with the help,
// and ends it with code 2.
func parseFlags(fs *flag.FlagSet, args []string, s streams) error {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		commandHelp(s.out, fs)
		return silent(0)
	case err != nil:
		fmt.Fprintf(s.err, "socbot %s: %v\n", fs.Name(), err)
		commandHelp(s.err, fs)
		return silent(2)
	}
	return nil
}

// commandHelp prints a command's usage line, what it does and its options.
func commandHelp(w io.Writer, fs *flag.FlagSet) {
	c, _ := lookup(fs.Name())
	fmt.Fprintf(w, "usage: socbot %s\n\n%s.\n", c.synopsis, upperFirst(c.summary))
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(w, "\nOptions:")
		out := fs.Output()
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(out)
	}
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// noArgs is the flag parsing of a command that takes no arguments: -h works,
// anything else is bad usage.
func noArgs(name string, s streams, args []string, why string) error {
	fs := newFlags(name)
	if err := parseFlags(fs, args, s); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("takes no arguments%s", why)
	}
	return nil
}

// runHelp lists the commands, or prints one command's help.
func runHelp(ctx context.Context, s streams, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		usage(s.out)
		return nil
	}
	c, ok := lookup(args[0])
	if !ok || c.name == "help" {
		if !ok {
			return usageErrorf("unknown command %q (see socbot help)", args[0])
		}
		usage(s.out)
		return nil
	}
	return c.run(ctx, s, []string{"-h"})
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "socbot: which SOC report answers each questionnaire question\n\nUsage: socbot COMMAND [options]\n\nCommands:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands() {
		fmt.Fprintf(tw, "  %s\t%s\n", c.synopsis, c.summary)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nsocbot help COMMAND (or socbot COMMAND -h) shows a command's options. socbot run is configured by environment variables (see docs/configuration.md).")
}
