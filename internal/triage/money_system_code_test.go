package triage

import "testing"

// The code of a money system (billing, payroll, claims, invoicing, ledger, servicing)
// that is changed, tested, merged, promoted or deployed, or that a change ticket is
// raised for, is program code: a change to a financial application (both,
// change_financial), not a billing code or tax code kept as standing data. Codes of a
// ledger or a charge list added, set up or approved stay master data. The questions
// are written for this test, apart from the evaluation sets.
func TestMoneySystemCodeIsSoftware(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Are changes to the billing code tested before release?", report: "both", first: "change_financial", without: []string{"master_data"}},
		{question: "Who approves changes to the payroll code before they are deployed?", report: "both", first: "change_financial"},
		{question: "Is the claims code reviewed by a second developer before it is promoted to production?", report: "both", with: []string{"change_financial"}},
		{question: "How are edits to the invoicing code tested?", report: "both", first: "change_financial"},
		{question: "Is new billing code merged only after review?", report: "both", first: "change_financial"},
		{question: "Are modifications to the loan servicing code tested before deployment?", report: "both", first: "change_financial"},
		{question: "Can a developer push changes to the billing code straight to production?", report: "both", with: []string{"change_financial", "segregation_of_duties"}, without: []string{"master_data"}},
		{question: "How are fixes to the ledger code tested and released?", report: "both", first: "change_financial"},
		{question: "Change tickets for the billing code: who approves them?", report: "both", first: "change_financial", without: []string{"master_data"}},
		// Near misses: codes kept as standing data.
		{question: "Who can add a new billing code?", report: "soc1", first: "master_data"},
		{question: "How are changes to CPT codes in the chargemaster approved?", report: "soc1", first: "master_data"},
		{question: "Who approves changes to tax codes in the payroll system?", report: "soc1", first: "master_data"},
		{question: "Are deduction codes set up by one person and checked by another?", report: "soc1", with: []string{"master_data"}},
		{question: "Are changes to the billing platform tested before release?", report: "both", first: "change_financial"},
	})
}
