package triage

import "testing"

// A DR plan, DR test or DR site of a money system is its recovery, an IT general
// control over it: both reports with operations_financial, as "disaster recovery"
// written out already was. A rent roll names a property ledger, so access to the
// rent roll system is access to a money system. "Dr" beside "Cr" is a debit, not
// disaster recovery, and a DR plan with no money system stays SOC 2.
func TestRecoveryWordsOverMoneySystems(t *testing.T) {
	t.Parallel()
	ops := []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Is the DR plan for the claims adjudication platform tested every year?", report: "both", areas: ops, crit: "A1.3"},
		{q: "Where is the DR site for the loan servicing system, and when was failover last run?", report: "both", areas: ops},
		{q: "Is user access to the rent roll system recertified quarterly?", report: "both", areas: []string{"access_financial"}, crit: "CC6.3"},
		{q: "Are journal entries checked so that Dr and Cr totals agree?", report: "soc1"},
		// Near miss: no money system.
		{q: "Is there a DR plan, and is it tested annually?", report: "soc2", areas: []string{}, crit: "A1.3"},
	})
}
