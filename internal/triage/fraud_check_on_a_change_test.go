package triage

import "testing"

// Checking that one change or payment request is not fraud ("how do you verify the
// request is genuine and not fraudulent?") is part of the control over that change:
// a change of bank details stays master data, SOC 1 alone. Fraud considered in the
// risk assessment stays CC3.3.
func TestFraudCheckOnAChange(t *testing.T) {
	t.Parallel()
	md := []string{"master_data"}
	checkClass(t, []classCase{
		{q: "When a supplier asks to change its remit-to bank account, how do you verify the request is genuine and not fraudulent?",
			report: "soc1", areas: md},
		{q: "A payee changes their bank details by email: how do you confirm it is not a scam before the next payment run?",
			report: "soc1", areas: md},
		// Near misses: the risk assessment.
		{q: "Does your risk assessment consider the potential for fraud?", report: "soc2", crit: "CC3.3"},
		{q: "Do you perform a fraud risk assessment, and how do you make sure no fraud goes undetected?", report: "soc2", crit: "CC3.3"},
	})
}
