package triage

import "testing"

// A user account requested, created or approved on a financial system, or staff
// signing in to it, is an access control over the system: the user is the account
// granted, not a clerk doing one of two incompatible duties. The split of duties is
// still read where people do the process's own steps. Written for this test.
func TestAccessRequestIsNoSplitOfDuties(t *testing.T) {
	t.Parallel()
	acc, sod := "access_financial", "segregation_of_duties"
	checkAreaCases(t, []areaCase{
		{question: "When a new user account is created on the premium billing platform, who approves it and is that approval kept on file?", report: ReportBoth, first: acc, without: []string{sod}},
		{question: "How is user access to the loan accounting system requested and approved, and how quickly is it removed for leavers?", report: ReportBoth, first: acc, without: []string{sod}},
		{question: "For the rent collection portal, is each new account requested by a manager and authorised before it is provisioned?", report: ReportBoth, without: []string{sod}},
		{question: "Do your operators need a hardware token when they log in to the payments system that releases our vendor payments?", report: ReportBoth, first: acc, without: []string{sod}},
		{question: "Is staff access to the claims payment application requested through a ticket and approved by the claims manager?", report: ReportBoth, first: acc, without: []string{sod}},
		// Near misses: people doing two steps of the process are still kept apart.
		{question: "Can the user who creates a payee also approve payments to it?", report: ReportSOC1, first: sod},
		{question: "Is the clerk who logs incoming cheques prevented from also posting them to the ledger?", report: ReportSOC1, first: sod},
		{question: "Can the person who requests a refund also approve it?", report: ReportSOC1, with: []string{sod}},
	})
}
