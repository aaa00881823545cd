package triage

import "testing"

// A credit, unapplied, unreconciled, suspense or unclaimed balance that is aged,
// worked, researched, investigated, resolved or cleared is an open item of the
// reconciliation (SOC 1). Tickets aged and worked, or a balance shown in an app,
// are no money control.
func TestBalancesWorkedAreReconciliation(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Are credit balances on customer accounts aged and resolved each month?",
			report: "soc1", first: "reconciliation"},
		{question: "Unclaimed balances over a year old: researched and resolved?",
			report: "soc1", first: "reconciliation"},
		{question: "Credit balances left on closed loan accounts - investigated and cleared how often?",
			report: "soc1", first: "reconciliation"},
		{question: "Are credit balances on member accounts worked within 45 days?",
			report: "soc1", first: "reconciliation"},
		{question: "Customer credit balances are aged every month: who investigates them and clears them?",
			report: "soc1", first: "reconciliation"},
		// Near misses: other things aged, a balance shown.
		{question: "Are aged tickets in the service desk queue worked and resolved within 60 days?",
			report: "none"},
		{question: "How is account balance shown to users in the mobile app?",
			report: "none"},
		{question: "Are unapplied cash balances researched and cleared within 30 days?",
			report: "soc1", first: "reconciliation"},
	})
}
