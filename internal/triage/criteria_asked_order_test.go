package triage

import "testing"

// A line that asks two things puts first the criterion of the part it asks first,
// when the rules weigh the two alike: "how often is it backed up, … and when was a
// restore last tested?" is A1.2, then A1.3. Backups asked about in a part of their
// own beside a restore test are A1.2; backups named only as what a restore test
// restores are not. A list in one part, a statement, or one rule's criteria keep
// their order. The questions are written for this test.
func TestCriteriaInTheOrderAsked(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How often is the invoicing database backed up, and when did you last run a restore test?", report: "both", first: "A1.2", crit: "A1.3"},
		{q: "Is the HR database backed up nightly, and when was a restore last exercised?", report: "soc2", first: "A1.2", crit: "A1.3"},
		{q: "Describe the backup schedule for the rent ledger and when a restore was last tested.", report: "both", first: "A1.2", crit: "A1.3"},
		{q: "Backups of the claims platform: how frequently are they taken, where are the copies held, and is a restore tested each year?", report: "both", first: "A1.2", crit: "A1.3"},
		{q: "Who does the CISO report to, and how often does the audit committee review cyber risk?", report: "soc2", first: "CC1.3", crit: "CC1.2"},
		{q: "Is there an anonymous hotline for staff, and are ethics breaches investigated?", report: "soc2", first: "CC2.2"},
		// Near misses: backups only as what is restored, one rule's criteria, a
		// statement, and a question whose parts the rules weigh apart.
		{q: "Are backup restore tests performed every quarter?", report: "soc2", first: "A1.3"},
		{q: "When did you last test restoring the billing database from backup?", report: "both", first: "A1.3"},
		{q: "Can backups be restored quickly, and is restoration tested every year?", report: "soc2", first: "A1.3"},
		{q: "Is the disaster recovery plan tested every year?", report: "soc2", first: "A1.3"},
		{q: "Personal data is used only for stated purposes; a new use triggers a privacy review and, where needed, fresh consent.", report: "soc2", first: "P2.1"},
		{q: "Does your risk assessment cover fraud, for instance abuse of admin rights?", report: "soc2", first: "CC3.3"},
		{q: "If your main site fails, how is processing recovered, and where are backups kept?", report: "soc2", first: "A1.2"},
	})
}

// A board or committee named only as who reviews or approves another control ("the
// risk register is reviewed quarterly by the steering committee") is said in
// passing: the control it reviews goes first. A board by which something is
// overseen, or one asked about for itself, is the subject.
func TestBoardNamedAsWhoReviews(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Our vendor register is reviewed every quarter by the risk committee.", report: "soc2", first: "CC9.2", crit: "CC1.2"},
		{q: "The annual risk assessment is approved by the executive steering committee.", report: "soc2", first: "CC3.2", crit: "CC1.2"},
		{q: "Are user access reviews signed off by the audit committee?", report: "soc2", first: "CC6.3"},
		{q: "Is the risk assessment signed off by the board of directors?", report: "soc2", first: "CC3.2", crit: "CC1.2"},
		{q: "Risk treatment plans are approved by the board risk committee.", report: "soc2", first: "CC3.2", crit: "CC1.2"},
		// Near misses: the oversight itself is asked.
		{q: "Does the board review cyber risk every quarter?", report: "soc2", first: "CC1.2"},
		{q: "Is the security programme overseen by the board of directors?", report: "soc2", first: "CC1.2"},
		{q: "Is there a risk committee that oversees security?", report: "soc2", first: "CC1.2"},
	})
}

// A line of short questions, each ending with a question mark ("Billing database -
// backup frequency? date of last restore test?"), is one statement of several parts:
// its criteria go in the order of the parts. A note in brackets places nothing.
func TestCriteriaInTheOrderOfShortQuestions(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Billing database - backup frequency? date of last restore test?", report: "both", first: "A1.2", crit: "A1.3"},
		{q: "Expense tool: single sign-on supported? role-based permissions for approvers?", report: "both", first: "CC6.1", crit: "CC6.3"},
		// Near misses: parts asked in that order already, and a note in brackets.
		{q: "Claims platform: backed up daily? copies kept off-site? last restore test?", report: "both", first: "A1.2", crit: "A1.3"},
		{q: "Is customer data encrypted in transit? (Give the TLS versions and the key lengths used for data at rest.)", report: "soc2", first: "CC6.7"},
	})
}
