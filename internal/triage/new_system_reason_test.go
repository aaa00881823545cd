package triage

import "testing"

// "Can you share your SOC report? A Type 1 is fine since the treasury tool is new."
// The money system named in a reason clause of newness says why a Type 1 will do, not
// what the report covers: the report asked for without its number stays the SOC 2,
// Type 1. A money system the report is asked to cover, a money process asked about
// outside the reason, or a reason that only says what the asker runs on the service
// keeps the SOC 1 reading of an unnumbered report. The questions are written for
// this test, apart from the evaluation sets.
func TestNewSystemAsReasonForTypeOne(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Can you share your SOC report? A Type 1 is fine since the treasury tool is new.", report: ReportSOC2, typ: Type1, cats: sec},
		{q: "Please send your audit report; a Type 1 will do because the payroll module only went live this spring.", report: ReportSOC2, typ: Type1, cats: sec},
		{q: "Could we get your SOC report? We would take a Type 1 since the billing platform was launched recently.", report: ReportSOC2, typ: Type1, cats: sec},
		{q: "Do you have an independent attestation? A Type 1 is acceptable because your claims system is newly implemented.", report: ReportSOC2, typ: Type1},
		{q: "Send us a Type 1 report, since the invoicing service is new to you.", report: ReportSOC2, typ: Type1, cats: sec},
		// Near misses: the money system or process is what is asked about.
		{q: "Can you share your SOC report covering the treasury tool? A Type 1 is fine.", report: ReportSOC1, typ: Type1},
		{q: "A Type 1 is fine since the tool is new. How are treasury payments approved?", report: ReportSOC1, typ: Type1},
		{q: "Can you share your SOC report? We need it because our payroll runs on your platform.", report: ReportSOC1},
		{q: "Is there an independent attestation over your claims adjudication?", report: ReportSOC1},
		{q: "We know only a Type 1 exists so far. How are lockbox deposits matched to open invoices?", report: ReportSOC1, typ: Type1},
	})
}
