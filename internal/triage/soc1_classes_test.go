package triage

import (
	"slices"
	"testing"
)

// areaCase is a question and what its verdict must say of the SOC 1 areas: the report,
// the first area (any when "", none for a SOC 2 or none report), areas that must be
// among them and areas that must not.
type areaCase struct {
	question string
	report   string
	first    string
	with     []string
	without  []string
}

func checkAreaCases(t *testing.T, cases []areaCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tc := range cases {
		v := e.Classify(Question{Text: tc.question})
		first := ""
		if len(v.SOC1Areas) > 0 {
			first = v.SOC1Areas[0]
		}
		bad := v.Report != tc.report
		switch {
		case tc.first != "":
			bad = bad || first != tc.first
		case tc.report == ReportSOC2 || tc.report == ReportNone:
			bad = bad || len(v.SOC1Areas) > 0
		}
		for _, a := range tc.with {
			bad = bad || !slices.Contains(v.SOC1Areas, a)
		}
		for _, a := range tc.without {
			bad = bad || slices.Contains(v.SOC1Areas, a)
		}
		if bad {
			t.Errorf("%q: %s %v, want %s with %q first, with %v, without %v",
				tc.question, v.Report, v.SOC1Areas, tc.report, tc.first, tc.with, tc.without)
		}
	}
}

// A change to the business data a financial system runs on (bank details, pay rates,
// prices, credit limits, the chart of accounts, tax tables, fee schedules) is master
// data, not change management, which is about changes to the software and its
// configuration. Someone other than the person who keyed it is segregation of duties
// as well; a second approver of a fee or rate change is how the change is authorised.
func TestMasterDataChangesAreNotSoftwareChanges(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Who is allowed to update a supplier's remittance bank account, and is the new account confirmed with the supplier before the next payment run?",
			report: "soc1", first: "master_data", without: []string{"change_financial"}},
		{question: "When an hourly rate for a worker is raised, who signs off on it before it reaches the payroll?",
			report: "soc1", first: "master_data"},
		{question: "How are edits to the price list checked before new prices take effect on orders?",
			report: "soc1", first: "master_data"},
		{question: "What approval is needed to raise a customer's credit limit in your system?",
			report: "soc1", first: "master_data"},
		{question: "How are new accounts added to the chart of accounts and who authorises them?",
			report: "soc1", first: "master_data"},
		{question: "When withholding tax tables change at the start of the year, how do you confirm the new tables are loaded correctly?",
			report: "soc1", first: "master_data"},
		{question: "How do you handle a request from a vendor to change where their payments are sent?",
			report: "soc1", first: "master_data"},
		{question: "When a member changes benefit elections mid-year, who approves the revised deduction amounts?",
			report: "soc1", first: "master_data", without: []string{"change_financial"}},
		// Approval by a second person or someone other than the one who keyed it.
		{question: "Are amendments to employee salary records reviewed by someone other than the person who keyed them?",
			report: "soc1", first: "master_data", with: []string{"segregation_of_duties"}},
		{question: "Who can amend the fee schedule applied to member accounts, and is a second person required to approve it?",
			report: "soc1", first: "master_data", without: []string{"segregation_of_duties"}},
		{question: "Are payees added to the disbursement system independently reviewed each month?",
			report: "soc1", first: "master_data", without: []string{"segregation_of_duties"}},
		// Near misses: changes to the software stay change management; the same
		// records protected or changed outside finance are not SOC 1.
		{question: "Are changes to the payroll application's source code peer reviewed and tested before deployment?",
			report: "both", first: "change_financial", without: []string{"master_data"}},
		{question: "How are configuration changes to the billing platform approved before they go to production?",
			report: "both", first: "change_financial", without: []string{"master_data"}},
		{question: "Are bank account numbers encrypted at rest?", report: "soc2"},
		{question: "How do you restrict who can change firewall rules?", report: "soc2"},
		{question: "Are changes to customer profiles in the CRM logged?", report: "soc2"},
	})
}

