package triage

import "testing"

// The area of a money question follows the control asked, not the nouns around it.
// Money or assets the service holds, keeps or operates for its clients (an account
// run on their behalf, one they fund, a dedicated account, balances held for
// members) is custody beside the reconciliation of that account; an account merely
// reconciled is not. Written for this test.
func TestCustodyReadFromTheHolding(t *testing.T) {
	t.Parallel()
	rec, cus := "reconciliation", "custody"
	checkAreaCases(t, []areaCase{
		{question: "How often is the operating account you administer on our behalf reconciled, and by whom?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Is the claims account funded by the employer reconciled to the bank every month?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Do you keep a dedicated bank account for our premium collections and reconcile it daily?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "How are the balances you hold for our members agreed to the bank each day?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Are the positions you keep for our investors agreed to the transfer agent's register every week?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Is the escrow you maintain on behalf of our borrowers reconciled to the servicing ledger monthly?", report: ReportSOC1, with: []string{rec, cus}},
		// Near misses: an account reconciled, with no holding for anyone said.
		{question: "Do you reconcile the payroll clearing account every week?", report: ReportSOC1, first: rec, without: []string{cus}},
		{question: "Is the bank statement for the disbursement account reconciled to the ledger monthly?", report: ReportSOC1, first: rec, without: []string{cus}},
		{question: "How do you reconcile our operating account to the general ledger?", report: ReportSOC1, first: rec, without: []string{cus}},
		{question: "Are card settlements matched to the processor's deposits each day?", report: ReportSOC1, without: []string{cus}},
	})
}

// One person kept from holding two duties, in words no rule reads (what prevents or
// stops someone from doing one thing and also another, an ability or authority kept
// apart from another duty, the same clerk doing both), is segregation of duties; a
// master record or a transaction named as one of the duties is not an area of its
// own. A duty named with no second one keeps its own area. Written for this test.
func TestDutiesReadFromTheirSplit(t *testing.T) {
	t.Parallel()
	sod, md, tp := "segregation_of_duties", "master_data", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "What prevents a billing analyst from creating a customer credit and also approving it?", report: ReportSOC1, first: sod, without: []string{md, tp}},
		{question: "What keeps a cashier from preparing the deposit and also reconciling the bank account?", report: ReportSOC1, with: []string{sod}},
		{question: "Is the right to override claim amounts kept apart from the release of claim payments?", report: ReportSOC1, with: []string{sod}},
		{question: "Is the authority to write off balances kept apart from the posting of receipts?", report: ReportSOC1, first: sod},
		{question: "Is the ability to change a loan's interest rate held separate from loan servicing payments?", report: ReportBoth, with: []string{sod}},
		{question: "Who approves refunds, and can that same officer issue them?", report: ReportSOC1, with: []string{sod}},
		{question: "For our SOX work: what stops a payroll administrator from adding a new hire and also approving the hire's first pay?", report: ReportSOC1, with: []string{sod, "financial_reporting"}, without: []string{md}},
		{question: "Is the clerk who opens the mail kept from posting the cheques?", report: ReportSOC1, with: []string{sod}},
		{question: "Is the person who approves refunds kept from issuing the credits?", report: ReportSOC1, with: []string{sod}},
		// Near misses: one duty, or a second approver with no split asked.
		{question: "What prevents a payroll specialist from adding a new employee to the system?", report: ReportSOC1, without: []string{sod}},
		{question: "Who approves manual journal entries before they are posted?", report: ReportSOC1, without: []string{sod}},
		{question: "How are new vendors set up in the vendor master, and who checks the bank details?", report: ReportSOC1, first: md, without: []string{sod}},
	})
}

