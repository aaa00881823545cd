package triage

import "testing"

// A business process stays SOC 1 when an IT word in it names something else: a benefit,
// a percentage or a tariff changed (not a system), a change made by law, the accounting
// or disbursement operations of the business, a cash vault (not a key vault), and money
// held in an FBO, escrow or trust account (not a user account). Near-misses: the same
// words as the IT control.
func TestBusinessProcessWithIncidentalITWord(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How do you make sure beneficiary changes reach the pension payment run before it is paid?", report: "soc1", not: "change_financial"},
		{question: "How are the court fee percentages in the remittance run kept current when the statute changes them?", report: "soc1", not: "change_financial"},
		{question: "In your disbursement operations, may one clerk both add a payee and release a cheque to it?", report: "soc1", area: "segregation_of_duties", not: "operations_financial"},
		{question: "How are coin vault pulls from the parking meters counted and reconciled to the meter revenue?", report: "soc1", area: "reconciliation"},
		{question: "How do you ensure tenant deposits stay in the escrow account until the move-out settlement is paid?", report: "soc1", area: "custody"},
		// Near-misses: the IT control itself.
		{question: "How are changes to the payroll system tested and approved before release?", report: "both", area: "change_financial"},
		{question: "Are the overnight batch jobs of the billing system monitored by your operations team?", report: "both", area: "operations_financial"},
		{question: "Are secrets stored in a vault and rotated?", report: "soc2", crit: "CC6.1"},
		{question: "How are new user accounts created and approved?", report: "soc2", crit: "CC6.2"},
	})
}
