package triage

import "testing"

// A report asked for beside a bridge letter by "the report", "your report" or "your
// audit report", with no kind of report named, is the SOC report the letter bridges:
// a SOC 2 unless the service is a financial one. A report of another kind (pen test,
// PCI, ISO), "a report" with no determiner, or a report the letter is for asks for no
// SOC report. The questions are written for this test, apart from the evaluation sets.
func TestBridgeLetterBesideUnnamedReport(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkClass(t, []classCase{
		{q: "Kindly upload the report and a bridge letter.", report: "soc2", typ: "type2", arts: bridge},
		{q: "Your audit report plus a gap letter, please.", report: "soc2", typ: "type2", arts: bridge},
		{q: "We need your report along with a bridge letter.", report: "soc2", typ: "type2", arts: bridge},
		{q: "A gap letter and the report, both dated this quarter.", report: "soc2", typ: "type2", arts: bridge},
		// Near misses: another kind of report, no determiner, the letter for the
		// report, and a report already named.
		{q: "Kindly upload the pen test report and a bridge letter.", report: "none", arts: []string{"bridge_letter", "pentest_letter"}},
		{q: "Send a report and a gap letter.", report: "none"},
		{q: "A bridge letter covering the months since the report, please.", report: "none", arts: bridge},
		{q: "Upload the SOC 1 report and a bridge letter.", report: "soc1", typ: "type2", arts: bridge},
	})
}
