package triage

import (
	"slices"
	"testing"
)

// reportCase is a question and the report its verdict must choose, with a criterion,
// a SOC 1 area and an artifact that must be among the verdict's (none when "") and a
// criterion, area or artifact that must not.
type reportCase struct {
	question string
	report   string
	crit     string
	area     string
	artifact string
	not      string
}

func checkReportCases(t *testing.T, cases []reportCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tc := range cases {
		v := e.Classify(Question{Text: tc.question})
		bad := v.Report != tc.report
		bad = bad || tc.crit != "" && !slices.Contains(v.Criteria, tc.crit)
		bad = bad || tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area)
		bad = bad || tc.artifact != "" && !slices.Contains(v.Artifacts, tc.artifact)
		bad = bad || tc.not != "" && (slices.Contains(v.Criteria, tc.not) || slices.Contains(v.SOC1Areas, tc.not) || slices.Contains(v.Artifacts, tc.not))
		if bad {
			rules := []string{}
			for _, ev := range v.Evidence {
				rules = append(rules, ev.Rule)
			}
			t.Errorf("%q: %s %v %v %v, want %s (crit %q, area %q, artifact %q, not %q); rules %v",
				tc.question, v.Report, v.Criteria, v.SOC1Areas, v.Artifacts, tc.report, tc.crit, tc.area, tc.artifact, tc.not, rules)
		}
	}
}

// A SOC report named without its number (a Type 1, the service auditor's opinion, an
// independent attestation) beside a question about a financial process only is the
// SOC 1: that is the report on such a process. A SOC 2 topic beside it, a refused SOC
// 1, or no financial process keeps the SOC 2.
func TestUnnumberedReportOverAFinancialProcess(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "We understand only a Type 1 exists so far. How are lockbox deposits matched to open invoices?", report: "soc1"},
		{question: "Is there an independent attestation covering your claims adjudication service?", report: "soc1"},
		{question: "Do you have a SOC report that covers payroll tax deposits?", report: "soc1"},
		{question: "Please to send the assurance report for the fund accounting service, the design one as of 30 June is ok.", report: "soc1"},
		{question: "Your service auditor's opinion - does it test how commission statements to our agents are calculated?", report: "soc1"},
		{question: "A point-in-time report is acceptable to us for now. Meanwhile explain how client money is kept in segregated trust accounts.", report: "soc1", area: "custody"},
		// Near-misses: a SOC 2 topic beside the report, no financial process, a SOC 1 refused.
		{question: "Do you have a SOC report? How is access to the payroll system reviewed?", report: "both"},
		{question: "Can you share your Type 2 report? Are customer records encrypted at rest?", report: "soc2"},
		{question: "Is there an independent attestation covering your security program?", report: "soc2"},
		{question: "Do you have a SOC report covering your billing platform's availability?", report: "soc2"},
		{question: "We do not need a SOC 1; please send your Type 2 report on the claims platform.", report: "soc2"},
		// A report without its number over IT controls of a named financial system
		// (access, change) is both reports, whatever type is accepted.
		{question: "The loan servicing module launched last quarter, so a design-only report as of one date on access and change controls over it would do for now.", report: "both", area: "access_financial"},
		{question: "Is there an independent attestation yet over who can access the payroll application and how its changes are approved?", report: "both", area: "change_financial"},
		{question: "We would accept a Type 1 covering logical access to your claims system while the period of the Type 2 runs.", report: "both", area: "access_financial"},
		{question: "Does your auditor's report cover change management for the billing engine?", report: "both", area: "change_financial"},
		// Near-misses: no financial system, or the SOC 1 refused.
		{question: "Is there an independent attestation over your access controls?", report: "soc2"},
		{question: "We do not need a SOC 1. Is there an independent report on access to the payroll application?", report: "soc2"},
	})
}

