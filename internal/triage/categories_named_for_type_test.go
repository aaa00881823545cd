package triage

import "testing"

// A report's type stands for the report ("a Type I covering security and
// confidentiality", "the Type 1 on security plus processing integrity"): the
// categories named as its scope are the categories, as they are after "report" or
// "SOC 2". The questions are written for this test, apart from the evaluation sets.
func TestCategoriesNamedForAType(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "For the new signing portal we'll take a Type I, design as at one date, covering security and confidentiality.", report: "soc2", cats: []string{"security", "confidentiality"}},
		{q: "We will accept a Type 1 covering security and availability.", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Please send the Type II covering security, availability and confidentiality.", report: "soc2", cats: []string{"security", "availability", "confidentiality"}},
		{q: "Is your Type II scoped to security and availability only?", report: "soc2", cats: []string{"security", "availability"}},
		{q: "We need the Type 1 on security plus processing integrity for the analytics service.", report: "soc2", cats: []string{"security", "processing_integrity"}},
		{q: "The Type II we need must cover availability as well as security.", report: "soc2", cats: []string{"security", "availability"}},
		{q: "Our privacy office wants a Type 2 that includes security and privacy.", report: "soc2", cats: []string{"security", "privacy"}},
		{q: "Does the Type 2 you issue address confidentiality in addition to security?", report: "soc2", cats: []string{"security", "confidentiality"}},
		// Near misses: a type asked for with no category, or with categories it
		// does not need, is security alone.
		{q: "Send the Type II report.", report: "soc2", cats: []string{"security"}},
		{q: "Type II please - we do not need availability or confidentiality included.", report: "soc2", cats: []string{"security"}},
		{q: "Can you share the Type 2 for the hosting service?", report: "soc2", cats: []string{"security"}},
	})
}
