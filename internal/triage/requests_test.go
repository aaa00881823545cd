package triage

import (
	"slices"
	"testing"
)

// requestCase is one question of a request class and the verdict it must get. A nil
// list is not checked; an empty one must be empty.
type requestCase struct {
	question  string
	report    string
	typ       string   // checked when set
	areas     []string // SOC 1 areas, as a set
	artifacts []string // as a set
	absent    []string // artifacts that must not be given, when artifacts is nil
}

func checkRequests(t *testing.T, tests []requestCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (type %s, areas %v, artifacts %v, evidence %+v)", v.Report, tc.report, v.Type, v.SOC1Areas, v.Artifacts, v.Evidence)
			}
			if tc.typ != "" && v.Type != tc.typ {
				t.Errorf("type %q, want %q", v.Type, tc.typ)
			}
			if tc.areas != nil && !sameItems(v.SOC1Areas, tc.areas) {
				t.Errorf("SOC 1 areas %v, want %v", v.SOC1Areas, tc.areas)
			}
			if tc.artifacts != nil && !sameItems(v.Artifacts, tc.artifacts) {
				t.Errorf("artifacts %v, want %v", v.Artifacts, tc.artifacts)
			}
			for _, a := range tc.absent {
				if slices.Contains(v.Artifacts, a) {
					t.Errorf("artifacts %v, want no %s", v.Artifacts, a)
				}
			}
		})
	}
}

func sameItems(a, b []string) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}

// The report asked for, in a sentence or an ask of its own, with a bridge letter for
// the time since its period ended (guide, section 8) is the report and the letter,
// however the condition is worded; a letter asked for by itself, even one that names
// the report it bridges or states when that report's period ended, is the letter
// alone. The questions are written for this test, apart from the evaluation sets.
func TestReportWithBridgeLetter(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkRequests(t, []requestCase{
		{"Do you have a current SOC 2 Type 2 report? Where its period closed more than a quarter ago, we also need a bridge letter.", "soc2", "type2", nil, bridge, nil},
		{"Please share your latest SOC 1 report. Should the review period have ended over 90 days ago, include a gap letter covering the gap.", "soc1", "type2", nil, bridge, nil},
		{"Upload the SOC 2 Type II, together with a bridge letter through year end.", "soc2", "type2", nil, bridge, nil},
		{"We need the most recent SOC 2 report and, when its period ended more than three months back, a letter from management covering the gap.", "soc2", "type2", nil, bridge, nil},
		{"Is a SOC 2 Type 2 available? If the coverage period ended more than 3 months ago, please send a bridge letter too.", "soc2", "type2", nil, bridge, nil},
		{"Kindly provide SOC 2 report (latest) + bridge letter if period end > 3 months", "soc2", "type2", nil, bridge, nil},
		{"Do you hold a SOC 2 Type II report and, where the audit period ended more than three months ago, a bridge letter?", "soc2", "type2", nil, bridge, nil},
		{"Does an ISAE 3402 type 2 exist for the service? When the period is finished since long time, please add the bridge letter.", "soc1", "type2", nil, bridge, nil},
		// The report named (or unnamed) beside a letter in the same sentence, or after
		// an item number, whatever the verb, and a letter described by its content.
		{"4.2 Submit your current SOC 2 Type 2 report. If its examination period closed more than three months ago, attach a bridge letter as well.", "soc2", "type2", nil, bridge, nil},
		{"B-7 Please furnish the SOC 1 Type II. Where the report is older than a quarter, add a gap letter.", "soc1", "type2", nil, bridge, nil},
		{"For the annual vendor review we require your SOC 1 Type 2 and a bridge letter up to 31 December.", "soc1", "type2", nil, bridge, nil},
		{"We want your SSAE 18 SOC 2 Type 2 report plus a letter from management confirming no significant changes since the period ended.", "soc2", "type2", nil, bridge, nil},
		{"We expect the latest SOC 2 Type II with a gap letter if the period ended over ninety days ago.", "soc2", "type2", nil, bridge, nil},
		{"Send your most recent independent audit report together with a bridge letter.", "soc2", "type2", nil, bridge, nil},
		{"Please provide the SSAE 18 report and a bridge letter covering the months since.", "both", "type2", nil, bridge, nil},
		// The letter's end date given as the asker's year end is when the letter runs
		// to, not a reliance that frames the whole line.
		{"Upload your SOC 2 Type II report. Where its period closed before June 30, we also require a bridge letter through our fiscal year end.", "soc2", "type2", nil, bridge, nil},
		{"Please share the ISAE 3402 Type 2 for the claims platform. If the period ended early, we will need a gap letter running until the end of our financial year as well.", "soc1", "type2", nil, bridge, nil},
		{"We need the SOC 1 Type II for the payroll service. Should its period end early, add a bridge letter up until our year end.", "soc1", "type2", nil, bridge, nil},
		// The letter described by the months it covers, the report already held.
		{"Your SOC 2 is already on file. Kindly send the letter that covers the weeks since its period ended.", "none", "", nil, bridge, nil},
		{"We hold the SOC 1 report for the year to 30 June; please provide the letter signed by your CFO spanning the time since that period.", "none", "", nil, bridge, nil},
		// Near misses: the asker's year end as its reliance, and a letter that covers
		// services rather than months.
		{"For our fiscal year end audit we need your SOC 1 Type 2.", "soc1", "type2", nil, nil, nil},
		{"Does the engagement letter with your auditor cover the services you provide to us?", "none", "", nil, nil, nil},
		// Near misses: the letter alone.
		{"C.3 Provide a bridge letter covering the gap since your most recent SOC 2 Type II report.", "none", "", nil, bridge, nil},
		{"We already hold your SOC 1 Type 2 and need only a gap letter through year end.", "none", "", nil, bridge, nil},
		{"Where your last SOC 2 period closed over 90 days ago, furnish a gap letter to cover the gap.", "none", "", nil, bridge, nil},
		{"Our file already has your SOC 2 Type II; we only need a bridge letter through year end.", "none", "", nil, bridge, nil},
		{"Can you provide a bridge letter for your most recent SOC 1 Type 2 report?", "none", "", nil, bridge, nil},
		{"Your SOC 2 review period finished in June. Please send a gap letter covering July to date.", "none", "", nil, bridge, nil},
		// The letter described by what it confirms, not by name: management's written
		// word that nothing material changed since the period. Its words of change are
		// what it confirms, not a control asked.
		{"Your SOC 2 period ended on 30 June. We need written confirmation from management that nothing material changed in the control environment between then and now.", "none", "", nil, bridge, nil},
		{"We already have last year's SOC 1. Please confirm that there have been no significant changes to your controls and no major incidents since the end of the period.", "none", "", nil, bridge, nil},
		{"Please send a signed management statement that controls have not changed significantly since the report's period end.", "none", "", nil, bridge, nil},
		{"Can management attest in writing that there were no significant changes to the system since your last audit period ended?", "none", "", nil, bridge, nil},
		{"Provide a bridge letter confirming no material changes to the control environment since the period end.", "none", "", nil, bridge, nil},
		// Near misses: changes themselves, and a report whose period is still running.
		{"Confirm that no material changes were made to production without approval.", "soc2", "type2", nil, nil, nil},
		{"Is written management approval required for material changes to the control environment?", "soc2", "type2", nil, nil, nil},
		{"A point-in-time SOC 2 is acceptable because your observation period hasn't finished. Can you share it?", "soc2", "type1", nil, nil, nil},
	})
}

