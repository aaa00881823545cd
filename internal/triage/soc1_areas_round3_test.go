package triage

import "testing"

// Posting into the client's own ledger or ERP, or a file sent back to the client, is
// an interface beside the transactions it carries, even when no "file" or "feed" is
// named; a "release" of a file or a payment is not a software release; agreeing paid
// amounts to what was collected is a reconciliation; a NAV published to investors is
// financial reporting; a leaver still being paid is payroll standing data; a failed
// posting batch and its rerun are operations of the financial system; who may post
// or reverse entries in a ledger is access to it.
func TestAreaClassesOfTheThirdRound(t *testing.T) {
	checkAreaCases(t, []areaCase{
		// interfaces without the word file or feed
		{question: "Our monthly billing summaries get posted to our general ledger by your team. How is their accuracy confirmed?",
			report: "soc1", with: []string{"interfaces"}},
		{question: "How is each donation posted accurately to the donor's record in the charity's ERP?",
			report: "soc1", with: []string{"interfaces", "transaction_processing"}},
		{question: "For the payment advice files you return back to us, how is each line checked against the paid claim?",
			report: "soc1", with: []string{"interfaces", "transaction_processing"}},
		// near-miss: posting inside the service's own ledgers stays transaction processing
		{question: "Are interest accruals posted to loan accounts correctly each day?",
			report: "soc1", without: []string{"interfaces"}},
		// "before release" of a file is not a software release
		{question: "The payroll journal file you send to our ERP: are control totals compared to the source before release?",
			report: "soc1", first: "interfaces", without: []string{"change_financial"}},
		// near-miss: a software release of the financial system stays a change
		{question: "Is each new release of the billing software tested and approved?",
			report: "both", first: "change_financial"},
		// amounts paid over agreed to what was collected
		{question: "Payroll taxes are withheld and paid over by you. How do you check that paid amounts agree to what was actually collected?",
			report: "soc1", with: []string{"reconciliation"}},
		// near-miss: record counts of a data warehouse load are processing integrity
		{question: "Are row counts loaded into the reporting warehouse matched to the source system?",
			report: "soc2"},
		// published to investors or members
		{question: "How is the unit price checked before the NAV is published to unitholders?",
			report: "soc1", with: []string{"financial_reporting"}},
		// a leaver still paid is payroll, not access removal
		{question: "How do you prevent a former employee from still being paid after they leave?",
			report: "soc1", with: []string{"master_data", "transaction_processing"}},
		// near-miss: removing a leaver's access stays logical access
		{question: "How quickly is a terminated employee's network account disabled?",
			report: "soc2"},
		// a failed posting batch and its rerun
		{question: "When a payment batch fails halfway through, how is the rerun controlled so nothing posts twice?",
			report: "soc1", with: []string{"operations_financial", "transaction_processing"}},
		// posting rights in a ledger are access to a financial system
		{question: "Which employees are able to reverse journal entries in the general ledger, and is that reviewed?",
			report: "both", first: "access_financial"},
	})
}
