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
	asides := 0
	for _, q := range qs {
		text := q.Question().Text
		e.fire(s, text)
		// asideOnly is asked only of a line with words set aside, whose s.aside is read.
		aside := s.readAside(text)
		if aside {
			asides++
		}
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
				if !aside {
					continue
				}
				if got, want := e.asideOnly(s, ri), e.asideOnlyRead(s, ri); got != want {
					t.Errorf("%q: asideOnly of %s %v from the memo, %v read", text, e.rules[ri].ID, got, want)
				}
			}
			checkBreaks(t, s, text)
		}
	}
	if asides == 0 {
		t.Error("no labelled line sets words aside: asideOnly went unchecked")
	}
}

// checkBreaks checks that the breaks readBreaks keeps for the pass over text are the
// ones segmentBreak reads afresh.
func checkBreaks(t *testing.T, s *scratch, text string) {
	t.Helper()
	s.readBreaks(text)
	if len(s.segStart) != len(s.toks) || len(s.sentHard) != len(s.toks) {
		t.Errorf("%q: breaks kept for %d and %d tokens, the line has %d", text, len(s.segStart), len(s.sentHard), len(s.toks))
		return
	}
	for k := range s.toks {
		start, hard := s.segmentBreak(text, k)
		if s.segStart[k] != start || s.sentHard[k] != hard {
			t.Errorf("%q: breaks at %q %v, %v from the memo, %v, %v read", text, s.toks[k].text, s.segStart[k], s.sentHard[k], start, hard)
			return
		}
	}
}

// TestMemoForgottenBeforeMatch checks that a pass forgets the memo of the last before
// anything reads it: with the memo filled from the line before, what it answers
// between tokenizing and matching the next line, and after matching it, is read from
// the next line. fire's steps are taken one by one to read between them.
func TestMemoForgottenBeforeMatch(t *testing.T) {
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
	prev := qs[len(qs)-1].Question().Text
	for _, q := range qs {
		text := q.Question().Text
		// fill every memo from the line before, then take the pass over this one
		e.fire(s, prev)
		s.plainMoney()
		s.factAsked()
		e.moneySystemSpans(s)
		aside := s.readAside(prev)
		for _, ri := range s.rules {
			e.moneySense(s, ri)
			if aside {
				e.asideOnly(s, ri)
			}
		}
		s.readBreaks(prev)
		prev = text
		e.newPass(s)
		s.tokenize(text)
		// read from the tokens alone: before the match
		if got, want := s.plainMoney(), plainMoney(s.toks); got != want {
			t.Errorf("%q: plainMoney %v from the memo, %v read", text, got, want)
		}
		if got, want := s.factAsked(), factAsked(s.toks); got != want {
			t.Errorf("%q: factAsked %v from the memo, %v read", text, got, want)
		}
		if got, want := e.moneySystemSpans(s), e.readSystemSpans(s, nil); !slices.Equal(got, want) {
			t.Errorf("%q: moneySystemSpans %v from the memo, %v read", text, got, want)
		}
		checkBreaks(t, s, text)
		e.match(s)
		// read from the hits
		for _, ri := range s.rules {
			if got, want := e.moneySense(s, ri), e.moneySenseRead(s, ri); got != want {
				t.Errorf("%q: moneySense of %s %v from the memo, %v read", text, e.rules[ri].ID, got, want)
			}
		}
	}
}
