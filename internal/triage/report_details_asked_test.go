package triage

import "testing"

// A named report's own details (when its period ends, which firm issued it, the date
// of the examination) are answered by the report itself, with no written answer
// beside it. The same fact asked of no named SOC report (who audits the financial
// statements, the firm behind an unnamed attestation, a company fact) is still
// written in. The questions are written for this test, apart from the evaluation sets.
func TestReportDetailsAsked(t *testing.T) {
	t.Parallel()
	none, written := []string{}, []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Which audit firm issued your SOC 1 report?", report: "soc1", typ: "type2", arts: none},
		{q: "Name of the CPA firm that performed your SOC 2 Type 2:", report: "soc2", typ: "type2", arts: none},
		{q: "ISAE 3402: name of the auditing firm and the date of the last report", report: "soc1", typ: "type2", arts: none},
		{q: "Name of the accounting firm that issued your SOC 2, please.", report: "soc2", typ: "type2", arts: none},
		{q: "Loan servicing platform - date of the latest SSAE 18 examination and the CPA firm that performed it?", report: "both", typ: "type2", arts: none},
		{q: "Who signed the opinion in your SSAE 16 report, and on what date?", report: "soc1", typ: "type2", arts: none},
		{q: "When does your SOC 2 period end?", report: "soc2", typ: "type2", arts: none},
		{q: "What period does your latest SOC 1 cover?", report: "soc1", typ: "type2", arts: none},
		// Near misses: facts of no named SOC report.
		{q: "Who audits your financial statements?", report: "none", arts: written},
		{q: "Name of the independent CPA firm that issued your most recent attestation report: ____", report: "none", arts: written},
		{q: "What is the legal name of your company?", report: "none", arts: written},
		{q: "Date of the most recent external audit of your ISMS:", report: "none", arts: written},
		{q: "SOC team lead: name, email, phone", report: "none", arts: written},
	})
}
