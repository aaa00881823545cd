package triage

import "testing"

// A part of a report asked for (its complementary user entity controls, its
// subservice organisations, its carve-outs, its opinion) is the report: a report
// with no name of its own that such a part describes is a SOC report, by the
// unnamed-report convention a SOC 2, and a named one is the report named. A report of
// another kind (a pen test's, an ISO audit's, an incident's) is no SOC report. The
// questions are written for this test, apart from the evaluation sets.
func TestReportPartAsked(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Could you send over the CUECs from the report?", report: "soc2", typ: "type2", arts: none},
		{q: "We'd like the complementary user entity controls described in your report.", report: "soc2", typ: "type2", arts: none},
		{q: "Attach the user entity controls section of the report, please.", report: "soc2", typ: "type2", arts: none},
		{q: "Please share the report's CUECs.", report: "soc2", typ: "type2", arts: none},
		{q: "Please share the carve-outs listed in your report.", report: "soc2", typ: "type2", arts: none},
		{q: "Kindly forward the report's list of carve-out subservice organisations.", report: "soc2", typ: "type2", arts: none},
		{q: "Provide the subservice organizations listed in the report.", report: "soc2", typ: "type2", arts: none},
		{q: "Send the complementary user entity controls from your SOC 1.", report: "soc1", typ: "type2", arts: none},
		{q: "Share the opinion letter from your SOC 2 Type II.", report: "soc2", typ: "type2", arts: none},
		// Near misses: reports of other kinds, subservice organisations reporting.
		{q: "Do your subservice organisations report security incidents to you?", report: "soc2", typ: "type2"},
		{q: "Please send the pen test report's list of findings.", report: "none", arts: []string{"pentest_letter"}},
		{q: "Please send your ISO 27001 audit report.", report: "none", arts: []string{"iso27001_certificate"}},
		{q: "Share the incident report for last month's outage.", report: "none"},
	})
}
