package triage

import "testing"

// Access taken away when a person leaves, quits, resigns or departs ("When one of
// your staff quits, how fast is their login to the payroll system disabled?") is the
// removal of access, CC6.3 first, over a money system both reports with
// access_financial. Access granted, MFA, and staff on leave keep CC6.1 or CC6.2 first.
// Written for this test.
func TestLeaversAccessRemoved(t *testing.T) {
	t.Parallel()
	acc := []string{"access_financial"}
	checkClass(t, []classCase{
		{q: "When one of your staff quits, how fast is their login to the payroll system disabled?", report: "both", areas: acc, first: "CC6.3"},
		{q: "How quickly are departing employees removed from the claims application?", report: "both", areas: acc, first: "CC6.3"},
		{q: "Once a contractor's engagement ends and they depart, is their account in the billing platform deactivated within a day?", report: "both", areas: acc, first: "CC6.3"},
		{q: "After an analyst resigns, how long until their access to the trust accounting system is revoked?", report: "both", areas: acc, first: "CC6.3"},
		// Near misses.
		{q: "Who approves new access to the general ledger?", report: "both", areas: acc, first: "CC6.2"},
		{q: "Is MFA required for the loan servicing platform?", report: "both", areas: acc, first: "CC6.1"},
	})
}
