package triage

import "testing"

// The asker's own financial statement audit, named in other words than "our
// financial statement audit": "for the audit of our financial statements", or
// external or statutory auditors who want evidence of a control over a money
// system. That is the SOC 1 alone, with financial reporting beside the control's
// area. The respondent's own external auditors, or auditors asking about a system
// that moves no money, frame no reliance.
func TestAskerAuditNamedInOtherWords(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "For the audit of our financial statements, how are changes to the billing platform approved?",
			report: "soc1", first: "change_financial", with: []string{"financial_reporting"}},
		{question: "As part of auditing our financial statements, who can post manual journals in the ledger you run for us?",
			report: "soc1", first: "access_financial", with: []string{"financial_reporting"}},
		{question: "External auditors asked us for evidence that changes to the claims platform were approved.",
			report: "soc1", first: "change_financial", with: []string{"financial_reporting"}},
		{question: "Statutory auditors need proof that leavers lose access to the invoicing system promptly.",
			report: "soc1", first: "access_financial", with: []string{"financial_reporting"}},
		{question: "The external auditors requested evidence that restores of the loan servicing database were tested.",
			report: "soc1", first: "operations_financial", with: []string{"financial_reporting"}},
		// Near misses: the respondent's auditors, or no money system.
		{question: "Do your external auditors need evidence of access reviews on the billing system?",
			report: "both", first: "access_financial"},
		{question: "Did your external auditors require any changes to the billing system?",
			report: "both", first: "change_financial"},
		{question: "External auditors want evidence that access to our network is reviewed.",
			report: "soc2"},
	})
}

// Management's response to exceptions a report noted asks whether they were put
// right, as "how were they remediated?" does: the part adds no SOC 2 subject beside
// the SOC 1 control it follows.
func TestManagementResponseFollowsExceptions(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Were any exceptions noted in the testing of the cash application control in your last SOC 1, and what was management's response?",
			report: "soc1"},
		{question: "Your SOC 1 listed a deviation in payroll change approvals. What was management's response?",
			report: "soc1", first: "change_financial"},
		// Near miss: the same follow-up after a SOC 2 stays SOC 2.
		{question: "In your most recent SOC 1 the auditor found a deviation in the lockbox reconciliation. What was management's response?",
			report: "soc1", first: "reconciliation"},
		{question: "Were there any exceptions in the SOC 1 testing of payroll access reviews, and what was the response from management?",
			report: "soc1", first: "access_financial"},
		{question: "The SOC 1 noted two exceptions on claim payment approvals; how did management respond?",
			report: "soc1"},
		{question: "Any deviations in the SOC 1 for billing changes? What corrective response did management give?",
			report: "soc1", first: "change_financial"},
		{question: "Were exceptions noted in your SOC 2 for access reviews? How did management respond?",
			report: "soc2"},
		{question: "What was management's response to the deviations in your SOC 2?", report: "soc2"},
	})
}

// Staff who log cheques or receipts by hand record money items: beside incompatible
// duties it is one of the duties, not event logging. Logs of payments kept by a
// system stay logging.
func TestMoneyItemsLoggedByHand(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Do the staff who open the post and log cheques also record the gifts in the donor system?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Do the clerks who open the mail and log remittances also post them to customer accounts?",
			report: "soc1", first: "segregation_of_duties"},
		// Near misses: logs a system keeps.
		{question: "Is the person who logs pledges the same person who records them in the fundraising system?",
			report: "soc1", first: "segregation_of_duties"},
		{question: "Are the people who log receipts at the front desk also allowed to apply them to tenant ledgers?",
			report: "soc1"},
		{question: "Does the receptionist who logs incoming checks also reconcile the deposit?",
			report: "soc1"},
		{question: "Are payment logs retained for a year?", report: "soc2"},
		{question: "Are payment file transfer logs reviewed for failures?", report: "soc2"},
		{question: "Is access to the ledger logged and reviewed?", report: "both", first: "access_financial"},
		{question: "Do you log payments made through the billing system with the user ID?",
			report: "both", first: "access_financial"},
	})
}

// The logic that computes a money transaction (interest accrual, premium or
// commission logic) is part of the money system: a change to it is a change to the
// financial application, both reports. Matching logic for other data is not.
func TestMoneyLogicIsMoneySystem(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Changes to the interest accrual logic on the mortgage book: who signs them off, and are they run in parallel first?",
			report: "both", first: "change_financial"},
		{question: "Who can modify the commission logic, and is each modification tested?",
			report: "both", first: "change_financial"},
		{question: "Who approves changes to the billing logic, and are they tested before release?",
			report: "both", first: "change_financial"},
		{question: "How is a change to the pay calculation logic tested before it is released?",
			report: "both", first: "change_financial"},
		// The logic named with no change asked about is the money process itself.
		{question: "Is the claims adjudication logic documented?", report: "soc1"},
		{question: "What logic do you use to allocate partial payments across open invoices?", report: "soc1"},
		// Near miss: logic over non-financial data.
		{question: "Describe the matching logic for our event data feed.", report: "soc2"},
		{question: "When the routing logic for support tickets changes, is it tested?", report: "soc2"},
	})
}