// Data passed to or from another party's system is an interface when the question
// asks that it arrived whole: a contribution or deduction file sent to a
// recordkeeper or carrier, each record made it into the ledger, counts agreed for
// the file. Files of data that is not money stay out of SOC 1. Written for this test.
func TestInterfaceReadFromArrival(t *testing.T) {
	t.Parallel()
	itf, tp := "interfaces", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Is the pension contribution file sent to the recordkeeper after each pay run checked for completeness?", report: ReportSOC1, with: []string{itf}},
		{question: "How do you make sure the deductions file reaches each carrier in full every pay period?", report: ReportSOC1, first: itf, without: []string{tp}},
		{question: "Is each deduction file you send to the carriers checked for completeness before the cut-off?", report: ReportSOC1, first: itf, without: []string{tp}},
		{question: "How do you confirm each 401(k) deferral remitted to the recordkeeper arrived, including the contribution file totals?", report: ReportSOC1, with: []string{itf}},
		{question: "For the loan payments you collect, what shows that each day's payment file made it into our servicing system?", report: ReportSOC1, with: []string{itf}},
		// Near misses: data that is not money, or processing with no transfer asked.
		{question: "How do you confirm the nightly clinical data feed loaded completely into the research warehouse?", report: ReportSOC2},
		{question: "Can our HR team send the benefit elections file securely over SFTP?", report: ReportSOC2},
		{question: "How are payroll deductions calculated each pay period?", report: ReportSOC1, first: tp, without: []string{itf}},
		{question: "Who approves the weekly payment run before it is released?", report: ReportSOC1, first: tp, without: []string{itf}},
	})
}

// A schedule, report or listing the service sends for the client's close is the
// client output checked: the money words name what it shows, and the close it
// serves names no processing, so the area is financial reporting alone. The
// processing asked in words of its own keeps its area. Written for this test.
func TestClientScheduleForTheClose(t *testing.T) {
	t.Parallel()
	fr, tp := "financial_reporting", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "How do you check that the accrual schedule you send us each quarter is complete and accurate?", report: ReportSOC1, first: fr, without: []string{tp}},
		{question: "Describe how the unearned premium schedules you produce for our month-end close are checked for accuracy.", report: ReportSOC1, first: fr, without: []string{tp}},
		{question: "How is the claims paid listing you deliver for our quarter-end close checked for completeness?", report: ReportSOC1, first: fr, without: []string{tp}},
		{question: "Is the amortisation schedule you send for our month-end close reviewed before release?", report: ReportSOC1, first: fr, without: []string{tp}},
		{question: "How do you check the accuracy of the payroll accrual reports we use for our month-end close?", report: ReportSOC1, first: fr, without: []string{tp}},
		{question: "Describe how the loan interest accrual schedules you send us each month are checked.", report: ReportSOC1, first: fr, without: []string{tp}},
		// Near misses: the processing itself is asked, or a report already read alone.
		{question: "How do you make sure accruals are calculated correctly each month?", report: ReportSOC1, first: tp, without: []string{fr}},
		{question: "How are commissions calculated and paid each month?", report: ReportSOC1, first: tp, without: []string{fr}},
		{question: "How do you validate the cash receipts reports you deliver for our month-end close?", report: ReportSOC1, first: fr, without: []string{tp}},
		{question: "How are the AR aging reports you send for our monthly close checked?", report: ReportSOC1, first: fr, without: []string{tp}},
	})
}