// A question about processing a transaction (a claim adjudicated, net pay calculated,
// trades settled, cash applied, rebates and commissions calculated, tax remitted)
// names transaction processing even when another area of the question is stronger;
// a transaction that is only the object of another control (claim payments
// reconciled, posting jobs monitored) does not.
func TestTransactionProcessingNamedByItsProcessing(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "How do you confirm net pay is calculated correctly for every employee each pay period?",
			report: "soc1", first: "transaction_processing"},
		{question: "How are volume rebates owed to customers calculated and paid?",
			report: "soc1", first: "transaction_processing"},
		{question: "When payroll taxes are withheld, how do you confirm they are remitted to each agency on time?",
			report: "soc1", first: "transaction_processing"},
		{question: "How are agent commissions calculated and who approves them before payout?",
			report: "soc1", first: "transaction_processing"},
		// Beside a stronger area, still named.
		{question: "Premium receipts - how are they matched to each policy, and who follows up on unapplied cash?",
			report: "soc1", first: "reconciliation", with: []string{"transaction_processing"}},
		{question: "Are eligibility files received from the employer validated before payroll is processed?",
			report: "soc1", first: "interfaces", with: []string{"transaction_processing"}},
		// Near misses: the transaction is the object of another control.
		{question: "Are claim payments reconciled to the bank statement every day?",
			report: "soc1", first: "reconciliation", without: []string{"transaction_processing"}},
		{question: "Are nightly posting jobs for the claims system monitored and failures resolved?",
			report: "both", first: "operations_financial", without: []string{"transaction_processing"}},
		{question: "Is card payment data processed in a PCI-compliant environment?", report: "none"},
	})
}

// Segregation of duties and reconciliation are asked in many phrasings besides their
// names: the person who enters cannot approve, maker and checker, an independent
// reviewer, people kept apart; tie out, true up, agree or balance to the ledger or the
// bank, breaks and aged exceptions.
func TestDutiesAndReconciliationPhrasings(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Can the person who enters a vendor invoice also approve it for payment?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Is the clerk who keys a refund barred from authorising it?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Does every manual adjustment to a customer balance go through a maker and a checker?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Is the payroll register independently reviewed by someone who did not prepare it?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Are the people who receive cash kept apart from those who record it in the ledger?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Who independently reviews the journal entries a preparer posts?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "How do you tie out the payroll register to the general ledger each period?",
			report: "soc1", first: "reconciliation"},
		{question: "Are the units on the transfer agent's register trued up to the fund's records each month?",
			report: "soc1", first: "reconciliation"},
		{question: "Is the claims paid file agreed to the bank disbursements each day?",
			report: "soc1", first: "reconciliation"},
		{question: "Are the cash receipts in the lockbox matched to the deposits shown by the bank each day?",
			report: "soc1", first: "reconciliation"},
		{question: "Do the totals of the billing run agree to the revenue posted in the ledger?",
			report: "soc1", first: "reconciliation"},
		{question: "Are exceptions on the daily cash match aged and escalated to a manager?",
			report: "soc1", first: "reconciliation"},
		{question: "How are breaks between your positions and the custodian's resolved and how long can they stay open?",
			report: "soc1", with: []string{"reconciliation"}},
		// Near misses: the same words outside a financial process, and keeping client
		// money apart, which is custody.
		{question: "Are firewall rule changes approved by a second person?", report: "soc2"},
		{question: "Are record counts checked when event files are loaded?", report: "soc2"},
		{question: "How are client funds held in trust kept separate from the firm's own money?",
			report: "soc1", first: "custody", without: []string{"segregation_of_duties"}},
		{question: "Interface files sent to our ledger are balanced to control totals before release.",
			report: "soc1", first: "interfaces", without: []string{"reconciliation"}},
	})
}

