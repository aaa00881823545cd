package triage

import "testing"

// Revenue, takings or sales agreed, matched or reconciled to a bank is a
// reconciliation, not a fact about which banks are customers: the words that name the
// customers' sectors ("revenue from banks") are read another way inside it. Written
// for this test.
func TestRevenueAgreedToTheBankIsNoCustomerFact(t *testing.T) {
	t.Parallel()
	rec := "reconciliation"
	checkAreaCases(t, []areaCase{
		{question: "Is toll revenue agreed to the bank every day?", report: ReportSOC1, first: rec},
		{question: "Is fare revenue matched to the bank settlement every morning, and who clears the differences?", report: ReportSOC1, first: rec},
		{question: "Are the ticket sales of each venue reconciled to the bank each week?", report: ReportSOC1, first: rec},
		{question: "Is cafeteria revenue deposited with the bank daily and agreed to the till reports?", report: ReportSOC1, with: []string{rec}},
		// Near misses: who the customers are stays a fact.
		{question: "What share of your revenue comes from banks?", report: ReportNone},
		{question: "Name three banks that use your platform today.", report: ReportNone},
		{question: "What percentage of revenue is from healthcare customers?", report: ReportNone},
	})
}
