package triage

import "testing"

// A question about what a named SOC 1 holds (its control objectives, the exceptions
// or deviations noted and management's responses, carved-out or inclusive
// subservice organisations and their complementary controls) is answered by that
// SOC 1 alone: the security words it uses are the report's contents. A control
// objective named by an IT general control's words keeps that control's area. A
// SOC 2 named, a security ask in a question of its own and an exception to a policy
// keep their SOC 2 half. Written for this test.
func TestReportContentAskedOfNamedSOC1(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Does your SOC 1 carry a control objective for accurate benefit deduction calculations? If it does, were exceptions noted against it?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Is your payment file vendor carved out of the SOC 1 report? If so, which complementary subservice organization controls should we be monitoring?", report: "soc1", areas: none},
		{q: "Is the mailing house that prints our statements a carved-out subservice organization in the SOC 1? What complementary subservice organization controls apply?", report: "soc1"},
		{q: "Your SOC 1 uses the inclusive method for the hosting provider. Were any exceptions noted in its controls over backups?", report: "soc1"},
		{q: "Does your SOC 1 have a control objective on timely removal of terminated employees' access, and were exceptions noted?", report: "soc1"},
		{q: "Were any deviations noted in the SOC 1 for the change management control objective? Please attach management's response.", report: "soc1", areas: []string{"change_financial"}},
		{q: "Did the service auditor note any deviations in the program change control objective of your SOC 1 Type II? Include management's response please.", report: "soc1", areas: []string{"change_financial"}},
		{q: "Does your SOC 1 have an objective for change management, and were any deviations found in testing it?", report: "soc1", areas: []string{"change_financial"}},
		{q: "Does your SOC 1 include an objective for change management?", report: "soc1", areas: []string{"change_financial"}},
		// Near misses: a security ask of its own beside the SOC 1, a SOC 2 named, an
		// exception to a policy, a process described with no objective named.
		{q: "Send your SOC 1 and explain how backups of the payroll database are encrypted.", report: "both"},
		{q: "Were any exceptions noted in your SOC 1? Separately, how do you encrypt laptops?", report: "both"},
		{q: "Please provide the SOC 1. How are security exceptions to the password policy approved?", report: "both"},
		{q: "Send your SOC 1 and describe your change management process.", report: "both", areas: none},
		{q: "Does your SOC 2 cover change management?", report: "soc2", first: "CC8.1"},
		{q: "Were any exceptions noted in your SOC 2 for the quarterly access reviews?", report: "soc2"},
		// Exceptions or management's response in a test the vendor runs itself.
		{q: "Please provide your SOC 1. Were any exceptions noted in your last penetration test?", report: "both"},
		{q: "Please provide your SOC 1 report. What deviations were found in your last internal access review?", report: "both"},
		{q: "Attach your SSAE 18 SOC 1. Describe management's response to the findings of your last vulnerability scan.", report: "both"},
		{q: "Please provide your SOC 1. Were exceptions noted in testing?", report: "soc1"},
		{q: "Were any exceptions noted in your SOC 1 for the quarterly access reviews?", report: "soc1"},
	})
}
