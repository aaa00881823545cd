// Command socbot triages vendor security questionnaires: as a Slack bot (socbot run)
// and on the command line (socbot triage, eval, reports, …).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"
)

// command is one subcommand: it gets its own arguments and returns the exit code.
type command struct {
	name     string
	synopsis string // the command line, with its options
	summary  string // what it does
	run      func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"triage", "triage [FILE|-] [--format F] [--reports F] [--out F] [--llm]", "triage a questionnaire (text, JSON lines, XLSX, CSV, DOCX)", runTriage},
		{"eval", "eval FILE.jsonl", "score the rules on labelled questions", runEval},
		{"reports", "reports [--reports FILE] [--as-of YYYY-MM-DD]", "show the report inventory", runReports},
		{"run", "run", "run the Slack bot (Socket Mode)", runBot},
		{"manifest", "manifest", "print the Slack app manifest", runManifest},
		{"feedback", "feedback [--since 7d] [--format text|json]", "rules ranked by thumbs-down feedback (reads Redis)", runFeedback},
		{"healthcheck", "healthcheck [-path /healthz]", "probe the running bot (container health checks)", runHealthcheck},
		{"version", "version", "print the version", runVersion},
		{"help", "help", "list the commands", nil},
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

func realMain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] && c.run != nil {
			return c.run(ctx, args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "socbot: unknown command %q (see socbot help)\n", args[0])
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "socbot: which SOC report answers each questionnaire question\n\nUsage: socbot COMMAND [options]\n\nCommands:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands() {
		fmt.Fprintf(tw, "  %s\t%s\n", c.synopsis, c.summary)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nEach command takes -h for its options. socbot run is configured by environment variables (see docs/configuration.md).")
}