// Standing data is master data when the question asks who sets, changes or sources
// it (a commission grid amended, conversion rates and who sets them, a rate or index
// reset, a bonus multiplier set up); standing data a calculation merely uses
// ("calculated from the approved rate tables", "according to the plan rules") is
// the setting of the processing asked. Written for this test.
func TestStandingDataSetOrUsed(t *testing.T) {
	t.Parallel()
	md, tp := "master_data", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Who can amend the commission grid used to pay our brokers, and is each amendment reviewed?", report: ReportSOC1, with: []string{md}},
		{question: "How do you confirm the currency conversion rates used for our foreign payments are correct, and who sets them?", report: ReportSOC1, first: md},
		{question: "After an index reset on our adjustable loans, how do you make sure the new payment amounts are right?", report: ReportSOC1, with: []string{md}},
		{question: "When the prime rate resets, how do you make sure borrowers are charged the new interest from the right date?", report: ReportSOC1, with: []string{md}},
		{question: "How is the bonus multiplier for each sales band set up and approved before the quarterly payout?", report: ReportSOC1, with: []string{md}},
		{question: "Are invoices calculated from the approved rate tables each billing cycle?", report: ReportSOC1, first: tp, without: []string{md}},
		{question: "Are royalties calculated from the contracted rate tables reviewed before each statement run?", report: ReportSOC1, first: tp, without: []string{md}},
		{question: "Who keeps the employee pay data up to date when someone gets a raise?", report: ReportSOC1, first: md},
		// Near misses: a change to standing data, or processing with no standing data.
		{question: "When a rate in the billing rate table is changed, who approves it before the next invoice run?", report: ReportSOC1, first: md},
		{question: "How are updates to the fee schedule for our plan participants authorised?", report: ReportSOC1, first: md},
		{question: "Who maintains the premium rate matrix, and how is each change approved before billing?", report: ReportSOC1, first: md},
		{question: "How are overtime hours paid each week?", report: ReportSOC1, first: tp, without: []string{md}},
		{question: "Are deductions taken according to the benefit plan rules each pay period?", report: ReportSOC1, first: tp, without: []string{md}},
	})
}

// A money run watched, tracked or kept running (a batch that finishes late, a job
// that fails, a payment system that must keep running through a power loss) is the
// operation of the financial system; the money words before the run's noun name the
// run, not a processing asked. Jobs that move no money stay SOC 2, and a processing
// asked in words of its own keeps its area beside the run. Written for this test.
func TestRunsOperatedNotProcessed(t *testing.T) {
	t.Parallel()
	ops, tp := "operations_financial", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "Who watches the end-of-day payment batch, and what happens if it finishes late?", report: ReportSOC1, first: ops},
		{question: "How is the overnight interest accrual job tracked, and what is done when it fails?", report: ReportSOC1, with: []string{ops}},
		{question: "If the building loses power in the middle of a pay run, what keeps the payroll platform running?", report: ReportBoth, first: ops, without: []string{tp}},
		{question: "What keeps the claims system running if the primary site loses power?", report: ReportBoth, first: ops, without: []string{tp}},
		// Near misses: jobs of no money, processing asked beside the run, processing alone.
		{question: "Data processing jobs are monitored and failed runs are re-executed.", report: ReportSOC2},
		{question: "Are ETL jobs that load clickstream data monitored for failures?", report: ReportSOC2},
		{question: "If the nightly posting batch fails and is rerun, what stops receipts being posted twice?", report: ReportSOC1, with: []string{ops, tp}},
		{question: "How are claims adjudicated each night?", report: ReportSOC1, first: tp, without: []string{ops}},
		{question: "How is the nightly premium billing cycle monitored, and who is called when a batch stops partway?", report: ReportBoth, first: ops, without: []string{tp}},
		{question: "If the ACH file misses the bank's cut-off, what happens and who is told?", report: ReportSOC1, first: "interfaces"},
	})
}

// Money received that does not match, tie or agree to what it pays (an open
// invoice, a remittance advice, an expected receipt) is followed up as a
// reconciliation, however the negation is written ("doesn't match", "does not
// agree"); receipts applied as they should be are cash application, transaction
// processing. Written for this test.
func TestReceiptsThatDoNotMatch(t *testing.T) {
	t.Parallel()
	rec, tp := "reconciliation", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "What happens to a customer payment that doesn't match any open invoice?", report: ReportSOC1, first: rec},
		{question: "When a deposit doesn't tie to a remittance advice, who follows it up?", report: ReportSOC1, first: rec},
		{question: "If a wire does not agree to any expected receipt, where is it held and who clears it?", report: ReportSOC1, first: rec},
		{question: "A remittance that does not match the invoice amount: who researches it and how fast?", report: ReportSOC1, with: []string{rec}},
		{question: "When a premium payment doesn't match the billed amount, how is the difference resolved?", report: ReportSOC1, first: rec},
		// Near misses: receipts applied, or the unmatched already read.
		{question: "How are premium payments posted to policies?", report: ReportSOC1, first: tp, without: []string{rec}},
		{question: "Are receipts applied to the oldest open invoice first?", report: ReportSOC1, first: tp, without: []string{rec}},
		{question: "How do you handle a gift that doesn't tie to any pledge?", report: ReportSOC1, first: rec},
	})
}

