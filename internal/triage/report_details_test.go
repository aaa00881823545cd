package triage

import (
	"slices"
	"testing"
)

// A question about a report's details (the dates of its period, how recent the asker
// wants it) asks for no bridge letter; the gap since the period ended does. A list
// question whose named standards have their own certificate or report is answered by
// those documents, not by a written answer beside them; a document or fact word in
// passing (a policy broken, a register kept) gives none. The questions are written for
// this test, apart from the evaluation sets.
func TestReportDetailsAndStandardLists(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question  string
		report    string
		artifacts []string // exactly these artifacts
	}{
		{"Start and end dates of the review period covered by your latest SOC 2:", "soc2", nil},
		{"We accept a SOC 2 Type 2 issued within the past year.", "soc2", nil},
		{"Date your current SOC 1 review period closed", "soc1", nil},
		{"Does the SOC 2 cover a review period of twelve months?", "soc2", nil},
		{"Our policy: the audit report may be no older than twelve months.", "soc2", nil},
		{"If your audit period has not yet ended, can you share a Type 1 report on the design of controls?", "soc2", nil},
		// Near misses: the time since the period ended.
		{"Your SOC 2 period ended in February; what covers the months since?", "soc2", []string{"bridge_letter"}},
		{"What happens if the SOC 1 report is older than six months when we sign?", "soc1", []string{"bridge_letter"}},
		// Standards named with their own documents.
		{"Select the standards you are certified against: ISO 27001, PCI DSS.", "none", []string{"iso27001_certificate", "pci_aoc"}},
		{"Which frameworks are you audited against (SOC 2, ISO 27001)?", "soc2", []string{"iso27001_certificate"}},
		// Near misses: no standard named, or one without a document of its own.
		{"Which security frameworks is your programme aligned with?", "none", []string{"custom_answer"}},
		{"Name the standards your organisation adheres to.", "none", []string{"custom_answer"}},
		// A document or fact word in passing: the policy broken, the register kept, the
		// vendor's own auditor.
		{"Are staff who breach the privacy policy subject to disciplinary action?", "soc2", nil},
		{"Is a register kept of where confidential data is stored, with data flow diagrams?", "soc2", nil},
		{"Has your financial statement auditor issued a going-concern warning?", "none", []string{"financial_statements"}},
		{"Where is our data stored?", "none", []string{"custom_answer"}},
		{"Please send a link to your privacy policy.", "none", []string{"privacy_policy"}},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (artifacts %v, evidence %+v)", v.Report, tc.report, v.Artifacts, v.Evidence)
			}
			got := slices.Sorted(slices.Values(v.Artifacts))
			if !slices.Equal(got, slices.Sorted(slices.Values(tc.artifacts))) {
				t.Errorf("artifacts %v, want %v (evidence %+v)", v.Artifacts, tc.artifacts, v.Evidence)
			}
		})
	}
}
