package triage

import "testing"

// Bills, statements or notices a money run produces, asked to have reached the print,
// mailing or e-bill presentment vendor in full, and money records that arrive from
// an upstream system and must all be received, are the completeness of an interface
// of the money process: SOC 1 interfaces. "Vendor" there is the receiving end of the
// file, not a supplier whose security is assessed. Questions about the vendor's own
// security or reports keep their readings. The questions are written for this test,
// apart from the evaluation sets.
func TestOutputHandedToPrintVendor(t *testing.T) {
	t.Parallel()
	ifc := []string{"interfaces"}
	checkClass(t, []classCase{
		{q: "Were all of this month's utility bills passed to the printer vendor, and how do you know?", report: "soc1", areas: ifc},
		{q: "Are all e-bills generated each night transmitted to the presentment provider, and how is that confirmed?", report: "soc1", areas: ifc},
		{q: "How do you make sure each invoice from the run is sent to the mailing house?", report: "soc1", areas: ifc},
		{q: "Timesheets come in from our time-keeping system each day: how do you know every one of them made it into the payroll calculation?", report: "soc1", areas: ifc},
		{q: "Shipment records flow from our warehouse system to your freight billing platform: how do you make sure none go missing?", report: "soc1", areas: ifc},
		// Near misses: the vendor's own security and reports.
		{q: "How do you assess the security of your print vendor?", report: "soc2", areas: []string{}},
		{q: "Does the print vendor who mails our statements have a SOC 2 report?", report: "soc2", areas: []string{}},
	})
}