// SSAE 18 names the standard of both reports (guide, section 7): with the asker's own
// financial-statement reliance (its auditors, its year-end file or close, SOX) it is
// the SOC 1; alone, or on a financial service or platform with no reliance said, it
// stays both. A Type 1 refused as not enough for the asker's auditors keeps the
// auditors' reliance: the judge of a refusal ("will not satisfy our auditors", "our
// auditors will not accept") is not refused. The questions are written for this test,
// apart from the evaluation sets.
func TestSSAE18AndTheAskersReliance(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"For our 30 June year-end close we need your SSAE 18 report on the payroll service.", "soc1", "type2", nil, nil, nil},
		{"Our fiscal year-end file needs an SSAE-18 type 1 from you, design as of 31 March.", "soc1", "type1", nil, nil, nil},
		{"A Type 1 covering your payroll processing would not satisfy our external auditors; we need the report over a full period.", "soc1", "type2", nil, nil, nil},
		{"Our auditors will not accept a design-only report on your loan servicing platform.", "soc1", "type2", nil, nil, nil},
		{"A point-in-time report on the billing service won't be enough for our auditors.", "soc1", "type2", nil, nil, nil},
		{"For the claims platform, a Type I is not going to be sufficient for our financial statement auditors.", "soc1", "type2", nil, nil, nil},
		{"Type 1 on the fund accounting service does not meet our auditors' needs, they need operating effectiveness tested.", "soc1", "type2", nil, nil, nil},
		// Near misses: no reliance said, a Type 1 refused or accepted without it.
		{"Pls send the SSAE-18 type 2 covering your payroll services.", "both", "type2", nil, nil, nil},
		{"Does the billing service you run for us have an SSAE 18 report, and for which period?", "both", "type2", nil, nil, nil},
		{"Has the treasury platform been through an SSAE 18 examination?", "both", "type2", nil, nil, nil},
		{"Provide the SSAE 18 report on the security of your payroll service.", "both", "type2", nil, nil, nil},
		{"A Type I on your hosting platform will not satisfy our security team; we need six months tested.", "soc2", "type2", nil, nil, nil},
		{"A Type 1 will not satisfy us; send the SOC 2 Type 2.", "soc2", "type2", nil, nil, nil},
		{"A Type I for your claims services is fine for our auditors this year.", "soc1", "type1", nil, nil, nil},
	})
}

