package triage

import (
	"slices"
	"testing"
)

// Words with two senses in questionnaires: the sense decides the criterion. Each row
// names a criterion the question must get (want) and one it must not (not); the
// near-misses keep the other sense.
func TestWordSenses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		sense, question string
		report          string
		want, not       string
	}{
		// Releasing money after approval is a payment step, not a software release.
		{"release money", "Is a refund released to the customer only once two managers approve it?", "soc1", "", "CC8.1"},
		{"release money", "Are supplier payments released after a second approval?", "soc1", "", "CC8.1"},
		{"release money", "Do outgoing wires get released only after callback and approval?", "soc1", "", "CC8.1"},
		{"release software", "Is each release approved by the product owner before it ships?", "soc2", "CC8.1", ""},
		{"release software", "Are emergency releases reviewed after the fact?", "soc2", "CC8.1", ""},
		// "switches" is network equipment only beside network words.
		{"switch verb", "When a member switches health plans, how is the premium deduction changed?", "", "", "CC6.6"},
		{"switch verb", "If a customer switches billing currency, who approves it?", "", "", "CC6.6"},
		{"switch noun", "Are core switches configured from a hardened baseline?", "soc2", "CC6.6", ""},
		{"switch noun", "Do you restrict management access to switches and firewalls?", "soc2", "CC6.6", ""},
	}
	for _, tc := range tests {
		t.Run(tc.sense+": "+tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if tc.report != "" && v.Report != tc.report {
				t.Errorf("report %s, want %s (evidence %+v)", v.Report, tc.report, v.Evidence)
			}
			if tc.want != "" && !slices.Contains(v.Criteria, tc.want) {
				t.Errorf("criteria %v, want %s (evidence %+v)", v.Criteria, tc.want, v.Evidence)
			}
			if tc.not != "" && slices.Contains(v.Criteria, tc.not) {
				t.Errorf("criteria %v, must not hold %s (evidence %+v)", v.Criteria, tc.not, v.Evidence)
			}
		})
	}
}
