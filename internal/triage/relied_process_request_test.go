package triage

import (
	"slices"
	"testing"
)

// A report asked for through what the asker's auditors rely on carries no SOC 1 area,
// also when the reliance names the process with "how" ("our auditors rely on how you
// calculate our payroll"): that "how" opens what is relied on, not a question. A
// process asked in a question of its own keeps its area. Written for this test.
func TestReliedProcessRequestCarriesNoArea(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"Our external auditors rely on how you calculate our payroll. Do you have a report they can use?", []string{}},
		{"Our year-end auditors depend on how you bill our tenants. Can we get the independent report?", []string{}},
		{"Our controllers rely on how you settle our trades; please send the SOC 1.", []string{}},
		// Near misses: a control or process asked beside the reliance.
		{"Our auditors rely on how you run our payables. How are vendor bank changes approved?", []string{"master_data", "financial_reporting"}},
		{"How do you calculate our payroll, and do you have a SOC 1 report?", []string{"transaction_processing"}},
	} {
		v := e.Classify(Question{Text: c.q})
		if v.Report != ReportSOC1 || !slices.Equal(v.SOC1Areas, c.want) {
			t.Errorf("%q: %s %v, want soc1 %v", c.q, v.Report, v.SOC1Areas, c.want)
		}
	}
}
