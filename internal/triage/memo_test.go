package triage

import (
	"bufio"
	"os"
	"slices"
	"testing"
)

// TestMemoMatchesReads checks that what the memo keeps for a pass is what the checks
// read afresh from the same tokens and hits, asked once and again, and that a pass
// over another line does not answer from the memo of the last: each line of the
// labelled set is read after the one before it in the same scratch.
func TestMemoMatchesReads(t *testing.T) {
	e := mustEngine(t)
	f, err := os.Open("../../testdata/eval/labelled.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ReadLabelled(bufio.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	for _, q := range qs {
		text := q.Question().Text
		e.fire(s, text)
		for range 2 { // the first asks fill the memo, the second read it
			if got, want := s.plainMoney(), plainMoney(s.toks); got != want {
				t.Errorf("%q: plainMoney %v from the memo, %v read", text, got, want)
			}
			if got, want := s.factAsked(), factAsked(s.toks); got != want {
				t.Errorf("%q: factAsked %v from the memo, %v read", text, got, want)
			}
			if got, want := e.moneySystemSpans(s), e.readSystemSpans(s, nil); !slices.Equal(got, want) {
				t.Errorf("%q: moneySystemSpans %v from the memo, %v read", text, got, want)
			}
			for _, ri := range s.rules {
				if got, want := e.moneySense(s, ri), e.moneySenseRead(s, ri); got != want {
					t.Errorf("%q: moneySense of %s %v from the memo, %v read", text, e.rules[ri].ID, got, want)
				}
			}
		}
	}
}
