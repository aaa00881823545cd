package triage

import "testing"

// A change in what a money calculation yields from one period to the next (a
// month-over-month change in an accrual, a large change in the interest calculation
// between periods) is a result to review, SOC 1 transaction processing, not a change
// made to the program; a change made to the calculation, its logic, formula or code
// stays both reports with change_financial. The questions are written for this test.
func TestChangeInMoneyResult(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	change := []string{"change_financial"}
	checkClass(t, []classCase{
		{q: "Is the month-over-month change in the bonus accrual calculation reviewed by finance?", report: "soc1", areas: tp},
		{q: "Who investigates large changes in the interest calculation between periods?", report: "soc1", areas: tp},
		{q: "Are period-over-period changes in the royalty calculation analysed?", report: "soc1", areas: tp},
		{q: "Is the change in the depreciation calculation each month checked for reasonableness?", report: "soc1", areas: tp},
		{q: "Are unusual changes in the rebate calculation investigated by finance?", report: "soc1", areas: tp},
		{q: "Do you look into sudden changes in the fee calculation from one quarter to the next?", report: "soc1", areas: tp},
		// Near misses: a change made to the calculation itself.
		{q: "Are changes to the commission calculation logic approved before release?", report: "both", areas: change},
		{q: "Who approves changes to the payroll calculation formula?", report: "both", areas: change},
		{q: "Are changes in the interest calculation code tested before deployment?", report: "both", areas: change},
		{q: "Is every change to the bonus calculation tested?", report: "both", areas: change},
		{q: "Are updates to the tax calculation reviewed before they go live?", report: "both", areas: change},
	})
}

// A change in a money result read over time (pension results year to year, billing
// totals against last month) is the result's review even when "results", "totals"
// or "amounts" name what moved and not the calculation; changes to the calculation's
// engine, code or rules stay change management.
func TestChangeInMoneyResultOverTime(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "How are changes in the pension calculation results from year to year reviewed?", report: "soc1", areas: tp},
		{q: "Are movements in the payroll totals from one month to the next reviewed and explained?", report: "soc1", areas: tp},
		{q: "How are changes in the actuarial valuation results from one year to the next explained?", report: "soc1", areas: tp},
		{q: "Are significant changes in the valuation results compared with the prior year investigated?", report: "soc1", areas: tp},
		{q: "Are fluctuations in commission payouts from quarter to quarter reviewed?", report: "soc1", areas: tp},
		{q: "Who looks at variances in the benefit amounts between valuations?", report: "soc1", areas: tp},
		{q: "Is the difference in calculated premiums against the previous period checked before invoices go out?", report: "soc1"},
		// Near misses: a change made to the calculation or to software.
		{q: "How are changes to the pension calculation engine approved?", report: "both", areas: []string{"change_financial"}},
		{q: "How are changes to the code approved?", report: "soc2", first: "CC8.1"},
		{q: "Are changes to the payroll calculation logic tested before release?", report: "both", areas: []string{"change_financial"}},
		{q: "How are changes to production reviewed from one release to the next?", report: "soc2", first: "CC8.1"},
		{q: "Are changes to the benefit calculation rules compared with last year's release before go-live?", report: "both", areas: []string{"change_financial"}},
	})
}
