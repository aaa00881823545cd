package triage

import "testing"

// A type written on a report the line sets aside or refuses ("other than your SOC 1
// Type 2", "not the SOC 1 Type 2") belongs to that report: it asks for no type, and
// it is no refused type either, which would turn it into the other one. A second SOC
// report asked for before "in addition to" (SSAE 18, or ISAE 3402, the SOC 1
// analogue) asks for both reports, and the type written on the SOC 2 after it is that
// report's, asking for none (addedAfterAsk). A type the asker refuses on a report it
// asks for, a type on the report after "in addition to" when the words after it ask
// for a document, and a type named on the report asked for keep their reading. The
// questions are written for this test.
func TestTypeOfReportSetAside(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Please send the SSAE 18 report in addition to your SOC 2 Type II.", report: "both", typ: "type2"},
		{q: "Upload your ISAE 3402 report in addition to the SOC 2 Type 2 report.", report: "both", typ: "type2"},
		{q: "Other than your SOC 2 Type 2, do you hold a SOC 1?", report: "soc1", typ: "type2"},
		{q: "Besides the SOC 2 Type II, can you share the SOC 1?", report: "soc1", typ: "type2"},
		{q: "Aside from your SOC 1 Type 2, is there a SOC 2?", report: "soc2", typ: "type2"},
		{q: "Not the SOC 1 Type 2 - the SOC 2 please.", report: "soc2", typ: "type2"},
		{q: "We do not need your SOC 1 Type 2; send the SOC 2.", report: "soc2", typ: "type2"},
		{q: "Other than your SOC 2 Type 1, do you hold a SOC 1 Type 2?", report: "soc1", typ: "type2"},
		// The order decides the type, not "already sent": the ask stands before "in
		// addition to", so the Type 1 is written on the SOC 2 added after it.
		{q: "Send the SSAE 18 report in addition to the SOC 2 Type 1 you already sent.", report: "both", typ: "type2"},
		// Near misses: a type refused on the report asked for, a type asked beside
		// the report set aside, a type on the report after "in addition to" when the
		// ask follows it ("please send" after the comma).
		{q: "We cannot accept a SOC 2 Type 1.", report: "soc2", typ: "type2"},
		{q: "A SOC 2 Type 1 will not meet our needs.", report: "soc2", typ: "type2"},
		{q: "Provide the SOC 1 report; a Type 1 will not do.", report: "soc1", typ: "type2"},
		{q: "Other than your SOC 2 Type 2, do you hold a SOC 1 Type 1?", report: "soc1", typ: "type1"},
		{q: "In addition to the SOC 2 Type 1, please send the SSAE 18 report.", report: "both", typ: "type1"},
		{q: "Provide your SOC 2 Type 1 report as of March 31.", report: "soc2", typ: "type1"},
	})
}
