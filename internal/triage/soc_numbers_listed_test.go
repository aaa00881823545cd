package triage

import "testing"

// "SOC reports 1 and 2" names both reports with the numbers after the noun, as
// "SOC 1 and 2" does with them before it; a Type number after a SOC 1, or Type 1 and
// 2 with no report number, names one report.
func TestSOCNumbersListedAfterTheNoun(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Please attach your SOC reports (1 & 2) for the payroll platform.", report: "both"},
		{question: "Do you hold SOC audit reports 1 and 2, Type II?", report: "both"},
		{question: "Could you share SOC reports 1 & 2 for the billing service?", report: "both"},
		{question: "We need SOC reports (I and II) for the last period.", report: "both"},
		// Near-misses: a Type number, or Type 1 and 2 of one report.
		{question: "SOC report 1, Type 2, please.", report: "soc1"},
		{question: "Provide your SOC reports (Type 1 and 2).", report: "soc2"},
	})
}
