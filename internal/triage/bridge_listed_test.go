package triage

import "testing"

// A report and a bridge letter named as two things wanted, joined by a conjunction or a
// list, ask for the report with the letter, in either order; a report that is what the
// letter is for, covers, follows or bridges, or one that names the letter's own noun
// ("your SOC 2 bridge letter"), is not asked for. The questions are written for this
// test, apart from the evaluation sets.
func TestBridgeLetterListedBesideReport(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkClass(t, []classCase{
		{q: "Send over the SOC 2 and a bridge letter.", report: "soc2", typ: "type2", arts: bridge},
		{q: "SOC 1 and gap letter please", report: "soc1", typ: "type2", arts: bridge},
		{q: "We need your current SOC 2 and a bridge letter.", report: "soc2", typ: "type2", arts: bridge},
		{q: "SOC 2 + bridge letter", report: "soc2", typ: "type2", arts: bridge},
		{q: "The SOC 2 Type II & a gap letter, if you have one.", report: "soc2", typ: "type2", arts: bridge},
		{q: "A bridge letter and your most recent SOC 1, please.", report: "soc1", typ: "type2", arts: bridge},
		{q: "Do you have a SOC 2 and a bridge letter?", report: "soc2", typ: "type2", arts: bridge},
		{q: "Your SOC 2 with a gap letter would close this item.", report: "soc2", typ: "type2", arts: bridge},
		{q: "Required uploads: SOC 2, bridge letter", report: "soc2", typ: "type2", arts: bridge},
		{q: "Send the SOC 1, the SOC 2 and a bridge letter.", report: "both", typ: "type2", arts: bridge},
		// Near misses: the letter alone, for or after the report it bridges, the
		// report's name used for the letter, a report refused or already held.
		{q: "Bridge letter for your SOC 2", report: "none", arts: bridge},
		{q: "Could you send a gap letter covering the months since your last SOC 1?", report: "none", arts: bridge},
		{q: "A bridge letter after the SOC 2 period ended, please.", report: "none", arts: bridge},
		{q: "Please send your SOC 2 bridge letter.", report: "none", arts: bridge},
		{q: "Bridge letter to the SOC 1 Type 2, please.", report: "none", arts: bridge},
		{q: "We won't need the SOC 2, only a bridge letter.", report: "none", arts: bridge},
		{q: "We already have the SOC 2 and need a gap letter.", report: "none", arts: bridge},
		{q: "Bridge letter and SOC 2 period end date", report: "none", arts: bridge},
		// A letter the asker says is not needed is not asked for.
		{q: "A Type 1 will not be accepted; a bridge letter is not needed either. Send your SOC 2.", report: "soc2", typ: "type2", arts: []string{}},
		{q: "Gap letter isn't required, just the SOC 1.", report: "soc1", typ: "type2", arts: []string{}},
	})
}