// The books of a trust or fiduciary account ("the trust ledger", "the trust
// accounting extract", "fiduciary accounting ledger") name where another control is
// kept, not a holding of client money: beside the processing, the interface or the
// operation asked about they add no custody. Reconciling those books proves the money
// held and keeps custody, and money held in trust or escrow is custody. Written for
// this test.
func TestTrustBooksAreTheSetting(t *testing.T) {
	t.Parallel()
	cus, rec := "custody", "reconciliation"
	checkAreaCases(t, []areaCase{
		{question: "How is the nightly trust accounting extract loaded into our general ledger checked for completeness?", report: ReportSOC1, first: "interfaces", without: []string{cus}},
		{question: "Backups of the fiduciary accounting ledger: how often, and are restores tested?", report: ReportBoth, first: "operations_financial", without: []string{cus}},
		{question: "How are benefit payments from the trust approved and entered in the trust ledger?", report: ReportSOC1, first: "transaction_processing", without: []string{cus}},
		{question: "Are distributions calculated and recorded in the trust accounting system reviewed before payment?", report: ReportSOC1, first: "transaction_processing", without: []string{cus}},
		{question: "How are receipts split between income and principal when they are posted in the trust accounting system?", report: ReportSOC1, first: "transaction_processing", without: []string{cus}},
		{question: "Who approves manual entries to the trust ledger before they are posted?", report: ReportSOC1, first: "transaction_processing", without: []string{cus}},
		// Near misses: the books reconciled, or the money held.
		{question: "Do you reconcile the trust ledger to the bank every day?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "Are the trust account reconciliations reviewed each month?", report: ReportSOC1, with: []string{rec, cus}},
		{question: "How do you safeguard client money held in trust accounts?", report: ReportSOC1, first: cus},
		{question: "Are client funds in the escrow accounts kept separate from your own?", report: ReportSOC1, first: cus},
	})
}

// A statement, bordereau or remittance advice that a reconciliation agrees is the
// record reconciled, not a client output checked: the area is reconciliation alone.
// A statement checked before it is mailed or released, or an output that serves
// the client's close, is still financial reporting. Written for this test.
func TestStatementsReconciledAreRecords(t *testing.T) {
	t.Parallel()
	rec, fr := "reconciliation", "financial_reporting"
	checkAreaCases(t, []areaCase{
		{question: "Are the broker commission statements reconciled to the commissions payable account every month?", report: ReportSOC1, first: rec, without: []string{fr}},
		{question: "Do you reconcile the carriers' remittance advices to the premium deposits each week?", report: ReportSOC1, first: rec, without: []string{fr}},
		{question: "Are the reinsurance bordereaux reconciled to the premium ledger each quarter?", report: ReportSOC1, first: rec, without: []string{fr}},
		{question: "Is the sponsor's funding statement reconciled to the claims account each month?", report: ReportSOC1, first: rec, without: []string{fr}},
		// Near misses: an output reviewed before it goes, or used in the close.
		{question: "Are client statements reconciled to the ledger before they are mailed?", report: ReportSOC1, with: []string{fr, rec}},
		{question: "We use the premium roll-forward you provide in our close: how is it reconciled to cash?", report: ReportSOC1, with: []string{fr, rec}},
		{question: "Are the monthly statements you send our members checked for accuracy?", report: ReportSOC1, first: fr, without: []string{rec}},
		{question: "Is the custodian's statement reconciled to your records of our holdings daily?", report: ReportSOC1, first: rec, without: []string{fr}},
	})
}
