package triage

import "testing"

// Interface controls (controls, checks or edits over an interface or integration)
// between a money system and a ledger, ERP or bank are the interfaces control
// objective, also when the question asks for a report on them by design only. A
// report asked for by itself over a money system carries no area.
func TestInterfaceControlsAreTheObjective(t *testing.T) {
	t.Parallel()
	ifc := []string{"interfaces"}
	checkClass(t, []classCase{
		{q: "Do you have interface controls over the payroll-to-GL feed?", report: "soc1", areas: ifc},
		{q: "A design-only report on the interface controls between your billing engine and our ERP would be enough.",
			report: "soc1", typ: "type1", areas: ifc},
		{q: "What integration checks run on the claims file before it is loaded to our general ledger?", report: "soc1", areas: ifc},
		// Near miss: the report alone.
		{q: "Please send your SOC 1 for the claims platform.", report: "soc1", areas: []string{}},
	})
}
