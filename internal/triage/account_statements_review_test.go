package triage

import "testing"

// TestAccountStatementsReviewed: account statements reviewed before they go out are
// a financial output checked (SOC 1), not an access review of accounts; user and
// privileged accounts reviewed stay access reviews (SOC 2, CC6.3).
func TestAccountStatementsReviewed(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		name, question, report string
	}{
		{"member statements", "Who reviews the monthly member account statements before they are mailed?", ReportSOC1},
		{"customer statements", "Is there a second-person review of customer account statements before release?", ReportSOC1},
		{"user accounts", "Are user accounts reviewed every quarter by the system owner?", ReportSOC2},
		{"privileged accounts", "Who reviews privileged accounts on the database servers?", ReportSOC2},
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