// Bonds and crime cover that protect client money are insurance, shown by its
// certificate, even when the money they cover is custody's subject (guide section 8).
// A bond as a security, or how the money itself is protected, stays SOC 1.
func TestBondsAndCrimeCoverAreInsurance(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Do you carry a fidelity bond covering your employees who handle client funds? Limits?", report: "none", artifact: "insurance_certificate"},
		{question: "Is there commercial crime coverage protecting the trust account balances against staff theft?", report: "none", artifact: "insurance_certificate"},
		{question: "Please state the limit of your employee dishonesty cover for client money you hold.", report: "none", artifact: "insurance_certificate"},
		{question: "ERISA bond amount for the plans you administer?", report: "none", artifact: "insurance_certificate"},
		{question: "Your company has the crime insurance which cover the funds of clients, yes or no, and how much?", report: "none", artifact: "insurance_certificate"},
		{question: "Is a surety bond in place for your money transmitter licence, and for what amount?", report: "none", artifact: "insurance_certificate"},
		// Near-misses: bonds as securities, client money itself.
		{question: "Are bond trades settled on T+1 and reconciled to the custodian?", report: "soc1"},
		{question: "How are client funds held in your custody protected from misuse by staff?", report: "soc1", area: "custody"},
	})
}

// Which file formats or message standards the product reads or writes is a product
// fact, written in, even when the files are financial: no SOC report answers it.
// Whether such files are checked, reconciled or protected is a control.
func TestFileFormatsAreProductFacts(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Can the platform export settlement files in ISO 20022 format?", report: "none", artifact: "custom_answer"},
		{question: "Does your payroll system generate the GL journal file in a format our ERP can import (CSV or fixed width)?", report: "none", artifact: "custom_answer"},
		{question: "Can remittance advices be downloaded as XML?", report: "none", artifact: "custom_answer"},
		{question: "Which bank statement formats does your cash management module accept - BAI2, MT940?", report: "none", artifact: "custom_answer"},
		{question: "Do you support 835 remittance files in X12 5010 format?", report: "none", artifact: "custom_answer"},
		{question: "Do you send the positive pay file in BAI format?", report: "none", artifact: "custom_answer"},
		// Near-misses: the files checked, reconciled, protected; formats specified.
		{question: "Are NACHA files validated against control totals before they are sent to the bank?", report: "soc1", area: "interfaces"},
		{question: "How do you make sure the GL file exported to our ERP is complete and ties to the payroll register?", report: "soc1", area: "interfaces"},
		{question: "Is the payroll file transmitted to the bank in NACHA format over SFTP?", report: "both", crit: "CC6.7"},
		{question: "Are published APIs documented with the formats of their inputs and outputs?", report: "soc2"},
	})
}

// Incompatible business duties kept apart in a financial process are segregation of
// duties, a SOC 1 control, whether system roles or permissions enforce it or the
// question goes on to ask for the compensating control ("If not, what mitigates
// it?", a follow-up about the question before it). Access to the system itself, the
// roles reviewed, or who may change its workflow stay both reports.
func TestSegregatedDutiesAreNotAccessControls(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "People who set up new client employers or raise an employee's pay rate are blocked by system roles from approving payroll runs.", report: "soc1", area: "segregation_of_duties", not: "access_financial"},
		{question: "Do system roles in the billing platform stop the person who issues a credit memo from approving it?", report: "soc1", area: "segregation_of_duties"},
		{question: "Is segregation of duties between vendor set-up and payment approval enforced through roles in the AP system?", report: "soc1", area: "segregation_of_duties"},
		{question: "Permissions in the claims system are configured so an examiner cannot approve a claim they entered.", report: "soc1", area: "segregation_of_duties"},
		{question: "Can one payroll clerk both add an employee and approve the pay run? If not, what compensating control exists?", report: "soc1", area: "segregation_of_duties"},
		{question: "Is it possible for a single user to raise and approve a journal in the ledger? If so, how is this mitigated?", report: "soc1", area: "segregation_of_duties"},
		{question: "Expense system: can an employee approve their own expense claims?", report: "soc1", area: "segregation_of_duties"},
		// Near-misses: access to the financial system, roles reviewed, changes to it.
		{question: "Are user roles in the payroll system reviewed quarterly?", report: "both", area: "access_financial"},
		{question: "Are payroll system roles reviewed for segregation of duties conflicts each quarter?", report: "both", area: "access_financial"},
		{question: "Is least privilege enforced through roles in the payroll system?", report: "both", area: "access_financial"},
		{question: "Who can change the approval workflow in the AP system?", report: "both"},
		{question: "Can developers promote their own code to the billing platform's production?", report: "both", area: "change_financial"},
	})
}

