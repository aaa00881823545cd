package triage

import "testing"

// A job, feed, extract or file of a money system that did not run, did not complete
// or was not sent ("the morning GL extract to our ledger never ran", "the payroll
// calculation job does not complete", "who monitors that the positive pay file was
// sent") is a failed job of that system: both reports, processing integrity (PI1.3)
// beside the SOC 1 operations objective, and the interface when what failed is a
// feed, extract or file. The questions are written for this test, apart from the
// evaluation sets.
func TestMoneyJobsAndFeedsNotRun(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How would you know the morning GL extract to our ledger never ran?", report: "both", areas: []string{"operations_financial", "interfaces"}, crit: "PI1.3"},
		{q: "If the end-of-day journal feed into our ERP does not go, how do you find out?", report: "both", areas: []string{"operations_financial", "interfaces"}, crit: "PI1.3"},
		{q: "Who monitors that the positive pay file was sent to the bank each day, and what happens if it is missed?", report: "both", areas: []string{"operations_financial", "interfaces"}, crit: "PI1.3"},
		{q: "What alerts fire if the overnight payroll calculation job does not complete?", report: "both", areas: []string{"operations_financial"}, crit: "PI1.3"},
		{q: "Is anyone alerted when the ACH upload to the bank wasn't sent by the cut-off?", report: "both", areas: []string{"operations_financial", "interfaces"}, crit: "PI1.3"},
		{q: "How do you know the claims payment batch never kicked off overnight?", report: "both", areas: []string{"operations_financial"}, crit: "PI1.3"},
		{q: "What tells your operators that the premium remittance file to the carrier has not been sent today?", report: "both", areas: []string{"operations_financial", "interfaces"}, crit: "PI1.3"},
		// Near misses: a file late from the client is the interface alone; who
		// approves a rerun is the SOC 1 process; a file protected in transit is no job.
		{q: "Cash receipt files from our bank: how do you check each one is received and posted to the ledger, and what happens if a file is late?", report: "soc1"},
		{q: "Who approves a rerun of the payroll job when it did not complete, and what stops it paying twice?", report: "soc1"},
		{q: "Is the payroll file to the bank encrypted in transit?", report: "both", crit: "CC6.7"},
		// A file never sent in the clear or by email says how files go, not that one
		// failed to go.
		{q: "Confirm payroll files are never sent over unencrypted channels.", report: "soc2", crit: "CC6.7", absent: "PI1.3"},
		{q: "Payroll files are not sent by email, correct?", report: "soc1", absent: "PI1.3"},
	})
}
