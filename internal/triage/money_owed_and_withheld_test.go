package triage

import "testing"

// Money processes that had no rule: amounts owed back to someone (a credit balance,
// an overpayment, a deposit) refunded within a deadline; withholding calculated on
// each payout; and the cashier's cage of a casino, a place where money is paid out,
// not a caged rack in a data centre. Each is SOC 1 transaction processing. A refund
// policy offered to customers, a tax form asked about the vendor's own hires and a
// cage around servers are not.
func TestMoneyOwedAndWithheld(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Tenants who overpay are owed the difference back: how do you make sure each overpaid amount is refunded within 30 days?", report: "soc1", areas: tp},
		{q: "How do you make sure each credit balance left unrefunded is caught within 60 days?", report: "soc1", areas: tp},
		{q: "Deposits owed back to students who withdraw must be repaid within 45 days; what makes sure none are missed?", report: "soc1", areas: tp},
		{q: "Is state withholding on gambling winnings calculated automatically, and who reviews the exceptions?", report: "soc1", areas: tp},
		{q: "For non-resident partners, how do you check the withholding is calculated correctly on every allocation?", report: "soc1", areas: tp},
		{q: "At the casino cashier cage, how are hand-paid jackpots recorded and approved before the cash leaves?", report: "soc1", areas: tp},
		// Near misses: a cage around servers, a refund policy, a tax form about the
		// vendor's own contractors, and withholding as a contract remedy.
		{q: "Is the colocation cage locked and covered by CCTV?", report: "soc2", crit: "CC6.4"},
		{q: "Do you have a private cage in the data centre with biometric locks?", report: "soc2", crit: "CC6.4"},
		{q: "Can customers get a refund of unused subscription fees within 30 days of cancelling?", report: "none"},
		{q: "Is a W-2 form required for contractors you hire?", report: "none"},
		{q: "Is the withholding of payment for late delivery written into the contract?", report: "none"},
	})
}
