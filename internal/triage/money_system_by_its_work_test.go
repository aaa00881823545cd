package triage

import "testing"

// A system named by the money it processes, calculates, posts or collects (a
// contribution processing system, a deposit posting application) is a money system,
// whatever the money is called, so IT controls over it are both reports. Near-misses:
// systems that process events or orders, which are no money.
func TestMoneySystemNamedByItsWork(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Infrastructure-as-code changes to the servers hosting the member contribution processing system: how are they approved?", report: "both", area: "change_financial"},
		{question: "Are patches to the deposit posting application approved before they go live?", report: "both", area: "change_financial"},
		{question: "Who can deploy to the chargeback processing platform?", report: "both", area: "change_financial"},
		{question: "Who has admin rights on the fee collection system?", report: "both", area: "access_financial"},
		// Near-misses: processing systems with no money in their name.
		{question: "Are changes to the event processing system approved?", report: "soc2", crit: "CC8.1"},
		{question: "Is access to the order processing platform reviewed?", report: "soc2", crit: "CC6.3"},
	})
}
