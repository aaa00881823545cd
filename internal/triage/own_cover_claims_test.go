package triage

import "testing"

// Claims the company has made under its own insurance, named by its line (errors and
// omissions, professional indemnity or liability, cyber, crime, fidelity bond, D&O),
// are its loss history: a fact written in (none + custom_answer). The words of the
// line ("errors", "claim") are not a money process, so no SOC 1 reading. Cover asked
// about by its limits or carried, and claims processed for clients, keep their
// verdicts. The questions are written for this test, apart from the evaluation sets.
func TestClaimsOnOwnCoverLine(t *testing.T) {
	t.Parallel()
	loss := []string{"custom_answer"}
	cert := []string{"insurance_certificate"}
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Has your organisation ever made a claim on its errors and omissions cover?", report: "none", arts: loss},
		{q: "List any claims made on your errors & omissions insurance since 2020.", report: "none", arts: loss},
		{q: "Have any errors and omissions claims been filed against your company?", report: "none", arts: loss},
		{q: "Has the company filed a claim under its professional indemnity insurance?", report: "none", arts: loss},
		{q: "Has your firm made any claims against its D&O cover?", report: "none", arts: loss},
		{q: "Have there been any claims on your cyber insurance in the past three years?", report: "none", arts: loss},
		{q: "Have you ever claimed on your fidelity bond?", report: "none", arts: loss},
		{q: "Have you notified your professional liability insurer of any claims?", report: "none", arts: loss},
		{q: "Describe any losses claimed under your cyber policy.", report: "none", arts: loss},
		{q: "In the last five years, have you made a claim on your E&O policy for a billing mistake?", report: "none", arts: loss},
		// Near misses: cover carried or limited, claims processed for clients.
		{q: "Do you carry errors and omissions insurance?", report: "none", arts: cert},
		{q: "What is the limit of your E&O cover?", report: "none", arts: cert},
		{q: "Does your E&O policy cover claims arising from payroll errors?", report: "none", arts: cert},
		{q: "How are errors in claims processing corrected?", report: "soc1", areas: tp},
		{q: "Are errors and omissions in premium billing investigated?", report: "soc1", areas: tp},
		{q: "How do you ensure claims paid under the policy are accurate?", report: "soc1", areas: tp},
		{q: "How are professional liability claims adjudicated for our members?", report: "soc1", areas: tp},
	})
}
