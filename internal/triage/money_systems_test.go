package triage

import "testing"

// IT controls over a named money system (a wallet or cashier back office, a payout or
// funding system, a claims payment system's release process, a payout engine's
// recovery) are both reports; the completeness and integrity of an interface file
// stays SOC 1 whatever its timing ("overnight") or path ("in transit") words; IT
// general controls asked for the asker's own ITGC scoping are SOC 1 only.
func TestMoneySystemsAndInterfaceFiles(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Who has access to the cashier module that credits and debits customer wallets, and how is that access reviewed each quarter?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Is a second factor required for staff who approve seller payouts in the payout platform?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Walk us through how a hotfix reaches the premium billing system: who approves it and can it be rolled back?",
			report: "both", areas: []string{"change_financial"}},
		{q: "What are the RTO and RPO for the affiliate payout engine, and when was its failover last rehearsed?",
			report: "both", areas: []string{"operations_financial"}},
		{q: "The settlement file reaches our general ledger overnight; how do you confirm no record is lost or duplicated on the way?",
			report: "soc1", areas: []string{"interfaces"}},
		{q: "What stops the payroll export to our bank from being truncated or altered in transit, so every payment line arrives complete?",
			report: "soc1"},
		{q: "For our ITGC walkthrough, describe how the month-end billing jobs are scheduled and how failed runs are escalated.",
			report: "soc1"},
		// Near-misses: encryption in transit asked for, a network switch as a device,
		// payments released (not a software release), a person who both sets up and approves.
		{q: "Are the files you send us protected in transit with TLS?", report: "soc2"},
		{q: "Are your core network switches hardened and patched?", report: "soc2"},
		{q: "Can a single treasury clerk release a payment without a second approver?", report: "soc1"},
		{q: "Can one clerk both create a vendor and approve its first payment run?", report: "soc1", areas: []string{"segregation_of_duties"}},
	})
}

// The accuracy of figures and documents that are not financial (dashboard metrics
// derived from raw events, a certificate of analysis holding the approved results,
// sent only to the named contact) is processing integrity over outputs; the same words
// over invoices or statements stay SOC 1.
func TestNonFinancialOutputAccuracy(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "How do you know the engagement statistics on the reporting dashboard are complete and accurate?", report: "soc2", crit: "PI1.4"},
		{q: "Are the ride counts shown to operators computed from the underlying trip records without loss?", report: "soc2", crit: "PI1.4"},
		{q: "How is it assured that each lab report carries exactly the validated results for the sample?", report: "soc2", crit: "PI1.4"},
		{q: "Is the certificate of conformance checked so it matches the batch record before it goes out?", report: "soc2", crit: "PI1.4"},
		{q: "Are shipping manifests released only to the nominated recipient at the customer?", report: "soc2", crit: "PI1.4"},
		// Near-misses: the same words over financial outputs, a dashboard with no accuracy asked.
		{q: "How do you know the commission figures on the agent dashboard are calculated correctly?", report: "soc1"},
		{q: "Are invoices sent only to the designated billing contact?", report: "soc1"},
		{q: "Do you offer a dashboard of security alerts?", report: "soc2"},
	})
}

// The report for the asker's financial audit asked for together with a second report
// for its security review is both reports, with no audited-statements artifact; one
// report alone, or the security team's questions only, keeps its own.
func TestFinancialAuditReportPlusSecurityReport(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Our auditors want your ISAE 3402; additionally, send whichever report your security programme is audited under.", report: "both"},
		{question: "Attach the SOC 1, plus the report that covers infosec, to this ticket.", report: "both"},
		{question: "We need the report our auditors rely on for our financial statements, and also the one that covers your security controls.", report: "both", not: "financial_statements"},
		{question: "Please send the SSAE 18 report for our SOX testing, plus a second one on security.", report: "both"},
		// Near-misses: one report only.
		{question: "Send the SOC 1 for our auditors; our security team has no further questions.", report: "soc1"},
		{question: "Please provide your audited financial statements.", report: "none", artifact: "financial_statements"},
	})
}

// A report someone on the asker's side already has ("our controller already has your
// SOC 1") is not asked for: the question beside it decides. Without "already", "our
// auditors have asked for your SOC 1" still asks for it.
func TestReportAlreadyHeldByAColleague(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Our finance team already has your SOC 1. The CISO asks whether production access is reviewed quarterly.", report: "soc2"},
		{question: "Our auditors already hold the SOC 1 report; separately, how do you encrypt backups?", report: "soc2"},
		{question: "Our procurement desk already received your SOC 2. Do you screen new hires?", report: "soc2"},
		// Near-misses: asked for, not held.
		{question: "Our auditors have asked for your SOC 1.", report: "soc1"},
		{question: "Our controller has requested the SOC 1 for the year.", report: "soc1"},
	})
}

