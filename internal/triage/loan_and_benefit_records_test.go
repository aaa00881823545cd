package triage

import "testing"

// Loan, mortgage and claims files handed over and loaded (a servicing transfer, a
// portfolio boarded, a claims or benefits enrolment feed) are financial interfaces,
// and reconciliations of benefit eligibility, escrow or loan balances are financial
// reconciliations: SOC 1 alone. Files of other records, the same files encrypted in
// transit, and accounts reconciled against a staff list keep their SOC 2 verdicts.
func TestLoanAndBenefitRecordsChecked(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "When a mortgage book is transferred to you from the prior servicer, how do you confirm every loan on the tape was loaded?",
			report: "soc1", areas: []string{"interfaces"}},
		{q: "Is the monthly premium file from the carrier checked for completeness before it is imported?",
			report: "soc1", areas: []string{"interfaces"}},
		{q: "How do you confirm the benefits enrolment feed from our HR platform arrives complete?",
			report: "soc1", areas: []string{"interfaces"}},
		{q: "Is the benefits enrolment reconciliation against each carrier reviewed, and are breaks cleared?",
			report: "soc1", areas: []string{"reconciliation"}},
		{q: "Are escrow reconciliations signed off by a supervisor each month?",
			report: "soc1", areas: []string{"reconciliation"}},
		// Near-misses: other records, encryption, accounts against a staff list.
		{q: "How do you confirm the product catalogue file we upload is loaded completely?", report: "soc2", areas: none},
		{q: "Is the loan file transfer encrypted in transit?", report: "soc2", areas: none},
		{q: "Are user accounts reconciled against HR records every quarter?", report: "soc2", areas: none},
	})
}
