package triage

import "testing"

// A type asked about in a question of judgement and turned down by the reply that
// follows ("Won't a Type 1 do for now? No, …", "Is a Type 1 OK? Unfortunately
// not."), or named as all the respondent has in a condition whose main clause says
// the asker cannot go on ("If a Type 1 is all you have, we cannot proceed"), is
// refused: the report is still asked for, in Type 2. A reply that accepts, a
// condition that asks for the Type 1 or accepts it, and a question of fact answered
// "no" keep what they said. The questions are written for this test, apart from the
// evaluation sets.
func TestTypeRefusedByTheReplyOrTheCondition(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		// The reply refuses the type the question judged.
		{q: "Won't a Type 1 do for now? No, we need the SOC 2 Type II", report: "soc2", typ: "type2"},
		{q: "Would a Type 1 be enough? No.", report: "soc2", typ: "type2"},
		{q: "Could we take a Type I for now? Not for this contract; we need the Type II.", report: "soc2", typ: "type2"},
		{q: "Is a Type 1 OK? Unfortunately not.", report: "soc2", typ: "type2"},
		{q: "Is a SOC 2 Type I acceptable for the pilot? No - the full Type 2 is required.", report: "soc2", typ: "type2"},
		{q: "Would a SOC 2 Type 1 satisfy you? No, only a Type 2 will.", report: "soc2", typ: "type2"},
		// The condition names the type as all there is; the main clause cannot go on.
		{q: "If a Type 1 is all you have, we cannot proceed", report: "soc2", typ: "type2"},
		{q: "If you only have a Type I, we won't be able to onboard you.", report: "soc2", typ: "type2"},
		{q: "Should a Type I be all that exists, the review cannot go ahead.", report: "soc2", typ: "type2"},
		{q: "If only a Type 1 is available, we cannot sign.", report: "soc2", typ: "type2"},
		{q: "In case only a Type I exists, we can't move forward.", report: "soc2", typ: "type2"},
		// Near misses: a reply or a condition that accepts or asks for the Type 1,
		// a condition acceptance restricts, a question of fact answered no.
		{q: "Is a Type I acceptable? Only if the Type II is due within 3 months", report: "soc2", typ: "type1"},
		{q: "Will a Type 1 do for now? Yes, that works for us.", report: "soc2", typ: "type1"},
		{q: "Is a Type I acceptable? Yes, for the first year.", report: "soc2", typ: "type1"},
		{q: "If a Type 1 is all you have, please send it.", report: "soc2", typ: "type1"},
		{q: "If a Type 1 is all you have, we can live with it for now.", report: "soc2", typ: "type1"},
		{q: "Won't a Type 1 do? We'll take it for now.", report: "soc2", typ: "type1"},
		{q: "A SOC 2 Type 1 is available now; we cannot proceed until the pen test is done.", report: "soc2", typ: "type1"},
		{q: "Does your SOC 2 Type 1 cover the payroll system? No matter, send it anyway.", report: "soc2", typ: "type1"},
	})
}
