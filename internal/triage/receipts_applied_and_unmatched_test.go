package triage

import "testing"

// Cash application in two parts: receipts applied or matched to the open invoices,
// policies, accounts or pledges they pay is transaction processing, and the ones that
// cannot be matched, worked down or cleared, is reconciliation. A line that asks both
// carries both areas. One part alone keeps its own area, and matching that moves no
// money is no SOC 1 area. The questions are written for this test.
func TestReceiptsAppliedAndUnmatched(t *testing.T) {
	t.Parallel()
	both := []string{"transaction_processing", "reconciliation"}
	checkClass(t, []classCase{
		{q: "Utility bill payments: how are they applied to open invoices, and what happens to payments that cannot be matched?", report: "soc1", areas: both},
		{q: "How is each insurer's premium received posted to the correct policy, and what happens to payments that can't be matched?", report: "soc1", areas: both},
		{q: "How are incoming tuition payments applied to student accounts, and what happens to those you cannot match?", report: "soc1", areas: both},
		{q: "How do you apply rent receipts to tenant ledgers, and how are unidentified receipts cleared?", report: "soc1", areas: both},
		{q: "How are wire receipts applied to each borrower's loan, and how often is the suspense account worked down?", report: "soc1", areas: both},
		{q: "How are donor gifts applied to pledges, and what happens to gifts that can't be tied to a pledge?", report: "soc1", areas: both},
		{q: "How are freight payments applied to open bills, and how are short-paid items followed up?", report: "soc1", areas: both},
		// Near misses: one part alone, and matching that moves no money.
		{q: "How do you ensure each loan payment is applied to the right borrower?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "How do you reconcile the bank account to the general ledger each month?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "How are unmatched log events handled by the SIEM?", report: "soc2", areas: []string{}},
		{q: "How do you match your support tickets to customer accounts?", report: "none", areas: []string{}},
	})
}
