package triage

import "testing"

// A payment, payout, bill or royalty worked out from the usage, units or sales
// reported is the transaction's calculation, beside the split or share (master data)
// it applies. Written for this test.
func TestPaymentBuiltFromUsageIsProcessing(t *testing.T) {
	t.Parallel()
	tp, md := "transaction_processing", "master_data"
	checkAreaCases(t, []areaCase{
		{question: "How do you make sure each payout to podcast creators is calculated from all the downloads reported, and who approves a change to a creator's revenue share?", report: ReportSOC1, with: []string{md, tp}},
		{question: "Are licensing royalties computed correctly from the units our distributors report?", report: ReportSOC1, first: tp},
		{question: "Is each water bill calculated from the meter reads received for the period?", report: ReportSOC1, first: tp},
		{question: "Mineral royalties paid to landowners: how do you make sure each owner's payment is derived from the volumes reported by the operator?", report: ReportSOC1, first: tp},
		// Near misses: the split alone, and usage that pays nothing.
		{question: "Who approves changes to the royalty split held for each writer?", report: ReportSOC1, first: md, without: []string{tp}},
		{question: "Is usage data from the app reported to our analytics team every day?", report: ReportNone},
	})
}
