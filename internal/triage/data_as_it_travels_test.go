package triage

import "testing"

// "Protected while they travel to you", "kept safe as it travels over the internet":
// data in transit in plain words is CC6.7, and a money word naming what travels (the
// invoice files, the payroll data) does not make it a SOC 1 question. Laptops or
// staff protected while people travel are endpoint security, and travel expenses or
// travel insurance keep their own readings. The questions are written for this
// test, apart from the evaluation sets.
func TestDataAsItTravels(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "How are the invoice PDFs we upload protected while they travel to you?", report: ReportSOC2, first: "CC6.7", areas: none},
		{q: "Is our payroll data kept safe as it travels over the internet?", report: ReportSOC2, first: "CC6.7", areas: none},
		{q: "Are bank statements protected as they travel from our bank to your platform?", report: ReportSOC2, first: "CC6.7"},
		{q: "How do you secure customer records as they travel across public networks?", report: ReportSOC2, first: "CC6.7"},
		{q: "Are remittance files safeguarded whilst they travel to the bank?", report: ReportSOC2, first: "CC6.7", areas: none},
		// Near misses: people and devices travelling, travel as a money or insurance word.
		{q: "How do you protect laptops while staff travel?", report: ReportSOC2, first: "CC6.8", absent: "CC6.7"},
		{q: "How do you protect laptops and phones that staff take when they travel abroad?", report: ReportSOC2, absent: "CC6.7"},
		{q: "Are travel expense claims checked before they are reimbursed?", report: ReportSOC1},
		{q: "Is travel insurance provided for your consultants?", report: ReportNone, arts: []string{"insurance_certificate"}},
	})
}