// A part of a line that only answers the question before it ("If yes, …") is about
// that question: answered by the vocabulary alone it adds nothing, while a rule it
// fires on its own (a document asked for) still counts.
func TestConditionalFollowUps(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Can one buyer both raise a purchase order and approve the supplier invoice? If yes, what is the compensating control?", report: "soc1"},
		{question: "Do you use subprocessors? If so, how are they assessed?", report: "soc2", crit: "CC9.2"},
		{question: "Do you accept card payments? If yes, please attach your PCI AOC.", report: "none", artifact: "pci_aoc"},
	})
	for _, tc := range []struct {
		part string
		want bool
	}{
		{"If yes, what is the compensating control?", true},
		{" if not: describe the alternative.", true},
		{"Otherwise, explain why.", true},
		{"If the period has ended, send a bridge letter.", false},
		{"Is there a compensating control?", false},
	} {
		if got := followUp(tc.part); got != tc.want {
			t.Errorf("followUp(%q) = %v, want %v", tc.part, got, tc.want)
		}
	}
}

// Words that begin like "access" without its sense (freight accessorials, museum
// accessions) name no access to a financial system.
func TestAccessWordSense(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How do you check that each carrier invoice is rated on the contracted tariff, accessorials included, before you fund it?", report: "soc1", not: "access_financial"},
		{question: "Are detention and other accessorial charges on freight bills validated against the rate agreement before payment?", report: "soc1", not: "access_financial"},
		{question: "Is access to the freight payment system reviewed quarterly?", report: "both", area: "access_financial"},
	})
}

// Security controls on the devices a finance team uses (laptops, workstations,
// phones of "treasury ops" or "payroll operations") are endpoint security, SOC 2: the
// financial word names the team, not a system whose operation is asked about, and
// the SOC 1 rules stand down for malware and EDR. Running the financial system (its
// batches, backups) stays both reports, as does a security control over the servers
// that run it (malware protection on the servers that run the payroll batch, in
// TestMoneySystemControlsInPlainWords).
func TestFinanceTeamDevicesAreEndpoints(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Payroll ops workstations: is antivirus installed and are disks encrypted?", report: "soc2", crit: "CC6.8"},
		{question: "Do the claims operations desktops run EDR?", report: "soc2", crit: "CC6.8"},
		{question: "Treasury ops phones - MDM enrolled and encrypted?", report: "soc2"},
		{question: "Are the billing operations team's laptops encrypted?", report: "soc2", crit: "CC6.1"},
		// Near-misses: the financial system itself operated, backed up.
		{question: "Are payroll batch jobs monitored and failures resolved?", report: "both", area: "operations_financial"},
		{question: "Is the treasury system backed up nightly?", report: "both", area: "operations_financial"},
	})
}

// Who holds system rights, permissions or privileges to change the standing data of
// a financial system (rate and fee tables, tax tables, bank details) is access to
// that system beside the master data: both reports. Lending, mortgage servicing,
// core banking, payables and policy administration platforms are financial systems.
// Who may change it and who approves is how the change is authorised: SOC 1 alone.
func TestRightsOverStandingData(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Who holds system permissions to edit the fee schedule in your billing platform?", report: "both", area: "access_financial"},
		{question: "Which roles in the core banking system have the privilege to amend interest rates?", report: "both", area: "master_data"},
		{question: "Rate tables in the mortgage servicing platform: who has the rights to modify them, and are changes approved?", report: "both", area: "access_financial"},
		{question: "List the users with admin rights to update tax tables in the payroll system.", report: "both", area: "master_data"},
		{question: "How are vendor bank details changed, and who has access rights to change them in the payables system?", report: "both", area: "access_financial"},
		{question: "Interest rate tables on the lending platform - how are updates approved and who holds the system rights to make them?", report: "both", crit: "CC6.3"},
		// Near-misses: who may change it, and who approves, is the authorisation.
		{question: "Who is allowed to change a commission rate, and does a second person approve it?", report: "soc1", area: "master_data"},
		{question: "How are changes to pay rates authorized?", report: "soc1", area: "master_data"},
	})
}

