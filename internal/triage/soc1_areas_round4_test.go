package triage

import "testing"

// Beside an IT general control (access, change, operations) of a financial system,
// the process words that only name the system ("the trust accounting platform", "the
// claims adjudication database") add no area of the process; a backup or restore of
// the system adjudicates, posts or pays nothing. The process asked about in its own
// words keeps its area.
func TestSystemNamedBesideAnITControl(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Which users hold administrator rights on the escrow accounting platform, and is that list reviewed quarterly?",
			report: "both", first: "access_financial", without: []string{"custody"}},
		{question: "How often is the custody platform's database backed up, and is restoration tested?",
			report: "both", first: "operations_financial", without: []string{"custody"}},
		{question: "Are restores of the premium billing database tested at least yearly?",
			report: "both", first: "operations_financial", without: []string{"transaction_processing"}},
		{question: "The claims adjudication database, it is replicated to second site and the restore is tested?",
			report: "both", first: "operations_financial", without: []string{"transaction_processing"}},
		{question: "Privileged accounts in the custody application - how are they approved?",
			report: "both", first: "access_financial", without: []string{"custody"}},
		// Near misses: the process is asked about in its own words.
		{question: "If the overnight posting batch fails and is rerun, how do you stop transactions being posted twice?",
			report: "soc1", with: []string{"operations_financial", "transaction_processing"}},
		{question: "Are client funds held in the trust account reconciled daily, and who has access to the trust accounting system?",
			report: "both", with: []string{"custody", "reconciliation", "access_financial"}},
		{question: "Who has access to the payroll system, and are the payroll bank reconciliations reviewed by a manager each month?",
			report: "both", with: []string{"access_financial", "reconciliation"}},
		{question: "Is the loan servicing platform backed up nightly, and are escrow disbursements reconciled to the bank each day?",
			report: "both", with: []string{"operations_financial", "reconciliation"}},
	})
}

// Who holds the rights, privileges or permissions that let them change something in
// a financial system, or who is able or allowed to change it, is access to the
// system; how changes to it are approved and tested is change management. For
// standing data (fees, rates, bank details) being allowed to change it is how the
// change is authorised: master data.
func TestRightsToChangeAreAccess(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Which of your engineers have permissions to modify invoice amounts in the billing platform, and when was that list last recertified?",
			report: "both", first: "access_financial", without: []string{"change_financial"}},
		{question: "Claims system: list the roles whose entitlements allow them to alter a payment amount after approval.",
			report: "both", first: "access_financial", without: []string{"change_financial"}},
		{question: "Who is permitted to edit vendor invoices once they are in the accounts payable system?",
			report: "both", first: "access_financial", without: []string{"change_financial"}},
		{question: "Is any DBA able to update loan balances directly in the servicing database, bypassing the application?",
			report: "both", first: "access_financial", without: []string{"change_financial"}},
		{question: "General ledger - admin rights to change posting rules: who has them?",
			report: "both", first: "access_financial", without: []string{"change_financial"}},
		{question: "Which persons have the privilege to change salary in payroll system and this is reviewed how often?",
			report: "both", with: []string{"master_data", "access_financial"}, without: []string{"change_financial"}},
		{question: "Lending platform: who has the permissions to override a borrower's interest rate?",
			report: "both", with: []string{"master_data", "access_financial"}, without: []string{"change_financial"}},
		// Near misses: changes approved or tested stay change management, beside
		// access when both are asked; standing data stays master data.
		{question: "How are changes to the payroll engine's net pay calculation tested before release?",
			report: "both", first: "change_financial", without: []string{"access_financial"}},
		{question: "Who has admin rights on the billing system, and how are changes to it tested before they go live?",
			report: "both", with: []string{"access_financial", "change_financial"}},
		{question: "Who can modify the posting schedule in the fund accounting system, and is every schedule change approved?",
			report: "both", first: "change_financial", without: []string{"access_financial"}},
		{question: "Who is allowed to change a client's fee schedule in the billing system, and does anyone check it?",
			report: "soc1", first: "master_data", without: []string{"access_financial"}},
		{question: "Who is able to change firewall rules?", report: "soc2"},
	})
}

