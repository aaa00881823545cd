package triage

import "testing"

// Assurance or comfort over a money service, asked for through the asker's own
// reliance ("our auditors need assurance over your payroll processing"), is a report
// asked for by itself: no SOC 1 area, whatever service it covers. A control named
// beside it keeps its areas, and assurance the respondent obtains is a control of its
// own. The questions are written for this test, apart from the evaluation sets.
func TestAssuranceAskedThroughOwnReliance(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Our external auditors require assurance over the premium billing service you run for us.", report: "soc1", areas: none},
		{q: "For our SOX programme we need comfort over your claims adjudication platform.", report: "soc1", areas: none},
		{q: "Our auditors are seeking assurance over your fund accounting service for our year-end.", report: "soc1", areas: none},
		{q: "Please give our auditors comfort over your payroll processing.", report: "soc1", areas: none},
		// Near-misses: a control asked about keeps its areas; the respondent's own
		// assurance over others is a question about its monitoring.
		{q: "Our auditors need assurance that access to the payroll application is reviewed quarterly.", report: "soc1", areas: []string{"access_financial", "financial_reporting"}},
		{q: "Our auditors need assurance over how supplier bank details are changed in your payables system.", report: "soc1", areas: []string{"master_data", "financial_reporting"}},
		{q: "For our SOX audit, what assurance do you obtain over your subservice organisations?", report: "soc1", areas: []string{"financial_reporting"}},
	})
}
