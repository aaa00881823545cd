package triage

import "testing"

// Tables and schedules of what a payer, insurer or carrier pays under contract
// (payer contract tables, reimbursement, allowance or capitation schedules) are
// standing data of the money process: who may change them, and how a change is
// approved, is master data (SOC 1), not a change to program code. A change to the
// application's code, to other tables, or to the terms of the contract itself keeps
// its reading.
func TestContractTablesAreMasterData(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Who can change the payer contract tables, and is each change approved by someone else?",
			report: "soc1", first: "master_data"},
		{question: "Who maintains the capitation schedules in the claims system, and how are changes approved?",
			report: "soc1", first: "master_data"},
		{question: "Are changes to contract tables in the pricing module reviewed by a second person?",
			report: "soc1", first: "master_data"},
		{question: "Who can change the allowance tables used to compute contractual adjustments, and how are changes approved?",
			report: "soc1", first: "master_data"},
		{question: "Do you restrict who can change the reimbursement schedules, and are changes approved by a manager?",
			report: "soc1", first: "master_data"},
		{question: "Are updates to reimbursement tables reviewed by a second person before claims are priced with them?",
			report: "soc1", first: "master_data"},
		// Near misses: code, other tables, the contract's own terms.
		{question: "Are changes to the claims application code tested and approved before release?",
			report: "both", first: "change_financial"},
		{question: "Are code changes to the payer portal reviewed before deployment?",
			report: "soc2"},
		{question: "Who can change the database tables behind the reporting dashboard?",
			report: "none"},
		{question: "Do you notify us before changing the terms of our contract?",
			report: "none"},
	})
}
