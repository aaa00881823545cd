package triage

import "testing"

// A file of readings, measurements or sensor data that the line says is not
// financial is processing integrity (SOC 2), not a SOC 1 interface, however it is
// sent: "not financial" and "non financial" read the word financial as ruled out.
// Files of pay, bank payments or billing stay the SOC 1 interface. The questions are
// written for this test, apart from the evaluation sets.
func TestFilesSaidNotFinancial(t *testing.T) {
	t.Parallel()
	pi := []string{"processing_integrity"}
	checkClass(t, []classCase{
		{q: "Every hour we push the readings of our weather stations by SFTP (not financial data). How do you make sure none of the lines are lost or doubled?", report: ReportSOC2, areas: []string{}, crit: "PI1.3"},
		{q: "The vibration sensor files we upload each night are non financial. How do you check nothing is dropped when they are loaded?", report: ReportSOC2, cats: pi, areas: []string{}, first: "PI1.3"},
		{q: "Our IoT meter files (not financial, only temperatures) arrive by SFTP: how do you verify all records are loaded and none duplicated?", report: ReportSOC2, areas: []string{}, crit: "PI1.3"},
		{q: "We transfer gauge measurement files to you daily, they are not financial. How do you know none of the rows are lost?", report: ReportSOC2, cats: pi, areas: []string{}, first: "PI1.3"},
		// Near misses: pay, bank and billing files, and a file said to be financial.
		{q: "We send you the payroll file by SFTP every night. How do you verify all the lines are loaded and nothing is lost?", report: ReportBoth, areas: []string{"interfaces"}},
		{q: "Bank files are sent to you daily by SFTP; how do you check no payment is lost or doubled?", report: ReportBoth, areas: []string{"interfaces"}},
		{q: "The billing usage file we send each night is financial, not just telemetry. How do you check nothing is lost?", report: ReportSOC1, areas: []string{"interfaces"}},
	})
}
