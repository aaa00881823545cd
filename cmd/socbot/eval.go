package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/socbot/socbot/internal/triage"
)

// runEval scores the rules on a labelled JSON-lines file (see testdata/eval/README.md).
func runEval(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: socbot eval FILE.jsonl")
		return 2
	}
	f, err := os.Open(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "socbot eval: %v\n", err)
		return 2
	}
	defer f.Close()
	qs, err := triage.ReadLabelled(f)
	if err != nil {
		fmt.Fprintf(stderr, "socbot eval: %s: %v\n", args[0], err)
		return 2
	}
	eng, err := triage.NewEngine()
	if err != nil {
		fmt.Fprintf(stderr, "socbot eval: %v\n", err)
		return 1
	}
	verdicts := make([]triage.Verdict, len(qs))
	for i, q := range qs {
		verdicts[i] = eng.Classify(q.Question())
	}
	if err := triage.Score(qs, verdicts).WriteText(stdout); err != nil {
		fmt.Fprintf(stderr, "socbot eval: %v\n", err)
		return 1
	}
	return 0
}
