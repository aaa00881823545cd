package triage

import (
	"slices"
	"testing"
)

// "Public" that names a kind of company, a listing or an accounting firm describes
// someone (often the asker) and asks for no report that can be shared publicly: the
// SOC 3 stays for a report wanted in public or without an NDA. Questions written for
// this test.
func TestPublicCompanyIsNoPublicReport(t *testing.T) {
	t.Parallel()
	soc3 := []string{"soc3"}
	checkRequests(t, []requestCase{
		{"We are a public company. Does your service auditor's report address the controls that matter to our ICFR?", "soc1", "", nil, nil, soc3},
		{"As a listed public corporation we need your SOC 1 for our auditors.", "soc1", "", nil, nil, soc3},
		{"Was your last SOC 2 issued by a registered public accounting firm?", "soc2", "", nil, nil, soc3},
		{"Our parent is a public issuer; please forward the SOC 2 Type II.", "soc2", "", nil, nil, soc3},
		// Near misses: a report wanted in public or without an NDA is the SOC 3.
		{"Is a public version of your audit report available for our website?", "soc2", "", nil, soc3, nil},
		{"Is a summary of your assurance report publicly available to anyone?", "soc2", "", nil, soc3, nil},
		{"Can we get a shareable attestation without signing an NDA?", "soc2", "", nil, soc3, nil},
	})
}

// Once a SOC 1 is refused or a report is held, a report asked for by a generic word is
// the SOC 2 (report_remainder); the report or attestation of another scheme (the PCI
// attestation or report on compliance, a penetration test report, a HIPAA
// attestation) is that scheme's document, not such a report. Questions written for
// this test.
func TestOtherSchemesReportIsNoRemainder(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"No SOC 1 is needed here. Kindly upload the latest PCI attestation of compliance for your service provider role.", "none", "", nil, []string{"pci_aoc"}, nil},
		{"We don't need the SOC 1; share the QSA's report on compliance instead.", "none", "", nil, []string{"pci_aoc"}, nil},
		{"We already hold your SOC 2. Please forward the most recent penetration test report.", "none", "", nil, []string{"pentest_letter"}, nil},
		// Near misses: a generic report asked for beside another document is still the SOC 2.
		{"We do not need a SOC 1; we want the full report on security and your ISO 27001 certificate.", "soc2", "", nil, []string{"iso27001_certificate"}, nil},
		{"The SOC 1 is not relevant to us. Please send the report covering your security controls.", "soc2", "", nil, nil, nil},
	})
}

// Whether the product exports to, syncs with or connects to an accounting, ERP, HR or
// CRM package is a fact about the product (product_feature), even when what it sends
// is invoices or journals; how those files are checked, reconciled or who may change
// the connection stays a control. Questions written for this test.
func TestProductWorksWithBusinessPackages(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Can your product push supplier bills into Xero automatically?", "none", "", nil, fact, nil},
		{"Does the solution support a two-way sync with Sage Intacct?", "none", "", nil, fact, nil},
		{"Is there an out-of-the-box NetSuite connector for seller payouts?", "none", "", nil, fact, nil},
		{"Does the product support exporting credit notes to QuickBooks?", "none", "", nil, fact, nil},
		// Near misses: the files checked, the connection's changes and access are controls.
		{"How do you make sure every invoice exported to NetSuite arrives complete?", "soc1", "", []string{"interfaces"}, []string{}, nil},
		{"Who can change the Xero connector settings, and is that access reviewed?", "soc2", "", nil, nil, fact},
		{"Vendor bills are pushed to NetSuite every night. What happens to a bill that fails to load?", "soc1", "", nil, nil, fact},
		{"Does the product support single sign-on through Okta?", "soc2", "", nil, nil, fact},
	})
}