// The asker outsourcing a process to the respondent ("We outsource payroll to you",
// "as our outsourced claims administrator") is the context of the question, not the
// respondent's vendor management (CC9.2): the process asked about decides. The
// respondent's own outsourcing stays vendor management.
func TestAskerOutsourcingIsContext(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "We outsource the calculation and payment of our agents' commissions to you. How are the amounts checked before they are paid?", report: "soc1", not: "CC9.2"},
		{question: "As our outsourced payroll provider, how do you make sure net pay is calculated correctly?", report: "soc1"},
		{question: "We have outsourced claims adjudication to your firm; how are claim payments checked before release?", report: "soc1"},
		{question: "Our company outsources its accounts payable to you. What checks stop duplicate invoices being paid?", report: "soc1"},
		{question: "Rent collection is outsourced to you by us - how are tenant receipts matched to the rent roll?", report: "soc1"},
		// Near-misses: the respondent's own outsourcing.
		{question: "Do you outsource any part of payroll processing?", report: "soc2", crit: "CC9.2"},
		{question: "Is any processing of our data outsourced?", report: "soc2", crit: "CC9.2"},
	})
}

// An individual's request to see or correct the personal data a financial system
// holds is a privacy practice (P5.1, P5.2), and a breach of its records is incident
// and privacy notice: SOC 2. The system is named in passing (a fallback rule) when the
// words name no financial process; "corrected" asked for by the person, or staff who
// "complete" a training, is no accuracy of processing. Errors in the pay or the
// claims themselves stay SOC 1.
func TestPrivacyPracticeOverFinancialData(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "A patient asks us to correct their billing address on claims you hold; how is the correction request handled and how fast?", report: "soc2", crit: "P5.2"},
		{question: "Members request rectification of their details in the benefits administration platform: timeline?", report: "soc2", crit: "P5.2"},
		{question: "When an employee asks for their payroll address to be corrected, how soon is it done?", report: "soc2", crit: "P5.2"},
		{question: "Can members see the claims data you hold about them?", report: "soc2", crit: "P5.1"},
		{question: "How do you notify us of a breach affecting payroll records?", report: "soc2"},
		{question: "Do payroll staff complete security awareness training?", report: "soc2", crit: "CC2.2"},
		// Near-misses: the financial transactions themselves corrected.
		{question: "How do you ensure payroll errors are corrected before the pay date?", report: "soc1"},
		{question: "Are claim payment errors identified and corrected?", report: "soc1"},
		{question: "When an employee reports their pay was calculated incorrectly, how is it corrected and how quickly?", report: "soc1"},
		{question: "Is the payroll register complete before the pay run is approved?", report: "soc1"},
	})
}

// Whether the data of a financial service is used only to deliver that service, or
// also for the vendor's own analytics, research, marketing or product development, is
// use limitation (P4.1), SOC 2: "product development" as a purpose of use is no change
// to the financial system. A development team changing the system stays a change.
func TestOwnUseOfServiceData(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Is the transaction data from our card program used only to run the payment service, or do you also use it for your own research?", report: "soc2", crit: "P4.1"},
		{question: "Policyholder information: will you use it for your own marketing?", report: "soc2", crit: "P4.1"},
		{question: "Do you use customer usage data for your own product development?", report: "soc2", crit: "P4.1"},
		{question: "Payroll records we send: used solely to provide the payroll service, or for any purpose of your own?", report: "soc2", crit: "P4.1"},
		{question: "Meter reads from our customers - only for producing their bills, or also feeding your own analytics and product development?", report: "soc2", not: "CC8.1"},
		// Near-misses: a development team's changes, an analytics team checking bills.
		{question: "Does your product development team test changes to the billing platform before release?", report: "both", crit: "CC8.1"},
		{question: "Do you use your own analytics team to monitor billing accuracy?", report: "soc1"},
	})
}

