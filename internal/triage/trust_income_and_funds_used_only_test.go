package triage

import "testing"

// Income collected on trust assets and credited to beneficiaries, trust principal
// kept apart from income, and client money asked to be used only for the client's
// own purpose ("the money we wire into the funding account is used only for our
// plan's claims") are the safeguarding of client funds and trust accounting:
// custody, beside the posting where one is asked. Trust assets only valued, and a
// funding account only reconciled, do not name custody. The questions are written
// for this test, apart from the evaluation sets.
func TestTrustIncomeAndFundsUsedOnly(t *testing.T) {
	t.Parallel()
	ct := []string{"custody", "transaction_processing"}
	c := []string{"custody"}
	checkClass(t, []classCase{
		{q: "How is rental income from trust property recorded and credited to the beneficiaries?", report: "soc1", areas: ct},
		{q: "How is interest earned on trust assets allocated between income and principal beneficiaries?", report: "soc1", areas: ct},
		{q: "Is trust principal kept separate from income in your accounting?", report: "soc1", areas: c},
		{q: "How do you ensure the money we wire into the benefits funding account is used only for our members' claims?", report: "soc1", areas: c},
		{q: "Are the funds we deposit for payroll used solely for paying our employees?", report: "soc1", areas: c},
		{q: "How do you make sure money we prefund is applied only to our own tax payments?", report: "soc1", areas: c},
		// Near misses: trust assets valued, a funding account reconciled.
		{q: "Nightly pricing feed used to value trust assets - how do you confirm it loaded completely?", report: "soc1", areas: []string{"interfaces"}},
		{q: "Are the funds in the claims account reconciled monthly?", report: "soc1", areas: []string{"reconciliation"}},
	})
}
