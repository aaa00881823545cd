package triage

import "testing"

// "It" before a verb is the report or system spoken of, not information technology:
// "Does it describe controls over change management?" asks no IT general controls
// (CC5.2), and a SOC 1 asked whether it carries a control objective stays the SOC 1.
// IT controls named as such keep CC5.2. Written for this test.
func TestPronounItIsNoITControl(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Please send the SOC 2 report. Does it describe controls over change management?", report: "soc2", crit: "CC8.1", absent: "CC5.2"},
		{q: "A SOC 1 Type 1 is fine for now. Will it carry a control objective for capital calls?", report: "soc1", typ: "type1", areas: []string{"transaction_processing"}},
		{q: "Send your SOC 2. Does it include controls over backups?", report: "soc2", crit: "A1.2", absent: "CC5.2"},
		// Near misses: IT controls by name.
		{q: "Does your organisation have IT controls over the hosting environment?", report: "soc2", crit: "CC5.2"},
		{q: "Are IT and security controls reviewed annually?", report: "soc2", crit: "CC5.2"},
		{q: "Describe your IT general controls.", report: "soc2", crit: "CC5.2"},
	})
}
