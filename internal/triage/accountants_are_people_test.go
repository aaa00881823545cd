package triage

import "testing"

// Accountants and accounting are people and a function, not the accounts an access
// review looks at: "reviews the journal entries your accountants post" is a review of
// money entries, so the access-review rule and the CC6.3 vocabulary read "account" and
// "accounts" only. Near-misses: user, service and departed staff's accounts, and the
// accountants' access to a ledger, stay access controls.
func TestAccountantsAreNoAccounts(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Who reviews the journal entries your fund accountants post to the ledger? Can a preparer also be the approver?", report: "soc1", area: "segregation_of_duties", not: "CC6.3"},
		{question: "Who reviews the accruals your accountants book at month end? Is the one who books them ever the approver?", report: "soc1", not: "CC6.3"},
		// Near-misses: accounts of people and systems, and access held by accountants.
		{question: "Are user accounts reviewed quarterly?", report: "soc2", crit: "CC6.3"},
		{question: "Who reviews accountants' access to the general ledger?", report: "both", crit: "CC6.3", area: "access_financial"},
		{question: "Are the accounts of departed accountants disabled promptly?", report: "soc2", crit: "CC6.3"},
		{question: "Is privileged access to the accounting system reviewed each quarter?", report: "both", crit: "CC6.3"},
		{question: "Are service accounts reviewed every quarter?", report: "soc2"},
		{question: "Are accounts in the payroll system reviewed for leavers each month?", report: "both", crit: "CC6.3"},
	})
}
