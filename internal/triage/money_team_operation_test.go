package triage

import "testing"

// A money team's "operation" named by its process ("your payment processing
// operation", "the benefits administration operation") is the business unit that
// runs the process, not IT operations: the question keeps the SOC 1 of the process
// it asks about. Jobs monitored, backups and recovery plans of the same process stay
// both reports.
func TestMoneyTeamOperation(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How are exceptions from the lockbox cleared in your payment processing operation?", report: "soc1"},
		{q: "What is your benefits administration operation's process for verifying a beneficiary change?", report: "soc1"},
		// Near misses: a money team's operation the rules already read as the
		// process, and the process's IT operations.
		{q: "Describe how unreconciled premium items are aged and cleared in your premium collection operation.", report: "soc1"},
		{q: "In your loan servicing operation, who approves payoff quotes before they are sent?", report: "soc1"},
		{q: "How are duplicate claims caught in your claims processing operation?", report: "soc1"},
		{q: "Are failed batch jobs in the payment processing platform monitored and rerun?", report: "both"},
		{q: "Is the claims processing system backed up nightly?", report: "both"},
		{q: "How is your payroll processing operation covered by your disaster recovery plan?", report: "both"},
		{q: "Are the payment processing operations monitored for failed jobs around the clock?", report: "both"},
	})
}
