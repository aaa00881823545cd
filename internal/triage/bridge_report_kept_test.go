package triage

import "testing"

// A report asked for with a pronoun beside its bridge letter ("send it with a bridge
// letter", "include a gap letter with it") is sent with the letter; a report the
// asker turns down before asking for the letter ("we don't need the report, only a
// bridge letter") is not, and the refusal is the report's, not the letter's. The
// questions are written for this test, apart from the evaluation sets.
func TestReportKeptBesideItsBridgeLetter(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkClass(t, []classCase{
		// The report sent with the letter.
		{q: "Please share your SOC 2 Type II, with the bridge letter covering the gap.", report: "soc2", typ: "type2", arts: bridge},
		{q: "Send the SOC 1 report; send it with a bridge letter if the period ended over 3 months ago", report: "soc1", typ: "type2", arts: bridge},
		{q: "SOC 1 Type 2: send it with a bridge letter where needed.", report: "soc1", typ: "type2", arts: bridge},
		{q: "Your SOC 2: please send it with a bridge letter.", report: "soc2", typ: "type2", arts: bridge},
		{q: "Please send the SOC 2, and include a bridge letter with it.", report: "soc2", typ: "type2", arts: bridge},
		{q: "Our reviewers want the SOC 1 Type II; kindly forward it along with the gap letter.", report: "soc1", typ: "type2", arts: bridge},
		{q: "SOC 2 report incl. bridge letter", report: "soc2", typ: "type2", arts: bridge},
		{q: "Need SOC 2 - pls send it w/ bridge letter", report: "soc2", typ: "type2", arts: bridge},
		{q: "We need not just a bridge letter but the SOC 2 report itself.", report: "soc2", typ: "type2", arts: bridge},
		// The report turned down, the letter wanted instead.
		{q: "We don't need the report, only a bridge letter", report: "none", arts: bridge},
		{q: "No need for the report, just the bridge letter please.", report: "none", arts: bridge},
		{q: "The SOC 1 is not needed, only the gap letter.", report: "none", arts: bridge},
		{q: "Don't send the report, send the bridge letter.", report: "none", arts: bridge},
		{q: "We do not want the SOC 2 itself, merely a bridge letter.", report: "none", arts: bridge},
		// Near misses: the letter for a report, a report held, a letter refused
		// with the report set against it, the letter asked about with a report.
		{q: "Please send a bridge letter for your SOC 2.", report: "none", arts: bridge},
		{q: "Your SOC 2 is on file; please send a bridge letter with it.", report: "none", arts: bridge},
		{q: "A bridge letter is not needed, only the SOC 2.", report: "soc2", typ: "type2", arts: []string{}},
		{q: "We don't need a bridge letter, just the SOC 1 report.", report: "soc1", typ: "type2", arts: []string{}},
		{q: "Do you provide a bridge letter with the SOC 2 report?", report: "none", arts: bridge},
		{q: "Not only a bridge letter: the SOC 2 period ended in March.", report: "none", arts: bridge},
		{q: "Send the pen test summary; include a bridge letter with it.", report: "none", arts: []string{"pentest_letter", "bridge_letter"}},
	})
}
