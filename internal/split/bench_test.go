package split

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

// BenchmarkSplitAndTriage splits and triages 300 labelled questions pasted as a
// numbered list: the path a Slack paste takes.
func BenchmarkSplitAndTriage(b *testing.B) {
	e, err := triage.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Open("../../testdata/eval/labelled.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	labelled, err := triage.ReadLabelled(bufio.NewReader(f))
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for i := range 300 {
		sb.WriteString(strconv.Itoa(i+1) + ". " + labelled[i%len(labelled)].Question().Text + "\n")
	}
	text := sb.String()
	b.ReportAllocs()
	for b.Loop() {
		e.TriageQuestions(Split(text))
	}
}
