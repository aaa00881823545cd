package triage

import "testing"

// Accounts, rights or permissions said to be reviewed, recertified or revalidated
// after them ("How often are privileged / admin accounts on the treasury system
// reviewed?") are an access review (CC6.3), as a review written before them is.
// Money accounts reviewed stay a money process. The questions are written for this
// test.
func TestAccountsReviewedAfterTheNoun(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How frequently are the DBA accounts of the claims database reviewed?", report: "both", first: "CC6.3"},
		{q: "Are service accounts reviewed each quarter?", report: "soc2", first: "CC6.3"},
		{q: "Are root and administrator accounts on the servers reviewed every quarter, and by whom?", report: "soc2", first: "CC6.3"},
		{q: "Are user rights in the HR system recertified every six months?", report: "soc2", first: "CC6.3"},
		// Near misses: money accounts reviewed, and privileged accounts asked about
		// for another control.
		{q: "How often are the escrow bank accounts reviewed and reconciled?", report: "soc1", absent: "CC6.3"},
		{q: "Are privileged accounts protected with MFA?", report: "soc2", first: "CC6.1"},
	})
}
