package triage

import "testing"

// Three area boundaries of the guide's table. Changes to rate or price files are
// standing data (master_data), not data sent to a ledger (interfaces); settlement
// files received and reconciled to the funds are a reconciliation, while a file the
// service transmits and checks complete stays an interface. Logging on a named money
// system is its operations (operations_financial) unless the line names the people
// or the logins whose activity is logged (access_financial), and "logs into" is a
// login. A system named by the money work of a short relative clause after it ("the
// payments platform that disburses our supplier payments") is still the system. The
// questions are written for this test.
func TestAreasOfFilesAndLogs(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Who approves updates to the fee schedule and tariff files before billing uses them?", report: "soc1", areas: []string{"master_data"}},
		{q: "How are edits to the rate tables and pricing files for usage billing authorised?", report: "soc1", areas: []string{"master_data"}},
		{q: "Describe how the daily settlement files from the acquirer are reconciled to the cash received in our account.", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Are the settlement files received from the card schemes reconciled to payout balances each day?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Audit logging for the AP payments platform - which events are logged and for how long?", report: "both", areas: []string{"operations_financial"}},
		{q: "Is audit logging switched on for the claims payment system that pays our members?", report: "both", areas: []string{"operations_financial"}},
		{q: "Logging and alerting on the premium billing system: who looks at the alerts?", report: "both", areas: []string{"operations_financial"}},
		{q: "Is MFA required for everyone who logs into the billing console?", report: "both", areas: []string{"access_financial"}},
		// Near misses: a file sent and checked complete, people's activity logged.
		{q: "How do you ensure payroll files transmitted to our general ledger are complete and accurate?", report: "soc1", areas: []string{"interfaces"}},
		{q: "Are logs of administrator activity on the payroll system reviewed weekly?", report: "both", areas: []string{"access_financial"}},
		{q: "Are user logins to the loan servicing system logged and reviewed?", report: "both", areas: []string{"access_financial"}},
		{q: "Are the payroll files sent to the bank reconciled to confirm every record was transmitted?", report: "soc1", areas: []string{"interfaces", "reconciliation"}},
	})
}
