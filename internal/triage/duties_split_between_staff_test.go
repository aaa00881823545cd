package triage

import "testing"

// Duties, tasks, responsibilities or work split or divided between the staff who
// enter, approve and release money items is segregation of duties in the process:
// SOC 1 alone. "Staff who enter invoices … and release payment" there names the
// duties, not who holds access to a financial system. Roles enforced in a named
// application, and access asked about beside the split, keep access_financial and
// both reports. The questions are written for this test, apart from the evaluation
// sets.
func TestDutiesSplitBetweenStaff(t *testing.T) {
	t.Parallel()
	sod := []string{"segregation_of_duties"}
	both := []string{"segregation_of_duties", "access_financial"}
	checkClass(t, []classCase{
		{q: "How are duties divided between the people who key vendor invoices, approve them and release the payment run?", report: "soc1", areas: sod},
		{q: "How are responsibilities allocated between the people who record refund transactions and those who release the payments?", report: "soc1", areas: sod},
		{q: "Is the work split between the team that keys payments and the team that approves them?", report: "soc1", areas: sod},
		{q: "Explain how responsibilities are split between employees who set up payees and those who release payments.", report: "soc1", areas: sod},
		{q: "Please describe how duties are apportioned among clerks who enter supplier invoices, approve them and release the payment.", report: "soc1", areas: sod},
		{q: "Describe how tasks are divided among the staff who post journal entries and those who approve them.", report: "soc1", areas: sod},
		// Near misses: roles enforced in an application, access asked beside.
		{q: "Are system roles in the AP module configured so one user cannot both enter and approve an invoice?", report: "both", areas: both},
		{q: "Are duties separated between staff who enter and approve payments, and is access to the payment system reviewed quarterly?", report: "both", areas: both},
	})
}