// Access to a financial application includes the access of its non-human accounts:
// the service, system or batch accounts it runs under are restricted and reviewed as
// logical access to that system (both, with access_financial). The same accounts of
// a system that moves no money stay SOC 2, and keys rotated with nothing said of
// who may use them stay a key-management question. The API tokens of a money system
// rotated are its credentials, like its passwords: access to it. Questions written for this test.
func TestMoneySystemMachineAccess(t *testing.T) {
	t.Parallel()
	acc := []string{"access_financial"}
	checkRequests(t, []requestCase{
		{"Which teams may use the service accounts of the general ledger system?", "both", "", acc, nil, nil},
		{"Are the system accounts that the billing platform runs under reviewed each quarter?", "both", "", acc, nil, nil},
		{"Who holds the passwords of the non-human accounts in your claims application?", "both", "", acc, nil, nil},
		{"How often are the API tokens of the premium billing platform rotated?", "both", "", acc, nil, []string{"custom_answer"}},
		// Near misses: no money system named, or keys rotated and nothing more.
		{"Are service account passwords stored in a vault?", "soc2", "", []string{}, nil, nil},
		{"Are service accounts on the marketing site reviewed each quarter?", "soc2", "", []string{}, nil, nil},
		{"How often are the encryption keys of the premium billing platform rotated?", "soc2", "", []string{}, nil, []string{"custom_answer"}},
	})
}

// An outside assessment of a scheme that has its own document (HIPAA, PCI DSS,
// HITRUST, FedRAMP) is that document, not the respondent's own monitoring of its
// controls (CC4.1); and an independent or third-party audit report asked for is the
// report, not an internal audit practice. Questions written for this test.
func TestOutsideAssessmentOfASchemeIsItsDocument(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"Attach the letter from your external HIPAA assessor confirming Security Rule compliance.", "none", "", nil, []string{"hipaa_attestation"}, nil},
		{"Has a third party examined your PCI DSS compliance within the last year?", "none", "", nil, []string{"pci_aoc"}, nil},
		{"We need an outside review of your HIPAA safeguards: can you share the assessor's letter?", "none", "", nil, []string{"hipaa_attestation"}, nil},
	})
	e := mustEngine(t)
	for _, tc := range []struct {
		question string
		cc41     bool // CC4.1 among the criteria
	}{
		{"Send us the most recent independent auditor's report on your controls.", false},
		{"Do you have a third-party audit report we could review under NDA?", false},
		// Near misses: the respondent's own evaluations of its controls stay CC4.1.
		{"Are your security controls independently tested every year?", true},
		{"Is there an internal audit function that reviews access controls?", true},
	} {
		v := e.Classify(Question{Text: tc.question})
		if got := slices.Contains(v.Criteria, "CC4.1"); got != tc.cc41 {
			t.Errorf("%q: criteria %v, CC4.1 among them %v, want %v", tc.question, v.Criteria, got, tc.cc41)
		}
	}
}

// A list of subprocessors or subcontractors asked for beside a question on how they
// are vetted is a written answer beside the SOC 2 answer (subprocessor_list: CC9.2
// and custom_answer), whichever sentence asks for it; a list the respondent keeps or
// gives its clients, asked about as a practice, stays the control alone. Questions
// written for this test.
func TestSubprocessorListBesideVetting(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Explain how new subprocessors are risk-assessed. Kindly attach the current sub-processor list as well.", "soc2", "", nil, fact, nil},
		{"What due diligence do you perform on subcontractors? Also share the list of subcontractors used for this service.", "soc2", "", nil, fact, nil},
		// Near misses: the list as a practice.
		{"Is a register of subprocessors kept up to date and reviewed annually?", "soc2", "", nil, []string{}, nil},
		{"Do you tell customers before a new subprocessor is added?", "soc2", "", nil, []string{}, nil},
	})
}

