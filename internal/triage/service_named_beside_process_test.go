package triage

import "testing"

// A financial service named only (the fallback rule financial_service: "payroll",
// "claims", nothing said of their control) beside a rule of another business process
// names what that process handles: registers delivered after a pay run are the report
// the client gets, not the pay run, so transaction processing is not kept for the
// service's name. A question about the processing itself keeps it.
func TestServiceNamedBesideAnotherProcess(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Payroll registers delivered to clients after each pay run: who reviews them first?",
			report: "soc1", areas: []string{"financial_reporting"}},
		{q: "Billing registers provided to us at month end: how are they reviewed?",
			report: "soc1", areas: []string{"financial_reporting"}},
		// Near miss: the pay run itself is asked about.
		{q: "How do you make sure each pay run is calculated correctly?",
			report: "soc1", areas: []string{"transaction_processing"}},
	})
}
