package triage

import "testing"

// The asker's own auditors testing a process or an IT general control for the
// asker's audit ("our external auditors are testing revenue", "as part of our audit,
// our auditors must test access reviews", "our auditors are testing ITGCs") is the
// asker's reliance: SOC 1 with the control's areas, and no contract right to write
// in. A right to audit or inspect the respondent, asked for the asker or its
// auditors, is still a written answer; revenue asked as a company fact stays one.
func TestOwnAuditorsTestingIsReliance(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Our external auditors are testing payroll this year. How do you make sure net pay is calculated correctly?",
			report: "soc1", arts: none, areas: []string{"transaction_processing", "financial_reporting"}},
		{q: "As part of our annual audit, our auditors will test change management over the billing platform. How are changes approved?",
			report: "soc1", arts: none, areas: []string{"change_financial", "financial_reporting"}},
		{q: "Our auditors are testing ITGCs: how is access to the claims system reviewed?",
			report: "soc1", arts: none, areas: []string{"access_financial", "financial_reporting"}},
		// Near misses: a contractual right to audit, and revenue as a company fact.
		{q: "Do you permit our auditors to inspect your facilities and records?", report: "none", arts: []string{"custom_answer"}},
		{q: "What was your annual revenue last year?", report: "none", arts: []string{"custom_answer"}},
	})
}
