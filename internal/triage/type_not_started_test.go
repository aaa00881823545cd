package triage

import "testing"

// A Type 2 said not to exist yet, because it is not prepared or its window has not
// begun, is no ask for a Type 2: the report asked for beside it is the Type 1. A Type 2
// said to be running or asked for outright keeps its type. The questions are written
// for this test, apart from the evaluation sets.
func TestTypeTwoNotStarted(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Send us the SOC 2 Type 1 while the Type 2 is not yet prepared.", report: "soc2", typ: "type1"},
		{q: "Your Type II observation window hasn't started, so a design report as of the kickoff date is fine.", report: "soc2", typ: "type1"},
		{q: "As the Type 2 examination has not commenced, we ask for the Type 1.", report: "soc2", typ: "type1"},
		{q: "Your Type 2 is not yet finalised, so the Type 1 will do.", report: "soc2", typ: "type1"},
		// Near-misses: a Type 2 asked for, or one already under way.
		{q: "Please provide the SOC 2 Type 2 once it is prepared.", report: "soc2", typ: "type2"},
		{q: "Has your Type II audit period started? We need the Type II.", report: "soc2", typ: "type2"},
	})
}

// "At least" before a length of time bounds the period a Type 2 must cover; it does
// not accept a Type 1 named beside it. "At least a Type 1" still accepts one. The
// questions are written for this test, apart from the evaluation sets.
func TestAtLeastAPeriod(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Type I or Type II? Coverage of at least nine months is expected.", report: "soc2", typ: "type2"},
		{q: "Is it a Type 1? The review period must be at least six months.", report: "soc2", typ: "type2"},
		{q: "Which type is your report, Type 1 or 2? At least 3 months must be covered.", report: "soc2", typ: "type2"},
		// Near-misses: Type 1 accepted as the least that will do.
		{q: "At least a Type 1 would help us for now.", report: "soc2", typ: "type1"},
		{q: "We need at least a SOC 2 Type I this year.", report: "soc2", typ: "type1"},
	})
}
