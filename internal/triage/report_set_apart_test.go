package triage

import "testing"

// A report named after a word that sets it apart at the start of its clause
// ("separate from the payroll SOC 1, …", "distinct from your SOC 2: …", "unrelated to
// the claims SOC 1 - …") is put aside like "other than" or "apart from": the
// question asked after it decides the report. The same words inside a clause compare
// or describe ("is the SOC 2 separate from the SOC 1?", "kept separate from the
// corporate network") and set nothing aside.
func TestReportSetApart(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Separately from your SOC 2, is the invoice run in the billing module reconciled to the general ledger each month?", report: "soc1"},
		{q: "Distinct from the SOC 1 for fund accounting: do you encrypt the laptops issued to staff?", report: "soc2", areas: []string{}},
		{q: "Unrelated to the claims SOC 1 - how long do you keep web server logs?", report: "soc2", areas: []string{}},
		{q: "Separate from the SSAE 18 report, do your developers get security awareness training?", report: "soc2", areas: []string{}},
		{q: "Independently of the SOC 2, how are payroll tax deposits checked against the calculated liability?", report: "soc1"},
		{q: "Separate from the ISAE 3402, do you scan the client portal for vulnerabilities?", report: "soc2", crit: "CC7.1"},
		{q: "Distinct from your SOC 2 - are changes to supplier bank details confirmed by a call-back before they are saved?", report: "soc1"},
		// Near misses: the words compare or describe inside a clause, or a second
		// report is asked for beside the first.
		{q: "Is the SOC 1 environment kept separate from the corporate network?", report: "soc1"},
		{q: "Is your SOC 2 report separate from the SOC 1, or is it one combined report?", report: "both"},
		{q: "We need the SOC 1 for payroll and, separately, your SOC 2.", report: "both"},
		{q: "Are payroll clerks kept separate from those who approve pay changes? This is for our SOC 1 reliance.", report: "soc1"},
		{q: "Apart from the SOC 2, do you hold an ISO 27001 certificate?", report: "none"},
	})
}
