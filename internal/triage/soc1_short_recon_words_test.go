package triage

import "testing"

// Two small readings of reconciliation words. "Rev rec" is revenue recognition, not a
// reconciliation ("rec" alone is the finance team's short word for one). And a file or
// a balance that "balances to" a register, ledger or statement is agreed to it: the
// "to" that makes the verb is a skipped word, so the verb is read from its object.
// Written for this test.
func TestShortReconciliationWords(t *testing.T) {
	t.Parallel()
	rec, tp := "reconciliation", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Our rev rec analysts ask how the billing platform splits a bundled contract into its performance obligations.", report: ReportSOC1, with: []string{tp}, without: []string{rec}},
		{question: "Which controls cover rev-rec schedules produced by your subscription system?", report: ReportSOC1, with: []string{tp}, without: []string{rec}},
		{question: "For rev recs on multi-element deals, who approves the allocation of price between the elements?", report: ReportSOC1, with: []string{tp}, without: []string{rec}},
		{question: "How do you make sure the premium bordereau balances to the monthly bank statement?", report: ReportSOC1, with: []string{rec}},
		{question: "Does the daily settlement file you produce balance to the general ledger before it is posted?", report: ReportSOC1, with: []string{rec}},
		{question: "Each month the subledger is balanced to the GL control account; who reviews it?", report: ReportSOC1, with: []string{rec}},
		{question: "Before payroll is funded, how do you check the net pay file balances to the payroll register?", report: ReportSOC1, with: []string{rec}},
		{question: "Are the fund's cash positions balanced to the custodian each day?", report: ReportSOC1, with: []string{rec}},
		// Near misses: the short word still names a reconciliation, and a balance sheet
		// or an amount held is no agreeing of balances.
		{question: "Who prepares the monthly bank rec for our operating account, and who signs off on the rec?", report: ReportSOC1, first: rec},
		{question: "Please attach your most recent audited balance sheet and income statement.", report: ReportNone},
		{question: "How is revenue recognised on the usage fees you bill our customers?", report: ReportSOC1, with: []string{tp}, without: []string{rec}},
	})
}
