package triage

import "testing"

// Standing data a financial system runs on (tax and rate tables, fee schedules,
// price lists) put into it through its software change path (tested in a staging or
// non-production environment, deployed, under change management with UAT) is a change
// to the system as well as to its master data: both reports, CC8.1, the change and the
// master data areas. Who approves the same records, or how they are checked against
// their source, stays the master data control alone; code changes to a pricing
// engine stay a change to the system.
func TestStandingDataThroughTheChangePath(t *testing.T) {
	t.Parallel()
	both := []string{"change_financial", "master_data"}
	checkClass(t, []classCase{
		{q: "Before a new commission rate table goes live in the sales compensation system, is it tested in a staging environment?",
			report: "both", areas: both, crit: "CC8.1"},
		{q: "Are premium rate updates deployed to the policy admin platform through CI/CD with approval?",
			report: "both", areas: both, crit: "CC8.1"},
		{q: "Fee schedule changes: do they follow the change management process, with UAT sign-off?",
			report: "both", areas: both, crit: "CC8.1"},
		// Near misses: the records approved or checked, and code changes.
		{q: "Who approves changes to client fee schedules?", report: "soc1", areas: []string{"master_data"}},
		{q: "Are pay rate changes keyed by HR checked against the signed offer letter?", report: "soc1", areas: []string{"master_data"}},
		{q: "Are changes to the claims pricing engine code tested before deployment?",
			report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
	})
}
