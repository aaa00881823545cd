package triage

import "testing"

// A bridge letter for named reports, then the reports themselves asked for beside it
// ("along with the reports themselves", "as well as the reports"), asks for the
// reports with the letter; and a report listed with a letter that a condition clause
// introduces ("the SOC 2, and if it is stale the bridge letter too") is a list of
// two. A letter only for the reports, or a back reference that names another report,
// asks for no report. The questions are written for this test.
func TestBridgeReportsAlsoAsked(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkClass(t, []classCase{
		{q: "Gap letters for the SOC 1 and the SOC 2, together with the reports themselves.", report: "both", arts: bridge},
		{q: "Please send bridge letters for both the SOC 1 and SOC 2 reports as well as the reports.", report: "both", arts: bridge},
		{q: "A bridge letter for your SOC 2, along with the report itself, please.", report: "soc2", arts: bridge},
		{q: "Bridge letter for the SOC 1 Type 2 and the report too.", report: "soc1", arts: bridge},
		{q: "Your SOC 2 Type II, and if its period ended over three months ago a gap letter as well.", report: "soc2", arts: bridge},
		{q: "The SOC 1 report and, where it is older than six months, the bridge letter.", report: "soc1", arts: bridge},
		{q: "The SOC 2 plus, should the period be stale, a bridge letter.", report: "soc2", arts: bridge},
		// Near misses: the letter is all that is asked for, or the report after the
		// joiner is another one; a condition without a list.
		{q: "Bridge letters for both the SOC 1 and the SOC 2, please.", report: "none", arts: bridge},
		{q: "Bridge letters for the SOC 1 and the SOC 2, together with a summary of changes.", report: "none", arts: bridge},
		{q: "A gap letter for the SOC 2 Type 2 and the reports of your pen tests.", report: "none"},
		{q: "Bridge letter for the SOC 1, and if it has lapsed, tell us when the next one is due.", report: "none", arts: bridge},
		{q: "Send the bridge letter if the SOC 2 is stale.", report: "none", arts: bridge},
	})
}
