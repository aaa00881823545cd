package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
)

// After SIGINT or SIGTERM a command gets a short grace to stop; one that does
// not (here: blocked reading standard input, which no context can end) is
// left behind and socbot exits 130 at once, saying so.
func TestInterruptStopsABlockedCommand(t *testing.T) {
	pr, pw := io.Pipe() // standard input that never ends
	t.Cleanup(func() { pw.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var out, errOut bytes.Buffer // the command's own, never read here
	go func() { done <- realMain(ctx, []string{"triage", "-"}, pr, &out, &errOut) }()
	cancel() // the signal
	var stderr bytes.Buffer
	if code := awaitOrInterrupt(ctx, done, interruptGrace([]string{"triage"}), &stderr); code != exitInterrupted {
		t.Errorf("exit %d, want %d", code, exitInterrupted)
	}
	if stderr.String() != "socbot: interrupted\n" {
		t.Errorf("stderr %q, want one line saying socbot was interrupted", stderr.String())
	}
}

func TestAwaitOrInterrupt(t *testing.T) {
	tests := []struct {
		name      string
		signalled bool
		finishes  bool // the command returns 0 after the signal
		grace     bool // the grace period applies (not socbot run)
		want      int
	}{
		{"finishes", false, true, true, 0},
		{"stops in its grace", true, true, true, 0},
		{"does not stop", true, false, true, exitInterrupted},
		{"socbot run drains on its own", true, true, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan int, 1)
			if tc.signalled {
				cancel()
			}
			if tc.finishes {
				done <- 0
			}
			args := []string{"triage"}
			if !tc.grace {
				args = []string{"run"}
			}
			if got := awaitOrInterrupt(ctx, done, interruptGrace(args), io.Discard); got != tc.want {
				t.Errorf("exit %d, want %d", got, tc.want)
			}
		})
	}
}

func runMain(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = realMain(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// Every command takes -h: its help on stdout, exit 0, and nothing run.
func TestEveryCommandHelp(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			for _, h := range []string{"-h", "--help"} {
				code, out, errOut := runMain(c.name, h)
				want := "usage: socbot " + c.synopsis
				if c.name == "help" {
					want = "Commands:"
				}
				if code != 0 || !strings.Contains(out, want) || errOut != "" {
					t.Errorf("socbot %s %s: exit %d, stdout %q, stderr %q; want 0 and %q", c.name, h, code, out, errOut, want)
				}
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	_, triageHelp, _ := runMain("triage", "-h")
	tests := []struct {
		args    []string
		code    int
		want    string // in stdout
		wantErr string // in stderr
	}{
		{[]string{"help", "triage"}, 0, triageHelp, ""},
		{[]string{"help"}, 0, "Commands:", ""},
		{[]string{"--help"}, 0, "Commands:", ""},
		{[]string{"-h"}, 0, "Commands:", ""},
		{[]string{"--version"}, 0, "socbot ", ""},
		{[]string{"version"}, 0, "socbot ", ""},
		{[]string{"help", "nosuch"}, 2, "", "unknown command"},
		{[]string{"nosuch"}, 2, "", "unknown command"},
		{[]string{}, 2, "", "Commands:"},
		{[]string{"triage", "--nosuch"}, 2, "", "flag provided but not defined: -nosuch"},
		{[]string{"version", "extra"}, 2, "", "socbot version: takes no arguments"},
		{[]string{"eval"}, 2, "", "usage: socbot eval FILE.jsonl"},
	}
	for _, tt := range tests {
		code, out, errOut := runMain(tt.args...)
		if code != tt.code || !strings.Contains(out, tt.want) || !strings.Contains(errOut, tt.wantErr) {
			t.Errorf("socbot %q: exit %d, stdout %q, stderr %q; want %d, %q in stdout, %q in stderr",
				tt.args, code, out, errOut, tt.code, tt.want, tt.wantErr)
		}
	}
}
