package triage

import "testing"

// Who sets up a payee or a bank account and who releases the money, kept apart, is
// segregation of duties alone: the set-up names one of the two duties, not a change
// of standing data asked about. A change of pay rates or bank details that must be
// authorised stays master data, and a master file is standing data, not a file passed
// to another system.
func TestSetUpAndReleaseAreDuties(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Can one member of the treasury desk both enter a beneficiary's bank details and release the outgoing wire to it?",
			report: "soc1", first: "segregation_of_duties", without: []string{"master_data"}},
		{question: "Is the clerk who onboards a new supplier in the vendor file a different person from the one who approves the payment run?",
			report: "soc1", first: "segregation_of_duties", without: []string{"master_data"}},
		{question: "Claimant refunds: are the staff who add payees and the staff who authorise disbursements different individuals?",
			report: "soc1", first: "segregation_of_duties", without: []string{"master_data"}},
		{question: "Y/N - the employee who keys new contractor bank details cannot also approve the weekly payout file.",
			report: "soc1", first: "segregation_of_duties", without: []string{"master_data"}},
		{question: "Are the person who registers landlords as payees and the person who releases rent disbursements different people?",
			report: "soc1", first: "segregation_of_duties", without: []string{"master_data"}},
		// Near misses: the change itself authorised is master data.
		{question: "How is a change to a contractor's hourly rate or bank account in the payroll master file authorised before it is used?",
			report: "soc1", first: "master_data", without: []string{"interfaces", "segregation_of_duties"}},
		{question: "Before a supplier's new bank details are used, do you confirm them with a call back to a known contact?",
			report: "soc1", first: "master_data", without: []string{"segregation_of_duties"}},
		{question: "Are different people responsible for our security monitoring and for incident response?",
			report: "soc2"},
	})
}

// Remittance advices, lockbox deposits and settlements matched against one another
// are a reconciliation: the file or deposit named is what is matched, not data passed
// to another system. Files sent to or received from another party and then
// reconciled keep interfaces beside it.
func TestMatchingDepositsIsReconciliation(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "How are the daily lockbox deposits matched to the remittance advices, and who clears the unmatched items?",
			report: "soc1", first: "reconciliation", without: []string{"interfaces"}},
		{question: "Tuition receipts: are the bank deposits agreed to the student remittances each day, and how long may an unmatched deposit stay open?",
			report: "soc1", first: "reconciliation", without: []string{"interfaces"}},
		{question: "Describe how card settlement deposits are matched to the merchant remittance reports and how breaks are researched.",
			report: "soc1", first: "reconciliation", without: []string{"interfaces"}},
		{question: "Who matches the remittance files to our deposits every morning, and how fast must the unmatched remittances be worked?",
			report: "soc1", first: "reconciliation", without: []string{"interfaces"}},
		// Near misses: files that travel between parties are an interface too.
		{question: "Are the remittance files we receive reconciled to the deposits in our operating account? They come from the health plans?",
			report: "soc1", with: []string{"reconciliation", "interfaces"}},
		{question: "Are the payment files transmitted to the bank reconciled so that every record arrives?",
			report: "soc1", with: []string{"reconciliation", "interfaces"}},
		{question: "Are deposits of backup tapes to the offsite vault logged?",
			report: "soc2"},
	})
}

// Financial data that arrives each period from another party's system (deferrals from
// a payroll provider, journals pulled from a ledger, claims reports sent into the
// client's ERP) is an interface beside the process it feeds. The same words about data
// that is not financial (contacts synced from a CRM) stay SOC 2.
func TestFeedsFromAnotherSystem(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Employee 401(k) contributions arrive from our payroll vendor after every pay run; how do you know each one is credited to the right participant account?",
			report: "soc1", with: []string{"interfaces", "transaction_processing"}},
		{question: "Rent receipts are synced from our bank each morning into your property ledger. How do you make sure every receipt is applied to the right tenant?",
			report: "soc1", with: []string{"interfaces", "transaction_processing"}},
		{question: "Approved travel expense reports from your tool arrive in our ERP as each claim is approved. How do you confirm each one is reimbursed once and for the approved amount?",
			report: "soc1", with: []string{"interfaces", "transaction_processing"}},
		// Near misses: data that is no financial transaction, and a feed with no
		// party named.
		{question: "Marketing contact records are synced nightly from our CRM into your platform; how are failed syncs detected and retried?",
			report: "soc2"},
		{question: "How do you make sure paychecks are calculated correctly every pay period?",
			report: "soc1", first: "transaction_processing", without: []string{"interfaces"}},
	})
}

