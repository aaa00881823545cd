package triage

import "testing"

// A report set in a condition ("if your SOC 2 audit isn't finished") is not refused:
// the asker says what will do meanwhile, and a Type 1 taken for the first year or
// audit cycle, with a Type 2 later, is the type asked for now. A report refused
// outright, or a Type 2 needed from the start, keeps its reading.
func TestConditionedReportAndInterimType(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "If the SOC 2 report is not yet issued, a Type 1 will do for now. Can you share it?", report: "soc2", typ: "type1"},
		{q: "If your SOC 1 isn't ready until spring, is a Type I available today?", report: "soc1", typ: "type1"},
		{q: "We'll take a SOC 2 Type 1 for the pilot, with a Type 2 due within twelve months.", report: "soc2", typ: "type1"},
		{q: "Type I for the first audit cycle, Type II thereafter.", report: "soc2", typ: "type1"},
		{q: "Year one: a SOC 1 Type 1 of the payroll service; a Type 2 from year two.", report: "soc1", typ: "type1"},
		// Near-misses: a refusal, a question about the audit, a Type 2 from the start.
		{q: "Your SOC 2 report is not required for this engagement.", report: "none"},
		{q: "A SOC 1 is not needed; send the SOC 2.", report: "soc2", typ: "type2"},
		{q: "In the first year we need a Type 2 covering six months.", report: "soc2", typ: "type2"},
		{q: "Is your SOC 2 audit finished?", report: "soc2", typ: "type2"},
	})
}
