package triage

import "testing"

// A test environment named only as the place where backups are restored, or as
// the place confidential data must not be copied into unmasked, is no change to
// software: the restore test is recovery (availability, A1.3) and keeping the data
// out is confidentiality. Changes tested in a test environment, and environments
// kept apart, stay change management (CC8.1).
func TestTestEnvironmentAsAPlace(t *testing.T) {
	t.Parallel()
	avail := []string{"availability"}
	conf := []string{"confidentiality"}
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Are backups restored into an isolated test environment each quarter to prove they can be recovered?", report: "soc2", cats: avail, crit: "A1.3"},
		{q: "Backup sets are recovered to a test environment twice a year and the results are written up.", report: "soc2", cats: avail, crit: "A1.3"},
		{q: "How often is a full restore of the nightly backup performed in a testing environment?", report: "soc2", cats: avail, crit: "A1.3"},
		{q: "Restoration of database backups into a sandbox test environment is exercised every six months.", report: "soc2", cats: avail, crit: "A1.3"},
		{q: "Confidential client files must not be loaded into test environments unless they are anonymised first.", report: "soc2", cats: conf},
		{q: "Is confidential information masked before a database is copied to a development environment?", report: "soc2", cats: conf},
		{q: "Are confidential records scrubbed before they are used in any test environment?", report: "soc2", cats: conf},
		// Near misses: change management keeps its test environment.
		{q: "Are changes tried in a test environment before they reach production?", report: "soc2", cats: sec, crit: "CC8.1"},
		{q: "Is the development environment kept separate from production?", report: "soc2", cats: sec, crit: "CC8.1"},
		{q: "Are backups tested by restoring them at least once a year?", report: "soc2", cats: avail, crit: "A1.3"},
	})
}
