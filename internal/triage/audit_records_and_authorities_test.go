package triage

import "testing"

// Audit records are the system's log of security-relevant actions (CC7.2), as audit
// logs and audit trails are; the records of an auditor's engagement or a financial
// audit are not.
func TestAuditRecordsAreLogs(t *testing.T) {
	t.Parallel()
	checkFirstCriterion(t, []struct{ q, report, first string }{
		{"Are audit records generated for security-relevant events?", "soc2", "CC7.2"},
		{"Do audit records capture the user, time and outcome of each action?", "soc2", "CC7.2"},
		{"Are audit records protected from modification and retained for a year?", "soc2", "CC7.2"},
		{"Are audit records generated, and do they contain relevant security information?", "soc2", "CC7.2"},
		// Near-misses: the records of an audit, and logs already read.
		{"How long are audit records from your external auditors' engagements kept?", "soc2", "CC4.1"},
		{"Are audit logs reviewed weekly?", "soc2", "CC7.2"},
	})
	checkReportCases(t, []reportCase{
		{question: "Please provide audit records for the last SOC 2 examination.", report: "soc2", not: "CC7.2"},
		{question: "Are financial audit records retained for seven years?", report: "soc1", not: "CC7.2"},
	})
}

// Authorities and law enforcement that are "applicable" are the people to keep in
// contact with (CC2.3), not applicable laws and regulations to comply with (CC3.1).
func TestApplicableAuthoritiesAreContacts(t *testing.T) {
	t.Parallel()
	checkFirstCriterion(t, []struct{ q, report, first string }{
		{"Are points of contact maintained for applicable regulation authorities and national and local law enforcement?", "soc2", "CC2.3"},
		{"Are contacts with applicable regulation bodies kept current?", "soc2", "CC2.3"},
		{"Is there a list of contacts at the applicable law enforcement agencies?", "soc2", "CC2.3"},
		{"Is contact maintained with the applicable supervisory authorities and law enforcement?", "soc2", "CC2.3"},
		// Near-misses: applicable laws and regulations to comply with.
		{"Are all applicable regulations identified and documented?", "soc2", "CC3.1"},
		{"Is compliance verified against applicable laws and contractual obligations?", "soc2", "CC3.1"},
	})
}

// Internal assessments and evaluations, and conformance checked with effectiveness,
// evaluate whether controls work (CC4.1) before the policies they check (CC5.3).
// Near-misses: policies reviewed on a schedule, risks and vendors assessed.
func TestInternalAssessmentsAreMonitoring(t *testing.T) {
	t.Parallel()
	checkFirstCriterion(t, []struct{ q, report, first string }{
		{"Is there a process for conducting internal assessments at least annually to confirm the conformance and effectiveness of standards, policies and procedures?", "soc2", "CC4.1"},
		{"Do internal evaluations confirm that procedures are followed and effective?", "soc2", "CC4.1"},
		{"Are policies and procedures assessed for conformance and effectiveness annually?", "soc2", "CC4.1"},
		{"Are internal assessments of policy conformance performed each year?", "soc2", "CC4.1"},
		// Near-misses.
		{"Are information security policies reviewed annually?", "soc2", "CC5.3"},
		{"Is there an internal assessment of risks each year?", "soc2", "CC3.2"},
		{"Do you perform an internal assessment of vendor security?", "soc2", "CC9.2"},
	})
}
