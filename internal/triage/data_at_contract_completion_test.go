package triage

import "testing"

// The customer's data kept available for a while once the contract is completed, so it
// can be retrieved, is retention and return at the end of the contract (C1.2). Storing
// each customer's data in its own region is where data stays: a written answer
// (none + custom_answer), as other residency questions are. Near-misses: replication to
// a second region for recovery is resilience, backup retention is how backups run, and
// the completion of deliverables is no data question.
func TestDataAtContractCompletionAndRegion(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Will our data remain accessible for some time after the agreement concludes?", report: "soc2", crit: "C1.2"},
		{question: "Upon completion of the contract, is our data kept available for a set period?", report: "soc2", crit: "C1.2"},
		{question: "For how long after the contract is completed can we still retrieve our records?", report: "soc2", crit: "C1.2"},
		{question: "Is there a window following contract completion in which we can download our content?", report: "soc2", crit: "C1.2"},
		{question: "Can you store each customer's data within its own geographic region?", report: "none", artifact: "custom_answer"},
		{question: "Are you able to keep a client's records inside their home region?", report: "none", artifact: "custom_answer"},
		{question: "Can each tenant choose the region where its data is stored?", report: "none", artifact: "custom_answer"},
		// Near-misses.
		{question: "Is data replicated to a second region for disaster recovery?", report: "soc2", crit: "A1.2"},
		{question: "How long are backups kept before they are overwritten?", report: "soc2", crit: "A1.2", not: "C1.2"},
		{question: "How do you track completion of contract deliverables?", report: "none", not: "C1.2"},
	})
}