// A custodian named only as the other side of a reconciliation ("positions agreed to
// the custodian", "the custodian's statements") is where the figures are checked, not
// assets safeguarded; client securities or funds safeguarded, held or safekept, in
// either order of the words, are custody. Money paid out of an escrow the servicer
// holds (disbursements, the annual analysis, shortages) is custody beside the
// transaction; escrow as one part a payment is split into, or a dividend paid to
// holders of record, is the transaction alone.
func TestCustodyBesideItsCounterparty(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Are fund holdings agreed each morning to the custodian's position file, and who clears the breaks?",
			report: "soc1", first: "reconciliation", without: []string{"custody"}},
		{question: "Investor statements: how do you confirm the balances on them match the custodian records before mailing?",
			report: "soc1", without: []string{"custody"}},
		{question: "Is cash in the operating fund reconciled to the custodian statement every day?",
			report: "soc1", first: "reconciliation", without: []string{"custody"}},
		{question: "How are securities held for our investors safeguarded at your depository?",
			report: "soc1", with: []string{"custody"}},
		{question: "Are customer assets safekept apart from the firm's own and reconciled to the sub-custodian monthly?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
		{question: "How do you verify the property tax disbursements you make out of borrower escrow?",
			report: "soc1", with: []string{"custody", "transaction_processing"}},
		{question: "Annual escrow analysis: how are shortages calculated and collected?",
			report: "soc1", with: []string{"custody"}},
		// Near misses.
		{question: "Is each mortgage payment split correctly between principal, interest and escrow?",
			report: "soc1", first: "transaction_processing", without: []string{"custody"}},
		{question: "As paying agent, how do you calculate the dividend per share paid to holders of record?",
			report: "soc1", first: "transaction_processing", without: []string{"custody"}},
		{question: "Are client securities held in custody reconciled to the depository each day?",
			report: "soc1", with: []string{"custody", "reconciliation"}},
	})
}

// Rates a client negotiated or contracted, customer-specific prices and tariffs keyed
// or changed in the system that bills on them are standing data (master data); the
// same words with no change, entry or approval of them are no set-up asked about.
func TestContractedRatesAreStandingData(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Shipping tariffs are loaded into your billing platform each quarter. Who approves the upload?",
			report: "soc1", first: "master_data"},
		{question: "When a client's negotiated rates are entered in the invoicing system, does someone check them against the signed order form?",
			report: "soc1", first: "master_data"},
		{question: "How are customer-specific prices updated in the order-to-cash system, and who authorises the change?",
			report: "soc1", first: "master_data"},
		{question: "Contracted rates for each carrier are keyed by your staff; is every entry reviewed before billing runs?",
			report: "soc1", with: []string{"master_data"}},
		// Near misses: the rates only measure a transaction, or are a security limit.
		{question: "Is the rate of failed logins per customer monitored for brute-force attacks?", report: "soc2"},
		{question: "Is each invoice calculated at the contracted rate and sent on time?",
			report: "soc1", first: "transaction_processing"},
	})
}

// Approved or contracted rates named as what a calculation is checked against are
// the measure of the transaction, not a change of standing data; a change of the
// rates themselves is.
func TestRatesCheckedAgainstAreNoSetUp(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Is each pay calculation reviewed against the authorised pay rates before payday?",
			report: "soc1", first: "transaction_processing", without: []string{"master_data"}},
		{question: "Are overtime amounts verified per approved pay rates before the run is closed?",
			report: "soc1", without: []string{"master_data"}},
		{question: "Timekeeper bills are recomputed using the agreed billing rates; how are differences handled?",
			report: "soc1", without: []string{"master_data"}},
		// Near misses: the rates changed.
		{question: "Who approves changes to employees' pay rates?",
			report: "soc1", first: "master_data"},
		{question: "Are updates to approved pay rates checked by a second person before the next payroll?",
			report: "soc1", with: []string{"master_data"}},
	})
}

// An amount paid checked to agree with the approved or billed amount, holdings
// confirmed against a depository's or custodian's records, and mismatches worked to
// a resolution are a reconciliation beside the transaction they check. A charge drawn
// against a prepaid balance is the transaction itself. Mismatches and unmatched
// attempts of a security control stay out of SOC 1.
func TestAmountsAgreedAndHoldingsConfirmedAreReconciliation(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "After a refund is approved, how do you check that the amount actually returned to the cardholder agrees with the approved amount, and who follows up mismatches?",
			report: "soc1", with: []string{"transaction_processing", "reconciliation"}},
		{question: "Fuel card purchases are debited against each driver's account. How do you handle mismatched transactions and resolve them?",
			report: "soc1", with: []string{"transaction_processing", "reconciliation"}},
		{question: "How often are the fund's share positions confirmed against the transfer agent's register, and who clears differences?",
			report: "soc1", first: "reconciliation"},
		{question: "Are the bond holdings you safekeep for us verified against the custodian's statements each month?",
			report: "soc1", first: "reconciliation"},
		{question: "Tell us how customer securities kept in your custody are segregated from house positions and how often the holdings are confirmed against the depository's records.",
			report: "soc1", first: "custody", with: []string{"reconciliation"}},
		// Near misses: mismatches and unmatched events of a security control.
		{question: "How do you resolve a mismatch between the TLS certificate name and the host name?",
			report: "none"},
		{question: "Are unmatched login attempts from unknown devices investigated by the security team?",
			report: "soc2"},
		{question: "Do you verify the software vendor's signature against the publisher's certificate before installing updates?",
			report: "soc2"},
	})
}

