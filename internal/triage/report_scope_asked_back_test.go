package triage

import "testing"

// A question that asks whether the report named before it covers, includes or tests a
// control ("Send your SOC 1. Does it cover how changes to the claims system are
// approved?") asks about that report's scope, as "Does your SOC 1 cover …?" does: the
// named report stays the answer, with the control's area for a SOC 1 and its criteria
// for a SOC 2. A control asked in a question of its own stays a second ask. Written for
// this test.
func TestReportScopeAskedBackKeepsTheNamedReport(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "A SOC 1 Type 1 is fine for this year. Does it cover how changes to the premium billing system are approved before release?", report: "soc1", typ: "type1", areas: []string{"change_financial"}},
		{q: "We need your SOC 1. Does it test how backups of the claims database are restored?", report: "soc1", areas: []string{"operations_financial"}},
		{q: "Can you send the SOC 1? Does it cover access reviews for the general ledger?", report: "soc1", areas: []string{"access_financial"}},
		{q: "Send your SOC 1. Does it cover controls over user access to the loan servicing platform?", report: "soc1", areas: []string{"access_financial"}},
		{q: "Please share the ISAE 3402 report; will it include how access to the payroll application is reviewed?", report: "soc1", areas: []string{"access_financial"}},
		{q: "We need your SOC 2 Type 2. Does it cover access reviews for the payroll system?", report: "soc2", areas: none, crit: "CC6.3"},
		// Near misses: a control asked in a question of its own.
		{q: "Send your SOC 1. How are changes to the claims system tested?", report: "both"},
		{q: "Please provide the SOC 1. Also, is access to the payroll application reviewed quarterly?", report: "both"},
		{q: "Attach your SOC 1. Does the billing system enforce MFA for administrators?", report: "both"},
		{q: "We need your SOC 2 Type 2. How are backups of the payroll database tested?", report: "both"},
	})
}
