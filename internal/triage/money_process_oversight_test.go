package triage

import "testing"

// A money process a SOC 1 rule names, asked with the words of its oversight (exceptions
// found in testing, a second reviewer's sign-off, remediation of a finding, the board's
// approval) is the SOC 1 control objective: the governance and monitoring rules that
// fire beside it (criteria of the CC1 and CC4 series) do not add a SOC 2. Access to,
// changes of or backup of the money system, or a SOC 2 category named, still make both
// or SOC 2.
func TestMoneyProcessOversight(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Were any exceptions identified in testing of the control that loan interest accruals are calculated and posted accurately, and how were they remediated?", report: "soc1"},
		{q: "Rent receipts get applied to the right tenant ledger: if the auditor found exceptions in that area last year, what has been corrected since?", report: "soc1"},
		{q: "Does a second person independently review the premium billing reconciliation each month before it is posted to the ledger?", report: "soc1"},
		{q: "Are employee benefit deductions calculated and remitted accurately, and were any exceptions noted when that control was tested?", report: "soc1"},
		{q: "Commission payouts to brokers: are they calculated accurately, and is there a periodic independent review of the calculation?", report: "soc1"},
		// Near misses: an IT control over the money system stays both.
		{q: "Are program changes to the loan servicing system tested and approved before release to production, and how are exceptions remediated?", report: "both"},
		{q: "Are backups of the payroll system tested for restore, and were any exceptions found in that testing?", report: "both"},
		{q: "Is access to the general ledger system reviewed quarterly, and how are exceptions remediated?", report: "both"},
		// Near misses: a SOC 2 report named, or oversight with no money process.
		{q: "In your SOC 2 report, were exceptions noted against the control that premium billing is calculated accurately?", report: "soc2"},
		{q: "Were any exceptions noted in the last internal audit of your security program, and how were they remediated?", report: "soc2"},
		{q: "Does the board oversee the information security program, and how often does it review it?", report: "soc2"},
	})
}
