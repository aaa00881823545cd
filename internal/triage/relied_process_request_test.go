package triage

import "testing"

// A report asked for through what the asker's auditors rely on carries no SOC 1 area,
// also when the reliance names the process with "how" ("our auditors rely on how you
// calculate our payroll"): that "how" opens what is relied on, not a question. A
// process asked in a question of its own keeps its area. Written for this test.
func TestReliedProcessRequestCarriesNoArea(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Our external auditors rely on how you calculate our payroll. Do you have a report they can use?", report: ReportSOC1, areas: none},
		{q: "Our year-end auditors depend on how you bill our tenants. Can we get the independent report?", report: ReportSOC1, areas: none},
		{q: "Our controllers rely on how you settle our trades; please send the SOC 1.", report: ReportSOC1, areas: none},
		// Near misses: a control or process asked beside the reliance.
		{q: "Our auditors rely on how you run our payables. How are vendor bank changes approved?", report: ReportSOC1, areas: []string{"master_data", "financial_reporting"}},
		{q: "How do you calculate our payroll, and do you have a SOC 1 report?", report: ReportSOC1, areas: []string{"transaction_processing"}},
	})
}