// A money system named only by its business function or product (a royalty
// distribution platform, a fare collection back office, an escrow module, a gift card
// switch, a donation portal) is a financial system: its access, changes and recovery
// are both reports. The same modifiers before no system noun, a word that only looks
// like one (premium support, a tax ID), or a word with a common other sense (a Swift
// app, "atm" for "at the moment") keep the security question SOC 2.
func TestMoneySystemNamedByFunction(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is MFA required for administrators of the royalty distribution platform?",
			report: "both", areas: []string{"access_financial"}},
		{q: "How are code changes to the fare collection back office tested before they go live?",
			report: "both", areas: []string{"change_financial"}},
		{q: "Is the database behind the escrow module backed up, and when was a restore last tested?",
			report: "both", areas: []string{"operations_financial"}},
		{q: "What recovery time objective applies to the gift card switch, and is failover rehearsed?",
			report: "both", areas: []string{"operations_financial"}},
		{q: "Are volunteers' logins to the donation portal removed when they stop helping?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Who approves upgrades of the tuition billing software each semester?",
			report: "both", areas: []string{"change_financial"}},
		{q: "Is remote vendor support into our dealership point-of-sale system protected by MFA?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Hotfixes to the reinsurance accounting hub: who signs them off?",
			report: "both", areas: []string{"change_financial"}},
		{q: "Who has access to the toll back office, and is that list reviewed?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Is access to the HOA dues portal reviewed each quarter?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Is the tip pooling app's access list reviewed?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Is the crypto wallet backend database backed up?",
			report: "both", areas: []string{"operations_financial"}},
		// Near-misses: no money system, or a modifier in another sense.
		{q: "Is the premium support portal protected by MFA?", report: "soc2"},
		{q: "Is access to the tax ID database logged?", report: "soc2"},
		{q: "Is the revenue dashboard app patched monthly?", report: "soc2"},
		{q: "Is MFA enforced on the data collection platform?", report: "soc2"},
		{q: "Are your core network switches hardened and patched?", report: "soc2"},
		{q: "Is the Swift application code peer reviewed before release?", report: "soc2"},
		{q: "atm the system is down, who approves the emergency fix?", report: "soc2"},
	})
}

// A money word whose object is not money is no financial process: user accounts
// reconciled against a staff list, IT assets reconciled against a cloud bill, a cloud
// provider's billing console or dashboard, a wallet of credentials, backup
// media in someone's custody, a dispute settled, a platform named only as the one
// whose subprocessors are vetted. The security question stays SOC 2; the same words
// over balances, funds and calculations keep their SOC 1 half.
func TestMoneyWordsInAnotherSense(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are dormant accounts reconciled against the staff list each quarter?", report: "soc2", areas: []string{}},
		{q: "Are contractor accounts reconciled with the HR system when contracts end?", report: "soc2", areas: []string{}},
		{q: "Is the IT asset register reconciled against the cloud invoice each month to catch unknown servers?", report: "soc2", areas: []string{}},
		{q: "Tapes in the custody of the courier: are they encrypted and signed for at each hand-off?", report: "soc2", areas: []string{}},
		{q: "Since settling the complaint about last year's downtime, have you changed how customers are told about incidents?", report: "soc2", areas: []string{}},
		{q: "Which subprocessors does your billing platform use, and how are they reviewed for security?", report: "soc2", areas: []string{}},
		{q: "Is MFA required on the AWS billing console?", report: "soc2", areas: []string{}},
		{q: "Who can open the cloud provider's billing dashboard, and is access reviewed?", report: "soc2", areas: []string{}},
		// A wallet that holds credentials or keys (an Oracle or Java wallet) holds no money.
		{q: "Are service account credentials kept in an Oracle wallet on the database server?", report: "soc2", areas: []string{}},
		{q: "Is the wallet the application uses to reach the database protected from other users?", report: "none", areas: []string{}},
		// Near-misses: the same words over money.
		{q: "Are customer loan accounts reconciled to the general ledger daily?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Is the tenant deposit account reconciled to the bank statement every month?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "How are client funds held in custody safeguarded?", report: "soc1", areas: []string{"custody"}},
		{q: "Which subprocessors calculate payroll for you, and how do you check their calculations are accurate?", report: "both", areas: []string{"transaction_processing"}},
		{q: "Is the payroll platform backed up daily and the restore tested?", report: "both", areas: []string{"operations_financial"}},
		{q: "Who has access to the billing console where customer invoices are adjusted?", report: "both", areas: []string{"access_financial"}},
		{q: "Who approves changes to the mobile wallet application?", report: "both", areas: []string{"change_financial"}},
		{q: "Who can change balances in the digital wallet platform?", report: "both", areas: []string{"access_financial"}},
	})
}

// Access and recovery controls over a money system said in the words access reviews
// and DR plans use (user IDs disabled, leavers removed, offboarding, recertification,
// who administers it;
// replication to a standby site or second region) are both reports like "access" and
// "backup"; without a money system they stay SOC 2.
func TestControlWordsOverMoneySystems(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are user IDs on the loan servicing platform disabled the day someone leaves?", report: "both", areas: []string{"access_financial"}},
		{q: "Are leavers' logins to the commission engine revoked within a day?", report: "both", areas: []string{"access_financial"}},
		{q: "Is there a twice-yearly recertification of who can use the royalty platform?", report: "both", areas: []string{"access_financial"}},
		{q: "Is offboarding from the fare collection back office done the same day?", report: "both", areas: []string{"access_financial"}},
		{q: "Is the escrow ledger database replicated to a secondary region?", report: "both", areas: []string{"operations_financial"}},
		{q: "Does the payout engine have a warm standby site?", report: "both", areas: []string{"operations_financial"}},
		{q: "Who can administer the subscription invoicing app?", report: "both", areas: []string{"access_financial"}},
		// Near-misses: the same controls with no money system.
		{q: "Is customer data replicated to a secondary region?", report: "soc2", areas: []string{}},
		{q: "Are leavers removed from Active Directory within a day?", report: "soc2", areas: []string{}},
		{q: "Who can administer the firewall?", report: "soc2", areas: []string{}},
	})
}
