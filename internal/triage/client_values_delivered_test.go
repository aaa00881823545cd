package triage

import "testing"

// A value or a document the service delivers to its client (a NAV or unit price, a
// valuation, a pack, a remittance advice) is an output the client's books take:
// financial reporting. A share class or fund that the value is given for ("for each
// share class") names what it is struck for, not a change to the class's standing
// data. Setting up a class or changing its rates stays master data. Written for this
// test.
func TestClientValuesDeliveredAreReporting(t *testing.T) {
	t.Parallel()
	fr, md := "financial_reporting", "master_data"
	checkAreaCases(t, []areaCase{
		{question: "How do you check the NAV you send us every morning before our transfer agent prices units with it?", report: ReportSOC1, with: []string{fr}},
		{question: "Is the monthly valuation you deliver to us for every sub-fund reviewed before it is released?", report: ReportSOC1, with: []string{fr}, without: []string{md}},
		{question: "Who reviews the prices you provide us for each share class before we strike our NAV?", report: ReportSOC1, with: []string{fr}, without: []string{md}},
		{question: "The quarterly investor pack you supply to us: who checks the figures in it before it goes out?", report: ReportSOC1, with: []string{fr}},
		{question: "How is the daily NAV per share class checked for accuracy before you send it to the platforms?", report: ReportSOC1, without: []string{md}},
		{question: "What review do the NAVs you give us get before they are published for each class of units?", report: ReportSOC1, with: []string{fr}, without: []string{md}},
		{question: "Which checks make sure the performance figures you provide us for all share classes are correct?", report: ReportSOC1, with: []string{fr}, without: []string{md}},
		{question: "How do you make sure the NAV struck for each share class is accurate before you release it?", report: ReportSOC1, without: []string{md}},
		// Near misses: setting up or changing a share class is standing data.
		{question: "How is a new share class set up in the fund accounting system, and who approves the set-up?", report: ReportSOC1, with: []string{md}},
		{question: "Who signs off the fee schedule of a new share class before it is loaded?", report: ReportSOC1, with: []string{md}},
		{question: "When a fund launches a share class, who checks its fee and currency parameters are loaded correctly?", report: ReportSOC1, with: []string{md}},
	})
}