// A report asked for by itself carries no SOC 1 area: the service it covers ("the
// custody service", "covering billing") or the reliance it serves (SOX, the asker's
// financial statements) is its scope, not a control objective the question asks about
// (guide, section 4). A question that also asks how a process or a control works, or
// names a control objective the report should include, keeps that area. The questions
// are written for this test, apart from the evaluation sets.
func TestReportRequestCarriesNoArea(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkRequests(t, []requestCase{
		{"Could you forward the SOC 1 Type II that covers the claims adjudication service?", "soc1", "type2", none, none, nil},
		{"Our auditors want the ISAE 3402 for your payroll bureau operations - can you share it?", "soc1", "type2", none, none, nil},
		{"Need SOC1 (type 2) for the escrow and trust accounting service, pls.", "soc1", "type2", none, none, nil},
		{"We are an SEC registrant; our external auditors require your controls report for the transfer agency service.", "soc1", "type2", none, none, nil},
		{"Do you issue an SSAE 18 SOC 1 for the accounts payable outsourcing you perform for us?", "soc1", "type2", none, none, nil},
		{"Is there a SOC 1 report relevant to our financial statements covering the billing platform?", "soc1", "type2", none, none, nil},
		{"Is your SOC 1 report for the payroll service available?", "soc1", "type2", none, none, nil},
		{"SSAE 18 report on the benefits administration process - available?", "both", "type2", none, none, nil},
		{"Our year-end auditors will rely on the report; please upload the SOC 1 for the deposit reconciliation service.", "soc1", "type2", none, none, nil},
		// Near misses: a process or a control asked about beside the request, or a
		// control objective the report should include.
		{"Send your SOC 1 Type 2; also, how do you reconcile the payroll bank account each month?", "soc1", "type2", []string{"reconciliation"}, none, nil},
		{"Please provide your SOC 1 report and describe how changes to pay rates are approved.", "soc1", "type2", []string{"master_data"}, none, nil},
		{"Does your SOC 1 include a control objective over the accuracy of interest calculations?", "soc1", "type2", []string{"transaction_processing"}, none, nil},
		{"Our SOX auditors rely on your controls: how is access to the general ledger application reviewed?", "soc1", "type2", []string{"access_financial", "financial_reporting"}, none, nil},
		{"Is the payroll system available during month end?", "both", "type2", []string{"operations_financial"}, none, nil},
	})
}

