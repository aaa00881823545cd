package triage

import "testing"

// A change, fix, patch or release made to the code of a money calculation (a pay,
// fee, interest or commission calculation, formula or engine) is a change to the
// system that computes the clients' money: both reports, the SOC 2 change criterion
// beside change_financial, also when no system noun is named and when the change is
// made outside the usual release cycle. The same change words over a calculation
// that handles no money stay SOC 2, a changed rate is standing data, and the asker's
// own SOX reliance keeps SOC 1 only. The questions are written for this test.
func TestChangeToMoneyCalculation(t *testing.T) {
	t.Parallel()
	change := []string{"change_financial"}
	checkClass(t, []classCase{
		{q: "What happens when a hotfix to the overtime calculation is applied outside the regular release window?", report: "both", areas: change, first: "CC8.1"},
		{q: "Is an urgent fix to the payroll calculation handled outside the usual change cycle, and reviewed later?", report: "both", areas: change, first: "CC8.1"},
		{q: "Are changes to the interest accrual formula tested and approved before deployment?", report: "both", areas: change, first: "CC8.1"},
		{q: "Who can deploy changes to the pension benefit calculation?", report: "both", areas: change, first: "CC8.1"},
		{q: "Is every patch to the fee engine tested before it is released?", report: "both", areas: change, crit: "CC8.1"},
		{q: "How do you control modifications to the late fee formula?", report: "both", areas: change, first: "CC8.1"},
		{q: "Is a change to the overtime pay calculation peer reviewed before it is promoted?", report: "both", areas: change, first: "CC8.1"},
		{q: "Who signs off updates to the commission computation before they go live?", report: "both", areas: change, first: "CC8.1"},
		// Near misses: the same change words over logic that computes no money, a
		// rate changed as standing data, and the asker's own SOX reliance.
		{q: "How are emergency fixes to the search ranking logic approved?", report: "soc2", areas: []string{}},
		{q: "Are changes to the product recommendation model tested before release?", report: "soc2", areas: []string{}},
		{q: "Is a patch to the spam filter scoring formula reviewed before release?", report: "soc2", areas: []string{}},
		{q: "Who approves a change to the interest rate on a customer's loan?", report: "soc1", areas: []string{"master_data"}},
		{q: "For our SOX testing, how are changes to the commission formula approved?", report: "soc1", areas: []string{"change_financial", "financial_reporting"}},
	})
}
