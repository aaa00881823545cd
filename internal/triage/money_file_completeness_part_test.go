package triage

import "testing"

// A question that follows a money file's security with whether the file arrived
// complete ("Are they encrypted in transit, and how do you confirm the totals were
// received complete?") asks the file's SOC 1 interface control, not processing
// integrity: the line stays both with the security criteria alone. Records that are
// no money keep PI1.2. Written for this test.
func TestMoneyFileCompletenessInAPartIsTheInterface(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Direct deposit files go from you to our bank each payday. Are they encrypted in transit? How do you confirm the file totals were received complete?", report: "both", cats: sec, areas: []string{"interfaces"}},
		{q: "What protocol carries the ACH files to our bank? Are they encrypted in transit, and how do you confirm the file totals were received complete?", report: "both", cats: sec, areas: []string{"interfaces"}},
		{q: "Claim payment files are pushed to the carrier nightly. Is the transfer over SFTP? How do you know every file totals were received complete?", report: "both", cats: sec, areas: []string{"interfaces"}},
		// Near misses: records with no money in them.
		{q: "How do you confirm the shipment data files we upload were received complete?", report: "soc2", crit: "PI1.2"},
		{q: "Sensor readings are uploaded hourly. Are they encrypted in transit? How do you confirm each upload was received complete?", report: "soc2", crit: "PI1.2"},
	})
}
