package triage

import "testing"

// The prices, rates and contract terms a money system applies, once loaded or
// configured in it, are its standing data: how they are kept equal to what was signed
// is SOC 1 master data, not a commercial fact answered in writing. Finance teams also
// write "calc" or "calcs" for the calculation itself. The same words about the
// contract alone, or a price asked as a figure, stay written answers.
func TestAgreedTermsHeldInTheSystem(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Negotiated carrier rates are configured in your freight audit platform: who keeps them in step with the signed agreements?",
			report: "soc1", first: "master_data"},
		{question: "Are the agreed terms for each reseller keyed into the billing application compared with the signed agreement?",
			report: "soc1", first: "master_data"},
		{question: "How do you know the fees loaded in your system are the ones in our order form?",
			report: "soc1", first: "master_data"},
		{question: "Commission calcs: reviewed by a second analyst before the payout file goes out?",
			report: "soc1", first: "transaction_processing"},
		{question: "Are interest calcs on overdue balances checked each month?",
			report: "soc1", first: "transaction_processing"},
		// Near misses: the contract or the price as such, not held in a money system.
		{question: "Can the contract terms be negotiated for a three-year deal?",
			report: "none"},
		{question: "Describe your pricing model for the platform.",
			report: "none"},
		{question: "Can your sales team share the calc sheet behind the quote?",
			report: "none"},
	})
}
