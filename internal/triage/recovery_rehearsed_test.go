package triage

import "testing"

// A restore, a recovery or a failover rehearsed or practised is a recovery test
// (A1.3), as "tested" or "drilled" already were, and "how fast can you be back up"
// asks the recovery time, not a backup. Backups kept, encrypted or taken, and an
// incident plan rehearsed, keep their own criteria. The questions are written for
// this test, apart from the evaluation sets.
func TestRecoveryRehearsed(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Have you rehearsed restoring the website from backups?", report: ReportSOC2, first: "A1.3"},
		{q: "Is restoring from backup practised every quarter?", report: ReportSOC2, first: "A1.3"},
		{q: "How quickly can you recover the database, and is that rehearsed?", report: ReportSOC2, first: "A1.3"},
		{q: "Has failover to the second region been practiced this year?", report: ReportSOC2, first: "A1.3"},
		{q: "When did you last practise recovering the customer portal?", report: ReportSOC2, first: "A1.3"},
		{q: "How long would it take to restore the CRM after an outage, and when did you last practise doing so?", report: ReportSOC2, first: "A1.3"},
		{q: "If the portal goes down, how fast can you be back up?", report: ReportSOC2, first: "A1.3"},
		// Near misses: backups as such, and an incident plan rehearsed.
		{q: "Are backups restored in line with best practice?", report: ReportSOC2, first: "A1.2"},
		{q: "Are backups encrypted?", report: ReportSOC2, first: "A1.2"},
		{q: "How often do you back up the database?", report: ReportSOC2, first: "A1.2", absent: "A1.3"},
		{q: "Do you rehearse your incident response plan?", report: ReportSOC2, first: "CC7.4", absent: "A1.3"},
	})
}