// The SOC 1 areas are reached by the business words of finance processes across
// industries, with no "financial", "SOX" or "SOC 1" in the question: lending,
// insurance, payroll, billing, fund administration, trust and escrow, healthcare
// claims and remittances, treasury and inventory.
func TestAreasReachedByIndustryWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		// Lending.
		{question: "How do you make sure each loan's amortization schedule is computed right when a borrower makes a curtailment?",
			report: "soc1", first: "transaction_processing"},
		{question: "How are late charges assessed on delinquent mortgage accounts?", report: "soc1", first: "transaction_processing"},
		// Insurance.
		{question: "How are loss reserves set and updated as claims develop?", report: "soc1", first: "transaction_processing"},
		{question: "How do you check the bordereaux you send to insurers each month?", report: "soc1", first: "financial_reporting"},
		{question: "How are loss run reports to carriers checked before they are sent?", report: "soc1", first: "financial_reporting"},
		// Payroll and billing.
		{question: "How are retroactive pay adjustments computed and paid in the next cycle?", report: "soc1", first: "transaction_processing"},
		{question: "How do you make sure off-cycle checks are calculated right?", report: "soc1", first: "transaction_processing"},
		{question: "How are proration and credits handled when a subscriber changes plans mid-cycle?", report: "soc1", first: "transaction_processing"},
		// Fund administration and brokerage.
		{question: "How are subscriptions and redemptions in the fund processed at the right NAV?", report: "soc1", first: "transaction_processing"},
		{question: "How do you check the Schedule K-1s you issue to limited partners?", report: "soc1", first: "financial_reporting"},
		{question: "How are client securities registered in the name of the firm's nominee protected?", report: "soc1", first: "custody"},
		// Trust and escrow.
		{question: "How are tenant security deposits held and returned?", report: "soc1", first: "custody"},
		// Healthcare claims and remittances.
		{question: "How do you ensure explanation of benefits amounts match what the plan actually paid?", report: "soc1", first: "transaction_processing"},
		{question: "How do you ensure that provider remittances reflect the contracted allowed amounts?", report: "soc1", first: "transaction_processing"},
		{question: "How are provider fee schedules loaded and who checks them?", report: "soc1", first: "master_data"},
		{question: "How do you confirm the 820 premium payment file we receive from you is complete?", report: "soc1", first: "interfaces"},
		// Inventory.
		{question: "How is cost of goods sold calculated at month end?", report: "soc1", first: "transaction_processing"},
		{question: "How are stock counts compared to the perpetual inventory records and variances investigated?", report: "soc1", first: "reconciliation"},
		{question: "How are changes to the item cost master approved?", report: "soc1", first: "master_data"},
		// Near misses: the same words in another sense.
		{question: "Are background checks processed before a new hire starts?", report: "soc2"},
		{question: "Do you carry cyber insurance, and what is the coverage limit?", report: "none"},
		{question: "How is the student's account in the ERP protected from unauthorised logins?", report: "both", first: "access_financial"},
	})
}

// Rates, percentages, price lists, fee and surcharge schedules, commission and rebate
// terms keyed in, set up or captured, with someone checking them, are master data
// (SOC 1), whatever the business: a log of the changes made to them is part of that
// control. Code that calculates them, or the payments made with them, are not.
func TestMasterDataKeyedIn(t *testing.T) {
	t.Parallel()
	md := []string{"master_data"}
	checkClass(t, []classCase{
		{q: "Who sets up volume discount percentages per customer and who reviews them?", report: "soc1", areas: md},
		{q: "Royalty percentages per author are captured by whom, and checked how?", report: "soc1", areas: md},
		{q: "Freight surcharge rates - who keys them in, who checks them?", report: "soc1", areas: md},
		{q: "How do you ensure discount terms loaded for each customer match the signed contract?", report: "soc1", areas: md},
		{q: "Who maintains the fee schedules in the billing platform and are edits independently reviewed?", report: "soc1", areas: md},
		{q: "Tax tables in payroll - who updates them each year and is the update checked by someone else?", report: "soc1", areas: md},
		{q: "Is there an audit trail of edits to employee pay rates, and who reviews it?", report: "soc1", areas: md},
		{q: "Commission rates for brokers are input by the sales ops team; does finance verify each one?", report: "soc1"},
		// Near-misses: the calculation code, the payments, access, a change log of IT.
		{q: "Who approves changes to the rebate calculation code before release?", report: "both", areas: []string{"change_financial"}},
		{q: "Are rebate payments calculated and paid to customers accurately each quarter?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Is access to the vendor master file logged and reviewed?", report: "both"},
		{q: "Is there a log of changes to firewall rules?", report: "soc2"},
		{q: "Are firewall rule changes entered by one engineer reviewed by another?", report: "soc2"},
		{q: "Describe your pricing model and any volume discounts.", report: "none", arts: []string{"custom_answer"}},
	})
}

