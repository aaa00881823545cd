package triage

import "testing"

// A report refused with a bound on its age ("we will not accept a SOC 2 older than
// twelve months") refuses a stale copy, not the report: a current one is still asked
// for, and the bound asks for no bridge letter. The questions are written for this
// test, apart from the evaluation sets.
func TestStaleReportRefused(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "We will not accept a SOC 2 older than twelve months.", report: "soc2", typ: "type2", arts: none},
		{q: "SOC 1 reports older than a year won't be accepted.", report: "soc1", typ: "type2", arts: none},
		{q: "Our reviewers won't take a SOC 2 whose period ended more than 12 months ago.", report: "soc2", typ: "type2", arts: none},
		{q: "We cannot accept a Type 1 older than six months.", report: "soc2", typ: "type1", arts: none},
		// Near misses: a report refused outright, and the time since an old report
		// asked about.
		{q: "We do not need a SOC 2.", report: "none"},
		{q: "We won't accept a SOC 1; send the SOC 2.", report: "soc2", typ: "type2"},
		{q: "If your SOC 2 report is older than 12 months, what covers the time since?", report: "soc2", arts: []string{"bridge_letter"}},
	})
}
