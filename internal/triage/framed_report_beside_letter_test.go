package triage

import "testing"

// On a line the asker frames by its own reliance (SOX, ICFR, its auditors, its year
// end), a bridge letter asked "also" beside a report asked for or about in a part of
// its own is the report and the letter, and the report is the SOC 1 the framing makes
// it, even when its part, read without the framing, names it only as "your audit
// report", "the Type II report" or "the service auditor's report" (which alone would
// be the SOC 2). The questions are written for this test, apart from the evaluation
// sets.
func TestFramedReportBesideBridgeLetter(t *testing.T) {
	t.Parallel()
	none := []string{}
	letter := []string{"bridge_letter"}
	checkClass(t, []classCase{
		{q: "Report must cover at least 6 months of our fiscal year. If it ends early we will also require a gap letter. Provide the service auditor's report relevant to our ICFR.", report: "soc1", typ: "type2", areas: none, arts: letter},
		{q: "Our external auditors will test your controls. Please send the Type 2 report. We will also need a bridge letter to our 31 December year end.", report: "soc1", typ: "type2", areas: none, arts: letter},
		{q: "This is for our ICFR assessment. Please email the independent auditor's report. A bridge letter will also be needed past its end.", report: "soc1", typ: "type2", areas: none, arts: letter},
		{q: "Which months does your attestation report cover? Our SOX auditors will also need a gap letter for anything after it.", report: "soc1", typ: "type2", areas: none, arts: letter},
		{q: "For our financial statement audit a Type 1 report as of 30 June is fine. Please share the Type 1 report. A bridge letter to year end is also needed.", report: "soc1", typ: "type1", areas: none, arts: letter},
		{q: "For our Sarbanes-Oxley work. Which period does your audit report cover? We'd also need a bridge letter for the gap.", report: "soc1", typ: "type2", areas: none, arts: letter},
		{q: "Our external auditor is placing reliance here. Please upload your independent assurance report. Also include a gap letter up to 30 June.", report: "soc1", typ: "type2", areas: none, arts: letter},
		// Near misses: a numbered report asked about beside the letter is that report
		// already; the letter alone, or beside a report already held or relied on,
		// stays the letter by itself.
		{q: "Does your ISAE 3402 period reach our 30 June year end? If not, we will also need a bridge letter for the months it misses.", report: "soc1", typ: "type2", areas: none, arts: letter},
		{q: "For SOX purposes: does your audit report cover nine months of our year? A gap letter will also be required for the rest.", report: "soc1", typ: "type2", areas: none, arts: letter},
		{q: "For our SOX year end, please send a bridge letter covering October to December.", report: "none", typ: "", areas: none, arts: letter},
		{q: "Our auditors already have your SOC 1 through September. For our year-end ICFR work, send a bridge letter through December.", report: "none", typ: "", areas: none, arts: letter},
		{q: "Our auditors rely on your SOC 1. Please send a bridge letter for the months since it ended.", report: "none", typ: "", areas: none, arts: letter},
		// A SOC 2 named beside the letter is asked for itself: the framing does not
		// make it the SOC 1.
		{q: "For our SOX audit we will need a bridge letter. Please also send the SOC 2 for our security team.", report: "soc2", arts: letter},
	})
}
