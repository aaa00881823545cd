package triage

import "testing"

// A control objective a named report is asked to include ("Will your SOC 1 include an
// objective that capital calls are processed accurately?") names the process it is
// over: the question keeps that process's area even when only the areas vocabulary
// knows its words. Objectives asked of a report by its service ("its control
// objectives for the payroll service") or named with no process are the report's
// scope: no area. Written for this test.
func TestObjectiveAskedOfReportKeepsItsArea(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Will your SOC 1 include an objective that capital calls and distributions are processed accurately?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "We accept a SOC 1 Type 1 for now. Will it include an objective that capital calls are calculated correctly?", report: "soc1", typ: "type1", areas: []string{"transaction_processing"}},
		{q: "Does your ISAE 3402 report include an objective over matching lockbox receipts to open invoices?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Is there an objective in the SOC 1 that suspense items are cleared within five days?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Does the SOC 1 have control objectives over rebate accruals being calculated and posted accurately?", report: "soc1", areas: []string{"transaction_processing"}},
		// Near misses: the report's scope, or objectives with no process named.
		{q: "Please send your SOC 1 covering capital calls and distributions.", report: "soc1", areas: none},
		{q: "Does your SOC 1 report list its control objectives?", report: "soc1", areas: none},
		{q: "Send the SOC 1 with its control objectives for the payroll service.", report: "soc1", areas: none},
		{q: "Which control objectives does your SOC 1 for the loan servicing platform include?", report: "soc1", areas: none},
		{q: "Are the control objectives in your SOC 1 the same as last year?", report: "soc1", areas: none},
	})
}
