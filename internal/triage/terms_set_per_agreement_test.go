package triage

import "testing"

// Percentages, tiers and terms set up "per agreement" in a money system, entered or
// keyed from the signed contract, are its standing data: checking the set-up against
// what was signed, and letting only approved changes in, is SOC 1 master data. The
// agreement itself, negotiated or signed, is no standing data.
func TestTermsSetPerAgreement(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Royalty percentages are set per licence agreement; how do you check the set-up against the signed licence?",
			report: "soc1", first: "master_data"},
		{question: "Who verifies that the discount tiers entered for each distributor match the executed contract?",
			report: "soc1", first: "master_data"},
		{question: "How are the contract terms entered into the billing engine, and who checks them against the agreement?",
			report: "soc1", first: "master_data"},
		{question: "The management fee % for each client is set up from the signed mandate. Who reviews that set-up?",
			report: "soc1", first: "master_data"},
		{question: "Overtime multipliers are loaded per union agreement: who checks them before payroll runs?",
			report: "soc1", with: []string{"master_data"}},
		{question: "Commission splits are set per partner agreement. How do you make sure only approved changes are made to them?",
			report: "soc1", first: "master_data"},
		{question: "How are the terms of each lease keyed in, and does anyone compare them to the signed lease?",
			report: "soc1", first: "master_data"},
		// Near misses: the agreement as a document or a negotiation.
		{question: "Are your customer agreements signed electronically?",
			report: "none"},
		{question: "Can the fee % in the agreement be negotiated for a longer term?",
			report: "none"},
		{question: "Please provide your standard terms and conditions.",
			report: "none"},
		{question: "Who signs the agreement on your side, and can it be signed electronically?",
			report: "none"},
	})
}
