package triage

import "testing"

// Work that reaches production without being called a change (SQL statements,
// scripts run against a database, data fixes, hotfixes, configuration pushes,
// deployments) reviewed or approved before it runs is change management (CC8.1);
// on a named money system it is both reports with change_financial. Reviews of
// statements of money, of logs or of invoices keep their own reading. The questions
// are written for this test.
func TestWorkReviewedBeforeProduction(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	change := []string{"change_financial"}
	checkClass(t, []classCase{
		{q: "Who reviews SQL statements before they run in production?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "Are SQL scripts reviewed and approved before they are executed against production databases?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "Who signs off on database queries that update production data?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "How are configuration pushes to production approved?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "Is every SQL update peer reviewed before it is applied?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "Must a second engineer approve database scripts before they are run against live tables?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "Are config updates tested and approved ahead of a rollout?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "Who approves data fixes before they are applied in production?", report: "soc2", cats: sec, first: "CC8.1"},
		{q: "Are hotfixes reviewed before they are deployed to production?", report: "soc2", cats: sec, first: "CC8.1"},
		// A money system named: both reports.
		{q: "Who approves SQL updates run against the payroll database?", report: "both", crit: "CC8.1", areas: change},
		{q: "Are scripts run against the general ledger database reviewed and approved beforehand?", report: "both", crit: "CC8.1", areas: change},
		{q: "Are hotfixes to the loan servicing platform reviewed before they reach production?", report: "both", crit: "CC8.1", areas: change},
		// Near misses: statements of money, logs and invoices reviewed.
		{q: "Who reviews your bank statements?", report: "none", absent: "CC8.1"},
		{q: "Do you review logs?", report: "soc2", first: "CC7.2", absent: "CC8.1"},
		{q: "Who reviews the monthly statements before they are sent to clients?", report: "soc1", absent: "CC8.1"},
		{q: "Are customer account statements reviewed before they are mailed?", report: "soc1", absent: "CC8.1"},
		{q: "Who approves invoices before payment?", report: "soc1", absent: "CC8.1"},
		{q: "Who approves the call scripts our agents read to customers?", absent: "CC8.1", report: "none"},
	})
}
