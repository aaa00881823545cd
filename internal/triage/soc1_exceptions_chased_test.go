package triage

import "testing"

// Differences, breaks or mismatches found and chased, fixed or followed up are the
// exception half of a reconciliation, asked beside the file, feed or processing whose
// totals they come from: the area is added however many words name the file or the
// process. Security findings followed up stay SOC 2. Written for this test.
func TestExceptionsChasedAreReconciliation(t *testing.T) {
	t.Parallel()
	rec := "reconciliation"
	checkAreaCases(t, []areaCase{
		{question: "How do you know every claim payment in the extract loaded into our ledger, and who follows up when the counts don't tie?", report: ReportSOC1, with: []string{rec}},
		{question: "How are benefit deductions sent to the carriers checked, and how are carrier-versus-payroll mismatches found and fixed?", report: ReportSOC1, with: []string{rec}},
		{question: "How do you make sure each FX deal settles on value date, and how are failed settlements identified and chased?", report: ReportSOC1, with: []string{rec}},
		{question: "The commissions feed you post to our ERP: who follows up on breaks between the feed and your statements?", report: ReportSOC1, with: []string{"interfaces", rec}},
		{question: "The remittance file you send to our treasury system each morning: are its totals checked against your payment run, and who chases any differences?", report: ReportSOC1, with: []string{"interfaces", rec}},
		// Near misses: findings and failures followed up in a security sense.
		{question: "Who follows up on findings from the annual penetration test?", report: ReportNone},
		{question: "Are differences between the asset inventory and the scan results followed up?", report: ReportSOC2},
		{question: "How are failed logins followed up?", report: ReportSOC2},
		{question: "Are record counts compared between pipeline stages, with downstream jobs halted when a mismatch is found?", report: ReportSOC2},
	})
}
