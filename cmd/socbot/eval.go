package main

import (
	"context"
	"fmt"
	"os"

	"github.com/socbot/socbot/internal/triage"
)

// runEval scores the rules on a labelled JSON-lines file (see testdata/eval/README.md).
func runEval(_ context.Context, s streams, args []string) error {
	fs := newFlags("eval")
	if err := parseFlags(fs, args, s); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(s.err, "usage: socbot eval FILE.jsonl")
		return silent(2)
	}
	name := fs.Arg(0)
	f, err := os.Open(name)
	if err != nil {
		return usageError(err)
	}
	defer f.Close()
	qs, err := triage.ReadLabelled(f)
	if err != nil {
		return usageErrorf("%s: %v", name, err)
	}
	eng, err := triage.NewEngine()
	if err != nil {
		return err
	}
	verdicts := make([]triage.Verdict, len(qs))
	for i, q := range qs {
		verdicts[i] = eng.Classify(q.Question())
	}
	return triage.Score(qs, verdicts).WriteText(s.out)
}
