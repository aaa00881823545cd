package triage

import "testing"

// A failure of a money batch asked about with a long name between the failure and
// the batch ("failures of the month-end premium earning and commission calculation
// batch detected and fixed", "the cash posting and fee accrual jobs finished without
// errors") is job monitoring over a money system: both reports with
// operations_financial, or SOC 1 alone through the asker's own ICFR reliance. The
// accuracy of the calculation itself, and who approves a rerun, stay the process.
// The questions are written for this test, apart from the evaluation sets.
func TestBatchFailuresFarFromTheirNoun(t *testing.T) {
	t.Parallel()
	ops := []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "How are failures of the month-end premium earning and commission calculation batch detected and fixed?", report: "both", areas: ops, first: "PI1.3"},
		{q: "Does anyone check that the overnight cash posting and fee accrual jobs finished without errors?", report: "both", areas: ops},
		{q: "How are abends of the nightly distribution accrual and unit pricing batch followed up?", report: "both", areas: ops},
		{q: "Failures of the end-of-day deposit interest and overdraft fee posting job: how are they identified and resolved?", report: "both", areas: ops},
		{q: "For our SOX work, how are failures of the weekly rent roll and late fee billing batch detected and handled?", report: "soc1", areas: []string{"operations_financial", "financial_reporting"}},
		// Near misses: the calculation's accuracy, a rerun's approval, a batch of
		// no money process.
		{q: "How are interest accrual calculations checked for accuracy?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Who approves a rerun of the payroll batch after a failure?", report: "soc1", areas: ops},
		{q: "Does anyone check that the overnight log rotation jobs finished without errors?", report: "soc2", areas: []string{}},
	})
}