// Documents and facts asked for are classes, not words: licences, registrations and
// regulators' identifiers are written answers (a licence beside an insurance
// certificate is both); a revenue figure or band is a company fact, audited
// statements are the financial statements; a policy on a responsibility subject asked
// for as a document is the policy alone; the DPA a clause sits in, or through which a
// control works, is not asked for, while signing privacy or data-sharing terms is;
// whether subcontractors are used, and who they are, is a fact; a public status page
// is not a SOC 3; the size of the security team asked with its reporting line is the
// organisation of security (CC1.3). The questions are written for this test, apart
// from the evaluation sets.
func TestFactsAndDocumentsAsClasses(t *testing.T) {
	t.Parallel()
	custom := []string{"custom_answer"}
	none := []string{}
	checkRequests(t, []requestCase{
		// Licences, registrations, identifiers.
		{question: "State your NMLS unique identifier.", report: "none", artifacts: custom},
		{question: "List the states in which your firm is licensed as a collection agency, with licence numbers and expiry dates.", report: "none", artifacts: custom},
		{question: "Is the company a registered investment adviser with the SEC? Provide the CRD number.", report: "none", artifacts: custom},
		{question: "Please upload copies of your current money transmitter licences.", report: "none", artifacts: custom},
		{question: "We need your FINRA registration status and CRD #.", report: "none", artifacts: custom},
		{question: "What is your National Provider Identifier (NPI) number?", report: "none", artifacts: custom},
		{question: "Provide your state TPA licence and a certificate of your errors and omissions insurance.", report: "none", artifacts: []string{"custom_answer", "insurance_certificate"}},
		{question: "Do you maintain an inventory of software licences?", report: "soc2", absent: custom},
		{question: "Is your SOC 2 issued by a licensed CPA firm?", report: "soc2", artifacts: none},
		{question: "Do background checks include verifying professional licences of new hires?", report: "soc2", absent: custom},
		{question: "Are licence keys for the product stored encrypted?", report: "soc2", absent: custom},
		// Revenue is a fact; audited statements are the document.
		{question: "Total annual revenue for the last fiscal year (USD):", report: "none", artifacts: custom},
		{question: "Revenue range and number of employees?", report: "none", artifacts: custom},
		{question: "Please attach audited financial statements for the last two years.", report: "none", artifacts: []string{"financial_statements"}},
		// A responsibility policy asked for is the policy.
		{question: "Please upload your anti-bribery policy.", report: "none", artifacts: []string{"policy_document"}},
		{question: "Send us your whistleblowing and anti-corruption policies.", report: "none", artifacts: []string{"policy_document"}},
		{question: "Do you publish a modern slavery statement?", report: "none", artifacts: custom},
		// The DPA in passing, the DPA asked for.
		{question: "List the categories of student data the provider will collect under this DPA.", report: "none", absent: []string{"dpa"}},
		{question: "Our subprocessors must, under their data processing agreements, tell us of a breach within 24 hours.", report: "soc2", artifacts: none},
		{question: "Will you execute the state student data privacy agreement and its exhibits?", report: "none", artifacts: []string{"dpa"}},
		{question: "Can you sign our data sharing agreement before go-live?", report: "none", artifacts: []string{"dpa"}},
		{question: "Do you have a signed DPA with each of your subprocessors?", report: "none", artifacts: []string{"dpa"}},
		// Subcontractors used is a fact; how they are managed is a control.
		{question: "Do you subcontract any part of this work? If so, who and what share of the value?", report: "none", artifacts: custom},
		{question: "Will you engage subcontractors on this contract? If so, name them.", report: "none", artifacts: custom},
		{question: "How do you assess the security of your subcontractors before onboarding?", report: "soc2", artifacts: none},
		{question: "Do your contracts with subcontractors require breach notification?", report: "soc2", artifacts: none},
		// A status page is not a SOC 3.
		{question: "The organisation tells customers, on a public status page, about incidents and how to report suspected vulnerabilities.", report: "soc2", artifacts: none},
		{question: "Is there a public SOC 3 we can download without an NDA?", report: "soc2", artifacts: []string{"soc3"}},
		// The security team's organisation, and headcount as a fact.
		{question: "Do you have a dedicated information security function? How many staff, and to whom does it report?", report: "soc2", artifacts: none},
		{question: "Who does your CISO report to, and how large is the security team?", report: "soc2", artifacts: none},
		{question: "How many employees does your company have?", report: "none", artifacts: custom},
		{question: "Number of employees. How many of them work in information security?", report: "none", artifacts: custom},
	})
}

