package triage

import (
	"slices"
	"testing"
)

// Four classes of wording, written for this test. Account lists reconciled or
// compared against HR, leaver or termination records are an access review (CC6.3),
// not processing integrity. Data fixes and scripts run directly against
// production data are changes (CC8.1). An NDA under which the asker requests or
// obtains a document is only how the document is sent, not a confidentiality
// control. Reviewing a provider's or vendor's own SOC report is vendor
// monitoring (CC9.2). Near misses keep their verdicts: a reconciliation of loaded records, a
// query log, access to a database, staff NDAs.
func TestPostRoundClasses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, pi, conf := CatSecurity, CatProcessingIntegrity, CatConfidentiality
	tests := []struct {
		question string
		cats     []string // exactly these categories
		crit     string   // among the first three criteria
		absent   string   // not among the criteria
	}{
		{"Are directory accounts compared with the HR leavers report every month?", []string{sec}, "CC6.3", "PI1.3"},
		{"Each quarter we reconcile the logins in every application against the personnel system.", []string{sec}, "CC6.3", "PI1.3"},
		{"Do you reconcile user lists in your ticketing and chat tools with the HR roster?", []string{sec}, "CC6.3", "PI1.3"},
		{"Are user accounts in the cloud console matched against terminated staff?", []string{sec}, "", "PI1.3"},
		{"Who approves data fixes applied to the live claims tables?", []string{sec}, "CC8.1", ""},
		{"Are SQL scripts executed against the production database reviewed by a second engineer?", []string{sec}, "CC8.1", ""},
		{"Describe how direct database updates by support staff are authorised.", []string{sec}, "CC8.1", ""},
		{"Has the SOC 2 audit been completed this year? If it has, we would like to obtain it under NDA.", []string{sec}, "", "C1.1"},
		{"Is your SOC 2 available under NDA, and how do we request it?", []string{sec}, "", "C1.1"},
		{"Do you evaluate your hosting partner's attestation reports annually?", []string{sec}, "CC9.2", ""},
		{"We rely on a colocation firm. Do you review that vendor's SOC report every year?", []string{sec}, "CC9.2", ""},
		// Near misses.
		{"Do you review the SOC 2 reports of your customers?", []string{sec}, "", "CC9.2"},
		{"How do you reconcile records loaded from the HR feed against the source file?", []string{pi}, "PI1.3", ""},
		{"Are queries against the production database logged?", []string{sec}, "CC7.2", "CC8.1"},
		{"Is access to the production database restricted to DBAs?", []string{sec}, "CC6.1", "CC8.1"},
		{"Do contractors sign an NDA before they may see client files?", []string{conf}, "C1.1", ""},
		{"Is customer data disclosed to subcontractors only under NDA?", []string{conf}, "C1.1", ""},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		top := v.Criteria[:min(3, len(v.Criteria))]
		if !slices.Equal(v.Categories, tt.cats) {
			t.Errorf("%q: categories %v, want %v (criteria %v)", tt.question, v.Categories, tt.cats, v.Criteria)
		}
		if tt.crit != "" && !slices.Contains(top, tt.crit) {
			t.Errorf("%q: criteria %v, want %s among the first three", tt.question, v.Criteria, tt.crit)
		}
		if tt.absent != "" && slices.Contains(v.Criteria, tt.absent) {
			t.Errorf("%q: criteria %v, want no %s", tt.question, v.Criteria, tt.absent)
		}
	}
}
