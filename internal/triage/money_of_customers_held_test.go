package triage

import "testing"

// Money named first and its owners after it ("the funds of our merchants", "money
// of the users") and then said to be held, kept apart or waiting in an account
// before it is paid out is client money in custody, as when the owners come first.
// Money the customers spend, or an account that is only a login, is not held for them.
func TestMoneyOfCustomersHeld(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Funds belonging to the sellers wait in which account until payout, and who can move them?",
			report: "soc1", first: "custody"},
		{question: "Is the money of your clients kept apart from your operating account?",
			report: "soc1", first: "custody"},
		// Near misses: money spent by customers, and a user account.
		{question: "How much money do users typically spend per month on the service?",
			report: "none"},
		{question: "Can users hold more than one account on the portal?",
			report: "none"},
	})
}
