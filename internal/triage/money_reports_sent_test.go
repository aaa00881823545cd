package triage

import "testing"

// A report, summary or register of money the service produces or sends the client
// ("the monthly billing summary your platform produces", "the paid-claims and lag
// reports you send to our finance team"), checked as complete or accurate, is financial
// reporting: the money words name the report, not a processing asked about. Money
// processed and checked, and files or invoices sent, stay what they were. Written for
// this test.
func TestMoneyReportsSentAreFinancialReporting(t *testing.T) {
	t.Parallel()
	fr, tp := "financial_reporting", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Is the monthly billing summary your platform produces checked for completeness before we get it?", report: "soc1", first: fr, without: []string{tp}},
		{question: "Are the paid-claims and lag reports you send to our finance team checked for completeness?", report: "soc1", first: fr, without: []string{tp}},
		{question: "The cash receipts report your system generates each morning: how do you know it is complete?", report: "soc1", first: fr, without: []string{tp}},
		{question: "Who reviews the commission summary for accuracy before it goes to our finance team?", report: "soc1", first: fr},
		{question: "What checks make the premium bordereau you deliver to us complete and accurate?", report: "soc1", first: fr, without: []string{tp}},
		// Near misses: the processing itself, invoices or files sent, reports of no money.
		{question: "How are claims paid checked for accuracy before payment?", report: "soc1", first: tp, without: []string{fr}},
		{question: "Are the invoices you send to our customers calculated correctly?", report: "soc1", first: tp, without: []string{fr}},
		{question: "Is the payment file you send to the bank checked against control totals?", report: "soc1", without: []string{fr}},
		{question: "How do you make sure the usage reports in the analytics dashboard are complete and accurate?", report: "soc2"},
		{question: "Do you send us a monthly uptime report?", report: "soc2"},
	})
}
