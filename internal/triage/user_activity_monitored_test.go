package triage

import "testing"

// What users, administrators or DBAs do in a money system, watched ("Who holds DBA
// rights on the payroll database, and how is their activity monitored?"), is the
// monitoring of access to that system (access_financial, CC7.2), not the operation of
// its runs; jobs and batches monitored stay operations_financial. Written for this
// test.
func TestUserActivityMonitoredIsAccess(t *testing.T) {
	t.Parallel()
	acc := []string{"access_financial"}
	checkClass(t, []classCase{
		{q: "Who holds DBA rights on the payroll database, and how is their activity monitored?", report: "both", areas: acc, crit: "CC7.2"},
		{q: "Is administrator activity in the general ledger monitored and reviewed?", report: "both", areas: acc, crit: "CC7.2"},
		{q: "How is privileged user activity on the claims platform monitored?", report: "both", areas: acc, crit: "CC7.2"},
		// Near misses: runs of the money system, and a system with no money.
		{q: "How are the nightly payroll jobs monitored for failures?", report: "both", areas: []string{"operations_financial"}},
		{q: "Is batch activity on the billing platform monitored overnight?", report: "both", areas: []string{"operations_financial"}},
		{q: "Is user activity in the CRM monitored?", report: "soc2", crit: "CC7.2"},
	})
}
