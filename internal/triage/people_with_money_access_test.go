package triage

import "testing"

// Screening and training of people are SOC 2 control-environment subjects (CC1.4,
// CC2.2) even when the people are described by the money they can reach ("staff
// who have access to the payroll system") or the training's scenarios are money
// fraud ("fake requests to change a supplier's bank details"): the control asked is
// the screening or the training, not access to the system or the change of master
// data. Access to the system asked for itself, and the bank-detail change asked as
// a process, keep their readings. The questions are written for this test, apart
// from the evaluation sets.
func TestPeopleScreenedOrTrainedBesideMoneyWords(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Do you run criminal record checks on employees who can access the payroll system?", report: "soc2", areas: none, first: "CC1.4"},
		{q: "Are the people who have access to client bank accounts screened before hire?", report: "soc2", areas: none, first: "CC1.4"},
		{q: "Is credit and criminal screening done for staff that handle our payment files?", report: "soc2", areas: none, first: "CC1.4"},
		{q: "Are background checks repeated for users with access to the loan servicing platform?", report: "soc2", areas: none, first: "CC1.4"},
		{q: "Does the annual awareness training teach staff to spot payment fraud, such as a fake email asking to change a vendor's bank account?", report: "soc2", areas: none, crit: "CC2.2"},
		{q: "Is there phishing training on fraudulent requests to redirect payroll deposits?", report: "soc2", areas: none, crit: "CC2.2"},
		{q: "Does security awareness training cover fraud attempts like spoofed requests to update beneficiary bank details?", report: "soc2", areas: none, first: "CC2.2"},
		{q: "Are staff who can release wires trained to recognise phishing and payment fraud?", report: "soc2", areas: none, crit: "CC2.2"},
		// Near misses: access to the money system asked for itself, the change of
		// bank details asked as a process, a fraud risk assessment.
		{q: "Is access to the payroll system restricted to staff whose role needs it?", report: "both", areas: []string{"access_financial"}},
		{q: "Are users' access rights to the general ledger application reviewed each quarter?", report: "both", areas: []string{"access_financial"}},
		{q: "How do you verify requests to change supplier bank details before they are made?", report: "soc1", areas: []string{"master_data"}},
		{q: "Does your fraud risk assessment consider staff diverting client funds?", report: "soc2", areas: none, first: "CC3.3"},
	})
}