// The company's D-U-N-S number, however spelled, is an identifier of the company
// (fact_which, beside UEI and CAGE codes): a written answer, also when the audited
// financials are asked for in the same sentence, whose "audited" vetoes the other
// fact rules. A Dun & Bradstreet rating stays a question of financial standing.
// Questions written for this test.
func TestCompanyIdentifiersBesideFinancials(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"Company D-U-N-S no.", "none", "", nil, []string{"custom_answer"}, nil},
		{"Please confirm the nine-digit Dun & Bradstreet number of the contracting entity.", "none", "", nil, []string{"custom_answer"}, nil},
		{"Send the audited accounts for last year along with your DUNS number.", "none", "", nil, []string{"financial_statements", "custom_answer"}, nil},
		// Near miss: the rating is financial standing, not an identifier.
		{"What is your current Dun & Bradstreet rating?", "none", "", nil, []string{"financial_statements"}, nil},
	})
}

// The asker's own auditors asking about a money process (auditor_reliance_financial)
// is the asker's financial-statement reliance: SOC 1 with financial_reporting beside
// the process's areas. The money process may be named by its domain (escrow,
// refunds, custody, safekeeping, client securities), not only by a financial system
// or transaction word. The asker's auditors on a security subject, or someone
// else's auditors, add nothing. Questions written for this test.
func TestAskersAuditorsOnAMoneyDomain(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"For their year's work our auditors must understand how client securities at the depository are safeguarded.", "soc1", "", []string{"custody", "financial_reporting"}, nil, nil},
		{"Our auditors want to see how money held in escrow accounts is kept apart from operating funds.", "soc1", "", []string{"custody", "financial_reporting"}, nil, nil},
		// Near misses.
		{"Our auditors asked how often firewall rules are reviewed.", "soc2", "", []string{}, nil, nil},
		{"Your clients' auditors ask how client securities are safeguarded: how is that done?", "soc1", "", []string{"custody"}, nil, nil},
	})
}

// The asker's own auditors and their year-end, fiscal-year or statutory audit are
// the reason a report is wanted: not a right to audit the respondent (a written
// answer) and not the respondent's own outside evaluations (CC4.1). Questions
// written for this test.
func TestAskersAuditIsNoRightToAudit(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"Our external auditors need your SSAE 18 report for the fiscal year audit.", "soc1", "", nil, []string{}, nil},
		{"Please share the SOC 1 so our auditors can complete the statutory audit.", "soc1", "", nil, []string{}, nil},
		{"Send the SOC 2 Type II for use by our examiners in their assessment of our vendors.", "soc2", "", nil, []string{}, nil},
		// Near misses: a right for the asker's people to test or inspect the respondent.
		{"May our security team run a penetration test against your production environment?", "none", "", nil, []string{"custom_answer"}, nil},
		{"Will you permit our auditors to inspect your premises on request?", "none", "", nil, []string{"custom_answer"}, nil},
	})
	e := mustEngine(t)
	for _, q := range []string{
		"Our external auditors need your SOC 2 report for their review.",
		"Please provide your SOC 2 for use by our outside auditors in their assessment.",
	} {
		if v := e.Classify(Question{Text: q}); slices.Contains(v.Criteria, "CC4.1") {
			t.Errorf("%q: criteria %v, want no CC4.1", q, v.Criteria)
		}
	}
}

// An NDA the asker's side signed at a stated time ("they signed the NDA yesterday",
// "the NDA was executed last week"), a mutual NDA, or an NDA a document is uploaded,
// attached or e-mailed under is the agreement under which the report is sent, in
// whatever sentence it is mentioned: no confidentiality control (C1.1) beside the
// report asked for. NDAs that staff, contractors or suppliers sign, and data shared
// with subcontractors under NDA, stay C1.1. Questions written for this test.
func TestNDASignedForTheExchange(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, tc := range []struct {
		question string
		c11      bool // C1.1 among the criteria
	}{
		{"Please send both SOC reports over to Priya. Her firm executed the NDA earlier today.", false},
		{"Forward the SOC 2 Type II to our risk inbox; the NDA was returned signed last week.", false},
		{"Send the SOC 1 to our controller. A mutual NDA covers it.", false},
		{"SOC 2 Type II report available? Y/N. If Y, upload it under NDA.", false},
		{"Is customer data shared with subcontractors only under NDA?", true},
		// Near misses: NDAs of the respondent's own people and suppliers.
		{"Have all contractors signed NDAs before starting work?", true},
		{"Do new hires sign a non-disclosure agreement in their first week?", true},
	} {
		v := e.Classify(Question{Text: tc.question})
		if got := slices.Contains(v.Criteria, "C1.1"); got != tc.c11 {
			t.Errorf("%q: criteria %v (categories %v), C1.1 among them %v, want %v", tc.question, v.Criteria, v.Categories, got, tc.c11)
		}
	}
}

