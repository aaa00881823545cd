package triage

import "testing"

// A subledger written as one word is a ledger, as "sub-ledger" already was: its
// changes and access are IT general controls over a money system (both reports), and
// framed by the asker's SOX reliance they are SOC 1 with financial_reporting. Its
// reconciliation to the GL stays the reconciliation.
func TestSubledgerIsALedger(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Who can change the posting rules in the receivables subledger, and are those changes tested?",
			report: "both", areas: []string{"change_financial"}, crit: "CC8.1"},
		{q: "Our SOX auditors will rely on your change controls over the premium subledger. How are changes approved?",
			report: "soc1", areas: []string{"change_financial", "financial_reporting"}},
		{q: "Is the AR subledger reconciled to the GL monthly?", report: "soc1", areas: []string{"reconciliation"}},
	})
}
