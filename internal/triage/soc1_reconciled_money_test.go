package triage

import "testing"

// The money a reconciliation agrees (recoveries, payouts, commissions, disbursements,
// refunds) names what is reconciled, not a question about its processing: the area is
// reconciliation alone. Where the words also name an act of processing (premiums
// remitted, charges posted, customers billed, receipts applied to open items), that
// processing is asked about too (TestReconciledClauseNamesWhatIsReconciled). Written
// for this test.
func TestReconciledMoneyIsNoProcessing(t *testing.T) {
	t.Parallel()
	rec, tp := "reconciliation", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Is each day's card refund and chargeback total reconciled to the processor report?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are the loan payments in the daily lockbox file reconciled to the servicing ledger?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are premium payments reconciled to the policies in force each month?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are the agent commissions reconciled to the commission payments each month?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are driver payouts reconciled every day to the settlement report from the card acquirer?", report: ReportSOC1, first: rec, without: []string{tp}},
		{question: "Are warranty claim payouts reconciled to the funding bank account every day?", report: ReportSOC1, first: rec, without: []string{tp}},
		// Near misses: the processing itself is named beside the reconciliation.
		{question: "Pension contributions deducted from pay are remitted by you to the scheme each month: are they remitted in full and reconciled to the payroll register?", report: ReportSOC1, with: []string{rec, tp}},
		{question: "How do you make sure late fees posted to tenant ledgers each month agree to the lease terms?", report: ReportSOC1, with: []string{tp}},
		{question: "How are customer receipts applied to the right open invoices, and how is unapplied cash cleared?", report: ReportSOC1, with: []string{rec, tp}},
		{question: "Are usage charges billed to customers reconciled to the metering records each cycle?", report: ReportSOC1, with: []string{rec, tp}},
	})
}
