package triage

import "testing"

// An export, extract or file a system sends out, checked to be complete and to reach
// the right place, is processing integrity (PI1.4, outputs); scheduled or batch jobs
// whose failures are caught and put right before users rely on them are processing
// (PI1.3). The channel named beside them (SFTP) or an alert word does not make them
// security questions. Encryption of the same transfer, and security alerts, stay
// security.
func TestOutputsAndJobsComplete(t *testing.T) {
	t.Parallel()
	pi := []string{"processing_integrity"}
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "How do you check that the weekly extract pushed to our SFTP server is complete and lands in the agreed directory?", report: "soc2", cats: pi, crit: "PI1.4"},
		{q: "Is every nightly export to our storage bucket confirmed complete before it is marked as delivered?", report: "soc2", cats: pi, crit: "PI1.4"},
		{q: "Overnight batch jobs rebuild the search index; are failed runs alerted on and rerun before business hours?", report: "soc2", cats: pi, crit: "PI1.3"},
		{q: "Scheduled jobs recalculate the usage statistics each night. How are job failures alerted and resolved?", report: "soc2", cats: pi, crit: "PI1.3"},
		{q: "When a scheduled report job fails, who is alerted and how quickly is it rerun?", report: "soc2", cats: pi, crit: "PI1.3"},
		{q: "Scheduled tasks rebuild the search index for the help centre each night. Are failures alerted on and fixed before the help desk opens?", report: "soc2", cats: pi, crit: "PI1.3"},
		{q: "Our reporting module relies on scheduled jobs overnight. If one fails, who is told and when is it rerun?", report: "soc2", cats: pi, crit: "PI1.3"},
		// Near misses: the transfer's protection and security alerting.
		{q: "Are scheduled jobs run under service accounts with least privilege?", report: "soc2", cats: sec},
		{q: "Are files sent to our SFTP site encrypted in transit?", report: "soc2", cats: sec, crit: "CC6.7"},
		{q: "Are security alerts from your SIEM triaged around the clock?", report: "soc2", cats: sec},
		{q: "Are administrators alerted on repeated failed logins?", report: "soc2", cats: sec},
	})
}
