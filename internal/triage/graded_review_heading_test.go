package triage

import "testing"

// A terse row may name a money item and then the control as a heading, with no verb
// and no question word: "Big refunds: second-level review before release?". A noun
// of control led only by words that grade it (second, independent, senior, dual)
// after a colon, comma or dash asks the control over the item, as the bare noun
// does. The same heading over code, firewall rules or a contract stays SOC 2.
// Written for this test.
func TestGradedReviewHeading(t *testing.T) {
	t.Parallel()
	tp := "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Large claims over $10k: second review before payment?", report: ReportSOC1, with: []string{tp}},
		{question: "Big refunds: second-level review before release?", report: ReportSOC1, with: []string{tp}},
		{question: "Fund distributions: second-level sign-off before payment?", report: ReportSOC1, with: []string{tp}},
		{question: "Rent refunds: second review?", report: ReportSOC1, with: []string{tp}},
		// Already answered before, kept as they were.
		{question: "Credit notes: manager approval before issue?", report: ReportSOC1, with: []string{tp}},
		{question: "Write-offs over $1k: senior approval?", report: ReportSOC1, with: []string{tp}},
		{question: "Invoices over $20k: secondary review before posting?", report: ReportSOC1, with: []string{tp}},
		// Near misses: the same headings over IT or governance objects.
		{question: "Code changes: second review before deploy?", report: ReportSOC2},
		{question: "Firewall rules: independent review?", report: ReportSOC2},
		{question: "Access requests: manager approval?", report: ReportSOC2},
		{question: "Vendor contracts: senior approval before signing?", report: ReportSOC2},
		{question: "Policy documents: independent review each year?", report: ReportSOC2},
	})
}
