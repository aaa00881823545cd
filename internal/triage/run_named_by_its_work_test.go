package triage

import "testing"

// A run named by what it does ("the overnight job that posts loan payments") is the
// run whose operation is asked about: its money words add no transaction processing
// beside operations. The processing asked about in its own words ("are claims paid
// twice after a rerun?") still does.
func TestRunNamedByItsWork(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "How is the overnight job that posts loan payments monitored, and who is alerted when it fails?",
			report: "both", first: "operations_financial", without: []string{"transaction_processing"}},
		{question: "How is the nightly run that calculates commissions monitored, and what happens when it fails?",
			report: "both", first: "operations_financial", without: []string{"transaction_processing"}},
		{question: "How is the nightly claims payment run monitored, and how do you make sure claims are not paid twice when it is rerun?",
			report: "both", with: []string{"operations_financial", "transaction_processing"}},
	})
}