// Jobs, batches and runs of a named financial process monitored, their failures or
// delays detected, escalated, restarted and resolved, are IT operations over a
// financial system: both reports, PI1.3 and operations_financial (guide, section 8).
// Who authorises a rerun, and whether a rerun posts twice, are the processing itself
// (SOC 1); the asker's SOX framing is SOC 1 alone; runs with no financial word are
// SOC 2 processing integrity.
func TestOperationsOverFinancialRuns(t *testing.T) {
	t.Parallel()
	ops := []string{"operations_financial"}
	checkClass(t, []classCase{
		{q: "Describe monitoring of the scheduled billing jobs and how failures are followed up.", report: "both", crit: "PI1.3", areas: ops},
		{q: "Is the job scheduler for the premium billing cycle monitored and are incomplete runs restarted?", report: "both", crit: "PI1.3", areas: ops},
		{q: "What happens when the end-of-day settlement batch does not finish on time?", report: "both", crit: "PI1.3", areas: ops},
		{q: "Loan interest accrual run - how are job failures tracked to resolution?", report: "both", crit: "PI1.3", areas: ops},
		{q: "Who is paged when the invoice generation job fails overnight, and how is it restarted?", report: "both", crit: "PI1.3", areas: ops},
		{q: "Our payroll runs every other Friday; if a step of the run is late or fails, how do you escalate it?", report: "both", crit: "PI1.3", areas: ops},
		// Near-misses: the rerun's authorisation or duplicates, SOX framing, no
		// financial word, accuracy of the calculation, backups.
		{q: "When the night treatment (batch) of accounting is failing, who is relaunching it and with which authorisation?", report: "soc1", areas: ops},
		{q: "If the overnight posting batch fails partway and is rerun, what stops transactions from being posted twice?", report: "soc1"},
		{q: "For SOX purposes, how are failures of the payroll batch monitored and resolved?", report: "soc1", areas: []string{"operations_financial", "financial_reporting"}},
		{q: "Are failed batch jobs detected and rerun?", report: "soc2", crit: "PI1.3"},
		{q: "Are nightly analytics loads monitored for failures?", report: "soc2", crit: "PI1.3"},
		{q: "How are payroll calculations checked for accuracy before payment?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Is the billing database backed up nightly, and are failed backups rerun?", report: "both", areas: ops},
	})
}

// A business control of a financial process stays SOC 1 when its words name a batch
// or a team only as the carrier or the owner of the process: the batch that posts
// receipts, its totals agreeing to the bank, "Treasury Operations" reconciling cash.
// IT controls of a financial system named by what it processes, or of an engine that
// calculates rates, are both reports; data changed inside the system (a charge master)
// is master data. Monitoring, failures and backups of the runs stay both.
func TestBusinessControlOrITControlOfAFinancialSystem(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Client cash accounts are reconciled every day to bank statements by Treasury Operations, and old reconciling items are escalated.", report: "soc1", area: "reconciliation", not: "operations_financial"},
		{question: "Each night a batch posts member contributions to the plan ledger; how do you know nothing is posted twice and the batch total ties to the funding wire?", report: "soc1", not: "operations_financial"},
		{question: "Loan Operations matches every borrower payment to the servicing ledger each morning; who reviews the unmatched items?", report: "soc1", area: "reconciliation"},
		{question: "Do batch totals in the nightly claims payment file agree to the amounts approved in the claims system?", report: "soc1", not: "operations_financial"},
		{question: "Is access to the systems that process our customers' payment transactions reviewed each quarter?", report: "both", area: "access_financial"},
		{question: "Who can log in to the application that calculates employee pay, and how is that access approved?", report: "both", area: "access_financial"},
		{question: "Changes to the premium rate engine are approved and tested before they are deployed to production.", report: "both", area: "change_financial"},
		{question: "Are chargemaster updates reviewed by finance before they go live in the patient accounting system?", report: "soc1", area: "master_data"},
		// Near-misses: runs monitored, backups, data that is not financial, rate tables.
		{question: "How do you monitor the nightly loan servicing batch jobs, and who gets alerted when one of them fails?", report: "both", area: "operations_financial"},
		{question: "Is the billing system backed up daily?", report: "both", area: "operations_financial"},
		{question: "Is access to systems that process customer data reviewed quarterly?", report: "soc2"},
		{question: "Who approves changes to the rate tables in the billing system?", report: "soc1", area: "master_data"},
	})
}
