package triage

import "testing"

// The controls a service expects its customers to run (complementary user entity
// controls) asked with no report named and no money process: the service tells its
// customers their share of the controls, SOC 2 CC2.3, like a shared responsibility
// model. Beside a money process or the asker's financial reliance they are the SOC 1's;
// beside a named report they are that report's content; reviewing a supplier's CUECs
// is vendor management; a title that names them and asks nothing is a heading. The questions are written for this test.
func TestUserEntityControlsNoReportNamed(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "What controls do you expect us to have in place on our side?", report: "soc2", cats: sec, first: "CC2.3"},
		{q: "List the user entity controls we are responsible for.", report: "soc2", cats: sec, first: "CC2.3"},
		{q: "Which controls are we expected to operate as your customer?", report: "soc2", cats: sec, first: "CC2.3"},
		{q: "Please list the complementary user entity controls.", report: "soc2", cats: sec, first: "CC2.3"},
		{q: "What are our responsibilities as a user entity for the controls to work?", report: "soc2", cats: sec, first: "CC2.3"},
		{q: "What user control considerations should we be aware of?", report: "soc2", cats: sec, first: "CC2.3"},
		{q: "Which CUECs must we operate?", report: "soc2", cats: sec, first: "CC2.3"},
		{q: "Are there controls on the client side that your service depends on?", report: "soc2", cats: sec, first: "CC2.3"},
		// Money process or financial reliance: SOC 1.
		{q: "What complementary user entity controls apply to our payroll service?", report: "soc1", absent: "CC2.3"},
		{q: "Which user entity controls relate to the billing system?", report: "soc1", absent: "CC2.3"},
		{q: "List the complementary user entity controls we must operate so that our auditors can rely on your report for our financial audit.", report: "soc1"},
		// A named report's content, a supplier's CUECs, the report's own controls.
		{q: "What controls does your SOC 1 expect us to have in place?", report: "soc1", absent: "CC2.3"},
		{q: "What user entity controls does your SOC 2 assume?", report: "soc2", absent: "CC2.3"},
		{q: "Do you review the complementary user entity controls in your subservice providers' SOC reports?", report: "soc2", first: "CC9.2", absent: "CC2.3"},
		{q: "Are your controls expected to operate effectively throughout the period?", report: "soc2", absent: "CC2.3"},
		// A title that names them and asks nothing is a heading.
		{q: "Complementary user entity controls", report: "none"},
	})
}
