package triage

import "testing"

// Beside an IT general control (access, change, operations) of a financial system,
// the process words that only name the system ("the trust accounting platform", "the
// claims adjudication database") add no area of the process; a backup or restore of
// the system adjudicates, posts or pays nothing. The process asked about in its own
// words keeps its area.
func TestSystemNamedBesideAnITControl(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Which users hold administrator rights on the escrow accounting platform, and is that list reviewed quarterly?",
			report: "both", first: "access_financial", without: []string{"custody"}},
		{question: "How often is the custody platform's database backed up, and is restoration tested?",
			report: "both", first: "operations_financial", without: []string{"custody"}},
		{question: "Are restores of the premium billing database tested at least yearly?",
			report: "both", first: "operations_financial", without: []string{"transaction_processing"}},
		{question: "The claims adjudication database, it is replicated to second site and the restore is tested?",
			report: "both", first: "operations_financial", without: []string{"transaction_processing"}},
		{question: "Privileged accounts in the custody application - how are they approved?",
			report: "both", first: "access_financial", without: []string{"custody"}},
		// Near misses: the process is asked about in its own words.
		{question: "If the overnight posting batch fails and is rerun, how do you stop transactions being posted twice?",
			report: "soc1", with: []string{"operations_financial", "transaction_processing"}},
		{question: "Are client funds held in the trust account reconciled daily, and who has access to the trust accounting system?",
			report: "both", with: []string{"custody", "reconciliation", "access_financial"}},
		{question: "Who has access to the payroll system, and are the payroll bank reconciliations reviewed by a manager each month?",
			report: "both", with: []string{"access_financial", "reconciliation"}},
		{question: "Is the loan servicing platform backed up nightly, and are escrow disbursements reconciled to the bank each day?",
			report: "both", with: []string{"operations_financial", "reconciliation"}},
	})
}