// A report described by its kind, without SOC or Type (a snapshot report, a report
// on the suitability of design, a report on design alone, an attestation dated as of
// a day), is the SOC report: Type 1 when it is accepted, Type 2 when it is refused
// (the refusal belongs to the type, not to the report). Snapshots of databases,
// volumes or backups are no report. Questions written for this test.
func TestReportNamedByItsKind(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"For the pilot we are fine with a snapshot attestation of your controls.", "soc2", "type1", nil, nil, nil},
		{"The auditor's report on the suitability of design, as of 30 September, would be acceptable.", "soc2", "type1", nil, nil, nil},
		{"An examination dated as of one day is sufficient while your first period runs.", "soc2", "type1", nil, nil, nil},
		{"A report on design alone will not satisfy our risk team; we need a period of testing.", "soc2", "type2", nil, nil, nil},
		{"Controls as they stood on 31 March, shown in your SOC 2, are enough for this year.", "soc2", "type1", nil, nil, nil},
		// Near misses: snapshots of data and a design document are no report.
		{"Are nightly volume snapshots copied to a second region?", "soc2", "type2", nil, nil, nil},
		{"Are database snapshots listed in your backup report?", "soc2", "type2", nil, nil, nil},
	})
}

// A completed standard questionnaire (CAIQ, SIG Lite or Core, VSAQ, HECVAT) asked for
// is a written answer, like the other schemes with no document of ours; a form
// field for a named officer's name and contact details is filled in, even when the
// officer's title holds a control word ("Data Protection Officer"). How a control is
// practised stays the control. Questions written for this test.
func TestQuestionnairesAndOfficerContacts(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Kindly upload your most recent CAIQ responses.", "none", "", nil, fact, nil},
		{"Please attach the completed SIG Lite workbook.", "none", "", nil, fact, nil},
		{"Give the name and contact details of your data protection officer.", "none", "", nil, fact, nil},
		// Near misses: how contact details are protected is a control, not a field, and
		// a CAIQ answer column under a control asks for no questionnaire.
		{"How do you encrypt the contact details of our customers at rest?", "soc2", "", nil, []string{}, nil},
		{"CEK-03.1 Is customer data encrypted at rest?   CAIQ Answer: Yes / No / NA", "soc2", "", nil, []string{}, nil},
	})
}

// White-labelling and a sandbox offered to customers or developers for their
// integrations are what the product offers (a written answer); a sandbox that
// detonates attachments or untrusted code is malware protection (CC6.8). Questions
// written for this test.
func TestProductSandboxAndWhiteLabel(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Could we white-label the portal for our members?", "none", "", nil, fact, nil},
		{"Do you provide a sandbox where our developers can build the API integration?", "none", "", nil, fact, nil},
		// Near misses: sandboxing as malware protection.
		{"Are inbound attachments opened in a sandbox before delivery?", "soc2", "", nil, []string{}, nil},
		{"Is untrusted code executed only in a sandbox?", "soc2", "", nil, []string{}, nil},
	})
}

