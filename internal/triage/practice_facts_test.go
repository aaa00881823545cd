package triage

import (
	"slices"
	"testing"
)

// A question about whether or how the vendor performs a control is a practice even
// when it also asks when it last did so, or names the data a control covers: a plan
// exercised in the last year is no history of incidents, and contact fields named as
// the data a restriction or encryption covers are no form field to fill in. Facts
// asked for themselves stay facts.
func TestPracticesAskedWithFactWords(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		text, report, criterion string
	}{
		{"Do you have a breach response playbook, and was it run as a tabletop in the last 12 months?", "soc2", "CC7.4"},
		{"Have your incident handling procedures been drilled with the on-call team in the last year?", "soc2", "CC7.4"},
		{"Staff names and phone numbers are kept in the on-call sheet; is access to the sheet restricted and reviewed?", "soc2", "CC6.3"},
		{"Patient name, email and phone appear in the export; is the export encrypted?", "soc2", "CC6.1"},
		// Facts.
		{"Have you suffered any security incidents in the past 12 months?", "none", ""},
		{"Has your company experienced a breach in the last year that required notifying regulators?", "none", ""},
		{"Name, email and phone number of your security officer.", "none", ""},
		{"What company/companies did you use for the three most recent penetration tests?", "none", ""},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.text})
		if v.Report != tc.report {
			t.Errorf("%q: report %s, want %s (evidence %v)", tc.text, v.Report, tc.report, v.Evidence)
			continue
		}
		if tc.criterion != "" && !slices.Contains(v.Criteria, tc.criterion) {
			t.Errorf("%q: criteria %v, want %s among them", tc.text, v.Criteria, tc.criterion)
		}
	}
}