// How releases of the vendor's own apps, agents or extensions are signed, approved
// and pushed to the stores, and who may push them, is change management (CC8.1), not
// a product fact, though an app store or an extension is named. Where the app is
// available, or when the next release comes, stays a written answer.
func TestAppReleasesAreChanges(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Who can publish new versions of the iOS and Android apps to the stores, and is each build reviewed first?", report: "soc2", crit: "CC8.1"},
		{question: "Are desktop agent installers code-signed before they are shipped to customers?", report: "soc2", crit: "CC8.1"},
		{question: "Browser extension: who has rights to push updates to the Chrome Web Store, and are releases approved?", report: "soc2", crit: "CC8.1"},
		{question: "Mobile app - release signing keys, who hold them and who approve a release before it go to Play store?", report: "soc2", crit: "CC8.1"},
		// Near-misses: the app as a product.
		{question: "Is the mobile app available in the App Store and Google Play?", report: "none", artifact: "custom_answer"},
		{question: "Which browser extensions are required?", report: "none", artifact: "custom_answer"},
		{question: "Does the mobile app work offline?", report: "none", artifact: "custom_answer"},
	})
}

// A participant's own election (a deferral or contribution percentage, a withholding
// election) changed and applied from the right pay date is standing data of the pay
// process, and the revenue, deferral, amortisation or accrual figures a tool produces
// for the client's close are its financial processing: SOC 1, though no payroll or
// ledger keyword is there. The same figures' system access, or a product feature,
// are not SOC 1 alone.
func TestElectionsAndCloseFiguresAreSOC1(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "If an employee updates their 401(k) contribution percentage in the portal, from which payroll does it take effect and how is that checked?", report: "soc1", area: "master_data"},
		{question: "Members who raise their HSA contribution amount mid-year: how do you ensure the new amount is deducted starting the right pay period?", report: "soc1", area: "master_data"},
		{question: "New W-4 withholding elections - how do you make sure payroll applies them from the correct pay date?", report: "soc1", area: "master_data"},
		{question: "Salary deferral elections entered by participants: controls over timely and accurate processing?", report: "soc1"},
		{question: "How do you make sure the deferred revenue balances your platform calculates are right before we book them?", report: "soc1"},
		{question: "Amortization schedules produced for our leases: who reviews them before they go into the general ledger?", report: "soc1"},
		{question: "Revenue recognition for our subscriptions is computed in your system - how is accuracy verified each period?", report: "soc1"},
		{question: "The accrual journal your tool posts at quarter-end close - what checks ensure it is complete?", report: "soc1"},
		// Near-misses: protecting the data, access to the module, a product feature.
		{question: "Is participant data encrypted when they change their contribution rate online?", report: "soc2", crit: "CC6.1"},
		{question: "Is access to the revenue recognition module reviewed quarterly?", report: "both", area: "access_financial"},
		{question: "Do you support month-end close reporting in Excel?", report: "none"},
	})
}

// A Type 1 said as an accountant's opinion on whether controls are suitably designed,
// with no report word, asks for a report: the SOC 2, or the SOC 1 when the asker's own
// auditors lean on it for a financial process. The asker's own opinion, a legal one,
// and an opinion on the asker's plans ask for none.
func TestOpinionOnControlDesignIsAReport(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "You launched last spring, so a year of testing isn't possible; would an independent accountant's opinion on how your security controls were designed as of one date be available?", report: "soc2"},
		{question: "Could we get an auditor's opinion on the design of your availability controls at a single point in time?", report: "soc2"},
		{question: "Please share the CPA firm's opinion on your controls as of a recent date.", report: "soc2"},
		{question: "Our payroll auditors accept an opinion on whether the controls over your payroll processing were suitably designed as at 30 June. Can you provide that?", report: "soc1"},
		{question: "Nobody expects a year of testing from a new vendor; an opinion on whether the controls of your royalty accounting platform are suitably designed would let our auditors sign off the quarter.", report: "soc1"},
		// Near misses.
		{question: "Do you obtain a legal opinion on export controls?", report: "none", artifact: "custom_answer"},
		{question: "What is your opinion of our proposed change control process?", report: "soc2"},
		{question: "Is the typeface licensed royalty-free for our marketing team?", report: "none"},
		// Royalty statements a provider prepares for the asker's payees are the
		// statements it gives its clients (financial reporting).
		{question: "How are the semi-annual royalty statements you prepare for our authors checked before we pass them on?", report: "soc1", area: "financial_reporting"},
		{question: "What review happens before royalty statements go out to our licensors?", report: "soc1", area: "financial_reporting"},
		{question: "Playback logs feed our royalty reports; what checks catch missing or duplicate files?", report: "soc2"},
	})
}
