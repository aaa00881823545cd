package triage

import (
	"slices"
	"testing"
)

// Payment, remittance or payroll files passed between the service and a bank or the
// client's ledger, protected in transit (SFTP, PGP, encrypted or signed), are the
// security of an interface that carries the client's transactions: both reports,
// CC6.7 with interfaces alone, the money words naming what the files carry. Files
// with no money in them stay SOC 2.
func TestMoneyFilesProtectedInTransit(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question, report string
		areas            []string
	}{
		{"Are the daily positive pay files to our bank sent over SFTP with PGP encryption?", ReportBoth, []string{"interfaces"}},
		{"Payroll direct deposit files transmitted to our bank: are they encrypted in transit?", ReportBoth, []string{"interfaces"}},
		{"Is the remittance file you post to our lockbox bank signed and sent over an encrypted channel?", ReportBoth, []string{"interfaces"}},
		// Near misses.
		{"Are files sent to our analytics vendor encrypted in transit?", ReportSOC2, nil},
		{"Is TLS 1.2 or higher used for all traffic to the web application?", ReportSOC2, nil},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		if v.Report != tt.report || !slices.Equal(v.SOC1Areas, append([]string{}, tt.areas...)) && !(len(tt.areas) == 0 && len(v.SOC1Areas) == 0) {
			t.Errorf("%q: %s %v, want %s %v", tt.question, v.Report, v.SOC1Areas, tt.report, tt.areas)
		}
		if tt.report == ReportBoth && !slices.Contains(v.Criteria, "CC6.7") {
			t.Errorf("%q: criteria %v, want CC6.7", tt.question, v.Criteria)
		}
	}
}
