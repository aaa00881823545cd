package triage

import "testing"

// A type the other side offered and the asker then refuses: "your rep offered us a
// Type 1 … so a Type 1 will not be accepted". The offer is what the asker answers,
// not what it asks, so the refusal that names the type again decides: Type 2. A type
// named only as offered is read by the asker's reply to it, and a reply that accepts
// it keeps the Type 1. The questions are written for this test.
func TestTypeOfferedThenRefused(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Your account manager offered a Type 1 report. Our vendor policy needs controls tested over six months, so a Type 1 will not be accepted.", report: "soc2", typ: "type2"},
		{q: "Sales proposed sending a SOC 2 Type I for now. We cannot accept a Type I; please share the Type II.", report: "soc2", typ: "type2"},
		{q: "We were offered a design-only report as a stopgap, but a design-only report is not acceptable to our auditors.", report: "soc2", typ: "type2"},
		{q: "You mentioned a Type 1 is available. Type 1 reports are not sufficient for our onboarding; we need a Type 2.", report: "soc2", typ: "type2"},
		{q: "Your rep suggested a point-in-time report. A point-in-time report will not meet our standard; we need evidence over a period.", report: "soc2", typ: "type2"},
		{q: "Thanks for offering the Type I. Unfortunately a Type I won't be accepted by procurement. Do you have a Type II?", report: "soc2", typ: "type2"},
		{q: "A Type 1 was offered during the call; our risk team rejects Type 1 reports.", report: "soc2", typ: "type2"},
		{q: "Your partner recommended a SOC 1 Type 1 last month. Our controller will not rely on a Type 1 for the year-end audit.", report: "soc1", typ: "type2"},
		{q: "Your engagement lead pitched a Type I SOC 1 as the first deliverable; a Type I does not satisfy our external auditors.", report: "soc1", typ: "type2"},
		// Near misses: the offer taken up, or another type offered beside the one the
		// asker accepts.
		{q: "Your team offered a Type 1 report and we are happy to accept it for this year.", report: "soc2", typ: "type1"},
		{q: "You offered a Type I. That is acceptable for the first year.", report: "soc2", typ: "type1"},
		{q: "Sales offered us a Type 1 report; a Type 1 is fine until the Type 2 is issued.", report: "soc2", typ: "type1"},
		{q: "We hear sales proposed a Type II; a Type I is fine for the first year.", report: "soc2", typ: "type1"},
		{q: "Please send your SOC 2 Type 2; a Type 1 is not enough.", report: "soc2", typ: "type2"},
	})
}
