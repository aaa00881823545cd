package triage

import "testing"

// A claim checked against the coverage, eligibility, deductibles or benefit limits of
// the policy or plan it is made under is claims adjudication, a SOC 1 transaction
// control: "coverage limits" there are the member's, not the respondent's insurance,
// and ask for no insurance certificate. The respondent's own cover keeps its reading.
// The questions are written for this test, apart from the evaluation sets.
func TestClaimsCheckedAgainstCoverage(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Are submitted claims validated against the coverage limits of the member's plan before payment?", report: "soc1", areas: tp, arts: none},
		{q: "Is each claim matched against the insured's coverage and deductible before it is paid?", report: "soc1", areas: tp, arts: none},
		{q: "How are claims tested against plan eligibility, coverage and benefit maximums before a cheque is cut?", report: "soc1", areas: tp, arts: none},
		{q: "Are annual benefit caps and the policy's coverage limits enforced on every claim before payment?", report: "soc1", areas: tp, arts: none},
		{q: "How do you make sure a claim is not paid beyond the policy's coverage limits?", report: "soc1", areas: tp, arts: none},
		{q: "Do you check eligibility and coverage before paying a medical claim?", report: "soc1", areas: tp, arts: none},
		// Near misses: the respondent's own insurance.
		{q: "What are the coverage limits of your cyber liability insurance?", report: "none", arts: []string{"insurance_certificate"}},
		{q: "Please provide a certificate of insurance showing your E&O coverage limits.", report: "none", arts: []string{"insurance_certificate"}},
		{q: "Does your insurance coverage include breach notification costs?", report: "none", arts: []string{"insurance_certificate"}},
		{q: "Does your cyber policy's coverage limit apply per claim or in aggregate?", report: "none", arts: []string{"insurance_certificate"}},
	})
}
