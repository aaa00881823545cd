package triage

import "testing"

// Standing data held in the vendor's system (rates, fee schedules, bank details) checked
// to match what the client approved or agreed is master data, even when the line also
// asks who may change it. Near-misses: a system's access asked alone, and a rate that
// is no standing data (an API rate limit).
func TestStandingDataMatchedToApproved(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How do you check that the fee schedules loaded in your billing platform match the schedules our finance team approved, and who can edit them?", report: "soc1", area: "master_data"},
		{question: "Do the broker commission rates in your system agree to the rates in our signed agreement?", report: "soc1", area: "master_data"},
		{question: "How do you confirm payee bank details held in the disbursement platform tie to the details we authorised?", report: "soc1", area: "master_data"},
		{question: "Freight rate tables in your TMS: how do you make sure they match the contracted rates?", report: "soc1", area: "master_data"},
		// Near-misses.
		{question: "Who has admin access to the billing platform, and is it reviewed quarterly?", report: "both", area: "access_financial"},
		{question: "Do your API rate limits match the limits in our order form?", report: "none", not: "master_data"},
	})
}
