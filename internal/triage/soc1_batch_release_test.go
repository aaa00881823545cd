package triage

import "testing"

// A money system's nightly or batch jobs watched, with failures escalated, are IT
// operations over it: both reports, operations with PI1.3. A change to a money system
// tested and signed off before it goes live is change control over it: both reports,
// CC8.1. A client or record going live, or a plain data update, is no release.
// Written for this test.
func TestBatchJobsAndReleasesOfMoneySystems(t *testing.T) {
	t.Parallel()
	ops, chg := "operations_financial", "change_financial"
	checkAreaCases(t, []areaCase{
		{question: "Nightly batch jobs in the claims adjudication platform: who monitors them, and how is a failure escalated?",
			report: "both", first: ops},
		{question: "Overnight jobs on the pension administration system - what happens when one abends, and who is paged?",
			report: "both", first: ops},
		{question: "Batch jobs in the premium billing platform: how is a failed run escalated?",
			report: "both", first: ops},
		{question: "Before a new version of the claims adjudication system goes live, who approves it?",
			report: "both", first: chg},
		{question: "Prior to an enhancement of the loan servicing platform going live, is it tested by someone other than the developer?",
			report: "both", first: chg},
		{question: "Before an update to the commission calculation engine goes live, who tests it and who signs the release off?",
			report: "both", first: chg},
		// Near misses: a client going live, a data update, jobs of no money system.
		{question: "Before a new client goes live on the payroll service, how are their pay rates checked?",
			report: "soc1", first: "master_data", without: []string{chg}},
		{question: "How are batch jobs in our analytics warehouse monitored?",
			report: "soc2"},
	})
}
