package triage

import "testing"

// A custodian or prime broker named as the other side of a reconciliation ("fund
// books vs. the custodian", "custodian reconciliations", "the custodian's balances
// and the fund's books … reconciled") is the record the service agrees its books
// to, not assets the service safeguards: reconciliation alone. Assets held or
// safeguarded for clients, asked beside the reconciliation, keep custody. The
// questions are written for this test, apart from the evaluation sets.
func TestCustodianAsReconciliationCounterparty(t *testing.T) {
	t.Parallel()
	rec := []string{"reconciliation"}
	both := []string{"custody", "reconciliation"}
	checkClass(t, []classCase{
		{q: "Fund ledger versus custodian: how often are cash balances reconciled?", report: "soc1", areas: rec},
		{q: "Custodian reconciliations for the funds we administer - how often, and who reviews the breaks?", report: "soc1", areas: rec},
		{q: "Holdings in our portfolio accounting system vs. the custodian bank: reconciled daily?", report: "soc1", areas: rec},
		{q: "The custodian's cash balances and the fund's books: how frequently are they reconciled and by whom?", report: "soc1", areas: rec},
		{q: "Is the custodian rec for each fund signed off by a reviewer?", report: "soc1", areas: rec},
		{q: "Fund accounting to custodian reconciliation - frequency and break resolution?", report: "soc1", areas: rec},
		{q: "How often do you reconcile the fund's cash and holdings to the custodian's statements?", report: "soc1", areas: rec},
		// Near misses: assets held or safeguarded for clients.
		{q: "Are client cash and securities held in segregated accounts, and are positions reconciled to the custodian daily?", report: "soc1", areas: both},
		{q: "How do you safeguard client securities held in custody, and are positions reconciled to the sub-custodian?", report: "soc1", areas: both},
		{q: "How often do you reconcile the positions you hold for us against the sub-custodian's records?", report: "soc1", areas: both},
	})
}
