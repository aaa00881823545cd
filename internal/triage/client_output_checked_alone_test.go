package triage

import "testing"

// A report, summary, register, advice or tax form (W-2, 1099, 1095) the service
// produces for the client, checked for accuracy before it goes out, is financial
// reporting alone: the accuracy words are the output's, not those of the
// transactions it lists, so they add no transaction_processing. Tax forms join the
// documents such a check is asked of. A process asked beside the output, or the
// accuracy of the calculation itself, keeps transaction_processing. The questions are
// written for this test, apart from the evaluation sets.
func TestClientOutputCheckedAlone(t *testing.T) {
	t.Parallel()
	fr := []string{"financial_reporting"}
	checkClass(t, []classCase{
		{q: "Are the claims payment registers you produce reviewed for accuracy before you send them?", report: "soc1", areas: fr},
		{q: "Are the remittance advices you generate after each payment run reviewed for errors before they go out?", report: "soc1", areas: fr},
		{q: "The loan payment summaries you prepare for us each month: are they checked for accuracy before they are sent?", report: "soc1", areas: fr},
		{q: "Are the W-2s you produce for our staff reviewed for accuracy before they are issued?", report: "soc1", areas: fr},
		{q: "The 1095 forms you generate for our employees: are they checked for errors before filing?", report: "soc1", areas: fr},
		{q: "Are the premium billing summaries you send us each month checked for completeness before release?", report: "soc1", areas: fr},
		// Near misses: the calculation's accuracy, a process asked beside the output.
		{q: "Are payroll calculations checked for accuracy before payments are sent?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "How do you ensure rebates are paid at the contracted percentage, and that the rebate reports you send us are accurate?", report: "soc1", areas: []string{"transaction_processing", "financial_reporting"}},
	})
}
