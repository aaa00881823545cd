package triage

import "testing"

// Which areas a question asks about, not more: a feed agreed to its sender's own totals
// is the interface's completeness, not a reconciliation; watching sign-ins on a
// financial portal is access, not its batch operations; who may create or edit
// batches of payments is access to the data, not a change to the system; money that
// sits in a clearing account apart from the firm's own is custody; a report carving
// out a custodian bank asks about the report; positions held in safekeeping and
// reconciled, or client ledgers that must equal the cash held, are custody and a
// reconciliation; the records an interface carries add no processing; a master file
// named beside incompatible duties is master data too; money released out of accounts
// held for clients under dual authorisation is custody and the split of duties, not
// processing accuracy. The questions are
// written for this test, apart from the evaluation sets.
func TestAreasRoundNinePrecision(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkRequests(t, []requestCase{
		// A feed checked against the sender's batch totals.
		{"Your system sends a nightly journal extract of membership dues into our NetSuite ledger. How do we know everything arrived and that it matches the batch totals on your side?", "soc1", "type2", []string{"interfaces"}, none, nil},
		// Near miss: agreed to another record, differences chased.
		{"The nightly journal extract you send into our ledger: is it agreed to the total of invoices billed that day, and who chases the differences?", "soc1", "type2", []string{"interfaces", "reconciliation"}, none, nil},
		// Sign-ins watched on a financial portal.
		{"Are sign-ins and privileged user activity on the claims payment portal monitored and alerted on?", "both", "type2", []string{"access_financial"}, none, nil},
		// Near miss: the batch jobs themselves watched.
		{"Are the overnight billing batch jobs monitored, and failures resolved before the business day starts?", "both", "type2", []string{"operations_financial"}, none, nil},
		// Who may create or edit batches of payments.
		{"Who is allowed to create or edit refund batches in the premium billing system?", "both", "type2", []string{"access_financial"}, none, nil},
		// Near miss: a change to the system's configuration.
		{"Who can change the configuration of the payment system, and how is that approved?", "both", "type2", []string{"change_financial"}, none, nil},
		// Money sitting in a clearing account, kept apart.
		{"Ticket sale proceeds sit in a clearing account in our name until the promoter is paid. How is that money protected and kept separate from your corporate funds?", "soc1", "type2", []string{"custody"}, none, nil},
		// Near miss: the clearing account reviewed and cleared.
		{"Is the clearing account reviewed monthly and are aged items cleared?", "soc1", "type2", []string{"reconciliation"}, none, nil},
		// A report's carve-out of an organisation named by its role.
		{"Does your SOC 1 report carve out the sub-custodian, or are its controls included?", "soc1", "type2", none, none, nil},
		// Positions held in safekeeping, reconciled.
		{"Describe the daily reconciliation of securities held in safekeeping against the depository's records, and how breaks are escalated.", "soc1", "type2", []string{"custody", "reconciliation"}, none, nil},
		// Near miss: holdings agreed to a custodian's statements only.
		{"Are investor holdings reconciled to the custodian's statements every day?", "soc1", "type2", []string{"reconciliation"}, none, nil},
		// Client ledgers that must equal the cash held for them.
		{"Tenant deposits are held in a trust account until move-out. How do you make sure the sum of the tenant ledgers equals the bank balance of that account?", "soc1", "type2", []string{"custody", "reconciliation"}, none, nil},
		// The records an interface carries.
		{"For SOX purposes, how do you make sure the feed of approved claims into our general ledger is complete and accurate?", "soc1", "type2", []string{"interfaces", "financial_reporting"}, none, nil},
		// Near miss: the calculation asked about beside the feed.
		{"How do you make sure the feed of payroll into our ledger is complete, and that net pay is calculated correctly?", "soc1", "type2", []string{"interfaces", "transaction_processing"}, none, nil},
		// A master file named beside the duties.
		{"Is the clerk who maintains the customer master file kept from also issuing credit notes?", "soc1", "type2", []string{"master_data", "segregation_of_duties"}, none, nil},
		// Near miss: a vendor named only as a duty.
		{"Can one AP clerk both add a vendor and release a payment run?", "soc1", "type2", []string{"segregation_of_duties"}, none, nil},
		// A release under dual control out of held money.
		{"Are wire transfers out of escrow accounts released only under dual control?", "soc1", "type2", []string{"custody", "segregation_of_duties"}, none, nil},
		// Near miss: no held money, and the amounts checked for accuracy too.
		{"Are wire releases subject to dual authorisation, and are the amounts checked against the payment instruction for accuracy?", "soc1", "type2", []string{"segregation_of_duties", "transaction_processing"}, none, nil},
	})
}
