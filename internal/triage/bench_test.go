package triage

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// questionnaire300 builds a 300-question block from the labelled set.
func questionnaire300(tb testing.TB) []Question {
	tb.Helper()
	f, err := os.Open("../../testdata/eval/labelled.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	qs, err := ReadLabelled(bufio.NewReader(f))
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]Question, 0, 300)
	for len(out) < 300 {
		for _, q := range qs {
			if len(out) == 300 {
				break
			}
			out = append(out, q.Question())
		}
	}
	return out
}

// BenchmarkClassify300 classifies a 300-question questionnaire; the targets in docs/figures.md are
// ≥ 100,000 questions/s on one core and ≤ 40 allocations per question.
func BenchmarkClassify300(b *testing.B) { benchClassify300(b, mustEngine(b)) }

// benchClassify300 runs the 300-question benchmark on e and reports questions/s.
func benchClassify300(b *testing.B, e *Engine) {
	qs := questionnaire300(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, q := range qs {
			e.Classify(q)
		}
	}
	b.ReportMetric(float64(b.N*len(qs))/b.Elapsed().Seconds(), "questions/s")
}

// BenchmarkCompileRules measures start-up: loading and compiling the rule table.
func BenchmarkCompileRules(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewEngine(); err != nil {
			b.Fatal(err)
		}
	}
}

// The allocation budget is a property of the code, not of the machine: check it in a test.
func TestClassifyAllocations(t *testing.T) {
	e := mustEngine(t)
	qs := questionnaire300(t)
	allocs := testing.AllocsPerRun(5, func() {
		for _, q := range qs {
			e.Classify(q)
		}
	})
	if per := allocs / float64(len(qs)); per > 40 {
		t.Errorf("%.1f allocations per question, want at most 40", per)
	}
}

// BenchmarkClassifyLongReasons classifies one question of about 180 KB whose single
// sentence names a report and then repeats clauses that give a reason and ask about
// money processes: the reason check must stay linear in the length of a sentence.
func BenchmarkClassifyLongReasons(b *testing.B) {
	e := mustEngine(b)
	var sb strings.Builder
	sb.WriteString("Send the SOC 1")
	for sb.Len() < 180_000 {
		sb.WriteString("; since we calculate their sales commissions, who approves changes to vendor bank details")
	}
	q := Question{Text: sb.String()}
	b.ReportAllocs()
	for b.Loop() {
		e.Classify(q)
	}
}
