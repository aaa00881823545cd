package triage

import "testing"

// Escheatment pays unclaimed money over to the state: it is a transaction of the
// client's (transaction processing), not a reconciliation. A background check on
// staff who can see payroll data is screening (SOC 2), not a payroll check.
func TestEscheatmentAndScreeningChecks(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Dormant vendor credits: how are they escheated to each state by the filing deadline?",
			report: "soc1", first: "transaction_processing", without: []string{"reconciliation"}},
		{question: "How is unclaimed property from uncashed refund cheques reported and remitted?",
			report: "soc1", with: []string{"transaction_processing"}},
		{question: "Are employees who handle payroll records background checked before they start?",
			report: "soc2"},
		{question: "Do reference checks cover contractors who work on the billing team?",
			report: "soc2"},
	})
}
