package triage

import "testing"

// Three SOC 1 area readings in plain finance wording. Figures and reports checked
// before they are published or sent to the client are the reports the service gives
// (financial_reporting). Data keyed again by hand between two systems (re-keying a
// lockbox or bank file into receivables) is how it crosses an interface. A payment
// or deposit that cannot be matched to an invoice is cash application
// (transaction_processing) beside the reconciliation of what stays unmatched. Files
// sent to a bank and invoices sent to customers are no report to the client, and code
// released to production is no publication. The questions are written for this test,
// apart from the evaluation sets.
func TestOutputsRekeyedAndUnmatched(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Daily NAV: is it reviewed by someone independent before it is published?", report: "soc1", with: []string{"financial_reporting"}},
		{question: "Fund performance figures - validated before publication?", report: "soc1", with: []string{"financial_reporting"}},
		{question: "Unit prices - checked by a second person before publication?", report: "soc1", first: "financial_reporting"},
		{question: "Cash receipts from the bank portal to your billing system: any re-keying?", report: "soc1", with: []string{"interfaces"}},
		{question: "Lockbox data to the receivables ledger - keyed by hand or loaded?", report: "soc1", with: []string{"interfaces"}},
		{question: "Are lockbox files loaded automatically or keyed in?", report: "soc1", with: []string{"interfaces"}},
		{question: "Are journal entries re-keyed into our ledger by your staff?", report: "soc1", with: []string{"interfaces"}},
		{question: "Bank data into the cash application tool: is anything re-keyed by hand?", report: "soc1", with: []string{"interfaces"}},
		{question: "When a payment arrives that you can't match to an invoice, who works it?", report: "soc1", with: []string{"transaction_processing", "reconciliation"}},
		// Near misses.
		{question: "How are the commission statements reviewed before they are sent to us?", report: "soc1", first: "financial_reporting"},
		{question: "Are payment files reviewed before they are sent to the bank?", report: "soc1", without: []string{"financial_reporting"}},
		{question: "Are invoices checked before they are sent to customers?", report: "soc1", without: []string{"financial_reporting"}},
		{question: "Is the code reviewed before it is released to production?", report: "soc2"},
		{question: "Remittances that cannot be applied to an open invoice: who follows up?", report: "soc1", with: []string{"transaction_processing", "reconciliation"}},
		{question: "How are incoming receipts matched to open invoices, and who clears the leftovers?", report: "soc1", with: []string{"transaction_processing", "reconciliation"}},
	})
}
