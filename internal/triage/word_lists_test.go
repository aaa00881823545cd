package triage

import (
	"slices"
	"strings"
	"testing"
)

// moneyWord reads moneyAfter only for a word outside the money lexicon, and returns
// early when the word before it is in the lexicon ("journal entries" counts once, at
// "journal"). A pair whose first word, or whose head, is a lexicon word is therefore
// never looked up: it would read as vocabulary the engine knows and does nothing.
func TestMoneyAfterPairsCanCount(t *testing.T) {
	t.Parallel()
	var dead []string
	for head, before := range moneyAfter {
		if _, ok := moneyLexicon[head]; ok {
			dead = append(dead, "head "+head)
		}
		for w := range before {
			if _, ok := moneyLexicon[w]; ok {
				dead = append(dead, w+" "+head)
			}
		}
	}
	slices.Sort(dead)
	for _, p := range dead {
		t.Errorf("moneyAfter: %q can never count: its word is already in moneyLexicon", p)
	}
}

// factBlocked tries factBlock before the stems of factBlockPrefix, so a word a stem
// already covers adds nothing to factBlock.
func TestFactBlockWordsNotCoveredByStems(t *testing.T) {
	t.Parallel()
	for w := range factBlock {
		for _, p := range factBlockPrefix {
			if strings.HasPrefix(w, p) {
				t.Errorf("factBlock: %q is already covered by the stem %q", w, p)
			}
		}
	}
}
