package triage

import "testing"

// A non-disclosure agreement that staff or contractors sign is governance of the
// people who handle confidential data (C1.1), whatever money data they handle: the
// pay data, the bank details or the price lists are its example. A control over
// that data, or physical access to a cash room, keeps its reading; and the governance
// reading holds only when no other control is asked beside it.
func TestNDAsOverMoneyDataStaySOC2(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Do temporary staff in the payroll team sign NDAs covering salary data?",
			report: "soc2"},
		{question: "Are NDAs signed by the offshore team that keys vendor bank details?",
			report: "soc2"},
		{question: "Do staff who maintain the customer price lists sign NDAs first?",
			report: "soc2"},
		{question: "Are contractors who update payee records bound by signed NDAs?",
			report: "soc2"},
		{question: "Is an NDA signed by every clerk who can see the commission rate tables?",
			report: "soc2"},
		// Near misses: a control over the money data, a cash room entered.
		{question: "Who can change customer pricing data in the billing system?",
			report: "soc1", first: "master_data"},
		{question: "Are changes to vendor bank details approved by a second person?",
			report: "soc1", first: "master_data"},
		{question: "Do cleaners and other visitors sign NDAs before entering the cash counting room?",
			report: "both"},
		{question: "Is our SOC 1 report available to clients under NDA?",
			report: "soc1"},
	})
}
