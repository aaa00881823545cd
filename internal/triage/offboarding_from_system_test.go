package triage

import "testing"

// Offboarding from a system whose name holds a party word ("the customer portal",
// "the client database"), or offboarding of users, staff, contractors or accounts, is
// the removal of access (CC6.3, the guide's deprovisioning on termination); offboarding
// a customer at the end of its contract, with its data returned or deleted, is the
// disposal of confidential data (C1.2). The questions are written for this test,
// apart from the evaluation sets.
func TestOffboardingFromASystem(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is offboarding from the customer portal completed within 24 hours?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "Is offboarding from the client database completed within a day?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "How quickly is offboarding from the tenant console finished?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "Is account offboarding from the customer database tracked to completion?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "Is offboarding of contractors from the customer environment completed promptly?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "Is user offboarding from the client portal automated?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "Are staff offboarded from the customer CRM within one business day?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "Is employee offboarding from client systems completed the same day?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		{q: "Is offboarding from the partner extranet done within 48 hours?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		// Near misses: offboarding a customer, and offboarding with no party word.
		{q: "Is customer offboarding completed within 30 days of contract end?", report: "soc2", first: "C1.2"},
		{q: "How is client offboarding handled, including return and deletion of our data?", report: "soc2", first: "C1.2"},
		{q: "Describe your customer offboarding process at termination.", report: "soc2", first: "C1.2"},
		{q: "Is offboarding of users completed within one business day?", report: "soc2", first: "CC6.3"},
		{q: "Is staff offboarding completed within 24 hours of termination?", report: "soc2", first: "CC6.3"},
	})
}
