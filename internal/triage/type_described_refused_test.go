package triage

import "testing"

// A Type 1 stated with more type words, before it ("a design-only Type 1") or in a
// clause that describes it ("a Type I that only covers the design of controls"), is
// one type: a refusal after the last of them refuses all of them, and the report is
// wanted as a Type 2. The same statement accepted stays a Type 1. The questions are
// written for this test, apart from the evaluation sets.
func TestTypeDescribedThenRefused(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "A Type I that only covers the design of controls will not be accepted. Please provide your most recent SOC 2.", report: "soc2", typ: "type2"},
		{q: "A design-only Type 1 will not be accepted. Send the SOC 2.", report: "soc2", typ: "type2"},
		{q: "Type I reports that only test design are not acceptable. Provide the SOC 2.", report: "soc2", typ: "type2"},
		{q: "Our reviewers need operating effectiveness: a design-only Type I report won't be accepted.", report: "soc2", typ: "type2"},
		{q: "A point-in-time Type 1 will not satisfy our auditors; please send the SOC 1.", report: "soc1", typ: "type2"},
		{q: "Design-only Type I reports are not accepted by our risk team. Share your SOC 2.", report: "soc2", typ: "type2"},
		{q: "A Type 1 that looks only at design will not meet our standard; send the SOC 2.", report: "soc2", typ: "type2"},
		// Near misses: the same statements accepted.
		{q: "A design-only Type 1 will be accepted for now. Send the SOC 2.", report: "soc2", typ: "type1"},
		{q: "We will accept a Type I that only covers the design of controls.", report: "soc2", typ: "type1"},
		{q: "A Type 1 that only covers design is fine until the Type 2 is issued.", report: "soc2", typ: "type1"},
	})
}
