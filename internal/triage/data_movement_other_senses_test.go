package triage

import "testing"

// The words of data movement (CC6.7) read only in their own sense: a tabletop is an
// exercise, not a tablet; stolen credentials, cards or funds are no device taken away;
// a transfer of clients' assets is custody, not equipment moved. Devices, media and
// hardware keep CC6.7. The questions are written for this test, apart from the
// evaluation sets.
func TestDataMovementOtherSenses(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is there an incident process, and is it reviewed after each tabletop?", report: "soc2", first: "CC7.4", absent: "CC6.7"},
		{q: "Do you run tabletop exercises for incident response?", report: "soc2", first: "CC7.4", absent: "CC6.7"},
		{q: "Are tabletops held for the incident plan each year?", report: "soc2", first: "CC7.4", absent: "CC6.7"},
		{q: "After a tabletop, are lessons learned recorded?", report: "soc2", absent: "CC6.7"},
		{q: "Is the breach playbook exercised in a tabletop annually?", report: "soc2", first: "CC7.4", absent: "CC6.7"},
		{q: "Who attends the incident tabletop?", report: "soc2", first: "CC7.4", absent: "CC6.7"},
		{q: "Are stolen credentials detected?", report: "soc2", first: "CC6.1", absent: "CC6.7"},
		{q: "How do you detect logins with stolen passwords?", report: "soc2", absent: "CC6.7"},
		{q: "How is a transfer of client assets to another custodian approved?", report: "soc1", areas: []string{"custody"}},
		// Near misses: devices, media and hardware that move keep CC6.7.
		{q: "Are company tablets enrolled in device management?", report: "soc2", first: "CC6.7"},
		{q: "Can staff use tablets to access customer data?", report: "soc2", crit: "CC6.7"},
		{q: "Is data on a lost tablet wiped remotely?", report: "soc2", first: "CC6.7"},
		{q: "What happens when a laptop is stolen?", report: "soc2", first: "CC6.7"},
		{q: "Are transfers of hardware between offices tracked?", report: "soc2", first: "CC6.7"},
		{q: "Is USB storage blocked?", report: "soc2", first: "CC6.7"},
	})
}
