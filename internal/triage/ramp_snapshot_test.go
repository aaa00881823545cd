package triage

import "testing"

// StateRAMP's (and GovRAMP's, TX-RAMP's) Security Snapshot is a scored assessment in
// the authorisation programme, not a copy of a disk: a row that asks for the status
// or the snapshot's score is the programme's package (none + fedramp). Snapshots of
// databases, machines or storage stay backups (A1.2). The questions are written for
// this test.
func TestRampSecuritySnapshot(t *testing.T) {
	t.Parallel()
	ramp := []string{"fedramp"}
	checkClass(t, []classCase{
		{q: "StateRAMP security snapshot score", report: "none", arts: ramp},
		{q: "Has the product completed a StateRAMP Security Snapshot?", report: "none", arts: ramp},
		{q: "GovRAMP snapshot: score and date", report: "none", arts: ramp},
		{q: "TX-RAMP status; attach the Snapshot assessment if any", report: "none", arts: ramp},
		{q: "Security Snapshot score (StateRAMP Progressing Program)?", report: "none", arts: ramp},
		{q: "Is the service listed as StateRAMP Progressing? Give the snapshot score.", report: "none", arts: ramp},
		{q: "State RAMP verified? If not, your most recent security snapshot results.", report: "none", arts: ramp},
		{q: "GovRAMP: current status? Share the security snapshot score where one exists", report: "none", arts: ramp},
		{q: "StateRAMP Authorized or Provisional? Provide the snapshot score if you have one.", report: "none", arts: ramp},
		{q: "4.2 TX-RAMP level held? Attach your security snapshot if applicable", report: "none", arts: ramp},
		{q: "StateRAMP - progressing status? Provide the security snapshot date and score", report: "none", arts: ramp},
		// Near misses: snapshots as copies of data.
		{q: "Are database snapshots taken daily?", report: "soc2", first: "A1.2"},
		{q: "Are storage snapshots retained for 30 days?", report: "soc2", first: "A1.2"},
		{q: "StateRAMP authorized? Are backups replicated to a second region?", report: "soc2", first: "A1.2", arts: ramp},
	})
}
