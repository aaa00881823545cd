package triage

import "testing"

// Incompatible duties asked in more shapes: one of a role "who" does a duty and
// "also" does another (adjudicating, processing, running, collecting, writing off),
// a single person or the same clerk who sets something up and approves it, duties
// divided or split among staff, work carried out by different people, and a duty
// kept separate from the staff who can grant credits. The words of the duties name
// no user account and no money held: the answer is segregation of duties alone,
// except where one of the duties is administering the system's users, which is
// access to it too. Teams, networks and logs kept apart name no money duty.
func TestDutiesInMoreShapes(t *testing.T) {
	t.Parallel()
	none := []string{}
	sod := []string{"segregation_of_duties"}
	checkClass(t, []classCase{
		{q: "Could the analyst who approves insurance claims for payment also adjudicate them?",
			report: "soc1", areas: sod, cats: none},
		{q: "How are duties split among the people who receive cheques, the people who post them and the people who bank them?",
			report: "soc1", areas: sod},
		{q: "Are invoice entry and payment release carried out by different staff?",
			report: "soc1", areas: sod},
		{q: "Is cash receipting kept separate from the clerks who can grant credits on customer accounts?",
			report: "soc1", areas: sod},
		{q: "Can a single teller accept deposits and also approve the drawer count?",
			report: "soc1", areas: sod},
		{q: "Can the same cashier count the till and bank it?",
			report: "soc1", areas: sod},
		{q: "Can the same clerk in your receivables team create a customer and approve the first credit note to it?",
			report: "soc1", areas: sod},
		// Administering the users of a money system is access to it as well.
		{q: "Are the system administrators who manage logins on the billing platform also able to run billing?",
			report: "both", areas: []string{"access_financial", "segregation_of_duties"}},
		// Near misses: no money duty, or user accounts of a money system.
		{q: "Are backups performed by different teams in each region?", report: "soc2", areas: none},
		{q: "Is the production network kept separate from the staff Wi-Fi?", report: "soc2", areas: none},
		{q: "Do the admins who manage user accounts also review the access logs?", report: "soc2", areas: none},
		{q: "Is client money kept separate from your own operating funds?", report: "soc1", areas: []string{"custody"}},
		{q: "Are user accounts for the accounts payable module created only after manager approval?",
			report: "both", areas: []string{"access_financial"}, crit: "CC6.2"},
	})
}
