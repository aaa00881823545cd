package triage

import "testing"

// Tables of rates a money process reads (withholding, fare, premium, property-tax
// tables), the attributes of a fixed asset that drive depreciation (useful life,
// method, in-service date, salvage value) and the codes of a ledger (deduction,
// earnings, GL, cost-centre codes) are standing data: changing them is master data,
// and a code named among them is no program code. A change to the application
// itself, or a software release for new tables, keeps its change reading.
func TestStandingDataIsNotProgramCode(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "When the county property-tax tables are updated each spring, who keys the new rates into the escrow system and who compares them to the assessor's notice?",
			report: "soc1", first: "master_data"},
		{question: "Our depreciation schedules run in your fixed-asset ledger. If someone edits an asset's useful life or placed-in-service date, is that approved before the next month's run?",
			report: "soc1", first: "master_data"},
		{question: "The monthly journal you export from the payroll platform: how is it tied back to the register, and is every deduction code mapped to the right ledger account?",
			report: "soc1", without: []string{"change_financial"}},
		{question: "Premium rate tables for the new plan year get loaded into the billing platform - is there a check against the filed rates before the first invoices go out?",
			report: "soc1", first: "master_data"},
		{question: "Who can change the salvage value or depreciation method on an asset record in the ledger, and is there a review?",
			report: "soc1", first: "master_data"},
		{question: "Fare tables changed in March; who on your team entered the new fares into the ticketing revenue system and who verified them?",
			report: "soc1", first: "master_data"},
		{question: "For the toll billing platform, are GL account codes and cost center codes mapped correctly on each posting file?",
			report: "soc1", without: []string{"change_financial"}},
		// Near misses: the application or its code changed.
		{question: "Are code changes to the fixed-asset ledger tested before they are deployed to production?",
			report: "both", first: "change_financial"},
		{question: "How are changes to the payroll application's tax calculation logic tested and approved?",
			report: "both", first: "change_financial"},
		{question: "Is there a change advisory board for upgrades to the billing platform?",
			report: "both", first: "change_financial"},
		{question: "When the withholding tables change, does the payroll system get a software release, and is it tested before go-live?",
			report: "both", first: "change_financial"},
	})
}
