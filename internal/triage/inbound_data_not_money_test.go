package triage

import "testing"

// Inbound or incoming files of lab results, clinical, imaging, sensor, telemetry or
// meter data are no money interface: checked against a specification, with rejected
// records followed up, they are processing integrity (SOC 2), while inbound
// eligibility, payment or bank files stay the SOC 1 interface. The questions are
// written for this test, apart from the evaluation sets.
func TestInboundDataNotMoney(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Are inbound lab result files checked against the agreed layout before they are accepted? What happens to rejected records?", report: ReportSOC2, areas: none, first: "PI1.2"},
		{q: "Inbound sensor data files from our plants: are they checked for missing fields before loading, and what happens to rejected records?", report: ReportSOC2, areas: none},
		{q: "Are incoming telemetry files validated against the schema? Where do rejected records go?", report: ReportSOC2, areas: none},
		{q: "Incoming imaging data from the clinics is checked on arrival; how are rejected records handled?", report: ReportSOC2, areas: none},
		// Near misses: money files.
		{q: "Are inbound eligibility files checked against the file specification before they are accepted? What happens to rejected records?", report: ReportSOC1, areas: []string{"interfaces"}},
		{q: "Are inbound payment files validated before posting, and what happens to rejected records?", report: ReportSOC1},
		{q: "Are incoming bank files checked for control totals before they are loaded?", report: ReportSOC1},
	})
}
