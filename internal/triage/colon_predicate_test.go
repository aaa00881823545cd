package triage

import (
	"slices"
	"strings"
	"testing"
)

// Spreadsheet cells that name a subject, then a colon, then only what is asked of
// it ("Backups: tested?", "User access to the CRM: reviewed quarterly?") ask what
// the full question asks ("Are backups tested?"): the verdict and the criteria
// must be the same for both forms.
func TestColonBeforeShortPredicate(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	subjects := []struct{ noun, verb string }{
		{"user access to %s", "is"},
		{"privileged accounts on %s", "are"},
		{"backups of %s", "are"},
		{"restores of %s", "are"},
		{"changes to %s", "are"},
		{"firewall rules for %s", "are"},
		{"encryption keys for %s", "are"},
		{"leaver accounts in %s", "are"},
		{"security logs from %s", "are"},
		{"the incident plan for %s", "is"},
	}
	predicates := []string{"reviewed quarterly", "tested", "approved", "rotated",
		"revoked within 24h", "monitored", "retained 1 year", "approved before release",
		"encrypted", "revoked on termination", "monitored 24x7"}
	systems := []string{"the CRM", "the payroll system", "the data warehouse"}
	for _, s := range subjects {
		for _, sys := range systems {
			noun := strings.Replace(s.noun, "%s", sys, 1)
			for _, p := range predicates {
				cell := strings.ToUpper(noun[:1]) + noun[1:] + ": " + p + "?"
				full := strings.ToUpper(s.verb[:1]) + s.verb[1:] + " " + noun + " " + p + "?"
				got, want := e.Classify(Question{Text: cell}), e.Classify(Question{Text: full})
				if got.Report != want.Report || !slices.Equal(got.Criteria, want.Criteria) {
					t.Errorf("%q: %s %v, but %q: %s %v", cell, got.Report, got.Criteria, full, want.Report, want.Criteria)
				}
			}
		}
	}

	// Headings, notes, prefixes and label-value cells whose part after the colon
	// is an answer, not a predicate, keep their own reading.
	near := []struct {
		text, report string
		criteria     []string
	}{
		{"Section 3: Access Control", "soc2", []string{"CC6.1"}},
		{"Note: we require a SOC 2", "soc2", nil},
		{"Frequency: annual", "none", nil},
		{"Q: Do you encrypt data at rest?", "soc2", []string{"CC6.1"}},
		{"Scope: payroll services", "soc1", nil},
		{"Owner: IT security team", "soc2", []string{"CC1.3"}},
		{"Last reviewed: March 2025", "none", nil},
		{"Status: reviewed quarterly", "none", nil},
		{"Backups: weekly", "soc2", []string{"A1.2"}},
	}
	for _, tc := range near {
		v := e.Classify(Question{Text: tc.text})
		if v.Report != tc.report || !slices.Equal(v.Criteria, tc.criteria) {
			t.Errorf("near miss %q: %s %v, want %s %v", tc.text, v.Report, v.Criteria, tc.report, tc.criteria)
		}
	}
}
