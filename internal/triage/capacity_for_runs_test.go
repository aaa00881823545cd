package triage

import "testing"

// Capacity planned or monitored so that a money system's runs finish in time or
// before a cut-off is the capacity of that system (A1.1, operations_financial): the
// run's deadline is the purpose of the capacity, not a run monitored for failures
// (PI1.3) nor a payment processed on time (transaction processing). Without the
// capacity words the deadline stays the processing's own.
func TestCapacityForRunsIsCapacity(t *testing.T) {
	t.Parallel()
	ops := []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Is capacity planned so the nightly payroll batch completes before the bank cut-off?",
			report: "both", areas: ops, cats: []string{"availability"}, crit: "A1.1"},
		{q: "Is server capacity on the invoicing platform monitored so month-end bill runs finish within the window?",
			report: "both", areas: ops, cats: []string{"availability"}, crit: "A1.1"},
		// Near misses: the processing's own deadline, and run failures monitored.
		{q: "How do you make sure payroll is processed before the bank cut-off time?",
			report: "soc1", areas: []string{"transaction_processing"}},
		{q: "How are failed or late jobs in the nightly claims payment run detected and escalated?",
			report: "both", areas: ops, crit: "PI1.3"},
	})
}
