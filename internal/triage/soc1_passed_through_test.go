package triage

import "testing"

// Money passed on at an agreed share (rebates passed through at the contracted
// percentage, royalties paid at the negotiated split, credits passed on in full) is the
// accuracy of a financial transaction, and the rebate, royalty or commission reports
// a vendor sends checked accurate are reports to its clients: SOC 1. A rebate
// programme described, or a patch applied in full, is not.
func TestMoneyPassedOnAtAnAgreedShare(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How do you make sure supplier rebates are passed on to us at the contracted percentage?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Are manufacturer rebates passed through to the plan in full each quarter?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Are songwriter royalties paid at the negotiated split?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Are the quarterly rebate reports you send us accurate?",
			report: "soc1", areas: []string{"financial_reporting"}},
		// Near-misses: a programme described, a patch applied in full.
		{q: "Is your rebate programme described on your website?", report: "none"},
		{q: "Are all security patches applied in full?", report: "soc2"},
	})
}
