package triage

import "testing"

// Segregation of duties asked in a finance team's own words: the same person, by
// any role name, who sets something up and then releases or approves it; a single
// biller or clerk who does one thing and also another; duties divided between
// staff; one function kept separate from the staff who do another. Words inside
// such a question that would otherwise read as access or a software change (the
// analyst who changes a payout destination, the staff who can issue credits, the
// accounts payable team creating a vendor, journal entries prepared by staff) name
// the duties. A person who only logs in or a change approved stays where it was.
func TestDutiesInAFinanceTeamsWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Who sets up a new supplier in the vendor file, and may that same person authorise the first payment?",
			report: "soc1", with: []string{"segregation_of_duties", "master_data"}},
		{question: "Could the same cashier void a sale and also refund it?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Can one biller both raise a credit note and also write off what remains?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "How are duties split among the people who take in cheques, post them and reconcile the bank?",
			report: "soc1", with: []string{"segregation_of_duties"}},
		{question: "Are refunds kept apart from the staff who can post receipts?",
			report: "soc1", first: "segregation_of_duties", without: []string{"access_financial"}},
		{question: "May the operator who updates a merchant's settlement account also release that merchant's payout?",
			report: "soc1", first: "segregation_of_duties", without: []string{"access_financial", "change_financial"}},
		{question: "Can the same accountant on the accounts receivable team create a customer and approve its credit?",
			report: "soc1", first: "segregation_of_duties", without: []string{"access_financial"}},
		{question: "Are correcting journal entries prepared by staff reviewed by someone else before posting?",
			report: "soc1", with: []string{"segregation_of_duties"}},
		// Near misses: access to a payables system requested and approved, and a
		// visitor's entry to the building.
		{question: "How is staff access to the accounts payable application requested, approved and removed?",
			report: "both", first: "access_financial"},
		{question: "Is every entry of visitors and staff to the data centre logged?",
			report: "soc2"},
	})
}
