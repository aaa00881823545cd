package triage

import "testing"

// A Type 1 refused by what it cannot meet: it "won't satisfy", "doesn't meet", "falls
// short of" or "isn't enough for" the asker's auditors or requirements, also after a
// clause set off by commas that describes it ("A Type I report, which only covers
// design, is not acceptable"). A rejected Type 1 is wanted as a Type 2; the same
// wording accepting it keeps the Type 1. The questions are written for this test.
func TestTypeRefusedByStandard(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Having thought it over, a Type 1 won't satisfy our outside auditors. Kindly share the Type 2 SOC 1.", report: "soc1", typ: "type2"},
		{q: "A Type I will not satisfy our regulator; please send the SOC 2.", report: "soc2", typ: "type2"},
		{q: "A Type 1 doesn't meet our vendor standards. Please provide your SOC 2.", report: "soc2", typ: "type2"},
		{q: "A Type I report falls short of our requirements, so please share the SOC 1.", report: "soc1", typ: "type2"},
		{q: "A Type 1 isn't enough for our audit committee. Send the SOC 2 report.", report: "soc2", typ: "type2"},
		{q: "A Type I report, which only covers design, is not acceptable. Provide your SOC 2.", report: "soc2", typ: "type2"},
		{q: "Your Type 1, issued last spring, will not satisfy our examiners. Please send the SOC 1.", report: "soc1", typ: "type2"},
		{q: "The Type I SOC 2, which we received in March, does not meet our policy.", report: "soc2", typ: "type2"},
		{q: "A Type 1, which does not test operation over a period, will not satisfy our auditors. Send the SOC 2.", report: "soc2", typ: "type2"},
		// Near misses: the same wording accepting the Type 1, or a clause that refuses
		// something else.
		{q: "A Type 1 will satisfy our auditors for this year. Please send the SOC 2.", report: "soc2", typ: "type1"},
		{q: "A Type I report meets our requirements; please provide the SOC 1.", report: "soc1", typ: "type1"},
		{q: "A Type 1 report, which covers design, is acceptable. Provide your SOC 2.", report: "soc2", typ: "type1"},
		{q: "A Type I report, which our auditors accept, will do. Please share the SOC 1.", report: "soc1", typ: "type1"},
		{q: "Please send the SOC 2 Type 1, which our auditors accept for a first year.", report: "soc2", typ: "type1"},
	})
}
