package triage

import "testing"

// A report the asker sets aside with a verb of leaving it out ("Skip the SOC 2",
// "Forget the SOC 2", "Leave out the SOC 2") or judges of no use ("the SOC 2 is of no
// use to us", "is irrelevant to us", "serves no purpose for our audit") is refused,
// like "we do not need the SOC 2"; the other report asked for beside it decides. A
// verb of leaving out whose object is something else, and a report of some use or
// whose words show no use of something, refuse nothing. The questions are written
// for this test, apart from the evaluation sets.
func TestReportSetAsideOrOfNoUse(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Skip the SOC 2, we need the SOC 1", report: "soc1", typ: "type2"},
		{q: "Skip the SOC 1; send the SOC 2 Type II.", report: "soc2", typ: "type2"},
		{q: "Forget the SOC 2, our auditors need the SOC 1.", report: "soc1", typ: "type2"},
		{q: "Leave out the SOC 2 and send the SOC 1.", report: "soc1", typ: "type2"},
		{q: "Drop the SOC 2; we only need the SOC 1.", report: "soc1", typ: "type2"},
		{q: "Disregard the SOC 2, the SOC 1 is what we need.", report: "soc1", typ: "type2"},
		{q: "Never mind the SOC 2 - send your SOC 1 Type 2.", report: "soc1", typ: "type2"},
		{q: "The SOC 2 is of no use to us; please send the SOC 1.", report: "soc1", typ: "type2"},
		{q: "The SOC 2 is irrelevant to us; please provide the SOC 1.", report: "soc1", typ: "type2"},
		{q: "The SOC 2 is of no value to our auditors. Send the SOC 1.", report: "soc1", typ: "type2"},
		{q: "The SOC 2 serves no purpose for our audit; send the SOC 1.", report: "soc1", typ: "type2"},
		{q: "The SOC 2 doesn't help us here. Do you have a SOC 1?", report: "soc1", typ: "type2"},
		// Near misses: something else left out, a report of use, no use of a thing.
		{q: "Do not skip the SOC 2; send it with the SOC 1.", report: "both"},
		{q: "Please skip section 4 if you have a SOC 2.", report: "soc2"},
		{q: "Can we skip the questionnaire if you provide the SOC 2?", report: "soc2"},
		{q: "You may skip the rest of this section by attaching your SOC 2.", report: "soc2"},
		{q: "The SOC 2 was of great use to us last year; please send the current one.", report: "soc2"},
		{q: "Does the SOC 2 show no use of shared accounts?", report: "soc2"},
		{q: "Does the SOC 2 help you detect intrusions?", report: "soc2"},
	})
}
