package triage

import "testing"

// Gifts, offerings and tithes named with the fund they go to, and distributions
// named with the trust, estate, plan or partners they are paid from or to, are money
// transactions; a transaction coded, booked or allocated to a fund, account, project
// or grant, or approved before the money goes out, is asked for its accuracy. Gifts
// in a code of conduct, the distribution of patches or of a mailing list, and code
// tied to a ticket are no money.
func TestGiftsAndDistributionsAreTransactions(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "For memorial gifts given in someone's name, what ensures the gift is coded to the right designated fund in our books?",
			report: "soc1", first: "transaction_processing"},
		{question: "When a donor designates a gift to a restricted fund, how do you make sure it's coded to that fund?",
			report: "soc1", first: "transaction_processing"},
		{question: "Is each donation booked to the fund the donor chose?",
			report: "soc1", first: "transaction_processing"},
		{question: "How do you calculate the required minimum distributions for our plan participants, and how is the amount checked before it is paid?",
			report: "soc1", first: "transaction_processing"},
		{question: "Limited partners receive distributions each quarter; how do you verify each LP's share before it goes out?",
			report: "soc1", first: "transaction_processing"},
		{question: "Tithes given at the kiosk are coded to the building fund or the general fund. How are mistakes caught?",
			report: "soc1", first: "transaction_processing"},
		{question: "Before trust distributions are released, what authorization is obtained, and is it documented?",
			report: "soc1", first: "transaction_processing"},
		{question: "Annuitant distributions from the plan: who calculates them and who checks them?",
			report: "soc1", first: "transaction_processing"},
		// Near misses: the same words outside money.
		{question: "Must employees declare gifts received from suppliers under your code of conduct?",
			report: "soc2"},
		{question: "Is the distribution of security patches to servers tracked to completion?",
			report: "soc2"},
		{question: "Are your developers' commits coded to a ticket in the project tracker, and is each change reviewed?",
			report: "soc2"},
		{question: "Do you limit the distribution list for incident reports to approved recipients?",
			report: "soc2"},
	})
}
