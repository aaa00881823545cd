package triage

import "testing"

// TestStatutoryPayrollWords: statutory deductions and contributions are amounts a
// payroll calculates (SOC 1), not legal and regulatory requirements tracked (SOC 2,
// CC3.1); statutory requirements and obligations stay the latter.
func TestStatutoryPayrollWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		name, question, report string
	}{
		{"deductions", "How do you make sure statutory deductions are calculated correctly in every pay run?", ReportSOC1},
		{"contributions", "Are employer statutory contributions computed and remitted on time?", ReportSOC1},
		{"requirements", "How do you track statutory and regulatory requirements that apply to the service?", ReportSOC2},
		{"obligations", "Are statutory obligations reviewed by legal each year?", ReportSOC2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Errorf("report %s, want %s (criteria %v)", v.Report, tc.report, v.Criteria)
			}
		})
	}
}
