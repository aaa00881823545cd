package triage

import (
	"strings"
	"testing"
	"time"
)

// A long line must cost work in proportion to its length. Each case repeats a short
// piece to size bytes behind a report request, in a shape that once made a check
// read the rest of the line again from each of its words; the budget is far above
// what a linear reading takes on a slow machine, and far below the seconds the
// quadratic one took.
func TestLongLineWorkIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("long lines")
	}
	e := mustEngine(t)
	tests := []struct {
		name, head, piece, tail string
		size                    int
	}{
		// A run of link words opens a segment at each (told.go's readSegments).
		{"link words after commas", "Send the SOC 2 and tell us your headcount", ", and", "", 100_000},
		// Types offered and named again in one clause (negation.go's typeNegated).
		{"types offered in one clause", "We need a SOC 2 ", "you offered a Type 1 ", "", 400_000},
		// A segment of a fact's words that ends in a pronoun pointing back
		// (told.go's backOnly), read once for every hit in it.
		{"fact words ending in a pronoun", "Send the SOC 2. ", "headcount ", "this?", 10_000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.head + strings.Repeat(tc.piece, tc.size/len(tc.piece)) + tc.tail
			start := time.Now()
			e.Classify(Question{Text: text})
			if d := time.Since(start); d > 750*time.Millisecond {
				t.Errorf("classifying %d bytes took %v, want well under a second", len(text), d)
			}
		})
	}
}