// An operations team ("your ops staff", "operations analysts") and its laptops are
// who does the work and with what, not the scheduled processing of the financial
// system: the word adds no operations area. Jobs, batches and runs of the system still do.
func TestOperationsStaffAreNotOperations(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Payroll platform: MFA and password rules for the ops staff who log in to it?",
			report: "both", first: "access_financial", without: []string{"operations_financial"}},
		{question: "Billing platform - are your ops team members' accounts reviewed every quarter?",
			report: "both", first: "access_financial", without: []string{"operations_financial"}},
		{question: "Payroll ops laptops: is full-disk encryption turned on?", report: "soc2"},
		// Near misses: the processing itself.
		{question: "Do your operations staff watch the nightly payroll batch until it completes?",
			report: "soc1", with: []string{"operations_financial"}},
		{question: "How are payroll operations monitored when the end-of-day run fails?",
			report: "both", first: "operations_financial"},
	})
}

// A change to an interface or integration that feeds a ledger is a change and an
// interface; developers who can move their own code or changes into production is
// segregation of duties within change management.
func TestChangesToInterfacesAndOwnCode(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "How is a change to the payroll-to-GL interface approved and regression tested?",
			report: "both", with: []string{"change_financial", "interfaces"}},
		{question: "Modifications to the ERP integration that posts our billing journals: who signs them off before go-live?",
			report: "both", with: []string{"change_financial", "interfaces"}},
		{question: "Upgrades of the bank interface in your treasury platform - are they tested before production?",
			report: "both", with: []string{"change_financial", "interfaces"}},
		{question: "Can a programmer move their own change into the live claims system?",
			report: "both", first: "change_financial", with: []string{"segregation_of_duties"}},
		{question: "Is anyone able to approve their own code change to the billing engine?",
			report: "both", first: "change_financial", with: []string{"segregation_of_duties"}},
		{question: "Developers, they can push own changes to production of payroll?",
			report: "both", first: "change_financial", with: []string{"segregation_of_duties"}},
		// Near misses: a change to the system itself, access to an interface, and
		// developers' own tests.
		{question: "Are changes to the billing system tested before release?",
			report: "both", first: "change_financial", without: []string{"interfaces"}},
		{question: "Who has access to the general ledger interface, and is it reviewed?",
			report: "both", first: "access_financial", without: []string{"interfaces"}},
		{question: "Do developers write their own unit tests for the payroll code before changes are deployed?",
			report: "both", first: "change_financial", without: []string{"segregation_of_duties"}},
	})
}

// Reconciliations said in other words: deductions agreed to enrolment or to what a
// carrier bills, a statement checked against the ledger, a file or deposit that ties
// to the payments or receipts of the day, unposted items worked; electronic
// remittances posted automatically are an interface. A file that a register is
// reconciled to is the reconciliation's source, not an interface, while files
// reconciled to confirm what was sent are both; an estimate trued up to the actual
// is a billing adjustment, not a reconciliation.
func TestReconciliationsInOtherWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Is the premium withheld from each paycheck agreed to the carrier's monthly invoice?",
			report: "soc1", first: "reconciliation"},
		{question: "Member payroll deductions: do they agree to the enrolment records each period?",
			report: "soc1", with: []string{"reconciliation"}},
		{question: "How is the commission statement checked against the general ledger before it is sent?",
			report: "soc1", first: "reconciliation"},
		{question: "Are unposted receipts worked daily, and by whom?",
			report: "soc1", first: "reconciliation"},
		{question: "Does the lockbox deposit tie to the receipts applied that day?",
			report: "soc1", first: "reconciliation"},
		{question: "How are 835 auto-posting exceptions worked?",
			report: "soc1", first: "interfaces"},
		{question: "Is the disbursement register reconciled to the bank's payment files each day?",
			report: "soc1", first: "reconciliation", without: []string{"interfaces"}},
		// Near misses.
		{question: "Are payroll files sent to the bank reconciled to confirm every record was transmitted?",
			report: "soc1", with: []string{"interfaces", "reconciliation"}},
		{question: "Estimated bills are trued up when the actual meter read arrives: how is the customer's bill corrected?",
			report: "soc1", first: "transaction_processing", without: []string{"reconciliation"}},
		{question: "Vendor invoices - is each one matched to the receiving report before payment is released?",
			report: "soc1", first: "transaction_processing", without: []string{"reconciliation"}},
		{question: "Are transaction logs checked against the SIEM alerts?", report: "soc2"},
	})
}

