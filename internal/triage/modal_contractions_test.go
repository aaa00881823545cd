package triage

import "testing"

// "Can't", "won't", "couldn't" and "wouldn't" read as "cannot" and "wont": they refuse
// the report or type whose verb of taking up they govern ("we can't accept a Type 1",
// "we won't need the SOC 1"), judge what stands before them ("the SOC 1 won't help
// us"), and negate the complement of a passive verb ("can't be shared publicly"), but
// say nothing of a report named beside what someone is unable to do ("contractors
// can't reach production"). "Will do" closing its clause accepts what stands before
// it, as "won't do" refuses it. The questions are written for this test, apart from
// the evaluation sets.
func TestNegatedModalContractions(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "We can't accept a Type 1; please send your SOC 2.", report: "soc2", typ: "type2"},
		{q: "We won't need the SOC 1, only the SOC 2 Type 2.", report: "soc2", typ: "type2"},
		{q: "We wont be relying on the SOC 3; the full report is what we read.", report: "soc2", typ: "type2", arts: none},
		{q: "The SOC 1 won't help us; please forward the SOC 2.", report: "soc2", typ: "type2"},
		{q: "A Type 1 couldn't satisfy our regulator.", report: "soc2", typ: "type2"},
		{q: "If you can't provide a Type 2 yet, a Type 1 will do.", report: "soc2", typ: "type1"},
		{q: "If the SOC 2 can't be shared, a SOC 3 would do.", report: "soc2", typ: "type2", arts: []string{"soc3"}},
		// Near misses: what people or controls are unable to do, a report that is
		// not public, and "will do" that asks what someone will do.
		{q: "Does the SOC 2 Type I confirm that contractors can't reach production?", report: "soc2", typ: "type1"},
		{q: "Per the SOC 1 Type 1, clerks can't approve their own payments?", report: "soc1", typ: "type1"},
		{q: "Is the SOC 2 Type 1 clear that new users won't be given admin rights?", report: "soc2", typ: "type1"},
		{q: "Can you confirm the SOC 2 Type 1 can't be shared publicly?", report: "soc2", typ: "type1", arts: none},
		{q: "What will you do if the SOC 2 has exceptions?", report: "soc2", typ: "type2"},
	})
}
