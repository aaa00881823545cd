package triage

import "testing"

// Public bodies pay and account in words of their own: warrants are the cheques a
// state or county writes, appropriations and encumbrances are the budget's money,
// restitution is money a court orders paid to victims. In those senses they name a
// money process; "warrant" as a promise in a contract, or a court's search warrant,
// keeps its other reading.
func TestPublicMoneyWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Are county warrants printed by your system matched each day against the treasury's paid warrant register?",
			report: "soc1"},
		{question: "Is the feed of appropriation balances to the budget office checked with hash totals on receipt?",
			report: "soc1", first: "interfaces"},
		{question: "When a clerk leaves, is the login to the warrant writing system disabled the same day?",
			report: "both", first: "access_financial"},
		{question: "Are encumbrances recorded accurately when a requisition is approved?",
			report: "soc1"},
		{question: "Who can approve a warrant run above the daily limit?",
			report: "soc1"},
		{question: "Are stale warrants cancelled on time and the amounts reported correctly?",
			report: "soc1"},
		{question: "Is the restitution owed by each offender tracked accurately against the amount the court ordered?",
			report: "soc1"},
		// Near misses: a warrant as a contract promise or a court order.
		{question: "Do you warrant that the hosted service will perform as its documentation describes?",
			report: "none"},
		{question: "Does the vendor warrant the accuracy of the reference data it supplies?",
			report: "none"},
		{question: "How do you answer search warrants and subpoenas that ask for our data?",
			report: "none"},
		{question: "Describe the access reviews for the human resources application.",
			report: "soc2"},
	})
}
