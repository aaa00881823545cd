package triage

import "testing"

// The asker's reliance on a SOC 1 (its auditors, its ICFR work, its year end) covers
// the whole line, but it does not make a bridge letter asked beside the report the
// only thing asked: a report requested in a sentence of its own, one whose period is
// asked about, or one the letter is sent with ("send it with a bridge letter") is
// wanted with the letter. A letter for a report the asker already holds, or one asked
// for by itself, stays the letter alone.
func TestBridgeLetterBesideReliedReport(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkClass(t, []classCase{
		{q: "Our external auditors will test reliance on your ISAE 3402 at year end. Please send it with a bridge letter through 31 December.", report: "soc1", arts: bridge},
		{q: "Our auditors rely on your SOC 1 for the audit of our statements. Could you email it with a gap letter to 31 December?", report: "soc1", arts: bridge},
		{q: "Please provide your SOC 1 Type 2 for our ICFR assessment. It ends 30 September, so also include a bridge letter through December.", report: "soc1", arts: bridge},
		{q: "Send your SSAE 16 report for our auditors, please. We also need a gap letter to 31 March since that is our year end.", report: "soc1", arts: bridge},
		{q: "Does your SOC 1 period end close to our 30 June year end? If there is a gap, we will also need a bridge letter.", report: "soc1", arts: bridge},
		// Near misses: the letter alone, for a report held, described or relied on.
		{q: "Our auditors already hold your SOC 1 for 2025. Please send a bridge letter through 31 March for our year-end.", report: "none", arts: bridge},
		{q: "For our year-end audit, please send a bridge letter covering the months since your last SOC 1 ended.", report: "none", arts: bridge},
		{q: "Our external auditors rely on your SOC 1; a gap letter for October to December is all we need now.", report: "none", arts: bridge},
		{q: "Our SOX auditors have reviewed your latest SOC 1. Could you provide a bridge letter to our fiscal year end?", report: "none", arts: bridge},
		{q: "Our auditors rely on your SOC 1. Please send us the bridge letter for it.", report: "none", arts: bridge},
	})
}
