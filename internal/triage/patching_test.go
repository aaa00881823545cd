package triage

import "testing"

// Servers of a money system scanned for vulnerabilities and patched are vulnerability
// management (CC7.1): a security control tied to the money system, so both reports
// with operations_financial, not a change to the financial system: "patched" beside
// scanning or vulnerability words adds no change_financial. A change to the system itself, and code patches released to it,
// stay one. The questions are written for this test, apart from the evaluation sets.
func TestPatchingBesideScanning(t *testing.T) {
	t.Parallel()
	ops := []string{"operations_financial"}
	checkAreasAndFirst(t, []areasFirstCase{
		{"(a) How are freight charges on each bill of lading checked against the rate agreement? (b) Are the dispatch and invoicing hosts scanned for vulnerabilities and patched monthly?", "both", []string{"transaction_processing", "operations_financial"}, "CC7.1"},
		{"Is the claims payment server scanned for vulnerabilities and patched within 30 days?", "both", ops, "CC7.1"},
		{"Are the payroll servers patched within 14 days of a critical vulnerability being published?", "both", ops, "CC7.1"},
		{"Loan servicing hosts: how soon are CVEs rated critical patched?", "both", ops, "CC7.1"},
		// Near misses: a change to the money system itself stays one.
		{"Are code patches to the billing platform tested before release?", "both", []string{"change_financial"}, "CC8.1"},
		{"Are vulnerability scans run on the payroll servers, and are changes to the payroll application approved before deployment?", "both", []string{"change_financial"}, "CC8.1"},
		{"How are hotfixes to the premium billing system approved before they reach production?", "both", []string{"change_financial"}, "CC8.1"},
	})
}
