package triage

import "testing"

// Segregation of duties stated as a control ("staff who add payees cannot release
// payments; the role design of the application enforces it") is the SOC 1 business
// control, not a question of access to the application. Near-miss: who holds roles in
// the application, asked alone.
func TestDutiesEnforcedByRoleDesign(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Employees who set up new payees cannot approve refunds; this is enforced through roles in the billing system.", report: "soc1", not: "access_financial"},
		{question: "Users who create payees are unable to release wires, which is implemented through permissions in the treasury platform.", report: "soc1", not: "access_financial"},
		// Near-miss.
		{question: "Which roles in the payroll application allow a user to approve the payment run?", report: "both", area: "access_financial"},
	})
}
