package triage

import "testing"

// Standing data named in a business's own words: standard costs, comp plans, note
// rates and ARM terms of boarded loans, the percentages by which collections are
// distributed. A fee schedule loaded and compared to the signed agreement is checked
// standing data, not a commercial term to write down.
func TestStandingDataInBusinessWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Who approves standard cost changes before month-end costing runs?",
			report: "soc1", first: "master_data"},
		{question: "When comp plans are updated for the new fiscal year, who signs them off?",
			report: "soc1", first: "master_data"},
		{question: "How are allocation percentages between the funds updated when an ordinance changes?",
			report: "soc1", with: []string{"master_data"}},
		{question: "On transfer of servicing, are boarded balances, note rates and ARM terms checked against our tape?",
			report: "soc1", with: []string{"master_data", "interfaces"}},
		{question: "Program fee schedules are loaded by your team: is the set-up compared to the signed agreement by someone else?",
			report: "soc1", first: "master_data"},
		// Near misses: a price quote and a percentage of trained staff.
		{question: "What is your fee schedule for implementation services?",
			report: "none"},
		{question: "What percentage of changes are tested before release?",
			report: "soc2"},
	})
}
