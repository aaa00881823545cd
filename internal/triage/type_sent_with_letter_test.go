package triage

import "testing"

// A report named only by its type ("a Type 1", "the Type 2") and sent with a bridge
// letter, by a list or a pronoun that points back to it ("send it along with a
// bridge letter"), is the SOC report with the letter, at the type the asker accepts.
// A letter for, since or covering the type's period, a type held or turned down, asks
// for the letter alone. The questions are written for this test, apart from the
// evaluation sets.
func TestTypeSentWithBridgeLetter(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkClass(t, []classCase{
		{q: "A Type I is acceptable this year; please send it with a gap letter.", report: "soc2", typ: "type1", arts: bridge},
		{q: "Design-only Type 1 works for us. Send it together with the bridge letter.", report: "soc2", typ: "type1", arts: bridge},
		{q: "A point-in-time Type 1 is okay; include a gap letter with it.", report: "soc2", typ: "type1", arts: bridge},
		{q: "Our first review can rely on a Type 1. Please send it along with the bridge letter.", report: "soc2", typ: "type1", arts: bridge},
		{q: "We'll take the Type 2 and a bridge letter.", report: "soc2", typ: "type2", arts: bridge},
		{q: "Type 1 is fine for onboarding - forward it along with a bridge letter please.", report: "soc2", typ: "type1", arts: bridge},
		// Near misses: the letter for the type's period, a type held or refused.
		{q: "Please send a bridge letter for your Type 2.", report: "none", arts: bridge},
		{q: "Your Type 1 is on file; send a bridge letter covering the months since.", report: "none", arts: bridge},
		{q: "We don't need the Type 1, only a bridge letter.", report: "none", arts: bridge},
		{q: "A bridge letter since your last Type II, please.", report: "none", arts: bridge},
	})
}
