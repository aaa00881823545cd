package triage

import "testing"

// Grants and funds in a grant administrator's words: drawdowns recorded against the
// correct grant are transactions ("requests … the correct grant" is no request to
// correct personal data), grant budgets and award amounts changed are standing data,
// and a funding account a request is made against is no user account.
func TestGrantAndFundingWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Are reimbursement requests charged to the correct award and budget period?",
			report: "soc1", first: "transaction_processing"},
		{question: "Who approves changes to award amounts once a grant is set up?",
			report: "soc1", first: "master_data"},
		{question: "Refunds are paid from our operating account against a weekly funding request; how is what you paid tied out to the request?",
			report: "soc1", with: []string{"reconciliation"}, without: []string{"access_financial"}},
		// Near miss: an individual's request to correct their own data.
		{question: "How do you handle a member's request to correct their address?",
			report: "soc2"},
	})
}
