package triage

import "testing"

// A system named by its sector's money process ("the contractor pay application
// platform", "the share draft module", "the fare transaction engine", "the folio
// database of the hotel system", "the grants management platform", "the lien waiver
// application") is a money system like the payroll server: an access, change,
// operations or recovery control asked over it is both, with the area of the
// control's family. The same controls over a system of no money (a recruiting
// system, a marketing site, an analytics warehouse, a ticketing system, a load
// balancer, a donor-facing website), a toll-free number, a wireless access point
// and an access grant stay SOC 2. A recovery test of such a system with its
// continuity plan (CC9.1 beside A1.x) is both too. The questions are written for this test.
func TestSectorMoneySystems(t *testing.T) {
	t.Parallel()
	access, change, ops := []string{"access_financial"}, []string{"change_financial"}, []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Is MFA required for contractors signing in to the subcontractor pay application platform?", report: "both", areas: access},
		{q: "Are the share draft module's database backups restored in a test each quarter?", report: "both", areas: ops},
		{q: "Is the toll transaction database backed up every night?", report: "both", areas: ops},
		{q: "Are privileged accounts on the folio database reviewed quarterly?", report: "both", areas: access},
		{q: "Who approves emergency changes to the night audit application?", report: "both", areas: change},
		{q: "Is the grants management platform replicated to a second region for failover?", report: "both", areas: ops},
		{q: "Are administrator logins to the lien waiver application logged and alerted on?", report: "both", areas: access},
		{q: "Is MFA enforced for remote logins to the policy admin system?", report: "both", areas: access},
		{q: "Is access to the AP module removed on the day someone leaves?", report: "both", areas: access},
		{q: "Walk us through the DR plan for the folio database, with its RTO and the date of the last failover exercise.", report: "both", areas: ops},
		// Near misses: systems of no money, and the same words in another sense.
		{q: "Is MFA required for administrators of the HR recruiting system?", report: "soc2", areas: []string{}},
		{q: "Who approves production releases to the marketing website?", report: "soc2", areas: []string{}},
		{q: "Walk us through the DR plan for the ticketing system, with its RTO and the date of the last failover exercise.", report: "soc2", areas: []string{}},
		{q: "Is the analytics warehouse replicated to a second region for failover?", report: "soc2", areas: []string{}},
		{q: "Are privileged accounts on the ticketing system reviewed quarterly?", report: "soc2", areas: []string{}},
		{q: "Are configuration changes to the load balancer approved before release?", report: "soc2", areas: []string{}},
		{q: "Are code changes to the donor-facing website peer reviewed before release?", report: "soc2", areas: []string{}},
		{q: "Is the toll free number system monitored for outages?", report: "soc2", areas: []string{}},
		{q: "Are rogue wireless AP devices detected by the monitoring system?", report: "soc2", areas: []string{}},
		{q: "Who can grant admin system access, and is it reviewed quarterly?", report: "soc2", areas: []string{}},
	})
}
