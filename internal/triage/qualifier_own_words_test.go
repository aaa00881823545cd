package triage

import "testing"

// A qualifier rule's words weigh only once each, and an incidental rule's words not
// at all, when they decide whether the qualifier develops a security control of its
// own: a failed job that "alerts" someone and "is logged", or deliveries whose
// "delivery logs are retained", say how a processing, output or privacy control
// records its outcome. The subject's criterion comes first and Security stays out.
// A second question about the logs themselves (sent to the SIEM, reviewed for
// unauthorised logins) and a question about logging alone keep CC7.2. The
// questions are written for this test, apart from the evaluation sets.
func TestQualifierOwnWords(t *testing.T) {
	t.Parallel()
	pi, priv := []string{"processing_integrity"}, []string{"privacy"}
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "When a processing run does not complete on time, the scheduler alerts operations and the rerun and its result are logged.", report: "soc2", cats: pi, first: "PI1.3"},
		{q: "Failed batch jobs raise an alert to the on-call engineer, are rerun, and each rerun is logged.", report: "soc2", cats: pi, first: "PI1.3"},
		{q: "Scheduled jobs that fail alert the support desk; the job is reprocessed and the failure logged with its resolution.", report: "soc2", cats: pi, first: "PI1.3"},
		{q: "Is every output sent only to the intended recipients, with distribution logs retained for a year?", report: "soc2", cats: pi, first: "PI1.4"},
		{q: "Are requests from individuals to access their personal data tracked to completion, with overdue requests alerted and logged?", report: "soc2", cats: priv, first: "P5.1"},
		// Near misses: the logs are a subject of their own.
		{q: "Batch jobs are monitored for completion, and are access logs on the job servers reviewed for unauthorised logins?", report: "soc2", cats: []string{"security", "processing_integrity"}, crit: "CC7.2"},
		{q: "Failed batch jobs are rerun, and are the job servers' security logs sent to the SIEM and watched for intrusions?", report: "soc2", cats: []string{"security", "processing_integrity"}, crit: "CC7.2"},
		{q: "Are audit logs of administrator actions retained for at least a year and protected from tampering?", report: "soc2", cats: sec, first: "CC7.2"},
		{q: "Is an alert raised when someone signs in from an unusual location, and is it logged?", report: "soc2", cats: sec, first: "CC7.2"},
	})
}
