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
