package triage

import "testing"

// The respondent's own financial statement audit ("your most recent financial
// statement audit", "your company's financial statement auditor", "the vendor's
// financial statement audit") and what it found (a going-concern doubt, a qualified
// opinion, a restatement) are its audited financials, no one's reliance on a SOC 1.
// The asker's own audit, or its clients' or user entities', stays the SOC 1
// framing. The questions are written for this test, apart from the evaluation sets.
func TestRespondentsOwnFinancialStatementAudit(t *testing.T) {
	t.Parallel()
	fs := []string{"financial_statements"}
	checkClass(t, []classCase{
		{q: "Did your most recent financial statement audit include a going-concern qualification?", report: "none", arts: fs},
		{q: "Was your last financial statement audit opinion unqualified?", report: "none", arts: fs},
		{q: "Did your latest annual financial statement audit result in any restatement?", report: "none", arts: fs},
		{q: "Please confirm your FY2025 financial statement audit ended with a clean opinion.", report: "none", arts: fs},
		{q: "Has your financial-statement audit ever flagged a material weakness?", report: "none", arts: fs},
		{q: "Is your company's financial statement audit performed by an independent CPA firm?", report: "none", arts: fs},
		{q: "Has the vendor's financial statement auditor raised any doubt about the business continuing?", report: "none", arts: fs},
		{q: "Were there any adjustments proposed in your own financial statement audit last year?", report: "none", arts: fs},
		// Near misses: the asker's audit, its clients' or user entities', or a
		// regulation the respondent is bound by.
		{q: "Our financial statement audit relies on your SOC 1, please send it.", report: "soc1"},
		{q: "Do your clients' auditors use the SOC 1 in their financial statement audits?", report: "soc1"},
		{q: "For the financial statement audit we need your SOC 1 Type 2.", report: "soc1"},
		{q: "Which controls are relevant to your user entities' financial statement audits?", report: "soc1"},
		{q: "How do you support your clients' financial statement audits?", report: "soc1"},
		{q: "Is your company subject to SOX?", report: "none", arts: []string{"custom_answer"}},
	})
}