// After a refused SOC 1, the report wanted may be described by "whatever",
// "whichever", "anything" or "something" that covers the controls or a category:
// that is the SOC 2 (report_remainder). Without a refused or held report the same
// words ask for no report. Questions written for this test.
func TestRemainderDescribedByWhatever(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"We have no need for the SOC 1; send whatever covers your security controls.", "soc2", "", nil, nil, nil},
		{"We do not need a SOC 1. Anything that addresses confidentiality would help.", "soc2", "", nil, nil, nil},
		// Near miss: nothing refused or held.
		{"Whatever covers your security controls, please describe it in a paragraph.", "none", "", nil, nil, nil},
	})
}

// Documents asked for beside a practice question go with its answer, and alone they
// are the document: a privacy notice's link beside how access requests are handled,
// and a playbook, runbook, SOP or retention schedule to attach, like a policy or a
// plan. A notice asked about as what individuals are told stays the privacy
// criterion. Questions written for this test.
func TestDocumentsBesideAPractice(t *testing.T) {
	t.Parallel()
	doc := []string{"policy_document"}
	checkRequests(t, []requestCase{
		{"Share the link to your privacy notice and describe how data subject access requests are answered.", "soc2", "", nil, []string{"privacy_policy"}, nil},
		{"Please attach the ransomware playbook.", "none", "", nil, doc, nil},
		{"Upload the standard operating procedures (SOPs) for onboarding new staff.", "none", "", nil, doc, nil},
		{"Attach your document destruction schedule.", "none", "", nil, doc, nil},
		{"Provide the failover runbook and explain when it was last exercised.", "soc2", "", nil, doc, nil},
		// Near misses: no document to send.
		{"Do you maintain playbooks for common incident types?", "soc2", "", nil, []string{}, nil},
		{"Provide the payroll processing schedule for next year.", "both", "", nil, []string{}, nil},
	})
}

// Pen-test findings closed, mitigated or addressed (within a time, before go-live)
// are how findings are handled: the testing practice, with the letter beside it. A
// letter that itself confirms the findings were closed is still the letter alone.
// Questions written for this test.
func TestPentestFindingsClosed(t *testing.T) {
	t.Parallel()
	letter := []string{"pentest_letter"}
	checkRequests(t, []requestCase{
		{"Are high-risk penetration test findings closed before a release goes live?", "soc2", "", nil, letter, nil},
		{"Are findings from the annual pen test mitigated within 60 days?", "soc2", "", nil, letter, nil},
		// Near miss: the letter's own content.
		{"Please share the pen tester's letter confirming that all high findings have been closed.", "none", "", nil, letter, nil},
	})
}

// Whether a SOC report covers, scopes in or includes a product (the mobile app, the
// API platform) is a question about the report's scope, answered by the report, not
// a product fact written in; what the product itself does stays a product fact.
// Questions written for this test.
func TestReportScopeOverAProduct(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkRequests(t, []requestCase{
		{"Does your SOC 2 cover the iOS and Android apps as well as the web platform?", "soc2", "", nil, nil, fact},
		{"Is the public API in scope of the SOC 2 examination?", "soc2", "", nil, nil, fact},
		// Near miss: no report, only what the product does.
		{"Do the iOS and Android apps work offline?", "none", "", nil, fact, nil},
	})
}

// The audit report or attestation of a scheme with its own document (a PCI DSS audit
// report, an ISO 27001 surveillance audit report, an independent HIPAA audit report)
// is that document, not an unnamed SOC report; an independent audit report asked for
// beside the scheme's certificate is still the SOC 2. Questions written for this
// test.
func TestSchemeAuditReportIsNoSOCReport(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{"Upload the latest ISO 27001 recertification audit report.", "none", "", nil, []string{"iso27001_certificate"}, nil},
		{"Please send the QSA's PCI audit report for the last assessment.", "none", "", nil, []string{"pci_aoc"}, nil},
		{"Share your third-party HIPAA assessment report.", "none", "", nil, []string{"hipaa_attestation"}, nil},
		// Near miss: two documents, one of them the SOC report.
		{"Send your ISO 27001 certificate and your independent audit report.", "soc2", "", nil, []string{"iso27001_certificate"}, nil},
	})
}