// A document described by what it holds rather than by its name is that document
// alone: the summary or letter of the last offensive test is the pen-test letter, a
// letter covering the time since the period or confirming no significant change is the
// bridge letter, a certificate showing insurance limits is the insurance certificate
// (its policy limits are no policy document, its liability limits no contract term),
// and CCPA service-provider terms are the DPA. A practice asked with "which tool?"
// stays the practice. The questions are written for this test, apart from the
// evaluation sets.
func TestDocumentsByContent(t *testing.T) {
	t.Parallel()
	written := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Please share the attestation letter from your latest red-team exercise; the full report is not needed.", "none", "", nil, []string{"pentest_letter"}, nil},
		{"Could we get a copy of the summary from your last penetration test, including retest results?", "none", "", nil, []string{"pentest_letter"}, nil},
		{"Send the summary letter of your most recent offensive security engagement.", "none", "", nil, []string{"pentest_letter"}, nil},
		{"Your SOC 1 period ended in March. Kindly provide a letter from management covering April to the present.", "none", "", nil, []string{"bridge_letter"}, nil},
		{"We need a letter confirming there have been no material changes to your control environment.", "none", "", nil, []string{"bridge_letter"}, nil},
		{"Provide an ACORD certificate evidencing cyber and E&O limits of at least $5M.", "none", "", nil, []string{"insurance_certificate"}, nil},
		{"Cyber coverage: insurer, policy number, limits, expiry. Attach the certificate of insurance.", "none", "", nil, []string{"insurance_certificate"}, nil},
		{"Will you agree to CCPA service provider terms restricting use of our customers' data?", "none", "", nil, []string{"dpa"}, nil},
		{"Are you willing to execute a CPRA addendum that forbids selling personal information?", "none", "", nil, []string{"dpa"}, nil},
		// A practice with "which tool?" beside it stays the practice.
		{"Is full-disk encryption enabled on every laptop that connects to our network? Which tool?", "soc2", "", nil, nil, written},
		{"Is an anti-malware agent installed on all workstations which connect to our plant network? Which vendor?", "soc2", "", nil, nil, written},
		{"Are any unsupported operating systems in use? (N/A if none)", "soc2", "", nil, nil, written},
		// Near misses: the practice itself, the asker's own setup, the policy asked.
		{"Do you perform annual penetration tests, and will you share the executive summary?", "soc2", "", nil, []string{"pentest_letter"}, nil},
		{"How are significant changes to controls communicated to customers?", "soc2", "", nil, nil, []string{"bridge_letter"}},
		{"Will your desktop client still work with the EDR agent on our laptops?", "none", "", nil, written, nil},
		{"Attach your information security policy.", "none", "", nil, []string{"policy_document"}, nil},
	})
}

// A plan, policy or programme named as a file to upload (a field followed by its file
// type) or asked to be attached is the document itself; a programme described, tested
// or reviewed is a control, and a file type said of the product is no document.
func TestProgrammeOrPlanAsADocument(t *testing.T) {
	t.Parallel()
	doc := []string{"policy_document"}
	checkRequests(t, []requestCase{
		{"DR-PLAN: Disaster Recovery Plan (PDF)", "none", "", nil, doc, nil},
		{"BCP-01 Business Continuity Plan (PDF, latest approved version)", "none", "", nil, doc, nil},
		{"Acceptable Use Policy (DOCX)", "none", "", nil, doc, nil},
		{"Please attach your written information security program.", "none", "", nil, doc, nil},
		{"Upload the vendor risk management programme document.", "none", "", nil, doc, nil},
		// Near misses.
		{"Describe your security awareness program.", "soc2", "", nil, nil, []string{"policy_document"}},
		{"Is your information security program reviewed annually?", "soc2", "", nil, nil, []string{"policy_document"}},
		{"Does your bug bounty program cover the mobile apps?", "soc2", "", nil, nil, []string{"policy_document"}},
		{"Can users export their reports to PDF?", "none", "", nil, []string{"custom_answer"}, nil},
	})
}

// The company's own remit-to and bank details for the asker's payables team are a
// fact written in; how a supplier's bank details are verified, or remittances are
// matched, is a SOC 1 control.
func TestRemitToDetailsAreAFact(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Remit-to information for accounts payable: bank, ABA routing number and account name.", "none", "", nil, fact, nil},
		{"Please provide your remittance address and bank account details for vendor setup.", "none", "", nil, fact, nil},
		{"Supplier banking information: bank name, account number, SWIFT/BIC and IBAN.", "none", "", nil, fact, nil},
		{"Remittance contact and email for payment advices", "none", "", nil, fact, nil},
		// Near misses.
		{"How do you verify changes to a supplier's bank account details before paying them?", "soc1", "", nil, nil, nil},
		{"How are remittance files from our bank matched to open invoices?", "soc1", "", nil, nil, nil},
	})
}

// Outside testers paid to try to break in is penetration testing said in plain words:
// the practice (CC4.1, CC7.1) and its letter. An outside party's breach attempt, or a
// tester checking the product works, is not.
func TestPlainWordsPenetrationTesting(t *testing.T) {
	t.Parallel()
	pen := []string{"pentest_letter"}
	checkRequests(t, []requestCase{
		{"How regularly do external testers try to break into your customer portal, and may we see what they reported?", "soc2", "", nil, pen, nil},
		{"Do you pay an outside firm to try to hack your cloud platform each year?", "soc2", "", nil, pen, nil},
		{"When independent testers attempt to compromise your network, who fixes what they find?", "soc2", "", nil, pen, nil},
		{"Do ethical hackers try to breach the mobile app before each major release?", "soc2", "", nil, pen, nil},
		// Near misses.
		{"Has an outside party ever tried to breach your systems, and were you notified?", "soc2", "", nil, nil, pen},
		{"Do your testers check the app on older phones before release?", "none", "", nil, nil, pen},
	})
}
