package triage

import (
	"bufio"
	"fmt"
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

// BenchmarkClassifyLongLines classifies lines of 10 KB to 400 KB in shapes that once
// made a check read the rest of the line again from each of its words: a run of link
// words after commas (told.go's readSegments), types offered and named again in one
// clause (negation.go's typeNegated), a segment of one fact's words ending in a
// pronoun that points back (told.go's backOnly), criteria of like scores asked in one
// long sentence (decide.go's askedOrder), and a rule's words each inside one of its
// except_within phrases (engine.go's hitOutside). Each must stay linear in the
// length of the line: compare ns/op across the sizes of one shape.
func BenchmarkClassifyLongLines(b *testing.B) {
	e := mustEngine(b)
	shapes := []struct {
		name, head, piece, tail string
	}{
		{"link-words", "Send the SOC 2 and tell us your headcount", ", and", ""},
		{"types-offered", "We need a SOC 2 ", "you offered a Type 1 ", ""},
		{"fact-words-then-pronoun", "Send the SOC 2. ", "headcount ", "this?"},
		{"criteria-in-parts", "Send the SOC 2", ", and how often are backups tested and who reviews user access", "?"},
		{"words-read-another-way", "Send the SOC 2", " and backups restored and access reviewed and changes approved", "?"},
	}
	for _, sh := range shapes {
		for _, size := range []int{10_000, 100_000, 400_000} {
			text := sh.head + strings.Repeat(sh.piece, size/len(sh.piece)) + sh.tail
			q := Question{Text: text}
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, size/1000), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					e.Classify(q)
				}
			})
		}
	}
}
