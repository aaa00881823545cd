package triage

import "testing"

// A statement of account, an account statement, summary or analysis reviewed or
// approved before it goes out is a money output checked (SOC 1 financial reporting),
// though the same line names the ledger or billing system it comes from: the
// "account" in it is the customer's money account, not a user account whose review
// is an access control. User, privileged, dormant or new accounts on a money system
// stay access to it (both reports).
func TestStatementOfAccountNotUserAccount(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Statements of account produced from the premium ledger are reviewed for accuracy each month.", report: "soc1", areas: []string{"financial_reporting", "transaction_processing"}},
		{q: "Is every participant account statement reviewed against the recordkeeping ledger before distribution?", report: "soc1", areas: []string{"financial_reporting"}},
		{q: "Are customer account statements from the core banking system approved before release?", report: "soc1", areas: []string{"financial_reporting"}},
		{q: "statement of account from the billing platform - reviewed by finance before it goes to the customer?", report: "soc1", areas: []string{"financial_reporting"}},
		{q: "Does anyone review statements of account out of the rent ledger before tenants receive them?", report: "soc1", areas: []string{"financial_reporting"}},
		{q: "Do you review the monthly account summaries from the payroll platform before we receive them?", report: "soc1"},
		// Near misses: accounts that people log in with stay access to the money system.
		{q: "Are user accounts in the billing system reviewed quarterly?", report: "both", areas: []string{"access_financial"}},
		{q: "Who reviews privileged accounts on the general ledger database?", report: "both", areas: []string{"access_financial"}},
		{q: "Are dormant accounts in the payroll application disabled after 90 days?", report: "both", areas: []string{"access_financial"}},
		{q: "How are new accounts requested and approved for the claims system?", report: "both", areas: []string{"access_financial"}},
		{q: "Who can view client account statements in the billing portal, and is that access reviewed?", report: "both"},
		{q: "Do you review user accounts and their statement permissions in the billing system?", report: "both"},
	})
}
