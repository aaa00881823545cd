package triage

import "testing"

// "Financials" audited by a firm are the company's audited financial statements (none,
// financial_statements), not the monitoring of controls (CC4.1). A scheme named as
// mapped into or added to the SOC 2 ("SOC 2+ (HITRUST CSF mapped)") is that report,
// not a certification of its own to answer in writing. Near-misses: controls audited
// by a firm, the asker's own financials, and HITRUST held or mapped on its own.
func TestAuditedFinancialsAndSOC2Plus(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Are your financials audited by an independent CPA firm? Any going-concern qualification?", report: "none", artifact: "financial_statements"},
		{question: "Are your financials audited annually by an external firm?", report: "none", artifact: "financial_statements"},
		{question: "Are the company's financials independently audited each year?", report: "none", artifact: "financial_statements"},
		{question: "Were your latest financials audited by an outside accounting firm?", report: "none", artifact: "financial_statements"},
		{question: "Do you have a SOC 2+ report (HITRUST CSF mapped)?", report: "soc2", not: "custom_answer"},
		{question: "Is your SOC 2+ report mapped to HITRUST?", report: "soc2", not: "custom_answer"},
		// Near-misses.
		{question: "Are your security controls audited by an independent firm annually?", report: "soc2", crit: "CC4.1"},
		{question: "Our external auditors audit our financials; do you have a SOC 1 report?", report: "soc1", not: "financial_statements"},
		{question: "Do you have a SOC 2 report and a HITRUST certification?", report: "soc2", artifact: "custom_answer"},
		{question: "Are your controls mapped to HITRUST?", report: "none", artifact: "custom_answer"},
	})
}
