package triage

import "testing"

// A change that people submit or key in (a pay change sent by the client's HR team,
// a rate change entered on the lending system) is a change of money data, not a
// change to the application: SOC 1 alone. Splits, mergers and spin-offs named as
// corporate actions are events booked to a holding, not a change in the business
// whose risk must be assessed. A change to the application's code, or a merger of
// the respondent itself, keeps its reading.
func TestDataChangesAreNotSoftwareChanges(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "How do you make sure every salary change submitted through our HR portal lands in the right payroll period?",
			report: "soc1", without: []string{"change_financial"}},
		{question: "Are fee changes keyed into the loan servicing system checked against the signed approval before they take effect?",
			report: "soc1", without: []string{"change_financial"}},
		{question: "Mergers, spin-offs and stock splits announced as corporate actions: how are they booked correctly to each client portfolio?",
			report: "soc1", without: []string{"change_financial"}},
		// Near misses: the application changed, or the respondent's own merger.
		{question: "Are code changes to the payroll system approved and tested before they are deployed?",
			report: "both", first: "change_financial"},
		{question: "How do you assess the risk to your controls after a merger or an acquisition of your company?",
			report: "soc2"},
	})
}
