package triage

import "testing"

// An auditor's opinion on the company's accounts (the balance sheet, the income
// statement, the cash flows) and the Single Audit of federal awards under the Uniform
// Guidance are financial audits: the financial statements, not a SOC report, even
// though they say "auditor's opinion" or "audit report". An auditor's report on
// controls, and an audit trail, keep their own readings.
func TestFinancialAuditOpinions(t *testing.T) {
	t.Parallel()
	fin := []string{"financial_statements"}
	checkClass(t, []classCase{
		{q: "Please upload the CPA's opinion covering your last fiscal year's balance sheet.", report: "none", arts: fin},
		{q: "Attach the external auditor's report on your statements of cash flows and income statement for FY2024.", report: "none", arts: fin},
		{q: "Is a report on compliance under the Uniform Guidance available for the last fiscal year?", report: "none", arts: fin},
		{q: "Our district requires the Single Audit report of any grantee over the federal threshold. Please upload it.", report: "none", arts: fin},
		{q: "Independent accountants' opinion on the balance sheet (attach)", report: "none", arts: fin},
		// Near-misses: a report on controls, a SOC report, an audit trail.
		{q: "Provide your independent auditor's report on controls over customer data security.", report: "soc2"},
		{q: "Please provide your most recent independent audit report.", report: "soc2"},
		{q: "Do you keep a single audit trail covering every administrator action?", report: "soc2", crit: "CC7.2"},
	})
}
