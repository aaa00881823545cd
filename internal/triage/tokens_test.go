package triage

import (
	"strings"
	"testing"
)

// The fast look-ups of the tokenizer answer as the tables and switches they stand for.
func TestTokenizerShortcuts(t *testing.T) {
	words := []string{"", "é", "ab", "AND", "vendors", "oems", "bidders", "sub", "your"}
	for w := range skipWords {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, q := range questionnaire300(t) {
		for _, f := range strings.FieldsFunc(strings.ToLower(q.Text), func(r rune) bool { return r < 'a' || r > 'z' }) {
			words = append(words, f, f+"s")
		}
	}
	for _, w := range words {
		if got := isSkipWord(w); got != skipWords[w] {
			t.Errorf("isSkipWord(%q) = %v, skipWords says %v", w, got, skipWords[w])
		}
		party := partyWord(w) || partyWord(stem(w)) || otherParty(w) || makerWord(w)
		if party && !partyShaped(w) {
			t.Errorf("partyShaped(%q) is false for a party word", w)
		}
	}
	for _, w := range []string{"vendor", "suppliers", "provider", "contractors", "bidder", "offeror", "proposer",
		"licensor", "seller", "subcontractor", "subprocessors", "processor", "outsourcer", "manufacturer", "oem"} {
		if !partyShaped(w) {
			t.Errorf("partyShaped(%q) is false for a party word", w)
		}
	}
}
