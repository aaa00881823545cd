package triage

import (
	"slices"
	"testing"
)

// TestITGCSystemWords: journals, gifts and net asset values name financial systems
// as the payroll or the billing system do, and so do card processing hosts and a
// hosted general ledger; the capacity of such a system is its operation. An IT
// general control over any of them is both reports with the matching area. The same
// controls over other systems, or a key rotated for a journal app (no access, change
// or operations control), stay SOC 2.
func TestITGCSystemWords(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		name, question, report, area string
	}{
		{"capacity of an invoicing platform", "Does the invoicing platform have the capacity to handle month-end peaks?", ReportBoth, "operations_financial"},
		{"capacity of a billing system", "Is there spare capacity in the billing system for the annual renewal run?", ReportBoth, "operations_financial"},
		{"access to a gift application", "How often are access rights in the gift entry application reviewed?", ReportBoth, "access_financial"},
		{"access to journal screens", "Who reviews access rights to the journal entry screens each quarter?", ReportBoth, "access_financial"},
		{"access to a NAV tool", "Are user access rights for the NAV calculation tool recertified annually?", ReportBoth, "access_financial"},
		// A card or merchant processing host or server, and a hosted general ledger or
		// its journal feed, are financial systems too.
		{"access to card processing servers", "Is administrator access to the card processing servers limited to named engineers?", ReportBoth, "access_financial"},
		{"logons to merchant processing hosts", "Who can log on to the merchant processing hosts, and is that list reviewed?", ReportBoth, "access_financial"},
		{"log of a hosted ledger", "Are edits in the hosted GL recorded in an audit log with the user's ID?", ReportBoth, "access_financial"},
		// Near misses: no financial system, or no IT general control.
		{"access to web servers", "Is administrator access to the web servers limited to named engineers?", ReportSOC2, ""},
		{"capacity of a web tier", "Is capacity of the web tier monitored?", ReportSOC2, ""},
		{"access to a CRM", "Are access rights to the marketing CRM reviewed quarterly?", ReportSOC2, ""},
		{"keys of a journal app", "Are the API keys of the journal app rotated every ninety days?", ReportSOC2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s", v.Report, tc.report)
			}
			if tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area) {
				t.Errorf("areas %v, want %s among them", v.SOC1Areas, tc.area)
			}
			if tc.area == "" && len(v.SOC1Areas) != 0 {
				t.Errorf("areas %v, want none", v.SOC1Areas)
			}
		})
	}
}
