package triage

import "testing"

// A deviation or exception a SOC 1 reported, and its cause or fix asked after it
// ("Your last SOC 1 reported a deviation in the control over manual adjustments. What was
// the root cause and has it been fixed?"), is about that SOC 1 control: the question
// that asks only why it happened or whether it was fixed has no subject of its own,
// so it is no incident of a SOC 2, and the control the deviation was found in gives
// the area. A cause asked of a subject of its own (an outage) is still that subject,
// and a report asked for with its exceptions names no control. Written for this test.
func TestReportDeviationFollowedUp(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Your last SOC 1 reported a deviation in the control over manual adjustments to client fee invoices. What was the root cause and has it been fixed?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Did your SOC 1 note any exceptions in the daily cash reconciliations? What was the root cause?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Your ISAE 3402 had an exception in the control over premium refunds (no evidence of review in 3 of 40 samples). What was the root cause?", report: "soc1"},
		{q: "The SOC 1 auditor found deviations in the approval of payroll rate changes. Why did they happen, and how were they corrected?", report: "soc1", areas: []string{"master_data"}},
		{q: "The SOC 1 report shows two deviations in the approval of vendor bank detail changes. What caused them?", report: "soc1", areas: []string{"master_data"}},
		// Near misses: a SOC 2 exception; a cause asked of a subject of its own; a
		// report asked for with its exceptions.
		{q: "Your SOC 2 had an exception on quarterly access reviews. What was the root cause?", report: "soc2"},
		{q: "Send your SOC 1. What was the root cause of last month's payroll outage?", report: "both"},
		{q: "Send your SOC 1 and tell us whether it carried any exceptions.", report: "soc1", areas: none},
		{q: "Please provide your SOC 1 for the payroll service, with any deviations noted.", report: "soc1", areas: none},
	})
}
