package triage

import "testing"

// "Can the same person / one employee / a single user A, B and C?" asks whether
// incompatible duties are kept apart. With the verbs of a money process (set up a
// vendor or payee, enter or key an invoice, approve or release a payment, post a
// journal, reconcile) it is SOC 1 segregation of duties even when no money noun
// stands beside each verb; with the verbs of a software change (develop, approve,
// deploy to production) it is change management and segregation of duties (CC8.1,
// CC6.3). The questions are written for this test.
func TestDutiesHeldByOnePerson(t *testing.T) {
	t.Parallel()
	sod := []string{"segregation_of_duties"}
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Can one employee set up a payee and release a payment?", report: "soc1", areas: sod},
		{q: "Is it possible for one person to post a journal and approve it?", report: "soc1", areas: sod},
		{q: "Can one employee post journals and reconcile the bank account?", report: "soc1", areas: sod},
		{q: "Can one user key an invoice, approve it and release it for payment?", report: "soc1", areas: sod},
		{q: "Could a single clerk add a vendor and then pay it?", report: "soc1", areas: sod},
		{q: "Is a lone bookkeeper able to record receipts and reconcile the cash account?", report: "soc1", areas: sod},
		{q: "Can the same person set up a vendor, enter an invoice and approve the payment?", report: "soc1", areas: sod},
		{q: "Can a single user enter and approve an invoice?", report: "soc1", areas: sod},
		{q: "Can the same person develop, approve and deploy a change to production?", report: "soc2", cats: sec, first: "CC8.1", crit: "CC6.3"},
		{q: "Can one engineer write code, approve it and deploy it to production?", report: "soc2", cats: sec, first: "CC8.1", crit: "CC6.3"},
		{q: "Can a single developer push code to production without another person's approval?", report: "soc2", cats: sec, first: "CC8.1", crit: "CC6.3"},
		{q: "Can engineers approve their own pull requests?", report: "soc2", cats: sec, crit: "CC6.3"},
		{q: "Can the same person approve and deploy changes to the payroll system?", report: "both", crit: "CC6.3", areas: []string{"change_financial", "segregation_of_duties"}},
		{q: "Can the same engineer develop and deploy changes to the interest calculation service?", report: "both", crit: "CC6.3", areas: []string{"change_financial", "segregation_of_duties"}},
		{q: "Can developers promote their own code to the production settlement environment?", report: "both", first: "CC8.1", areas: []string{"change_financial", "segregation_of_duties"}},
		// Near misses: no money process, no software change, or segregation named.
		{q: "Can one person create a user account and approve its access?", report: "soc2", absent: "CC8.1"},
		{q: "Can the same person review logs and respond to incidents?", report: "soc2", first: "CC7.2"},
		{q: "Can the same person set up a new customer account in the CRM and send the welcome email?", report: "none"},
		{q: "Can the same person approve and release a payment?", report: "soc1", areas: sod, absent: "CC8.1"},
		{q: "Do you enforce segregation of duties between developers and those who can deploy to production?", report: "soc2", first: "CC6.3"},
	})
}
