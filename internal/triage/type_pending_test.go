package triage

import "testing"

// A Type 2 said to be still to come (to follow, in progress, expected, scheduled, due,
// not yet issued) is no Type 2 signal, the way one not yet begun is not; asked beside
// what there is now, today or meanwhile, or said "to follow", it asks for the report
// the asker can get now, the Type 1. A Type 2 pending with nothing asked of now keeps
// the default. The questions are written for this test, apart from the evaluation sets.
func TestPendingTypeTwo(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Type 2 to follow next year.", report: "soc2", typ: "type1"},
		{q: "Our understanding is the Type II is in progress, expected in Q3; what can you share today?", report: "soc2", typ: "type1"},
		{q: "The Type 2 examination is scheduled for the autumn; until then, what report do you have?", report: "soc2", typ: "type1"},
		{q: "Your Type II is due next quarter; send the Type I meanwhile.", report: "soc2", typ: "type1"},
		{q: "The SOC 1 Type 2 is not yet issued; what is available now?", report: "soc1", typ: "type1"},
		// Near misses: the Type 2 asked about or asked for, and a Type 2 pending
		// with nothing asked of now.
		{q: "Is your SOC 2 Type 2 in progress?", report: "soc2", typ: "type2"},
		{q: "When will your Type II be available?", report: "soc2", typ: "type2"},
		{q: "Is the Type 2 available now?", report: "soc2", typ: "type2"},
		{q: "Type 2 expected in Q3; please send it once issued.", report: "soc2", typ: "type2"},
		{q: "Type 2 not yet begun.", report: "soc2", typ: "type2"},
	})
}
