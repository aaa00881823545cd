package triage

import "testing"

// "SSAE 18" written as the standard a named SOC 2 report is issued under, in
// brackets after "report" or after "report under/per/in accordance with", is that
// same report: soc2, not a second report. SSAE 18 named as a report of its own
// beside the SOC 2, or alone, stays both (guide, section 7). The questions are
// written for this test.
func TestSSAE18AsStandardOfReport(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Provide SOC 2 Type II report (AICPA SSAE 18 and TSC 2017)", report: "soc2"},
		{q: "SOC 2 Type II report under SSAE 18 and the 2017 Trust Services Criteria", report: "soc2"},
		{q: "Please provide the SOC 2 Type 2 report in accordance with SSAE 18.", report: "soc2"},
		{q: "Attach the latest SOC 2 examination per SSAE 18 and AT-C 205.", report: "soc2"},
		// Near misses: two reports, or SSAE 18 alone.
		{q: "We would like to see the SSAE 18 and the SOC 2 for your payroll service.", report: "both"},
		{q: "Please send your SSAE-18 report as well as your SOC 2.", report: "both"},
		{q: "Have you had an SSAE 18 audit?", report: "both"},
		{q: "Provide your SOC 1 Type 2 report (SSAE 18).", report: "soc1"},
	})
}
