package triage

import "testing"

// Finance staff ask IT general controls in plain words: who can "get into" the
// payroll application, what the database administrators do in the ledger, what keeps
// the billing system running, what happens when the invoicing application goes down.
// These are access (CC6.1) and availability (A1.2, A1.1) controls; over a system
// named as a money system both reports answer (guide section 8), not the SOC 1
// process alone, and over any other system the SOC 2. The same verbs about people paid, claims loaded or a process
// kept going stay the SOC 1 process. The questions are written for this test, apart
// from the evaluation sets.
func TestPlainITWordsOverMoneySystem(t *testing.T) {
	t.Parallel()
	access := []string{"access_financial"}
	ops := []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Which of your engineers can get into the loan servicing platform?", report: ReportBoth, areas: access, crit: "CC6.1"},
		{q: "Who at the service centre is able to get into the billing database?", report: ReportBoth, areas: access},
		{q: "How often do you check who can get into the payroll application?", report: ReportBoth, areas: access},
		{q: "Are the actions of database administrators in the ledger database looked at by anyone?", report: ReportBoth, areas: access},
		{q: "What keeps the billing system running when a server dies?", report: ReportBoth, areas: ops, first: "A1.2"},
		{q: "How do you keep the payroll servers up during the year-end peak?", report: ReportBoth, areas: ops},
		{q: "If the invoicing application goes down mid-cycle, what happens next?", report: ReportBoth, areas: ops},
		{q: "When the claims payment system went down last year, how long was it offline?", report: ReportBoth, areas: ops},
		{q: "Who can get into the customer database?", report: ReportSOC2, first: "CC6.1"},
		{q: "What keeps the customer portal running if a server fails?", report: ReportSOC2, first: "A1.2"},
		{q: "If the customer database goes down, how is it brought back?", report: ReportSOC2},
		// Near misses: the same verbs about money, people or the process itself.
		{q: "Who gets paid through the payroll system each week?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Who gets emailed by the billing system when an invoice is overdue?", report: ReportSOC1},
		{q: "How do claims get into the payment system?", report: ReportSOC1},
		{q: "How do you keep the payroll running smoothly when staff are on leave?", report: ReportSOC1},
		{q: "Do invoice totals go down when a credit note is applied?", report: ReportSOC1},
	})
}
