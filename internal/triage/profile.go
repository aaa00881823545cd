package triage

import (
	"slices"
	"strings"
	"sync"
)

var wordScratch = sync.Pool{New: func() any { return new(scratch) }}

// Words returns the distinct content words of text as the rules read them:
// lower-cased, letters and digits apart, plurals folded ("backups" is
// "backup"), stopwords left out; sorted. It lets other packages compare texts
// (a question and a control of a SOC report) in the engine's own vocabulary.
func Words(text string) []string {
	s := wordScratch.Get().(*scratch)
	defer wordScratch.Put(s)
	s.tokenize(text)
	out := make([]string, 0, len(s.words))
	for _, i := range s.words {
		w := s.toks[i].text
		if skipWords[w] || len(w) < 2 {
			continue
		}
		out = append(out, stem(w))
	}
	slices.Sort(out)
	out = slices.Compact(out)
	// The words alias the scratch's buffer: copy them into one string of their own.
	n := 0
	for _, w := range out {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range out {
		b.WriteString(w)
	}
	all, at := b.String(), 0
	for i, w := range out {
		out[i] = all[at : at+len(w)]
		at += len(w)
	}
	return out
}

// SharedWeight adds up weight(w) over the words a and b share; both must be
// sorted and distinct, as Words returns them.
func SharedWeight(a, b []string, weight func(word string) float64) float64 {
	var sum float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			sum += weight(a[i])
			i++
			j++
		}
	}
	return sum
}