// Transaction processing in the words of dealing rooms and billing: orders or
// instructions against a cut-off, next-day pricing and late trading, deals captured,
// confirmed and settled, confirmation matching, and a rate or tax charged on the
// bills; the configuration of benefits or fees that claims and bills run on is
// master data.
func TestTransactionsAndStandingDataInOtherWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Are fund orders received after the dealing cut-off priced at the next day's NAV?",
			report: "soc1", first: "transaction_processing"},
		{question: "Energy deals booked in the trading system: how is each one confirmed with the counterparty and settled?",
			report: "soc1", first: "transaction_processing"},
		{question: "Treasury deals: is there confirmation matching against the counterparty for every trade?",
			report: "soc1", first: "transaction_processing"},
		{question: "Payment instructions received after the wire cut-off - are they held to the next business day?",
			report: "soc1", first: "transaction_processing"},
		{question: "When a county raises its sales tax rate, how is the new rate charged on the bills you send our members?",
			report: "soc1", first: "master_data", with: []string{"transaction_processing"}},
		{question: "Who approves changes to the benefit configuration the claims are paid against?",
			report: "soc1", first: "master_data"},
		{question: "When we hand you a new fee configuration, how are the changes checked before billing uses them?",
			report: "soc1", first: "master_data"},
		// Near misses: software configuration, the verb "deal", a cut-off outside
		// finance.
		{question: "How are configuration changes to the billing platform approved before production?",
			report: "both", first: "change_financial", without: []string{"master_data"}},
		{question: "How do you deal with incidents affecting the payroll service?",
			report: "both", without: []string{"transaction_processing"}},
		{question: "Is there a cut-off for submitting support tickets each day?", report: "none"},
	})
}

// A second approver of a change to rates, fees, prices or limits is how that standing
// data is authorised (master data), and an approval above an authority limit by a
// senior person authorises the transaction; neither is segregation of duties. A second
// approver over bank details or payees, where money goes, and dual control of a
// payment release stay segregation of duties.
func TestSecondApproverOfStandingData(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Does a second approver sign off every change to the fee tiers before billing picks it up?",
			report: "soc1", first: "master_data", without: []string{"segregation_of_duties"}},
		{question: "Pay rate updates in payroll - dual approval required?",
			report: "soc1", first: "master_data", without: []string{"segregation_of_duties"}},
		{question: "Credit limit increases for customers: must another manager approve them in the billing system?",
			report: "soc1", first: "master_data", without: []string{"segregation_of_duties"}},
		{question: "Is a claim payment above the examiner's authority limit approved by a senior examiner before it is paid?",
			report: "soc1", first: "transaction_processing", without: []string{"segregation_of_duties"}},
		// Near misses: where money goes, and a payment's release.
		{question: "Must a second person approve a change to a supplier's bank details?",
			report: "soc1", with: []string{"master_data", "segregation_of_duties"}},
		{question: "Are wires above $1m released under dual control?",
			report: "soc1", with: []string{"segregation_of_duties"}},
	})
}