// IT controls over a money store or run that no system name gives away: the batch
// that posts or settles money, keys to cold storage of client coins, a database of
// balances encrypted at rest with its contents listed in brackets, and each money
// release logged with the user who made it. Each is both reports with the matching
// IT general control area (and custody beside the keys to client coins). The same
// controls over other data stay SOC 2.
func TestMoneyStoresAndRunsUnderITControls(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "The end-of-day batch that accrues interest on deposit accounts: how are abends detected and resolved?",
			report: "both", first: "operations_financial"},
		{question: "Who holds the key shards for cold storage of client coins?",
			report: "both", with: []string{"access_financial", "custody"}},
		{question: "Is the ledger database (journals, balances and account history) encrypted at rest?",
			report: "both", first: "access_financial"},
		{question: "In the payout platform, is each manual disbursement logged with the user who approved it?",
			report: "both", first: "access_financial"},
		// Near misses: other data, or no control asked.
		{question: "Is the batch job that loads analytics events monitored for failures?", report: "soc2"},
		{question: "Are backups moved to cold storage after 30 days?", report: "soc2"},
		{question: "Are encryption keys for backups kept in cold storage?", report: "soc2"},
		{question: "Is the customer database (names, emails, order history) encrypted at rest?", report: "soc2"},
		{question: "Are API calls logged with the user ID?", report: "soc2"},
		{question: "How are batch issues escalated?", report: "none"},
	})
}

// A change to a loan's terms, a repayment plan or a price tier set-up is a change of
// standing data (master data, SOC 1), and a borrower's income recertification is no
// access recertification. Code changes and user access recertifications keep both.
func TestStandingTermsChangedAreMasterData(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Who authorises changes to loan terms on the servicing platform after a borrower's income recertification?",
			report: "soc1", first: "master_data", without: []string{"change_financial", "access_financial"}},
		{question: "Who can amend a borrower's loan terms after a hardship review, and is a second person involved?",
			report: "soc1", first: "master_data"},
		{question: "Card programme rebates: are the tiers applied right on each invoice, and who can change the tier set-up?",
			report: "soc1", without: []string{"change_financial"}},
		{question: "Who can change the interest rate on an existing loan, and is it checked against the note?",
			report: "soc1", first: "master_data"},
		{question: "Who can edit the repayment schedule of a loan after it is boarded?",
			report: "soc1", first: "master_data"},
		{question: "When commission tiers are changed for a sales team, who approves the new set-up?",
			report: "soc1", first: "master_data"},
		// Near misses: the software changed, or users' access recertified.
		{question: "Are code changes to the loan servicing system tested before release?",
			report: "both", first: "change_financial"},
		{question: "How often are user access recertifications performed for the loan servicing system?",
			report: "both", first: "access_financial"},
		{question: "Are releases of the loan servicing software approved by change management?",
			report: "both", first: "change_financial"},
		{question: "Who reviews user entitlements on the lending platform each quarter?",
			report: "both", first: "access_financial"},
	})
}

// A second report asked for by the money process it covers ("whichever report
// covers the payroll calculations") beside a named SOC 2 is the SOC 1: both
// reports. The SOC 2 described by the platform it covers stays the SOC 2.
func TestSecondReportNamedByMoneyProcess(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Send the SOC 2 for our CISO, and whichever report covers the claims payments for our finance team.",
			report: "both"},
		{question: "Our IT team needs the SOC 2; our accountants need the other report covering billing.",
			report: "both"},
		{question: "Please send the SOC 2 for security review, and whatever report covers your payroll processing for our controller.",
			report: "both"},
		{question: "We need two things: the SOC 2, and another report covering the premium billing for our finance team.",
			report: "both"},
		{question: "Send the SOC 2 and any other report covering claims payments.", report: "both"},
		// Near misses: one report over the platform; a statement, not a report asked for.
		{question: "Please send the SOC 2 report that covers your payroll platform.", report: "soc2"},
		{question: "Do you send a separate report of invoices each month?", report: "soc1"},
		{question: "Is there a second report covering the availability of the platform?", report: "soc2"},
		{question: "Which report covers your payroll service?", report: "soc1"},
		{question: "Send the SOC 2 covering your billing platform.", report: "soc2"},
	})
}

// Data said to be not financial is not a money interface, and MDM beside meter
// reads is the meter data system, not mobile device management.
func TestNotFinancialAndMeterData(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "The files we send (sensor readings, not financial data) - how do you check each is loaded complete?",
			report: "soc2"},
		{question: "Meter reads come from our MDM into your billing engine; how are estimated reads controlled before bills are calculated?",
			report: "soc1"},
		{question: "We send interval meter data from our MDM each night; how do you confirm all reads reach the billing engine?",
			report: "soc1"},
		{question: "Our usage data is non-financial; how do you check the files are complete when loaded?", report: "soc2"},
		// Near misses.
		{question: "Do you use MDM on company phones?", report: "soc2"},
		{question: "How do you enroll laptops in MDM?", report: "soc2"},
		{question: "Is MDM used to wipe lost devices?", report: "soc2"},
		{question: "The payroll file is sent to the bank every Friday. How do you verify it is complete?",
			report: "soc1", first: "interfaces"},
		{question: "The nightly file to our bank is financial, not marketing: how do you check it is complete?",
			report: "soc1", first: "interfaces"},
	})
}
