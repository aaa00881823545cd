package triage

import "testing"

// A failed, aborted or broken run, load, import or refresh of data (a nightly
// analytics load, a daily extract) found and recovered is the monitoring of
// processing and its errors (PI1.3). A failed server, login, backup or deployment
// keeps its own criterion, and a failed payroll run stays a control over a money system.
func TestFailedDataLoad(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, tc := range []struct{ q, report, first string }{
		{"How do you detect and recover from a failed run of the nightly product-analytics data load?", "soc2", "PI1.3"},
		{"What happens when a failed import of the daily usage extract leaves the reporting warehouse half filled?", "soc2", "PI1.3"},
		{"Who is alerted when a broken load of the analytics warehouse stops the morning dashboards?", "soc2", "PI1.3"},
		{"How are aborted runs of the hourly ingestion pipeline found and restarted?", "soc2", "PI1.3"},
		// Near misses: other failures keep their reading.
		{"How do you recover from a failed server in the primary data centre?", "none", ""},
		{"What happens after five failed login attempts?", "soc2", "CC6.1"},
		{"What happens if a backup run fails overnight?", "soc2", "A1.2"},
		{"Describe what happens when a deployment fails in production.", "soc2", "CC8.1"},
		{"When the nightly payroll run fails, how are the missed payments made correctly?", "both", "PI1.3"},
	} {
		v := e.Classify(Question{Text: tc.q})
		first := ""
		if len(v.Criteria) > 0 {
			first = v.Criteria[0]
		}
		if v.Report != tc.report || first != tc.first {
			t.Errorf("%q: %s %v, want %s with %q first", tc.q, v.Report, v.Criteria, tc.report, tc.first)
		}
	}
}
