package main

import (
	"bytes"
	"context"
	"io"
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
