package triage

import "testing"

// Bankruptcy, insolvency, receivership and debarment in the company's past (or its
// principals') are legal history, a fact written in (none + custom_answer), like
// litigation beside them; the audited financial statements answer the company's
// financial health, so bankruptcy asked as a risk stays `financial_statements`. What
// happens to the asker's data in a bankruptcy asks neither. The questions are written
// for this test.
func TestLegalHistoryNotFinancials(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	fin := []string{"financial_statements"}
	checkClass(t, []classCase{
		{q: "Has the company filed for bankruptcy in the past ten years?", report: "none", arts: written},
		{q: "Any bankruptcy or insolvency proceedings in the last 7 years?", report: "none", arts: written},
		{q: "Are any principals subject to bankruptcy or receivership orders?", report: "none", arts: written},
		{q: "Has the firm or its officers ever been debarred or suspended from government contracting?", report: "none", arts: written},
		{q: "Debarment history (Y/N)", report: "none", arts: written},
		{q: "Is the vendor on the SAM.gov excluded parties list?", report: "none", arts: written},
		{q: "Has the company been excluded from federal health care programs?", report: "none", arts: written},
		{q: "Has the vendor been barred from public procurement in any country?", report: "none", arts: written},
		{q: "Lawsuits, insolvency filings or debarments against the owners since 2019 - describe", report: "none", arts: written},
		// Near misses: financial health, data in a bankruptcy, other senses.
		{q: "Is the company at risk of bankruptcy? Provide audited financials.", report: "none", arts: fin},
		{q: "Is there a risk of insolvency in the next 12 months?", report: "none", arts: fin},
		{q: "Provide your audited financial statements and any going concern opinion.", report: "none", arts: fin},
		{q: "What happens to our data if you go bankrupt?", report: "none", arts: []string{}},
		{q: "Is the customer excluded from the programme if they fail the check?", report: "none", arts: []string{}},
		{q: "Are suspended user accounts reviewed?", report: "soc2", arts: []string{}},
	})
}
