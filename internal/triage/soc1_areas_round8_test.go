package triage

import "testing"

// Areas a financial process asks about in its own industry's words: a feed named by
// the payments or billing it feeds, checked complete, is an interface; documents
// matched back to cleared payments are a reconciliation; the person who edits
// payees kept from also releasing payments is a split of duties; collateral or
// deposits held apart, reconciled and released only when due are custody and
// reconciliation; receipts opened by two people together are custody beside the split
// of posting and depositing. A fee schedule that is only the basis of a calculation is
// no master data change. The questions are written for this test, apart from the
// evaluation sets.
func TestAreasRoundEight(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkRequests(t, []requestCase{
		// A feed named by the payments it feeds, checked complete.
		{"How do you confirm the timekeeping-to-payroll feed is complete, with no dropped or doubled shifts, and that overtime is calculated correctly?", "soc1", "type2", []string{"interfaces", "transaction_processing"}, none, nil},
		// Documents matched back to cleared payments.
		{"Do you match the signed delivery receipts back to cleared payments each week?", "soc1", "type2", []string{"reconciliation"}, none, nil},
		// Kept from also releasing payments.
		{"Who may set up new payees in the benefits system, and is that person kept from also releasing claim payments?", "soc1", "type2", []string{"master_data", "segregation_of_duties"}, none, nil},
		// Collateral held apart, reconciled, released when due.
		{"Is borrower collateral held in a separate trust ledger, reconciled to the bank each month, and released only once the loan is repaid?", "soc1", "type2", []string{"custody", "reconciliation"}, none, nil},
		// Receipts opened by two people, and the poster apart from the depositor.
		{"At the ticket office, are cash envelopes opened and counted by two people together, and is the clerk who posts sales someone other than the one who prepares the bank deposit?", "soc1", "type2", []string{"segregation_of_duties", "custody"}, none, nil},
		// Near misses: a fee schedule applied, rate tables changed, a security log.
		{"Describe how freight invoices are calculated according to the carrier's rate schedules, and how accuracy is checked.", "soc1", "type2", []string{"transaction_processing"}, none, nil},
		{"Who can change the carrier rate tables, and how are those changes approved?", "soc1", "type2", []string{"master_data"}, none, nil},
		{"Are administrator logins to the payroll system logged and reviewed?", "both", "type2", nil, nil, nil},
	})
}
