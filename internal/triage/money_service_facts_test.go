package triage

import "testing"

// A fact about a money service with no control asked (its cut-off time, the states
// or countries it covers, whether it was built in house or licensed, a turnaround
// figure, an approval workflow the asker's own admins set up) is a written answer,
// whatever money it names; a control asked over the same money (files after the
// cut-off checked again before release, how the vendor makes sure a turnaround is
// met, who approves a change, a calculation tested) stays SOC 1. The questions are
// written for this test, apart from the evaluation sets.
func TestMoneyServiceFactIsAWrittenAnswer(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "What is the daily cut-off time for ACH payment files?", report: "none", arts: written},
		{q: "Submission cutoff times for outgoing international wires, by currency", report: "none", arts: written},
		{q: "Which countries does your accounts payable service support for vendor payments?", report: "none", arts: written},
		{q: "What states does the payroll service support for unemployment tax filing?", report: "none", arts: written},
		{q: "Is your billing engine built in house or licensed from a vendor?", report: "none", arts: written},
		{q: "Please name the vendor of your general ledger software.", report: "none", arts: written},
		{q: "What was the median refund turnaround in days last year?", report: "none", arts: written},
		{q: "Typical turnaround time, in business days, for an off-cycle payroll run?", report: "none", arts: written},
		{q: "Can our own administrators configure approval workflows for purchase invoices in the product?", report: "none", arts: written},
		// Near misses: a control asked over the same money.
		{q: "Are ACH files received after the cut-off time checked again before release the next day?", report: "soc1"},
		{q: "How do you ensure refunds are paid within the average turnaround time?", report: "soc1"},
		{q: "Who reviews payment instructions sent through the API before they are released?", report: "soc1"},
		{q: "Who approves a change to the cut-off time for wire payments?", report: "soc1"},
		{q: "How do you make sure refunds are paid within the agreed turnaround?", report: "soc1"},
		{q: "Is the interest calculation in your licensed loan system tested after every upgrade?", report: "both"},
	})
}
