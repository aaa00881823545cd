package triage

import (
	"strings"
	"testing"
)

// TestWordShapesKeepMembers checks that the quick test never rules out a member of
// the sets it fronts, and that it rules out a word of no member's shape.
func TestWordShapesKeepMembers(t *testing.T) {
	keys := func(set ...map[string]bool) []string {
		var out []string
		for _, s := range set {
			for w := range s {
				out = append(out, w)
			}
		}
		return out
	}
	var sector, pair []string
	for w := range sectorMoney {
		sector = append(sector, w)
	}
	for w := range controlPair {
		pair = append(pair, w)
	}
	for _, c := range []struct {
		name    string
		shapes  *wordShapes
		members []string
	}{
		{"asideCue", asideCueShapes, keys(asideCue)},
		{"partOpener", partOpenerShapes, keys(partOpener)},
		{"sectorMoney", sectorMoneyShapes, sector},
		{"agentRule", agentRuleShapes, keys(agentRule)},
		{"controlAct", controlActShapes, keys(controlDone, controlNoun, controlVerbBase, controlVerbS, exceptionNoun)},
		{"controlPair", controlPairShapes, pair},
	} {
		for _, w := range c.members {
			if !c.shapes.may(w) {
				t.Errorf("%s: %q is a member, but its shape rules it out", c.name, w)
			}
		}
	}
	ws := shapesOf(map[string]bool{"": true, "a": true, "Ab": true, strings.Repeat("x", maxShapeLen+5): true})
	for _, w := range []string{"", "a", "Ab", "Zb", strings.Repeat("y", maxShapeLen+1)} {
		if !ws.may(w) {
			t.Errorf("%q ruled out, want it looked up", w)
		}
	}
	for _, w := range []string{"b", "ab", "abc"} {
		if ws.may(w) {
			t.Errorf("%q not ruled out, want it ruled out", w)
		}
	}
}

// TestShapePrefilterChangesNothing checks that controlAct and partBreak answer the
// same with their shape prefilters as with shapes that rule out no word, at every
// word of the labelled lines and of their headings, partBreak for a sentence that
// asks and for one that does not.
func TestShapePrefilterChangesNothing(t *testing.T) {
	var all wordShapes
	for i := range all {
		all[i] = ^uint32(0)
	}
	e := mustEngine(t)
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	words := 0
	for _, path := range labelledSets(t) {
		for _, q := range readEvalSet(t, path) {
			for _, text := range []string{q.Text, q.Section + ": " + q.Text} {
				s.tokenize(text)
				toks := s.toks
				for k := range toks {
					words++
					if got, want := controlAct(toks, k), controlActBy(toks, k, &all, &all); got != want {
						t.Errorf("%q: controlAct at %q = %v with the shapes, %v without", text, toks[k].text, got, want)
					}
					for _, asks := range []bool{false, true} {
						if got, want := partBreak(toks, text, k, asks), partBreakBy(toks, text, k, asks, &all); got != want {
							t.Errorf("%q: partBreak at %q (asks %v) = %v with the shapes, %v without", text, toks[k].text, asks, got, want)
						}
					}
				}
			}
		}
	}
	if words < 10000 {
		t.Errorf("only %d words read: the labelled sets were not found", words)
	}
}