// Records pushed, exported or synced into the client's accounting system (a ledger, an
// ERP or one named by its product) and the ones that fail to arrive are the interface,
// whatever the records are (invoices, payments, orders). A sync that is no financial
// transfer, or the accounting product named alone, is not. Written for this test.
func TestRecordsPushedToTheLedgerAreInterfaces(t *testing.T) {
	t.Parallel()
	ifc := "interfaces"
	exactAreas(t, map[string][]string{
		"Expense reports are exported to QuickBooks each week. What happens if an entry does not load?":                      {ifc},
		"Sales orders flow from your platform into our Xero ledger. How do you detect transactions that failed to transfer?": {ifc},
		"Deposits are pushed from your merchant portal into NetSuite nightly; how are failed syncs surfaced to us?":          {ifc},
		"Your tool uploads the approved credit notes to our ERP. Are uploads that fail reported to us the same day?":         {ifc},
	})
	withoutArea(t, ifc,
		"If the mobile app fails to sync with your servers, is data lost?",
		"Do you use QuickBooks for your own bookkeeping?",
		"Are failed login attempts to the upload portal locked out?",
	)
}

// Transactions matched, agreed or reconciled to an independent record (the bank, the
// custodian, a counterparty's or a broker's confirmation) name what is reconciled, not
// how they are processed: reconciliation alone. Processing the transactions asked
// beside the reconciliation keeps its area. Written for this test.
func TestTransactionsMatchedToAnIndependentRecord(t *testing.T) {
	t.Parallel()
	rec, tp := "reconciliation", "transaction_processing"
	exactAreas(t, map[string][]string{
		"Are refund disbursements agreed to the bank statement every morning?":                {rec},
		"Are payroll deposits matched to the bank statement after each run, and by whom?":     {rec},
		"Premium receipts are tied to the custodian statement weekly. Who reviews that work?": {rec},
		"Outgoing wires compared with bank clears at day end: are differences investigated?":  {rec},
		"Do you pay our claims and also reconcile the claims bank account each day?":          {tp, rec},
	})
}

// Each item paid or billed exactly once, at the contracted rate or price, and every
// transaction captured on the client's statement or invoice name the processing of
// the transactions; beside a statement asked about, or rates approved, it is added.
// Database transactions captured in a log, or a login allowed once, are no financial
// processing. Written for this test.
func TestPaidOnceAtTheAgreedRate(t *testing.T) {
	t.Parallel()
	tp, fr, md := "transaction_processing", "financial_reporting", "master_data"
	exactAreas(t, map[string][]string{
		"Are shipping charges billed at the agreed price per parcel?":                                            {tp},
		"How do you make sure each approved timesheet results in only one invoice, priced at the contract rate?": {tp},
		"Are usage charges from all partner networks included on the customer's invoice?":                        {tp},
		"Does every purchase made on the card appear on the cardholder's monthly statement?":                     {fr, tp},
		"Is every royalty paid exactly once at the agreed rate, and who approves changes to the rate tables?":    {tp, md},
	})
	withoutArea(t, tp,
		"Are all database transactions captured in the audit log?",
		"Is each login allowed only once per session token?",
	)
}

// Paying out of escrow (taxes, insurance, a closing's payees) is a disbursement:
// transaction processing. The escrow money held for borrowers or buyers is custody, and
// escrow disbursements named as such pay out of that held money, so they carry custody
// beside the payments (as the labelled sets do), while payments only said to come from
// escrow stay payments. Written for this test.
func TestEscrowDisbursementsArePayments(t *testing.T) {
	t.Parallel()
	tp, cu := "transaction_processing", "custody"
	exactAreas(t, map[string][]string{
		"Are property-tax payments disbursed from borrower escrow authorised and recorded correctly?":    {tp},
		"Escrow disbursements for hazard insurance: how do you check each one is paid once and on time?": {tp, cu},
		"Are the escrow funds you hold for our buyers kept in a separate trust account?":                 {cu},
	})
}
