package triage

import "testing"

// Rates entered and approved are master data; an invoice or bill checked to apply
// them is the transaction as well. Rates alone changed and approved stay master data.
func TestInvoicesApplyTheRates(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Freight tariffs: how are the contracted lane rates loaded and approved, and how do you check each carrier bill uses them?",
			report: "soc1", with: []string{"master_data", "transaction_processing"}},
		{question: "Fee schedules for each plan sponsor are keyed by your staff and approved by a supervisor; is every quarterly bill verified to apply the right fees?",
			report: "soc1", with: []string{"master_data", "transaction_processing"}},
		{question: "Who approves changes to the hourly billing rates of each consultant, and is each client invoice checked to reflect the approved rate?",
			report: "soc1", with: []string{"master_data", "transaction_processing"}},
		// Near miss: only the rates.
		{question: "How are changes to the negotiated commission rates in your system approved?",
			report: "soc1", first: "master_data", without: []string{"transaction_processing"}},
	})
}
