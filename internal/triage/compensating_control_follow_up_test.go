package triage

import "testing"

// A compensating or mitigating control asked for after a question about a control of a
// money process ("Can the clerk who enters a vendor invoice also approve its payment?
// What compensating control applies on the night shift?") is about that control: no
// SOC 2 half of its own. After a security control the question keeps its criterion.
// Written for this test.
func TestCompensatingControlFollowsUp(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Can the clerk who enters a vendor invoice also approve its payment? What compensating control applies on the night shift?", report: "soc1", areas: []string{"segregation_of_duties"}},
		{q: "Is there a second approver for payroll rate changes? Which compensating control applies when only one approver is available?", report: "soc1", areas: []string{"master_data"}},
		{q: "Are wire initiators barred from releasing wires? Where one person covers both, what mitigating controls are there?", report: "soc1", areas: []string{"segregation_of_duties"}},
		// Near misses: security controls keep the follow-up's criterion.
		{q: "Is MFA enforced for all administrators? What compensating control applies where it is not?", report: "soc2", crit: "CC5.1"},
		{q: "Do developers have access to production? What compensating controls exist?", report: "soc2", crit: "CC5.1"},
	})
}
